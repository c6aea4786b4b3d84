// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A GoogleTest fixture with an offscreen QGuiApplication (for fonts and QImage painting),
// created once per test binary.
#include <QGuiApplication>
#include <gtest/gtest.h>

class OffscreenGuiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static int argc = 1;
        static char arg0[] = "test_render_pixels";
        static char* argv[] = {arg0, nullptr};
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (!QGuiApplication::instance())
            new QGuiApplication(argc, argv);
    }
};
