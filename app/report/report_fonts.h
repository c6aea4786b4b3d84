// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"

#include <QFont>
#include <QString>

namespace cw::report {

/// The report's one font family, chosen explicitly so the PDF embeds a font with Hangul
/// (and text stays text) instead of whatever fontconfig falls back to.
class ReportFonts {
public:
    /// The first installed family of NanumGothic, Noto Sans CJK KR, NanumBarunGothic; empty
    /// when none is installed (the caller must refuse to write rather than draw boxes).
    static QString family();
    /// `points` is in PDF points (the report paints at 72 units per inch).
    static QFont font(double points, bool bold = false);
    /// Why `path` cannot be written when family() is empty.
    static Error missing(const QString& path);
};

} // namespace cw::report
