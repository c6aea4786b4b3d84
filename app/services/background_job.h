// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/progress.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <functional>
#include <type_traits>
#include <utility>

namespace cw::services {

/// What a background job's work reports its progress through (from the worker thread).
class JobProgress {
public:
    static constexpr int kSteps = 1000;
    explicit JobProgress(std::function<void(int, const QString*)> set) : m_set(std::move(set)) {}

    void report(double fraction) { m_set(steps(fraction), nullptr); }
    void report(double fraction, const QString& text) { m_set(steps(fraction), &text); }
    /// A core ProgressFn that fills [from, from + span] of this job's progress.
    ProgressFn part(double from, double span) {
        return [this, from, span](double f) { report(from + span * std::clamp(f, 0.0, 1.0)); };
    }

private:
    static int steps(double fraction) { return int(std::clamp(fraction, 0.0, 1.0) * kSteps); }
    std::function<void(int, const QString*)> m_set;
};

/// The one way the app runs long work: `work` on a worker thread (never the UI thread), its
/// progress and then its value delivered on `receiver`'s thread, and nothing delivered once
/// `receiver` is gone. Cancelling is the work's CancelToken; the returned future lets an owner
/// wait for the work before it destroys what the work uses.
template <typename T, typename Work, typename Done>
QFuture<T> startBackgroundJob(QObject* receiver, Work work, Done done,
                              std::function<void(double, const QString&)> progress = {}) {
    auto* watcher = new QFutureWatcher<T>(receiver);
    if (progress)
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, receiver,
                         [watcher, progress = std::move(progress)](int value) {
                             progress(double(value) / JobProgress::kSteps, watcher->progressText());
                         });
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             done(watcher->result());
                         else if constexpr (std::is_default_constructible_v<T>)
                             done(T{});
                     });
    QFuture<T> future = QtConcurrent::run([work = std::move(work)](QPromise<T>& promise) mutable {
        promise.setProgressRange(0, JobProgress::kSteps);
        JobProgress reporter([&promise](int value, const QString* text) {
            if (text)
                promise.setProgressValueAndText(value, *text);
            else
                promise.setProgressValue(value);
        });
        promise.addResult(work(reporter));
    });
    watcher->setFuture(future);
    return future;
}

} // namespace cw::services
