// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/parameter.h"
#include "cityweave/data/attribute.h"
#include "cityweave/geometry/geometry_store.h"

#include <QWidget>
#include <map>
#include <string>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;

namespace cw::widgets {

/// A layer of the project a Layer parameter may name, with what its pickers need.
struct LayerOption {
    QString id;
    QString name; ///< in the user's language
    geometry::GeometryFamily family = geometry::GeometryFamily::Unknown;
    std::vector<data::Field> fields;
    /// A layer of a project (its footprint), not a base layer: never a default zone layer.
    bool ofProject = false;
};

/// An editor per parameter, generated from an analysis's parameter specs: spin boxes with the
/// range and unit for numbers, a check box for flags, a list of translated labels for choices,
/// a layer picker (the project's layers of the geometry the parameter takes) for layers, a
/// field picker (the fields of the layer chosen beside it) for fields, a line for text.
/// A zone layer picker starts on a layer that looks like districts, a boundary picker on one
/// that looks like an outline; while no zone layer is chosen a warning says that a grid over
/// the bounding box will be used. Each editor's object name is its parameter key.
class ParameterForm : public QWidget {
    Q_OBJECT

public:
    explicit ParameterForm(QWidget* parent = nullptr);

    /// Rebuilds the editors; `language` ("ko"/"en") picks the labels and tooltips.
    void setParameters(const std::vector<analysis::ParameterSpec>& specs, const QString& language);
    /// The layers the layer pickers offer. A choice the user made stays while its layer does.
    void setLayers(std::vector<LayerOption> layers);
    /// The values as text in each type's syntax, ready for ParameterValues::resolve.
    std::map<std::string, std::string> values() const;
    void resetToDefaults();
    /// The editor of `key`, or null.
    QWidget* editor(const QString& key) const;
    bool isEmpty() const { return m_specs.empty(); }
    /// The grid warning, or null when the analysis has no zone layer parameter.
    QLabel* gridWarning() const { return m_gridWarning; }

private:
    QWidget* makeEditor(const analysis::ParameterSpec& spec);
    void setEditorValue(QWidget* editor, const analysis::ParameterSpec& spec,
                        const std::string& text);
    void fillLayerPicker(QComboBox* box, const analysis::ParameterSpec& spec);
    void fillFieldPicker(QComboBox* box, const analysis::ParameterSpec& spec);
    QString defaultLayer(const analysis::ParameterSpec& spec) const;
    const LayerOption* layer(const QString& id) const;
    QString valueOf(const QString& key) const;
    void updateGridWarning();

    QFormLayout* m_layout;
    QString m_language;
    std::vector<analysis::ParameterSpec> m_specs;
    std::vector<QWidget*> m_editors;
    std::vector<LayerOption> m_layers;
    QLabel* m_gridWarning = nullptr;
};

} // namespace cw::widgets
