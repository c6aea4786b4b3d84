// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSettings;
class QSpinBox;

namespace cw::desktop {

/// File ▸ Open from Database…: where a plan kept in PostgreSQL is (host, port, database,
/// schema, user). No password field: libpq reads it from ~/.pgpass, PGPASSWORD or a service
/// file, so it is never typed into CityWeave or saved with the recent files.
class OpenDatabaseDialog : public QDialog {
    Q_OBJECT

public:
    OpenDatabaseDialog(QSettings& settings, QWidget* parent = nullptr);

    /// postgresql://user@host:port/database?schema=NAME, from the fields.
    QString url() const;
    /// Remembers the fields for next time.
    void remember() const;

private:
    void accept() override;

    QSettings& m_settings;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_schema;
    QLineEdit* m_user;
};

} // namespace cw::desktop
