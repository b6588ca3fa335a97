#include "editing/localenumber.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::LocaleNumber {

namespace {

/// Full-width digits and signs (from a Chinese input method) and no-break
/// spaces (French group separators) in their plain forms.
QString compatible(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_KC);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// "37,500" → "37500" when every group after the first has three digits.
std::optional<QString> withoutGroups(const QString &whole, const QString &separator)
{
    if (separator.isEmpty() || !whole.contains(separator))
        return whole;
    const QStringList groups = whole.split(separator);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        if (i == 0 ? (size < 1 || size > 3) : size != 3)
            return std::nullopt;
    }
    return groups.join(QString());
}

} // namespace

QString format(Decimal value, const QLocale &locale)
{
    const QString plain = value.toString(); // "-1234.5"
    const bool negative = plain.startsWith(u'-');
    const QStringView digits = QStringView(plain).mid(negative ? 1 : 0);
    const qsizetype dot = digits.indexOf(u'.');
    const QStringView whole = dot < 0 ? digits : digits.left(dot);
    // The whole part through QLocale, for its group separators and digits.
    QString text = locale.toString(whole.toLongLong());
    if (dot >= 0)
        text += locale.decimalPoint() + digits.mid(dot + 1).toString();
    return negative ? locale.negativeSign() + text : text;
}

std::optional<Decimal> parse(QStringView text, const QLocale &locale)
{
    QString s = compatible(text).trimmed();
    const QString minus = compatible(locale.negativeSign());
    const QString plus = compatible(locale.positiveSign());
    QString sign;
    if (s.startsWith(minus) || s.startsWith(u'-')) {
        sign = u"-"_s;
        s.remove(0, s.startsWith(minus) ? minus.size() : 1);
    } else if (s.startsWith(plus) || s.startsWith(u'+')) {
        s.remove(0, s.startsWith(plus) ? plus.size() : 1);
    }
    const QString point = compatible(locale.decimalPoint());
    const qsizetype at = s.indexOf(point);
    const QString whole = at < 0 ? s : s.left(at);
    const QString fraction = at < 0 ? QString() : s.mid(at + point.size());
    const std::optional<QString> plainWhole =
        withoutGroups(whole, compatible(locale.groupSeparator()));
    if (!plainWhole)
        return std::nullopt;
    // Only plain digits reach Decimal::parse: no second point, no stray sign.
    for (const QString &part : {*plainWhole, fraction}) {
        if (!std::all_of(part.cbegin(), part.cend(), isAsciiDigit))
            return std::nullopt;
    }
    return Decimal::parse(at < 0 ? sign + *plainWhole : sign + *plainWhole + u'.' + fraction);
}

} // namespace PlanDesk::LocaleNumber
