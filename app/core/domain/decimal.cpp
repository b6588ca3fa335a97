#include "domain/decimal.h"

#include <cmath>
#include <limits>

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

std::optional<Decimal> Decimal::parse(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > Places || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    auto digitsOnly = [](QStringView s) {
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (!digitsOnly(whole) || !digitsOnly(fraction))
        return std::nullopt;

    constexpr qint64 limit = std::numeric_limits<qint64>::max() / Scale - 1;
    qint64 units = 0;
    for (QChar c : whole) {
        units = units * 10 + (c.unicode() - u'0');
        if (units > limit)
            return std::nullopt;
    }
    units *= Scale;
    qint64 place = Scale / 10;
    for (QChar c : fraction) {
        units += (c.unicode() - u'0') * place;
        place /= 10;
    }
    return Decimal(negative ? -units : units);
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return parse(QString::number(value, 'f', QLocale::FloatingPointShortest));
}

QString Decimal::toString() const
{
    const qint64 magnitude = m_units < 0 ? -m_units : m_units;
    QString text = QString::number(magnitude / Scale);
    if (const qint64 fraction = magnitude % Scale; fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, Places, 10, QChar(u'0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return m_units < 0 ? u'-' + text : text;
}

} // namespace PlanDesk
