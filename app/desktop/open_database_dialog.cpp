// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/open_database_dialog.h"

#include "cityweave/project/plan_location.h"
#include "common/error_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace cw::desktop {
namespace {

QString setting(const QSettings& settings, const char* key, const QString& fallback) {
    return settings.value(QStringLiteral("database/") + QLatin1String(key), fallback).toString();
}

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings),
      m_host(new QLineEdit(setting(settings, "host", QStringLiteral("localhost")), this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(setting(settings, "database", {}), this)),
      m_schema(new QLineEdit(setting(settings, "schema", {}), this)),
      m_user(new QLineEdit(
          setting(settings, "user", qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))),
          this)) {
    setWindowTitle(tr("Open plan from database"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_schema->setObjectName(QStringLiteral("schema"));
    m_user->setObjectName(QStringLiteral("user"));
    m_port->setRange(1, 65535);
    m_port->setValue(setting(settings, "port", QStringLiteral("5432")).toInt());
    m_schema->setPlaceholderText(tr("one schema per plan, e.g. magok_2026"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&User:"), m_user);
    auto* note = new QLabel(tr("The password is taken from ~/.pgpass (pgpass.conf on Windows), "
                               "PGPASSWORD or a PostgreSQL service file; CityWeave never stores "
                               "it."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString OpenDatabaseDialog::url() const {
    auto part = [](const QLineEdit* edit) {
        return QString::fromLatin1(QUrl::toPercentEncoding(edit->text().trimmed()));
    };
    const QString user = part(m_user);
    return QStringLiteral("postgresql://%1%2:%3/%4?schema=%5")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), part(m_host))
        .arg(m_port->value())
        .arg(part(m_database), m_schema->text().trimmed());
}

void OpenDatabaseDialog::remember() const {
    m_settings.setValue(QStringLiteral("database/host"), m_host->text().trimmed());
    m_settings.setValue(QStringLiteral("database/port"), QString::number(m_port->value()));
    m_settings.setValue(QStringLiteral("database/database"), m_database->text().trimmed());
    m_settings.setValue(QStringLiteral("database/schema"), m_schema->text().trimmed());
    m_settings.setValue(QStringLiteral("database/user"), m_user->text().trimmed());
}

void OpenDatabaseDialog::accept() {
    auto parsed = project::parseDatabaseLocation(url().toStdString());
    if (!parsed) {
        QMessageBox::warning(this, windowTitle(), app::ErrorText::describe(parsed.error()));
        return;
    }
    remember();
    QDialog::accept();
}

} // namespace cw::desktop
