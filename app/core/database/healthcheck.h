#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace PlanDesk {

/// What a quick look at a database file found.
struct Health
{
    enum class Verdict {
        Healthy,
        /// Ours, but SQLite cannot read it whole: set it aside, offer a backup.
        Damaged,
        /// Missing, foreign or newer: leave it exactly as it is.
        Refused,
    };
    Verdict verdict = Verdict::Healthy;
    QString message; ///< what is wrong, in words for people; empty when healthy
    QString details; ///< SQLite's own report (English), for the "details" of a message
};

/// SQLite's quick_check at opening (Firefox does the same for places.sqlite):
/// it reads every page but skips the index cross-checks of integrity_check.
/// Read-only, so the file is never changed, whatever state it is in.
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    static Health quick(const QString &path);
};

} // namespace PlanDesk

Q_DECLARE_METATYPE(PlanDesk::Health)
