// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/analysis/parameter.h"

#include <QWidget>
#include <map>
#include <string>
#include <vector>

class QFormLayout;

namespace cw::widgets {

/// An editor per parameter, generated from an analysis's parameter specs: spin boxes with the
/// range and unit for numbers, a check box for flags, a list for choices, a line for text.
/// Each editor's object name is its parameter key, so tests and tools can find it.
class ParameterForm : public QWidget {
    Q_OBJECT

public:
    explicit ParameterForm(QWidget* parent = nullptr);

    /// Rebuilds the editors; `language` ("ko"/"en") picks the labels and tooltips.
    void setParameters(const std::vector<analysis::ParameterSpec>& specs, const QString& language);
    /// The values as text in each type's syntax, ready for ParameterValues::resolve.
    std::map<std::string, std::string> values() const;
    void resetToDefaults();
    /// The editor of `key`, or null.
    QWidget* editor(const QString& key) const;
    bool isEmpty() const { return m_specs.empty(); }

private:
    QWidget* makeEditor(const analysis::ParameterSpec& spec);
    static void setEditorValue(QWidget* editor, const analysis::ParameterSpec& spec,
                               const std::string& text);

    QFormLayout* m_layout;
    std::vector<analysis::ParameterSpec> m_specs;
    std::vector<QWidget*> m_editors;
};

} // namespace cw::widgets
