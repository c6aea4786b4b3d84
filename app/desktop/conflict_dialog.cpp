// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/conflict_dialog.h"

#include "common/planning_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::desktop {
namespace {

QString displayName(const project::ObjectNotSaved& object, const project::Project& plan,
                    const std::string& language) {
    if (object.kind == project::PlanObjectKind::Project)
        if (const auto* p = plan.findProject(object.id))
            return QString::fromStdString(p->name.in(language));
    if (object.kind == project::PlanObjectKind::SandboxZone)
        for (const auto& z : plan.sandboxZones)
            if (z.id == object.id)
                return QString::fromStdString(z.name.in(language));
    return QString::fromStdString(object.id);
}

} // namespace

QString ConflictDialog::readable(const std::string& json) {
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + QByteArray::fromStdString(json) + "]");
    const QJsonValue value = doc.array().isEmpty() ? QJsonValue() : doc.array().first();
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return QString::fromStdString(json);
}

ConflictDialog::ConflictDialog(const std::vector<project::ObjectNotSaved>& conflicts,
                               const project::Project& plan, const QString& language,
                               QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Another planner changed the same fields"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Object"), tr("Field"), tr("When you opened it"),
                                        tr("Theirs (saved)"), tr("Yours"), tr("Keep")});
    for (const project::ObjectNotSaved& object : conflicts) {
        if (object.outcome.state != project::SaveState::Conflict)
            continue;
        const QString name = displayName(object, plan, language.toStdString());
        for (const project::FieldConflict& field : object.outcome.conflicts) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QString cells[] = {name, app::PlanningText::field(field.field),
                                     readable(field.original), readable(field.theirs),
                                     readable(field.mine)};
            for (int column = 0; column < 5; ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
            auto* choice = new QComboBox(m_table);
            choice->addItem(tr("Theirs"), int(project::Pick::Theirs));
            choice->addItem(tr("Mine"), int(project::Pick::Mine));
            m_table->setCellWidget(row, 5, choice);
            m_rows.push_back({project::planObjectKey(object.kind, object.id), field.field, choice});
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* note = new QLabel(tr("Your other changes were saved. For each field below, choose "
                               "whose value to keep, then save again."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 360);
}

std::map<std::string, project::Resolutions> ConflictDialog::resolutions() const {
    std::map<std::string, project::Resolutions> out;
    for (const Row& row : m_rows)
        out[row.key][row.field] = static_cast<project::Pick>(row.choice->currentData().toInt());
    return out;
}

} // namespace cw::desktop
