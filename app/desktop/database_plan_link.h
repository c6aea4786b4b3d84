// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityweave/core/error.h"
#include "cityweave/project/plan_session.h"

#include <QObject>
#include <QString>
#include <memory>

class QSocketNotifier;

namespace cw::desktop {

/// The desktop's connection to a plan kept in PostgreSQL: the planner's PlanSession, and a
/// watch on its socket so that what other planners commit is announced as it happens, without
/// polling and without blocking the UI thread.
class DatabasePlanLink : public QObject {
    Q_OBJECT

public:
    /// Connects to the plan at `url` and starts listening; null with `error` filled when it
    /// cannot (the message translated).
    static std::unique_ptr<DatabasePlanLink> open(const QString& url, QString* error);
    ~DatabasePlanLink() override;

    project::PlanSession& session() { return *m_session; }
    /// PlanSession::saveChanges, then watches the socket again if the session reconnected.
    Result<project::ChangesOutcome>
    save(const project::Project& edited,
         const std::map<std::string, project::Resolutions>& resolutions);

signals:
    /// Others committed changes: "who changed what", one line each, for the status bar.
    void othersChanged(const QStringList& changes);
    /// The connection was lost and could not be restored; saves will say so.
    void connectionLost(const QString& message);

private:
    explicit DatabasePlanLink(std::unique_ptr<project::PlanSession> session);
    void watchSocket();
    void readNotifications();

    std::unique_ptr<project::PlanSession> m_session;
    QSocketNotifier* m_notifier = nullptr;
    int m_watchedSocket = -1;
};

} // namespace cw::desktop
