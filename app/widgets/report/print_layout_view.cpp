// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/print_layout_view.h"

#include <QGraphicsObject>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace cw::widgets {
namespace {
constexpr double kHandleMm = 3;
constexpr double kMinSizeMm = 4;
using report::PrintLayoutPainter;

double snapMm(double v) {
    return std::round(v);
}
} // namespace

/// One layout item on the page. Maps are drawn into a cached image at the view's zoom, since
/// a map of many features takes longer than a frame of the drag that moves it.
class LayoutGraphicsItem : public QGraphicsObject {
public:
    LayoutGraphicsItem(PrintLayoutView& view, int index) : m_view(view), m_index(index) {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setPos(item().mm.topLeft());
        setAcceptHoverEvents(true);
    }
    const report::LayoutItem& item() const { return m_view.layout().items[std::size_t(m_index)]; }
    int index() const { return m_index; }
    void changed() {
        prepareGeometryChange();
        m_cache = QImage();
        setPos(item().mm.topLeft());
        update();
    }

    /// The resize handle, in the item's millimetres.
    QRectF handle() const {
        const QSizeF size = item().mm.size();
        return QRectF(size.width() - kHandleMm, size.height() - kHandleMm, kHandleMm, kHandleMm);
    }

    QRectF boundingRect() const override {
        return QRectF(QPointF(0, 0), item().mm.size()).adjusted(-0.5, -0.5, 0.5, 0.5);
    }

    void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*) override {
        const QSizeF size = item().mm.size();
        if (item().kind == report::LayoutItemKind::Map)
            paintCachedMap(*p, option->levelOfDetailFromTransform(p->worldTransform()));
        else {
            p->save();
            p->scale(1 / PrintLayoutPainter::kPointsPerMm, 1 / PrintLayoutPainter::kPointsPerMm);
            PrintLayoutPainter::paintItem(*p, m_view.layout(), item(), m_view.content());
            p->restore();
        }
        if (!isSelected()) {
            if (item().kind != report::LayoutItemKind::Map && !item().frame) {
                p->setPen(QPen(QColor(160, 160, 160), 0, Qt::DotLine));
                p->setBrush(Qt::NoBrush);
                p->drawRect(QRectF(QPointF(0, 0), size));
            }
            return;
        }
        p->setPen(QPen(QColor(30, 110, 220), 0, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(QPointF(0, 0), size));
        p->setBrush(QColor(30, 110, 220));
        p->drawRect(handle());
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override {
        if (change == ItemPositionChange && scene()) {
            // Whole millimetres, and the item stays on the page.
            const QSizeF page = m_view.layout().pageMm();
            const QSizeF size = item().mm.size();
            QPointF p = value.toPointF();
            p.setX(std::clamp(snapMm(p.x()), 0.0, std::max(0.0, page.width() - size.width())));
            p.setY(std::clamp(snapMm(p.y()), 0.0, std::max(0.0, page.height() - size.height())));
            return p;
        }
        if (change == ItemPositionHasChanged)
            m_view.itemMoved(m_index, QRectF(value.toPointF(), item().mm.size()));
        if (change == ItemSelectedHasChanged)
            update();
        return QGraphicsObject::itemChange(change, value);
    }

    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override {
        setCursor(isSelected() && handle().contains(event->pos()) ? Qt::SizeFDiagCursor
                                                                  : Qt::SizeAllCursor);
    }

private:
    void paintCachedMap(QPainter& p, double pixelsPerMm) {
        const QSizeF mm = item().mm.size();
        const QSize pixels = (mm * std::clamp(pixelsPerMm, 0.5, 12.0)).toSize();
        if (m_cache.size() != pixels) {
            m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            m_cache.fill(Qt::white);
            QPainter cache(&m_cache);
            cache.scale(pixels.width() / (mm.width() * PrintLayoutPainter::kPointsPerMm),
                        pixels.height() / (mm.height() * PrintLayoutPainter::kPointsPerMm));
            PrintLayoutPainter::paintItem(cache, m_view.layout(), item(), m_view.content());
        }
        p.drawImage(QRectF(QPointF(0, 0), mm), m_cache);
    }

    PrintLayoutView& m_view;
    int m_index;
    QImage m_cache;
};

PrintLayoutView::PrintLayoutView(QWidget* parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this)),
      m_content(std::make_shared<report::LayoutContent>()) {
    setObjectName(QStringLiteral("printLayoutView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing, true);
    setRenderHint(QPainter::TextAntialiasing, true);
    setBackgroundBrush(QColor(150, 150, 150));
    setDragMode(QGraphicsView::RubberBandDrag);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { emit selectionChanged(selectedIndex()); });
    rebuild();
}

PrintLayoutView::~PrintLayoutView() {
    // The scene deletes the items after this: no selection signal may reach them then.
    m_scene->disconnect(this);
    m_items.clear();
}

void PrintLayoutView::setContent(std::shared_ptr<const report::LayoutContent> content) {
    m_content = content ? std::move(content) : std::make_shared<report::LayoutContent>();
    rebuild();
}

void PrintLayoutView::setLayout(const report::PrintLayout& layout) {
    m_layout = layout;
    rebuild();
    fitPage();
}

int PrintLayoutView::selectedIndex() const {
    for (auto* item : m_items)
        if (item->isSelected())
            return item->index();
    return -1;
}

void PrintLayoutView::selectItem(int index) {
    m_scene->clearSelection();
    if (index >= 0 && index < int(m_items.size()))
        m_items[std::size_t(index)]->setSelected(true);
}

void PrintLayoutView::addItem(report::LayoutItemKind kind) {
    const QSizeF page = m_layout.pageMm();
    report::LayoutItem item;
    item.kind = kind;
    const QSizeF size = kind == report::LayoutItemKind::Map          ? page * 0.5
                        : kind == report::LayoutItemKind::NorthArrow ? QSizeF(16, 20)
                        : kind == report::LayoutItemKind::ScaleBar   ? QSizeF(60, 14)
                        : kind == report::LayoutItemKind::Legend     ? QSizeF(60, 60)
                        : kind == report::LayoutItemKind::Title      ? QSizeF(120, 12)
                                                                     : QSizeF(80, 20);
    item.fontPt = kind == report::LayoutItemKind::Title ? 20 : 9;
    item.mm = QRectF(
        QPointF((page.width() - size.width()) / 2, (page.height() - size.height()) / 2), size);
    m_layout.items.push_back(item);
    rebuild();
    selectItem(int(m_layout.items.size()) - 1);
}

void PrintLayoutView::removeSelected() {
    const int index = selectedIndex();
    if (index < 0)
        return;
    m_layout.items.erase(m_layout.items.begin() + index);
    rebuild();
    emit selectionChanged(-1);
}

void PrintLayoutView::setItem(int index, const report::LayoutItem& item) {
    if (index < 0 || index >= int(m_layout.items.size()))
        return;
    m_layout.items[std::size_t(index)] = item;
    // A scale bar follows its map: every item may change when one does.
    for (auto* graphics : m_items)
        graphics->changed();
}

void PrintLayoutView::itemMoved(int index, const QRectF& mm) {
    if (index < 0 || index >= int(m_layout.items.size()) ||
        m_layout.items[std::size_t(index)].mm == mm)
        return;
    const bool resized = m_layout.items[std::size_t(index)].mm.size() != mm.size();
    m_layout.items[std::size_t(index)].mm = mm;
    if (resized)
        for (auto* graphics : m_items)
            graphics->changed();
    emit layoutEdited();
}

void PrintLayoutView::setPage(report::Paper paper, bool landscape) {
    m_layout.paper = paper;
    m_layout.landscape = landscape;
    const QSizeF page = m_layout.pageMm();
    for (auto& item : m_layout.items) {
        item.mm.setWidth(std::min(item.mm.width(), page.width()));
        item.mm.setHeight(std::min(item.mm.height(), page.height()));
        item.mm.moveLeft(std::clamp(item.mm.left(), 0.0, page.width() - item.mm.width()));
        item.mm.moveTop(std::clamp(item.mm.top(), 0.0, page.height() - item.mm.height()));
    }
    rebuild();
    fitPage();
}

void PrintLayoutView::setMapExtent(const geometry::Envelope& extent) {
    m_layout.extent = extent;
    for (auto* graphics : m_items)
        graphics->changed();
}

void PrintLayoutView::mousePressEvent(QMouseEvent* event) {
    // The chosen item's handle takes the press even where another item lies over it.
    const int index = selectedIndex();
    const QPointF at = mapToScene(event->pos());
    if (event->button() == Qt::LeftButton && index >= 0) {
        const LayoutGraphicsItem* item = m_items[std::size_t(index)];
        if (item->handle().adjusted(-1, -1, 1, 1).contains(item->mapFromScene(at))) {
            m_resizing = index;
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void PrintLayoutView::mouseMoveEvent(QMouseEvent* event) {
    if (m_resizing < 0) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QSizeF page = m_layout.pageMm();
    const QRectF mm = m_layout.items[std::size_t(m_resizing)].mm;
    const QPointF at = mapToScene(event->pos());
    const double w = std::clamp(snapMm(at.x() - mm.left()), kMinSizeMm, page.width() - mm.left());
    const double h = std::clamp(snapMm(at.y() - mm.top()), kMinSizeMm, page.height() - mm.top());
    itemMoved(m_resizing, QRectF(mm.topLeft(), QSizeF(w, h)));
}

void PrintLayoutView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_resizing >= 0) {
        m_resizing = -1;
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PrintLayoutView::fitPage() {
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void PrintLayoutView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    fitPage();
}

void PrintLayoutView::rebuild() {
    const int selected = selectedIndex();
    m_items.clear(); // before the scene deletes them: clearing it reports the selection
    m_scene->clear();
    const QSizeF page = m_layout.pageMm();
    // The page and a margin of grey around it.
    m_scene->setSceneRect(QRectF(QPointF(-8, -8), page + QSizeF(16, 16)));
    auto* sheet = m_scene->addRect(QRectF(QPointF(0, 0), page), QPen(Qt::NoPen), Qt::white);
    sheet->setZValue(-1);
    for (std::size_t i = 0; i < m_layout.items.size(); ++i) {
        auto* item = new LayoutGraphicsItem(*this, int(i));
        m_scene->addItem(item);
        m_items.push_back(item);
    }
    if (selected >= 0 && selected < int(m_items.size()))
        m_items[std::size_t(selected)]->setSelected(true);
}

} // namespace cw::widgets
