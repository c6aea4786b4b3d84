// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"
#include "cityweave/project/project.h"
#include "cityweave/style/layer_style.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace cw::widgets {

/// A layer's properties as a QGIS user expects them: its name (Korean and English); a single
/// symbol (fill, outline and width, point symbol and size), or categories by a field's values,
/// or graduated classes of a numeric field (equal intervals or quantiles) with an editable
/// legend; labels by a field with a placement (overlapping labels are left out); opacity and
/// the scale range it is drawn in. Apply or OK hands the result to whoever opened it.
class LayerPropertiesDialog : public QDialog {
    Q_OBJECT

public:
    LayerPropertiesDialog(const project::LayerEntry& entry,
                          std::shared_ptr<const data::VectorLayer> data, const QString& language,
                          QWidget* parent = nullptr);

    style::LayerStyle style() const;
    project::LocalizedText name() const;
    /// Fills the classes from the field's values, as the Classify button does.
    void classify();

    QComboBox& kindBox() const { return *m_kind; }
    QComboBox& classifyFieldBox() const { return *m_field; }
    QComboBox& labelFieldBox() const { return *m_labelField; }
    QTableWidget& classTable() const { return *m_classes; }

signals:
    void applied();

private:
    QWidget* buildSymbology();
    QWidget* buildLabels();
    QWidget* buildRendering();
    void setStyle(const style::LayerStyle& style);
    void showClasses();
    void setSwatch(QToolButton* button, style::Rgba colour);

    project::LayerEntry m_entry;
    std::shared_ptr<const data::VectorLayer> m_data;
    QString m_language;
    std::vector<style::StyleClass> m_classList;
    style::Rgba m_fill, m_stroke;

    QLineEdit* m_nameKo;
    QLineEdit* m_nameEn;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QToolButton* m_fillButton;
    QToolButton* m_strokeButton;
    QDoubleSpinBox* m_strokeWidth;
    QComboBox* m_symbol;
    QDoubleSpinBox* m_pointSize;
    QComboBox* m_field;
    QSpinBox* m_classCount;
    QComboBox* m_method;
    QTableWidget* m_classes;
    QComboBox* m_labelField;
    QComboBox* m_placement;
    QSlider* m_opacity;
    QSpinBox* m_minScale;
    QSpinBox* m_maxScale;
};

} // namespace cw::widgets
