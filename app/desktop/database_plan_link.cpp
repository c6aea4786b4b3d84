// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/database_plan_link.h"

#include "cityweave/project/plan_database.h"
#include "common/error_text.h"

#include <QSocketNotifier>

namespace cw::desktop {

std::unique_ptr<DatabasePlanLink> DatabasePlanLink::open(const QString& url, QString* error) {
    auto location = project::parseDatabaseLocation(url.toStdString());
    if (!location) {
        if (error)
            *error = app::ErrorText::describe(location.error());
        return nullptr;
    }
    auto session = project::PlanDatabase::openSession(*location);
    if (!session || !(*session)->listen()) {
        if (error)
            *error = session ? tr("The database does not announce changes (LISTEN failed).")
                             : app::ErrorText::describe(session.error());
        return nullptr;
    }
    return std::unique_ptr<DatabasePlanLink>(new DatabasePlanLink(std::move(*session)));
}

DatabasePlanLink::DatabasePlanLink(std::unique_ptr<project::PlanSession> session)
    : m_session(std::move(session)) {
    watchSocket();
}

DatabasePlanLink::~DatabasePlanLink() = default;

Result<project::ChangesOutcome>
DatabasePlanLink::save(const project::Project& edited,
                       const std::map<std::string, project::Resolutions>& resolutions) {
    auto outcome = m_session->saveChanges(edited, resolutions);
    if (m_session->socket() != m_watchedSocket)
        watchSocket();
    return outcome;
}

void DatabasePlanLink::watchSocket() {
    delete m_notifier;
    m_notifier = nullptr;
    const int socket = m_session->socket();
    m_watchedSocket = socket;
    if (socket < 0)
        return;
    m_notifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DatabasePlanLink::readNotifications);
}

void DatabasePlanLink::readNotifications() {
    auto changes = m_session->waitForChanges(0);
    if (!changes) {
        delete m_notifier; // a closed socket stays readable: stop watching it
        m_notifier = nullptr;
        emit connectionLost(app::ErrorText::describe(changes.error()));
        return;
    }
    if (changes->empty())
        return;
    QStringList lines;
    for (const project::PlanChange& change : *changes)
        lines << tr("%1 changed %2")
                     .arg(QString::fromStdString(change.who),
                          QString::fromStdString(change.objectId));
    emit othersChanged(lines);
}

} // namespace cw::desktop
