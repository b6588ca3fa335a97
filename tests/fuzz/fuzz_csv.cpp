// CsvReader::parse on any bytes: it never crashes, and what it returns is a
// table the bytes can hold.
#include "exchange/csvreader.h"
#include "fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = PlanDeskFuzz::bytes(data, size);
    const QString fileName = u"input.csv"_s;
    QString encoding;
    const Result<Workbook> result = CsvReader::parse(input, fileName, &encoding);
    FUZZ_CHECK(!encoding.isEmpty(), u"no encoding named"_s);
    if (!result) {
        // Every refusal names the file first.
        FUZZ_CHECK(result.error().startsWith(fileName), result.error());
        return 0;
    }
    FUZZ_CHECK(result->sheets.size() == 1, QString::number(result->sheets.size()));
    const Sheet &sheet = result->sheets.first();
    qsizetype fields = 0;
    int lastRow = 0;
    for (const SheetRow &row : sheet.rows) {
        // Rows are the lines they start on, in order, and no line without a byte.
        FUZZ_CHECK(row.number > lastRow, QString::number(row.number));
        FUZZ_CHECK(row.number <= input.size() + 1, QString::number(row.number));
        lastRow = row.number;
        FUZZ_CHECK(!row.cells.isEmpty(), QString::number(row.number));
        fields += row.cells.size();
        for (const SheetCell &cell : row.cells) {
            FUZZ_CHECK(cell.kind == SheetCell::Kind::Text || cell.kind == SheetCell::Kind::Empty,
                       cell.text);
            FUZZ_CHECK(cell.text.size() <= CsvReader::maxFieldChars,
                       QString::number(cell.text.size()));
            FUZZ_CHECK(cell.text.size() <= input.size(), cell.text);
        }
    }
    // A record of n fields needs n - 1 delimiters, and a record needs a byte.
    FUZZ_CHECK(fields <= input.size() + sheet.rows.size(), QString::number(fields));
    FUZZ_CHECK(sheet.rows.size() <= input.size(), QString::number(sheet.rows.size()));
    return 0;
}
