#include "valuesfile.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include "datasetspec.h"
#include "domain/period.h"
#include "repositories/indicatorrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

constexpr int EarliestYear = 1000; // the earliest a period may name

/// The free periods of one indicator, newest first.
class PeriodCursor
{
public:
    explicit PeriodCursor(QSet<QString> taken)
        : m_taken(std::move(taken))
        , m_year(datasetHorizon().year() - 1)
    {
    }

    std::optional<Period> next()
    {
        while (m_year >= EarliestYear) {
            while (m_slot < SlotsPerYear) {
                const std::optional<Period> p = Period::parse(slot(m_year, m_slot++));
                if (p && !m_taken.contains(p->toString()))
                    return p;
            }
            m_slot = 0;
            --m_year;
        }
        return std::nullopt;
    }

private:
    static constexpr int SlotsPerYear = 12 + 4 + 2 + 1;
    static QString slot(int year, int index)
    {
        if (index < 12)
            return u"%1-%2"_s.arg(year).arg(12 - index, 2, 10, QChar(u'0'));
        if (index < 16)
            return u"%1-Q%2"_s.arg(year).arg(16 - index);
        if (index < 18)
            return u"%1-H%2"_s.arg(year).arg(18 - index);
        return QString::number(year);
    }

    QSet<QString> m_taken;
    int m_year;
    int m_slot = 0;
};

QByteArray csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return (u'"' + quoted + u'"').toUtf8();
}

} // namespace

Result<int> ValuesFile::write(Database &db, qint64 planId, int count, const QString &path)
{
    IndicatorRepository repository(db);
    const Result<QList<Indicator>> indicators = repository.indicators(planId);
    if (!indicators)
        return Result<int>::failure(indicators.error());
    if (indicators->isEmpty())
        return Result<int>::failure(tr("The plan has no indicators to import values for."));
    const Result<QList<IndicatorValue>> values = repository.valuesForPlan(planId);
    if (!values)
        return Result<int>::failure(values.error());
    QHash<qint64, QSet<QString>> taken;
    for (const IndicatorValue &v : *values)
        taken[v.indicatorId].insert(v.period);
    std::vector<PeriodCursor> cursors;
    for (const Indicator &indicator : *indicators)
        cursors.emplace_back(taken.value(indicator.id));

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Result<int>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray out = "指标代码,期间,数值,单位,数据来源,截至日期\n";
    int written = 0;
    int exhausted = 0;
    for (qsizetype i = 0; written < count && exhausted < indicators->size(); ++i) {
        const qsizetype which = i % indicators->size();
        const std::optional<Period> period = cursors[static_cast<size_t>(which)].next();
        if (!period) {
            ++exhausted;
            continue;
        }
        exhausted = 0;
        const Indicator &indicator = indicators->at(which);
        const QString value =
            indicator.targetValue.units() > 0 ? indicator.targetValue.toString() : u"1"_s;
        out += csvField(indicator.code) + ',' + csvField(period->toString()) + ',' + csvField(value)
            + ',' + csvField(indicator.unit) + ',' + csvField(u"基准测试"_s) + ','
            + csvField(period->lastDay().toString(Qt::ISODate)) + '\n';
        ++written;
    }
    if (file.write(out) != out.size() || !file.flush())
        return Result<int>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace PlanDesk::Bench
