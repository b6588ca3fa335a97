#include "pages/dashboarddrilldown.h"

#include <cmath>
#include <limits>

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QXYSeries>

#include "charttheme.h"
#include "domain/period.h"
#include "indicatorcharts.h"

using namespace Qt::Literals::StringLiterals;

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

QList<QBarSet *> barSetsOf(const QChart &chart)
{
    QList<QBarSet *> sets;
    for (QAbstractSeries *series : chart.series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            sets << bars->barSets();
    }
    return sets;
}

template<typename Slot> void onBarClicks(QChart &chart, Slot slot)
{
    for (QBarSet *set : barSetsOf(chart))
        QObject::connect(set, &QBarSet::clicked, set,
                         [set, slot](int index) { slot(*set, index); });
}

/// The group's top-level tasks with the light of `set`, as its bar counted them.
TaskQuery groupQuery(qint64 groupId, const QBarSet &set)
{
    TaskQuery query;
    query.groupId = groupId;
    query.pace.lights = {static_cast<PaceLight>(set.property("paceLight").toInt())};
    query.topLevelOnly = true;
    return query;
}

/// The department's top-level tasks its segment `set` counted; none for a
/// segment this does not know. An overdue task is red (no task is due before
/// it starts), so only "behind" needs to leave the overdue ones out.
std::optional<TaskQuery> departmentQuery(qint64 departmentId, const QBarSet &set)
{
    TaskQuery query;
    query.leadDepartmentId = departmentId;
    query.topLevelOnly = true;
    const QString segment = set.objectName();
    if (segment == u"onPace")
        query.pace = {{PaceLight::Green, PaceLight::Done}, PaceFilter::Overdue::Either};
    else if (segment == u"behind")
        query.pace = {{PaceLight::Yellow, PaceLight::Red}, PaceFilter::Overdue::Excluded};
    else if (segment == u"overdue")
        query.pace = {{}, PaceFilter::Overdue::Only};
    else if (segment == u"notStarted")
        query.pace = {{PaceLight::NotStarted}, PaceFilter::Overdue::Either};
    else
        return std::nullopt;
    return query;
}

/// A menu text that shows `text` as it is, '&' included.
QString literally(const QString &text)
{
    return QString(text).replace(u'&', u"&&"_s);
}

/// An action that runs `open`; disabled when `count` says it would list nothing.
void addOpen(QMenu &menu, const QString &text, std::function<void()> open,
             std::optional<qreal> count = std::nullopt)
{
    const QString shown = count
        ? u"%1 (%2)"_s.arg(literally(text), QLocale().toString(qRound(*count)))
        : literally(text);
    QAction *action = menu.addAction(shown);
    action->setEnabled(!count || *count > 0);
    QObject::connect(action, &QAction::triggered, action, std::move(open));
}

} // namespace

void connectGroups(QChart &chart, const QList<GroupStanding> &groups, OpenTasks open)
{
    const QList<qint64> ids =
        idsBottomUp(groups, [](const GroupStanding &g) { return g.group.id; });
    onBarClicks(chart, [ids, open](const QBarSet &set, int index) {
        if (index >= 0 && index < ids.size())
            open(groupQuery(ids.at(index), set));
    });
}

void addGroupActions(QMenu &menu, const QChart &chart, const QList<GroupStanding> &groups,
                     OpenTasks open)
{
    for (QBarSet *set : barSetsOf(chart)) {
        QMenu *light = menu.addMenu(literally(set->label()));
        // Top-down, as the chart shows them; bar i is group size-1-i.
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const int bar = static_cast<int>(groups.size() - 1 - g);
            const TaskGroup &group = groups.at(g).group;
            addOpen(
                *light, u"%1 %2"_s.arg(group.numbering, group.title),
                [query = groupQuery(group.id, *set), open] { open(query); }, set->at(bar));
        }
    }
}

void connectDepartments(QChart &chart, const QList<DepartmentStanding> &departments, OpenTasks open)
{
    const QList<qint64> ids =
        idsBottomUp(departments, [](const DepartmentStanding &d) { return d.departmentId; });
    onBarClicks(chart, [ids, open](const QBarSet &set, int index) {
        if (index < 0 || index >= ids.size())
            return;
        if (const std::optional<TaskQuery> query = departmentQuery(ids.at(index), set))
            open(*query);
    });
}

void addDepartmentActions(QMenu &menu, const QChart &chart,
                          const QList<DepartmentStanding> &departments, OpenTasks open)
{
    const QList<QBarSet *> sets = barSetsOf(chart);
    for (qsizetype d = 0; d < departments.size(); ++d) {
        const int bar = static_cast<int>(departments.size() - 1 - d);
        QMenu *department = menu.addMenu(literally(departments.at(d).name));
        for (QBarSet *set : sets) {
            if (const std::optional<TaskQuery> query =
                    departmentQuery(departments.at(d).departmentId, *set))
                addOpen(
                    *department, set->label(), [query = *query, open] { open(query); },
                    set->at(bar));
        }
    }
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

void addOverviewActions(QMenu &menu, const QList<IndicatorPace> &indicators, OpenIndicator open)
{
    for (const IndicatorPace &p : indicators)
        addOpen(menu, p.indicator.name, [id = p.indicator.id, open] { open(id, QString()); });
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

void addPacingActions(QMenu &menu, const IndicatorPace &pace, OpenIndicator open)
{
    const qint64 id = pace.indicator.id;
    addOpen(menu, pace.indicator.name, [id, open] { open(id, QString()); });
    for (const IndicatorValue &v : pace.known) {
        addOpen(menu,
                QCoreApplication::translate("DashboardDrillDown", "Value for %1").arg(v.period),
                [id, period = v.period, open] { open(id, period); });
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
