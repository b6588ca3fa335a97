#include "repositories/indicatorrepository.h"

#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define INDICATOR_COLUMNS                                                                          \
    u"id, plan_id, position, code, name, unit, comparison, baseline_value, baseline_year,"         \
    u" baseline_source, target_value, target_year, department_id, ratio_numerator,"                \
    u" ratio_denominator, ratio_scale, baseline_is_sample, row_version"
#define VALUE_COLUMNS                                                                              \
    u"v.id, v.indicator_id, v.period, v.value, v.source, v.as_of, v.note, v.is_sample,"            \
    u" v.row_version"
// 'YYYY', 'YYYY-Qn', 'YYYY-MM' sort chronologically as text within each kind.
#define VALUE_ORDER u" ORDER BY v.indicator_id, v.period"

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator i;
    i.id = q.value(0).toLongLong();
    i.planId = q.value(1).toLongLong();
    i.position = q.value(2).toInt();
    i.code = q.value(3).toString();
    i.name = q.value(4).toString();
    i.unit = q.value(5).toString();
    i.comparison = fromCode<Comparison>(q.value(6).toString()).value_or(Comparison::GreaterOrEqual);
    i.baselineValue = Sql::toOptionalDecimal(q.value(7));
    i.baselineYear = Sql::toOptionalInt(q.value(8));
    i.baselineSource = q.value(9).toString();
    i.targetValue = Decimal::fromUnits(q.value(10).toLongLong());
    i.targetYear = q.value(11).toInt();
    i.departmentId = Sql::toOptionalId(q.value(12));
    if (!q.value(13).isNull())
        i.ratio = RatioDefinition {q.value(13).toString(), q.value(14).toString(),
                                   q.value(15).toLongLong()};
    i.baselineSample = q.value(16).toBool();
    i.rowVersion = q.value(17).toLongLong();
    return i;
}

QVariantList indicatorValues(const Indicator &i)
{
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noNumber(QMetaType::fromType<qint64>());
    return {i.planId,
            i.position,
            Sql::text(i.code),
            Sql::text(i.name),
            Sql::text(i.unit),
            toCode(i.comparison),
            Sql::decimal(i.baselineValue),
            Sql::optional(i.baselineYear),
            Sql::text(i.baselineSource),
            Sql::decimal(i.targetValue),
            i.targetYear,
            Sql::optional(i.departmentId),
            i.ratio ? QVariant(i.ratio->numerator) : noText,
            i.ratio ? QVariant(i.ratio->denominator) : noText,
            i.ratio ? QVariant(i.ratio->scale) : noNumber,
            i.baselineSample ? 1 : 0};
}

IndicatorValue readValue(const QSqlQuery &q)
{
    IndicatorValue v;
    v.id = q.value(0).toLongLong();
    v.indicatorId = q.value(1).toLongLong();
    v.period = q.value(2).toString();
    v.value = Decimal::fromUnits(q.value(3).toLongLong());
    v.source = q.value(4).toString();
    v.asOf = Sql::toDate(q.value(5));
    v.note = q.value(6).toString();
    v.sample = q.value(7).toBool();
    v.rowVersion = q.value(8).toLongLong();
    return v;
}

QVariantList valueValues(const IndicatorValue &v)
{
    return {v.indicatorId,     Sql::text(v.period), Sql::decimal(v.value), Sql::text(v.source),
            Sql::date(v.asOf), Sql::text(v.note),   v.sample ? 1 : 0};
}

} // namespace

Result<qint64> IndicatorRepository::create(const Indicator &indicator)
{
    return RS::insert(
        m_db,
        u"INSERT INTO indicator (id, plan_id, position, code, name, unit, comparison,"
        " baseline_value, baseline_year, baseline_source, target_value, target_year,"
        " department_id, ratio_numerator, ratio_denominator, ratio_scale,"
        " baseline_is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        RS::withId(indicator.id, indicatorValues(indicator)),
        tr("Saving indicator “%1”").arg(indicator.name));
}

Result<Indicator> IndicatorRepository::indicator(qint64 id)
{
    return RS::one<Indicator>(m_db, u"SELECT " INDICATOR_COLUMNS u" FROM indicator WHERE id = ?"_s,
                              {id}, readIndicator, tr("Reading indicator %1").arg(id));
}

Result<QList<Indicator>> IndicatorRepository::indicators(qint64 planId)
{
    return RS::list<Indicator>(
        m_db, u"SELECT " INDICATOR_COLUMNS u" FROM indicator WHERE plan_id = ? ORDER BY position"_s,
        {planId}, readIndicator, tr("Reading the indicators of plan %1").arg(planId));
}

Saved<Indicator> IndicatorRepository::update(const Indicator &indicator)
{
    return RS::updateVersioned<Indicator>(
        m_db, u"indicator"_s,
        u"UPDATE indicator SET plan_id = ?, position = ?, code = ?, name = ?,"
        " unit = ?, comparison = ?, baseline_value = ?, baseline_year = ?,"
        " baseline_source = ?, target_value = ?, target_year = ?,"
        " department_id = ?, ratio_numerator = ?, ratio_denominator = ?,"
        " ratio_scale = ?, baseline_is_sample = ?, row_version = row_version + 1"
        " WHERE id = ? AND row_version = ?"_s,
        indicatorValues(indicator), indicator.id, indicator.rowVersion,
        [this](qint64 id) {
            return RS::find<Indicator>(
                m_db, u"SELECT " INDICATOR_COLUMNS u" FROM indicator WHERE id = ?"_s, {id},
                readIndicator);
        },
        tr("Saving indicator “%1”").arg(indicator.name));
}

Status IndicatorRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM indicator WHERE id = ?"_s, {id},
                         tr("Deleting indicator %1").arg(id));
}

Result<qint64> IndicatorRepository::createValue(const IndicatorValue &value)
{
    return RS::insert(
        m_db,
        u"INSERT INTO indicator_value (id, indicator_id, period, value, source, as_of,"
        " note, is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        RS::withId(value.id, valueValues(value)),
        tr("Saving the value for %1 of indicator %2").arg(value.period).arg(value.indicatorId));
}

Result<IndicatorValue> IndicatorRepository::value(qint64 id)
{
    return RS::one<IndicatorValue>(
        m_db, u"SELECT " VALUE_COLUMNS u" FROM indicator_value v WHERE v.id = ?"_s, {id}, readValue,
        tr("Reading indicator value %1").arg(id));
}

Result<QList<IndicatorValue>> IndicatorRepository::values(qint64 indicatorId)
{
    return RS::list<IndicatorValue>(
        m_db,
        u"SELECT " VALUE_COLUMNS u" FROM indicator_value v WHERE v.indicator_id = ?" VALUE_ORDER
        ""_s,
        {indicatorId}, readValue, tr("Reading the values of indicator %1").arg(indicatorId));
}

Result<QList<IndicatorValue>> IndicatorRepository::valuesForPlan(qint64 planId)
{
    return RS::list<IndicatorValue>(
        m_db,
        u"SELECT " VALUE_COLUMNS u" FROM indicator_value v"
        u" JOIN indicator i ON i.id = v.indicator_id WHERE i.plan_id = ?" VALUE_ORDER ""_s,
        {planId}, readValue, tr("Reading the indicator values of plan %1").arg(planId));
}

Saved<IndicatorValue> IndicatorRepository::updateValue(const IndicatorValue &value)
{
    return RS::updateVersioned<IndicatorValue>(
        m_db, u"indicator_value"_s,
        u"UPDATE indicator_value SET indicator_id = ?, period = ?, value = ?, source = ?,"
        " as_of = ?, note = ?, is_sample = ?, row_version = row_version + 1"
        " WHERE id = ? AND row_version = ?"_s,
        valueValues(value), value.id, value.rowVersion,
        [this](qint64 id) {
            return RS::find<IndicatorValue>(
                m_db, u"SELECT " VALUE_COLUMNS u" FROM indicator_value v WHERE v.id = ?"_s, {id},
                readValue);
        },
        tr("Saving indicator value %1").arg(value.id));
}

Status IndicatorRepository::removeValue(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM indicator_value WHERE id = ?"_s, {id},
                         tr("Deleting indicator value %1").arg(id));
}

} // namespace PlanDesk
