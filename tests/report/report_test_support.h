// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the report tests: runs the CLI and poppler's tools as a user would, and keeps one
// analysed copy of the sample project (results computed once per test binary).
#pragma once

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace cw::test {

struct ProcessOutput {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProcessOutput runProgram(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    ProcessOutput o;
    if (!p.waitForFinished(180000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

inline ProcessOutput runCli(const QStringList& args) {
    return runProgram(QStringLiteral(CW_CLI_PATH), args);
}

inline bool havePoppler() {
    return QProcess::execute(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}) >= 0;
}

/// Text as pdftotext extracts it (-layout keeps table rows on one line).
inline QString pdfText(const QString& pdf, bool layout = true) {
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    return runProgram(QStringLiteral("pdftotext"), args).out;
}

/// A QGuiApplication on the offscreen platform, made once for the test program.
inline void ensureOffscreenApp() {
    static int argc = 1;
    static char arg0[] = "test_report";
    static char* argv[] = {arg0, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!QGuiApplication::instance())
        new QGuiApplication(argc, argv);
}

/// The sample project copied to a private folder (so no results file of another test or of the
/// desktop app lies beside it), plus its analysis results from `cityweave-cli analyze`.
class SampleWithResults : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ensureOffscreenApp();
        dir = std::make_unique<QTemporaryDir>();
        project = dir->filePath(QStringLiteral("샘플 사업.cwproject.gpkg")); // Korean file name
        QFile::copy(QStringLiteral(CW_SAMPLE_PROJECT), project);
        results = dir->filePath(QStringLiteral("분석 결과.gpkg"));
        const ProcessOutput analyzed =
            runCli({QStringLiteral("analyze"), project, QStringLiteral("--analysis"),
                    QStringLiteral("all"), QStringLiteral("--out"), results});
        analyzeOk = analyzed.exitCode == 0;
        analyzeErr = analyzed.err;
    }
    static void TearDownTestSuite() { dir.reset(); }

    void SetUp() override {
        ASSERT_TRUE(analyzeOk) << analyzeErr.toStdString();
        if (!havePoppler())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    }

    static QString path(const QString& name) { return dir->filePath(name); }

    static inline std::unique_ptr<QTemporaryDir> dir;
    static inline QString project;
    static inline QString results;
    static inline bool analyzeOk = false;
    static inline QString analyzeErr;
};

} // namespace cw::test
