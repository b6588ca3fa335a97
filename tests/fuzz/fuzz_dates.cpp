// The readers of dates and periods people type or files store: Period,
// CellValues::date and Excel's serials and number formats. None crashes;
// what they accept is a real day or period that reads back as itself.
#include "domain/period.h"
#include "exchange/cellvalues.h"
#include "exchange/xlsxdates.h"
#include "fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

void checkPeriod(const QString &text)
{
    const std::optional<Period> period = Period::parse(text);
    if (!period)
        return;
    FUZZ_CHECK(period->toString() == text.trimmed(), period->toString());
    const std::optional<Period> again = Period::parse(period->toString());
    FUZZ_CHECK(again && *again == *period, period->toString());
    FUZZ_CHECK(period->firstDay().isValid() && period->lastDay().isValid(), text);
    FUZZ_CHECK(period->firstDay() <= period->lastDay(), text);
    FUZZ_CHECK(Period::containing(period->kind(), period->firstDay()) == *period, text);
    FUZZ_CHECK(Period::containing(period->kind(), period->lastDay()) == *period, text);
    FUZZ_CHECK(period->following().firstDay() == period->lastDay().addDays(1), text);
}

void checkDate(const QString &text)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Text;
    cell.text = text;
    QString error;
    const std::optional<QDate> date = CellValues::date(cell, &error);
    if (!date) {
        FUZZ_CHECK(!error.isEmpty(), text);
        return;
    }
    FUZZ_CHECK(date->isValid(), text);
    // The day written back as ISO text reads as the same day.
    cell.text = date->toString(Qt::ISODate);
    const std::optional<QDate> again = CellValues::date(cell, &error);
    FUZZ_CHECK(again && *again == *date, cell.text);
}

void checkSerial(const QString &text)
{
    for (const bool date1904 : {false, true}) {
        const std::optional<QDate> date = XlsxDates::fromSerial(text, date1904);
        if (date)
            FUZZ_CHECK(date->isValid() && date->year() <= 9999, text);
    }
    (void)XlsxDates::isDateFormat(0, text);
    (void)XlsxDates::isPercentFormat(0, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(PlanDeskFuzz::bytes(data, size));
    checkPeriod(text);
    checkDate(text);
    checkSerial(text);
    return 0;
}
