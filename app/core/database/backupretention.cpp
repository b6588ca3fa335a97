#include "database/backupretention.h"

#include <QHash>
#include <QSet>

namespace PlanDesk {

namespace {

/// Marks the newest backup of each of the last `count` periods (days, weeks
/// or months back from now) as kept.
template<typename PeriodOf>
void keepNewestPerPeriod(const QList<BackupEntry> &entries, QSet<int> &kept, int count,
                         PeriodOf periodsAgo)
{
    QSet<qint64> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const qint64 ago = periodsAgo(entries.at(i).taken);
        if (ago < 0 || ago >= count || seen.contains(ago))
            continue;
        seen.insert(ago);
        kept.insert(i);
    }
}

} // namespace

QList<BackupEntry> BackupRetention::toRemove(const QList<BackupEntry> &newestFirst,
                                             const QDateTime &now)
{
    QSet<int> kept;
    for (int i = 0; i < newestFirst.size() && i < Newest; ++i)
        kept.insert(i);
    const QDate today = now.date();
    keepNewestPerPeriod(newestFirst, kept, Days,
                        [&](const QDateTime &t) { return t.date().daysTo(today); });
    keepNewestPerPeriod(newestFirst, kept, Weeks, [&](const QDateTime &t) {
        return t.date()
                   .addDays(1 - t.date().dayOfWeek())
                   .daysTo(today.addDays(1 - today.dayOfWeek()))
            / 7;
    });
    keepNewestPerPeriod(newestFirst, kept, Months, [&](const QDateTime &t) {
        return qint64(today.year() - t.date().year()) * 12 + today.month() - t.date().month();
    });
    QHash<int, int> perReason;
    for (int i = 0; i < newestFirst.size(); ++i) {
        const BackupReason reason = newestFirst.at(i).reason;
        if (reason == BackupReason::Session)
            continue;
        const int limit = reason == BackupReason::BeforeMigration ? BeforeMigration : PerReason;
        if (perReason[static_cast<int>(reason)]++ < limit)
            kept.insert(i);
    }
    QList<BackupEntry> removed;
    for (int i = 0; i < newestFirst.size(); ++i) {
        if (!kept.contains(i))
            removed << newestFirst.at(i);
    }
    return removed;
}

} // namespace PlanDesk
