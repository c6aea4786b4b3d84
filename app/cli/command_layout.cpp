// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_context.h"
#include "cli/results_option.h"
#include "report/print_layout_painter.h"
#include "report/print_layouts.h"
#include "report/report_data.h"
#include "report/report_fonts.h"
#include "report/report_text.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace cw::cli {

// cityweave-cli layout PROJECT --out FILE.pdf|.png [--name NAME] [--dpi N]: the print layout
// saved in the project under NAME (or the standard one), drawn as the GUI's layout view does.
int runLayout(CliContext& ctx) {
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    if (out.isEmpty())
        return ctx.usage(CliContext::tr("layout needs --out layout.pdf (or .png)."));
    if (report::ReportFonts::family().isEmpty()) {
        ctx.err << CliContext::tr("Error: no font with Hangul is installed, so the layout "
                                  "cannot be written. Install NanumGothic (fonts-nanum) or "
                                  "Noto Sans CJK KR.")
                << Qt::endl;
        return kFailure;
    }
    QElapsedTimer timer;
    timer.start();
    if (ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("layout needs a PROJECT file."));
    const QString projectPath = ctx.args.takeFirst();
    const QString name = ctx.takeOption(QStringLiteral("--name"));
    const QString dpiText = ctx.takeOption(QStringLiteral("--dpi"));
    bool dpiOk = true;
    const double dpi = dpiText.isEmpty() ? 200 : dpiText.toDouble(&dpiOk);
    if (!dpiOk || dpi < 24 || dpi > 1200)
        return ctx.usage(CliContext::tr("Invalid --dpi \"%1\": use 24 to 1200.").arg(dpiText));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliContext::tr("Unexpected argument: %1").arg(ctx.args.first()));
    if (int rc = ctx.refuseOverwritingInputs({out}, {projectPath.toStdString()}); rc != kOk)
        return rc;
    report::PrintLayout layout = report::PrintLayout::standard(report::Paper::A4, true);
    if (!name.isEmpty()) {
        auto found = report::PrintLayouts::find(projectPath, name);
        if (!found)
            return ctx.fail(found.error(), kInputError);
        layout = *found;
    }
    auto data = report::loadReportData(projectPath, ctx.analyses);
    if (!data)
        return ctx.fail(data.error());
    if (int rc = ctx.refuseOverwritingInputs({out}, filesRead(*data)); rc != kOk)
        return rc;
    const report::ReportText text(ctx.requestedLanguage.isEmpty() ? ctx.language
                                                                  : ctx.requestedLanguage);
    const auto content = report::LayoutContent::fromReport(*data, text);
    const bool pdf =
        QFileInfo(out).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    const auto written = pdf ? report::PrintLayoutPainter::writePdf(out, layout, content)
                             : report::PrintLayoutPainter::writeImage(out, layout, content, dpi);
    if (!written)
        return ctx.fail(written.error(), kOutputError);
    ctx.out << CliContext::tr("Wrote %1 (%2 KB) in %3 ms.")
                   .arg(QFileInfo(out).absoluteFilePath())
                   .arg(QFileInfo(out).size() / 1024)
                   .arg(timer.elapsed())
            << Qt::endl;
    return kOk;
}

} // namespace cw::cli
