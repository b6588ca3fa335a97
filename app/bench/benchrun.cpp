#include "benchrun.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include "briefingmeasure.h"
#include "chartsmeasure.h"
#include "database/serveraddress.h"
#include "filtermeasure.h"
#include "importmeasure.h"
#include "repositories/planrepository.h"
#include "startupmeasure.h"
#include "taskmodelmeasure.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

double elapsedMs(const QElapsedTimer &clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void note(const QString &message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
    std::fflush(stderr);
}

Result<OpenedPlan> openFirstPlan(const QString &path, Database::Access access)
{
    using R = Result<OpenedPlan>;
    Result<std::unique_ptr<Database>> db = Database::open(path, access);
    if (!db)
        return R::failure(db.error());
    const Result<QList<Plan>> plans = PlanRepository(**db).plans();
    if (!plans)
        return R::failure(plans.error());
    if (plans->isEmpty())
        return R::failure(Scratch::tr("%1 holds no plan.").arg(path));
    return OpenedPlan {std::move(db).value(), plans->constFirst().id};
}

Scratch::Scratch() = default;

Result<QString> Scratch::copyDatabase(const QString &source, const QString &name)
{
    const QString target = path(name);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile::remove(target + suffix);
        if (suffix != u"-shm" && QFileInfo::exists(source + suffix)
            && !QFile::copy(source + suffix, target + suffix))
            return Result<QString>::failure(
                tr("Cannot copy %1 to %2.").arg(source + suffix, target + suffix));
    }
    return target;
}

BenchRun::BenchRun(RunOptions options)
    : m_options(std::move(options))
{
}

Result<QByteArray> BenchRun::run()
{
    Scratch scratch;
    if (!scratch.isValid())
        return Result<QByteArray>::failure(tr("Cannot make a temporary folder."));
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    // Start-up first, while nothing else of this run sits in memory.
    StartupMeasure startup(m_options, scratch);
    TaskModelMeasure taskModel(m_options);
    FilterMeasure filter(m_options);
    ChartsMeasure charts(m_options);
    BriefingMeasure briefing(m_options);
    ImportMeasure import(m_options, scratch);
    // On a server only what reads the ledger is measured: the start-up
    // figure launches the window on a file, and the import needs a fresh copy
    // of the ledger for every repeat.
    const bool onServer = ServerAddress::isServerLocation(m_options.small);
    QList<std::function<Status()>> measures;
    if (!onServer)
        measures << [&] {
            return startup.measure(figures);
        };
    measures << [&] {
        return taskModel.measure(figures);
    } << [&] {
        return filter.measure(figures);
    } << [&] {
        return charts.measure(figures);
    } << [&] {
        return briefing.measure(figures);
    };
    if (!onServer)
        measures << [&] {
            return import.measure(figures);
        };
    for (const std::function<Status()> &measure : std::as_const(measures)) {
        if (const Status status = measure(); !status)
            return Result<QByteArray>::failure(status.error());
    }
    QJsonObject byKey;
    QJsonObject goals;
    for (const auto &[key, figure] : figures) {
        byKey.insert(key, figure.toJson());
        if (const std::optional<bool> met = figure.met())
            goals.insert(key, *met);
    }
    const QJsonObject document {
        {u"benchmark"_s, u"plandesk-bench run"_s},
        {u"small"_s, onServer ? m_options.small : QFileInfo(m_options.small).absoluteFilePath()},
        {u"large"_s, onServer ? m_options.large : QFileInfo(m_options.large).absoluteFilePath()},
        {u"repeat"_s, m_options.repeat},
        {u"keystrokes"_s, m_options.keystrokes},
        {u"values"_s, m_options.values},
        {u"machine"_s,
         QJsonObject {{u"cores"_s, QThread::idealThreadCount()},
                      {u"os"_s, QSysInfo::prettyProductName()},
                      {u"qt"_s, QString::fromLatin1(qVersion())},
                      {u"sqlite"_s, QString::fromLatin1(sqlite3_libversion())}}},
        {u"seconds"_s, std::round(elapsedMs(clock) / 100.0) / 10.0},
        {u"figures"_s, byKey},
        {u"goals_met"_s, goals},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

namespace {

class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    static int run(const QStringList &arguments);
};

std::optional<int> positive(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measure every figure of the performance benchmark beside its floor and print one "
           "JSON object."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"run"_s, tr("Run the benchmark."));
    parser.addOption({u"small"_s, tr("The S database (a file, or postgresql://…)."), u"FILE"_s});
    parser.addOption({u"large"_s, tr("The L database (a file, or postgresql://…)."), u"FILE"_s});
    parser.addOption({u"floor-large"_s,
                      tr("With --large on a server: the SQLite file it was moved from (plandesk "
                         "migrate), read with SQLite's C API for the task model's floor."),
                      u"FILE"_s});
    parser.addOption({u"repeat"_s, tr("Repeats of each figure (default 7)."), u"N"_s, u"7"_s});
    parser.addOption({u"keystrokes"_s, tr("Filter keystrokes (default 100)."), u"N"_s, u"100"_s});
    parser.addOption(
        {u"values"_s, tr("Indicator values to import (default 100000)."), u"N"_s, u"100000"_s});
    parser.addOption({u"quick"_s, tr("3 repeats, 20 keystrokes, 5000 values: for tests.")});
    parser.addOption(
        {u"out"_s, tr("Write the JSON to FILE instead of standard output."), u"FILE"_s});
    parser.addOption({u"app"_s, tr("The plandesk program to start."), u"FILE"_s,
                      QStringLiteral(PLANDESK_APP_BINARY)});
    parser.addOption({u"bare"_s, tr("The bare-window program to start."), u"FILE"_s,
                      QStringLiteral(PLANDESK_BARE_WINDOW_BINARY)});
    if (!parser.parse(arguments)) {
        note(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", parser.helpText().toUtf8().constData());
        return 0;
    }
    RunOptions options;
    options.small = parser.value(u"small"_s);
    options.large = parser.value(u"large"_s);
    // Two files, or two ledgers on a server (postgresql://…; plandesk migrate
    // puts the generated files there).
    const bool onServer = ServerAddress::isServerLocation(options.small);
    options.floorLarge = onServer ? parser.value(u"floor-large"_s) : options.large;
    if (onServer && !QFileInfo(options.floorLarge).isFile()) {
        note(tr("With ledgers on a server, --floor-large names the file L was moved from."));
        return 2;
    }
    for (const QString &path : {options.small, options.large}) {
        if (path.isEmpty() || ServerAddress::isServerLocation(path) != onServer
            || (!onServer && !QFileInfo(path).isFile())) {
            note(tr("run needs --small and --large, two PlanDesk databases: two files or two "
                    "server ledgers; “%1” is not one.")
                     .arg(path));
            return 2;
        }
    }
    const bool quick = parser.isSet(u"quick"_s);
    const std::optional<int> repeat = positive(parser, u"repeat"_s);
    const std::optional<int> keystrokes = positive(parser, u"keystrokes"_s);
    const std::optional<int> values = positive(parser, u"values"_s);
    if (!repeat || !keystrokes || !values) {
        note(tr("--repeat, --keystrokes and --values take a whole number of at least 1."));
        return 2;
    }
    options.repeat = quick && !parser.isSet(u"repeat"_s) ? 3 : *repeat;
    options.keystrokes = quick && !parser.isSet(u"keystrokes"_s) ? 20 : *keystrokes;
    options.values = quick && !parser.isSet(u"values"_s) ? 5000 : *values;
    options.appBinary = parser.value(u"app"_s);
    options.bareBinary = parser.value(u"bare"_s);

    const Result<QByteArray> json = BenchRun(options).run();
    if (!json) {
        note(json.error());
        return 1;
    }
    if (!parser.isSet(u"out"_s)) {
        std::fwrite(json->constData(), 1, static_cast<size_t>(json->size()), stdout);
        return 0;
    }
    QSaveFile out(parser.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(*json) != json->size() || !out.commit()) {
        note(tr("Cannot write %1: %2").arg(parser.value(u"out"_s), out.errorString()));
        return 1;
    }
    note(tr("Wrote %1.").arg(parser.value(u"out"_s)));
    return 0;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    return RunCommand::run(arguments);
}

} // namespace PlanDesk::Bench
