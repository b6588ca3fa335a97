#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "exchange/xlsxreader.h"
#include "openpyxlpython.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

QString fixtures()
{
    return QStringLiteral(PLANDESK_FIXTURES_DIR "/xlsx");
}

QString bad(const QString &name)
{
    return fixtures() + u"/bad/"_s + name;
}

QString kindName(SheetCell::Kind kind)
{
    switch (kind) {
    case SheetCell::Kind::Empty:
        return u"empty"_s;
    case SheetCell::Kind::Text:
        return u"text"_s;
    case SheetCell::Kind::Number:
        return u"number"_s;
    case SheetCell::Kind::Boolean:
        return u"boolean"_s;
    case SheetCell::Kind::Date:
        return u"date"_s;
    case SheetCell::Kind::Error:
        return u"error"_s;
    }
    return {};
}

// Linux's peak resident memory of this process, in KiB, which
// /proc/self/clear_refs can reset; -1 where there is no /proc.
qint64 peakKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QByteArray out;
        QString error;
        QVERIFY2(
            Testing::runOpenpyxl({fixtures() + u"/make_good_files.py"_s, m_dir.path()}, out, error),
            qPrintable(error));
        QFile expected(m_dir.filePath(u"expected.json"_s));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(expected.readAll()).object();
        QCOMPARE(m_expected.size(), 3);
    }

    void shouldReadWhatAnotherWriterWrote_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("openpyxl") << u"openpyxl-book.xlsx"_s;
        QTest::newRow("openpyxl 1904 dates") << u"openpyxl-1904.xlsx"_s;
        QTest::newRow("LibreOffice style") << u"libreoffice-style.xlsx"_s;
    }
    void shouldReadWhatAnotherWriterWrote()
    {
        QFETCH(QString, file);
        const Result<Workbook> book = XlsxReader::read(m_dir.filePath(file));
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->fileName, file);
        const QJsonArray sheets = m_expected.value(file).toArray();
        QCOMPARE(book->sheets.size(), sheets.size());
        for (qsizetype s = 0; s < sheets.size(); ++s) {
            const QJsonObject want = sheets.at(s).toObject();
            const Sheet &sheet = book->sheets.at(s);
            QCOMPARE(sheet.name, want.value(u"name").toString());
            QCOMPARE(sheet.hidden, want.value(u"hidden").toBool());
            const QJsonArray rows = want.value(u"rows").toArray();
            QStringList got, wanted;
            for (const SheetRow &row : sheet.rows)
                got << QString::number(row.number);
            for (const QJsonValue &row : rows)
                wanted << QString::number(row.toObject().value(u"number").toInt());
            QCOMPARE(got, wanted);
            for (qsizetype r = 0; r < rows.size(); ++r)
                compareRow(sheet.name, sheet.rows.at(r), rows.at(r).toObject());
        }
    }

    void numbersShouldKeepTheirStoredDigits()
    {
        const Result<Workbook> book = XlsxReader::read(m_dir.filePath(u"openpyxl-book.xlsx"_s));
        QVERIFY2(book.ok(), qPrintable(book.error()));
        const SheetRow &row = book->sheets.at(0).rows.at(1);
        QCOMPARE(row.cell(2).text, u"4.2"_s);
        QCOMPARE(row.cell(3).text, u"0.001"_s);
        QCOMPARE(row.cell(4).text, u"123456789012345"_s);
        QCOMPARE(row.cell(0).text, u"推进济宁市城市更新"_s);
    }

    void excelsMissing1900LeapDayShouldStayANumber()
    {
        const Result<Workbook> book = XlsxReader::read(m_dir.filePath(u"libreoffice-style.xlsx"_s));
        QVERIFY2(book.ok(), qPrintable(book.error()));
        const SheetRow &row = book->sheets.at(0).rows.at(2);
        QCOMPARE(row.number, 5);
        QCOMPARE(row.cell(3).kind, SheetCell::Kind::Number);
        QCOMPARE(row.cell(3).text, u"60"_s);
        QCOMPARE(row.cell(4).date, QDate(1900, 3, 1));
    }

    void shouldReadFromADevice()
    {
        QFile file(m_dir.filePath(u"libreoffice-style.xlsx"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QBuffer buffer;
        buffer.setData(file.readAll());
        const Result<Workbook> book = XlsxReader::read(buffer, u"上传.xlsx"_s);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(book->fileName, u"上传.xlsx"_s);
        QCOMPARE(book->sheets.size(), 2);
    }

    void shouldRefuseBadFilesSayingWhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const auto add = [](const char *file, const QString &message) {
            QTest::newRow(file) << QString::fromUtf8(file) << message;
        };
        add("empty.xlsx", u"empty.xlsx: the file is empty"_s);
        add("not-a-zip.xlsx",
            u"not-a-zip.xlsx: this is not an .xlsx workbook (the file is not a "
            u"zip archive); save it from Excel or WPS as .xlsx"_s);
        add("old-excel.xlsx",
            u"old-excel.xlsx: this is an Excel 97–2003 workbook (.xls) or a "
            u"password-protected workbook; open it in Excel or WPS and save it "
            u"as an unprotected .xlsx"_s);
        add("truncated.xlsx",
            u"truncated.xlsx: the file is damaged or incomplete: its zip "
            u"directory cannot be read"_s);
        add("word-document.xlsx",
            u"word-document.xlsx: the file holds no xl/workbook.xml, so it "
            u"is not an Excel workbook (a Word or PowerPoint file?)"_s);
        const QString outside = u": the zip member \"%1\" points outside the workbook (an absolute "
                                u"path, a drive, a backslash or \"..\"); this is not a genuine "
                                u"workbook"_s;
        add("traversal-dotdot.xlsx", u"traversal-dotdot.xlsx"_s + outside.arg(u"../../evil.xml"));
        add("traversal-absolute.xlsx", u"traversal-absolute.xlsx"_s + outside.arg(u"/etc/x"));
        add("traversal-drive.xlsx", u"traversal-drive.xlsx"_s + outside.arg(u"C:\\x"));
        add("traversal-backslash.xlsx",
            u"traversal-backslash.xlsx"_s + outside.arg(u"xl\\..\\..\\evil.xml"));
        add("rels-outside.xlsx",
            u"rels-outside.xlsx: the workbook refers to \"../../../evil.xml\", "
            u"outside the workbook; this is not a genuine workbook"_s);
        add("rels-external.xlsx",
            u"rels-external.xlsx: the workbook refers to "
            u"\"file:///etc/passwd\", outside the workbook; this is not a "
            u"genuine workbook"_s);
        add("zip-bomb.xlsx",
            u"zip-bomb.xlsx: the workbook unpacks to more than 256 MB; this "
            u"program reads workbooks up to that size"_s);
        add("zip-bomb-reused.xlsx",
            u"zip-bomb-reused.xlsx: the workbook unpacks to more than 256 "
            u"MB (passed while unpacking xl/worksheets/sheet1.xml); this is not an "
            u"ordinary workbook"_s);
        add("lying-sizes.xlsx",
            u"lying-sizes.xlsx: the zip member xl/worksheets/sheet1.xml is "
            u"damaged and cannot be unpacked"_s);
        add("too-many-members.xlsx",
            u"too-many-members.xlsx: the archive holds 10,002 members; a "
            u"workbook this program reads holds at most 10,000"_s);
        add("too-many-sheets.xlsx",
            u"too-many-sheets.xlsx: the workbook has more than 1,000 "
            u"sheets"_s);
        add("huge-cell.xlsx",
            u"huge-cell.xlsx, sheet Sheet1, row 2, column B: the cell holds "
            u"52,428,800 characters; a cell holds at most 32,767"_s);
        add("huge-shared-string.xlsx",
            u"huge-shared-string.xlsx, sheet Sheet1, row 3, column C: "
            u"the cell holds 52,428,800 characters; a cell holds at "
            u"most 32,767"_s);
        add("gt-cell.xlsx",
            u"gt-cell.xlsx, sheet Sheet1, row 5, column A: the cell holds "
            u"20,971,520 characters; a cell holds at most 32,767"_s);
        add("cdata-bomb.xlsx",
            u"cdata-bomb.xlsx, sheet Sheet1: xl/worksheets/sheet1.xml holds a "
            u"tag, comment or CDATA section longer than 1048576 bytes (line 1)"_s);
        add("long-cell.xlsx",
            u"long-cell.xlsx, sheet Sheet1, row 1, column A: the cell holds "
            u"32,768 characters; a cell holds at most 32,767"_s);
        add("malformed-xml.xlsx",
            u"malformed-xml.xlsx, sheet Sheet1: xl/worksheets/sheet1.xml is "
            u"not well-formed XML (line 3, column 29): Opening and ending "
            u"tag mismatch."_s);
        add("dtd-entities.xlsx",
            u"dtd-entities.xlsx, sheet Sheet1: xl/worksheets/sheet1.xml "
            u"holds a document type definition (line 2), which no workbook "
            u"has"_s);
        add("too-many-rows.xlsx",
            u"too-many-rows.xlsx, sheet Sheet1: row 1,048,577 lies beyond "
            u"Excel's last row, 1,048,576"_s);
        add("too-many-columns.xlsx",
            u"too-many-columns.xlsx, sheet Sheet1, row 1: cell XFE1 lies "
            u"beyond Excel's last column, XFD"_s);
        add("cell-flood.xlsx",
            u"cell-flood.xlsx, sheet Sheet1, row 306, column XFD: the workbook "
            u"holds more cells than this program reads (counting blanks between "
            u"filled cells)"_s);
        add("bad-shared-index.xlsx",
            u"bad-shared-index.xlsx, sheet Sheet1, row 4, column D: the "
            u"cell refers to shared string 5, but the workbook has 1"_s);
        // Found by fuzz_xlsx: both rows were kept under one number.
        add("duplicate-row.xlsx",
            u"duplicate-row.xlsx, sheet Sheet1, row 4: this row appears twice in the sheet"_s);
        add("missing.xlsx", u"missing.xlsx: cannot open the file: No such file or directory"_s);
    }
    void shouldRefuseBadFilesSayingWhere()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Result<Workbook> book = XlsxReader::read(bad(file));
        QVERIFY(!book.ok());
        QCOMPARE(book.error(), message);
        QVERIFY(!book.error().contains(u'\n'));
    }

    void hugeTextShouldNotBeHeldInMemory_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"huge-cell.xlsx", "huge-shared-string.xlsx", "gt-cell.xlsx",
                                 "cdata-bomb.xlsx", "zip-bomb-reused.xlsx"})
            QTest::newRow(file) << QString::fromUtf8(file);
    }
    void hugeTextShouldNotBeHeldInMemory()
    {
        QFETCH(QString, file);
        if (peakKiB() < 0)
            QFAIL("this test needs Linux's /proc/self/status");
        resetPeak();
        const qint64 base = peakKiB();
        const Result<Workbook> book = XlsxReader::read(bad(file));
        QVERIFY(!book.ok());
        // Holding any of these texts whole would take 40 MB or more.
        QVERIFY2(peakKiB() - base < 32 * 1024,
                 qPrintable(u"peak grew by %1 KiB"_s.arg(peakKiB() - base)));
    }

    void whitespacePaddingShouldBeReadInBoundedMemory()
    {
        resetPeak();
        const qint64 base = peakKiB();
        const Result<Workbook> book = XlsxReader::read(bad(u"padded-whitespace.xlsx"_s));
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QVERIFY2(peakKiB() - base < 32 * 1024,
                 qPrintable(u"peak grew by %1 KiB"_s.arg(peakKiB() - base)));
        const QList<SheetRow> &rows = book->sheets.at(0).rows;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).cell(0).text, u"任务"_s);
        QCOMPARE(rows.at(1).number, 2);
        QCOMPARE(rows.at(1).cell(0).text, u"7"_s);
    }

private:
    void compareRow(const QString &sheet, const SheetRow &row, const QJsonObject &want)
    {
        QHash<int, QJsonObject> cells;
        for (const QJsonValue &c : want.value(u"cells").toArray())
            cells.insert(c.toObject().value(u"column").toInt(), c.toObject());
        const int width = int(qMax<qsizetype>(row.cells.size(), 1));
        for (int column = 0; column < width; ++column) {
            const QString where = u"%1!%2%3"_s.arg(sheet, columnLetters(column)).arg(row.number);
            const SheetCell got = row.cell(column);
            const QJsonObject expected = cells.take(column);
            if (expected.isEmpty()) {
                QVERIFY2(got.kind == SheetCell::Kind::Empty, qPrintable(where + u" not empty"_s));
                continue;
            }
            QCOMPARE(kindName(got.kind) + u' ' + where,
                     expected.value(u"kind").toString() + u' ' + where);
            if (expected.contains(u"text"))
                QCOMPARE(got.text, expected.value(u"text").toString());
            if (expected.contains(u"date"))
                QCOMPARE(got.date,
                         QDate::fromString(expected.value(u"date").toString(), Qt::ISODate));
        }
        QVERIFY2(cells.isEmpty(),
                 qPrintable(u"missing cells in %1 row %2"_s.arg(sheet).arg(row.number)));
    }

    QTemporaryDir m_dir;
    QJsonObject m_expected;
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
