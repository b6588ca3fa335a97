#include <cmath>

#include <QTest>

#include "rules/indicatorpace.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

constexpr qint64 IndicatorId = 7;

Decimal dec(const QString &text)
{
    const std::optional<Decimal> d = Decimal::parse(text);
    if (!d)
        qFatal("not a decimal: %s", qPrintable(text));
    return *d;
}

/// Baseline 100 at the end of 2020, target ≥ 200 at the end of 2022. The
/// path is 730 days long (2021 and 2022 are not leap years), so at the end
/// of 2021, 365 days in, it requires exactly half the way: 150.
Indicator filings()
{
    Indicator i;
    i.id = IndicatorId;
    i.planId = 1;
    i.code = u"filings"_s;
    i.comparison = Comparison::GreaterOrEqual;
    i.baselineValue = dec(u"100"_s);
    i.baselineYear = 2020;
    i.targetValue = dec(u"200"_s);
    i.targetYear = 2022;
    return i;
}

/// Baseline 30 at the end of 2020, target ≤ 10 at the end of 2022: a
/// decreasing path that requires 20 at the end of 2021.
Indicator vacancyRate()
{
    Indicator i = filings();
    i.code = u"vacancy_rate"_s;
    i.comparison = Comparison::LessOrEqual;
    i.baselineValue = dec(u"30"_s);
    i.targetValue = dec(u"10"_s);
    return i;
}

/// A yearly value, known from 31 March of the next year (as the statistics
/// office publishes them).
IndicatorValue value(int year, const QString &text, qint64 indicatorId = IndicatorId)
{
    IndicatorValue v;
    v.indicatorId = indicatorId;
    v.period = QString::number(year);
    v.value = dec(text);
    v.asOf = QDate(year + 1, 3, 31);
    return v;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-6;
}

#define QCOMPARE_NEAR(actual, expected)                                                            \
    QVERIFY2(near((actual), (expected)),                                                           \
             qPrintable(u"%1 is not %2"_s.arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

} // namespace

class TestIndicatorPace : public QObject
{
    Q_OBJECT

private slots:
    void shouldPutTheTargetsFurthestBehindFirst()
    {
        const auto pace = [](int id, PaceLight light, bool hasValue) {
            IndicatorPace p;
            p.indicator.id = id;
            p.light = light;
            if (hasValue)
                p.latest = IndicatorValue {};
            return p;
        };
        const QList<IndicatorPace> paces = {
            pace(1, PaceLight::Green, true),  pace(2, PaceLight::Red, true),
            pace(3, PaceLight::Done, true),   pace(4, PaceLight::Yellow, true),
            pace(5, PaceLight::Red, true),    pace(6, PaceLight::NotStarted, false),
            pace(7, PaceLight::Green, false),
        };
        QList<qint64> ids;
        for (const IndicatorPace &p : furthestBehind(paces, 5))
            ids << p.indicator.id;
        // Red in the plan's order, then yellow, then no value yet, then on pace.
        QCOMPARE(ids, (QList<qint64> {2, 5, 4, 6, 7}));
        QCOMPARE(furthestBehind(paces, 100).size(), paces.size());
    }

    // requiredValueOn ----------------------------------------------------

    void shouldRequireTheBaselineAtTheBaselineDate()
    {
        QCOMPARE(*requiredValueOn(filings(), QDate(2020, 12, 31)), 100.0);
        // and no less before it
        QCOMPARE(*requiredValueOn(filings(), QDate(2019, 6, 30)), 100.0);
    }

    void shouldRequireHalfTheWayMidway()
    {
        // 365 of 730 days: 100 + 100 × 0.5
        QCOMPARE(*requiredValueOn(filings(), QDate(2021, 12, 31)), 150.0);
        // decreasing: 30 + (10 − 30) × 0.5
        QCOMPARE(*requiredValueOn(vacancyRate(), QDate(2021, 12, 31)), 20.0);
        // 2022-03-31 is 455 days in: 100 + 100 × 455 / 730
        QCOMPARE_NEAR(*requiredValueOn(filings(), QDate(2022, 3, 31)), 100.0 + 45500.0 / 730.0);
    }

    void shouldRequireNoMoreThanTheTargetAfterTheTargetYear()
    {
        QCOMPARE(*requiredValueOn(filings(), QDate(2022, 12, 31)), 200.0);
        QCOMPARE(*requiredValueOn(filings(), QDate(2025, 6, 30)), 200.0);
    }

    void shouldRequireNothingWithoutABaseline()
    {
        Indicator i = filings();
        i.baselineValue.reset();
        QVERIFY(!requiredValueOn(i, QDate(2021, 12, 31)));
        i = filings();
        i.baselineYear.reset();
        QVERIFY(!requiredValueOn(i, QDate(2021, 12, 31)));
    }

    void shouldKnowAValueFromItsAsOfDate()
    {
        const IndicatorValue v = value(2021, u"140"_s); // known from 2022-03-31
        QVERIFY(!isKnownOn(v, QDate(2022, 3, 30)));
        QVERIFY(isKnownOn(v, QDate(2022, 3, 31)));
        QVERIFY(isKnownOn(v, QDate(2023, 1, 1)));
        QCOMPARE(endOfYear(2021), QDate(2021, 12, 31));
    }

    // assessIndicator ------------------------------------------------------

    void shouldCompareTheLatestValueWithThePathOnItsDate()
    {
        // given 140 for 2021 (the path requires 150 there)
        const IndicatorPace pace =
            assessIndicator(filings(), {value(2021, u"140"_s)}, QDate(2022, 6, 30));

        QCOMPARE(pace.known.size(), 1);
        QCOMPARE(pace.latest->value, dec(u"140"_s));
        QCOMPARE(pace.latestDate, QDate(2021, 12, 31));
        QCOMPARE(pace.baselineDate, std::optional<QDate>(QDate(2020, 12, 31)));
        QCOMPARE(pace.targetDate, QDate(2022, 12, 31));
        QCOMPARE(*pace.required, 150.0);
        // expected: 365 / 730 of the way = 50 %; achieved: (140 − 100) / (200 − 100) = 40 %
        QCOMPARE(*pace.expectedShare, 50.0);
        QCOMPARE(*pace.achievedShare, 40.0);
        // 10 points behind: yellow
        QCOMPARE(pace.light, PaceLight::Yellow);
        QVERIFY(!pace.targetMet);
        // 200 − 140, exactly
        QCOMPARE(pace.gap->toString(), u"60"_s);
    }

    void shouldLightByPointsBehindThePath_data()
    {
        QTest::addColumn<QString>("latest");
        QTest::addColumn<PaceLight>("light");
        QTest::addColumn<QString>("gap");
        // Expected 50 % at the end of 2021; achieved = latest − 100 points.
        QTest::newRow("ahead by 10") << u"160"_s << PaceLight::Green << u"40"_s;
        QTest::newRow("on the path") << u"150"_s << PaceLight::Green << u"50"_s;
        QTest::newRow("9 behind") << u"141"_s << PaceLight::Green << u"59"_s;
        QTest::newRow("9.9999 behind") << u"140.0001"_s << PaceLight::Green << u"59.9999"_s;
        QTest::newRow("10 behind") << u"140"_s << PaceLight::Yellow << u"60"_s;
        QTest::newRow("10.0001 behind") << u"139.9999"_s << PaceLight::Yellow << u"60.0001"_s;
        QTest::newRow("30 behind") << u"120"_s << PaceLight::Yellow << u"80"_s;
        QTest::newRow("30.0001 behind") << u"119.9999"_s << PaceLight::Red << u"80.0001"_s;
        QTest::newRow("31 behind") << u"119"_s << PaceLight::Red << u"81"_s;
        QTest::newRow("below the baseline") << u"90"_s << PaceLight::Red << u"110"_s;
        QTest::newRow("met") << u"200"_s << PaceLight::Done << u"0"_s;
        QTest::newRow("more than met") << u"210.5"_s << PaceLight::Done << u"0"_s;
    }
    void shouldLightByPointsBehindThePath()
    {
        QFETCH(QString, latest);
        QFETCH(PaceLight, light);
        QFETCH(QString, gap);
        const IndicatorPace pace =
            assessIndicator(filings(), {value(2021, latest)}, QDate(2022, 6, 30));
        QCOMPARE(pace.light, light);
        QCOMPARE(pace.gap->toString(), gap);
        QCOMPARE(pace.targetMet, light == PaceLight::Done);
    }

    void shouldBeDoneWhenTheTargetIsMet()
    {
        const IndicatorPace pace =
            assessIndicator(filings(), {value(2021, u"200"_s)}, QDate(2022, 6, 30));
        QVERIFY(pace.targetMet);
        QCOMPARE(pace.light, PaceLight::Done);
        QCOMPARE(*pace.gap, Decimal());
        QCOMPARE(*pace.achievedShare, 100.0);
    }

    void shouldBeRedOnceTheTargetYearIsOverAndNotMet()
    {
        // given 140 for 2021 and 190 for 2022 (known from 2023-03-31)
        const QList<IndicatorValue> values = {value(2021, u"140"_s), value(2022, u"190"_s)};
        // On the last day of the target year, 2021's 140 is 10 points behind: yellow.
        QCOMPARE(assessIndicator(filings(), values, QDate(2022, 12, 31)).light, PaceLight::Yellow);
        // The day after, the year is over and the target not met.
        QCOMPARE(assessIndicator(filings(), values, QDate(2023, 1, 1)).light, PaceLight::Red);
        // 2022's 190 is only 10 points short, but too late.
        const IndicatorPace pace = assessIndicator(filings(), values, QDate(2023, 3, 31));
        QCOMPARE(pace.latest->value, dec(u"190"_s));
        QCOMPARE(*pace.expectedShare, 100.0);
        QCOMPARE(*pace.achievedShare, 90.0);
        QCOMPARE(pace.light, PaceLight::Red);
        QCOMPARE(pace.gap->toString(), u"10"_s);
        // Nothing left to project: the target year's value is the outcome.
        QCOMPARE(*pace.projected, 190.0);
        QCOMPARE(pace.projectedMet, std::optional<bool>(false));
    }

    void shouldBeNotStartedWithoutABaseline()
    {
        Indicator i = filings();
        i.baselineValue.reset();
        i.baselineYear.reset();
        const IndicatorPace pace = assessIndicator(i, {value(2021, u"150"_s)}, QDate(2022, 6, 30));
        QCOMPARE(pace.light, PaceLight::NotStarted);
        QVERIFY(pace.latest);
        QVERIFY(!pace.baselineDate);
        QVERIFY(!pace.required);
        QVERIFY(!pace.expectedShare);
        QVERIFY(!pace.achievedShare);
        QCOMPARE(pace.gap->toString(), u"50"_s);
        QVERIFY(!pace.trend); // one point only
        QVERIFY(!pace.projected);
    }

    void shouldBeNotStartedWithoutAValue()
    {
        const IndicatorPace pace = assessIndicator(filings(), {}, QDate(2022, 6, 30));
        QCOMPARE(pace.light, PaceLight::NotStarted);
        QVERIFY(pace.known.isEmpty());
        QVERIFY(!pace.latest);
        QVERIFY(!pace.gap);
        QVERIFY(!pace.required);
        // The baseline alone is one point: no trend, no projection.
        QVERIFY(!pace.trend);
        QVERIFY(!pace.projected);
        QVERIFY(!pace.projectedMet);
    }

    void shouldFollowADecreasingTarget_data()
    {
        QTest::addColumn<QString>("latest");
        QTest::addColumn<double>("achieved");
        QTest::addColumn<PaceLight>("light");
        QTest::addColumn<QString>("gap");
        // Expected 50 % at the end of 2021; achieved = (latest − 30) / (10 − 30).
        QTest::newRow("22: 40 %, 10 behind") << u"22"_s << 40.0 << PaceLight::Yellow << u"12"_s;
        QTest::newRow("18: 60 %, ahead") << u"18"_s << 60.0 << PaceLight::Green << u"8"_s;
        QTest::newRow("35: −25 %, worse") << u"35"_s << -25.0 << PaceLight::Red << u"25"_s;
        QTest::newRow("10: met") << u"10"_s << 100.0 << PaceLight::Done << u"0"_s;
        QTest::newRow("9.5: more than met") << u"9.5"_s << 102.5 << PaceLight::Done << u"0"_s;
    }
    void shouldFollowADecreasingTarget()
    {
        QFETCH(QString, latest);
        QFETCH(double, achieved);
        QFETCH(PaceLight, light);
        QFETCH(QString, gap);
        const IndicatorPace pace =
            assessIndicator(vacancyRate(), {value(2021, latest)}, QDate(2022, 6, 30));
        QCOMPARE(*pace.required, 20.0);
        QCOMPARE(*pace.expectedShare, 50.0);
        QCOMPARE(*pace.achievedShare, achieved);
        QCOMPARE(pace.light, light);
        QCOMPARE(pace.gap->toString(), gap);
    }

    void shouldNotKnowAValueBeforeItsAsOfDate()
    {
        const QList<IndicatorValue> values = {value(2021, u"140"_s)}; // known from 2022-03-31
        const IndicatorPace before = assessIndicator(filings(), values, QDate(2022, 3, 30));
        QVERIFY(before.known.isEmpty());
        QVERIFY(!before.latest);
        QCOMPARE(before.light, PaceLight::NotStarted);
        QVERIFY(!before.trend);

        const IndicatorPace on = assessIndicator(filings(), values, QDate(2022, 3, 31));
        QCOMPARE(on.known.size(), 1);
        QCOMPARE(on.latest->period, u"2021"_s);
    }

    void shouldTakeTheLatestPeriodKnownWhateverTheOrderGiven()
    {
        const QList<IndicatorValue> values = {value(2022, u"170"_s), value(2021, u"140"_s)};
        const IndicatorPace pace = assessIndicator(filings(), values, QDate(2023, 3, 31));
        QCOMPARE(pace.known.size(), 2);
        QCOMPARE(pace.known.at(0).period, u"2021"_s);
        QCOMPARE(pace.known.at(1).period, u"2022"_s);
        QCOMPARE(pace.latest->period, u"2022"_s);
        QCOMPARE(pace.latestDate, QDate(2022, 12, 31));
        // Before 2022's is known, 2021's is the latest.
        QCOMPARE(assessIndicator(filings(), values, QDate(2023, 3, 30)).latest->period, u"2021"_s);
    }

    void shouldIgnoreOtherIndicatorsValues()
    {
        const QList<IndicatorValue> values = {value(2021, u"500"_s, IndicatorId + 1),
                                              value(2021, u"140"_s),
                                              value(2022, u"999"_s, IndicatorId + 1)};
        const IndicatorPace pace = assessIndicator(filings(), values, QDate(2023, 6, 30));
        QCOMPARE(pace.known.size(), 1);
        QCOMPARE(pace.latest->value, dec(u"140"_s));
        QVERIFY(!pace.targetMet);
        // The trend runs through the baseline and 140 only: 100 → 140 in a year.
        QCOMPARE_NEAR(pace.trend->slopePerDay, 40.0 / 365.0);
    }

    void shouldNotCountTheBaselineTwiceWhenAValueStandsAtTheBaselineYear()
    {
        // given the baseline 100 for 2020, a revised 104 for 2020 and 140 for 2021
        const QList<IndicatorValue> values = {value(2020, u"104"_s), value(2021, u"140"_s)};
        const IndicatorPace pace = assessIndicator(filings(), values, QDate(2022, 6, 30));
        QCOMPARE(pace.known.size(), 2);
        // The trend runs through (2020-12-31, 104) and (2021-12-31, 140) only:
        // 36 per 365 days, 176 at the end of 2022. Had the baseline been kept
        // as a third point at the same date, the line would have been fitted to
        // (0, 100), (0, 104), (365, 140) and reached 178.
        QCOMPARE(pace.trend->origin, QDate(2020, 12, 31));
        QCOMPARE_NEAR(pace.trend->valueAtOrigin, 104.0);
        QCOMPARE_NEAR(pace.trend->slopePerDay, 36.0 / 365.0);
        QCOMPARE_NEAR(*pace.projected, 176.0);
        // The shares still measure from the indicator's baseline.
        QCOMPARE(*pace.achievedShare, 40.0);
    }

    // projection -----------------------------------------------------------

    void shouldFitAStraightLineThroughTwoPoints()
    {
        // (2020-12-31, 100) and (2021-12-31, 140): 40 per 365 days, so 180 at
        // the end of 2022 (730 days), short of 200.
        const IndicatorPace pace =
            assessIndicator(filings(), {value(2021, u"140"_s)}, QDate(2022, 6, 30));
        QVERIFY(pace.trend);
        QCOMPARE(pace.trend->origin, QDate(2020, 12, 31));
        QCOMPARE_NEAR(pace.trend->valueAtOrigin, 100.0);
        QCOMPARE_NEAR(pace.trend->slopePerDay, 40.0 / 365.0);
        QCOMPARE_NEAR(pace.trend->valueOn(QDate(2021, 12, 31)), 140.0);
        QCOMPARE_NEAR(*pace.projected, 180.0);
        QCOMPARE(pace.projectedMet, std::optional<bool>(false));
    }

    void shouldProjectTheTrendToTheTargetYear()
    {
        // given baseline 100 (2020) and 130, 150, 190 for 2021–2023, target ≥ 200 in 2024
        Indicator i = filings();
        i.targetYear = 2024;
        const QList<IndicatorValue> values = {value(2021, u"130"_s), value(2022, u"150"_s),
                                              value(2023, u"190"_s)};
        const IndicatorPace pace = assessIndicator(i, values, QDate(2024, 6, 30));

        // Least squares in years X = days / 365 from 2020-12-31 (2021–2023 have
        // 365 days each): X = 0, 1, 2, 3; y = 100, 130, 150, 190.
        //   mean X = 1.5, mean y = 142.5
        //   Σ dX·dy = (−1.5)(−42.5) + (−0.5)(−12.5) + (0.5)(7.5) + (1.5)(47.5) = 145
        //   Σ dX²   = 2.25 + 0.25 + 0.25 + 2.25 = 5
        //   slope = 29 a year = 29/365 a day; at the origin 142.5 − 29 × 1.5 = 99
        // 2024-12-31 is 1461 days on (2024 is a leap year):
        //   99 + 29 × 1461 / 365 = 215.0794520547945…  ≥ 200
        QCOMPARE(pace.trend->origin, QDate(2020, 12, 31));
        QCOMPARE_NEAR(pace.trend->valueAtOrigin, 99.0);
        QCOMPARE_NEAR(pace.trend->slopePerDay, 29.0 / 365.0);
        QCOMPARE_NEAR(*pace.projected, 99.0 + 29.0 * 1461.0 / 365.0);

        // The light: 1095 of 1461 days expected (74.95 %), 90 % achieved: ahead.
        QCOMPARE_NEAR(*pace.expectedShare, 100.0 * 1095.0 / 1461.0);
        QCOMPARE(*pace.achievedShare, 90.0);
        QCOMPARE_NEAR(*pace.required, 100.0 + 100.0 * 1095.0 / 1461.0);
        QCOMPARE(pace.light, PaceLight::Green);

        // The same trend falls short of a target of 220.
        i.targetValue = dec(u"220"_s);
        const IndicatorPace higher = assessIndicator(i, values, QDate(2024, 6, 30));
        QCOMPARE_NEAR(*higher.projected, 99.0 + 29.0 * 1461.0 / 365.0);
        QCOMPARE(higher.projectedMet, std::optional<bool>(false));
        // while 215.08 does reach 200.
        QCOMPARE(pace.projectedMet, std::optional<bool>(true));
    }

    void shouldProjectADecreasingTrend()
    {
        // given baseline 30 (2020), 25 for 2021, 16 for 2022, target ≤ 10 in 2023
        Indicator i = vacancyRate();
        i.targetYear = 2023;
        const QList<IndicatorValue> values = {value(2021, u"25"_s), value(2022, u"16"_s)};
        const IndicatorPace pace = assessIndicator(i, values, QDate(2023, 6, 30));

        // X = 0, 1, 2 years; y = 30, 25, 16; mean X = 1, mean y = 71/3
        //   Σ dX·dy = (−1)(30 − 71/3) + 0 + (1)(16 − 71/3) = −19/3 − 23/3 = −14
        //   Σ dX²   = 2, slope = −7 a year; at the origin 71/3 + 7 = 92/3
        // 2023-12-31 is 1095 days (3 years) on: 92/3 − 21 = 29/3 = 9.666…  ≤ 10
        QCOMPARE_NEAR(pace.trend->valueAtOrigin, 92.0 / 3.0);
        QCOMPARE_NEAR(pace.trend->slopePerDay, -7.0 / 365.0);
        QCOMPARE_NEAR(*pace.projected, 29.0 / 3.0);
        QCOMPARE(pace.projectedMet, std::optional<bool>(true));
    }

    void shouldNotProjectFromOnePoint()
    {
        // The baseline without values.
        QVERIFY(!assessIndicator(filings(), {}, QDate(2022, 6, 30)).trend);
        // A value without a baseline.
        Indicator i = filings();
        i.baselineValue.reset();
        i.baselineYear.reset();
        const IndicatorPace pace = assessIndicator(i, {value(2021, u"150"_s)}, QDate(2022, 6, 30));
        QVERIFY(!pace.trend);
        QVERIFY(!pace.projected);
        QVERIFY(!pace.projectedMet);
        // Two values without a baseline do make a trend: 150 → 170 a year,
        // 190 at the end of 2022.
        const IndicatorPace later =
            assessIndicator(i, {value(2020, u"150"_s), value(2021, u"170"_s)}, QDate(2022, 6, 30));
        QVERIFY(later.trend);
        QCOMPARE_NEAR(*later.projected, 190.0);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorPace)
#include "tst_indicatorpace.moc"
