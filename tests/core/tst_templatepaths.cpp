#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "domain/entities.h"
#include "exchange/returnssheet.h"
#include "exchange/returnstemplate.h"
#include "report/supervisionloader.h"
#include "repositories/departmentrepository.h"
#include "repositories/roundrepository.h"
#include "rules/roundstatus.h"
#include "testdatabase.h"
#include "util/safefilename.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

struct HostileName
{
    QString name;
    bool unsafe; ///< cannot serve as a file name as it stands
};

QList<HostileName> hostileNames()
{
    const QString longA = QString(300, u'局');
    const QString longB = QString(299, u'局') + u'厅';
    return {
        {u"../../etc/x"_s, true},
        {u"..\\..\\x"_s, true},
        {u"/abs/path"_s, true},
        {u"C:\\Windows\\x"_s, true},
        {u"CON"_s, false}, // prefixed by the round's title, no longer a device
        {u"nul.txt"_s, false},
        {u"a/b"_s, true},
        {u"ab"_s, false}, // the same file name as "a/b" once cleaned: one is numbered
        {u"nul"_s + QChar(0) + u"name"_s, true},
        {u"tab\tbell\x07del\x7f"_s, true},
        {longA, true},
        {longB, true},
        {u"Dept"_s, false},
        {u"DEPT"_s, false}, // differs from "Dept" only by case: one is numbered
        {u"市科技局A"_s, false},
        {u"市科技局Ａ"_s, false}, // full-width: another file
        {u"市局. "_s, true},
        {u"."_s, true},
        {u".."_s, true},
    };
}

/// Every file and folder under `root`, by path relative to it.
QSet<QString> snapshot(const QString &root)
{
    QSet<QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.insert(QDir(root).relativeFilePath(it.next()));
    return entries;
}

} // namespace

class TestTemplatePaths : public QObject
{
    Q_OBJECT

private slots:
    void shouldMakeEveryNameAFileName_data()
    {
        QTest::addColumn<QString>("name");
        int i = 0;
        for (const HostileName &h : hostileNames())
            QTest::newRow(qPrintable(u"name %1"_s.arg(i++))) << h.name;
    }

    void shouldMakeEveryNameAFileName()
    {
        QFETCH(QString, name);
        const QString safe = safeFileName(name, u"fallback"_s);
        QVERIFY(!safe.isEmpty());
        QVERIFY2(safe != u"." && safe != u"..", qPrintable(safe));
        for (const QChar c : safe)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F
                         && !QStringView(u"\\/:*?\"<>|").contains(c),
                     qPrintable(safe));
        QVERIFY(!safe.endsWith(u'.') && !safe.endsWith(u' '));
        QVERIFY(safe.toUtf8().size() <= maxFileNameBytes);
        const QString stem = safe.section(u'.', 0, 0).toUpper();
        for (const QString &device : {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s, u"COM1"_s})
            QVERIFY2(stem != device, qPrintable(safe));
    }

    void shouldKeepDevicesAndLongNamesApart()
    {
        QCOMPARE(safeFileName(u"CON"_s, {}), u"_CON"_s);
        QCOMPARE(safeFileName(u"nul.txt"_s, {}), u"_nul.txt"_s);
        QCOMPARE(safeFileName(u"com1"_s, {}), u"_com1"_s);
        QCOMPARE(safeFileName(u"CONSOLE"_s, {}), u"CONSOLE"_s);
        const QString a = safeFileName(QString(300, u'局'), {});
        const QString b = safeFileName(QString(299, u'局') + u'厅', {});
        QVERIFY(a != b);
        QVERIFY(a.contains(u'~'));
        QCOMPARE(safeFileName(u"市局"_s, {}), u"市局"_s);
    }

    void shouldWriteEveryDepartmentsTemplateInsideTheChosenFolder()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Database &db = t.db();
        const Result<QList<ReportingRound>> rounds = RoundRepository(db).rounds(t.planId());
        QVERIFY(rounds && !rounds->isEmpty());
        ReportingRound round;
        for (const ReportingRound &r : *rounds) {
            if (r.period == u"2018-Q2")
                round = r;
        }
        QCOMPARE(round.period, u"2018-Q2"_s);
        const Result<SupervisionData> data = SupervisionLoader(db).load(t.planId());
        QVERIFY(data);
        const QList<qint64> owing = roundStatus(round, *data, round.dueOn).departmentIds;
        QVERIFY(owing.size() >= 8); // "a/b" and "ab", "Dept" and "DEPT" meet in one batch

        QList<HostileName> names = hostileNames();
        // A server's text cannot hold U+0000 (tst_textfidelity proves the refusal).
        if (t.onServer())
            names.removeIf([](const HostileName &n) { return n.name.contains(QChar(u'\0')); });
        int runs = 0, integrityFailures = 0, partial = 0, badInputs = 0, rejections = 0, lost = 0;
        DepartmentRepository departments(db);
        // In batches of as many departments as owe reports: each batch's
        // names at once, so colliding names meet in one folder.
        for (qsizetype start = 0; start < names.size(); start += owing.size()) {
            const QList<HostileName> batch = names.mid(start, owing.size());
            for (qsizetype i = 0; i < batch.size(); ++i) {
                Result<Department> d = departments.department(owing.at(i));
                QVERIFY(d);
                d->name = batch.at(i).name;
                QVERIFY2(departments.update(*d), qPrintable(batch.at(i).name));
            }
            const QTemporaryDir root;
            const QString chosen = QDir(root.path()).filePath(u"a/chosen"_s);
            QVERIFY(QDir().mkpath(chosen));
            const QSet<QString> before = snapshot(root.path());

            const Result<QList<ReturnsWorkbook>> books =
                ReturnsTemplates::workbooks(db, round.id, ReturnsTemplateOptions {});
            QVERIFY(books);
            const Result<QStringList> written =
                ReturnsTemplates::write(db, round.id, chosen, ReturnsTemplateOptions {});
            ++runs;
            QVERIFY2(written, qPrintable(written.error()));
            QCOMPARE(written->size(), owing.size());

            // Every file is directly inside the chosen folder, each its own.
            const QString canonicalChosen = QFileInfo(chosen).canonicalFilePath();
            QSet<QString> files;
            for (const QString &path : *written) {
                const QFileInfo file(path);
                if (!file.isFile() || file.canonicalPath() != canonicalChosen)
                    ++integrityFailures;
                files.insert(file.canonicalFilePath());
            }
            lost += static_cast<int>(owing.size() - files.size());
            // Nothing else appeared anywhere under the temporary root.
            const QSet<QString> added = snapshot(root.path()) - before;
            for (const QString &entry : added) {
                if (QFileInfo(QDir(root.path()).filePath(entry)).path() != chosen)
                    ++partial;
            }
            QCOMPARE(added.size(), owing.size());

            // A name that could not serve as it stands was not used as it stands.
            QCOMPARE(books->size(), written->size());
            for (const HostileName &h : batch) {
                if (!h.unsafe)
                    continue;
                ++badInputs;
                const QString raw = ReturnsSheet::title(round, {}) + u'-' + h.name + u".xlsx"_s;
                for (qsizetype i = 0; i < books->size(); ++i) {
                    if (books->at(i).department == h.name)
                        rejections += QFileInfo(written->at(i)).fileName() == raw ? 0 : 1;
                }
            }
            // Full-width and ASCII letters make two files, not one.
            QCOMPARE(QSet<QString>(written->begin(), written->end()).size(), written->size());
        }
        qInfo().noquote()
            << u"RELIABILITY {\"suite\":\"template_paths\",\"runs\":%1,\"kills\":0,"
               "\"integrity_failures\":%2,\"partial_operations\":%3,\"bad_inputs\":%4,"
               "\"rejections\":%5,\"data_lost\":%6}"_s.arg(runs)
                   .arg(integrityFailures)
                   .arg(partial)
                   .arg(badInputs)
                   .arg(rejections)
                   .arg(lost);
        QCOMPARE(integrityFailures, 0);
        QCOMPARE(partial, 0);
        QCOMPARE(lost, 0);
        QVERIFY(badInputs > 0);
        QCOMPARE(rejections, badInputs);
    }
};

QTEST_GUILESS_MAIN(TestTemplatePaths)
#include "tst_templatepaths.moc"
