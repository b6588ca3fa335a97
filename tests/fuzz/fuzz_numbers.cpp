// The readers of numbers people type or files store: Decimal::parse and
// CellValues' decimals and percents, on text cells and on number cells.
// None crashes; a number that parses, written back, parses to itself.
#include "domain/decimal.h"
#include "exchange/cellvalues.h"
#include "fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

void checkRoundTrip(Decimal value, const QString &input)
{
    const QString written = value.toString();
    const std::optional<Decimal> again = Decimal::parse(written);
    FUZZ_CHECK(again && *again == value, input + u" -> "_s + written);
}

void checkCell(SheetCell::Kind kind, const QString &text)
{
    SheetCell cell;
    cell.kind = kind;
    cell.text = text;
    QString error;
    if (const std::optional<Decimal> value = CellValues::decimal(cell, &error))
        checkRoundTrip(*value, text);
    else
        FUZZ_CHECK(!error.isEmpty(), text);
    error.clear();
    if (const std::optional<int> percent = CellValues::wholePercent(cell, &error))
        FUZZ_CHECK(*percent >= 0 && *percent <= 100, text);
    else
        FUZZ_CHECK(!error.isEmpty(), text);
    (void)CellValues::flag(cell);
    (void)CellValues::text(cell);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(PlanDeskFuzz::bytes(data, size));
    if (const std::optional<Decimal> value = Decimal::parse(text))
        checkRoundTrip(*value, text);
    bool ok = false;
    if (const double d = text.toDouble(&ok); ok) {
        if (const std::optional<Decimal> value = Decimal::fromDouble(d))
            checkRoundTrip(*value, text);
    }
    checkCell(SheetCell::Kind::Text, text);
    checkCell(SheetCell::Kind::Number, text);
    return 0;
}
