#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "programrun.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk::Testing;

/// `plandesk-bench run` as a person runs it: one JSON object with every
/// figure beside its floor. Shape and consistency only; no timings are
/// judged here (a shared machine makes them meaningless in a test).
class TestBenchRun : public QObject
{
    Q_OBJECT

private:
    using Run = PlanDesk::Testing::ProgramRun;

    static Run bench(const QStringList &arguments)
    {
        return PlanDesk::Testing::runProgram(QString::fromUtf8(PLANDESK_BENCH_BINARY), arguments,
                                             QProcessEnvironment::systemEnvironment(), 540000);
    }

    static bool isNumber(const QJsonValue &v) { return v.isDouble(); }

private slots:
    void shouldPrintEveryFigureBesideItsFloor()
    {
        // Given two demo databases, S and L
        TestDatabase small(TestDatabase::Content::BuiltInPlanWithDemo);
        TestDatabase large(TestDatabase::Content::BuiltInPlanWithDemo);
        small.close();
        large.close();

        // When the quick benchmark runs on them
        const Run run =
            bench({u"run"_s, u"--quick"_s, u"--small"_s, small.path(), u"--large"_s, large.path()});

        // Then it prints one JSON object holding every figure
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        QCOMPARE(document[u"repeat"_s].toInt(), 3);
        const QJsonObject figures = document[u"figures"_s].toObject();
        const QStringList expected {
            u"briefing_pdf_l"_s,  u"briefing_pdf_s"_s, u"charts_build_l"_s,
            u"charts_render_l"_s, u"charts_total_l"_s, u"filter_keystroke_l"_s,
            u"peak_rss_l"_s,      u"startup_l"_s,      u"task_model_load_l"_s,
            u"values_import_l"_s,
        };
        QCOMPARE(figures.keys(), expected);

        // And each has its spread, its floor's and their ratio, consistently
        for (const QString &key : expected) {
            const QJsonObject f = figures[key].toObject();
            for (const char16_t *field : {u"median", u"min", u"max", u"p90", u"floor", u"ratio"})
                QVERIFY2(isNumber(f[QString::fromUtf16(field)]),
                         qPrintable(key + u": "_s + QString::fromUtf16(field)));
            const double median = f[u"median"_s].toDouble();
            QVERIFY2(f[u"min"_s].toDouble() <= median && median <= f[u"max"_s].toDouble(),
                     qPrintable(key));
            QVERIFY2(median <= f[u"p90"_s].toDouble()
                         && f[u"p90"_s].toDouble() <= f[u"max"_s].toDouble(),
                     qPrintable(key));
            QVERIFY2(f[u"min"_s].toDouble() > 0.0, qPrintable(key));
            const QJsonObject floor = f[u"floor_spread"_s].toObject();
            QCOMPARE(floor[u"median"_s].toDouble(), f[u"floor"_s].toDouble());
            QVERIFY2(floor[u"min"_s].toDouble() <= floor[u"median"_s].toDouble()
                         && floor[u"median"_s].toDouble() <= floor[u"max"_s].toDouble(),
                     qPrintable(key));
            QVERIFY2(qAbs(f[u"ratio"_s].toDouble() * f[u"floor"_s].toDouble() - median)
                         <= 0.01 * median + 0.01,
                     qPrintable(key));
            const int n = f[u"n"_s].toInt();
            QCOMPARE(n, key == u"filter_keystroke_l" ? 20 : 3);
            QCOMPARE(floor[u"n"_s].toInt(), n);
            QVERIFY2(!f[u"what"_s].toString().isEmpty() && !floor[u"what"_s].toString().isEmpty(),
                     qPrintable(key));
            // A figure with a goal says whether it is met; the others say null.
            QCOMPARE(f[u"met"_s].isBool(), f[u"goal"_s].isObject());
        }
        QCOMPARE(figures[u"peak_rss_l"_s][u"unit"_s].toString(), u"KiB"_s);
        QCOMPARE(figures[u"startup_l"_s][u"goal"_s][u"max_ratio"_s].toDouble(), 1.5);
        QCOMPARE(figures[u"filter_keystroke_l"_s][u"goal"_s][u"max_median"_s].toDouble(), 16.0);
        QVERIFY(figures[u"values_import_l"_s][u"what"_s].toString().contains(u"5000"_s));
        QCOMPARE(document[u"goals_met"_s].toObject().size(), 6);
    }

    void shouldNameTheMissingDatabase()
    {
        const Run run =
            bench({u"run"_s, u"--small"_s, u"no-such.sqlite"_s, u"--large"_s, u"no-such.sqlite"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"no-such.sqlite"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBenchRun)
#include "tst_benchrun.moc"
