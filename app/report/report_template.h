// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <array>

namespace cw::report {

/// The report's sections, in the order they are written.
enum class Section {
    Cover,
    OverviewMap,
    Registry,
    Planning, ///< registry with statuses and budgets, indicators, sandbox compliance
    OverlapMatrix,
    Zones,
    Rollup,
    OtherAnalyses, ///< every other analysis that ran (coverage gaps, pilot ranking, plugins)
    Charts,
    Methods,
};
inline constexpr std::array<Section, 10> kAllSections = {
    Section::Cover,         Section::OverviewMap, Section::Registry, Section::Planning,
    Section::OverlapMatrix, Section::Zones,       Section::Rollup,   Section::OtherAnalyses,
    Section::Charts,        Section::Methods};
/// Stable key of a section in the template JSON, e.g. "overlap_matrix".
const char* sectionKey(Section section);

enum class Paper { A4, A3 };
/// The paper's size for Qt's PDF writer, and the orientation a landscape flag means.
QPageSize pageSizeOf(Paper paper);
QPageLayout::Orientation orientationOf(bool landscape);

/// What a report contains and how it looks; saved by name in the project file as JSON.
struct ReportTemplate {
    QString name = QStringLiteral("default");
    QString title;        ///< empty: the project's title
    QString organisation; ///< shown on the cover
    QString logoPath;     ///< PNG/JPEG/SVG-less image; empty: none
    Paper paper = Paper::A4;
    bool landscape = false;
    QString language = QStringLiteral("en"); ///< "ko" or "en", independent of the UI's
    std::array<bool, kAllSections.size()> sections{true, true, true, true, true,
                                                   true, true, true, true, true};
    int maxZonePages = 25; ///< the atlas stops after this many zones (largest scores first)

    bool has(Section s) const { return sections[std::size_t(s)]; }
    void set(Section s, bool on) { sections[std::size_t(s)] = on; }
    QPageSize pageSize() const;
    QPageLayout::Orientation orientation() const;

    QByteArray toJson() const;
    /// Unknown keys are ignored and missing ones keep their defaults; false on malformed JSON.
    static bool fromJson(const QByteArray& json, ReportTemplate& out);
};

} // namespace cw::report
