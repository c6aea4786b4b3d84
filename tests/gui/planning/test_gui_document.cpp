// SPDX-License-Identifier: GPL-3.0-or-later
// The document's planning edits: every kind of edit is one undo step that undo reverses exactly
// and redo re-applies; the window shows unsaved changes; an autosaved copy survives a real
// crash (kill -9 of a child process) and is offered and recovered on the next open.
#include "cityweave/planning/scenarios.h"
#include "cityweave/project/project_store.h"
#include "desktop/autosaver.h"
#include "desktop/main_window.h"
#include "desktop/project_document.h"
#include "desktop/project_file_actions.h"
#include "sample_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <csignal>
#include <functional>

using namespace cw;
using desktop::PlanState;

namespace {
constexpr int kChildEndYear = 2031;

project::ProjectInfo* findProject(PlanState& plan, const std::string& id) {
    for (auto& p : plan.projects)
        if (p.id == id)
            return &p;
    return nullptr;
}

// A copy of `store` with the first coordinate of its first part moved by (dx, dy): the
// closing vertex of the ring moves with it, so the polygon stays closed.
geometry::GeometryStore moveFirstVertex(const geometry::GeometryStore& store, double dx,
                                        double dy) {
    geometry::GeometryStore out;
    for (std::size_t f = 0; f < store.featureCount(); ++f) {
        out.beginFeature();
        for (std::size_t p = store.firstPart(f); p < store.endPart(f); ++p) {
            out.beginPart(store.partStartsPolygon(p));
            const auto coords = store.part(p);
            for (std::size_t i = 0; i < coords.size(); ++i) {
                const bool moved = f == 0 && p == 0 && (i == 0 || i + 1 == coords.size());
                out.addCoord(coords[i].x + (moved ? dx : 0), coords[i].y + (moved ? dy : 0));
            }
            out.endPart();
        }
        out.endFeature();
    }
    return out;
}

// The child of crashRecoveryAfterKill: opens the sample, makes one edit, waits for the
// autosaved copy, says so on stdout and waits to be killed.
int runCrashingChild(const QString& sample) {
    desktop::ProjectDocument document(QStringLiteral("en"));
    QSettings settings(QFileInfo(sample).absolutePath() + QStringLiteral("/child.ini"),
                       QSettings::IniFormat);
    desktop::MainWindow window(document, settings);
    window.autosaver().setInterval(200);
    if (!window.fileActions().openPath(sample))
        return 3;
    PlanState plan = document.planState();
    findProject(plan, "ev-chargers")->endYear = kChildEndYear;
    document.editPlan(plan, QStringLiteral("child edit"));
    QObject::connect(&window.autosaver(), &desktop::Autosaver::autosaved, [](const QString&) {
        fputs("autosaved\n", stdout);
        fflush(stdout);
    });
    return QApplication::exec(); // killed here
}
} // namespace

class TestGuiDocument : public QObject {
    Q_OBJECT

    SampleWindow m_w;

    desktop::ProjectDocument& doc() { return *m_w.document; }

    // Applies `edit` to the plan as one step, then checks undo and redo both ways.
    void roundTrip(const char* what, const std::function<void(PlanState&)>& edit) {
        const PlanState before = doc().planState();
        PlanState after = before;
        edit(after);
        QVERIFY2(!(after == before), what);
        const int step = doc().undoStack().index();
        doc().editPlan(after, QString::fromLatin1(what));
        QCOMPARE(doc().undoStack().index(), step + 1);
        QVERIFY2(doc().planState() == after, what);
        QVERIFY(doc().isDirty());
        QVERIFY(m_w.window->isWindowModified());
        doc().undoStack().undo();
        QVERIFY2(doc().planState() == before, what);
        doc().undoStack().redo();
        QVERIFY2(doc().planState() == after, what);
        doc().undoStack().undo();
        QVERIFY2(doc().planState() == before, what);
    }

private slots:
    void initTestCase() {
        qputenv("CITYWEAVE_STATE_DIR", m_w.dir.filePath(QStringLiteral("state")).toUtf8());
        const QString failure = m_w.start({1000, 700});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QString error;
        QVERIFY2(doc().open(m_w.sample, &error), qPrintable(error));
        QVERIFY(!doc().isDirty());
        QVERIFY(doc().undoStack().count() == 0);
    }

    void registryEditRoundTrips() {
        roundTrip("end year", [](PlanState& p) { findProject(p, "ev-chargers")->endYear = 2030; });
        roundTrip("status", [](PlanState& p) {
            findProject(p, "iot-sensors")->status = project::ProjectStatus::Suspended;
        });
        roundTrip("new project", [](PlanState& p) {
            project::ProjectInfo info;
            info.id = "test-new";
            info.name = {"시험", "Test"};
            info.sector = project::Sector::Safety;
            info.task = "S1";
            p.projects.push_back(info);
        });
        roundTrip("delete project", [](PlanState& p) { p.projects.erase(p.projects.begin()); });
    }

    void indicatorAndRolloutEditsRoundTrip() {
        roundTrip("indicator target", [](PlanState& p) {
            auto* villages = findProject(p, "energy-villages");
            QVERIFY(villages && !villages->indicators.empty());
            villages->indicators.front().target = 12345.0;
        });
        roundTrip("rollout order", [](PlanState& p) {
            auto* villages = findProject(p, "energy-villages");
            QVERIFY(villages && villages->rollout.size() >= 2);
            std::swap(villages->rollout[0].districts, villages->rollout[1].districts);
        });
    }

    void zoneEditsRoundTrip() {
        QVERIFY(!doc().project().sandboxZones.empty());
        roundTrip("zone geometry", [](PlanState& p) {
            auto& zone = p.sandboxZones.front();
            zone.area = moveFirstVertex(zone.area, 25.0, -40.0);
        });
        roundTrip("zone validity", [](PlanState& p) { p.sandboxZones.back().extensionYears = 2; });
        roundTrip("zone deleted", [](PlanState& p) { p.sandboxZones.pop_back(); });
    }

    void scenarioSwitchRoundTrips() {
        project::Project scratch = doc().project();
        QVERIFY(planning::saveCurrentPlanAs(scratch, "base", {"기본", "Base"}));
        QVERIFY(planning::saveCurrentPlanAs(scratch, "late", {"지연", "Late"}));
        for (auto& p : scratch.projects)
            if (p.id == "ev-chargers")
                p.endYear = 2040;
        QVERIFY(planning::switchScenario(scratch, "base"));
        roundTrip("create and switch scenarios", [&](PlanState& p) {
            p = {scratch.projects, scratch.sandboxZones, scratch.scenarios, scratch.activeScenario};
        });
    }

    void saveMarksCleanAndOpenClearsTheStack() {
        PlanState plan = doc().planState();
        findProject(plan, "ev-chargers")->endYear = 2029;
        doc().editPlan(plan, QStringLiteral("edit"));
        QVERIFY(m_w.window->isWindowModified());
        const QString copy = m_w.dir.filePath(QStringLiteral("saved.cwproject.gpkg"));
        QString error;
        QVERIFY2(doc().saveAs(copy, &error), qPrintable(error));
        QVERIFY(!doc().isDirty());
        QVERIFY(!m_w.window->isWindowModified());
        // Undo after a save makes the project differ from the file again.
        doc().undoStack().undo();
        QVERIFY(doc().isDirty());
        doc().undoStack().redo();
        QVERIFY(!doc().isDirty());
        auto reloaded = project::ProjectStore::load(copy.toStdString());
        QVERIFY(reloaded);
        QCOMPARE(reloaded->findProject("ev-chargers")->endYear, 2029);
        QVERIFY2(doc().open(m_w.sample, &error), qPrintable(error));
        QCOMPARE(doc().undoStack().count(), 0);
        QVERIFY(!doc().isDirty());
    }

    void autosaveWritesACopyAndRemovesItOnSave() {
        auto& autosaver = m_w.window->autosaver();
        const QString copy = autosaver.files().pathFor(doc().path());
        QVERIFY(!QFileInfo::exists(copy));
        autosaver.autosaveNow(); // nothing unsaved: nothing written
        QVERIFY(!QFileInfo::exists(copy));
        PlanState plan = doc().planState();
        findProject(plan, "iot-sensors")->endYear = 2027;
        doc().editPlan(plan, QStringLiteral("edit"));
        QSignalSpy written(&autosaver, &desktop::Autosaver::autosaved);
        autosaver.autosaveNow();
        QVERIFY(written.wait(20000));
        QVERIFY(QFileInfo::exists(copy));
        auto saved = project::ProjectStore::load(copy.toStdString());
        QVERIFY(saved);
        QCOMPARE(saved->findProject("iot-sensors")->endYear, 2027);
        QString error;
        QVERIFY2(doc().save(&error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy));
    }

    // A real crash: a child process edits the sample and is killed with SIGKILL once its copy is
    // written; opening the sample again offers the copy and recovering brings the edit back.
    void crashRecoveryAfterKill() {
        const QString sample = m_w.dir.filePath(QStringLiteral("crash.cwproject.gpkg"));
        QVERIFY(QFile::copy(m_w.sample, sample));
        const QFileInfo original(sample);
        const QDateTime originalTime = original.lastModified();
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CW_DOCUMENT_TEST_CHILD"), sample);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains("autosaved") && child.state() == QProcess::Running &&
               waited.elapsed() < 60000) {
            child.waitForReadyRead(1000);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.contains("autosaved"), child.readAllStandardError().constData());
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(QFileInfo(sample).lastModified(), originalTime); // the project was not saved

        // The offer: answer Recover when the question shows.
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget(), 5000);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box && box->objectName() == QLatin1String("recoveryQuestion"));
            asked = true;
            for (auto* button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
        });
        QVERIFY(m_w.window->fileActions().openPath(sample));
        QVERIFY(asked);
        QCOMPARE(doc().path(), QFileInfo(sample).absoluteFilePath());
        QCOMPARE(doc().project().findProject("ev-chargers")->endYear, kChildEndYear);
        QVERIFY(doc().isDirty());
        // The recovered layers load from the project's folder, as before the crash.
        QTRY_VERIFY_WITH_TIMEOUT(!doc().isBusy(), 30000);
        for (const auto& layer : doc().layers())
            QVERIFY2(!layer.error, layer.entry.id.c_str());
        QString error;
        QVERIFY2(doc().save(&error), qPrintable(error));
        QVERIFY(!m_w.window->autosaver().files().find(sample));
        auto saved = project::ProjectStore::load(sample.toStdString());
        QVERIFY(saved);
        QCOMPARE(saved->findProject("ev-chargers")->endYear, kChildEndYear);
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (const QString child = qEnvironmentVariable("CW_DOCUMENT_TEST_CHILD"); !child.isEmpty())
        return runCrashingChild(child);
    TestGuiDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_document.moc"
