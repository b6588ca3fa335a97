#pragma once

#include <optional>

#include <QLocale>
#include <QString>
#include <QStringView>

#include "domain/decimal.h"

namespace PlanDesk::LocaleNumber {

// Exact decimals as people read and type them in their own locale. Never
// goes through double: "3,5" under German and "3.5" under Chinese are both
// Decimal 3.5, to the last ten-thousandth.

/// "37,500" (zh_CN), "37.500" (de), "3,96" (de): the locale's decimal point,
/// group separators and signs around the decimal's exact digits.
QString format(Decimal value, const QLocale &locale = QLocale());

/// Reads what format() writes and what people type: the locale's decimal
/// point, optional group separators (only between groups of three digits,
/// so German "3.5" is refused rather than read as 35), its plus and minus
/// signs, and full-width digits from a Chinese input method. std::nullopt
/// for anything else, including more than four decimal places.
std::optional<Decimal> parse(QStringView text, const QLocale &locale = QLocale());

} // namespace PlanDesk::LocaleNumber
