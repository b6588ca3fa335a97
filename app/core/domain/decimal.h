#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace PlanDesk {

/// An exact decimal with four places, stored as integer ten-thousandths so
/// that 4.2 stays 4.2 (binary floating point cannot hold it exactly).
class Decimal
{
public:
    static constexpr int Places = 4;
    static constexpr qint64 Scale = 10000;

    constexpr Decimal() = default;
    static constexpr Decimal fromUnits(qint64 units) { return Decimal(units); }
    static constexpr Decimal fromInteger(qint64 whole) { return Decimal(whole * Scale); }
    /// Accepts "42", "-4.2", "37500.0000"; refuses more than four decimal
    /// places, exponents, thousands separators and out-of-range magnitudes.
    static std::optional<Decimal> parse(QStringView text);
    /// The shortest decimal that reads back as `value` (for JSON numbers).
    static std::optional<Decimal> fromDouble(double value);

    constexpr qint64 units() const { return m_units; }
    double toDouble() const { return static_cast<double>(m_units) / Scale; }
    bool isInteger() const { return m_units % Scale == 0; }
    /// Plain text without trailing zeros: "4.2", "37500", "-0.05".
    QString toString() const;

    friend constexpr bool operator==(Decimal a, Decimal b) { return a.m_units == b.m_units; }
    friend constexpr bool operator!=(Decimal a, Decimal b) { return a.m_units != b.m_units; }
    friend constexpr bool operator<(Decimal a, Decimal b) { return a.m_units < b.m_units; }

private:
    constexpr explicit Decimal(qint64 units)
        : m_units(units)
    {
    }
    qint64 m_units = 0;
};

} // namespace PlanDesk
