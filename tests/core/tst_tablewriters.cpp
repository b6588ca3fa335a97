#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "exchange/tablewriters.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

ExportTable table()
{
    ExportTable t;
    t.columns = {u"title"_s, u"value"_s, u"names"_s, u"flag"_s, u"missing"_s};
    QJsonObject row;
    row[u"title"_s] = u"含,逗号 \"引号\"\n换行"_s;
    row[u"value"_s] = 4.2;
    row[u"names"_s] = QJsonArray {u"市财政局"_s, u"市科技局"_s};
    row[u"flag"_s] = true;
    row[u"missing"_s] = QJsonValue::Null;
    t.rows << row;
    return t;
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
        const QString text = QString::fromUtf8(csv.mid(3));
        QCOMPARE(text,
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
        ExportTable t;
        t.columns = {u"c"_s};
        QJsonObject row;
        row[u"c"_s] = cell;
        t.rows << row;
        const QString text = QString::fromUtf8(toCsv(t).mid(3));
        QCOMPARE(text, u"c\r\n"_s + written + u"\r\n"_s);
    }

    void csvShouldNotNeutraliseNegativeNumbers()
    {
        ExportTable t;
        t.columns = {u"n"_s};
        t.rows << QJsonObject {{u"n"_s, -3.5}};
        QCOMPARE(QString::fromUtf8(toCsv(t).mid(3)), u"n\r\n-3.5\r\n"_s);
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
        QCOMPARE(rows.at(0)[u"title"_s].toString(), u"含,逗号 \"引号\"\n换行"_s);
        QCOMPARE(rows.at(0)[u"value"_s].toDouble(), 4.2);
        QVERIFY(rows.at(0)[u"missing"_s].isNull());
        QCOMPARE(toJson(ExportTable {{u"a"_s}, {}}), QByteArray("[]\n"));
    }
};

QTEST_GUILESS_MAIN(TestTableWriters)
#include "tst_tablewriters.moc"
