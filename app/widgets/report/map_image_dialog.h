// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_settings.h"
#include "render/render_layer.h"

#include <QDialog>
#include <memory>
#include <vector>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cw::widgets {

/// File > Export map image: the current view as PNG (chosen size and DPI) or SVG.
class MapImageDialog : public QDialog {
    Q_OBJECT

public:
    MapImageDialog(const render::MapSettings& view,
                   std::shared_ptr<const std::vector<render::RenderLayer>> layers,
                   QWidget* parent = nullptr);
    /// Writes the image with the dialog's choices; false (and a message box) on failure.
    bool exportTo(const QString& path);
    /// The view scaled to the chosen size and DPI: same centre, same ground extent across.
    render::MapSettings chosenSettings() const;

private:
    void accept() override;
    render::MapSettings m_view;
    std::shared_ptr<const std::vector<render::RenderLayer>> m_layers;
    QLineEdit* m_path;
    QComboBox* m_format;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
};

} // namespace cw::widgets
