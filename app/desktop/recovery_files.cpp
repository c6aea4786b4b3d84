// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/recovery_files.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <csignal>

namespace cw::desktop {
namespace {
const QLatin1String kSuffix(".recovery.gpkg");
const QLatin1String kUntitledPrefix("untitled-");

bool processAlive(qint64 pid) {
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
#else
    Q_UNUSED(pid);
    return false; // without a cheap check, offer the file: recovering twice loses nothing
#endif
}
} // namespace

RecoveryFiles::RecoveryFiles(QString folder) : m_folder(std::move(folder)) {}

QString RecoveryFiles::pathFor(const QString& projectPath) const {
    if (projectPath.isEmpty())
        return QDir(m_folder).filePath(
            kUntitledPrefix + QString::number(QCoreApplication::applicationPid()) + kSuffix);
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(projectPath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QDir(m_folder).filePath(QString::fromLatin1(hash) + kSuffix);
}

QString RecoveryFiles::notePath(const QString& recoveryFile) const {
    return recoveryFile + QStringLiteral(".json");
}

bool RecoveryFiles::writeNote(const QString& projectPath) const {
    QSaveFile note(notePath(pathFor(projectPath)));
    if (!note.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject json{
        {QStringLiteral("project"),
         projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteFilePath()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    note.write(QJsonDocument(json).toJson());
    return note.commit();
}

std::optional<RecoveryFiles::Entry> RecoveryFiles::readNote(const QString& recoveryFile) const {
    QFile note(notePath(recoveryFile));
    if (!QFileInfo::exists(recoveryFile) || !note.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(note.readAll()).object();
    Entry entry;
    entry.file = recoveryFile;
    entry.projectPath = json.value(QStringLiteral("project")).toString();
    entry.savedAt =
        QDateTime::fromString(json.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    if (!entry.savedAt.isValid())
        return std::nullopt;
    return entry;
}

std::optional<RecoveryFiles::Entry> RecoveryFiles::find(const QString& projectPath) const {
    auto entry = readNote(pathFor(projectPath));
    if (!entry)
        return std::nullopt;
    // A project saved after the copy was taken already holds newer work.
    const QFileInfo project(projectPath);
    if (project.exists() && project.lastModified() > entry->savedAt)
        return std::nullopt;
    return entry;
}

QList<RecoveryFiles::Entry> RecoveryFiles::orphanedUntitled() const {
    QList<Entry> out;
    const QDir dir(m_folder);
    for (const QString& name :
         dir.entryList({kUntitledPrefix + QStringLiteral("*") + kSuffix}, QDir::Files)) {
        const QString pid =
            name.mid(kUntitledPrefix.size(), name.size() - kUntitledPrefix.size() - kSuffix.size());
        if (processAlive(pid.toLongLong()))
            continue;
        if (auto entry = readNote(dir.filePath(name)))
            out << *entry;
    }
    return out;
}

void RecoveryFiles::remove(const QString& projectPath) const {
    const QString file = pathFor(projectPath);
    removeEntry({file, projectPath, {}});
}

void RecoveryFiles::removeEntry(const Entry& entry) const {
    QFile::remove(notePath(entry.file));
    QFile::remove(entry.file);
    QFile::remove(entry.file + QStringLiteral("-journal"));
}

} // namespace cw::desktop
