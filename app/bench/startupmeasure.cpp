#include "startupmeasure.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include "datasetspec.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

constexpr int StartTimeoutMs = 120000;

} // namespace

StartupMeasure::StartupMeasure(const RunOptions &options, Scratch &scratch)
    : m_options(options)
    , m_scratch(scratch)
{
}

Status StartupMeasure::measure(Figures &figures)
{
    // The app may open the file for writing (WAL): it gets a copy.
    const Result<QString> database = m_scratch.copyDatabase(m_options.large, u"startup.sqlite"_s);
    if (!database)
        return Status::failure(database.error());
    Figure time {tr("Start-up of plandesk --db L until its main window has painted, from spawn "
                    "to the first-paint line (QT_QPA_PLATFORM=offscreen, fresh settings)"),
                 u"ms"_s,
                 {},
                 tr("plandesk-bare-window: QMainWindow with menu, tool and status bars and an "
                    "empty QTreeView, same fonts, same probe"),
                 {},
                 {1.5, std::nullopt, tr("start-up ≤ 1.5× bare window")}};
    Figure memory {tr("Peak resident memory (VmHWM) of plandesk --db L at its first paint"),
                   u"KiB"_s,
                   {},
                   tr("plandesk-bare-window's VmHWM at its first paint"),
                   {},
                   {3.0, std::nullopt, tr("peak RSS on L ≤ 3× bare window")}};
    for (int i = 0; i < m_options.repeat; ++i) {
        // In turn, so both share the machine's noise.
        note(tr("start-up %1/%2").arg(i + 1).arg(m_options.repeat));
        const Result<Start> app =
            start(m_options.appBinary,
                  {u"--db"_s, *database, u"--as-of"_s, datasetHorizon().toString(Qt::ISODate)});
        if (!app)
            return Status::failure(app.error());
        const Result<Start> bare = start(m_options.bareBinary, {});
        if (!bare)
            return Status::failure(bare.error());
        time.figure.add(app->milliseconds);
        time.floor.add(bare->milliseconds);
        if (app->peakKiB >= 0 && bare->peakKiB >= 0) {
            memory.figure.add(static_cast<double>(app->peakKiB));
            memory.floor.add(static_cast<double>(bare->peakKiB));
        }
    }
    figures.append({u"startup_l"_s, time});
    figures.append({u"peak_rss_l"_s, memory});
    return {};
}

Result<StartupMeasure::Start> StartupMeasure::start(const QString &program,
                                                    const QStringList &arguments)
{
    using R = Result<Start>;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"PLANDESK_BENCH_FIRST_PAINT"_s, u"1"_s);
    // A first start every time: no remembered geometry, language or files.
    const QString settings = m_scratch.path(u"settings"_s);
    QDir().mkpath(settings);
    environment.insert(u"XDG_CONFIG_HOME"_s, settings);
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);

    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(StartTimeoutMs))
        return R::failure(tr("Cannot start %1: %2").arg(program, process.errorString()));
    std::optional<Start> painted;
    QByteArray pending;
    while (!painted && clock.elapsed() < StartTimeoutMs) {
        if (!process.waitForReadyRead(StartTimeoutMs))
            break;
        pending += process.readAllStandardError();
        qsizetype end = -1;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line.startsWith("painted ")) {
                const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
                bool known = false;
                const qint64 kib = line.mid(8).toLongLong(&known);
                painted = Start {ms, known ? kib : -1};
                break;
            }
        }
    }
    if (!process.waitForFinished(StartTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    if (!painted)
        return R::failure(
            tr("%1 did not report its first paint (exit code %2): %3")
                .arg(program)
                .arg(process.exitCode())
                .arg(QString::fromUtf8(pending + process.readAllStandardError()).trimmed()));
    return *painted;
}

} // namespace PlanDesk::Bench
