// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/scenarios/scenario_compare_dialog.h"

#include "cityweave/planning/scenarios.h"
#include "common/error_text.h"
#include "common/planning_text.h"
#include "common/result_value_text.h"
#include "services/background_job.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

namespace cw::widgets {
namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

/// Appends a row of texts; `key` (a field or id, untranslated) is kept on the first cell.
void addRow(QTableWidget* t, const QStringList& cells, const QString& key = {}) {
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c == 0) {
            item->setData(Qt::UserRole, key);
            item->setToolTip(cells[c]);
        }
        t->setItem(row, c, item);
    }
}

QString number(std::optional<double> v) {
    return v ? QLocale().toString(*v, 'g', 12) : QStringLiteral("–");
}

QString rolloutText(const project::ProjectInfo& p) {
    QStringList steps;
    for (const auto& s : p.rollout) {
        QStringList d;
        for (const auto& code : s.districts)
            d << QString::fromStdString(code);
        steps << QStringLiteral("%1: %2").arg(s.year).arg(d.join(QStringLiteral(", ")));
    }
    return steps.join(QStringLiteral("; "));
}

/// The value of one changed field as the registry shows it; empty for lists shown elsewhere.
QString fieldValue(const project::ProjectInfo& p, const std::string& field, const QString& lang) {
    const std::string l = lang.toStdString();
    if (field == "name")
        return QString::fromStdString(p.name.in(l));
    if (field == "task")
        return app::PlanningText::task(p.task, lang);
    if (field == "lead_agency")
        return QString::fromStdString(p.leadAgency.in(l));
    if (field == "stage")
        return app::PlanningText::stage(p.stage);
    if (field == "start_year")
        return p.startYear ? QString::number(p.startYear) : QStringLiteral("?");
    if (field == "end_year")
        return p.endYear ? QString::number(p.endYear) : QStringLiteral("–");
    if (field == "axis")
        return app::PlanningText::axis(p.axis);
    if (field == "budget")
        return p.budgetKrw ? QLocale().toString(*p.budgetKrw) : QStringLiteral("–");
    if (field == "status")
        return app::PlanningText::status(p.status);
    if (field == "rollout")
        return rolloutText(p);
    return {};
}

const project::ProjectInfo* findProject(const project::Project& p, const std::string& id) {
    return p.findProject(id);
}

const project::SandboxZone* findZone(const project::Project& p, const std::string& id) {
    for (const auto& z : p.sandboxZones)
        if (z.id == id)
            return &z;
    return nullptr;
}

} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(project::Project project, QString projectPath,
                                             QString language,
                                             const analysis::AnalysisRegistry& registry,
                                             QWidget* parent)
    : QDialog(parent), m_project(std::move(project)), m_path(std::move(projectPath)),
      m_language(std::move(language)), m_analyses(registry) {
    setObjectName(QStringLiteral("scenarioCompareDialog"));
    setWindowTitle(tr("Compare Scenarios"));
    auto* layout = new QVBoxLayout(this);

    auto* pick = new QHBoxLayout;
    m_a = new QComboBox(this);
    m_a->setObjectName(QStringLiteral("scenarioA"));
    m_b = new QComboBox(this);
    m_b->setObjectName(QStringLiteral("scenarioB"));
    for (const auto& s : m_project.scenarios) {
        QString name = scenarioName(s.id);
        if (s.id == m_project.activeScenario)
            name = tr("%1 (current)").arg(name);
        m_a->addItem(name, QString::fromStdString(s.id));
        m_b->addItem(name, QString::fromStdString(s.id));
    }
    pick->addWidget(new QLabel(tr("Scenario A:"), this));
    pick->addWidget(m_a, 1);
    pick->addWidget(new QLabel(tr("Scenario B:"), this));
    pick->addWidget(m_b, 1);
    layout->addLayout(pick);

    m_registry = makeTable(QStringLiteral("registryDifferences"),
                           {tr("Project"), tr("Field"), tr("A"), tr("B")}, this);
    // A and B side by side share the width; long roll-out lists wrap instead of scrolling.
    m_registry->setWordWrap(true);
    m_registry->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_registry->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_registry->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_indicators =
        makeTable(QStringLiteral("indicatorDifferences"),
                  {tr("Project"), tr("Indicator"), tr("Unit"), tr("Year"), tr("A target"),
                   tr("A measured"), tr("B target"), tr("B measured"), tr("Difference (B − A)")},
                  this);
    m_zones =
        makeTable(QStringLiteral("zoneDifferences"), {tr("Sandbox zone"), tr("Difference")}, this);
    m_overlap = makeTable(QStringLiteral("overlapFigures"),
                          {tr("Figure"), tr("A"), tr("B"), tr("Difference (B − A)")}, this);
    // The figures' names take what the numbers leave (elided, whole in the tooltip): with the
    // plugins' analyses they are long, and the numbers must stay in view.
    m_overlap->horizontalHeader()->setStretchLastSection(false);
    m_overlap->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_overlap->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_features =
        makeTable(QStringLiteral("featureChanges"),
                  {tr("Layer"), tr("Added"), tr("Removed"), tr("Moved"), tr("Edited")}, this);

    auto group = [this](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title, this);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(4, 4, 4, 4);
        l->addWidget(content);
        return box;
    };
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(group(tr("Registry"), m_registry));
    left->addWidget(group(tr("Indicators"), m_indicators));
    left->addWidget(group(tr("Sandbox zones"), m_zones));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(group(tr("Overlap and analysis figures"), m_overlap));
    right->addWidget(group(tr("Changed features"), m_features));
    right->setSizes({440, 180});
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scenarioCompareStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelFigures"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ScenarioCompareDialog::cancelFigures);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1200, 720);

    if (m_b->count() > 1)
        m_b->setCurrentIndex(1);
    connect(m_a, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::refresh);
    connect(m_b, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::refresh);
    refresh();
}

ScenarioCompareDialog::~ScenarioCompareDialog() {
    m_token.cancel();
    m_future.waitForFinished();
}

void ScenarioCompareDialog::compare(const QString& idA, const QString& idB) {
    const QSignalBlocker blockA(m_a), blockB(m_b);
    m_a->setCurrentIndex(m_a->findData(idA));
    m_b->setCurrentIndex(m_b->findData(idB));
    refresh();
}

QString ScenarioCompareDialog::scenarioName(const std::string& id) const {
    for (const auto& s : m_project.scenarios)
        if (s.id == id) {
            const std::string name = s.name.in(m_language.toStdString());
            return name.empty() ? QString::fromStdString(id) : QString::fromStdString(name);
        }
    return QString::fromStdString(id);
}

QString ScenarioCompareDialog::projectName(const project::Project& p, const std::string& id) const {
    const project::ProjectInfo* info = findProject(p, id);
    const std::string name = info ? info->name.in(m_language.toStdString()) : std::string();
    return name.empty() ? QString::fromStdString(id) : QString::fromStdString(name);
}

void ScenarioCompareDialog::refresh() {
    cancelFigures();
    for (QTableWidget* t : {m_registry, m_indicators, m_zones, m_overlap, m_features})
        t->setRowCount(0);
    if (m_a->count() < 2) {
        m_status->setText(tr("The project needs two scenarios to compare: create one from the "
                             "current plan first."));
        return;
    }
    const std::string idA = m_a->currentData().toString().toStdString();
    const std::string idB = m_b->currentData().toString().toStdString();
    auto a = services::projectInScenario(m_project, idA);
    auto b = services::projectInScenario(m_project, idB);
    if (!a || !b) {
        m_status->setText(app::ErrorText::describe(!a ? a.error() : b.error()));
        return;
    }
    fillRegistry(*a, *b);
    fillIndicators(*a, *b);
    fillZones(*a, *b);
    for (QTableWidget* t : {m_indicators, m_zones})
        t->resizeColumnsToContents();
    m_registry->resizeRowsToContents();
    startFigures();
}

void ScenarioCompareDialog::fillRegistry(const project::Project& a, const project::Project& b) {
    const auto d = planning::compareScenarios(planning::currentPlan(a), planning::currentPlan(b));
    for (const auto& id : d.projectsOnlyInA)
        addRow(m_registry, {projectName(a, id), tr("Only in A"), tr("yes"), tr("no")},
               QString::fromStdString(id));
    for (const auto& id : d.projectsOnlyInB)
        addRow(m_registry, {projectName(b, id), tr("Only in B"), tr("no"), tr("yes")},
               QString::fromStdString(id));
    for (const auto& change : d.projectsChanged) {
        const auto* pa = findProject(a, change.id);
        const auto* pb = findProject(b, change.id);
        for (const auto& field : change.fields) {
            QString va = fieldValue(*pa, field, m_language);
            QString vb = fieldValue(*pb, field, m_language);
            if (va.isEmpty() && vb.isEmpty())
                va = vb = tr("differs");
            // The key "project/field" lets a test (and a later filter) find the row.
            addRow(m_registry, {projectName(a, change.id), app::PlanningText::field(field), va, vb},
                   QString::fromStdString(change.id + "/" + field));
        }
    }
    if (m_registry->rowCount() == 0)
        addRow(m_registry, {tr("The two registries are the same.")});
}

void ScenarioCompareDialog::fillIndicators(const project::Project& a, const project::Project& b) {
    const auto d = planning::compareScenarios(planning::currentPlan(a), planning::currentPlan(b));
    for (const auto& c : d.indicators) {
        QString name = QString::fromStdString(c.indicatorId);
        for (const auto* p : {findProject(a, c.projectId), findProject(b, c.projectId)})
            if (p)
                for (const auto& i : p->indicators)
                    if (i.id == c.indicatorId)
                        name = QString::fromStdString(i.name.in(m_language.toStdString()));
        // The difference of what both give: measured values first, else targets.
        std::optional<double> diff;
        if (c.measuredA && c.measuredB)
            diff = *c.measuredB - *c.measuredA;
        else if (c.targetA && c.targetB)
            diff = *c.targetB - *c.targetA;
        addRow(m_indicators,
               {projectName(a, c.projectId), name, QString::fromStdString(c.unit),
                QString::number(c.year), number(c.targetA), number(c.measuredA), number(c.targetB),
                number(c.measuredB), number(diff)},
               QString::fromStdString(c.projectId + "/" + c.indicatorId));
    }
    if (m_indicators->rowCount() == 0)
        addRow(m_indicators, {tr("No indicator differs.")});
}

void ScenarioCompareDialog::fillZones(const project::Project& a, const project::Project& b) {
    const auto d = planning::compareScenarios(planning::currentPlan(a), planning::currentPlan(b));
    auto zoneName = [&](const project::Project& p, const std::string& id) {
        const auto* z = findZone(p, id);
        return z ? QString::fromStdString(z->name.in(m_language.toStdString()))
                 : QString::fromStdString(id);
    };
    for (const auto& id : d.zonesOnlyInA)
        addRow(m_zones, {zoneName(a, id), tr("Only in A")}, QString::fromStdString(id));
    for (const auto& id : d.zonesOnlyInB)
        addRow(m_zones, {zoneName(b, id), tr("Only in B")}, QString::fromStdString(id));
    for (const auto& c : d.zonesChanged) {
        QStringList fields;
        for (const auto& f : c.fields)
            fields << app::PlanningText::field(f);
        addRow(m_zones, {zoneName(a, c.id), fields.join(QStringLiteral(", "))},
               QString::fromStdString(c.id));
    }
    if (m_zones->rowCount() == 0)
        addRow(m_zones, {tr("The sandbox zones are the same.")});
}

void ScenarioCompareDialog::startFigures() {
    if (m_path.isEmpty()) {
        m_status->setText(tr("Save the project to compare overlap figures and features."));
        return;
    }
    m_token = CancelToken();
    const quint64 serial = ++m_serial;
    m_running = true;
    m_status->setText(tr("Computing overlap figures…"));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    auto work = [project = m_project, path = m_path.toStdString(),
                 a = m_a->currentData().toString().toStdString(),
                 b = m_b->currentData().toString().toStdString(), token = m_token,
                 registry = &m_analyses](services::JobProgress& progress) {
        return services::compareScenarios(path, project, a, b, *registry, progress.part(0.0, 1.0),
                                          token);
    };
    m_future = services::startBackgroundJob<Result<services::ScenarioFigures>>(
        this, std::move(work),
        [this, serial](const Result<services::ScenarioFigures>& figures) {
            if (serial != m_serial)
                return; // another comparison replaced this one
            m_running = false;
            m_progress->hide();
            m_cancel->hide();
            showFigures(figures);
            emit figuresFinished();
        },
        [this](double fraction, const QString&) { m_progress->setValue(int(fraction * 100)); });
}

void ScenarioCompareDialog::cancelFigures() {
    if (!m_running)
        return;
    m_token.cancel();
    ++m_serial; // the cancelled run's result is dropped
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(tr("Overlap figures cancelled."));
    emit figuresFinished();
}

void ScenarioCompareDialog::showFigures(const Result<services::ScenarioFigures>& figures) {
    if (!figures) {
        m_status->setText(
            figures.error().code == ErrorCode::Cancelled
                ? tr("Overlap figures cancelled.")
                : tr("Overlap figures failed: %1").arg(app::ErrorText::describe(figures.error())));
        return;
    }
    const QLocale locale;
    const services::OverlapFigures& a = figures->a;
    const services::OverlapFigures& b = figures->b;
    addRow(m_overlap,
           {tr("Overlapping project pairs"), QString::number(a.overlappingPairs),
            QString::number(b.overlappingPairs),
            QString::number(b.overlappingPairs - a.overlappingPairs)},
           QStringLiteral("overlapping_project_pairs"));
    addRow(m_overlap,
           {tr("Total overlap area (m²)"), locale.toString(a.overlapAreaM2, 'f', 0),
            locale.toString(b.overlapAreaM2, 'f', 0),
            locale.toString(b.overlapAreaM2 - a.overlapAreaM2, 'f', 0)},
           QStringLiteral("total_overlap_area_m2"));
    addRow(m_overlap,
           {tr("Points inside another project's area"), QString::number(a.pointsInOther),
            QString::number(b.pointsInOther), QString::number(b.pointsInOther - a.pointsInOther)},
           QStringLiteral("points_in_other"));
    for (const auto& f : figures->analyses)
        addAnalysisFigure(f);
    for (const auto& l : figures->layers)
        addRow(m_features,
               {QString::fromStdString(l.layerName.in(m_language.toStdString())),
                QString::number(l.added), QString::number(l.removed), QString::number(l.moved),
                QString::number(l.edited)},
               QString::fromStdString(l.layerId));
    if (figures->layers.empty())
        addRow(m_features, {tr("Both scenarios draw every layer from the same data.")});
    m_overlap->resizeRowsToContents();
    m_features->resizeColumnsToContents();
    m_status->setText(
        tr("Compared %1 (A) with %2 (B).").arg(m_a->currentText(), m_b->currentText()));
}

void ScenarioCompareDialog::addAnalysisFigure(const services::AnalysisFigure& figure) {
    // Figures by their titles with units, and formatted by their kind (a share as a
    // percentage, a count whole), as the analysis panel shows them.
    const analysis::Analysis* producer = m_analyses.find(figure.analysisId);
    const app::ResultValueText text(m_language, {}, {},
                                    producer ? &producer->descriptor() : nullptr);
    const data::Field column{figure.key, data::FieldType::Real};
    const auto kind = text.kind(column);
    auto shown = [&](const std::optional<double>& v) {
        return v ? text.value(*v, column) : tr("not run");
    };
    const QString id = QString::fromStdString(figure.analysisId);
    if (m_overlap->rowCount() == 0 || !m_overlap->item(m_overlap->rowCount() - 1, 0)
                                           ->data(Qt::UserRole)
                                           .toString()
                                           .startsWith(id + QLatin1Char('/'))) {
        // The analysis's name once, across the row, above its figures.
        QString analysis = id;
        if (const auto* a = m_analyses.find(figure.analysisId))
            analysis = QString::fromStdString(a->descriptor().name.in(m_language.toStdString()));
        addRow(m_overlap, {analysis}, id);
        const int row = m_overlap->rowCount() - 1;
        m_overlap->setSpan(row, 0, 1, m_overlap->columnCount());
        QFont bold = m_overlap->font();
        bold.setBold(true);
        m_overlap->item(row, 0)->setFont(bold);
    }
    const QString difference =
        figure.a && figure.b && kind != analysis::ColumnKind::Flag // a yes/no has no difference
            ? app::ResultValueText::number(*figure.b - *figure.a, kind, text.locale())
            : QString();
    addRow(
        m_overlap,
        {QStringLiteral("    ") + text.title(column), shown(figure.a), shown(figure.b), difference},
        id + QLatin1Char('/') + QString::fromStdString(figure.key));
}

} // namespace cw::widgets
