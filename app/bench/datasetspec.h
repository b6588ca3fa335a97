#pragma once

#include <optional>

#include <QDate>
#include <QStringView>

namespace PlanDesk::Bench {

/// S: the built-in plan with `plandesk init --demo`'s sample data. L: the
/// scale of issue 9. T: L divided by 100, for tests.
enum class DatasetScale { Small, Large, Tiny };

std::optional<DatasetScale> parseScale(QStringView text);
QString scaleName(DatasetScale scale);

/// The row counts a synthetic dataset is made with (L and T; S is fixed by
/// the demo data). Every count is exact in the file made.
struct DatasetSpec
{
    int keyTaskGroups = 0;
    int safeguardGroups = 0;
    int topLevelTasks = 0;
    int workItems = 0; ///< tasks + work items = the issue's "tasks and work items"
    int departments = 0;
    int progressReports = 0;
    int indicators = 0;
    int valuesPerIndicator = 60;
    int meetings = 0;
    int actionItems = 0;
    qint64 auditRows = 0; ///< the audit log's rows when the generator is done

    static DatasetSpec forScale(DatasetScale scale);
};

/// The dataset's "today": reports, values and meetings run up to the last
/// quarter before it; task dates run on to 2027. Fixed, never the clock, so
/// a seed makes the same file on any day.
inline QDate datasetHorizon()
{
    return QDate(2026, 9, 30);
}
inline QDate datasetFirstDay()
{
    return QDate(2017, 1, 1);
}
inline QDate datasetLastDay()
{
    return QDate(2027, 12, 31);
}

} // namespace PlanDesk::Bench
