#include "dialogs/quantityinput.h"

#include <algorithm>

#include "editing/localenumber.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Chinese measure words for things that are counted one by one.
const QString countWords = u"件个项家人次户名所座台套篇部册份张"_s;

QString countedPart(const QString &unit)
{
    return unit.trimmed().section(u'/', 0, 0).trimmed();
}

} // namespace

QuantityInput::Reading QuantityInput::read(const QString &text, const QString &unit,
                                           const QString &field)
{
    if (text.trimmed().isEmpty())
        return {std::nullopt, tr("%1: enter a number.").arg(field)};
    const std::optional<Decimal> value = LocaleNumber::parse(text);
    if (!value)
        return {std::nullopt,
                tr("%1: “%2” is not a number with at most four decimal places (for example %3).")
                    .arg(field, text.trimmed(), LocaleNumber::format(Decimal::fromUnits(42000)))};
    if (*value < Decimal() && isCountUnit(unit))
        return {std::nullopt,
                tr("%1: a count in %2 cannot be negative.").arg(field, unit.trimmed())};
    if (!value->isInteger() && isWholeCountUnit(unit))
        return {std::nullopt,
                tr("%1: %2 counts whole items; enter a whole number.").arg(field, unit.trimmed())};
    return {value, QString()};
}

bool QuantityInput::isCountUnit(const QString &unit)
{
    const QString counted = countedPart(unit);
    return !counted.isEmpty() && std::all_of(counted.cbegin(), counted.cend(), [](QChar c) {
        return countWords.contains(c);
    });
}

bool QuantityInput::isWholeCountUnit(const QString &unit)
{
    return isCountUnit(unit) && !unit.contains(u'/');
}

} // namespace PlanDesk
