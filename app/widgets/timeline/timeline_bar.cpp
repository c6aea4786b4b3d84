// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/timeline/timeline_bar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <iterator>

namespace cw::widgets {
namespace {

QString stageName(int stage) {
    switch (stage) {
    case 1:
        return TimelineBar::tr("Stage 1: unit project");
    case 2:
        return TimelineBar::tr("Stage 2: integrated pilot");
    default:
        return TimelineBar::tr("Stage 3: region-wide roll-out");
    }
}

} // namespace

TimelineBar::TimelineBar(QWidget* parent)
    : QToolBar(tr("Timeline"), parent), m_allYears(new QCheckBox(tr("All years"), this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_yearLabel(new QLabel(this)),
      m_play(new QToolButton(this)), m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("timelineBar"));
    m_allYears->setObjectName(QStringLiteral("timelineAllYears"));
    m_allYears->setToolTip(tr("Show the whole plan, whatever the year"));
    m_allYears->setChecked(true);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setPageStep(1);
    m_slider->setMinimumWidth(240);
    m_slider->setMaximumWidth(560); // a year a few dozen pixels wide, not the whole window
    m_slider->setToolTip(tr("The plan as it stands in this year"));
    m_yearLabel->setObjectName(QStringLiteral("timelineYearLabel"));
    m_yearLabel->setMinimumWidth(
        m_yearLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000–0000")) + 12);
    m_play->setObjectName(QStringLiteral("timelinePlay"));
    m_timer->setInterval(kPlayIntervalMs);

    addWidget(new QLabel(tr("Year:"), this));
    addWidget(m_allYears);
    addWidget(m_slider);
    addWidget(m_yearLabel);
    addWidget(m_play);
    addSeparator();
    addWidget(new QLabel(tr("Stages:"), this));
    for (int s = 0; s < 3; ++s) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("timelineStage%1").arg(s + 1));
        b->setText(QString::number(s + 1));
        b->setToolTip(stageName(s + 1));
        b->setCheckable(true);
        b->setChecked(true);
        b->setAutoRaise(false);
        addWidget(b);
        m_stage[s] = b;
        connect(b, &QToolButton::toggled, this, [this, b](bool on) { onStageToggled(b, on); });
    }

    connect(m_allYears, &QCheckBox::toggled, this, &TimelineBar::onAllYearsToggled);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateYearLabel();
        if (!m_quiet)
            emit filterChanged();
    });
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_timer, &QTimer::timeout, this, &TimelineBar::advance);
    setYearRange(0, 0);
    updatePlayButton();
}

void TimelineBar::setYearRange(int first, int last) {
    const QSignalBlocker block(m_slider);
    const bool hasYears = first > 0 && last >= first;
    if (hasYears)
        m_slider->setRange(first, last); // clamps the current year into the new span
    else
        pause();
    m_allYears->setEnabled(hasYears);
    m_slider->setEnabled(hasYears && !m_allYears->isChecked());
    m_play->setEnabled(hasYears);
    updateYearLabel();
}

void TimelineBar::showFilter(std::optional<int> year, const std::set<int>& stages) {
    m_quiet = true;
    m_allYears->setChecked(!year);
    if (year)
        m_slider->setValue(*year);
    for (int s = 0; s < 3; ++s)
        m_stage[s]->setChecked(stages.empty() || stages.contains(s + 1));
    m_quiet = false;
    updateYearLabel();
}

std::optional<int> TimelineBar::year() const {
    if (m_allYears->isChecked() || !m_allYears->isEnabled())
        return std::nullopt;
    return m_slider->value();
}

std::set<int> TimelineBar::stages() const {
    std::set<int> shown;
    for (int s = 0; s < 3; ++s)
        if (m_stage[s]->isChecked())
            shown.insert(s + 1);
    return shown.size() == 3 ? std::set<int>{} : shown;
}

bool TimelineBar::isPlaying() const {
    return m_timer->isActive();
}

void TimelineBar::play() {
    if (!m_play->isEnabled())
        return;
    m_quiet = true; // one filterChanged() for the whole set-up
    if (m_allYears->isChecked() || m_slider->value() >= m_slider->maximum()) {
        m_slider->setValue(m_slider->minimum());
        m_allYears->setChecked(false);
    }
    m_quiet = false;
    updateYearLabel();
    emit filterChanged();
    m_timer->start();
    updatePlayButton();
}

void TimelineBar::pause() {
    m_timer->stop();
    updatePlayButton();
}

void TimelineBar::advance() {
    if (m_allYears->isChecked() || m_slider->value() >= m_slider->maximum()) {
        pause();
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
    if (m_slider->value() >= m_slider->maximum())
        pause();
}

void TimelineBar::onAllYearsToggled(bool all) {
    m_slider->setEnabled(!all && m_allYears->isEnabled());
    if (all)
        pause();
    updateYearLabel();
    if (!m_quiet)
        emit filterChanged();
}

void TimelineBar::onStageToggled(QToolButton* button, bool checked) {
    // Showing no stage at all would mean an empty map: keep the last one on.
    const bool anyOn = std::any_of(std::begin(m_stage), std::end(m_stage),
                                   [](const QToolButton* b) { return b->isChecked(); });
    if (!checked && !anyOn && !m_quiet) {
        const QSignalBlocker block(button);
        button->setChecked(true);
        return;
    }
    if (!m_quiet)
        emit filterChanged();
}

void TimelineBar::updateYearLabel() {
    const auto y = year();
    // On "All years" the label names the span the plan covers.
    if (y)
        m_yearLabel->setText(QString::number(*y));
    else if (m_allYears->isEnabled())
        m_yearLabel->setText(tr("%1–%2").arg(m_slider->minimum()).arg(m_slider->maximum()));
    else
        m_yearLabel->setText(tr("No years"));
}

void TimelineBar::updatePlayButton() {
    const bool playing = isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play the plan year by year"));
}

} // namespace cw::widgets
