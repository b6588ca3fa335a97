#include "killer.h"

#include <signal.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

namespace {

quint32 chooseSeed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("PLANDESK_CRASH_SEED").toUInt(&ok);
    return ok ? given : QRandomGenerator::system()->generate();
}

constexpr int TimeoutMs = 120000;

} // namespace

ProcessKiller::ProcessKiller(const QString &program)
    : m_program(program)
    , m_seed(chooseSeed())
    , m_random(m_seed)
{
    qInfo("crash harness seed %u (PLANDESK_CRASH_SEED=%u repeats it)", m_seed, m_seed);
}

qint64 ProcessKiller::measure(const QStringList &arguments, const std::function<void()> &prepare)
{
    // The shorter of two runs: a busy machine only ever makes one longer,
    // and kill moments beyond the real end are wasted runs.
    qint64 shortest = -1;
    for (int i = 0; i < 2; ++i) {
        if (prepare)
            prepare();
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(m_program, arguments);
        if (!process.waitForFinished(TimeoutMs) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            m_lastError = u"exit %1: %2"_s.arg(process.exitCode())
                              .arg(QString::fromUtf8(process.readAllStandardError()));
            return -1;
        }
        const qint64 elapsed = timer.elapsed();
        shortest = shortest < 0 ? elapsed : std::min(shortest, elapsed);
    }
    return shortest;
}

ProcessKiller::Outcome ProcessKiller::runAndKill(const QStringList &arguments, qint64 maxDelayMs)
{
    Outcome outcome;
    std::uniform_int_distribution<qint64> delay(0, maxDelayMs);
    outcome.delayMs = delay(m_random);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(m_program, arguments);
    outcome.started = process.waitForStarted(TimeoutMs);
    if (!outcome.started) {
        outcome.err = process.errorString();
        return outcome;
    }
    const qint64 remaining = outcome.delayMs - timer.elapsed();
    if (remaining > 0 && process.waitForFinished(static_cast<int>(remaining))) {
        outcome.exitCode = process.exitCode();
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }
    // processId() is 0 once Qt has seen it end, and kill(0) would hit us too.
    const qint64 pid = process.processId();
    if (pid > 0 && process.state() == QProcess::Running)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    process.waitForFinished(TimeoutMs);
    // Finished just before the signal: a normal exit, not a kill.
    outcome.killed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace PlanDesk::Testing
