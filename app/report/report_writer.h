// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/core/progress.h"
#include "report/page_device.h"
#include "report/report_data.h"
#include "report/report_template.h"

#include <QString>

namespace cw::report {

/// What a finished report was.
struct ReportOutcome {
    int pages = 0;
    qint64 bytes = 0;
};

/// Writes a report: each enabled section in order, streamed page by page to the device.
class ReportWriter {
public:
    /// The PDF at `path`, written to a temporary file in the same folder and renamed on
    /// success; a failure or a cancel leaves nothing under `path`. Progress goes 0..1.
    static Result<ReportOutcome> writePdf(const ReportData& data, const ReportTemplate& tmpl,
                                          const QString& path, const ProgressFn& progress = {},
                                          const CancelToken& cancel = {});
    /// The same pages as images at `dpi`, handed to `sink` one by one (a preview).
    static Result<ReportOutcome> renderPages(const ReportData& data, const ReportTemplate& tmpl,
                                             double dpi, const ImagePageDevice::Sink& sink,
                                             const CancelToken& cancel = {});
    /// Page size in points for a template (orientation applied).
    static QSizeF pagePoints(const ReportTemplate& tmpl);

private:
    static int writeSections(PageDevice& device, const ReportData& data, const ReportTemplate& tmpl,
                             const ProgressFn& progress, const CancelToken& cancel, bool* ok);
};

} // namespace cw::report
