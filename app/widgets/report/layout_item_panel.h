// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/print_layout.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace cw::widgets {

/// The chosen layout item's place and size (mm), text, font size and frame; edits are sent
/// back at once.
class LayoutItemPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayoutItemPanel(QWidget* parent = nullptr);
    /// Shows `item`, or nothing (disabled) when `item` is null.
    void showItem(const report::LayoutItem* item);
    /// The kind's name as the user reads it ("Map", "Scale bar").
    static QString kindName(report::LayoutItemKind kind);

signals:
    void edited(const report::LayoutItem& item);

private:
    void emitEdited();

    report::LayoutItem m_item;
    bool m_filling = false;
    QLabel* m_kind;
    QDoubleSpinBox* m_x;
    QDoubleSpinBox* m_y;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QPlainTextEdit* m_text;
    QDoubleSpinBox* m_font;
    QCheckBox* m_frame;
};

} // namespace cw::widgets
