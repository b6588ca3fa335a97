// XlsxReader on any bytes: it never crashes, and what it returns stays inside
// Excel's limits. Input starting with "<" is the workbook's XML parts, split
// by partSeparator (an empty part is left out), which the target packs into a
// valid zip first: mutated bytes inside a real zip would almost never pass
// its CRC checks, so the XML readers would go unfuzzed. Any other input is
// the file itself, fed through a QBuffer (the reader needs a seekable device,
// not a path).
#include <QBuffer>
#include <QList>

#include "exchange/xlsxreader.h"
#include "fuzzsupport.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

const QByteArray partSeparator = QByteArrayLiteral("\n--part--\n");

// In the order the parts come in the input; [Content_Types].xml and the
// package's own relationships are always the same.
const char *const partNames[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                 "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                 "xl/styles.xml"};

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray &out, quint32 v)
{
    out.append(static_cast<char>(v & 0xFF)).append(static_cast<char>((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

/// A zip holding `members` stored (not deflated), as Excel's reader expects it.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &members)
{
    QByteArray zip, directory;
    for (const auto &[name, data] : members) {
        const auto offset = static_cast<quint32>(zip.size());
        const quint32 crc = crc32(data);
        const auto size = static_cast<quint32>(data.size());
        const auto nameSize = static_cast<quint32>(name.size());
        put32(zip, 0x04034b50);
        put16(zip, 20), put16(zip, 0), put16(zip, 0), put16(zip, 0), put16(zip, 0x21);
        put32(zip, crc), put32(zip, size), put32(zip, size);
        put16(zip, nameSize), put16(zip, 0);
        zip += name + data;
        put32(directory, 0x02014b50);
        put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0x21);
        put32(directory, crc), put32(directory, size), put32(directory, size);
        put16(directory, nameSize), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0), put32(directory, 0), put32(directory, offset);
        directory += name;
    }
    const auto count = static_cast<quint32>(members.size());
    const auto directoryOffset = static_cast<quint32>(zip.size());
    const auto directorySize = static_cast<quint32>(directory.size());
    zip += directory;
    put32(zip, 0x06054b50);
    put16(zip, 0), put16(zip, 0), put16(zip, count), put16(zip, count);
    put32(zip, directorySize), put32(zip, directoryOffset), put16(zip, 0);
    return zip;
}

QByteArray packParts(const QByteArray &input)
{
    QList<QPair<QByteArray, QByteArray>> members;
    members.append({QByteArrayLiteral("[Content_Types].xml"),
                    QByteArrayLiteral(
                        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        "package/2006/content-types\"><Default Extension=\"xml\" "
                        "ContentType=\"application/xml\"/></Types>")});
    members.append(
        {QByteArrayLiteral("_rels/.rels"),
         QByteArrayLiteral("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                           "openxmlformats.org/package/2006/relationships\"><Relationship "
                           "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                           "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                           "</Relationships>")});
    qsizetype from = 0;
    for (const char *name : partNames) {
        if (from > input.size())
            break;
        qsizetype to = input.indexOf(partSeparator, from);
        if (to < 0)
            to = input.size();
        if (to > from)
            members.append({QByteArray(name), input.mid(from, to - from)});
        from = to + partSeparator.size();
    }
    return storedZip(members);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = PlanDeskFuzz::bytes(data, size);
    if (input.startsWith('<'))
        input = packParts(input);
    QBuffer device(&input);
    const QString fileName = u"input.xlsx"_s;
    const Result<Workbook> result = XlsxReader::read(device, fileName);
    // To see what a seed reaches: PLANDESK_FUZZ_VERBOSE=1 fuzz_xlsx SEED
    if (qEnvironmentVariableIsSet("PLANDESK_FUZZ_VERBOSE")) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(result ? u"%1 sheet(s), first has %2 row(s)"_s.arg(result->sheets.size())
                                        .arg(result->sheets.value(0).rows.size())
                                  : result.error()));
    }
    if (!result) {
        FUZZ_CHECK(result.error().startsWith(fileName), result.error());
        return 0;
    }
    FUZZ_CHECK(result->fileName == fileName, result->fileName);
    for (const Sheet &sheet : result->sheets) {
        int lastRow = 0;
        for (const SheetRow &row : sheet.rows) {
            FUZZ_CHECK(row.number > lastRow && row.number <= 1048576,
                       sheet.name + u' ' + QString::number(row.number));
            lastRow = row.number;
            FUZZ_CHECK(row.cells.size() <= 16384, QString::number(row.cells.size()));
            for (const SheetCell &cell : row.cells) {
                FUZZ_CHECK(cell.text.size() <= 32767, QString::number(cell.text.size()));
                if (cell.kind == SheetCell::Kind::Date)
                    FUZZ_CHECK(cell.date.isValid(), cell.text);
                if (cell.kind == SheetCell::Kind::Boolean)
                    FUZZ_CHECK(cell.text == u"true" || cell.text == u"false", cell.text);
                if (cell.kind == SheetCell::Kind::Number)
                    FUZZ_CHECK(!cell.text.isEmpty(), sheet.name);
            }
        }
    }
    return 0;
}
