// SPDX-License-Identifier: GPL-3.0-or-later
// `cityweave-cli render --year Y --stage N,...` draws the sample plan as it stands in a year.
// Years from resources/sample/projects.json and the plugins' manifests: magok-energy 2014–2022
// (stage 1), iot-sensors 2018–2024 (stage 1), sangam-av 2019–2025 (stage 2), gvalley-industry
// 2019–2025 (stage 1), energy-villages 2012–2025 and ev-chargers 2017–2025 (stage 3). The Magok
// IoT pilot area carries its own start_year, 2019.
#include "cityweave/crs/coordinate_transform.h"
#include "offscreen_gui_test.h"
#include "render/map_settings.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

class RenderTimeline : public OffscreenGuiTest {
protected:
    // Renders the sample over western Seoul (EPSG:5186) with `extra` options; "" on failure.
    QImage render(const QStringList& extra, QString* stdOut = nullptr) {
        const QString out = m_dir.filePath(QStringLiteral("map%1.png").arg(m_serial++));
        QProcess cli;
        cli.start(QStringLiteral(CW_CLI_PATH),
                  QStringList{QStringLiteral("render"), QStringLiteral(CW_SAMPLE_PROJECT),
                              QStringLiteral("--out"), out, QStringLiteral("--size"),
                              QStringLiteral("1000x1000"), QStringLiteral("--extent"),
                              QStringLiteral("180000,540000,200000,560000")} +
                      extra);
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
            ADD_FAILURE() << cli.readAllStandardError().toStdString();
            return {};
        }
        if (stdOut)
            *stdOut = QString::fromUtf8(cli.readAllStandardOutput());
        return QImage(out).convertToFormat(QImage::Format_ARGB32);
    }

    // The pixel at a WGS 84 point in those images.
    static QColor at(const QImage& image, double lon, double lat) {
        auto wgs84 = cw::crs::Crs::fromEpsg(4326);
        auto korea = cw::crs::Crs::fromEpsg(5186);
        auto toMap = cw::crs::CoordinateTransform::create(*wgs84, *korea);
        EXPECT_TRUE(toMap && toMap->transformPoint(lon, lat));
        const cw::render::MapSettings settings(*korea, {180000, 540000, 200000, 560000},
                                               image.size());
        return image.pixelColor(settings.toPixel(lon, lat).toPoint());
    }

    QTemporaryDir m_dir;
    int m_serial = 0;
};

TEST_F(RenderTimeline, YearAndStageFilterTheMap) {
    QString said;
    const QImage all = render({});
    const QImage allStages = render({QStringLiteral("--stage"), QStringLiteral("1,2,3")});
    const QImage y2016 = render({QStringLiteral("--year"), QStringLiteral("2016")}, &said);
    const QImage y2023 = render({QStringLiteral("--year"), QStringLiteral("2023")});
    const QImage y2018 = render({QStringLiteral("--year"), QStringLiteral("2018")});
    const QImage y2019 = render({QStringLiteral("--year"), QStringLiteral("2019")});
    ASSERT_FALSE(all.isNull() || allStages.isNull() || y2016.isNull() || y2023.isNull() ||
                 y2018.isNull() || y2019.isNull());
    // Every stage shown is no filter at all: the very same image.
    EXPECT_EQ(allStages, all);
    // 2016: the base layer, magok-energy's 7 and energy-villages' 1 are drawn.
    EXPECT_TRUE(said.contains(QStringLiteral("Rendered 9 layers"))) << said.toStdString();
    EXPECT_NE(y2016, all);

    // The Magok district (magok-energy) is green in 2016 and gone (white) in 2023, after 2022.
    const QColor magok2016 = at(y2016, 126.83300, 37.57200);
    const QColor magok2023 = at(y2023, 126.83300, 37.57200);
    EXPECT_EQ(magok2016, at(all, 126.83300, 37.57200));
    EXPECT_NE(magok2016, QColor(Qt::white));
    EXPECT_EQ(magok2023, QColor(Qt::white));

    // The Magok IoT pilot area starts in 2019 while its layer's project runs from 2018: between
    // the two years only that feature changes there (sangam-av and G-Valley, which also start
    // in 2019, lie elsewhere).
    const QColor pilot2018 = at(y2018, 126.84350, 37.56150);
    const QColor pilot2019 = at(y2019, 126.84350, 37.56150);
    EXPECT_NE(pilot2018, pilot2019);
    EXPECT_EQ(pilot2019, at(all, 126.84350, 37.56150));
}

} // namespace
