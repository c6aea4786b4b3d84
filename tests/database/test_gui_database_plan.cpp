// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop on a plan kept in PostgreSQL: the Open from Database dialog, opening the plan
// with all its layers read from PostGIS, and Save As into a project file.
#include "cityweave/project/plan_database.h"
#include "cityweave/project/project_store.h"
#include "desktop/conflict_dialog.h"
#include "desktop/open_database_dialog.h"
#include "desktop/project_document.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestGuiDatabasePlan : public QObject {
    Q_OBJECT

    QString m_url;

    project::DatabaseLocation location() const {
        return project::parseDatabaseLocation(m_url.toStdString()).value();
    }

private slots:
    void initTestCase() {
        QFile file(qEnvironmentVariable("CW_TEST_PG_URL_FILE"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_url = QString::fromUtf8(file.readLine()).trimmed() + QStringLiteral("?schema=gui_plan");
        auto sample = project::ProjectStore::load(CW_SAMPLE_PROJECT);
        QVERIFY(sample);
        auto location = project::parseDatabaseLocation(m_url.toStdString());
        QVERIFY(location);
        QVERIFY(project::PlanDatabase::publish(*sample, CW_SAMPLE_PROJECT, *location, true));
    }

    void dialogMakesTheUrl() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        desktop::OpenDatabaseDialog dialog(settings);
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("db.seoul"));
        dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(6543);
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("plans"));
        dialog.findChild<QLineEdit*>(QStringLiteral("schema"))->setText(QStringLiteral("magok"));
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("김민수"));
        const QString url = dialog.url();
        auto parsed = project::parseDatabaseLocation(url.toStdString());
        QVERIFY(parsed);
        QCOMPARE(QString::fromStdString(parsed->user), QStringLiteral("김민수"));
        QCOMPARE(QString::fromStdString(parsed->host), QStringLiteral("db.seoul"));
        QCOMPARE(QString::fromStdString(parsed->port), QStringLiteral("6543"));
        QCOMPARE(QString::fromStdString(parsed->schema), QStringLiteral("magok"));
        // Remembered for next time, without any password.
        dialog.remember();
        desktop::OpenDatabaseDialog again(settings);
        QCOMPARE(again.url(), url);
    }

    // What another planner saves shows up in an unchanged document within a second.
    void othersChangesArriveLive() {
        desktop::ProjectDocument document(QStringLiteral("ko"));
        QString error;
        QVERIFY2(document.open(m_url, &error), qPrintable(error));
        QSignalSpy announced(&document, &desktop::ProjectDocument::remoteChanges);
        auto other = project::PlanSession::open(location());
        QVERIFY(other);
        project::ProjectInfo changed = (*other)->project().projects.at(0);
        changed.endYear += 1;
        QCOMPARE((*other)->saveProject(changed)->state, project::SaveState::Saved);
        QTRY_COMPARE_WITH_TIMEOUT(document.project().projects.at(0).endYear, changed.endYear, 1000);
        QCOMPARE(announced.count(), 1);
        QVERIFY(announced.first().first().toStringList().first().contains(
            QString::fromStdString(changed.id)));
        QVERIFY(!document.isDirty());
    }

    // Save meets another planner's change to the same field: reported, then resolved.
    void saveReportsConflictsAndTakesResolutions() {
        desktop::ProjectDocument document(QStringLiteral("ko"));
        QString error;
        QVERIFY2(document.open(m_url, &error), qPrintable(error));
        desktop::PlanState mine = document.planState();
        mine.projects.at(1).task = "E9";
        mine.projects.at(2).endYear = 2044; // no one else touches this
        document.editPlan(mine, QStringLiteral("edit"));
        QVERIFY(document.isDirty());

        auto other = project::PlanSession::open(location());
        QVERIFY(other);
        project::ProjectInfo theirs = (*other)->project().projects.at(1);
        theirs.task = "S3";
        QCOMPARE((*other)->saveProject(theirs)->state, project::SaveState::Saved);
        QTest::qWait(300); // their notification arrives; a dirty document keeps its edits

        project::ChangesOutcome outcome;
        QVERIFY2(document.saveToDatabase({}, &outcome, &error), qPrintable(error));
        QCOMPARE(outcome.saved, 1);
        QCOMPARE(outcome.notSaved.size(), std::size_t(1));
        QCOMPARE(outcome.notSaved[0].outcome.conflicts.at(0).field, std::string("task"));
        QVERIFY(document.isDirty());
        QCOMPARE(document.project().projects.at(1).task, std::string("E9"));

        desktop::ConflictDialog dialog(outcome.notSaved, document.project(), QStringLiteral("ko"));
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("S3"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("E9"));
        if (const QString shots = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/conflict_dialog.png"));
        qobject_cast<QComboBox*>(table->cellWidget(0, 5))->setCurrentIndex(1); // mine
        QVERIFY2(document.saveToDatabase(dialog.resolutions(), &outcome, &error),
                 qPrintable(error));
        QVERIFY(outcome.notSaved.empty());
        QVERIFY(!document.isDirty());
        QCOMPARE(project::PlanSession::open(location()).value()->project().projects.at(1).task,
                 std::string("E9"));
        QCOMPARE(project::PlanSession::open(location()).value()->project().projects.at(2).endYear,
                 2044);
    }

    void opensThePlanWithEveryLayer() {
        desktop::ProjectDocument document(QStringLiteral("ko"));
        QString error;
        QVERIFY2(document.open(m_url, &error), qPrintable(error));
        QVERIFY(document.isInDatabase());
        QCOMPARE(document.path(), m_url);
        QCOMPARE(document.project().projects.size(), std::size_t(6));
        QCOMPARE(document.layers().size(), std::size_t(19));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(document.layers().begin(), document.layers().end(),
                                             [](const auto& l) { return l.data != nullptr; }),
                                 30000);

        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("사본.cwproject.gpkg"));
        QVERIFY2(document.saveAs(copy, &error), qPrintable(error));
        QCOMPARE(document.path(), copy);
        QVERIFY(!document.isInDatabase());
        auto saved = project::ProjectStore::load(copy.toStdString());
        QVERIFY(saved);
        QCOMPARE(saved->layers.size(), std::size_t(19));
    }
};

QTEST_MAIN(TestGuiDatabasePlan)
#include "test_gui_database_plan.moc"
