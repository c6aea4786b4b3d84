// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityweave/crs/coordinate_transform.h"

#include <cmath>
#include <limits>
#include <proj.h>

namespace cw::crs {

struct CoordinateTransform::Impl {
    PJ_CONTEXT* context = nullptr;
    PJ* operation = nullptr; // null: identity
    std::string name;
    double accuracy = -1;

    ~Impl() {
        if (operation)
            proj_destroy(operation);
        if (context)
            proj_context_destroy(context);
    }
};

namespace {

// The best instantiable operation between two CRSs: the one PROJ ranks first, so the user can
// be told exactly which transformation (and accuracy) was applied.
PJ* bestOperation(PJ_CONTEXT* ctx, PJ* source, PJ* target) {
    PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx, nullptr);
    proj_operation_factory_context_set_spatial_criterion(
        ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    proj_operation_factory_context_set_grid_availability_use(
        ctx, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
    PJ_OBJ_LIST* ops = proj_create_operations(ctx, source, target, factory);
    PJ* chosen = nullptr;
    const int count = ops ? proj_list_get_count(ops) : 0;
    for (int i = 0; i < count && !chosen; ++i) {
        PJ* op = proj_list_get(ctx, ops, i);
        if (op && proj_coordoperation_is_instantiable(ctx, op))
            chosen = op;
        else if (op)
            proj_destroy(op);
    }
    if (ops)
        proj_list_destroy(ops);
    proj_operation_factory_context_destroy(factory);
    return chosen;
}

} // namespace

CoordinateTransform::CoordinateTransform(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CoordinateTransform::CoordinateTransform(CoordinateTransform&&) noexcept = default;
CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

Result<CoordinateTransform> CoordinateTransform::create(const Crs& source, const Crs& target) {
    if (!source.isValid())
        return makeError(ErrorCode::MissingCrs);
    if (!target.isValid())
        return makeError(ErrorCode::MissingCrs);
    auto impl = std::make_unique<Impl>();
    if (source == target)
        return CoordinateTransform(std::move(impl));

    impl->context = proj_context_create();
    PJ* src = proj_create(impl->context, source.wkt().c_str());
    PJ* dst = proj_create(impl->context, target.wkt().c_str());
    PJ* op = (src && dst) ? bestOperation(impl->context, src, dst) : nullptr;
    if (src)
        proj_destroy(src);
    if (dst)
        proj_destroy(dst);
    if (!op) {
        // No PROJ error at all when no operation exists (an engineering or "undefined
        // cartesian" CRS has no place on the earth): the message is then null.
        const char* why =
            proj_context_errno_string(impl->context, proj_context_errno(impl->context));
        return makeError(ErrorCode::TransformFailed, {source.name(), target.name()},
                         why ? why : "no coordinate operation between them");
    }
    impl->name = proj_get_name(op) ? proj_get_name(op) : "";
    impl->accuracy = proj_coordoperation_get_accuracy(impl->context, op);
    // x = easting / longitude whatever the CRS's declared axis order.
    impl->operation = proj_normalize_for_visualization(impl->context, op);
    proj_destroy(op);
    if (!impl->operation)
        return makeError(ErrorCode::TransformFailed, {source.name(), target.name()});
    return CoordinateTransform(std::move(impl));
}

bool CoordinateTransform::isIdentity() const {
    return m_impl->operation == nullptr;
}

std::size_t CoordinateTransform::transform(double* xs, double* ys, std::size_t n,
                                           std::size_t stride) const {
    if (isIdentity() || n == 0)
        return 0;
    proj_errno_reset(m_impl->operation);
    proj_trans_generic(m_impl->operation, PJ_FWD, xs, stride, n, ys, stride, n, nullptr, 0, 0,
                       nullptr, 0, 0);
    std::size_t failed = 0;
    auto* xb = reinterpret_cast<unsigned char*>(xs);
    auto* yb = reinterpret_cast<unsigned char*>(ys);
    for (std::size_t i = 0; i < n; ++i) {
        auto* x = reinterpret_cast<double*>(xb + i * stride);
        auto* y = reinterpret_cast<double*>(yb + i * stride);
        if (!std::isfinite(*x) || !std::isfinite(*y)) {
            *x = *y = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}

bool CoordinateTransform::transformPoint(double& x, double& y) const {
    return transform(&x, &y, 1) == 0;
}

bool CoordinateTransform::inversePoint(double& x, double& y) const {
    if (isIdentity())
        return true;
    PJ_COORD c = proj_coord(x, y, 0, 0);
    c = proj_trans(m_impl->operation, PJ_INV, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y))
        return false;
    x = c.xy.x;
    y = c.xy.y;
    return true;
}

std::string CoordinateTransform::operationName() const {
    return m_impl->name;
}
double CoordinateTransform::operationAccuracy() const {
    return m_impl->accuracy;
}

} // namespace cw::crs
