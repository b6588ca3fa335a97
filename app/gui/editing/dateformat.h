#pragma once

#include <QLocale>
#include <QString>

namespace PlanDesk {

/// The display format of date fields: the locale's short date, but always
/// with a four-digit year ("2019/12/31" in Chinese, "12/31/2019" in US
/// English), so a deadline is never read as 1919 or 2091.
inline QString dateEditFormat(const QLocale &locale = QLocale())
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace PlanDesk
