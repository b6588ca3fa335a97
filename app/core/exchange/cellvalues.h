#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "domain/decimal.h"
#include "exchange/sheet.h"

namespace PlanDesk {

/// Turns cells into the values an import needs, the way people type them in
/// Excel or WPS, and says plainly what is wrong when a cell is not one. Each
/// conversion returns nullopt and sets `error` (a sentence about the cell's
/// content, without its place) for a cell it refuses.
class CellValues
{
    Q_DECLARE_TR_FUNCTIONS(CellValues)

public:
    /// The cell as text: strings trimmed, numbers' digits, dates ISO 8601.
    static QString text(const SheetCell &cell);
    /// A whole percent 0–100: 60, "60", "60%", "６０". Refuses 140, 60.5,
    /// 0.6 (a cell formatted as percent), NaN and words.
    static std::optional<int> wholePercent(const SheetCell &cell, QString *error);
    /// An exact decimal with at most Decimal::Places places: 1234.5,
    /// "1,234.5", "１２３４.５"; Excel's binary noise (4.2000000000000002)
    /// is read as Excel shows it, to 15 significant digits.
    static std::optional<Decimal> decimal(const SheetCell &cell, QString *error);
    /// A date: a date cell, or text written year first — 2018-07-05,
    /// 2018/7/5, 2018.7.5, 2018年7月5日, 20180705. "5/3/24" is refused: it
    /// could be 5 March or 3 May, of 1924 or 2024.
    static std::optional<QDate> date(const SheetCell &cell, QString *error);

    /// A yes/no cell: true for TRUE, "true", "1", "是"; false otherwise.
    static bool flag(const SheetCell &cell);

    /// Full-width digits and signs to ASCII, spaces removed: what a Chinese
    /// input method types for numbers.
    static QString asciiDigits(const QString &text);
};

} // namespace PlanDesk
