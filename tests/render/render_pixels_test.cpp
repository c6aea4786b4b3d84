// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the sample project with cityweave-cli and checks colours at the probe points listed in
// resources/sample/README.md. Expected colours are worked out by hand: the sector colour at
// fill alpha 110/255 composited over white, c = 255 * (1 - a) + colour * a.
#include "cityweave/crs/coordinate_transform.h"
#include "offscreen_gui_test.h"
#include "render/map_settings.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Probe {
    const char* name;
    double lon, lat;
    QColor expected;
};

// Sector colours (Okabe-Ito) over white at alpha 110/255 = 0.431.
const QColor kEnergy(145, 213, 195);    // (0, 158, 115)
const QColor kTransport(145, 194, 222); // (0, 114, 178)
const QColor kIndustry(233, 197, 217);  // (204, 121, 167)
// Energy villages are the third energy layer of the sample: the base green lightened by 28.
const QColor kEnergyLight(157, 225, 207); // (28, 186, 143)
const QColor kWhite(255, 255, 255);

int channelDistance(QColor a, QColor b) {
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                     std::abs(a.blue() - b.blue())});
}

class RenderPixels : public OffscreenGuiTest {};

TEST_F(RenderPixels, SectorColoursAtProbePoints) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sample.png"));
    // A fixed view over western Seoul in EPSG:5186, so map -> pixel is known exactly.
    const cw::geometry::Envelope extent{180000, 540000, 200000, 560000};
    const QSize size(1000, 1000);
    QProcess cli;
    cli.start(QStringLiteral(CW_CLI_PATH),
              {QStringLiteral("render"), QStringLiteral(CW_SAMPLE_PROJECT), QStringLiteral("--out"),
               out, QStringLiteral("--size"), QStringLiteral("1000x1000"),
               QStringLiteral("--extent"), QStringLiteral("180000,540000,200000,560000")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    QImage image(out);
    ASSERT_FALSE(image.isNull());
    ASSERT_EQ(image.size(), size);

    auto wgs84 = cw::crs::Crs::fromEpsg(4326);
    auto korea = cw::crs::Crs::fromEpsg(5186);
    auto toMap = cw::crs::CoordinateTransform::create(*wgs84, *korea);
    ASSERT_TRUE(toMap);
    const cw::render::MapSettings settings(*korea, extent, size);

    const Probe probes[] = {
        {"Magok district", 126.83300, 37.57200, kEnergy},
        {"Sangam DMC", 126.88850, 37.58050, kTransport},
        {"G-Valley complex 2", 126.88150, 37.48100, kIndustry},
        {"Energy village", 126.94400, 37.49900, kEnergyLight},
        {"Seoul only", 126.98800, 37.55100, kWhite},
    };
    for (const Probe& probe : probes) {
        double x = probe.lon, y = probe.lat;
        ASSERT_TRUE(toMap->transformPoint(x, y));
        const QPointF px = settings.toPixel(x, y);
        ASSERT_TRUE(image.rect().contains(px.toPoint())) << probe.name;
        const QColor got = image.pixelColor(px.toPoint());
        EXPECT_LE(channelDistance(got, probe.expected), 6)
            << probe.name << ": got " << got.name().toStdString() << ", expected "
            << probe.expected.name().toStdString();
    }
}

} // namespace
