// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the project registry dock and its form on the real main window (offscreen) with the
// sample project: counts, filters, timeline greying, validation, undo/redo and a save round trip.
//
// Hand count from resources/sample/projects.json: 6 projects. Three come from plugins and take
// their registry fields from the plugins' manifests:
//   magok-energy      energy         E1  stage 1  2014–2022  Seoul Housing & Communities Corp.
//   sangam-av         transport      T3  stage 2  2019–2025  Seoul Metropolitan Government
//   gvalley-industry  industry_space I2  stage 1  2019–2025  SMG, Economic Policy Office
// and three are written in the sample manifest itself:
//   energy-villages   energy         E1  stage 3  2012–2025  Seoul Climate and Environment HQ
//   iot-sensors       safety         S2  stage 1  2018–2024  SMG, Smart City Policy Bureau
//   ev-chargers       energy         E2  stage 3  2017–2025  Seoul Climate and Environment HQ
// (`cityweave-cli projects` on the built sample lists the same six.) Hence: Energy 3 (magok,
// villages, chargers); five tasks in use (E1 twice), task E1 2; stage 3 2; the Climate and
// Environment HQ leads 2; in 2013 only the villages run (2012–2025), so the timeline hides 5 of 6.
#include "../sample_window.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/registry_controller.h"
#include "widgets/map_canvas.h"
#include "widgets/registry/project_filter_proxy.h"
#include "widgets/registry/project_form_dialog.h"
#include "widgets/registry/project_table_model.h"
#include "widgets/registry/registry_panel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace cw;
using widgets::ProjectFormDialog;
using widgets::ProjectTableModel;

namespace {

template <typename T> T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

void choose(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

/// Saves screenshots of the dock and the form when CW_REGISTRY_SHOTS names a folder (to look at
/// them under Xvfb); does nothing otherwise.
void shoot(QWidget* widget, const char* name) {
    const QString dir = qEnvironmentVariable("CW_REGISTRY_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + ".png");
}

} // namespace

class RegistryTest : public QObject {
    Q_OBJECT

private:
    SampleWindow w;
    desktop::RegistryController* registry = nullptr;

    widgets::ProjectFilterProxy& proxy() { return registry->proxyModel(); }
    widgets::RegistryPanel& panel() { return registry->panel(); }
    const project::ProjectInfo* find(const char* id) {
        return w.document->project().findProject(id);
    }
    QStringList shownIds() {
        QStringList ids;
        for (int r = 0; r < proxy().rowCount(); ++r)
            ids << proxy().index(r, 0).data(ProjectTableModel::IdRole).toString();
        ids.sort();
        return ids;
    }
    void resetFilters() {
        for (const char* name : {"registrySectorFilter", "registryTaskFilter",
                                 "registryStageFilter", "registryAgencyFilter"})
            child<QComboBox>(&panel(), name)->setCurrentIndex(0);
        child<QLineEdit>(&panel(), "registrySearch")->clear();
        child<QCheckBox>(&panel(), "registryHideOutsideTimeline")->setChecked(false);
        w.document->setPlanFilter({});
    }

private slots:
    void initTestCase() {
        QVERIFY2(w.start({1400, 900}).isEmpty(), "sample window did not start");
        QString error;
        QVERIFY2(w.document->open(w.sample, &error), qPrintable(error));
        registry = &w.window->registry();
        QTRY_VERIFY_WITH_TIMEOUT(!w.document->isBusy(), 60000);
    }

    void dockListsTheSixSampleProjects() {
        QDockWidget* dock = w.window->findChild<QDockWidget*>(QStringLiteral("registryDock"));
        QVERIFY(dock);
        QCOMPARE(dock, &registry->dock());
        QCOMPARE(dock->windowTitle(), QStringLiteral("Project registry"));
        QCOMPARE(proxy().rowCount(), 6);
        QCOMPARE(shownIds(), (QStringList{"energy-villages", "ev-chargers", "gvalley-industry",
                                          "iot-sensors", "magok-energy", "sangam-av"}));
        // Display: the English name, the task with its code, the budget with separators.
        const auto& model = panel().model();
        const int row = model.rowOf("ev-chargers");
        QCOMPARE(model.index(row, ProjectTableModel::Name).data().toString(),
                 QStringLiteral("EV charging infrastructure"));
        QVERIFY(model.index(row, ProjectTableModel::Task).data().toString().startsWith("E2 "));
        QCOMPARE(model.index(row, ProjectTableModel::Years).data().toString(),
                 QStringLiteral("2017–2025"));
        QCOMPARE(ProjectTableModel::formatBudget(12345678901LL), QStringLiteral("12,345,678,901"));
        for (const char* name : {"actionNewProject", "actionEditProject", "actionDuplicateProject",
                                 "actionDeleteProject", "actionZoomToProject"})
            QVERIFY2(w.window->findChild<QAction*>(QString::fromLatin1(name)), name);
        panel().selectProject("magok-energy");
        shoot(dock, "registry_dock");
    }

    void filtersNarrowTheTable() {
        auto* sector = child<QComboBox>(&panel(), "registrySectorFilter");
        QCOMPARE(sector->itemText(0), QStringLiteral("All sectors"));
        choose(sector, int(project::Sector::Energy));
        QCOMPARE(shownIds(), (QStringList{"energy-villages", "ev-chargers", "magok-energy"}));
        resetFilters();

        auto* task = child<QComboBox>(&panel(), "registryTaskFilter");
        QCOMPARE(task->count(), 1 + 5); // "All" and the five tasks the sample uses (E1 twice)
        choose(task, QStringLiteral("E1"));
        QCOMPARE(shownIds(), (QStringList{"energy-villages", "magok-energy"}));
        resetFilters();

        choose(child<QComboBox>(&panel(), "registryStageFilter"), 3);
        QCOMPARE(shownIds(), (QStringList{"energy-villages", "ev-chargers"}));
        resetFilters();

        choose(child<QComboBox>(&panel(), "registryAgencyFilter"),
               QStringLiteral("Seoul Climate and Environment Headquarters"));
        QCOMPARE(proxy().rowCount(), 2);
        resetFilters();

        QTest::keyClicks(child<QLineEdit>(&panel(), "registrySearch"), "sangam");
        QCOMPARE(shownIds(), QStringList{"sangam-av"});
        resetFilters();
        QCOMPARE(proxy().rowCount(), 6);
    }

    void timelineGreysOrHidesRows() {
        render::PlanFilter filter;
        filter.year = 2013;
        w.document->setPlanFilter(filter);
        const auto& model = panel().model();
        int hidden = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            hidden += model.index(r, 0).data(ProjectTableModel::TimelineHiddenRole).toBool();
        QCOMPARE(hidden, 5);
        QCOMPARE(proxy().rowCount(), 6); // greyed, not removed
        shoot(&registry->dock(), "registry_timeline_2013");
        const QString tip =
            model.index(model.rowOf("magok-energy"), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("2014–2022") && tip.contains("2013"), qPrintable(tip));
        QVERIFY(!model.index(model.rowOf("energy-villages"), 0)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains("Hidden"));

        child<QCheckBox>(&panel(), "registryHideOutsideTimeline")->setChecked(true);
        QCOMPARE(shownIds(), QStringList{"energy-villages"});
        filter.year.reset();
        filter.stages = {3};
        w.document->setPlanFilter(filter);
        QCOMPARE(shownIds(), (QStringList{"energy-villages", "ev-chargers"}));
        resetFilters();
        QCOMPARE(proxy().rowCount(), 6);
    }

    void formRejectsReversedYears() {
        ProjectFormDialog* form = registry->openForm("iot-sensors");
        QVERIFY(form);
        QVERIFY(form->okButton()->isEnabled());
        child<QSpinBox>(form, "startYear")->setValue(2030);
        child<QSpinBox>(form, "endYear")->setValue(2020);
        QVERIFY(!form->okButton()->isEnabled());
        auto* problems = child<QLabel>(form, "problems");
        QVERIFY2(problems->text().contains(
                     "End year: the end year 2020 comes before the start year 2030."),
                 qPrintable(problems->text()));
        QVERIFY(problems->isVisible());
        child<QSpinBox>(form, "endYear")->setValue(2031);
        QVERIFY(form->okButton()->isEnabled());
        QVERIFY(!problems->isVisible());
        form->reject();
        QCOMPARE(find("iot-sensors")->startYear, 2018); // cancelled: nothing changed
    }

    void formRejectsMismatchedAndUnknownTasks() {
        ProjectFormDialog* form = registry->openForm("energy-villages");
        QVERIFY(form);
        auto* task = child<QComboBox>(form, "task");
        QCOMPARE(task->currentData().toString(), QStringLiteral("E1"));
        // Energy offers "(none)", E1 and E2 only.
        QCOMPARE(task->count(), 3);
        choose(child<QComboBox>(form, "sector"), int(project::Sector::Transport));
        QCOMPARE(task->currentData().toString(), QStringLiteral("E1")); // kept, flagged
        QVERIFY(!form->okButton()->isEnabled());
        QVERIFY2(form->problems().join('\n').contains(
                     "Core task: task E1 belongs to another sector (Energy)."),
                 qPrintable(form->problems().join('\n')));
        choose(task, QStringLiteral("T1"));
        QVERIFY(form->okButton()->isEnabled());
        QCOMPARE(task->count(), 1 + 3 + 1); // "(none)", T1..T3, and the old E1 still offered
        form->reject();

        project::ProjectInfo odd = *find("energy-villages");
        odd.task = "X9";
        ProjectFormDialog unknown(odd, false, {}, "en");
        QVERIFY(!unknown.okButton()->isEnabled());
        QVERIFY2(unknown.problems().join('\n').contains("\"X9\" is not one of the 11 core tasks"),
                 qPrintable(unknown.problems().join('\n')));

        // A new project may not reuse an id; the results group's id is reserved too.
        ProjectFormDialog* fresh = registry->openForm({});
        QVERIFY(fresh && fresh->isNew());
        child<QLineEdit>(fresh, "nameEn")->setText("Something");
        child<QLineEdit>(fresh, "id")->setText("sangam-av");
        QVERIFY(!fresh->okButton()->isEnabled());
        QVERIFY(fresh->problems().join('\n').contains("\"sangam-av\" is used twice"));
        child<QLineEdit>(fresh, "id")->setText("sangam-av-2");
        QVERIFY2(fresh->okButton()->isEnabled(), qPrintable(fresh->problems().join('\n')));
        fresh->reject();
    }

    void editingEndYearIsOneUndoStep() {
        QUndoStack& undo = w.document->undoStack();
        const int steps = undo.count();
        QVERIFY(!w.window->isWindowModified());
        ProjectFormDialog* form = registry->openForm("ev-chargers");
        QVERIFY(form);
        QCOMPARE(child<QSpinBox>(form, "endYear")->value(), 2025);
        child<QSpinBox>(form, "endYear")->setValue(2030);
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QCOMPARE(find("ev-chargers")->endYear, 2030);
        QCOMPARE(undo.count(), steps + 1);
        QCOMPARE(undo.undoText(), QStringLiteral("Edit project “EV charging infrastructure”"));
        QTRY_VERIFY(w.window->isWindowModified());
        const auto& model = panel().model();
        QCOMPARE(model.index(model.rowOf("ev-chargers"), ProjectTableModel::Years).data(),
                 QVariant(QStringLiteral("2017–2030")));

        undo.undo();
        QCOMPARE(find("ev-chargers")->endYear, 2025);
        QCOMPARE(model.index(model.rowOf("ev-chargers"), ProjectTableModel::Years).data(),
                 QVariant(QStringLiteral("2017–2025")));
        undo.redo();
        QCOMPARE(find("ev-chargers")->endYear, 2030);
        QCOMPARE(undo.count(), steps + 1);
    }

    void doubleClickOpensTheForm() {
        QTRY_VERIFY(!w.window->findChild<ProjectFormDialog*>()); // earlier forms are gone
        QTableView& view = panel().view();
        const QModelIndex index =
            proxy().mapFromSource(panel().model().index(panel().model().rowOf("sangam-av"), 0));
        view.scrollTo(index);
        QVERIFY2(view.viewport()->rect().contains(view.visualRect(index).center()),
                 "the row is not on screen");
        const QPoint at = view.visualRect(index).center();
        // As a person does: point, click (the view remembers the pressed row), double-click.
        QTest::mouseMove(view.viewport(), at);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
        ProjectFormDialog* form = nullptr;
        QTRY_VERIFY((form = w.window->findChild<ProjectFormDialog*>()) != nullptr);
        QCOMPARE(child<QLineEdit>(form, "id")->text(), QStringLiteral("sangam-av"));
        QVERIFY(child<QLineEdit>(form, "id")->isReadOnly());
        shoot(form, "project_form_general");
        form->reject();
        QTRY_VERIFY(!w.window->findChild<ProjectFormDialog*>());
    }

    void zoomToProjectFitsItsLayers() {
        const geometry::Envelope project = w.document->projectExtent("magok-energy");
        const geometry::Envelope full = w.document->fullExtent();
        QVERIFY(!project.isNull());
        QVERIFY(project.width() < full.width() / 5); // Magok is one district, not all of Seoul
        panel().selectProject("magok-energy");
        QVERIFY(registry->zoomAction()->isEnabled());
        registry->zoomAction()->trigger();
        const geometry::Envelope shown = w.window->canvas().settings().visibleExtent();
        // The project fills the view along one axis: 5 % padding each side, the other axis
        // grows to the canvas's aspect ratio.
        QVERIFY(shown.contains(project.minX, project.minY));
        QVERIFY(shown.contains(project.maxX, project.maxY));
        const double fill =
            std::max(project.width() / shown.width(), project.height() / shown.height());
        QVERIFY2(fill > 0.85 && fill <= 1.0, qPrintable(QString::number(fill)));
    }

    void deleteAndDuplicateUndo() {
        QUndoStack& undo = w.document->undoStack();
        const project::ProjectInfo before = *find("iot-sensors");
        const int steps = undo.count();
        QVERIFY(registry->removeProject("iot-sensors"));
        QVERIFY(!find("iot-sensors"));
        QCOMPARE(proxy().rowCount(), 5);
        QCOMPARE(undo.count(), steps + 1);
        undo.undo();
        QVERIFY(find("iot-sensors"));
        QVERIFY(*find("iot-sensors") == before);
        QCOMPARE(proxy().rowCount(), 6);

        const QString copy = registry->duplicateProject("magok-energy");
        QCOMPARE(copy, QStringLiteral("magok-energy-copy"));
        QCOMPARE(proxy().rowCount(), 7);
        QCOMPARE(QString::fromStdString(find("magok-energy-copy")->name.en),
                 QStringLiteral("Magok smart energy (copy)"));
        QVERIFY(find("magok-energy-copy")->indicators == find("magok-energy")->indicators);
        undo.undo();
        QCOMPARE(proxy().rowCount(), 6);
        QVERIFY(!find("magok-energy-copy"));
    }

    void newProjectRoundTripsThroughSave() {
        ProjectFormDialog* form = registry->openForm({});
        QVERIFY(form);
        child<QLineEdit>(form, "id")->setText("test-hub");
        child<QLineEdit>(form, "nameKo")->setText("시험 통합 거점");
        child<QLineEdit>(form, "nameEn")->setText("Test integration hub");
        choose(child<QComboBox>(form, "sector"), int(project::Sector::Safety));
        choose(child<QComboBox>(form, "task"), QStringLiteral("S1"));
        choose(child<QComboBox>(form, "axis"), int(project::Axis::Regeneration));
        child<QLineEdit>(form, "agencyKo")->setText("시험 기관");
        child<QLineEdit>(form, "agencyEn")->setText("Test agency");
        choose(child<QComboBox>(form, "stage"), 3);
        child<QSpinBox>(form, "startYear")->setValue(2021);
        child<QSpinBox>(form, "endYear")->setValue(2027);
        child<QLineEdit>(form, "budget")->setText("12,500,000,000");
        choose(child<QComboBox>(form, "status"), int(project::ProjectStatus::Running));
        child<QLineEdit>(form, "provenanceSource")->setText("Test source");
        child<QLineEdit>(form, "provenanceOwner")->setText("Test owner");
        child<QLineEdit>(form, "provenanceDate")->setText("2024-05-01");
        child<QLineEdit>(form, "provenanceLicence")->setText("CC0-1.0");
        child<QCheckBox>(form, "exemption1")->setChecked(true);
        child<QCheckBox>(form, "exemption6")->setChecked(true);

        auto* partners = child<QTableWidget>(form, "partners");
        QTest::mouseClick(child<QPushButton>(form, "addPartner"), Qt::LeftButton);
        choose(qobject_cast<QComboBox*>(partners->cellWidget(0, 0)),
               int(project::PartnerKind::CitizenGroup));
        partners->item(0, 1)->setText("주민 모임");
        partners->item(0, 2)->setText("Residents' group");

        auto* indicators = child<QTableWidget>(form, "indicators");
        QTest::mouseClick(child<QPushButton>(form, "addIndicator"), Qt::LeftButton);
        QVERIFY(!form->okButton()->isEnabled()); // an indicator without id or value
        const QStringList cells{"pm_cut", "미세먼지 저감", "Fine dust cut", "t/yr", "2026",
                                "0",      "190",           "42.5"};
        for (int c = 0; c < cells.size(); ++c)
            indicators->item(0, c)->setText(cells[c]);
        indicators->item(0, 8)->setCheckState(Qt::Checked);

        auto* rollout = child<QTableWidget>(form, "rollout");
        QVERIFY(rollout->isEnabled());
        QTest::mouseClick(child<QPushButton>(form, "addRollout"), Qt::LeftButton);
        rollout->item(0, 0)->setText("2026");
        rollout->item(0, 1)->setText("11500, 11440");
        form->findChild<QTabWidget*>()->setCurrentIndex(2);
        shoot(form, "project_form_indicators");
        QVERIFY2(form->okButton()->isEnabled(), qPrintable(form->problems().join('\n')));

        // The stage-3 roll-out is only for stage 3: another stage disables it and is flagged.
        choose(child<QComboBox>(form, "stage"), 2);
        QVERIFY(!rollout->isEnabled());
        QVERIFY(!form->okButton()->isEnabled());
        choose(child<QComboBox>(form, "stage"), 3);

        project::ProjectInfo expected;
        expected.id = "test-hub";
        expected.name = {"시험 통합 거점", "Test integration hub"};
        expected.sector = project::Sector::Safety;
        expected.task = "S1";
        expected.axis = project::Axis::Regeneration;
        expected.leadAgency = {"시험 기관", "Test agency"};
        expected.stage = 3;
        expected.startYear = 2021;
        expected.endYear = 2027;
        expected.budgetKrw = 12500000000LL;
        expected.status = project::ProjectStatus::Running;
        expected.provenance = {"Test source", "Test owner", "2024-05-01", "CC0-1.0"};
        expected.requiredExemptions = {project::Exemption::PublicInformationUse,
                                       project::Exemption::PrivateNetworkLinkage};
        expected.partners = {
            {project::PartnerKind::CitizenGroup, {"주민 모임", "Residents' group"}}};
        project::Indicator ind;
        ind.id = "pm_cut";
        ind.name = {"미세먼지 저감", "Fine dust cut"};
        ind.unit = "t/yr";
        ind.year = 2026;
        ind.baseline = 0;
        ind.target = 190;
        ind.measured = 42.5;
        ind.additive = true;
        expected.indicators = {ind};
        expected.rollout = {{2026, {"11500", "11440"}}};
        QVERIFY(form->project() == expected);

        const int steps = w.document->undoStack().index();
        QTest::mouseClick(form->okButton(), Qt::LeftButton);
        QCOMPARE(w.document->undoStack().index(), steps + 1);
        QVERIFY(find("test-hub") && *find("test-hub") == expected);
        QCOMPARE(proxy().rowCount(), 7);
        const auto& model = panel().model();
        QCOMPARE(model.index(model.rowOf("test-hub"), ProjectTableModel::Budget).data(),
                 QVariant(QStringLiteral("12,500,000,000")));

        const QString copyPath = w.dir.filePath("roundtrip.cwproject.gpkg");
        QString error;
        QVERIFY2(w.document->saveAs(copyPath, &error), qPrintable(error));
        QVERIFY(!w.window->isWindowModified());
        desktop::ProjectDocument reopened(QStringLiteral("en"));
        QVERIFY2(reopened.open(copyPath, &error), qPrintable(error));
        const project::ProjectInfo* back = reopened.project().findProject("test-hub");
        QVERIFY(back);
        QVERIFY(*back == expected);
        // The edited end year from the earlier test was saved as well.
        QCOMPARE(reopened.project().findProject("ev-chargers")->endYear, 2030);
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.isBusy(), 60000);
    }
};

QTEST_MAIN(RegistryTest)
#include "test_gui_registry.moc"
