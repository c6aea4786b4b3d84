// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/layer_reader.h"
#include "cityweave/data/layer_source.h"

#include <QWidget>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cw::widgets {

class TablePreviewModel;

/// How a CSV/TSV/XLSX table will be read, shown and overridable: encoding, sheet, header row,
/// the columns holding the positions, the CRS of their values and the rows without a usable
/// position, with a preview of the first rows as they will be read. Every change previews
/// the table again on a worker thread.
class TableSourcePanel : public QWidget {
    Q_OBJECT

public:
    explicit TableSourcePanel(QWidget* parent = nullptr);

    /// Starts over with `path`: every choice back to "detect".
    void setPath(const QString& path);
    /// What the user set; whatever is left empty is detected again on every load (so a file
    /// replaced by next month's release is read afresh).
    const data::LayerSource& choices() const { return m_choice; }
    /// The last preview, with what was detected.
    const std::optional<data::TablePreview>& preview() const { return m_preview; }
    bool isBusy() const { return m_busy; }
    /// True when the table can be added as chosen: previewed, with positions (or read as a
    /// plain table on purpose) and the CRS of the values known.
    bool isReady() const;
    /// Why it cannot be added yet (translated), or empty.
    QString message() const;

    /// Keeps `column` as text (codes) or lets its values decide, as the column header's menu
    /// does (also for tests).
    void setKeptAsText(const std::string& column, bool keep);
    /// Sets the CRS of the coordinate values, as if chosen in the list (also for tests).
    void setValuesCrs(const QString& crs);

signals:
    /// A preview started or arrived: isReady() and message() may have changed.
    void stateChanged();

private:
    struct Outcome {
        std::optional<data::TablePreview> preview;
        std::optional<Error> error;
    };
    void buildForm();
    void connectControls();
    void refresh();
    void applyOutcome(Outcome outcome);
    void fillControls();
    void fillColumnPickers();
    void fillCrs();
    void fillNotes();
    void fillBadRows();
    void geometryModeChanged();
    void xyChanged();
    void wktChanged();
    void pickCrs();
    void columnMenu(int column, const QPoint& pos);

    data::LayerSource m_choice;
    std::optional<data::TablePreview> m_preview;
    std::optional<Error> m_error;
    QString m_waiting;                     // a choice that must be made before previewing again
    std::vector<std::string> m_candidates; // CRSs the values fit, from the last detection
    QStringList m_otherCrs;                // chosen with the CRS picker, kept in the list
    quint64 m_serial = 0;
    bool m_busy = false;

    QFormLayout* m_form;
    QComboBox* m_encoding;
    QLabel* m_encodingNote;
    QComboBox* m_sheet;
    QSpinBox* m_headerRow;
    QCheckBox* m_noHeader;
    QLabel* m_headerNote;
    QComboBox* m_geometry;
    QLabel* m_xLabel;
    QComboBox* m_x;
    QLabel* m_yLabel;
    QComboBox* m_y;
    QLabel* m_wktLabel;
    QComboBox* m_wkt;
    QComboBox* m_crs;
    QPushButton* m_crsButton;
    QLabel* m_crsNote;
    QLabel* m_notes;
    QLabel* m_badRows;
    QCheckBox* m_dropBadRows;
    QLabel* m_previewLabel;
    TablePreviewModel* m_model;
    QTableView* m_view;
};

} // namespace cw::widgets
