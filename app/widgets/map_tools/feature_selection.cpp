// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map_tools/feature_selection.h"

namespace cw::widgets {

const FeatureSelection::Features& FeatureSelection::of(const QString& layerId) const {
    static const Features none;
    const auto it = m_features.constFind(layerId);
    return it == m_features.constEnd() ? none : *it;
}

void FeatureSelection::select(const QString& layerId, const Features& features, Mode mode) {
    switch (mode) {
    case Mode::Replace:
        m_features.clear();
        if (!features.empty())
            m_features.insert(layerId, features);
        break;
    case Mode::Add:
        m_features[layerId].insert(features.begin(), features.end());
        break;
    case Mode::Toggle: {
        Features& current = m_features[layerId];
        for (std::size_t f : features)
            if (!current.erase(f))
                current.insert(f);
        break;
    }
    }
    if (m_features.contains(layerId) && m_features.value(layerId).empty())
        m_features.remove(layerId);
    emit changed();
}

void FeatureSelection::setLayer(const QString& layerId, const Features& features) {
    if (of(layerId) == features)
        return;
    if (features.empty())
        m_features.remove(layerId);
    else
        m_features.insert(layerId, features);
    emit changed();
}

void FeatureSelection::clear() {
    if (m_features.isEmpty())
        return;
    m_features.clear();
    emit changed();
}

void FeatureSelection::clearLayer(const QString& layerId) {
    if (m_features.remove(layerId) > 0)
        emit changed();
}

QStringList FeatureSelection::layers() const {
    return m_features.keys();
}

std::size_t FeatureSelection::count() const {
    std::size_t n = 0;
    for (const Features& f : m_features)
        n += f.size();
    return n;
}

} // namespace cw::widgets
