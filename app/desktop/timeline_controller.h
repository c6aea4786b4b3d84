// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <memory>
#include <string>

class QMenu;

namespace cw::widgets {
class MapCanvas;
class RolloutOverlay;
class TimelineBar;
} // namespace cw::widgets

namespace cw::desktop {

class MainWindow;
class ProjectDocument;

/// The timeline bar: year slider, play button and stage filter; sets the document's
/// render::PlanFilter. Built by the main window, which it outlives neither; it adds its own docks,
/// toolbars and actions to `window` and to the Plan menu. It also greys what the filter hides in
/// the layer tree and outlines, for a set year, the districts stage-3 roll-outs have reached.
class TimelineController : public QObject {
    Q_OBJECT

public:
    TimelineController(ProjectDocument& document, MainWindow& window, QMenu& planMenu);
    ~TimelineController() override;

    widgets::TimelineBar& bar() const { return *m_bar; }
    const widgets::RolloutOverlay& rolloutOverlay() const { return *m_rollout; }

private:
    void onPlanChanged();
    void onFilterChanged();
    void updateLegend();
    void updateRollout();

    ProjectDocument& m_document;
    MainWindow& m_window;
    widgets::TimelineBar* m_bar;
    std::unique_ptr<widgets::RolloutOverlay> m_rollout;
    QPointer<widgets::MapCanvas> m_canvas; // may go first when the window closes
    std::string m_rolloutSignature;        // districts and drawn layers last outlined
};

} // namespace cw::desktop
