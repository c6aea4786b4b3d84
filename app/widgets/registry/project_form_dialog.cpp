// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/registry/project_form_dialog.h"

#include "common/planning_text.h"
#include "widgets/registry/project_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace cw::widgets {
namespace {

using project::Sector;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::string str(const QLineEdit* edit) {
    return edit->text().trimmed().toStdString();
}

QString cellText(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

/// Accepts "1234.5" and the UI locale's "1,234.5"; empty: absent.
std::optional<double> parseNumber(const QString& text, bool* ok) {
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    bool good = false;
    double v = text.toDouble(&good);
    if (!good)
        v = QLocale().toDouble(text, &good);
    if (!good)
        v = QLocale(QLocale::English).toDouble(text, &good);
    *ok = good;
    return good ? std::optional<double>(v) : std::nullopt;
}

QString numberText(const std::optional<double>& v) {
    return v ? QString::number(*v, 'g', 15) : QString();
}

QTableWidget* makeTable(const QStringList& headers, const char* objectName) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

/// "Add" and "Remove" under a table; Remove drops the selected rows.
QWidget* withAddRemove(QTableWidget* table, const QString& addText, const QString& removeText,
                       const char* name, std::function<void()> add) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    auto* row = new QHBoxLayout;
    auto* addButton = new QPushButton(addText);
    addButton->setObjectName(QStringLiteral("add%1").arg(QString::fromLatin1(name)));
    auto* removeButton = new QPushButton(removeText);
    removeButton->setObjectName(QStringLiteral("remove%1").arg(QString::fromLatin1(name)));
    row->addWidget(addButton);
    row->addWidget(removeButton);
    row->addStretch(1);
    layout->addLayout(row);
    QObject::connect(addButton, &QPushButton::clicked, table, [add] { add(); });
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        const auto rows = table->selectionModel()->selectedRows();
        std::vector<int> order;
        for (const auto& r : rows)
            order.push_back(r.row());
        std::sort(order.rbegin(), order.rend());
        for (int r : order)
            table->removeRow(r);
    });
    return page;
}

} // namespace

ProjectFormDialog::ProjectFormDialog(const project::ProjectInfo& info, bool isNew,
                                     QStringList takenIds, const QString& language, QWidget* parent)
    : QDialog(parent), m_isNew(isNew), m_takenIds(std::move(takenIds)), m_language(language) {
    m_filling = true; // no validation until every widget exists; fill() ends it
    setObjectName(QStringLiteral("projectFormDialog"));
    setWindowTitle(isNew ? tr("New project") : tr("Edit project"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneralPage(), tr("General"));
    m_tabs->addTab(buildPartnersPage(), tr("Partners"));
    m_tabs->addTab(buildIndicatorsPage(), tr("Indicators"));
    m_tabs->addTab(buildRolloutPage(), tr("Stage-3 roll-out"));
    m_tabs->addTab(buildExemptionsPage(), tr("Exemptions and provenance"));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    fill(info);
    validate();
    resize(760, 600);
}

QPushButton* ProjectFormDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

QWidget* ProjectFormDialog::buildGeneralPage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto line = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        connect(edit, &QLineEdit::textChanged, this, &ProjectFormDialog::validate);
        return edit;
    };
    auto combo = [this](const char* name) {
        auto* box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        connect(box, &QComboBox::currentIndexChanged, this, &ProjectFormDialog::validate);
        return box;
    };
    auto year = [this](const char* name, const QString& zeroText) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(0, planning::kLatestYear);
        spin->setSpecialValueText(zeroText);
        connect(spin, &QSpinBox::valueChanged, this, &ProjectFormDialog::validate);
        return spin;
    };

    m_id = line("id");
    m_id->setPlaceholderText(tr("e.g. magok-energy"));
    m_nameKo = line("nameKo");
    m_nameEn = line("nameEn");
    m_sector = combo("sector");
    for (Sector s : {Sector::Transport, Sector::Safety, Sector::Energy, Sector::IndustrySpace})
        m_sector->addItem(app::PlanningText::sector(s), int(s));
    m_task = combo("task");
    connect(m_sector, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillTasks(Sector(m_sector->currentData().toInt()),
                      m_task->currentData().toString().toStdString());
    });
    m_axis = combo("axis");
    m_axis->addItem(tr("(none)"), int(project::Axis::None));
    for (auto a :
         {project::Axis::NewIndustry, project::Axis::GreenEnergy, project::Axis::Regeneration})
        m_axis->addItem(app::PlanningText::axis(a), int(a));
    m_agencyKo = line("agencyKo");
    m_agencyEn = line("agencyEn");
    m_stage = combo("stage");
    for (int s = 1; s <= 3; ++s)
        m_stage->addItem(app::PlanningText::stage(s), s);
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            &ProjectFormDialog::updateRolloutEnabled);
    m_startYear = year("startYear", tr("unknown"));
    m_endYear = year("endYear", tr("open-ended"));
    m_budget = line("budget");
    m_budget->setPlaceholderText(tr("unknown"));
    m_budget->setAlignment(Qt::AlignRight);
    // Regroup the digits when the field is left, so large sums stay readable.
    connect(m_budget, &QLineEdit::editingFinished, this, [this] {
        QString digits = m_budget->text().remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        bool ok = false;
        const long long v = digits.toLongLong(&ok);
        if (ok)
            m_budget->setText(ProjectTableModel::formatBudget(v));
    });
    m_status = combo("status");
    for (auto s : {project::ProjectStatus::Planned, project::ProjectStatus::Running,
                   project::ProjectStatus::Completed, project::ProjectStatus::Suspended})
        m_status->addItem(app::PlanningText::status(s), int(s));

    auto* years = new QHBoxLayout;
    years->addWidget(m_startYear, 1);
    years->addWidget(new QLabel(QStringLiteral("–")));
    years->addWidget(m_endYear, 1);

    form->addRow(tr("Identifier"), m_id);
    form->addRow(tr("Name (Korean)"), m_nameKo);
    form->addRow(tr("Name (English)"), m_nameEn);
    form->addRow(tr("Sector"), m_sector);
    form->addRow(tr("Core task"), m_task);
    form->addRow(tr("Axis"), m_axis);
    form->addRow(tr("Lead agency (Korean)"), m_agencyKo);
    form->addRow(tr("Lead agency (English)"), m_agencyEn);
    form->addRow(tr("Stage"), m_stage);
    form->addRow(tr("Start and end year"), years);
    form->addRow(tr("Budget (KRW)"), m_budget);
    form->addRow(tr("Status"), m_status);
    return page;
}

QWidget* ProjectFormDialog::buildPartnersPage() {
    m_partners = makeTable({tr("Kind"), tr("Name (Korean)"), tr("Name (English)")}, "partners");
    m_partners->setColumnWidth(0, 220);
    m_partners->setColumnWidth(1, 220);
    connect(m_partners, &QTableWidget::itemChanged, this, &ProjectFormDialog::validate);
    connect(m_partners->model(), &QAbstractItemModel::rowsRemoved, this,
            &ProjectFormDialog::validate);
    return withAddRemove(m_partners, tr("Add partner"), tr("Remove partner"), "Partner",
                         [this] { addPartnerRow({}); });
}

QWidget* ProjectFormDialog::buildIndicatorsPage() {
    m_indicators =
        makeTable({tr("Id"), tr("Name (Korean)"), tr("Name (English)"), tr("Unit"), tr("Year"),
                   tr("Baseline"), tr("Target"), tr("Measured"), tr("Additive")},
                  "indicators");
    m_indicators->horizontalHeader()->setStretchLastSection(false);
    m_indicators->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_indicators->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_indicators->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_indicators, &QTableWidget::itemChanged, this, &ProjectFormDialog::validate);
    connect(m_indicators->model(), &QAbstractItemModel::rowsRemoved, this,
            &ProjectFormDialog::validate);
    auto* page = withAddRemove(m_indicators, tr("Add indicator"), tr("Remove indicator"),
                               "Indicator", [this] { addIndicatorRow({}); });
    auto* hint = new QLabel(tr("Additive quantities (tonnes, kWh) add up across projects; "
                               "shares and percentages are averaged."));
    hint->setWordWrap(true);
    static_cast<QVBoxLayout*>(page->layout())->insertWidget(0, hint);
    return page;
}

QWidget* ProjectFormDialog::buildRolloutPage() {
    m_rollout = makeTable({tr("Year"), tr("Districts (comma-separated)")}, "rollout");
    connect(m_rollout, &QTableWidget::itemChanged, this, &ProjectFormDialog::validate);
    connect(m_rollout->model(), &QAbstractItemModel::rowsRemoved, this,
            &ProjectFormDialog::validate);
    m_rolloutPage = withAddRemove(m_rollout, tr("Add year"), tr("Remove year"), "Rollout",
                                  [this] { addRolloutRow({}); });
    auto* hint = new QLabel(tr("Only a stage-3 project is rolled out region by region: the "
                               "districts it reaches, year by year, in order."));
    hint->setWordWrap(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_rolloutPage, 1);
    return page;
}

QWidget* ProjectFormDialog::buildExemptionsPage() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* exemptions = new QGroupBox(tr("Sandbox exemptions the project needs"));
    auto* exemptionLayout = new QVBoxLayout(exemptions);
    for (int i = 0; i < project::kExemptionCount; ++i) {
        auto e = project::Exemption(i + 1);
        auto* box = new QCheckBox(app::PlanningText::exemption(e, m_language));
        box->setObjectName(QStringLiteral("exemption%1").arg(i + 1));
        connect(box, &QCheckBox::toggled, this, &ProjectFormDialog::validate);
        exemptionLayout->addWidget(box);
        m_exemptions[std::size_t(i)] = box;
    }
    layout->addWidget(exemptions);

    auto* provenance = new QGroupBox(tr("Data provenance"));
    auto* form = new QFormLayout(provenance);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto line = [this](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &ProjectFormDialog::validate);
        return edit;
    };
    m_source = line("provenanceSource", tr("e.g. Seoul Open Data Plaza"));
    m_owner = line("provenanceOwner", tr("e.g. SH Corporation"));
    m_date = line("provenanceDate", tr("YYYY-MM-DD"));
    m_licence = line("provenanceLicence", tr("e.g. KOGL Type 1"));
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Licence"), m_licence);
    layout->addWidget(provenance);
    layout->addStretch(1);
    return page;
}

void ProjectFormDialog::fillTasks(Sector sector, const std::string& keep) {
    const bool wasFilling = m_filling;
    m_filling = true;
    m_task->clear();
    m_task->addItem(tr("(none)"), QString());
    bool kept = keep.empty();
    for (const auto& t : project::coreTasks()) {
        if (t.sector != sector)
            continue;
        m_task->addItem(app::PlanningText::task(t.code, m_language), QString::fromLatin1(t.code));
        kept = kept || keep == t.code;
    }
    // A task that does not fit stays visible (and flagged below) instead of being dropped.
    if (!kept) {
        const QString label =
            project::findCoreTask(keep)
                ? tr("%1 (another sector's task)").arg(app::PlanningText::task(keep, m_language))
                : tr("%1 (unknown task)").arg(qs(keep));
        m_task->addItem(label, qs(keep));
    }
    m_task->setCurrentIndex(std::max(0, m_task->findData(qs(keep))));
    m_filling = wasFilling;
    validate();
}

void ProjectFormDialog::addPartnerRow(const project::Partner& partner) {
    const int row = m_partners->rowCount();
    m_partners->insertRow(row);
    auto* kind = new QComboBox;
    for (auto k : {project::PartnerKind::Company, project::PartnerKind::SchoolOrResearch,
                   project::PartnerKind::CitizenGroup})
        kind->addItem(app::PlanningText::partnerKind(k), int(k));
    kind->setCurrentIndex(kind->findData(int(partner.kind)));
    connect(kind, &QComboBox::currentIndexChanged, this, &ProjectFormDialog::validate);
    m_partners->setCellWidget(row, 0, kind);
    m_partners->setItem(row, 1, new QTableWidgetItem(qs(partner.name.ko)));
    m_partners->setItem(row, 2, new QTableWidgetItem(qs(partner.name.en)));
    validate();
}

void ProjectFormDialog::addIndicatorRow(const project::Indicator& ind) {
    const int row = m_indicators->rowCount();
    m_indicators->insertRow(row);
    const QStringList cells{qs(ind.id),
                            qs(ind.name.ko),
                            qs(ind.name.en),
                            qs(ind.unit),
                            ind.year ? QString::number(ind.year) : QString(),
                            numberText(ind.baseline),
                            numberText(ind.target),
                            numberText(ind.measured)};
    for (int c = 0; c < cells.size(); ++c)
        m_indicators->setItem(row, c, new QTableWidgetItem(cells[c]));
    auto* additive = new QTableWidgetItem;
    additive->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    additive->setCheckState(ind.additive ? Qt::Checked : Qt::Unchecked);
    m_indicators->setItem(row, 8, additive);
    validate();
}

void ProjectFormDialog::addRolloutRow(const project::RolloutStep& step) {
    const int row = m_rollout->rowCount();
    m_rollout->insertRow(row);
    QStringList districts;
    for (const auto& d : step.districts)
        districts << qs(d);
    m_rollout->setItem(row, 0,
                       new QTableWidgetItem(step.year ? QString::number(step.year) : QString()));
    m_rollout->setItem(row, 1, new QTableWidgetItem(districts.join(QStringLiteral(", "))));
    validate();
}

void ProjectFormDialog::updateRolloutEnabled() {
    const bool stage3 = m_stage->currentData().toInt() == 3;
    m_rolloutPage->setEnabled(stage3);
}

void ProjectFormDialog::fill(const project::ProjectInfo& info) {
    m_filling = true;
    m_id->setText(qs(info.id));
    m_id->setReadOnly(!m_isNew);
    m_nameKo->setText(qs(info.name.ko));
    m_nameEn->setText(qs(info.name.en));
    if (m_sector->findData(int(info.sector)) < 0)
        m_sector->insertItem(0, tr("(none)"), int(info.sector));
    m_sector->setCurrentIndex(m_sector->findData(int(info.sector)));
    fillTasks(info.sector, info.task);
    m_axis->setCurrentIndex(std::max(0, m_axis->findData(int(info.axis))));
    m_agencyKo->setText(qs(info.leadAgency.ko));
    m_agencyEn->setText(qs(info.leadAgency.en));
    // A stage outside 1..3 (from a hand-edited file) is kept and flagged by the validator.
    if (m_stage->findData(info.stage) < 0)
        m_stage->addItem(QString::number(info.stage), info.stage);
    m_stage->setCurrentIndex(m_stage->findData(info.stage));
    m_startYear->setValue(info.startYear);
    m_endYear->setValue(info.endYear);
    m_budget->setText(info.budgetKrw ? ProjectTableModel::formatBudget(*info.budgetKrw)
                                     : QString());
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(info.status))));
    for (const auto& p : info.partners)
        addPartnerRow(p);
    for (const auto& ind : info.indicators)
        addIndicatorRow(ind);
    for (const auto& step : info.rollout)
        addRolloutRow(step);
    for (auto e : info.requiredExemptions)
        m_exemptions[std::size_t(int(e) - 1)]->setChecked(true);
    m_source->setText(qs(info.provenance.source));
    m_owner->setText(qs(info.provenance.owner));
    m_date->setText(qs(info.provenance.date));
    m_licence->setText(qs(info.provenance.licence));
    updateRolloutEnabled();
    m_filling = false;
}

project::ProjectInfo ProjectFormDialog::read(QStringList* parseProblems) const {
    auto complain = [parseProblems](const QString& text) {
        if (parseProblems)
            parseProblems->append(text);
    };
    project::ProjectInfo info;
    info.id = str(m_id);
    info.name = {str(m_nameKo), str(m_nameEn)};
    info.sector = Sector(m_sector->currentData().toInt());
    info.task = m_task->currentData().toString().toStdString();
    info.axis = project::Axis(m_axis->currentData().toInt());
    info.leadAgency = {str(m_agencyKo), str(m_agencyEn)};
    info.stage = m_stage->currentData().toInt();
    info.startYear = m_startYear->value();
    info.endYear = m_endYear->value();
    const QString budget = m_budget->text().remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (!budget.isEmpty()) {
        bool ok = false;
        const long long v = budget.toLongLong(&ok);
        if (ok)
            info.budgetKrw = v;
        else
            complain(tr("Budget: \"%1\" is not a whole number of won.").arg(m_budget->text()));
    }
    info.status = project::ProjectStatus(m_status->currentData().toInt());

    for (int r = 0; r < m_partners->rowCount(); ++r) {
        project::Partner partner;
        if (auto* kind = qobject_cast<QComboBox*>(m_partners->cellWidget(r, 0)))
            partner.kind = project::PartnerKind(kind->currentData().toInt());
        partner.name = {cellText(m_partners, r, 1).toStdString(),
                        cellText(m_partners, r, 2).toStdString()};
        if (partner.name.ko.empty() && partner.name.en.empty())
            complain(tr("Partner %1: a name in Korean or English is required.").arg(r + 1));
        info.partners.push_back(std::move(partner));
    }

    for (int r = 0; r < m_indicators->rowCount(); ++r) {
        project::Indicator ind;
        ind.id = cellText(m_indicators, r, 0).toStdString();
        ind.name = {cellText(m_indicators, r, 1).toStdString(),
                    cellText(m_indicators, r, 2).toStdString()};
        ind.unit = cellText(m_indicators, r, 3).toStdString();
        const QString year = cellText(m_indicators, r, 4);
        bool ok = true;
        if (!year.isEmpty()) {
            ind.year = year.toInt(&ok);
            if (!ok)
                complain(tr("Indicator %1: \"%2\" is not a year.").arg(r + 1).arg(year));
        }
        std::optional<double>* values[] = {&ind.baseline, &ind.target, &ind.measured};
        for (int v = 0; v < 3; ++v) {
            const QString text = cellText(m_indicators, r, 5 + v);
            *values[v] = parseNumber(text, &ok);
            if (!ok)
                complain(tr("Indicator %1: \"%2\" is not a number.").arg(r + 1).arg(text));
        }
        const QTableWidgetItem* additive = m_indicators->item(r, 8);
        ind.additive = !additive || additive->checkState() == Qt::Checked;
        info.indicators.push_back(std::move(ind));
    }

    for (int r = 0; r < m_rollout->rowCount(); ++r) {
        project::RolloutStep step;
        const QString year = cellText(m_rollout, r, 0);
        bool ok = false;
        step.year = year.toInt(&ok);
        if (!ok)
            complain(tr("Roll-out row %1: \"%2\" is not a year.").arg(r + 1).arg(year));
        static const QRegularExpression separators(QStringLiteral("[,;、\\s]+"));
        for (const QString& d : cellText(m_rollout, r, 1).split(separators, Qt::SkipEmptyParts))
            step.districts.push_back(d.toStdString());
        if (step.districts.empty())
            complain(tr("Roll-out row %1: name at least one district.").arg(r + 1));
        info.rollout.push_back(std::move(step));
    }

    for (int i = 0; i < project::kExemptionCount; ++i)
        if (m_exemptions[std::size_t(i)]->isChecked())
            info.requiredExemptions.push_back(project::Exemption(i + 1));
    info.provenance = {str(m_source), str(m_owner), str(m_date), str(m_licence)};
    if (!m_date->text().trimmed().isEmpty() &&
        !QDate::fromString(m_date->text().trimmed(), Qt::ISODate).isValid())
        complain(tr("Provenance date: \"%1\" is not a date like 2024-05-01.")
                     .arg(m_date->text().trimmed()));
    return info;
}

project::ProjectInfo ProjectFormDialog::project() const {
    return read(nullptr);
}

QString ProjectFormDialog::fieldLabel(const std::string& field) const {
    static const QRegularExpression indexed(QStringLiteral("^indicators\\[(\\d+)\\]$"));
    const QString key = qs(field);
    if (const auto m = indexed.match(key); m.hasMatch())
        return tr("Indicator %1").arg(m.captured(1).toInt() + 1);
    if (key == QLatin1String("id"))
        return tr("Identifier");
    if (key == QLatin1String("name"))
        return tr("Name");
    if (key == QLatin1String("task"))
        return tr("Core task");
    if (key == QLatin1String("start_year"))
        return tr("Start year");
    if (key == QLatin1String("end_year"))
        return tr("End year");
    if (key == QLatin1String("stage"))
        return tr("Stage");
    if (key == QLatin1String("budget"))
        return tr("Budget");
    if (key == QLatin1String("rollout"))
        return tr("Roll-out");
    return key;
}

void ProjectFormDialog::validate() {
    if (m_filling)
        return;
    QStringList problems;
    const project::ProjectInfo info = read(&problems);
    std::vector<planning::ValidationProblem> found = planning::validateProject(info);
    if (m_isNew && !info.id.empty() && m_takenIds.contains(qs(info.id)))
        found.push_back({"id", planning::ProblemCode::DuplicateId, {info.id}});
    QStringList sentences;
    for (auto p : found) {
        p.field = fieldLabel(p.field).toStdString();
        // The validator names the task's sector by its file key; show it in the UI language.
        if (p.code == planning::ProblemCode::TaskSectorMismatch && p.args.size() > 1)
            if (const auto sector = project::sectorFromKey(p.args[1]))
                p.args[1] = app::PlanningText::sector(*sector).toStdString();
        sentences << app::PlanningText::problem(p);
    }
    m_problems = sentences + problems;
    m_problemLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    okButton()->setEnabled(m_problems.isEmpty());
}

} // namespace cw::widgets
