#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "domain/decimal.h"

namespace PlanDesk {

/// Reads a quantity typed into a dialog (a target, a baseline, a reported
/// value) in the user's locale, exactly, and says in words what is wrong
/// with it: not a number, too many decimal places, a negative count, half
/// an item.
class QuantityInput
{
    Q_DECLARE_TR_FUNCTIONS(QuantityInput)

public:
    struct Reading
    {
        std::optional<Decimal> value; ///< set when the text is acceptable
        QString problem; ///< "Value: …", for the dialog's message line
    };

    /// `field` names the field at the start of the message ("Value"). An
    /// empty text is a problem too; callers with optional fields check first.
    static Reading read(const QString &text, const QString &unit, const QString &field);

    /// Units that count things (件, 项, 件/万人 …): their values are never negative.
    static bool isCountUnit(const QString &unit);
    /// Plain counts (件, not 件/万人): whole numbers only.
    static bool isWholeCountUnit(const QString &unit);
};

} // namespace PlanDesk
