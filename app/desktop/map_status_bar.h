// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/crs/coordinate_transform.h"

#include <QStatusBar>
#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cw::desktop {

/// Cursor position (map CRS and WGS84), scale, map CRS, last render time and job progress.
class MapStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit MapStatusBar(QWidget* parent = nullptr);
    ~MapStatusBar() override;

    void setMapCrs(const crs::Crs& crs);
    void showCursor(double x, double y);
    void setScale(double denominator);
    void setRenderTime(double milliseconds);
    void setBusy(bool busy);
    void setProgress(int done, int total, const QString& what);

signals:
    void crsClicked();
    void cancelClicked();

private:
    QLabel* m_mapCoords;
    QLabel* m_wgs84;
    QLabel* m_scale;
    QToolButton* m_crs;
    QLabel* m_renderTime;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    bool m_geographic = false;
    // Created once per map CRS on the UI thread: PROJ objects are per thread.
    std::optional<crs::CoordinateTransform> m_toWgs84;
};

} // namespace cw::desktop
