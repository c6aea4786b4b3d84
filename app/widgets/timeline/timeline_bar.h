// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>
#include <optional>
#include <set>

class QCheckBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace cw::widgets {

/// The plan's timeline: a year slider with an "All years" switch and a play button, and one
/// toggle per roll-out stage. It only reports what the user picked; the owner applies it.
class TimelineBar : public QToolBar {
    Q_OBJECT

public:
    static constexpr int kPlayIntervalMs = 700;

    explicit TimelineBar(QWidget* parent = nullptr);

    /// The years the slider spans; `first` 0 (a plan without years) disables the year controls.
    void setYearRange(int first, int last);
    /// Shows a filter set elsewhere, without emitting filterChanged().
    void showFilter(std::optional<int> year, const std::set<int>& stages);

    /// The year picked, or none when "All years" is on.
    std::optional<int> year() const;
    /// The stages shown; empty when all three are.
    std::set<int> stages() const;
    bool isPlaying() const;

public slots:
    /// Steps through the years from the current one (the first, when at the end or on "All
    /// years"), one every kPlayIntervalMs, and stops at the last year.
    void play();
    void pause();

signals:
    void filterChanged();

private:
    void onAllYearsToggled(bool all);
    void onStageToggled(QToolButton* button, bool checked);
    void advance();
    void updateYearLabel();
    void updatePlayButton();

    QCheckBox* m_allYears;
    QSlider* m_slider;
    QLabel* m_yearLabel;
    QToolButton* m_play;
    QToolButton* m_stage[3];
    QTimer* m_timer;
    bool m_quiet = false; // showing a filter: no signal
};

} // namespace cw::widgets
