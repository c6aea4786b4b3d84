// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/data/vector_layer.h"

#include <QDialog>
#include <memory>

namespace cw::widgets {

/// A sortable table of a layer's attributes, non-modal so the map stays usable beside it.
class AttributeTableDialog : public QDialog {
    Q_OBJECT

public:
    AttributeTableDialog(const QString& layerName, std::shared_ptr<const data::VectorLayer> layer,
                         QWidget* parent = nullptr);
};

} // namespace cw::widgets
