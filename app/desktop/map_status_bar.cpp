// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/map_status_bar.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>
#include <cmath>

namespace cw::desktop {
namespace {
QLabel* fixedLabel(QWidget* parent, int minWidth) {
    auto* label = new QLabel(parent);
    label->setMinimumWidth(minWidth);
    return label;
}
} // namespace

MapStatusBar::MapStatusBar(QWidget* parent)
    : QStatusBar(parent), m_mapCoords(fixedLabel(this, 190)), m_wgs84(fixedLabel(this, 200)),
      m_scale(fixedLabel(this, 90)), m_crs(new QToolButton(this)),
      m_renderTime(fixedLabel(this, 80)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this)) {
    m_mapCoords->setToolTip(tr("Cursor position in the map CRS"));
    m_wgs84->setToolTip(tr("Cursor position in WGS 84 (latitude, longitude)"));
    m_scale->setToolTip(tr("Map scale"));
    m_renderTime->setToolTip(tr("Time the last map image took to draw"));
    m_crs->setAutoRaise(true);
    m_crs->setToolTip(tr("Map CRS — click to change"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    addWidget(m_progress);
    addWidget(m_cancel);
    addPermanentWidget(m_mapCoords);
    addPermanentWidget(m_wgs84);
    addPermanentWidget(m_scale);
    addPermanentWidget(m_crs);
    addPermanentWidget(m_renderTime);
    setBusy(false);
    connect(m_crs, &QToolButton::clicked, this, &MapStatusBar::crsClicked);
    connect(m_cancel, &QToolButton::clicked, this, &MapStatusBar::cancelClicked);
}

MapStatusBar::~MapStatusBar() = default;

void MapStatusBar::setMapCrs(const crs::Crs& crs) {
    const QString id = QString::fromStdString(crs.authId());
    m_crs->setText(id.isEmpty() ? QString::fromStdString(crs.name()) : id);
    m_crs->setToolTip(tr("Map CRS: %1 — click to change").arg(QString::fromStdString(crs.name())));
    m_geographic = crs.isGeographic();
    m_toWgs84.reset();
    auto wgs84 = crs::Crs::fromEpsg(4326);
    if (wgs84 && crs.isValid())
        if (auto transform = crs::CoordinateTransform::create(crs, *wgs84))
            m_toWgs84.emplace(std::move(transform).value());
}

void MapStatusBar::showCursor(double x, double y) {
    const int decimals = m_geographic ? 6 : 1;
    m_mapCoords->setText(
        QStringLiteral("%1, %2").arg(x, 0, 'f', decimals).arg(y, 0, 'f', decimals));
    double lon = x, lat = y;
    if (m_toWgs84 && m_toWgs84->transformPoint(lon, lat) && std::isfinite(lon) &&
        std::isfinite(lat))
        m_wgs84->setText(tr("%1°%2 %3°%4")
                             .arg(std::abs(lat), 0, 'f', 5)
                             .arg(lat >= 0 ? tr("N") : tr("S"))
                             .arg(std::abs(lon), 0, 'f', 5)
                             .arg(lon >= 0 ? tr("E") : tr("W")));
    else
        m_wgs84->clear();
}

void MapStatusBar::setScale(double denominator) {
    if (std::isfinite(denominator) && denominator > 0)
        m_scale->setText(
            QStringLiteral("1:%1").arg(QLocale().toString(qint64(std::llround(denominator)))));
}

void MapStatusBar::setRenderTime(double milliseconds) {
    m_renderTime->setText(tr("%1 ms").arg(milliseconds, 0, 'f', 0));
}

void MapStatusBar::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void MapStatusBar::setProgress(int done, int total, const QString& what) {
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1: %2/%3").arg(what).arg(done).arg(total));
}

} // namespace cw::desktop
