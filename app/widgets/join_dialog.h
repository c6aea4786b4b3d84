// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/code_join.h"

#include <QDialog>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cw::widgets {

/// A layer the join dialog can take as the table or the boundaries.
struct JoinInput {
    QString name;
    std::shared_ptr<const data::VectorLayer> data;
    QString path; ///< the file it was read from (names the output); may be empty
};

/// Joins a table (statistics per 자치구 or 법정동, read from a file or a loaded layer) to a
/// boundary layer by code: pick the two key columns and the code conversion, see what matched
/// and which codes did not on either side, and on OK write the boundaries with the table's
/// columns to a GeoPackage that the caller adds as a layer.
class JoinDialog : public QDialog {
    Q_OBJECT

public:
    /// `layers`: the project's loaded layers (polygon ones are offered as boundaries);
    /// `outputDir`: where the result goes unless the user picks another file.
    JoinDialog(std::vector<JoinInput> layers, const QString& outputDir, QWidget* parent = nullptr);

    /// Reads a table file and selects it as the table; false (with the reason shown) on failure.
    bool addTableFile(const QString& path);
    /// The last join, if the keys were valid.
    const std::optional<data::CodeJoinResult>& joinResult() const { return m_result; }
    /// The GeoPackage written on OK, its layer, and a name for the layer in the project.
    QString outputPath() const;
    static QString outputLayer() { return QStringLiteral("joined"); }
    QString layerTitle() const;

    void accept() override;

private:
    void buildForm();
    void browseTable();
    void browseOutput();
    void tableChanged();
    void boundariesChanged();
    void run();
    void updateOutputPath();
    const JoinInput* table() const;
    const JoinInput* boundaries() const;

    std::vector<JoinInput> m_inputs;
    QString m_outputDir;
    bool m_outputEdited = false;
    std::optional<data::CodeJoinResult> m_result;

    QComboBox* m_table;
    QComboBox* m_tableKey;
    QComboBox* m_boundaries;
    QComboBox* m_boundaryKey;
    QComboBox* m_conversion;
    QLabel* m_summary;
    QLabel* m_tableMissesLabel;
    QListWidget* m_tableMisses;
    QLabel* m_boundaryMissesLabel;
    QListWidget* m_boundaryMisses;
    QLineEdit* m_output;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace cw::widgets
