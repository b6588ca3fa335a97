#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "exchange/csvreader.h"
#include "exchange/tablewriters.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

QString fixture(const QString &name)
{
    return QString::fromUtf8(PLANDESK_FIXTURES_DIR) + u"/csv/"_s + name;
}

/// Each row's cells as text; an Empty cell as "<empty>"; any other kind shows.
QList<QStringList> texts(const Workbook &workbook)
{
    QList<QStringList> out;
    for (const SheetRow &row : workbook.sheets.value(0).rows) {
        QStringList cells;
        for (const SheetCell &cell : row.cells) {
            if (cell.kind == SheetCell::Kind::Empty)
                cells << (cell.text.isEmpty() ? u"<empty>"_s : u"<empty with text>"_s);
            else
                cells << (cell.kind == SheetCell::Kind::Text ? cell.text : u"<not text>"_s);
        }
        out << cells;
    }
    return out;
}

QList<int> numbers(const Workbook &workbook)
{
    QList<int> out;
    for (const SheetRow &row : workbook.sheets.value(0).rows)
        out << row.number;
    return out;
}

const QStringList header {u"任务编号"_s, u"任务名称"_s, u"牵头单位"_s, u"完成进度%"_s};
const QStringList row3 {u"3"_s, u"推进知识产权运营"_s, u"市市场监管局"_s, u"45"_s};
const QStringList rowSafeguard2 {u"保障2"_s, u"加强督导考核"_s, u"市财政局、市科技局"_s, u"100"_s};

Result<Workbook> parsed(const QByteArray &bytes, QString *encoding = nullptr)
{
    return CsvReader::parse(bytes, u"t.csv"_s, encoding);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadUtf8WithBomAndDropEmptyRows()
    {
        QString encoding;
        QFile file(fixture(u"utf8-bom.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Workbook> book =
            CsvReader::parse(file.readAll(), u"utf8-bom.csv"_s, &encoding);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(encoding, u"UTF-8"_s);
        QCOMPARE(book->fileName, u"utf8-bom.csv"_s);
        QCOMPARE(book->sheets.size(), 1);
        QCOMPARE(book->sheets.at(0).name, QString());
        QCOMPARE(texts(*book), (QList<QStringList> {header, row3, rowSafeguard2}));
        QCOMPARE(numbers(*book), (QList<int> {1, 2, 5})); // line 3 blank, line 4 ",,,"
    }

    void shouldReadFilesInEveryEncodingOfficesSave_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("numbers");
        QTest::newRow("UTF-8, no BOM, LF, no final newline")
            << u"utf8-nobom.csv"_s << u"UTF-8"_s << QList<QStringList> {header, row3, rowSafeguard2}
            << QList<int> {1, 2, 3};
        QTest::newRow("GBK from Chinese Excel")
            << u"gbk-excel.csv"_s << u"GB18030"_s
            << QList<QStringList> {header,
                                   row3,
                                   {u"4"_s, u"专利导航, 商标品牌"_s, u"市发展改革委"_s, u"0"_s},
                                   {u"5"_s, u"𠮷䶮"_s, u"市统计局"_s, u"10"_s}}
            << QList<int> {1, 2, 3, 4};
        QTest::newRow("Excel Unicode text")
            << u"excel-unicode-text.txt"_s << u"UTF-16LE"_s
            << QList<QStringList> {header,
                                   {u"3"_s, u"推进运营, 分步实施"_s, u"市市场监管局"_s, u"45"_s},
                                   {u"6"_s, u"第一行\n第二行"_s, u"市财政局"_s, u"60"_s}}
            << QList<int> {1, 2, 3};
        QTest::newRow("UTF-16LE without BOM")
            << u"utf16le-nobom.csv"_s << u"UTF-16LE"_s << QList<QStringList> {header, row3}
            << QList<int> {1, 2};
        QTest::newRow("UTF-16BE without BOM")
            << u"utf16be-nobom.csv"_s << u"UTF-16BE"_s << QList<QStringList> {header, row3}
            << QList<int> {1, 2};
        QTest::newRow("CR line ends")
            << u"cr-only.csv"_s << u"UTF-8"_s << QList<QStringList> {header, row3, rowSafeguard2}
            << QList<int> {1, 2, 3};
        QTest::newRow("semicolons")
            << u"semicolon.csv"_s << u"UTF-8"_s << QList<QStringList> {header, row3, rowSafeguard2}
            << QList<int> {1, 2, 3};
        QTest::newRow("tabs") << u"tab.csv"_s << u"UTF-8"_s
                              << QList<QStringList> {header, row3, rowSafeguard2}
                              << QList<int> {1, 2, 3};
        QTest::newRow("line breaks and quotes inside quotes")
            << u"multiline.csv"_s << u"UTF-8"_s
            << QList<QStringList> {{u"编号"_s, u"说明"_s},
                                   {u"1"_s, u"第一行\n第二行"_s},
                                   {u"2"_s, u"甲\r\n乙\r丙"_s},
                                   {u"3"_s, u"他说\"好\"，\"行\""_s}}
            << QList<int> {1, 2, 4, 7};
    }
    void shouldReadFilesInEveryEncodingOfficesSave()
    {
        QFETCH(QString, name);
        QFETCH(QString, encoding);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, numbers);
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString detected;
        const Result<Workbook> fromBytes = CsvReader::parse(file.readAll(), name, &detected);
        QVERIFY2(fromBytes.ok(), qPrintable(fromBytes.error()));
        QCOMPARE(detected, encoding);
        QCOMPARE(texts(*fromBytes), rows);
        QCOMPARE(::numbers(*fromBytes), numbers);

        const Result<Workbook> fromFile = CsvReader::read(fixture(name));
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.error()));
        QCOMPARE(fromFile->fileName, name);
        QCOMPARE(texts(*fromFile), rows);
    }

    void shouldKeepRaggedRowsAndEmptyFields()
    {
        const Result<Workbook> book = parsed("a,b,c\n1\n\"\",x,,\n,\"\",\n1,2,3,4");
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(texts(*book),
                 (QList<QStringList> {{u"a"_s, u"b"_s, u"c"_s},
                                      {u"1"_s},
                                      {u"<empty>"_s, u"x"_s, u"<empty>"_s, u"<empty>"_s},
                                      {u"1"_s, u"2"_s, u"3"_s, u"4"_s}}));
        QCOMPARE(numbers(*book), (QList<int> {1, 2, 3, 5}));
        QCOMPARE(texts(*parsed("")), QList<QStringList>());
        QCOMPARE(texts(*parsed("\r\n\r\n")), QList<QStringList>());
    }

    void shouldPreferCommasWhenTheHeaderHasThem()
    {
        // A tab or semicolon inside a comma-separated file is text.
        QCOMPARE(texts(*parsed("a\tb,c;d\n")), (QList<QStringList> {{u"a\tb"_s, u"c;d"_s}}));
        // A comma inside a quoted header cell does not make the file comma-separated.
        QCOMPARE(texts(*parsed("\"a,b\"\tc\n1\t2\n")),
                 (QList<QStringList> {{u"a,b"_s, u"c"_s}, {u"1"_s, u"2"_s}}));
        // UTF-16 is Excel's tab-separated text, unless its header has commas and no tab.
        const auto utf16 = [](const QString &text) {
            return parsed("\xFF\xFE" + QStringEncoder(QStringEncoder::Utf16LE)(text));
        };
        QCOMPARE(texts(*utf16(u"a,b;c\r\n"_s)), (QList<QStringList> {{u"a"_s, u"b;c"_s}}));
        QCOMPARE(texts(*utf16(u"a;b\r\n"_s)), (QList<QStringList> {{u"a;b"_s}}));
        QCOMPARE(texts(*utf16(u"a,b\tc\r\n"_s)), (QList<QStringList> {{u"a,b"_s, u"c"_s}}));
    }

    void shouldStripOnlyTheApostropheThatTheExportAdds_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("equals") << QByteArray("'=SUM(A1)") << u"=SUM(A1)"_s;
        QTest::newRow("plus") << QByteArray("'+1") << u"+1"_s;
        QTest::newRow("minus") << QByteArray("'-2") << u"-2"_s;
        QTest::newRow("at") << QByteArray("'@x") << u"@x"_s;
        QTest::newRow("quoted") << QByteArray("\"'=a,b\"") << u"=a,b"_s;
        QTest::newRow("plain word") << QByteArray("'abc") << u"'abc"_s;
        QTest::newRow("apostrophe alone") << QByteArray("'") << u"'"_s;
        // The export of "'=1": text already led by an apostrophe gets one more.
        QTest::newRow("two apostrophes") << QByteArray("''=1") << u"'=1"_s;
        QTest::newRow("inside") << QByteArray("a'=1") << u"a'=1"_s;
    }
    void shouldStripOnlyTheApostropheThatTheExportAdds()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, text);
        const Result<Workbook> book = parsed("h\r\n" + field + "\r\n");
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(texts(*book).value(1), QStringList {text});
    }

    void exportShouldReadBackExactly()
    {
        ExportTable table;
        table.columns = {u"任务"_s, u"说明"_s, u"公式"_s, u"数值"_s, u"空"_s};
        const QStringList awkward {u"含,逗号 \"引号\"\n换行\r\n再换行"_s,
                                   u"=HYPERLINK(\"http://x\")"_s,
                                   u"+1"_s,
                                   u"-2+3"_s,
                                   u"@SUM(A1)"_s,
                                   u"\t=1"_s,
                                   u"'已有撇号"_s,
                                   u"  前后空格  "_s};
        for (const QString &text : awkward) {
            ExportRow row;
            row[u"任务"_s] = u"推进知识产权运营"_s;
            row[u"说明"_s] = text;
            row[u"公式"_s] = ExportValue::list({text, u"市财政局"_s});
            row[u"数值"_s] = ExportValue::number(*Decimal::parse(u"-4.2"_s));
            table.rows << row;
        }
        QString encoding;
        const Result<Workbook> book = CsvReader::parse(toCsv(table), u"export.csv"_s, &encoding);
        QVERIFY2(book.ok(), qPrintable(book.error()));
        QCOMPARE(encoding, u"UTF-8"_s);
        const QList<QStringList> rows = texts(*book);
        QCOMPARE(rows.size(), awkward.size() + 1);
        QCOMPARE(rows.at(0), table.columns);
        for (qsizetype i = 0; i < awkward.size(); ++i) {
            QCOMPARE(rows.at(i + 1),
                     (QStringList {u"推进知识产权运营"_s, awkward.at(i),
                                   awkward.at(i) + u"、市财政局"_s, u"-4.2"_s, u"<empty>"_s}));
        }
    }

    void shouldNameThePlaceOfBrokenFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("says");
        QTest::newRow("unterminated quote")
            << u"bad-unterminated.csv"_s << u"bad-unterminated.csv, row 3, column B: "_s
            << u"no closing quote"_s;
        QTest::newRow("stray quote")
            << u"bad-stray-quote.csv"_s << u"bad-stray-quote.csv, row 3, column C: "_s
            << u"a quote inside a field that is not quoted"_s;
        QTest::newRow("text after closing quote")
            << u"bad-after-quote.csv"_s << u"bad-after-quote.csv, row 4, column B: "_s
            << u"text follows the closing quote"_s;
        QTest::newRow("invalid GB18030")
            << u"bad-gb18030.csv"_s << u"bad-gb18030.csv, row 3, column C: "_s
            << u"the bytes FF BE D6 are not valid GB18030"_s;
        QTest::newRow("xlsx renamed")
            << u"renamed-xlsx.csv"_s << u"renamed-xlsx.csv: "_s << u"Excel workbook (.xlsx)"_s;
    }
    void shouldNameThePlaceOfBrokenFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, place);
        QFETCH(QString, says);
        const Result<Workbook> book = CsvReader::read(fixture(name));
        QVERIFY(!book.ok());
        QVERIFY2(book.error().startsWith(place), qPrintable(book.error()));
        QVERIFY2(book.error().contains(says), qPrintable(book.error()));
        QVERIFY(!book.error().contains(u'\n'));
    }

    void shouldNameThePlaceOfBadBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad UTF-8 after a BOM")
            << QByteArray("\xEF\xBB\xBF"
                          "a,b\r\nc,\xC3\x28\r\n")
            << u"t.csv, row 2, column B: the bytes C3 28 are not valid UTF-8 text"_s;
        QTest::newRow("bad GB18030 on the second line of a field")
            << QByteArray("a,b\r\n\xCA\xD0,\"\xB2\xC6\n\xB2\"\r\n")
            << u"t.csv, row 3, column B: the bytes B2 are not valid GB18030 (GBK) text"_s;
        QTest::newRow("GB18030 with no character")
            << QByteArray("a,b\r\n\xCA\xD0,\x84\x31\xA5\x30\r\n")
            << u"t.csv, row 2, column B: the field holds bytes that are not valid GB18030 (GBK) "
               u"text"_s;
        QTest::newRow("space before a quote")
            << QByteArray("a,b\n1, \"x\"\n")
            << u"t.csv, row 2, column B: a quote inside a field that is not quoted; quote the "
               u"whole field and double the quote (\"\")"_s;
        QTest::newRow("zip") << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0')
                             << u"t.csv: this is not a CSV file: it looks like an Excel workbook "
                                u"(.xlsx) or another zip file; import it with the Excel (.xlsx) "
                                u"importer"_s;
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12)
                             << u"t.csv: this is not a CSV file: it looks like an old Excel "
                                u"workbook (.xls); save it from Excel as .xlsx or CSV and import "
                                u"that"_s;
        QTest::newRow("NUL bytes") << QByteArray("a,b\r\n\0\0\x01\x02,c\r\n", 11)
                                   << u"t.csv: this is not a CSV file: it holds binary data (NUL "
                                      u"bytes), not text"_s;
        QTest::newRow("UTF-16 cut short")
            << QByteArray("\xFF\xFE"
                          "a\0b",
                          5)
            << u"t.csv: the UTF-16 text ends in the middle of a character; the file may have "
               u"been cut short"_s;
    }
    void shouldNameThePlaceOfBadBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const Result<Workbook> book = parsed(bytes);
        QVERIFY(!book.ok());
        QCOMPARE(book.error(), error);
    }

    void shouldHoldFieldsUpToExcelsCellLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("fits");
        QTest::newRow("32767 letters") << QString(32767, u'x') << true;
        QTest::newRow("32768 letters") << QString(32768, u'x') << false;
        QTest::newRow("32767 characters of Chinese") << QString(32767, u'进') << true;
        QTest::newRow("32768 characters of Chinese") << QString(32768, u'进') << false;
    }
    void shouldHoldFieldsUpToExcelsCellLimit()
    {
        QFETCH(QString, text);
        QFETCH(bool, fits);
        for (const char *encoding : {"UTF-8", "UTF-16LE", "GB18030"}) {
            const QByteArray body = "a,b\r\n1,\"" + text.toUtf8() + "\"\r\n";
            QByteArray bytes = body;
            if (qstrcmp(encoding, "UTF-16LE") == 0)
                bytes =
                    "\xFF\xFE" + QStringEncoder(QStringEncoder::Utf16LE)(QString::fromUtf8(body));
            else if (qstrcmp(encoding, "GB18030") == 0 && text.front() != u'x')
                bytes = "a,b\r\n1,\"" + QByteArray("\xBD\xF8").repeated(text.size()) + "\"\r\n";
            const Result<Workbook> book = parsed(bytes);
            QCOMPARE(book.ok(), fits);
            if (fits) {
                QCOMPARE(book->sheets.at(0).rows.at(1).cells.at(1).text, text);
            } else {
                QCOMPARE(book.error(),
                         u"t.csv, row 2, column B: the field is longer than 32767 characters, "
                         u"the most a cell can hold; reading stopped here"_s);
            }
        }
    }

    void shouldStopAtAFiftyMegabyteField_data()
    {
        QTest::addColumn<QByteArray>("opening");
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<QByteArray>("closing");
        QTest::newRow("unquoted") << QByteArray("1,") << QByteArray("进展情况说明")
                                  << QByteArray("\r\n");
        QTest::newRow("quoted, over lines")
            << QByteArray("1,\"") << QByteArray("进展情况说明\n") << QByteArray("\"\r\n");
    }
    void shouldStopAtAFiftyMegabyteField()
    {
        QFETCH(QByteArray, opening);
        QFETCH(QByteArray, chunk);
        QFETCH(QByteArray, closing);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"big.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("编号,说明\r\n" + opening);
        const QByteArray block = chunk.repeated(1 << 12);
        for (qint64 written = 0; written < 50 * 1024 * 1024; written += block.size())
            QCOMPARE(file.write(block), block.size());
        file.write(closing + "2,ok\r\n");
        file.close();

        const Result<Workbook> book = CsvReader::read(file.fileName());
        QVERIFY(!book.ok());
        QCOMPARE(book.error(),
                 u"big.csv, row 2, column B: the field is longer than 32767 characters, the most "
                 u"a cell can hold; reading stopped here"_s);
    }

    void shouldRefuseFilesOverTheSizeLimit()
    {
        CsvReader::Options options;
        options.maxBytes = 100;
        const QString expected = u"utf8-bom.csv: the file has 174 bytes, more than the 100 "
                                 u"bytes a CSV file may have"_s;
        const Result<Workbook> fromFile = CsvReader::read(fixture(u"utf8-bom.csv"_s), options);
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.error(), expected);
        QFile file(fixture(u"utf8-bom.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Workbook> fromBytes =
            CsvReader::parse(file.readAll(), u"utf8-bom.csv"_s, nullptr, options);
        QCOMPARE(fromBytes.error(), expected);
        options.maxBytes = 174;
        QVERIFY(CsvReader::read(fixture(u"utf8-bom.csv"_s), options).ok());
    }

    void shouldSayWhenTheFileCannotBeOpened()
    {
        const Result<Workbook> book = CsvReader::read(fixture(u"no-such-file.csv"_s));
        QVERIFY(!book.ok());
        QVERIFY2(book.error().startsWith(u"no-such-file.csv: the file cannot be opened: "_s),
                 qPrintable(book.error()));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
