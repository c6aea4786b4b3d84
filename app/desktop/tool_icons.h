// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace cw::desktop {

/// The map toolbar's icons, drawn rather than shipped (a hand, magnifiers, a box, an "i", an
/// arrow, a ruler, a polygon) so that they scale and need no resource files. Keyed by the
/// action's object name; an unknown name gives an empty icon.
QIcon toolIcon(const QString& actionName);

} // namespace cw::desktop
