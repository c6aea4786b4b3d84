// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <vector>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QToolBar;

namespace cw::desktop {

class MapToolsController;
class ProjectDocument;

/// The search box of the map toolbar: finds layers, projects, sandbox zones and features (by
/// any text field: 은평구, a station name, a code) as the user types, and goes to what is
/// chosen: zooms to it and, for a feature, selects it.
class Locator : public QObject {
    Q_OBJECT

public:
    enum class Kind { Layer, Project, Zone, Feature };
    struct Hit {
        Kind kind;
        QString text; ///< what the list shows
        QString id;   ///< layer, project or zone id
        std::size_t feature = 0;
    };

    Locator(QToolBar& toolbar, ProjectDocument& document, MapToolsController& tools);

    QLineEdit& edit() const { return *m_edit; }
    /// What `text` finds, layers first, at most `limit` features.
    std::vector<Hit> search(const QString& text, std::size_t limit = 40) const;
    void go(const Hit& hit);

private:
    void refresh();

    ProjectDocument& m_document;
    MapToolsController& m_tools;
    QLineEdit* m_edit;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
    QTimer* m_debounce;
    std::vector<Hit> m_hits;
};

} // namespace cw::desktop
