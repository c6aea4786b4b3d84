// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's plugin features on the real main window (offscreen): the trust question at
// start-up, the Plugins dialog (states, enable/disable saved to plugins.json, extra folders),
// "Add layers from plugin" (layers grouped under their project, with provenance, loaded), and
// the notice about a plugin that crashed the previous start. The plugins are data-only
// plugins written by the test into its temporary folder, plus the fixture plugins of the build
// tree (each refused for its own reason) as the install folder.
#include "cityweave/project/sector.h"
#include "common/plugin_text.h"
#include "desktop/analysis_controller.h"
#include "desktop/plugin_controller.h"
#include "desktop/project_file_actions.h"
#include "sample_window.h"
#include "widgets/analysis/analysis_panel.h"
#include "widgets/layer_tree_widget.h"
#include "widgets/plugins/plugin_folders_panel.h"
#include "widgets/plugins/plugin_layers_dialog.h"
#include "widgets/plugins/plugins_dialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cw;

namespace {
// A data-only plugin: one layer source of two layers (3 polygons, 4 points) and one style.
const char* kDistrictJson = R"({
  "id": "test-district",
  "name": {"ko": "시험 지구", "en": "Test district"},
  "description": {"ko": "시험용 자료 플러그인", "en": "A data-only plugin for tests"},
  "version": "1.2.0",
  "sdk": {"min": "1.0", "max": "1.99"},
  "licence": "CC0-1.0",
  "styles": [{"id": "blocks", "name": {"ko": "블록", "en": "Blocks"},
              "fill": "#12345680", "stroke": "#123456ff"}],
  "layer_sources": [{
    "id": "district",
    "name": {"ko": "시험 지구 자료", "en": "Test district data"},
    "description": {"ko": "블록과 설비", "en": "Blocks and sites"},
    "project": {"id": "test-district-project", "name": {"ko": "시험 사업", "en": "Test project"},
                "sector": "energy", "task": "E1", "stage": 2,
                "lead_agency": {"ko": "시험 기관", "en": "Test agency"},
                "start_year": 2024, "end_year": 2026},
    "layers": [
      {"id": "blocks", "name": {"ko": "시험 블록", "en": "Test blocks"}, "sector": "energy",
       "file": "data/blocks.geojson", "style": "blocks",
       "provenance": {"source": "hand-drawn test sample", "owner": "CityWeave tests",
                      "date": "2025-01-15", "licence": "CC0-1.0"}},
      {"id": "sites", "name": {"ko": "시험 설비", "en": "Test sites"}, "sector": "energy",
       "file": "data/sites.geojson",
       "provenance": {"source": "hand-drawn test sites", "owner": "CityWeave tests",
                      "date": "2025-02-01", "licence": "CC0-1.0"}}
    ]
  }]
})";

// Three squares and four points near Magok (lon 126.83, lat 37.56): counted by hand.
const char* kBlocksGeoJson = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"name": "A"}, "geometry": {"type": "Polygon",
   "coordinates": [[[126.830, 37.560], [126.832, 37.560], [126.832, 37.562], [126.830, 37.562], [126.830, 37.560]]]}},
  {"type": "Feature", "properties": {"name": "B"}, "geometry": {"type": "Polygon",
   "coordinates": [[[126.833, 37.560], [126.835, 37.560], [126.835, 37.562], [126.833, 37.562], [126.833, 37.560]]]}},
  {"type": "Feature", "properties": {"name": "C"}, "geometry": {"type": "Polygon",
   "coordinates": [[[126.836, 37.560], [126.838, 37.560], [126.838, 37.562], [126.836, 37.562], [126.836, 37.560]]]}}
]})";
const char* kSitesGeoJson = R"({"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"kind": "solar"}, "geometry": {"type": "Point", "coordinates": [126.831, 37.561]}},
  {"type": "Feature", "properties": {"kind": "ess"}, "geometry": {"type": "Point", "coordinates": [126.834, 37.561]}},
  {"type": "Feature", "properties": {"kind": "solar"}, "geometry": {"type": "Point", "coordinates": [126.837, 37.561]}},
  {"type": "Feature", "properties": {"kind": "fuel cell"}, "geometry": {"type": "Point", "coordinates": [126.837, 37.5615]}}
]})";

const char* kExtraJson = R"({
  "id": "test-extra", "name": {"ko": "추가 플러그인", "en": "Extra plugin"},
  "version": "0.3.0", "sdk": {"min": "1.0", "max": "1.99"}, "licence": "MIT",
  "styles": [{"id": "red", "name": {"ko": "빨강", "en": "Red"},
              "fill": "#ff000080", "stroke": "#ff0000ff"}]
})";

bool writeFile(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

QString canonical(const QString& folder) {
    return QFileInfo(folder).canonicalFilePath();
}
} // namespace

class GuiPluginsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startupAsksToTrustTheUserFolder();
    void pluginsDialogListsEveryPluginWithItsState();
    void togglingEnabledIsSavedToPluginsJson();
    void anAddedFolderIsScannedAndItsTrustQuestionCanWait();
    void addLayersFromPluginGroupsThemUnderTheirProject();
    void aPluginThatCrashedTheLastStartIsReported();
    void cleanupTestCase();

private:
    QJsonObject pluginsJson() const;
    const plugin::PluginRecord* record(const char* id) const;
    static void saveScreenshot(QWidget& widget, const QString& name);

    SampleWindow m_fixture;
    QString m_stateDir;
    QString m_userDir;
    QString m_extraDir;
    desktop::PluginController* m_plugins = nullptr;
};

void GuiPluginsTest::initTestCase() {
    QVERIFY(m_fixture.dir.isValid());
    const QDir root(m_fixture.dir.path());
    m_stateDir = root.filePath(QStringLiteral("state"));
    m_userDir = root.filePath(QStringLiteral("user-plugins"));
    m_extraDir = root.filePath(QStringLiteral("extra-plugins"));
    const QString district = m_userDir + QStringLiteral("/test-district/");
    QVERIFY(writeFile(district + QStringLiteral("cityweave-plugin.json"), kDistrictJson));
    QVERIFY(writeFile(district + QStringLiteral("data/blocks.geojson"), kBlocksGeoJson));
    QVERIFY(writeFile(district + QStringLiteral("data/sites.geojson"), kSitesGeoJson));
    QVERIFY(writeFile(m_userDir + QStringLiteral("/broken-json/cityweave-plugin.json"),
                      "{\"id\": \"broken-json\", \"name\": "));
    QVERIFY(
        writeFile(m_extraDir + QStringLiteral("/test-extra/cityweave-plugin.json"), kExtraJson));
    QDir().mkpath(m_stateDir);
    qputenv("CITYWEAVE_STATE_DIR", m_stateDir.toUtf8());
    qputenv("CITYWEAVE_USER_PLUGIN_DIR", m_userDir.toUtf8());
    qputenv("CITYWEAVE_INSTALL_PLUGIN_DIR", CW_FIXTURE_PLUGIN_DIR);

    const QString failure = m_fixture.start(QSize(1400, 900), true);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_plugins = m_fixture.window->plugins();
    QVERIFY(m_plugins);
    QVERIFY(m_fixture.window->fileActions().openPath(m_fixture.sample));
    QVERIFY(QTest::qWaitFor([&] { return !m_fixture.document->isBusy(); }, 20000));
}

void GuiPluginsTest::cleanupTestCase() {
    m_fixture.window.reset();
    m_fixture.document.reset();
    m_fixture.plugins.reset();
}

void GuiPluginsTest::saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("CW_GUI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QJsonObject GuiPluginsTest::pluginsJson() const {
    QFile file(m_stateDir + QStringLiteral("/plugins.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const plugin::PluginRecord* GuiPluginsTest::record(const char* id) const {
    return m_fixture.plugins->find(id);
}

void GuiPluginsTest::startupAsksToTrustTheUserFolder() {
    // The install folder is trusted: its good fixture loaded at start and its analysis is
    // offered in the Analysis panel like a built-in.
    QVERIFY(record("fixture-good"));
    QCOMPARE(record("fixture-good")->state, plugin::PluginState::Loaded);
    auto* panel = m_fixture.window->findChild<widgets::AnalysisPanel*>();
    QVERIFY(panel);
    QVERIFY(panel->selectAnalysis(QStringLiteral("fixture-feature-count")));
    QVERIFY(panel->selectAnalysis(QStringLiteral("overlap-matrix")));

    // Before the user agrees, nothing from the user's folder is loaded.
    QVERIFY(record("test-district"));
    QCOMPARE(record("test-district")->state, plugin::PluginState::Untrusted);
    const auto sources = m_fixture.plugins->layerSources();
    const auto untrusted = m_plugins->untrustedFolders();
    QVERIFY(std::none_of(sources.begin(), sources.end(),
                         [](const auto& s) { return s.first == "test-district"; }));
    QCOMPARE(int(untrusted.size()), 1);
    QCOMPARE(canonical(untrusted[0].folder), canonical(m_userDir));
    // The malformed plugin is refused, not "untrusted": only loadable plugins are offered.
    QCOMPARE(untrusted[0].pluginNames, QStringList{QStringLiteral("Test district 1.2.0")});

    m_fixture.window->showPluginNotices();
    QMessageBox* prompt = m_plugins->trustPrompt();
    QVERIFY(prompt);
    QVERIFY(prompt->isVisible());
    QVERIFY(prompt->informativeText().contains(m_userDir));
    QVERIFY(prompt->informativeText().contains(QStringLiteral("Test district 1.2.0")));
    saveScreenshot(*prompt, QStringLiteral("plugins-trust-prompt"));
    auto* trust = prompt->findChild<QPushButton*>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    trust->click();
    QVERIFY(QTest::qWaitFor([&] { return m_plugins->trustPrompt() == nullptr; }, 3000));

    QCOMPARE(record("test-district")->state, plugin::PluginState::Loaded);
    const QJsonArray trusted = pluginsJson().value(QStringLiteral("trusted_folders")).toArray();
    QCOMPARE(trusted.size(), 1);
    QCOMPARE(trusted.at(0).toString(), canonical(m_userDir));
    // Asked once per folder: a second call finds nothing left to ask.
    m_fixture.window->showPluginNotices();
    QVERIFY(m_plugins->trustPrompt() == nullptr);
}

void GuiPluginsTest::pluginsDialogListsEveryPluginWithItsState() {
    auto* action = m_fixture.window->findChild<QAction*>(QStringLiteral("actionManagePlugins"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    widgets::PluginsDialog* dialog = m_plugins->pluginsDialog();
    QVERIFY(dialog && dialog->isVisible());
    const QTableWidget& table = dialog->table();
    // One row per plugin found, loadable or not.
    QCOMPARE(table.rowCount(), int(m_fixture.plugins->records().size()));

    const int district = dialog->rowOf(QStringLiteral("test-district"));
    QVERIFY(district >= 0);
    QCOMPARE(table.item(district, widgets::PluginsDialog::Name)->text(),
             QStringLiteral("Test district"));
    QCOMPARE(table.item(district, widgets::PluginsDialog::Version)->text(),
             QStringLiteral("1.2.0"));
    QCOMPARE(table.item(district, widgets::PluginsDialog::Origin)->text(),
             app::PluginText::origin(plugin::FolderOrigin::User));
    QCOMPARE(table.item(district, widgets::PluginsDialog::State)->text(),
             app::PluginText::state(plugin::PluginState::Loaded));
    QCOMPARE(table.item(district, widgets::PluginsDialog::Licence)->text(),
             QStringLiteral("CC0-1.0"));
    // "1 layer source(s)" until the English plural forms are filled in.
    const QString provides = table.item(district, widgets::PluginsDialog::Provides)->text();
    QVERIFY2(provides.startsWith(QStringLiteral("1 layer source")) &&
                 provides.contains(QStringLiteral("\n1 style")) &&
                 !provides.contains(QStringLiteral("analys")),
             qPrintable(provides));
    QCOMPARE(table.item(district, widgets::PluginsDialog::Enabled)->checkState(), Qt::Checked);

    const int broken = dialog->rowOf(QStringLiteral("broken-json"));
    QVERIFY(broken >= 0);
    const QString brokenState = table.item(broken, widgets::PluginsDialog::State)->text();
    QVERIFY2(brokenState.startsWith(app::PluginText::state(plugin::PluginState::Refused)),
             qPrintable(brokenState));
    QVERIFY2(brokenState.contains(app::PluginText::reason(*record("broken-json"))),
             qPrintable(brokenState));

    // Every fixture plugin of the install folder is listed with the sentence for its state.
    for (const plugin::PluginRecord& r : m_fixture.plugins->records()) {
        const int row = dialog->rowOf(QString::fromStdString(r.metadata.id));
        QVERIFY2(row >= 0, r.metadata.id.c_str());
        QVERIFY(table.item(row, widgets::PluginsDialog::State)
                    ->text()
                    .startsWith(app::PluginText::state(r.state)));
    }
    // The folders: install (always trusted), the user's (trusted now).
    const QTableWidget& folders = dialog->folders().table();
    QCOMPARE(folders.rowCount(), 2);
    QCOMPARE(canonical(folders.item(1, widgets::PluginFoldersPanel::FolderPath)->text()),
             canonical(m_userDir));
    saveScreenshot(*dialog, QStringLiteral("plugins-dialog"));
}

void GuiPluginsTest::togglingEnabledIsSavedToPluginsJson() {
    widgets::PluginsDialog* dialog = m_plugins->pluginsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->setPluginEnabled(QStringLiteral("test-district"), false));
    QCOMPARE(pluginsJson().value(QStringLiteral("disabled")).toArray(),
             QJsonArray{QStringLiteral("test-district")});
    // Loaded code stays for this run: the change takes effect at the next start.
    QCOMPARE(record("test-district")->state, plugin::PluginState::Loaded);

    QVERIFY(dialog->setPluginEnabled(QStringLiteral("test-district"), true));
    QCOMPARE(pluginsJson().value(QStringLiteral("disabled")).toArray(), QJsonArray{});
    const int row = dialog->rowOf(QStringLiteral("test-district"));
    QCOMPARE(dialog->table().item(row, widgets::PluginsDialog::Enabled)->checkState(), Qt::Checked);
}

void GuiPluginsTest::anAddedFolderIsScannedAndItsTrustQuestionCanWait() {
    widgets::PluginsDialog* dialog = m_plugins->pluginsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->folders().addFolder(m_extraDir));
    QCOMPARE(pluginsJson().value(QStringLiteral("extra_folders")).toArray(),
             QJsonArray{canonical(m_extraDir)});
    // Scanned at once: listed, but not loaded until the folder is trusted.
    QVERIFY(record("test-extra"));
    QCOMPARE(record("test-extra")->state, plugin::PluginState::Untrusted);
    const int row = dialog->rowOf(QStringLiteral("test-extra"));
    QVERIFY(row >= 0);
    QCOMPARE(dialog->table().item(row, widgets::PluginsDialog::Origin)->text(),
             app::PluginText::origin(plugin::FolderOrigin::Settings));
    QCOMPARE(dialog->folders().table().rowCount(), 3);

    m_fixture.window->showPluginNotices();
    QMessageBox* prompt = m_plugins->trustPrompt();
    QVERIFY(prompt);
    QVERIFY(prompt->informativeText().contains(QStringLiteral("Extra plugin 0.3.0")));
    auto* notNow = prompt->findChild<QPushButton*>(QStringLiteral("notNowButton"));
    QVERIFY(notNow);
    notNow->click();
    QVERIFY(QTest::qWaitFor([&] { return m_plugins->trustPrompt() == nullptr; }, 3000));
    QCOMPARE(record("test-extra")->state, plugin::PluginState::Untrusted);
    QCOMPARE(pluginsJson().value(QStringLiteral("trusted_folders")).toArray().size(), 1);

    QVERIFY(dialog->folders().removeFolder(canonical(m_extraDir)));
    QCOMPARE(pluginsJson().value(QStringLiteral("extra_folders")).toArray(), QJsonArray{});
    dialog->close();
}

void GuiPluginsTest::addLayersFromPluginGroupsThemUnderTheirProject() {
    desktop::ProjectDocument& document = *m_fixture.document;
    QVERIFY(!document.isDirty());
    const std::size_t before = document.layers().size();
    auto* action = m_fixture.window->findChild<QAction*>(QStringLiteral("actionAddPluginLayers"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    widgets::PluginLayersDialog* dialog = m_plugins->addLayersDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->sourceList().count(), int(m_fixture.plugins->layerSources().size()));
    QVERIFY(dialog->selectSource(QStringLiteral("test-district"), QStringLiteral("district")));
    const QTableWidget& layers = dialog->layerTable();
    QCOMPARE(layers.rowCount(), 2);
    QCOMPARE(layers.item(0, widgets::PluginLayersDialog::LayerName)->text(),
             QStringLiteral("Test blocks"));
    QCOMPARE(layers.item(0, widgets::PluginLayersDialog::LayerSector)->text(),
             widgets::PluginLayersDialog::sectorName(project::Sector::Energy));
    QCOMPARE(layers.item(1, widgets::PluginLayersDialog::Source)->text(),
             QStringLiteral("hand-drawn test sites"));
    QCOMPARE(layers.item(1, widgets::PluginLayersDialog::Date)->text(),
             QStringLiteral("2025-02-01"));
    saveScreenshot(*dialog, QStringLiteral("plugins-add-layers"));
    dialog->accept();

    QCOMPARE(document.layers().size(), before + 2);
    QVERIFY(document.isDirty());
    const project::ProjectInfo* info = document.project().findProject("test-district-project");
    QVERIFY(info);
    QCOMPARE(info->name.en, std::string("Test project"));
    QCOMPARE(info->task, std::string("E1"));
    QCOMPARE(info->stage, 2);
    const render::LoadedLayer* blocks = document.findLayer(QStringLiteral("blocks"));
    const render::LoadedLayer* sites = document.findLayer(QStringLiteral("sites"));
    QVERIFY(blocks && sites);
    QCOMPARE(blocks->entry.projectId, std::string("test-district-project"));
    QCOMPARE(sites->entry.projectId, std::string("test-district-project"));
    QCOMPARE(blocks->entry.provenance.owner, std::string("CityWeave tests"));
    QCOMPARE(blocks->entry.provenance.date, std::string("2025-01-15"));
    QCOMPARE(sites->entry.provenance.source, std::string("hand-drawn test sites"));
    const project::LayerOrigin expectedOrigin{"test-district", "1.2.0", "district", "sites"};
    QVERIFY(sites->entry.origin == expectedOrigin);
    // The plugin's style by its id; the layer without one gets the first shade of its sector,
    // as a sample built from a manifest gives it (project::LayerStyler: one rule for both).
    QCOMPARE(blocks->entry.style.fill, style::Rgba::fromHex("#12345680", {}));
    QVERIFY(sites->entry.style == project::defaultStyleForSector(project::Sector::Energy, 0));

    // The layer tree groups them under the project.
    widgets::LayerTreeWidget& tree = m_fixture.window->layerTree();
    QTreeWidgetItem* group = tree.findProjectItem(QStringLiteral("test-district-project"));
    QVERIFY(group);
    QCOMPARE(group->text(0), QStringLiteral("Test project")); // the document speaks English
    QCOMPARE(group->childCount(), 2);

    // The features load through the document's worker: 3 squares and 4 points, as written.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto* b = document.findLayer(QStringLiteral("blocks"));
            const auto* s = document.findLayer(QStringLiteral("sites"));
            return !document.isBusy() && b && s && b->data && s->data;
        },
        15000));
    blocks = document.findLayer(QStringLiteral("blocks"));
    sites = document.findLayer(QStringLiteral("sites"));
    QVERIFY(!blocks->error && !sites->error);
    QCOMPARE(int(blocks->data->featureCount()), 3);
    QCOMPARE(int(sites->data->featureCount()), 4);
    QVERIFY(blocks->isLoaded());

    const QString tip = tree.findLayerItem(QStringLiteral("blocks"))->toolTip(0);
    QVERIFY2(tip.contains(QStringLiteral("Source: hand-drawn test sample")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Owner: CityWeave tests")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Licence: CC0-1.0")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("From plugin test-district version 1.2.0")),
             qPrintable(tip));

    // Offered again, the source is marked as present and adding it adds nothing.
    const auto offers = m_plugins->offeredLayerSources();
    const auto offer = std::find_if(offers.begin(), offers.end(),
                                    [](const auto& o) { return o.pluginId == "test-district"; });
    QVERIFY(offer != offers.end() && offer->alreadyInProject);
    QCOMPARE(m_plugins->addLayerSource(QStringLiteral("test-district"), QStringLiteral("district")),
             0);
    QCOMPARE(document.layers().size(), before + 2);

    // Saved and opened again: the project, the provenance and the origin come back, and the
    // layers load from the plugin's folder.
    const QString copy = m_fixture.dir.filePath(QStringLiteral("with-plugin.cwproject.gpkg"));
    QString error;
    QVERIFY2(document.saveAs(copy, &error), qPrintable(error));
    QVERIFY(m_fixture.window->fileActions().openPath(copy));
    QVERIFY(QTest::qWaitFor([&] { return !document.isBusy(); }, 15000));
    QVERIFY(document.project().findProject("test-district-project"));
    sites = document.findLayer(QStringLiteral("sites"));
    QVERIFY(sites && sites->data && !sites->error);
    QCOMPARE(int(sites->data->featureCount()), 4);
    QVERIFY(sites->entry.origin == expectedOrigin);
    QCOMPARE(sites->entry.provenance.date, std::string("2025-02-01"));
}

void GuiPluginsTest::aPluginThatCrashedTheLastStartIsReported() {
    const QDir root(m_fixture.dir.path());
    const QString state = root.filePath(QStringLiteral("crash-state"));
    const QString noPlugins = root.filePath(QStringLiteral("no-plugins"));
    QVERIFY(QDir().mkpath(state) && QDir().mkpath(noPlugins));
    // The real application, with a plugin whose entry point aborts: it dies while loading it.
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("CITYWEAVE_STATE_DIR"), state);
    env.insert(QStringLiteral("CITYWEAVE_INSTALL_PLUGIN_DIR"), QStringLiteral(CW_CRASH_PLUGIN_DIR));
    env.insert(QStringLiteral("CITYWEAVE_USER_PLUGIN_DIR"), noPlugins);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CW_DESKTOP_PATH), {QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    // The next start, in this process: the plugin is disabled (not run again) and reported.
    qputenv("CITYWEAVE_STATE_DIR", state.toUtf8());
    qputenv("CITYWEAVE_INSTALL_PLUGIN_DIR", CW_CRASH_PLUGIN_DIR);
    qputenv("CITYWEAVE_USER_PLUGIN_DIR", noPlugins.toUtf8());
    auto manager = std::make_unique<plugin::PluginManager>(state.toStdString());
    desktop::ProjectDocument document(QStringLiteral("en"));
    auto window =
        std::make_unique<desktop::MainWindow>(document, *m_fixture.settings, manager.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(manager->crashedLastStart(), std::vector<std::string>{"fixture-crash"});
    QCOMPARE(manager->find("fixture-crash")->state, plugin::PluginState::CrashedLastStart);
    QVERIFY(manager->preferences().disabled.count("fixture-crash"));
    window->showPluginNotices();
    auto* notice = window->findChild<QMessageBox*>(QStringLiteral("pluginCrashNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Crashing fixture (fixture-crash)")),
             qPrintable(notice->text()));
    saveScreenshot(*notice, QStringLiteral("plugins-crash-notice"));
    window.reset(); // before its manager: plugin code outlives what it registered
}

QTEST_MAIN(GuiPluginsTest)
#include "test_gui_plugins.moc"
