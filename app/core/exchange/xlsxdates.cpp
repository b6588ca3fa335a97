#include "exchange/xlsxdates.h"

#include <cmath>

#include <QLocale>

namespace PlanDesk::XlsxDates {

namespace {

bool isBuiltInDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

// y, d or a month's m make a date; m beside h or s is minutes. Quoted text,
// [..] blocks (colours, locales, elapsed time) and escaped characters are
// literal, not codes.
bool codeShowsDate(const QString &code)
{
    bool year = false, day = false, month = false, time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u'"') {
            i = code.indexOf(u'"', i + 1);
        } else if (c == u'[') {
            i = code.indexOf(u']', i + 1);
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'y') {
            year = true;
        } else if (c == u'd') {
            day = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
        if (i < 0)
            break;
    }
    return year || day || (month && !time);
}

} // namespace

bool isDateFormat(int numFmtId, const QString &code)
{
    return code.isEmpty() ? isBuiltInDate(numFmtId) : codeShowsDate(code);
}

bool isPercentFormat(int numFmtId, const QString &code)
{
    if (code.isEmpty())
        return numFmtId == 9 || numFmtId == 10; // 0% and 0.00%
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"')
            i = code.indexOf(u'"', i + 1);
        else if (c == u'[')
            i = code.indexOf(u']', i + 1);
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i;
        else if (c == u'%')
            return true;
        if (i < 0)
            return false;
    }
    return false;
}

std::optional<QDate> fromSerial(const QString &serial, bool date1904)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(serial.trimmed(), &ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 3e6)
        return std::nullopt;
    const auto day = static_cast<qint64>(std::floor(value));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(day);
    else if (day >= 1 && day < 60)
        date = QDate(1899, 12, 31).addDays(day);
    else if (day > 60)
        date = QDate(1899, 12, 30).addDays(day); // Excel counts a 1900-02-29
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    return date;
}

} // namespace PlanDesk::XlsxDates
