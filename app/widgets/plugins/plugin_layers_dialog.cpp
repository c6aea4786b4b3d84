// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plugins/plugin_layers_dialog.h"

#include "common/planning_text.h"
#include "widgets/legend_icon.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::widgets {
namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString stageName(int stage) {
    switch (stage) {
    case 1:
        return PluginLayersDialog::tr("stage 1, unit project");
    case 2:
        return PluginLayersDialog::tr("stage 2, integrated pilot (living lab)");
    case 3:
        return PluginLayersDialog::tr("stage 3, region-wide roll-out");
    default:
        return PluginLayersDialog::tr("stage %1").arg(stage);
    }
}
} // namespace

QString PluginLayersDialog::sectorName(project::Sector sector) {
    const QString name = app::PlanningText::sector(sector);
    return name.isEmpty() ? tr("Base layer") : name;
}

PluginLayersDialog::PluginLayersDialog(std::vector<OfferedLayerSource> offers,
                                       const QString& language, QWidget* parent)
    : QDialog(parent), m_offers(std::move(offers)), m_language(language.toStdString()),
      m_sources(new QListWidget(this)), m_title(new QLabel(this)), m_description(new QLabel(this)),
      m_project(new QLabel(this)), m_layers(new QTableWidget(0, LayerColumnCount, this)),
      m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add layers from plugin"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add layers"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const auto& offer : m_offers) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(qs(offer.source.name.in(m_language)), offer.pluginName));
        item->setIcon(LegendIcon::swatch(
            LegendIcon::toQColor(project::sectorColor(offer.source.project.sector))));
        item->setToolTip(tr("Plugin %1 version %2").arg(offer.pluginId, offer.pluginVersion));
        m_sources->addItem(item);
    }
    m_sources->setMinimumWidth(300);
    m_sources->setSpacing(3);
    m_sources->setWordWrap(true);
    m_sources->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_sources, &QListWidget::currentRowChanged, this, &PluginLayersDialog::showSelected);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_title, m_description, m_project, m_note}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_layers->setHorizontalHeaderLabels(
        {tr("Layer"), tr("Sector"), tr("Source"), tr("Owner"), tr("Date"), tr("Licence")});
    m_layers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_layers->setSelectionMode(QAbstractItemView::NoSelection);
    m_layers->verticalHeader()->hide();
    m_layers->setWordWrap(true);
    m_layers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sources are sentences: they wrap, so the table never scrolls sideways.
    m_layers->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch);
    m_layers->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_project);
    detailsLayout->addWidget(m_layers, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sources);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(1200, 600);

    if (m_offers.empty()) {
        m_title->setText(tr("No layers on offer"));
        m_description->setText(
            tr("No loaded plugin offers layers. Plugins > Manage Plugins lists every plugin "
               "found and why any of them is not loaded."));
        m_project->hide();
        m_layers->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        // Start on the first source the project does not hold yet.
        const auto fresh = std::find_if(m_offers.begin(), m_offers.end(),
                                        [](const auto& o) { return !o.alreadyInProject; });
        m_sources->setCurrentRow(fresh == m_offers.end() ? 0 : int(fresh - m_offers.begin()));
    }
}

int PluginLayersDialog::selectedIndex() const {
    return m_sources->currentRow();
}

bool PluginLayersDialog::selectSource(const QString& pluginId, const QString& sourceId) {
    for (std::size_t i = 0; i < m_offers.size(); ++i) {
        if (m_offers[i].pluginId == pluginId && qs(m_offers[i].source.id) == sourceId) {
            m_sources->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

QString PluginLayersDialog::projectSummary(const sdk::ProjectDescription& project) const {
    QStringList parts{tr("Project: <b>%1</b>").arg(qs(project.name.in(m_language)).toHtmlEscaped()),
                      tr("Sector: %1").arg(sectorName(project.sector))};
    if (!project.task.empty())
        parts << tr("Core task: %1").arg(qs(project.task).toHtmlEscaped());
    parts << stageName(project.stage);
    const std::string agency = project.leadAgency.in(m_language);
    if (!agency.empty())
        parts << tr("Lead agency: %1").arg(qs(agency).toHtmlEscaped());
    if (project.startYear > 0)
        parts << tr("Years: %1–%2")
                     .arg(project.startYear)
                     .arg(project.endYear > 0 ? QString::number(project.endYear) : QString());
    return parts.join(QStringLiteral(" · "));
}

void PluginLayersDialog::showSelected() {
    const int index = selectedIndex();
    m_layers->setRowCount(0);
    if (index < 0 || index >= int(m_offers.size()))
        return;
    const OfferedLayerSource& offer = m_offers[std::size_t(index)];
    const sdk::LayerSource& source = offer.source;
    m_title->setText(qs(source.name.in(m_language)));
    m_description->setText(qs(source.description.in(m_language)));
    m_description->setVisible(!m_description->text().isEmpty());
    m_project->setText(projectSummary(source.project));
    m_layers->setRowCount(int(source.layers.size()));
    for (int row = 0; row < int(source.layers.size()); ++row) {
        const sdk::LayerContribution& layer = source.layers[std::size_t(row)];
        const QStringList cells{qs(layer.name.in(m_language)), sectorName(layer.sector),
                                qs(layer.provenance.source),   qs(layer.provenance.owner),
                                qs(layer.provenance.date),     qs(layer.provenance.licence)};
        for (int column = 0; column < LayerColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_layers->setItem(row, column, item);
        }
        m_layers->item(row, LayerName)
            ->setIcon(LegendIcon::swatch(LegendIcon::toQColor(project::sectorColor(layer.sector))));
    }
    m_note->setText(offer.alreadyInProject
                        ? tr("These layers are in the project already.")
                        : tr("The %n layer(s) will be added under the project \"%1\".", nullptr,
                             int(source.layers.size()))
                              .arg(qs(source.project.name.in(m_language))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!offer.alreadyInProject);
}

} // namespace cw::widgets
