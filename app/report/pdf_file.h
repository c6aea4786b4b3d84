// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <functional>

namespace cw::report {

class PdfPageDevice;

/// The page format and title of a PDF to write.
struct PdfPages {
    QPageSize size;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString title;
};

/// Writes a PDF to `path` all or nothing: `paint` draws the pages and ends the last one
/// (PageDevice::finish), returning false if it could not, on a PDF device over a temporary file,
/// which is then copied into place with the embedded fonts marked as subsets. A failure or a cancel
/// leaves any older file at `path` untouched; with no Hangul font the write is refused before
/// anything is made.
Status writePdfFile(const QString& path, const PdfPages& pages,
                    const std::function<bool(PdfPageDevice&)>& paint, const CancelToken& cancel);

} // namespace cw::report
