#include "taskcharts.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include "charttheme.h"
#include "pacestyle.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Qt draws the first category at the bottom of a horizontal bar chart;
/// reversing keeps the document's order top-down.
template<typename T> QList<T> reversed(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

QBarSet *barSet(const QString &name, const QBrush &brush)
{
    auto *set = new QBarSet(name);
    set->setBrush(brush);
    set->setPen(QPen(Qt::black, 0.8));
    set->setLabelColor(Qt::black);
    set->setLabelFont(ChartTheme::font(8));
    return set;
}

QValueAxis *countAxis(int highest, const QString &title)
{
    auto *axis = new QValueAxis;
    ChartTheme::styleAxis(*axis);
    axis->setRange(0, std::max(highest, 1) + 1);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(highest > 10 ? 5 : 1);
    axis->setLabelFormat(u"%d"_s);
    axis->setTitleText(title);
    return axis;
}

} // namespace

QList<PaceLight> TaskCharts::stackOrder()
{
    return {PaceLight::Done, PaceLight::Green, PaceLight::Yellow, PaceLight::Red,
            PaceLight::NotStarted};
}

std::unique_ptr<QChart> TaskCharts::lightsByGroup(const QList<GroupStanding> &groups)
{
    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(*chart);
    chart->setTitle(QCoreApplication::translate("TaskCharts", "Tasks by pace, per group"));

    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    int widest = 0;
    for (const GroupStanding &g : reversed(groups))
        categories << (g.group.numbering + g.group.title.left(8)
                       + (g.group.title.size() > 8 ? u"…"_s : QString()));
    for (PaceLight light : stackOrder()) {
        QBarSet *set = barSet(paceText(light), paceBrush(light));
        set->setProperty("paceLight", static_cast<int>(light));
        for (const GroupStanding &g : reversed(groups))
            set->append(g.byLight.value(light));
        series->append(set);
    }
    for (const GroupStanding &g : groups) {
        int total = 0;
        for (int n : g.byLight)
            total += n;
        widest = std::max(widest, total);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    QBarCategoryAxis *y = ChartTheme::categoryAxis(categories);
    QValueAxis *x =
        countAxis(widest, QCoreApplication::translate("TaskCharts", "Tasks and measures"));
    ChartTheme::setAxes(*chart, x, y);
    return chart;
}

std::unique_ptr<QChart> TaskCharts::progressOverTime(const QList<ProgressSample> &samples)
{
    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(*chart);
    chart->setTitle(QCoreApplication::translate("TaskCharts", "Average progress of the tasks"));

    auto *actual = new QLineSeries;
    actual->setObjectName(u"actual"_s);
    actual->setName(QCoreApplication::translate("TaskCharts", "Average percent done"));
    actual->setPen(ChartTheme::actualPen());
    actual->setMarkerSize(5);
    auto *expected = new QLineSeries;
    expected->setObjectName(u"expected"_s);
    expected->setName(QCoreApplication::translate("TaskCharts", "Expected by the pace rule"));
    expected->setPen(ChartTheme::requiredPen());
    const auto tenth = [](double v) {
        return std::round(v * 10.0) / 10.0;
    };
    for (const ProgressSample &s : samples) {
        actual->append(ChartTheme::toAxis(s.date), tenth(s.averagePercent));
        expected->append(ChartTheme::toAxis(s.date), tenth(s.expectedPercent));
    }
    // Only the last point is labelled: a label on every quarter is noise.
    if (!samples.isEmpty()) {
        actual->setPointLabelsVisible(true);
        actual->setPointLabelsFont(ChartTheme::font(8));
        actual->setPointLabelsColor(Qt::black);
        actual->setPointLabelsClipping(false);
        actual->setPointLabelsFormat(u"@yPoint%"_s);
        for (int i = 0; i + 1 < actual->count(); ++i)
            actual->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelVisibility, false);
    }
    chart->addSeries(expected);
    chart->addSeries(actual);

    const QDate from = samples.isEmpty() ? QDate::currentDate() : samples.first().date;
    const QDate to = samples.isEmpty() ? from : samples.last().date;
    QCategoryAxis *x = ChartTheme::yearAxis(from.addMonths(-2), to.addMonths(2));
    auto *y = new QValueAxis;
    ChartTheme::styleAxis(*y);
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(u"%d%"_s);
    ChartTheme::setAxes(*chart, x, y);
    return chart;
}

std::unique_ptr<QChart>
DepartmentCharts::paceByDepartment(const QList<DepartmentStanding> &departments)
{
    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(*chart);
    chart->setTitle(
        QCoreApplication::translate("DepartmentCharts", "Lead departments: on pace and overdue"));

    QBarSet *onPace =
        barSet(QCoreApplication::translate("DepartmentCharts", "Tasks on pace or done"),
               paceBrush(PaceLight::Green));
    onPace->setObjectName(u"onPace"_s);
    QBarSet *behind = barSet(QCoreApplication::translate("DepartmentCharts", "Tasks behind"),
                             paceBrush(PaceLight::Yellow));
    behind->setObjectName(u"behind"_s);
    QBarSet *overdue = barSet(QCoreApplication::translate("DepartmentCharts", "Tasks overdue"),
                              paceBrush(PaceLight::Red));
    overdue->setObjectName(u"overdue"_s);
    QBarSet *notStarted =
        barSet(QCoreApplication::translate("DepartmentCharts", "Tasks not started"),
               paceBrush(PaceLight::NotStarted));
    notStarted->setObjectName(u"notStarted"_s);

    QStringList names;
    int widest = 0;
    for (const DepartmentStanding &d : reversed(departments)) {
        // Overdue action items are not tasks: the label counts them.
        QString name = d.name;
        if (const int actions = static_cast<int>(d.overdueActions.size()); actions > 0) {
            name = QCoreApplication::translate("DepartmentCharts", "%1 (%n action item(s) overdue)",
                                               nullptr, actions)
                       .arg(d.name);
        }
        names << name;
        onPace->append(d.onPace);
        behind->append(d.behind);
        overdue->append(d.overdue);
        notStarted->append(d.notStarted);
        widest = std::max(widest, d.tasksLed);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(onPace);
    series->append(behind);
    series->append(overdue);
    series->append(notStarted);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    QBarCategoryAxis *y = ChartTheme::categoryAxis(names);
    QValueAxis *x = countAxis(
        widest, QCoreApplication::translate("DepartmentCharts", "Tasks and measures led"));
    ChartTheme::setAxes(*chart, x, y);
    return chart;
}

} // namespace PlanDesk
