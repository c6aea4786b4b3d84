// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/compliance/compliance_row.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace cw::widgets {

/// The sandbox compliance dock's content: a summary line, a filter by kind, the rows (icon,
/// kind, project, zone, reason), progress with Cancel while a check runs, and a note for what
/// stopped it. It only shows state and reports the user's wishes; the controller runs checks.
class CompliancePanel : public QWidget {
    Q_OBJECT

public:
    explicit CompliancePanel(QWidget* parent = nullptr);
    QSize sizeHint() const override { return {560, 220}; }

    /// Replaces the rows; the selected row stays selected (without rowSelected) when an equal
    /// one is still there.
    void setRows(std::vector<ComplianceRow> rows, const QString& summary);
    const std::vector<ComplianceRow>& rows() const { return m_rows; }
    QString summaryText() const;
    QString noteText() const;
    /// Rows the filter lets through.
    int visibleRowCount() const;
    /// Index into rows(), or -1.
    int selectedRow() const;
    void selectRow(int row);

public slots:
    void setRunning(const QString& what);
    void setProgress(double fraction, const QString& what);
    void setIdle();
    /// Why there are no (fresh) results: unsaved project, failure, cancel. Empty hides it.
    void setNote(const QString& note);

signals:
    /// The user picked a row (index into rows()), or -1 when the selection went away.
    void rowSelected(int row);
    void runRequested();
    void cancelRequested();

private:
    void applyFilter();
    void onSelectionChanged();

    std::vector<ComplianceRow> m_rows;
    QLabel* m_summary;
    QComboBox* m_filter;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_note;
    QTreeWidget* m_list;
    bool m_filling = false; // selection signals while rows are replaced are not the user's
};

} // namespace cw::widgets
