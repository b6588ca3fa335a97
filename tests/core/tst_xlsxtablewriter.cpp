#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "exchange/xlsxtablewriter.h"
#include "openpyxlreader.h"
#include "xlsxwriterprocess.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

ExportTable oneCell(const ExportValue &value, const QString &column = u"c"_s)
{
    ExportTable t;
    t.columns = {column};
    ExportRow row;
    row[column] = value;
    t.rows << row;
    return t;
}

/// The attributes and the content of one cell in the sheet's XML.
struct CellXml
{
    QString attributes;
    QString content;
};

CellXml cellXml(const QString &xml, const QString &ref)
{
    const QRegularExpressionMatch m =
        QRegularExpression(u"<c r=\"%1\"([^>]*)>(.*?)</c>"_s.arg(ref)).match(xml);
    return {m.captured(1), m.captured(2)};
}

} // namespace

class TestXlsxTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString clash = xlsxwriterZipClash();
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
    }

    void headerShouldBeTheCsvKeysBoldFrozenAndFiltered()
    {
        ExportTable t;
        t.columns = {u"id"_s, u"title"_s, u"due"_s};
        for (int i = 1; i <= 3; ++i) {
            ExportRow row;
            row[u"id"_s] = ExportValue::number(qint64(i));
            row[u"title"_s] = u"任务%1"_s.arg(i);
            row[u"due"_s] = ExportValue::date({2020, 12, 31});
            t.rows << row;
        }
        const OpenpyxlSheet sheet = written(t, u"tasks"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.data[u"sheets"_s].toArray(), QJsonArray {u"tasks"_s});
        QCOMPARE(sheet.rows().size(), 4);
        for (int c = 0; c < t.columns.size(); ++c) {
            QCOMPARE(sheet.cell(0, c).at(0).toString(), u"s"_s);
            QCOMPARE(sheet.cell(0, c).at(1).toString(), t.columns.at(c));
        }
        QCOMPARE(sheet.data[u"bold"_s].toArray(), (QJsonArray {true, true, true}));
        QCOMPARE(sheet.data[u"freeze"_s].toString(), u"A2"_s);
        QCOMPARE(sheet.data[u"filter"_s].toString(), u"A1:C4"_s);
        QCOMPARE(sheet.cell(3, 1).at(1).toString(), u"任务3"_s);
    }

    void chineseTextShouldSurviveAndWidenItsColumn()
    {
        ExportTable t;
        t.columns = {u"zh"_s, u"en"_s, u"lines"_s};
        ExportRow row;
        row[u"zh"_s] = u"市知识产权工作领导小组各成员单位"_s; // 16 wide characters
        row[u"en"_s] = u"abcdefghijklmnop"_s; // 16 narrow ones
        row[u"lines"_s] = ExportValue::list({u"市财政局"_s, u"市科技局（含“引号”）\n第二行"_s});
        t.rows << row;
        const OpenpyxlSheet sheet = written(t, u"单位"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.data[u"title"_s].toString(), u"单位"_s);
        QCOMPARE(sheet.cell(1, 0).at(1).toString(), u"市知识产权工作领导小组各成员单位"_s);
        QCOMPARE(sheet.cell(1, 2).at(1).toString(), u"市财政局、市科技局（含“引号”）\n第二行"_s);
        // Wide characters count double; text with a line break wraps.
        const QJsonObject widths = sheet.data[u"widths"_s].toObject();
        const double zh = widths[u"A"_s].toDouble();
        const double en = widths[u"B"_s].toDouble();
        QVERIFY2(zh >= 33 && zh < 34, qPrintable(QString::number(zh)));
        QVERIFY2(en >= 17 && en < 18, qPrintable(QString::number(en)));
        const QJsonArray wraps = sheet.data[u"wrap"_s].toArray().at(1).toArray();
        QCOMPARE(wraps, (QJsonArray {false, false, true}));
    }

    void textShouldNeverBecomeAFormula_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("equals") << u"=1+1"_s;
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://example.com\",\"点击\")"_s;
        QTest::newRow("plus") << u"+1"_s;
        QTest::newRow("minus") << u"-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s;
        QTest::newRow("digits") << u"0012"_s;
        QTest::newRow("boolean word") << u"TRUE"_s;
    }
    void textShouldNeverBecomeAFormula()
    {
        QFETCH(QString, text);
        const OpenpyxlSheet sheet = written(oneCell(text), u"s"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.cell(1, 0).at(0).toString(), u"s"_s);
        QCOMPARE(sheet.cell(1, 0).at(1).toString(), text); // no apostrophe either
        QVERIFY2(!sheet.xml().contains(u"<f"_s), qPrintable(sheet.xml()));
        QVERIFY(cellXml(sheet.xml(), u"A2"_s).attributes.contains(u"t=\"s\""_s));
    }

    void numbersShouldKeepTheirExactDecimalValue_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::newRow("the target") << u"4.2"_s;
        QTest::newRow("not exact in binary") << u"9.2"_s;
        QTest::newRow("eight digits and a tenth") << u"12345678.9"_s;
        QTest::newRow("2018's figure") << u"2.92"_s;
        QTest::newRow("a percent") << u"66.7"_s;
        QTest::newRow("negative") << u"-3.5"_s;
        QTest::newRow("smallest step") << u"0.0001"_s;
        QTest::newRow("a hundred thousand") << u"100000"_s;
        QTest::newRow("sixteen digits") << u"987654321012.3456"_s;
    }
    void numbersShouldKeepTheirExactDecimalValue()
    {
        QFETCH(QString, decimal);
        const OpenpyxlSheet sheet =
            written(oneCell(ExportValue::number(*Decimal::parse(decimal))), u"n"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        // A number cell (no t="s") whose stored <v> text reads back as the
        // very double of the decimal, which is the decimal again
        const CellXml cell = cellXml(sheet.xml(), u"A2"_s);
        QVERIFY2(!cell.attributes.contains(u"t="_s), qPrintable(cell.attributes));
        const QRegularExpressionMatch v =
            QRegularExpression(u"^<v>([^<]+)</v>$"_s).match(cell.content);
        QVERIFY2(v.hasMatch(), qPrintable(cell.content));
        QCOMPARE(v.captured(1).toDouble(), decimal.toDouble());
        QCOMPARE(Decimal::fromDouble(v.captured(1).toDouble()), Decimal::parse(decimal));
        // and openpyxl, reading it as Excel does, gets the same decimal.
        QCOMPARE(sheet.cell(1, 0).at(0).toString(), u"n"_s);
        QCOMPARE(Decimal::parse(sheet.cell(1, 0).at(1).toString()), Decimal::parse(decimal));
    }

    void aDecimalBinaryCannotHoldShouldStillReadBackExactly()
    {
        // libxlsxwriter prints doubles with "%.16G": 9.2 is stored as
        // 9.199999999999999, which is the same double as 9.2.
        const OpenpyxlSheet sheet =
            written(oneCell(ExportValue::number(*Decimal::parse(u"9.2"_s))), u"n"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(cellXml(sheet.xml(), u"A2"_s).content, u"<v>9.199999999999999</v>"_s);
        QCOMPARE(sheet.cell(1, 0).at(1).toString(), u"9.2"_s);
    }

    void digitsBeyondADoubleShouldGoInAsText()
    {
        // 18 significant digits: a double would round them, text keeps them.
        const QString decimal = u"12345678901234.5678"_s;
        const OpenpyxlSheet sheet =
            written(oneCell(ExportValue::number(*Decimal::parse(decimal))), u"n"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.cell(1, 0).at(0).toString(), u"s"_s);
        QCOMPARE(sheet.cell(1, 0).at(1).toString(), decimal);
    }

    void datesShouldBeRealDatesShownIso()
    {
        const OpenpyxlSheet sheet = written(oneCell(ExportValue::date({2019, 12, 31})), u"d"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.cell(1, 0), (QJsonArray {u"d"_s, u"2019-12-31"_s, u"yyyy-mm-dd"_s}));
        const CellXml cell = cellXml(sheet.xml(), u"A2"_s);
        QVERIFY(!cell.attributes.contains(u"t="_s));
        QCOMPARE(cell.content, u"<v>43830</v>"_s); // Excel's serial day
    }

    void booleansShouldBeBooleans()
    {
        ExportTable t;
        t.columns = {u"yes"_s, u"no"_s};
        ExportRow row;
        row[u"yes"_s] = ExportValue::boolean(true);
        row[u"no"_s] = ExportValue::boolean(false);
        t.rows << row;
        const OpenpyxlSheet sheet = written(t, u"b"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.cell(1, 0).at(1).toString(), u"true"_s);
        QCOMPARE(sheet.cell(1, 1).at(1).toString(), u"false"_s);
        QVERIFY(cellXml(sheet.xml(), u"A2"_s).attributes.contains(u"t=\"b\""_s));
    }

    void emptyAndNullCellsShouldStayEmpty()
    {
        ExportTable t;
        t.columns = {u"a"_s, u"b"_s, u"c"_s};
        ExportRow first;
        first[u"a"_s] = u"x"_s;
        first[u"b"_s] = ExportValue();
        first[u"c"_s] = QString();
        ExportRow second; // "a" missing altogether
        second[u"b"_s] = ExportValue::list({});
        second[u"c"_s] = ExportValue::number(qint64(1));
        t.rows << first << second;
        const OpenpyxlSheet sheet = written(t, u"e"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.rows().size(), 3);
        QVERIFY(sheet.rows().at(1).toArray().at(1).isNull());
        QVERIFY(sheet.rows().at(1).toArray().at(2).isNull());
        QVERIFY(sheet.rows().at(2).toArray().at(0).isNull());
        QVERIFY(sheet.rows().at(2).toArray().at(1).isNull());
        QCOMPARE(sheet.cell(2, 2).at(1).toString(), u"1"_s);
        QVERIFY(cellXml(sheet.xml(), u"B2"_s).content.isEmpty());
    }

    void aLongTextShouldSurviveWhole()
    {
        QString text;
        while (text.size() < 30000)
            text += u"推进知识产权强市建设，abc 123。\n"_s;
        text.truncate(30000);
        const OpenpyxlSheet sheet = written(oneCell(text, u"text"_s), u"long"_s);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.cell(1, 0).at(1).toString().size(), 30000);
        QCOMPARE(sheet.cell(1, 0).at(1).toString(), text);
        QCOMPARE(sheet.data[u"wrap"_s].toArray().at(1).toArray().at(0).toBool(), true);
        const double width = sheet.data[u"widths"_s].toObject()[u"A"_s].toDouble();
        QVERIFY2(width >= 50 && width < 51, qPrintable(QString::number(width)));
    }

    void textLongerThanACellShouldFailNamingTheCell()
    {
        ExportTable t;
        t.columns = {u"id"_s, u"text"_s};
        ExportRow row;
        row[u"id"_s] = ExportValue::number(qint64(1));
        row[u"text"_s] = QString(40000, u'字');
        t.rows << row;
        const QString path = m_dir.filePath(u"too-long.xlsx"_s);
        const Status status = writeXlsx(t, path, u"tasks"_s);
        QVERIFY(!status);
        QVERIFY2(status.error().contains(u"too-long.xlsx"_s), qPrintable(status.error()));
        QVERIFY2(status.error().contains(u"sheet tasks, row 2, column B (text)"_s),
                 qPrintable(status.error()));
        QVERIFY2(status.error().contains(u"40000"_s), qPrintable(status.error()));
        QVERIFY(!status.error().contains(u'\n'));
        QVERIFY(!QFile::exists(path));
    }

    void anUnwritableTargetShouldFailClearlyAndLeaveNoFile_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("missing folder") << u"no-such-folder/out.xlsx"_s;
        QTest::newRow("folder is a file") << u"plain-file/out.xlsx"_s;
        QTest::newRow("target is a folder") << u"a-folder"_s;
    }
    void anUnwritableTargetShouldFailClearlyAndLeaveNoFile()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        QFile plain(dir.filePath(u"plain-file"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(QDir(dir.path()).mkdir(u"a-folder"_s));
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

        const QString path = dir.filePath(relative);
        const Status status = writeXlsx(oneCell(u"x"_s), path, u"s"_s);
        QVERIFY(!status);
        QVERIFY2(status.error().contains(QDir::toNativeSeparators(path)),
                 qPrintable(status.error()));
        QVERIFY(!status.error().contains(u'\n'));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden), before);
        QVERIFY(QDir(dir.filePath(u"a-folder"_s)).isEmpty());
    }

    void aBadSheetNameShouldFailNamingIt()
    {
        const QString path = m_dir.filePath(u"bad-sheet.xlsx"_s);
        const Status status = writeXlsx(oneCell(u"x"_s), path, u"进展/报送"_s);
        QVERIFY(!status);
        QVERIFY2(status.error().contains(u"进展/报送"_s), qPrintable(status.error()));
        QVERIFY(!QFile::exists(path));
    }

    void bytesShouldBeTheSameWorkbook()
    {
        const Result<QByteArray> bytes = toXlsx(oneCell(ExportValue::number(qint64(7))), u"x"_s);
        QVERIFY2(bytes, qPrintable(bytes.error()));
        QVERIFY(bytes->startsWith("PK\x03\x04"));
        const QString path = m_dir.filePath(u"from-bytes.xlsx"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
        file.close();
        const OpenpyxlSheet sheet = readWithOpenpyxl(path);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.cell(1, 0).at(1).toString(), u"7"_s);
    }

private:
    OpenpyxlSheet written(const ExportTable &table, const QString &sheetName)
    {
        const QString path = m_dir.filePath(u"t%1.xlsx"_s.arg(++m_count));
        const Status status = writeXlsx(table, path, sheetName);
        if (!status)
            return {status.error(), {}};
        return readWithOpenpyxl(path);
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestXlsxTableWriter)
#include "tst_xlsxtablewriter.moc"
