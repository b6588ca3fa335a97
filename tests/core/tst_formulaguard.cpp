#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "exchange/exporter.h"
#include "exchange/formulaguard.h"
#include "exchange/importpreview.h"
#include "exchange/tableimport.h"
#include "exchange/tablewriters.h"
#include "exchange/xlsxtablewriter.h"
#include "openpyxlreader.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Texts a spreadsheet would run, or that look like the guard itself.
const QStringList hostile = {
    u"=HYPERLINK(\"http://x\",\"y\")"_s,
    u"+1+1"_s,
    u"-2+3"_s,
    u"@SUM(A1)"_s,
    u"\t=1"_s,
    u"\r=1"_s,
    u"=cmd|' /C calc'!A0"_s,
    u"'=1"_s,
    u"''+1"_s,
    u"'plain"_s,
    u"＝１＋１"_s,
    u"－市局"_s,
};

bool startsLikeFormula(const QString &cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// RFC 4180 fields as toCsv() writes them.
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
        if (quoted && c == u'"' && next == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u',') {
            record << std::exchange(field, {});
        } else if (!quoted && c == u'\r' && next == u'\n') {
            record << std::exchange(field, {});
            records << std::exchange(record, {});
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestFormulaGuard : public QObject
{
    Q_OBJECT

private:
    /// Departments named with every hostile text; contacts hostile too.
    static QStringList addHostileDepartments(TestDatabase &t)
    {
        QStringList names;
        DepartmentRepository repository(t.db());
        for (const QString &text : hostile) {
            // The importer trims names; "\t=1" is tried by tst_csvreader instead.
            if (text.front().isSpace())
                continue;
            Department d;
            d.name = text;
            d.contactPerson = text;
            if (!repository.create(d))
                return {};
            names << text;
        }
        return names;
    }

    /// Imports `path` as departments into the database it came from: every
    /// hostile row must read back as the record already there.
    static void expectUnchangedOnImport(TestDatabase &t, const QString &path, int hostileRows)
    {
        TableImport import(t.db(), t.planId(), TableImport::Kind::Departments, QDate(2018, 7, 20));
        const Result<ImportPreview> p = import.preview(QStringList {path});
        QVERIFY2(p, qPrintable(p.error()));
        QVERIFY2(p->problems.isEmpty(), qPrintable(p->problems.value(0).toString()));
        QCOMPARE(p->count(ImportRow::Outcome::New), 0);
        QCOMPARE(p->count(ImportRow::Outcome::Replaces), 0);
        QVERIFY(p->count(ImportRow::Outcome::Unchanged) >= hostileRows);
    }

private slots:
    void shouldGuardFormulaStartsAndGiveTheTextBack_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : hostile)
            QTest::newRow(text.toUtf8().toPercentEncoding().constData()) << text;
        QTest::newRow("empty") << QString();
        QTest::newRow("apostrophe") << u"'"_s;
        QTest::newRow("number-like") << u"12.5"_s;
    }

    void shouldGuardFormulaStartsAndGiveTheTextBack()
    {
        QFETCH(QString, text);
        const QString guarded = guardedCell(text);
        QVERIFY2(!startsLikeFormula(guarded), qPrintable(guarded));
        QCOMPARE(unguardedCell(guarded), text);
        // Full-width signs and text without a formula start are written as they are.
        if (!startsLikeFormula(text) && !text.startsWith(u'\''))
            QCOMPARE(guarded, text);
    }

    void shouldExportHostileCsvCellsAsTextAndReadThemBack()
    {
        TestDatabase t;
        const QStringList names = addHostileDepartments(t);
        QCOMPARE(names.size(), hostile.size() - 2);
        const Result<ExportTable> table = Exporter(t.db()).table(Exporter::Kind::Departments);
        QVERIFY(table);
        const QByteArray csv = toCsv(*table);

        // Given the export, no cell starts a formula; numbers stay bare.
        const QList<QStringList> records = parseCsv(csv);
        QCOMPARE(records.size(), table->rows.size() + 1);
        int guarded = 0;
        for (const QStringList &record : records) {
            for (const QString &cell : record) {
                QVERIFY2(!startsLikeFormula(cell), qPrintable(cell));
                guarded += cell.startsWith(u'\'') ? 1 : 0;
            }
            QVERIFY(record.at(0) == u"id" || record.at(0).toLongLong() > 0);
        }
        QVERIFY(guarded >= 2 * 7); // name and contact of the apostrophe-led texts

        // When it is imported back, every text is the one exported.
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"departments.csv"_s);
        QVERIFY(writeFile(path, csv));
        expectUnchangedOnImport(t, path, static_cast<int>(hostile.size() - 2));
    }

    void shouldExportHostileXlsxCellsAsTextAndReadThemBack()
    {
        TestDatabase t;
        addHostileDepartments(t);
        const Result<ExportTable> table = Exporter(t.db()).table(Exporter::Kind::Departments);
        QVERIFY(table);
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"departments.xlsx"_s);
        QVERIFY(writeXlsx(*table, path, u"departments"_s));

        // openpyxl, as Excel would: no formula anywhere, the texts unguarded.
        const OpenpyxlSheet sheet = readWithOpenpyxl(path);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error));
        QVERIFY(!sheet.xml().contains(u"<f>"_s) && !sheet.xml().contains(u"<f "_s));
        QStringList seen;
        const QJsonArray rows = sheet.rows();
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QJsonArray id = rows.at(r).toArray().at(0).toArray();
            QCOMPARE(id.at(0).toString(), u"n"_s);
            const QJsonArray name = rows.at(r).toArray().at(1).toArray();
            QCOMPARE(name.at(0).toString(), u"s"_s);
            seen << name.at(1).toString();
        }
        for (const QString &text : hostile)
            QVERIFY2(text.front().isSpace() || seen.contains(text),
                     text.toUtf8().toPercentEncoding().constData());

        expectUnchangedOnImport(t, path, static_cast<int>(hostile.size() - 2));
    }
};

QTEST_GUILESS_MAIN(TestFormulaGuard)
#include "tst_formulaguard.moc"
