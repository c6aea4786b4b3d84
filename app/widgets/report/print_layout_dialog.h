// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/geometry/envelope.h"
#include "report/print_layout.h"
#include "report/print_layout_painter.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLineEdit;
class QToolBar;

namespace cw::widgets {

class LayoutItemPanel;
class PrintLayoutView;

/// The print layout view: the user places the map, legend, scale bar, north arrow, title and
/// text on a page, saves the arrangement by name in the project file, and exports it as a PDF
/// or an image (in the background, cancellable).
class PrintLayoutDialog : public QDialog {
    Q_OBJECT

public:
    /// `projectPath`: where layouts are saved (empty: the project is not saved yet);
    /// `mapView`: the main map's extent, which "Use the map's view" copies.
    PrintLayoutDialog(const QString& projectPath,
                      std::shared_ptr<const report::LayoutContent> content,
                      const geometry::Envelope& mapView, QWidget* parent = nullptr);

    PrintLayoutView& view() const { return *m_view; }
    /// Saves the layout under the name field's name; false (said why) when it could not.
    bool saveLayout();
    /// Loads the saved layout `name`; false when the project has none by that name.
    bool loadLayout(const QString& name);
    /// Writes the layout to `path` (PDF, or an image by its extension) and waits for it;
    /// the error, or empty.
    QString exportTo(const QString& path);

private:
    void buildToolbar(QToolBar& bar);
    QWidget* buildSidePanel();
    void refreshSavedLayouts();
    void chooseExportFile(bool pdf);

    QString m_projectPath;
    std::shared_ptr<const report::LayoutContent> m_content;
    geometry::Envelope m_mapView;
    PrintLayoutView* m_view;
    LayoutItemPanel* m_itemPanel;
    QComboBox* m_saved = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_orientation = nullptr;
};

} // namespace cw::widgets
