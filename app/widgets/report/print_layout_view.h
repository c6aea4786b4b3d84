// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/print_layout.h"
#include "report/print_layout_painter.h"

#include <QGraphicsView>
#include <memory>

class QGraphicsScene;

namespace cw::widgets {

class LayoutGraphicsItem;

/// The page of a print layout on screen, in millimetres: items are drawn by the same painter
/// as the exported PDF, moved by dragging (snapped to whole millimetres), resized by the
/// bottom-right handle of the chosen one, and chosen with a click. The layout it holds is the one
/// saved.
class PrintLayoutView : public QGraphicsView {
    Q_OBJECT

public:
    explicit PrintLayoutView(QWidget* parent = nullptr);
    ~PrintLayoutView() override;

    void setContent(std::shared_ptr<const report::LayoutContent> content);
    const report::LayoutContent& content() const { return *m_content; }
    void setLayout(const report::PrintLayout& layout);
    const report::PrintLayout& layout() const { return m_layout; }

    /// The chosen item's index in layout().items, or -1.
    int selectedIndex() const;
    void selectItem(int index);
    /// Adds an item of `kind` at a default place and size, and chooses it.
    void addItem(report::LayoutItemKind kind);
    void removeSelected();
    /// Replaces item `index` (its place, text, font and frame) and redraws it.
    void setItem(int index, const report::LayoutItem& item);
    /// Page size and orientation; items beyond the new page are pulled back onto it.
    void setPage(report::Paper paper, bool landscape);
    void setMapExtent(const geometry::Envelope& extent);
    /// Fits the whole page into the view.
    void fitPage();

    /// Called by an item when the user moved or resized it.
    void itemMoved(int index, const QRectF& mm);

signals:
    void selectionChanged(int index);
    /// The layout changed by the user's hand (an item moved or resized).
    void layoutEdited();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void rebuild();

    QGraphicsScene* m_scene;
    report::PrintLayout m_layout;
    std::shared_ptr<const report::LayoutContent> m_content;
    std::vector<LayoutGraphicsItem*> m_items;
    int m_resizing = -1; ///< the item whose handle is being dragged
};

} // namespace cw::widgets
