// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/layer_reader.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace cw::widgets {

class TableSourcePanel;

/// What the user chose to add: a layer of a source, with the encoding and CRS to apply.
struct LayerChoice {
    QString path;
    QString layerName;        ///< a layer, or a spreadsheet's sheet; empty: the first
    QString encoding;         ///< empty: detect when reading
    QString crs;              ///< empty: the source's own (for a table: detect from the values)
    data::TableOptions table; ///< for a CSV/TSV/XLSX table: what the user set; defaults: detect
};

/// Chooses a vector source and one of its layers, previewing its first rows in the chosen
/// text encoding (legacy Korean shapefiles are often CP949) and asking for a CRS when it has none.
/// A table (CSV, TSV, XLSX, ODS) is shown as it will be read, with every detection overridable
/// (TableSourcePanel); OK stays disabled while it would load without positions by accident.
class AddLayerDialog : public QDialog {
    Q_OBJECT

public:
    explicit AddLayerDialog(const QString& startDir = {}, QWidget* parent = nullptr);

    LayerChoice choice() const;
    /// What to add: the chosen layer, or every layer with geometry when "All layers" is chosen
    /// in a file of several.
    std::vector<LayerChoice> choices() const;
    /// Opens `path` as if chosen with the file dialog (also for tests).
    void setPath(const QString& path);
    bool isTable() const;
    /// The table panel (shown for tables only).
    TableSourcePanel& tablePanel() const { return *m_table; }

private:
    void browse();
    void layerChanged();
    void refreshPreview();
    void pickCrs();
    void updateOk();
    bool isLegacyTextSource() const;
    /// "All layers" is chosen (the entry after the file's layers).
    bool allLayersChosen() const;
    std::vector<std::size_t> spatialLayers() const;

    QString m_startDir;
    QLineEdit* m_path;
    QStackedWidget* m_pages;
    TableSourcePanel* m_table;
    QComboBox* m_layers;
    QLabel* m_crsLabel;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QTableWidget* m_preview;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    std::vector<data::LayerSummary> m_summaries;
    QString m_detectedEncoding;
    QString m_crsOverride;
    QString m_shownPath; ///< the path the dialog shows, so re-confirming it reads nothing again
};

} // namespace cw::widgets
