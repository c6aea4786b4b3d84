// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_fonts.h"

#include <QFontDatabase>
#include <QList>
#include <QStringList>

namespace cw::report {

QString ReportFonts::family() {
    static const QString chosen = [] {
        const QStringList installed = QFontDatabase::families();
        // An explicit choice wins when it is installed and has Hangul.
        const QString wanted = qEnvironmentVariable("CITYWEAVE_REPORT_FONT");
        if (!wanted.isEmpty() && installed.contains(wanted) &&
            QFontDatabase::writingSystems(wanted).contains(QFontDatabase::Korean))
            return wanted;
        // TrueType fonts Qt embeds as subsets with a usable ToUnicode map. NanumGothic comes
        // last: it shares its space glyph with control characters, so Qt maps spaces to U+000D
        // and extracted text loses its word breaks.
        for (const char* name : {"NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR",
                                 "Malgun Gothic", "NanumGothic"}) {
            const QString f = QString::fromUtf8(name);
            if (installed.contains(f) &&
                QFontDatabase::writingSystems(f).contains(QFontDatabase::Korean))
                return f;
        }
        return QString();
    }();
    return chosen;
}

QFont ReportFonts::font(double points, bool bold) {
    QFont f(family());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::NoFontMerging); // never substitute: all glyphs come from this font
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

Error ReportFonts::missing(const QString& path) {
    return makeError(ErrorCode::OutputWriteFailed, {path.toStdString()},
                     "no font with Hangul is installed (install fonts-nanum or Noto Sans CJK KR)");
}

} // namespace cw::report
