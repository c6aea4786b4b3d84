// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/layout_item_panel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace cw::widgets {

LayoutItemPanel::LayoutItemPanel(QWidget* parent)
    : QWidget(parent), m_kind(new QLabel(this)), m_x(new QDoubleSpinBox(this)),
      m_y(new QDoubleSpinBox(this)), m_width(new QDoubleSpinBox(this)),
      m_height(new QDoubleSpinBox(this)), m_text(new QPlainTextEdit(this)),
      m_font(new QDoubleSpinBox(this)), m_frame(new QCheckBox(tr("Frame"), this)) {
    const std::pair<QDoubleSpinBox*, const char*> boxes[] = {
        {m_x, "itemX"}, {m_y, "itemY"}, {m_width, "itemWidth"}, {m_height, "itemHeight"}};
    for (auto [box, name] : boxes) {
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, 420);
        box->setDecimals(0);
        box->setSuffix(tr(" mm"));
        connect(box, &QDoubleSpinBox::valueChanged, this, &LayoutItemPanel::emitEdited);
    }
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setMaximumHeight(90);
    m_text->setPlaceholderText(tr("Empty: the project's title"));
    connect(m_text, &QPlainTextEdit::textChanged, this, &LayoutItemPanel::emitEdited);
    m_font->setObjectName(QStringLiteral("itemFont"));
    m_font->setRange(4, 96);
    m_font->setDecimals(1);
    m_font->setSuffix(tr(" pt"));
    connect(m_font, &QDoubleSpinBox::valueChanged, this, &LayoutItemPanel::emitEdited);
    connect(m_frame, &QCheckBox::toggled, this, &LayoutItemPanel::emitEdited);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Item:"), m_kind);
    form->addRow(tr("Left:"), m_x);
    form->addRow(tr("Top:"), m_y);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("Font size:"), m_font);
    form->addRow(QString(), m_frame);
    showItem(nullptr);
}

QString LayoutItemPanel::kindName(report::LayoutItemKind kind) {
    switch (kind) {
    case report::LayoutItemKind::Map:
        return tr("Map");
    case report::LayoutItemKind::Legend:
        return tr("Legend");
    case report::LayoutItemKind::ScaleBar:
        return tr("Scale bar");
    case report::LayoutItemKind::NorthArrow:
        return tr("North arrow");
    case report::LayoutItemKind::Title:
        return tr("Title");
    case report::LayoutItemKind::Text:
        return tr("Text");
    }
    return {};
}

void LayoutItemPanel::showItem(const report::LayoutItem* item) {
    m_filling = true;
    setEnabled(item != nullptr);
    if (item) {
        m_item = *item;
        m_kind->setText(kindName(item->kind));
        m_x->setValue(item->mm.x());
        m_y->setValue(item->mm.y());
        m_width->setValue(item->mm.width());
        m_height->setValue(item->mm.height());
        const bool hasText = item->kind == report::LayoutItemKind::Title ||
                             item->kind == report::LayoutItemKind::Text;
        m_text->setEnabled(hasText);
        m_text->setPlainText(hasText ? item->text : QString());
        m_font->setValue(item->fontPt);
        m_frame->setChecked(item->frame || item->kind == report::LayoutItemKind::Map);
        m_frame->setEnabled(item->kind != report::LayoutItemKind::Map);
    } else {
        m_kind->setText(tr("(click an item on the page)"));
        m_text->clear();
    }
    m_filling = false;
}

void LayoutItemPanel::emitEdited() {
    if (m_filling || !isEnabled())
        return;
    m_item.mm = QRectF(m_x->value(), m_y->value(), std::max(4.0, m_width->value()),
                       std::max(4.0, m_height->value()));
    if (m_text->isEnabled())
        m_item.text = m_text->toPlainText();
    m_item.fontPt = m_font->value();
    if (m_item.kind != report::LayoutItemKind::Map)
        m_item.frame = m_frame->isChecked();
    emit edited(m_item);
}

} // namespace cw::widgets
