#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "domain/decimal.h"
#include "openpyxlreader.h"
#include "testdatabase.h"
#include "xlsxwriterprocess.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// RFC 4180 as toCsv() writes it: quoted fields may hold commas, quotes
/// and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).remove(u'\uFEFF');
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (quoted) {
            if (c == u'"' && next == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && next == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

/// Why an .xlsx cell (as openpyxl reads it) differs from the CSV's text,
/// or empty when they say the same thing.
QString difference(const QJsonValue &cell, const QString &csv)
{
    if (cell.isNull())
        return csv.isEmpty() ? QString() : u"empty in xlsx, “%1” in CSV"_s.arg(csv);
    const QString type = cell.toArray().at(0).toString();
    const QString text = cell.toArray().at(1).toString();
    if (type == u"n") {
        const std::optional<Decimal> a = Decimal::parse(text);
        const std::optional<Decimal> b = Decimal::parse(csv);
        return a && b && *a == *b ? QString() : u"number %1 vs “%2”"_s.arg(text, csv);
    }
    // The CSV guards text starting = + - @ with an apostrophe; the xlsx
    // needs no guard, its text cells being text.
    QString expected = csv;
    if (type == u"s" && csv.size() > 1 && csv.front() == u'\'' && u"=+-@\t\r"_s.contains(csv.at(1)))
        expected = csv.mid(1);
    return text == expected ? QString() : u"%1 “%2” vs “%3”"_s.arg(type, text, csv);
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_path = m_db.path();
        m_db.close();
        QVERIFY(m_dir.isValid());
        const QString clash = xlsxwriterZipClash();
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
    }

    void everyKindShouldMatchItsCsvCellForCell_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("dateColumn");
        QTest::addColumn<QString>("numberColumn");
        QTest::addColumn<QString>("booleanColumn");
        QTest::newRow("tasks") << u"tasks"_s << u"due"_s << u"percent"_s << u"sample"_s;
        QTest::newRow("departments") << u"departments"_s << QString() << u"id"_s << u"active"_s;
        QTest::newRow("indicators")
            << u"indicators"_s << QString() << u"target"_s << u"baseline_sample"_s;
        QTest::newRow("values") << u"values"_s << u"as_of"_s << u"value"_s << u"sample"_s;
        QTest::newRow("progress") << u"progress"_s << u"reported_on"_s << u"percent"_s
                                  << u"sample"_s;
        QTest::newRow("meetings") << u"meetings"_s << u"held_on"_s << u"id"_s << u"sample"_s;
        QTest::newRow("actions") << u"actions"_s << u"due"_s << u"meeting_id"_s << u"sample"_s;
        QTest::newRow("assessment") << u"assessment"_s << QString() << u"score"_s << QString();
    }
    void everyKindShouldMatchItsCsvCellForCell()
    {
        QFETCH(QString, kind);
        QFETCH(QString, dateColumn);
        QFETCH(QString, numberColumn);
        QFETCH(QString, booleanColumn);
        // Given the same export as CSV and as xlsx
        QStringList common {u"export"_s, kind, u"--db"_s, m_path};
        if (kind == u"assessment")
            common << u"--period"_s << u"2019"_s << u"--as-of"_s << u"2019-12-31"_s;
        const QString csvPath = m_dir.filePath(kind + u".csv"_s);
        const QString xlsxPath = m_dir.filePath(kind + u".xlsx"_s);
        const CliRun csv =
            plandesk(common + QStringList {u"--format"_s, u"csv"_s, u"--out"_s, csvPath});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const CliRun xlsx =
            plandesk(common + QStringList {u"--format"_s, u"xlsx"_s, u"--out"_s, xlsxPath});
        QVERIFY2(xlsx.code == 0, qPrintable(xlsx.err));
        QVERIFY(xlsx.out.isEmpty());

        // When openpyxl reads the workbook
        const OpenpyxlSheet sheet = readWithOpenpyxl(xlsxPath);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.data[u"title"_s].toString(), kind);

        // Then it has the CSV's header and, cell for cell, the same values
        const QList<QStringList> records = parseCsv(fileBytes(csvPath));
        QVERIFY(records.size() > 1);
        const QJsonArray rows = sheet.rows();
        QCOMPARE(rows.size(), records.size());
        const QStringList header = records.first();
        for (int r = 0; r < records.size(); ++r) {
            const QJsonArray cells = rows.at(r).toArray();
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(records.at(r).size(), header.size());
            for (int c = 0; c < header.size(); ++c) {
                const QString why = difference(cells.at(c), records.at(r).at(c));
                QVERIFY2(why.isEmpty(),
                         qPrintable(u"%1.xlsx row %2, column %3: %4"_s.arg(kind).arg(r + 1).arg(
                             header.at(c), why)));
            }
        }
        // with dates, numbers and booleans of their own types.
        auto typeOf = [&](const QString &column) {
            const qsizetype c = header.indexOf(column);
            for (int r = 1; r < rows.size(); ++r) {
                const QJsonValue cell = rows.at(r).toArray().at(c);
                if (!cell.isNull())
                    return cell.toArray().at(0).toString();
            }
            return QString();
        };
        if (!dateColumn.isEmpty())
            QCOMPARE(typeOf(dateColumn), u"d"_s);
        QCOMPARE(typeOf(numberColumn), u"n"_s);
        if (!booleanColumn.isEmpty())
            QCOMPARE(typeOf(booleanColumn), u"b"_s);
    }

    void aDashShouldStreamTheWorkbook()
    {
        const CliRun r = plandesk({u"export"_s, u"indicators"_s, u"--db"_s, m_path, u"--format"_s,
                                   u"xlsx"_s, u"--out"_s, u"-"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith("PK\x03\x04"));
        const QString path = m_dir.filePath(u"streamed.xlsx"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.out);
        file.close();
        const OpenpyxlSheet sheet = readWithOpenpyxl(path);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QCOMPARE(sheet.rows().size(), 5); // header and the four targets
        int target = 0;
        while (target < 30 && sheet.cell(0, target).at(1).toString() != u"target")
            ++target;
        QCOMPARE(sheet.cell(1, target), (QJsonArray {u"n"_s, u"4.2"_s, u"General"_s}));
    }

    void anUnwritableOutShouldFailWithOneLineNamingIt()
    {
        const QString out = m_dir.filePath(u"missing/tasks.xlsx"_s);
        const CliRun r = plandesk({u"export"_s, u"tasks"_s, u"--db"_s, m_path, u"--format"_s,
                                   u"xlsx"_s, u"--out"_s, out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(out)), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(out));
    }

private:
    TestDatabase m_db {TestDatabase::Content::BuiltInPlanWithDemo};
    QString m_path;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
