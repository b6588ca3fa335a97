#include "datasetspec.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

std::optional<DatasetScale> parseScale(QStringView text)
{
    if (text.compare(u"S", Qt::CaseInsensitive) == 0)
        return DatasetScale::Small;
    if (text.compare(u"L", Qt::CaseInsensitive) == 0)
        return DatasetScale::Large;
    if (text.compare(u"T", Qt::CaseInsensitive) == 0)
        return DatasetScale::Tiny;
    return std::nullopt;
}

QString scaleName(DatasetScale scale)
{
    switch (scale) {
    case DatasetScale::Small:
        return u"S"_s;
    case DatasetScale::Large:
        return u"L"_s;
    case DatasetScale::Tiny:
        return u"T"_s;
    }
    return {};
}

DatasetSpec DatasetSpec::forScale(DatasetScale scale)
{
    DatasetSpec s;
    if (scale == DatasetScale::Large) {
        // 60 groups; 2,000 tasks with 8,000 work items make the 10,000.
        s.keyTaskGroups = 54;
        s.safeguardGroups = 6;
        s.topLevelTasks = 2000;
        s.workItems = 8000;
        s.departments = 200;
        s.progressReports = 100000;
        s.indicators = 1000;
        s.meetings = 500;
        s.actionItems = 5000;
        s.auditRows = 1000000;
    } else if (scale == DatasetScale::Tiny) {
        // Every count of L divided by 100; the groups (60 → 0.6) round up to
        // one of each kind.
        s.keyTaskGroups = 1;
        s.safeguardGroups = 1;
        s.topLevelTasks = 20;
        s.workItems = 80;
        s.departments = 2;
        s.progressReports = 1000;
        s.indicators = 10;
        s.meetings = 5;
        s.actionItems = 50;
        s.auditRows = 10000;
    }
    return s;
}

} // namespace PlanDesk::Bench
