#pragma once

#include <functional>
#include <random>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "reliability.h"

namespace PlanDesk::Testing {

/// Runs a program and kills it with SIGKILL at a random moment (POSIX only).
///
/// The moments are uniform between 0 and a multiple of the uninterrupted
/// run's duration, drawn from a seeded generator: PLANDESK_CRASH_SEED repeats
/// a run, otherwise the seed is new each time. Either way it is printed.
class ProcessKiller
{
public:
    struct Outcome
    {
        bool started = false;
        bool killed = false; ///< SIGKILL really ended it (it had not finished)
        int exitCode = -1;
        qint64 delayMs = 0; ///< when the signal was due
        QString err;
    };

    /// The floor: at least 30 runs, of which at least 20 really
    /// killed (more runs, up to 50, while kills are short).
    static constexpr int MinRuns = 30;
    static constexpr int MinKills = 20;
    static constexpr int MaxRuns = 50;
    static bool wantsMoreRuns(const ReliabilityTally &tally)
    {
        return tally.runs < MinRuns || (tally.kills < MinKills && tally.runs < MaxRuns);
    }

    explicit ProcessKiller(const QString &program);

    quint32 seed() const { return m_seed; }
    /// Runs to completion twice, calling `prepare` before each run, and
    /// returns the shorter wall time in ms (-1 if it failed; then lastError()
    /// has its exit code and stderr).
    qint64 measure(const QStringList &arguments, const std::function<void()> &prepare = {});
    QString lastError() const { return m_lastError; }
    /// Runs and sends SIGKILL after a random delay in [0, maxDelayMs].
    Outcome runAndKill(const QStringList &arguments, qint64 maxDelayMs);

private:
    QString m_program;
    quint32 m_seed;
    std::mt19937 m_random;
    QString m_lastError;
};

} // namespace PlanDesk::Testing
