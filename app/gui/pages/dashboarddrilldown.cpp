#include "pages/dashboarddrilldown.h"

#include <cmath>
#include <limits>

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QXYSeries>

#include "charttheme.h"
#include "domain/period.h"
#include "indicatorcharts.h"

namespace PlanDesk::DashboardDrillDown {

namespace {

/// Bar charts list their categories bottom-up: the items in bar order.
template<typename T, typename Id> QList<qint64> idsBottomUp(const QList<T> &items, Id id)
{
    QList<qint64> ids;
    for (auto it = items.crbegin(); it != items.crend(); ++it)
        ids << id(*it);
    return ids;
}

template<typename Slot> void onBarClicks(QChart &chart, Slot slot)
{
    for (QAbstractSeries *series : chart.series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                QObject::connect(set, &QBarSet::clicked, set,
                                 [set, slot](int index) { slot(*set, index); });
        }
    }
}

} // namespace

void connectGroups(QChart &chart, const QList<GroupStanding> &groups, OpenTasks open)
{
    const QList<qint64> ids =
        idsBottomUp(groups, [](const GroupStanding &g) { return g.group.id; });
    onBarClicks(chart, [ids, open](const QBarSet &set, int index) {
        if (index < 0 || index >= ids.size())
            return;
        TaskQuery query;
        query.groupId = ids.at(index);
        query.light = static_cast<PaceLight>(set.property("paceLight").toInt());
        open(query);
    });
}

void connectDepartments(QChart &chart, const QList<DepartmentStanding> &departments, OpenTasks open)
{
    const QList<qint64> ids =
        idsBottomUp(departments, [](const DepartmentStanding &d) { return d.departmentId; });
    onBarClicks(chart, [ids, open](const QBarSet &set, int index) {
        if (index < 0 || index >= ids.size())
            return;
        TaskQuery query;
        query.leadDepartmentId = ids.at(index);
        query.overdue = set.objectName() == u"overdue";
        open(query);
    });
}

void connectOverview(QChart &chart, const QList<IndicatorPace> &indicators, OpenIndicator open)
{
    const QList<qint64> ids =
        idsBottomUp(indicators, [](const IndicatorPace &p) { return p.indicator.id; });
    onBarClicks(chart, [ids, open](const QBarSet &, int index) {
        if (index >= 0 && index < ids.size())
            open(ids.at(index), QString());
    });
}

void connectPacing(QChart &chart, const IndicatorPace &pace, OpenIndicator open)
{
    const qint64 id = pace.indicator.id;
    for (QAbstractSeries *series : chart.series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy)
            continue;
        // A click anywhere on the reported values' line means the value
        // nearest to it; on another line only when right at a value's point.
        const bool values = xy->objectName() == QLatin1StringView(IndicatorCharts::ActualSeries);
        const qreal tolerance = values ? std::numeric_limits<qreal>::infinity() : 45.0;
        QObject::connect(xy, &QXYSeries::clicked, xy, [pace, id, open, tolerance](QPointF point) {
            open(id, periodNear(pace, point.x(), tolerance));
        });
    }
}

QString periodNear(const IndicatorPace &pace, qreal x, qreal toleranceDays)
{
    QString nearest;
    qreal best = toleranceDays;
    for (const IndicatorValue &v : pace.known) {
        const std::optional<Period> period = Period::parse(v.period);
        if (!period)
            continue;
        const qreal distance = std::abs(ChartTheme::toAxis(period->lastDay()) - x);
        if (distance <= best) {
            best = distance;
            nearest = v.period;
        }
    }
    return nearest;
}

} // namespace PlanDesk::DashboardDrillDown
