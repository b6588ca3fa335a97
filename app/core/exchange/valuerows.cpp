#include "exchange/valuerows.h"

#include "database/readtransaction.h"
#include "domain/period.h"
#include "exchange/cellvalues.h"
#include "exchange/rowcheck.h"
#include "repositories/indicatorrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString shortValue(const IndicatorValue &v, const QString &unit)
{
    QString s = v.value.toString() + unit;
    if (!v.source.isEmpty())
        s += u" · "_s + v.source;
    return s;
}

bool isPercentUnit(const QString &unit)
{
    return unit == u"%" || unit == u"％" || unit == u"百分比";
}

} // namespace

Result<ValueRows> ValueRows::read(Database &db, qint64 planId, const QDate &today)
{
    const ReadTransaction snapshot(db);
    ValueRows rows;
    rows.m_today = today;
    IndicatorRepository repository(db);
    const Result<QList<Indicator>> indicators = repository.indicators(planId);
    if (!indicators)
        return Result<ValueRows>::failure(indicators.error());
    const Result<QList<IndicatorValue>> values = repository.valuesForPlan(planId);
    if (!values)
        return Result<ValueRows>::failure(values.error());
    for (const Indicator &i : *indicators) {
        rows.m_indicators.insert(i.code, i);
        if (!rows.m_indicators.contains(i.name))
            rows.m_indicators.insert(i.name, i);
    }
    for (const IndicatorValue &v : *values)
        rows.m_existing.insert({v.indicatorId, v.period}, v);
    return rows;
}

void ValueRows::check(const ColumnMap &file, ImportPreview &preview)
{
    for (const SheetRow &row : file.rows())
        checkRow(file, row, preview);
}

std::optional<Decimal> ValueRows::value(RowCheck &check, const Indicator &indicator) const
{
    SheetCell cell = check.cell(u"value"_s);
    if (cell.isEmpty()) {
        check.problem(u"value"_s, tr("the value is missing."));
        return std::nullopt;
    }
    // "12.5件" or "36.2%" carry the unit with the number.
    if (cell.kind == SheetCell::Kind::Text && !indicator.unit.isEmpty()) {
        const QString typed = cell.text.trimmed();
        if (typed.endsWith(indicator.unit) && typed.size() > indicator.unit.size())
            cell.text = typed.chopped(indicator.unit.size());
    }
    QString error;
    const std::optional<Decimal> value = CellValues::decimal(cell, &error);
    if (!value) {
        check.problem(u"value"_s, error);
        return std::nullopt;
    }
    auto refuse = [&](const QString &message) {
        check.problem(u"value"_s, message);
        return std::nullopt;
    };
    if (*value < Decimal())
        return refuse(tr("%1 is negative; %2 cannot be.").arg(value->toString(), indicator.name));
    if (isPercentUnit(indicator.unit) && Decimal::fromInteger(100) < *value)
        return refuse(tr("%1% is more than 100%.").arg(value->toString()));
    const Decimal limit = Decimal::fromUnits(indicator.targetValue.units() * ScaleLimit);
    if (indicator.targetValue.units() > 0 && limit < *value)
        return refuse(tr("%1 is more than %2 times the target of %3%4; check the unit.")
                          .arg(value->toString())
                          .arg(ScaleLimit)
                          .arg(indicator.targetValue.toString(), indicator.unit));
    return value;
}

void ValueRows::checkRow(const ColumnMap &file, const SheetRow &row, ImportPreview &preview)
{
    RowCheck check(file, row);
    ImportRow &out = check.out();
    auto problem = [&](const QString &key, const QString &message) {
        check.problem(key, message);
    };
    auto text = [&](const QString &key) {
        return check.text(key);
    };
    out.subject = text(u"indicator"_s) + u" · "_s + text(u"period"_s);
    if (!check.filled(u"value"_s) && !check.filled(u"source"_s) && !check.filled(u"as_of"_s)
        && !check.filled(u"note"_s))
        return check.skip(preview);

    if (!check.valuesKnown(preview))
        return;
    IndicatorValue v;
    const QString code = text(u"indicator"_s);
    const auto indicator = m_indicators.constFind(code);
    if (code.isEmpty())
        problem(u"indicator"_s, tr("the indicator's code is missing."));
    else if (indicator == m_indicators.cend())
        problem(u"indicator"_s, tr("the plan has no indicator “%1”.").arg(code));
    else
        v.indicatorId = indicator->id;

    const QString periodText = text(u"period"_s);
    const std::optional<Period> period = Period::parse(periodText);
    if (!period)
        problem(
            u"period"_s,
            tr("“%1” is not a period such as 2019, 2019-H1, 2019-Q4 or 2019-05.").arg(periodText));
    else
        v.period = period->toString();

    if (indicator != m_indicators.cend()) {
        const QString unit = text(u"unit"_s);
        if (!unit.isEmpty() && unit != indicator->unit)
            problem(
                u"unit"_s,
                tr("the unit “%1” is not the indicator's unit “%2”.").arg(unit, indicator->unit));
        if (const std::optional<Decimal> value = this->value(check, *indicator))
            v.value = *value;
    }

    QString error;
    const SheetCell asOf = check.cell(u"as_of"_s);
    if (asOf.isEmpty()) {
        problem(u"as_of"_s, tr("the as-of date is missing."));
    } else if (const std::optional<QDate> date = CellValues::date(asOf, &error)) {
        v.asOf = *date;
        if (*date > m_today)
            problem(u"as_of"_s, tr("%1 is after today.").arg(date->toString(Qt::ISODate)));
        else if (period && *date < period->firstDay())
            problem(
                u"as_of"_s,
                tr("%1 is before the period %2 began.").arg(date->toString(Qt::ISODate), v.period));
    } else {
        problem(u"as_of"_s, error);
    }
    v.source = text(u"source"_s);
    v.note = text(u"note"_s);
    v.sample = CellValues::flag(check.cell(u"sample"_s));

    const QString unit = indicator != m_indicators.cend() ? indicator->unit : QString();
    if (check.ok())
        out.after = shortValue(v, unit);
    if (check.ok()) {
        const QPair<qint64, QString> key {v.indicatorId, v.period};
        if (const QString earlier = check.earlierWith(m_seen, key); !earlier.isEmpty()) {
            problem(u"indicator"_s, tr("the same indicator and period as %1.").arg(earlier));
        } else {
            const auto existing = m_existing.constFind(key);
            if (existing == m_existing.cend()) {
                out.outcome = ImportRow::Outcome::New;
                preview.changes.valuesToAdd << v;
            } else {
                out.before = shortValue(*existing, unit);
                if (existing->value == v.value && existing->source == v.source
                    && existing->asOf == v.asOf && existing->note == v.note
                    && existing->sample == v.sample) {
                    out.outcome = ImportRow::Outcome::Unchanged;
                } else {
                    out.outcome = ImportRow::Outcome::Replaces;
                    IndicatorValue corrected = v;
                    corrected.id = existing->id;
                    preview.changes.valuesToReplace << corrected;
                    preview.changes.valuesReplaced << *existing;
                }
            }
        }
    }
    check.finish(preview);
}

} // namespace PlanDesk
