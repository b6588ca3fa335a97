#include "database/healthcheck.h"

#include <QDir>

#include "database/backupstore.h"
#include "database/database.h"
#include "database/sqlerrors.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

Health verdict(Health::Verdict verdict, const QString &message)
{
    Health health;
    health.verdict = verdict;
    health.message = message;
    return health;
}

Health refused(const QString &message)
{
    return verdict(Health::Verdict::Refused, message);
}

Health damaged(const QString &path, const QString &what)
{
    return verdict(
        Health::Verdict::Damaged,
        HealthCheck::tr("“%1” is damaged (%2).").arg(QDir::toNativeSeparators(path), what));
}

} // namespace

Health HealthCheck::quick(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (Database::identify(path)) {
    case Database::Identity::Missing:
        return refused(tr("“%1” does not exist.").arg(shown));
    case Database::Identity::Newer: {
        Result<std::unique_ptr<Database>> newer = Database::open(path, Database::Access::ReadOnly);
        return refused(newer ? QString() : newer.error());
    }
    case Database::Identity::NotPlanDesk:
        // A ledger whose first page was overwritten no longer says it is
        // ours; its backups do.
        if (!BackupStore(path).list().isEmpty())
            return damaged(path, tr("its header is unreadable"));
        return refused(tr("“%1” is not a PlanDesk database.").arg(shown));
    case Database::Identity::Unreadable:
        return damaged(path, tr("SQLite cannot read it"));
    case Database::Identity::Inaccessible: {
        Result<std::unique_ptr<Database>> busy = Database::open(path, Database::Access::ReadOnly);
        return refused(busy ? tr("“%1” cannot be read just now; try again.").arg(shown)
                            : busy.error());
    }
    case Database::Identity::Ok:
        break;
    }

    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return refused(db.error());
    Result<QSqlQuery> check = (*db)->exec(u"PRAGMA quick_check(5)"_s);
    if (!check && !isDamageError(check.error()))
        return refused(tr("“%1” cannot be read just now: %2").arg(shown, check.error()));
    if (!check)
        return damaged(path, check.error());
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (!problems.isEmpty()) {
        Health found = damaged(path,
                               tr("SQLite's check found %n damaged place(s)", nullptr,
                                  static_cast<int>(problems.size())));
        found.details = problems.join(u'\n');
        return found;
    }
    return {};
}

} // namespace PlanDesk
