// SPDX-License-Identifier: GPL-3.0-or-later
// A report template as the project file and the report dialog keep it (QJsonDocument based).
// Whatever loads must save and load again to the same template.
#include "fuzz_support.h"
#include "report/report_template.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using cw::report::ReportTemplate;
    ReportTemplate first;
    if (!ReportTemplate::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                  first))
        return 0;
    ReportTemplate second;
    if (!ReportTemplate::fromJson(first.toJson(), second) || second.toJson() != first.toJson())
        std::abort();
    return 0;
}
