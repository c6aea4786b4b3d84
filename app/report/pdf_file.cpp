// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf_file.h"

#include "report/page_device.h"
#include "report/pdf_subset_tagger.h"
#include "report/report_fonts.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

namespace cw::report {
namespace {

Error writeFailed(const QString& path, const QString& why) {
    return makeError(ErrorCode::OutputWriteFailed, {path.toStdString()}, why.toStdString());
}

} // namespace

Status writePdfFile(const QString& path, const PdfPages& pages,
                    const std::function<bool(PdfPageDevice&)>& paint, const CancelToken& cancel) {
    if (ReportFonts::family().isEmpty())
        return ReportFonts::missing(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    // Qt writes the pages; the copy into place then marks the embedded fonts as subsets.
    QTemporaryFile temporary(QDir::tempPath() + QStringLiteral("/cityweave-pdf-XXXXXX.pdf"));
    if (!temporary.open()) {
        file.cancelWriting();
        return writeFailed(path, temporary.errorString());
    }
    bool painted = false;
    {
        PdfPageDevice device(temporary, pages.size, pages.orientation, pages.title);
        painted = paint(device);
    }
    if (cancel.isCancelled()) {
        file.cancelWriting();
        return makeError(ErrorCode::Cancelled);
    }
    if (!painted || !temporary.flush() || !PdfSubsetTagger::copy(temporary, file) ||
        !file.commit()) {
        file.cancelWriting();
        return writeFailed(path, file.errorString());
    }
    return Ok{};
}

} // namespace cw::report
