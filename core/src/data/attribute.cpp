// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/data/attribute.h"

#include "cityweave/data/vector_layer.h"

#include <cstdio>

namespace cw::data {

std::string toDisplayString(const AttributeValue& value) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.10g", v);
            return buf;
        }
        std::string operator()(const std::string& v) const { return v; }
    };
    return std::visit(Visitor{}, value);
}

int VectorLayer::fieldIndex(const std::string& fieldName) const {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == fieldName)
            return static_cast<int>(i);
    return -1;
}

Error VectorLayer::missingField(const std::string& fieldName) const {
    std::string names;
    for (const Field& f : fields)
        names += (names.empty() ? "" : ", ") + f.name;
    return makeError(ErrorCode::ColumnNotFound,
                     {fieldName, name.empty() ? sourcePath : name, names});
}

} // namespace cw::data
