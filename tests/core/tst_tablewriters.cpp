#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "exchange/tablewriters.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

ExportTable table()
{
    ExportTable t;
    t.columns = {u"title"_s, u"value"_s, u"names"_s, u"flag"_s, u"missing"_s};
    ExportRow row;
    row[u"title"_s] = u"含,逗号 \"引号\"\n换行"_s;
    row[u"value"_s] = ExportValue::number(*Decimal::parse(u"4.2"_s));
    row[u"names"_s] = ExportValue::list({u"市财政局"_s, u"市科技局"_s});
    row[u"flag"_s] = ExportValue::boolean(true);
    row[u"missing"_s] = ExportValue();
    t.rows << row;
    return t;
}

ExportTable oneCell(const ExportValue &value)
{
    ExportTable t;
    t.columns = {u"c"_s};
    ExportRow row;
    row[u"c"_s] = value;
    t.rows << row;
    return t;
}

QString csvText(const ExportTable &t)
{
    return QString::fromUtf8(toCsv(t).mid(3));
}

} // namespace

class TestTableWriters : public QObject
{
    Q_OBJECT

private slots:
    void csvShouldOpenCorrectlyInChineseExcel()
    {
        const QByteArray csv = toCsv(table());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM
        QCOMPARE(csvText(table()),
                 u"title,value,names,flag,missing\r\n"
                 u"\"含,逗号 \"\"引号\"\"\n换行\",4.2,市财政局、市科技局,true,\r\n"_s);
    }

    void csvShouldNeutraliseFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("plain") << u"市财政局"_s << u"市财政局"_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    }
    void csvShouldNeutraliseFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(csvText(oneCell(cell)), u"c\r\n"_s + written + u"\r\n"_s);
    }

    void numbersShouldKeepTheirExactDigits_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::newRow("negative") << u"-3.5"_s;
        QTest::newRow("a hundred thousand") << u"100000"_s;
        QTest::newRow("a million") << u"1000000"_s;
        QTest::newRow("smallest step") << u"0.0001"_s;
        QTest::newRow("large with decimals") << u"987654321012.3456"_s;
    }
    void numbersShouldKeepTheirExactDigits()
    {
        QFETCH(QString, decimal);
        const ExportTable t = oneCell(ExportValue::number(*Decimal::parse(decimal)));
        QCOMPARE(csvText(t), u"c\r\n"_s + decimal + u"\r\n"_s); // no quote, no apostrophe
        QCOMPARE(toJson(t), QByteArray("[\n  {\n    \"c\": ") + decimal.toLatin1() + "\n  }\n]\n");
        QCOMPARE(csvText(oneCell(ExportValue::number(qint64(100000)))), u"c\r\n100000\r\n"_s);
    }

    void jsonShouldKeepColumnOrderAndParseBack()
    {
        const QByteArray json = toJson(table());
        QVERIFY(json.indexOf("\"title\"") < json.indexOf("\"value\""));
        QVERIFY(json.indexOf("\"value\"") < json.indexOf("\"names\""));
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(json, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row[u"title"_s].toString(), u"含,逗号 \"引号\"\n换行"_s);
        QCOMPARE(row[u"value"_s].toDouble(), 4.2);
        QCOMPARE(row[u"names"_s].toArray().size(), 2);
        QCOMPARE(row[u"flag"_s].toBool(), true);
        QVERIFY(row[u"missing"_s].isNull());
        QCOMPARE(toJson(ExportTable {{u"a"_s}, {}}), QByteArray("[]\n"));
    }
};

QTEST_GUILESS_MAIN(TestTableWriters)
#include "tst_tablewriters.moc"
