// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop on a plan kept in PostgreSQL: the Open from Database dialog, opening the plan
// with all its layers read from PostGIS, and Save As into a project file.
#include "cityweave/project/plan_database.h"
#include "cityweave/project/project_store.h"
#include "desktop/open_database_dialog.h"
#include "desktop/project_document.h"

#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestGuiDatabasePlan : public QObject {
    Q_OBJECT

    QString m_url;

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
