#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace PlanDesk::XlsxDates {

/// Whether a cell styled with this number format shows a date. `code` is the
/// workbook's own format code for the id, or empty for a built-in id.
bool isDateFormat(int numFmtId, const QString &code);

/// The calendar day of an Excel serial ("45292", "45292.75"); none when the
/// serial is not a day (negative, a time of day alone, past 9999-12-31) or is
/// the 1900-02-29 that Excel's 1900 system counts but the calendar lacks.
/// Whether a number format shows numbers as percentages (0%, 0.0%): Excel
/// stores 36.2% as 0.362, which an import must read as people typed it.
bool isPercentFormat(int numFmtId, const QString &code);

std::optional<QDate> fromSerial(const QString &serial, bool date1904);

} // namespace PlanDesk::XlsxDates
