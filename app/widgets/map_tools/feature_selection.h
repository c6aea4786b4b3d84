// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <set>

namespace cw::widgets {

/// The features the user selected, per layer (feature indexes of the loaded layer): what the
/// map highlights, the attribute table selects and "zoom to selection" frames. One per window.
class FeatureSelection : public QObject {
    Q_OBJECT

public:
    using Features = std::set<std::size_t>;
    enum class Mode { Replace, Add, Toggle };

    explicit FeatureSelection(QObject* parent = nullptr) : QObject(parent) {}

    const Features& of(const QString& layerId) const;
    /// Applies `features` of one layer; Replace also clears the other layers.
    void select(const QString& layerId, const Features& features, Mode mode = Mode::Replace);
    /// Replaces one layer's selection and leaves the others (the attribute table's rows).
    void setLayer(const QString& layerId, const Features& features);
    void clear();
    void clearLayer(const QString& layerId);
    QStringList layers() const;
    std::size_t count() const;

signals:
    void changed();

private:
    QHash<QString, Features> m_features;
};

} // namespace cw::widgets
