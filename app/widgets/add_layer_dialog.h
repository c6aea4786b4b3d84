// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/layer_reader.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cw::widgets {

/// What the user chose to add: a layer of a source, with the encoding and CRS to apply.
struct LayerChoice {
    QString path;
    QString layerName;
    QString encoding; ///< empty: detect when reading
    QString crs;      ///< empty: the source's own
};

/// Chooses a vector source and one of its layers, previewing its first rows in the chosen
/// text encoding (legacy Korean shapefiles are often CP949) and asking for a CRS when it has none.
class AddLayerDialog : public QDialog {
    Q_OBJECT

public:
    explicit AddLayerDialog(const QString& startDir = {}, QWidget* parent = nullptr);

    LayerChoice choice() const;
    /// Opens `path` as if chosen with the file dialog (also for tests).
    void setPath(const QString& path);

private:
    void browse();
    void layerChanged();
    void refreshPreview();
    void pickCrs();
    void updateOk();
    bool isLegacyTextSource() const;

    QString m_startDir;
    QLineEdit* m_path;
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
};

} // namespace cw::widgets
