// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_writer.h"

#include "report/pdf_file.h"
#include "report/report_fonts.h"
#include "report/sections.h"

#include <QFileInfo>

namespace cw::report {
namespace {

using SectionWriter = void (*)(ReportContext&);

SectionWriter writerFor(Section s) {
    switch (s) {
    case Section::Cover:
        return writeCover;
    case Section::OverviewMap:
        return writeOverviewMap;
    case Section::Registry:
        return writeRegistry;
    case Section::Planning:
        return writePlanning;
    case Section::OverlapMatrix:
        return writeOverlapMatrix;
    case Section::Zones:
        return writeZoneAtlas;
    case Section::Rollup:
        return writeRollup;
    case Section::OtherAnalyses:
        return writeOtherAnalyses;
    case Section::Charts:
        return writeCharts;
    case Section::Methods:
        return writeMethods;
    }
    return nullptr;
}

QString reportTitle(const ReportData& data, const ReportTemplate& tmpl, const ReportText& text) {
    return tmpl.title.isEmpty() ? text.pick(data.project.title.ko, data.project.title.en)
                                : tmpl.title;
}

} // namespace

QSizeF ReportWriter::pagePoints(const ReportTemplate& tmpl) {
    const QSizeF size = tmpl.pageSize().size(QPageSize::Point);
    return tmpl.landscape ? size.transposed() : size;
}

int ReportWriter::writeSections(PageDevice& device, const ReportData& data,
                                const ReportTemplate& tmpl, const ProgressFn& progress,
                                const CancelToken& cancel, bool* ok) {
    const ReportText text(tmpl.language);
    PageStream pages(device, pagePoints(tmpl), reportTitle(data, tmpl, text));
    ReportContext ctx{pages, data, tmpl, text, cancel};
    int done = 0, total = 0;
    for (Section s : kAllSections)
        total += tmpl.has(s) ? 1 : 0;
    for (Section s : kAllSections) {
        if (!tmpl.has(s) || cancel.isCancelled())
            continue;
        writerFor(s)(ctx);
        if (progress)
            progress(double(++done) / std::max(total, 1));
    }
    if (total == 0)
        pages.paragraph(text.t(QT_TRANSLATE_NOOP("Report", "No section is selected.")));
    *ok = pages.finish() && !cancel.isCancelled();
    return pages.pageNumber();
}

Result<ReportOutcome> ReportWriter::writePdf(const ReportData& data, const ReportTemplate& tmpl,
                                             const QString& path, const ProgressFn& progress,
                                             const CancelToken& cancel) {
    const ReportText text(tmpl.language);
    ReportOutcome outcome;
    const Status written = writePdfFile(
        path, {tmpl.pageSize(), tmpl.orientation(), reportTitle(data, tmpl, text)},
        [&](PdfPageDevice& device) {
            bool ok = false;
            outcome.pages = writeSections(device, data, tmpl, progress, cancel, &ok);
            return ok;
        },
        cancel);
    if (!written)
        return written.error();
    outcome.bytes = QFileInfo(path).size();
    return outcome;
}

Result<ReportOutcome> ReportWriter::renderPages(const ReportData& data, const ReportTemplate& tmpl,
                                                double dpi, const ImagePageDevice::Sink& sink,
                                                const CancelToken& cancel) {
    if (ReportFonts::family().isEmpty())
        return ReportFonts::missing(QString());
    ImagePageDevice device(pagePoints(tmpl), dpi, sink);
    ReportOutcome outcome;
    bool ok = false;
    outcome.pages = writeSections(device, data, tmpl, {}, cancel, &ok);
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled);
    return outcome;
}

} // namespace cw::report
