// SPDX-License-Identifier: GPL-3.0-or-later
// The rule editor round-trips the table and edits it through its choice widgets only.
#include "widgets/sector_rules_dialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using cw::project::SectorRuleTable;

class SectorRulesDialogTest : public QObject {
    Q_OBJECT

private slots:
    void roundTripsTheDefaults() {
        cw::widgets::SectorRulesDialog dialog(SectorRuleTable::defaults());
        QCOMPARE(dialog.rules().rules().size(), SectorRuleTable::defaults().rules().size());
        QVERIFY(dialog.rules() == SectorRuleTable::defaults());
    }

    void editsLabelAndRemovesAndRestores() {
        cw::widgets::SectorRulesDialog dialog(SectorRuleTable::defaults());
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        // Relabel the first rule (EV charging x IoT parking) as a duplication.
        auto* label = qobject_cast<QComboBox*>(table->cellWidget(0, 7));
        QVERIFY(label);
        label->setCurrentIndex(label->findData(int(cw::project::ZoneLabel::Duplication)));
        QCOMPARE(dialog.rules().rules().front().label, cw::project::ZoneLabel::Duplication);
        QCOMPARE(dialog.rules().rules().front().taskA, std::string("E2"));

        table->setCurrentCell(0, 0);
        for (auto* button : dialog.findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Remove rule"))
                button->click();
        QCOMPARE(dialog.rules().rules().size(), SectorRuleTable::defaults().rules().size() - 1);
        for (auto* button : dialog.findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Restore defaults"))
                button->click();
        QVERIFY(dialog.rules() == SectorRuleTable::defaults());
    }
};

QTEST_MAIN(SectorRulesDialogTest)
#include "test_sector_rules_dialog.moc"
