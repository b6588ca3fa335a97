#include <algorithm>
#include <cmath>
#include <limits>

#include "benchdatarepository.h"
#include "prng.h"
#include "syntheticactivity.h"
#include "wordlists.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

constexpr quint64 IndicatorStream = 21;
constexpr int BaselineYear = 2016;

/// A figure rounded to two decimals, in the schema's ten-thousandths.
qint64 units(double value)
{
    return std::llround(value * 100.0) * 100;
}

/// The `count` periods of one kind that end with the horizon's: months
/// for most indicators, quarters for the rest.
QStringList periodsEndingAtHorizon(bool monthly, int count)
{
    QStringList periods;
    QDate month(datasetHorizon().year(), datasetHorizon().month(), 1);
    for (int i = 0; i < count; ++i) {
        const QDate m = month.addMonths(-(monthly ? i : 3 * i));
        periods.prepend(monthly ? u"%1-%2"_s.arg(m.year()).arg(m.month(), 2, 10, QChar(u'0'))
                                : u"%1-Q%2"_s.arg(m.year()).arg((m.month() + 2) / 3));
    }
    return periods;
}

QDate periodEnd(const QString &period)
{
    const int year = period.left(4).toInt();
    if (period.at(5) == u'Q') {
        const int quarter = period.mid(6).toInt();
        return QDate(year, quarter * 3, 1).addMonths(1).addDays(-1);
    }
    return QDate(year, period.mid(5).toInt(), 1).addMonths(1).addDays(-1);
}

} // namespace

Result<QList<ValueRecord>> SyntheticActivity::writeIndicators(BenchDataRepository &repository,
                                                              const SyntheticPlan &plan,
                                                              const DatasetSpec &spec, quint64 seed)
{
    using R = Result<QList<ValueRecord>>;
    Prng rng = Prng::stream(seed, IndicatorStream);
    const QList<Words::Measure> &measures = Words::measures();
    QList<ValueRecord> records;
    records.reserve(spec.indicators * spec.valuesPerIndicator);
    for (int i = 0; i < spec.indicators; ++i) {
        const Words::Measure &measure = measures.at(rng.below(static_cast<int>(measures.size())));
        const QString area = Words::indicatorArea(rng);
        // Districts and zones get their own scale of the same measure.
        const double scale = area == u"全市"_s || !measure.summable ? 1.0 : 0.1 + 0.3 * rng.unit();
        const double wobble = 0.9 + 0.2 * rng.unit();
        Indicator indicator;
        indicator.id = i + 1;
        indicator.planId = plan.planId;
        indicator.position = i + 1;
        indicator.code = u"%1-%2"_s.arg(measure.shortName).arg(i + 1, 4, 10, QChar(u'0'));
        indicator.name = area + measure.name;
        indicator.unit = measure.unit;
        indicator.comparison = measure.comparison;
        // A share is at most 100 %, as the values importer insists.
        const double cap = measure.unit == u"%"_s ? 100.0 : std::numeric_limits<double>::max();
        const double baseline = std::min(cap, measure.baseline * scale * wobble);
        const double target = std::min(cap, measure.target * scale * wobble);
        indicator.baselineValue = Decimal::fromUnits(units(baseline));
        indicator.baselineYear = BaselineYear;
        indicator.baselineSource = u"%1年统计公报"_s.arg(BaselineYear);
        indicator.targetValue = Decimal::fromUnits(units(target));
        indicator.targetYear = rng.chance(50) ? 2025 : 2027;
        indicator.departmentId = rng.between(1, static_cast<int>(plan.departments.size()));
        if (Status s = repository.insertIndicator(indicator); !s)
            return R::failure(s.error());

        // Along the straight path from baseline to target, at this
        // indicator's own pace, with some noise.
        const bool monthly = rng.chance(70);
        const double pace = 0.75 + 0.4 * rng.unit();
        const QDate from(BaselineYear, 12, 31);
        const QDate to(indicator.targetYear, 12, 31);
        for (const QString &period : periodsEndingAtHorizon(monthly, spec.valuesPerIndicator)) {
            const QDate end = periodEnd(period);
            const double share =
                static_cast<double>(from.daysTo(end)) / static_cast<double>(from.daysTo(to));
            const double noise = (rng.unit() - 0.5) * 0.04 * std::abs(target - baseline);
            const double value =
                std::clamp(baseline + (target - baseline) * share * pace + noise, 0.0, cap / 1.01);
            IndicatorValue v;
            v.id = records.size() + 1;
            v.indicatorId = indicator.id;
            v.period = period;
            // First the preliminary figure (初步数), revised later.
            v.value = Decimal::fromUnits(units(value * (0.99 + 0.02 * rng.unit())));
            v.source = u"市统计局"_s;
            v.asOf = end.addDays(monthly ? 20 : 30);
            v.note = u"初步数"_s;
            if (Status s = repository.insertValue(v); !s)
                return R::failure(s.error());
            records << ValueRecord {v.id, units(value), v.asOf,
                                    measure.unit == u"%"_s ? units(cap)
                                                           : std::numeric_limits<qint64>::max()};
        }
    }
    return records;
}

} // namespace PlanDesk::Bench
