// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/layer_source_description.h"

#include "common/table_read_text.h"

namespace cw::widgets {
namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

QStringList LayerSourceDescription::provenanceLines(const project::LayerEntry& entry) {
    QStringList out;
    const project::Provenance& p = entry.provenance;
    if (!p.source.empty())
        out << tr("Source: %1").arg(qs(p.source));
    if (!p.owner.empty())
        out << tr("Owner: %1").arg(qs(p.owner));
    if (!p.date.empty())
        out << tr("Data date: %1").arg(qs(p.date));
    if (!p.licence.empty())
        out << tr("Licence: %1").arg(qs(p.licence));
    const project::LayerOrigin& o = entry.origin;
    if (!o.pluginId.empty())
        out << (o.pluginVersion.empty()
                    ? tr("From plugin %1").arg(qs(o.pluginId))
                    : tr("From plugin %1 version %2").arg(qs(o.pluginId), qs(o.pluginVersion)));
    return out;
}

QStringList LayerSourceDescription::lines(const render::LoadedLayer& layer) {
    QStringList out = provenanceLines(layer.entry);
    if (!layer.data)
        return out;
    const data::VectorLayer& data = *layer.data;
    out << tr("%n feature(s)", nullptr, int(data.featureCount()));
    if (data.crs.isValid())
        out << tr("Layer CRS: %1 (%2)").arg(qs(data.crs.name()), qs(data.crs.authId()));
    if (!data.crs.interpretationNote().empty())
        out << tr("The file's .prj names a Bessel Transverse Mercator without a datum; it was read "
                  "as %1 so that the Korean 1985 to Korea 2000 datum shift applies.")
                   .arg(qs(data.crs.authId()));
    if (layer.indexed && !layer.indexed->transformName.empty())
        out << tr("Reprojected to the map with: %1").arg(qs(layer.indexed->transformName));
    if (layer.indexed && layer.indexed->failedCoordinates > 0)
        out << tr("%1 coordinates could not be transformed and are not drawn.")
                   .arg(layer.indexed->failedCoordinates);
    if (data.driver == "ESRI Shapefile" || !data.report.encodingReason.empty())
        out << tr("Text encoding: %1 (%2)")
                   .arg(qs(data.report.encoding), qs(data.report.encodingReason));
    const auto& r = data.report;
    if (r.table)
        out << tableLines(*r.table, r.badRows);
    if (r.nullGeometries + r.unsupportedGeometries + r.degenerateParts + r.invalidGeometries > 0)
        out << tr("Geometry problems: %1 invalid, %2 empty, %3 of another type, %4 degenerate "
                  "parts (all kept)")
                   .arg(r.invalidGeometries)
                   .arg(r.nullGeometries)
                   .arg(r.unsupportedGeometries)
                   .arg(r.degenerateParts);
    return out;
}

QStringList LayerSourceDescription::tableLines(const data::TableDetection& table,
                                               const data::BadRows& badRows) {
    QStringList out;
    out << tr("Read as a table; positions from %1").arg(app::TableReadText::geometrySource(table));
    if (table.geometry != data::GeometryColumns::None && !table.crs.empty())
        out << tr("CRS of the values: %1 (%2)")
                   .arg(app::TableReadText::crsLabel(table.crs),
                        app::TableReadText::crsReason(table.crsReason, table.headerHint));
    const QStringList bad = app::TableReadText::badRowLines(badRows);
    out << bad;
    if (!bad.isEmpty())
        out << tr("Layer ▸ Rows Without Position lists them.");
    return out;
}

} // namespace cw::widgets
