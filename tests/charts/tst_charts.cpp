#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include "chartrenderer.h"
#include "charttheme.h"
#include "indicatorcharts.h"
#include "pacestyle.h"
#include "report/briefing.h"
#include "taskcharts.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

Decimal dec(const char16_t *text)
{
    return *Decimal::parse(QStringView(text));
}

/// PCT applications: baseline 52 in 2016, target ≥ 200 in 2020.
Indicator pct()
{
    Indicator i;
    i.id = 7;
    i.name = u"PCT国际专利申请量"_s;
    i.unit = u"件"_s;
    i.comparison = Comparison::GreaterOrEqual;
    i.baselineValue = dec(u"52");
    i.baselineYear = 2016;
    i.targetValue = dec(u"200");
    i.targetYear = 2020;
    return i;
}

IndicatorValue value(const Indicator &i, const QString &period, const char16_t *v, QDate asOf)
{
    IndicatorValue value;
    value.indicatorId = i.id;
    value.period = period;
    value.value = dec(v);
    value.asOf = asOf;
    return value;
}

template<typename T> T *findSeries(QChart &chart, const char *role)
{
    for (QAbstractSeries *s : chart.series()) {
        if (s->objectName() == QLatin1StringView(role))
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

QList<QPointF> pointsOf(QXYSeries *series)
{
    return series ? series->points() : QList<QPointF>();
}

qreal x(int y, int m, int d)
{
    return ChartTheme::toAxis(QDate(y, m, d));
}

/// PLANDESK_SCREENSHOT_DIR=… keeps each chart as PNG and PDF, to look at.
void keep(QChart &chart, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLANDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(ChartRenderer::writePng(chart, dir + u'/' + name + u".png"_s, QSizeF(640, 360)));
    QVERIFY(ChartRenderer::writePdf(chart, dir + u'/' + name + u".pdf"_s));
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void shouldDrawValuesPathProjectionAndTargetOfAnIndicator()
    {
        // Given values for 2017 and 2018, known by 2019-04-01.
        const Indicator i = pct();
        const QList<IndicatorValue> values = {value(i, u"2017"_s, u"78", {2018, 3, 31}),
                                              value(i, u"2018"_s, u"109", {2019, 3, 31})};
        const IndicatorPace pace = assessIndicator(i, values, {2019, 4, 1});

        // When charted
        std::unique_ptr<QChart> chart = IndicatorCharts::pacing(pace);
        keep(*chart, u"indicator"_s);

        // Then the values stand on their periods' last days.
        const QList<QPointF> actual =
            pointsOf(findSeries<QXYSeries>(*chart, IndicatorCharts::ActualSeries));
        QCOMPARE(actual, (QList<QPointF> {{x(2017, 12, 31), 78}, {x(2018, 12, 31), 109}}));
        // The required path runs from the baseline to the target.
        QCOMPARE(pointsOf(findSeries<QXYSeries>(*chart, IndicatorCharts::RequiredSeries)),
                 (QList<QPointF> {{x(2016, 12, 31), 52}, {x(2020, 12, 31), 200}}));
        // The projection starts at the latest value and ends on the target date
        // at the trend's value there.
        QXYSeries *projection = findSeries<QXYSeries>(*chart, IndicatorCharts::ProjectionSeries);
        QVERIFY(projection);
        QCOMPARE(projection->count(), 2);
        QCOMPARE(projection->at(0), QPointF(x(2018, 12, 31), 109));
        QCOMPARE(projection->at(1).x(), x(2020, 12, 31));
        QVERIFY(qFuzzyCompare(projection->at(1).y(), *pace.projected));
        QVERIFY2(projection->name().contains(u"2020"_s), qPrintable(projection->name()));
        // The target is a level line at 200.
        for (const QPointF &p :
             pointsOf(findSeries<QXYSeries>(*chart, IndicatorCharts::TargetSeries)))
            QCOMPARE(p.y(), 200.0);
        // Years, not 2016.0, on the x axis, each on 31 December.
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels(),
                 (QStringList {u"2016"_s, u"2017"_s, u"2018"_s, u"2019"_s, u"2020"_s}));
        QCOMPARE(axis->endValue(u"2018"_s), x(2018, 12, 31));
        // The unit names the y axis, whose range holds every point.
        const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->titleText(), u"件"_s);
        QVERIFY(y->min() <= 52 && y->max() >= std::max(200.0, *pace.projected));
        QCOMPARE(chart->title(), i.name);
    }

    void shouldLeaveOutWhatCannotBeDrawn()
    {
        // Without a baseline there is no required path; with the target
        // year's value known there is nothing left to project.
        Indicator i = pct();
        i.baselineValue.reset();
        i.baselineYear.reset();
        const QList<IndicatorValue> values = {value(i, u"2019"_s, u"147", {2020, 3, 31}),
                                              value(i, u"2020"_s, u"186", {2021, 3, 31})};
        std::unique_ptr<QChart> chart =
            IndicatorCharts::pacing(assessIndicator(i, values, {2021, 6, 30}));
        QVERIFY(!findSeries<QXYSeries>(*chart, IndicatorCharts::RequiredSeries));
        QVERIFY(!findSeries<QXYSeries>(*chart, IndicatorCharts::ProjectionSeries));
        QCOMPARE(findSeries<QXYSeries>(*chart, IndicatorCharts::ActualSeries)->count(), 2);
    }

    void shouldShowEachIndicatorAsPercentOfItsTarget()
    {
        const Indicator up = pct();
        Indicator down = pct();
        down.id = 8;
        down.name = u"结案周期"_s;
        down.comparison = Comparison::LessOrEqual;
        down.baselineValue = dec(u"120");
        down.targetValue = dec(u"90");
        const QList<IndicatorValue> values = {value(up, u"2018"_s, u"109", {2019, 3, 31}),
                                              value(down, u"2018"_s, u"100", {2019, 3, 31})};
        const QList<IndicatorPace> paces = {assessIndicator(up, values, {2019, 4, 1}),
                                            assessIndicator(down, values, {2019, 4, 1})};
        // 109 / 200 = 54.5 %; for "≤ 90" a value of 100 reaches 90 / 100 = 90 %.
        QCOMPARE(*IndicatorCharts::percentOfTarget(paces.at(0)), 54.5);
        QCOMPARE(*IndicatorCharts::percentOfTarget(paces.at(1)), 90.0);

        std::unique_ptr<QChart> chart = IndicatorCharts::overview(paces);
        keep(*chart, u"overview"_s);
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QBarSet *reached = nullptr;
        QBarSet *required = nullptr;
        for (QBarSet *set : series->barSets()) {
            if (set->objectName() == QLatin1StringView(IndicatorCharts::ActualSeries))
                reached = set;
            if (set->objectName() == QLatin1StringView(IndicatorCharts::RequiredSeries))
                required = set;
        }
        QVERIFY(reached && required);
        // Bottom to top: the document's last indicator first.
        QCOMPARE(reached->at(0), 90.0);
        QCOMPARE(reached->at(1), 55.0); // labelled rounded
        // The path at the end of 2018 requires 52 + 148 × 730/1461 = 125.95 → 63 % of 200.
        QCOMPARE(required->at(1), 63.0);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
        QCOMPARE(axis->categories(), (QStringList {u"结案周期"_s, u"PCT国际专利申请量"_s}));
    }

    void shouldStackTheGroupsTasksByPaceLight()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2021, 6, 30});
        std::unique_ptr<QChart> chart = TaskCharts::lightsByGroup(b.groups);
        keep(*chart, u"lights"_s);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), TaskCharts::stackOrder().size());
        int total = 0;
        for (QBarSet *set : series->barSets()) {
            const auto light = static_cast<PaceLight>(set->property("paceLight").toInt());
            QCOMPARE(set->count(), b.groups.size());
            for (int g = 0; g < set->count(); ++g) {
                // Reversed: the first group is drawn at the top.
                const GroupStanding &group = b.groups.at(b.groups.size() - 1 - g);
                QCOMPARE(set->at(g), qreal(group.byLight.value(light)));
                total += int(set->at(g));
            }
        }
        QCOMPARE(total, 22);
        QCOMPARE(series->barSets().at(0)->label(), paceText(PaceLight::Done));
    }

    void shouldDrawProgressAgainstThePaceRule()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2024, 6, 30});
        std::unique_ptr<QChart> chart = TaskCharts::progressOverTime(b.progress);
        keep(*chart, u"progress"_s);
        auto *actual = findSeries<QXYSeries>(*chart, "actual");
        auto *expected = findSeries<QXYSeries>(*chart, "expected");
        QVERIFY(actual && expected);
        QCOMPARE(actual->count(), b.progress.size());
        QCOMPARE(actual->at(actual->count() - 1).x(), x(2024, 6, 30));
        QCOMPARE(actual->at(actual->count() - 1).y(),
                 std::round(b.progress.last().averagePercent * 10) / 10);
        QCOMPARE(expected->at(0).y(), std::round(b.progress.first().expectedPercent * 10) / 10);
        const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 100.0);
    }

    void shouldCountEachLeadDepartmentsTasksAndOverdueItems()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2021, 6, 30});
        std::unique_ptr<QChart> chart = DepartmentCharts::paceByDepartment(b.departments);
        keep(*chart, u"departments"_s);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QHash<QString, QBarSet *> sets;
        for (QBarSet *set : series->barSets())
            sets.insert(set->objectName(), set);
        QCOMPARE(sets.size(), 4);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
        QCOMPARE(axis->count(), b.departments.size());
        // The first department (most overdue) is the top bar, the last category;
        // its stack adds up to the tasks it leads.
        const DepartmentStanding &first = b.departments.first();
        const int top = int(b.departments.size()) - 1;
        QCOMPARE(sets.value(u"overdue"_s)->at(top), qreal(first.overdue));
        QCOMPARE(sets.value(u"onPace"_s)->at(top), qreal(first.onPace));
        QCOMPARE(sets.value(u"onPace"_s)->at(top) + sets.value(u"behind"_s)->at(top)
                     + sets.value(u"overdue"_s)->at(top) + sets.value(u"notStarted"_s)->at(top),
                 qreal(first.tasksLed));
        // Its overdue action items are named in its label.
        QVERIFY(!first.overdueActions.isEmpty());
        QVERIFY2(axis->at(top).startsWith(first.name)
                     && axis->at(top).contains(QString::number(first.overdueActions.size())),
                 qPrintable(axis->at(top)));
        // A department with none is named plainly.
        for (int i = 0; i < b.departments.size(); ++i) {
            const DepartmentStanding &d = b.departments.at(b.departments.size() - 1 - i);
            if (d.overdueActions.isEmpty())
                QCOMPARE(axis->at(i), d.name);
        }
    }

    void shouldCountTasksNotYetStarted()
    {
        // Before the plan's start every task is grey, and still counted.
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2017, 3, 1});
        std::unique_ptr<QChart> chart = DepartmentCharts::paceByDepartment(b.departments);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().value(0));
        qreal notStarted = 0, total = 0;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i) {
                total += set->at(i);
                if (set->objectName() == u"notStarted")
                    notStarted += set->at(i);
            }
        }
        QCOMPARE(notStarted, 22.0);
        QCOMPARE(total, 22.0);
        // The count axis reaches the widest bar.
        const auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
        int widest = 0;
        for (const DepartmentStanding &d : b.departments)
            widest = std::max(widest, d.tasksLed);
        QVERIFY(x->max() >= widest);
    }

    void shouldTurnThePageToSuitTheChart_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<QString>("page");
        QTest::newRow("wide") << QSizeF(720, 430) << u"842 x 595"_s;
        QTest::newRow("tall") << QSizeF(600, 900) << u"595 x 842"_s;
        QTest::newRow("default") << QSizeF() << u"842 x 595"_s;
    }

    void shouldTurnThePageToSuitTheChart()
    {
        QFETCH(QSizeF, size);
        QFETCH(QString, page);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.pdf"_s);
        const Indicator i = pct();
        std::unique_ptr<QChart> chart = IndicatorCharts::pacing(
            assessIndicator(i, {value(i, u"2017"_s, u"78", {2018, 3, 31})}, {2018, 6, 30}));
        QVERIFY(ChartRenderer::writePdf(*chart, path, size));
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY(info.waitForFinished(30000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(u"Pages:           1"_s), qPrintable(out));
        QVERIFY2(out.contains(page), qPrintable(out));
        // Painting on a device that cannot be opened says so.
        QPdfWriter nowhere(u"/nonexistent/folder/chart.pdf"_s);
        QVERIFY(!ChartRenderer::paintPage(*chart, nowhere, size));
    }

    void shouldRenderAChartAsAnImage()
    {
        const Indicator i = pct();
        std::unique_ptr<QChart> chart = IndicatorCharts::pacing(
            assessIndicator(i, {value(i, u"2017"_s, u"78", {2018, 3, 31})}, {2018, 6, 30}));
        const QImage image = ChartRenderer::image(*chart, QSizeF(320, 200), 2.0);
        QCOMPARE(image.size(), QSize(640, 400));
        int dark = 0;
        for (int yy = 0; yy < image.height(); yy += 2)
            for (int xx = 0; xx < image.width(); xx += 2)
                dark += qGray(image.pixel(xx, yy)) < 128 ? 1 : 0;
        QVERIFY2(dark > 200, "the chart left the image blank");
        // The chart can be rendered again and is still whole afterwards.
        QCOMPARE(ChartRenderer::image(*chart, QSizeF(320, 200), 1.0).size(), QSize(320, 200));
        QCOMPARE(chart->series().size(), 4);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
