#include "exchange/valuerows.h"

#include "database/readtransaction.h"
#include "domain/period.h"
#include "exchange/cellvalues.h"
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

std::optional<Decimal> ValueRows::value(const ColumnMap &file, const SheetRow &row,
                                        const Indicator &indicator, ImportRow &out) const
{
    SheetCell cell = file.cell(row, u"value"_s);
    if (cell.isEmpty()) {
        out.problems << file.problem(row, u"value"_s, tr("the value is missing."));
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
        out.problems << file.problem(row, u"value"_s, error);
        return std::nullopt;
    }
    auto refuse = [&](const QString &message) {
        out.problems << file.problem(row, u"value"_s, message);
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
    ImportRow out;
    out.file = file.fileName();
    out.sheet = file.sheetName();
    out.row = row.number;
    auto problem = [&](const QString &key, const QString &message) {
        out.problems << file.problem(row, key, message);
    };
    auto text = [&](const QString &key) {
        return CellValues::text(file.cell(row, key));
    };
    out.subject = text(u"indicator"_s) + u" · "_s + text(u"period"_s);
    if (file.cell(row, u"value"_s).isEmpty() && file.cell(row, u"source"_s).isEmpty()
        && file.cell(row, u"as_of"_s).isEmpty() && file.cell(row, u"note"_s).isEmpty()) {
        out.outcome = ImportRow::Outcome::Skipped;
        preview.rows << out;
        return;
    }

    // A formula error or an uncalculated formula: its value is unknown.
    out.problems << file.errorCells(row);
    if (!out.problems.isEmpty()) {
        out.outcome = ImportRow::Outcome::Invalid;
        preview.problems << out.problems;
        preview.rows << out;
        return;
    }
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
        if (const std::optional<Decimal> value = this->value(file, row, *indicator, out))
            v.value = *value;
    }

    QString error;
    const SheetCell asOf = file.cell(row, u"as_of"_s);
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
    v.sample = CellValues::flag(file.cell(row, u"sample"_s));

    const QString unit = indicator != m_indicators.cend() ? indicator->unit : QString();
    if (out.problems.isEmpty())
        out.after = shortValue(v, unit);
    if (out.problems.isEmpty()) {
        const QPair<qint64, QString> key {v.indicatorId, v.period};
        if (const auto seen = m_seen.constFind(key); seen != m_seen.cend()) {
            problem(u"indicator"_s, tr("the same indicator and period as %1.").arg(*seen));
        } else {
            m_seen.insert(key, ExchangeProblem {out.file, out.sheet, out.row, -1, {}, {}}.place());
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
    if (!out.problems.isEmpty())
        out.outcome = ImportRow::Outcome::Invalid;
    preview.problems << out.problems;
    preview.rows << out;
}

} // namespace PlanDesk
