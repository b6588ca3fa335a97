#include "database/migrator.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "database/database.h"
#include "database/sqlscript.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

const QList<Migrator::Migration> &Migrator::migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> found;
        static const QRegularExpression pattern(u"^(\\d{3})_[a-z0-9_]+\\.sql$"_s);
        const QDir dir(u":/migrations"_s);
        for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch match = pattern.match(name);
            if (match.hasMatch())
                found.append({match.captured(1).toInt(), dir.filePath(name)});
        }
        std::sort(found.begin(), found.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        for (qsizetype i = 0; i < found.size(); ++i) {
            // A gap would mean a release shipped without one of its migrations.
            if (found.at(i).version != i + 1)
                qFatal("PlanDesk migrations are not numbered 1..N without gaps");
        }
        return found;
    }();
    return list;
}

int Migrator::latestVersion()
{
    return static_cast<int>(migrations().size());
}

Status Migrator::migrate(Database &db, int target)
{
    QList<Migration> pending;
    for (const Migration &migration : migrations()) {
        if (migration.version > db.m_schemaVersion && migration.version <= target)
            pending.append(migration);
    }
    if (pending.isEmpty())
        return {};

    // All pending migrations commit together: a crash half-way leaves the old
    // schema, never one in between. Table rebuilds need foreign keys off;
    // SQLite ignores the switch inside a transaction, so it is flipped outside
    // and checked by hand before commit.
    (void)db.exec(u"PRAGMA foreign_keys = OFF"_s);
    int failing = pending.constFirst().version;
    auto fail = [&](const QString &message) {
        (void)db.exec(u"ROLLBACK"_s);
        (void)db.exec(u"PRAGMA foreign_keys = ON"_s);
        return Status::failure(
            tr("Upgrading the schema to version %1 failed: %2").arg(failing).arg(message));
    };

    if (auto q = db.exec(u"BEGIN IMMEDIATE"_s); !q) {
        (void)db.exec(u"PRAGMA foreign_keys = ON"_s);
        return Status::failure(q.error());
    }
    // Another PlanDesk may have upgraded the file between our first look and
    // this write lock: never apply a migration twice.
    const Result<qint64> current = db.scalar(u"PRAGMA user_version"_s);
    if (!current)
        return fail(current.error());
    if (*current > latestVersion()) {
        (void)db.exec(u"ROLLBACK"_s);
        (void)db.exec(u"PRAGMA foreign_keys = ON"_s);
        return Status::failure(tr("Another, newer PlanDesk upgraded the file meanwhile."));
    }
    int reached = static_cast<int>(*current);
    for (const Migration &migration : std::as_const(pending)) {
        if (migration.version <= reached)
            continue;
        failing = migration.version;
        if (Status s = apply(db, migration); !s)
            return fail(s.error());
        reached = migration.version;
    }
    Result<QSqlQuery> violations = db.exec(u"PRAGMA foreign_key_check"_s);
    if (!violations)
        return fail(violations.error());
    if (violations->next())
        return fail(tr("foreign key violation in table %1").arg(violations->value(0).toString()));
    violations->finish();
    if (auto q = db.exec(u"COMMIT"_s); !q)
        return fail(q.error());
    db.m_schemaVersion = std::max(db.m_schemaVersion, reached);
    if (auto q = db.exec(u"PRAGMA foreign_keys = ON"_s); !q)
        return Status::failure(q.error());
    return {};
}

Status Migrator::apply(Database &db, const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Migration %1 is missing from this build.").arg(migration.version));
    const QStringList statements = splitSqlStatements(QString::fromUtf8(file.readAll()));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        // sql-from-parts: a migration script compiled into the binary (:/migrations), never input
        if (auto q = db.exec(statements.at(i)); !q)
            return Status::failure(tr("statement %1: %2").arg(i + 1).arg(q.error()));
    }
    const Result<qint64> version = db.scalar(u"PRAGMA user_version"_s);
    if (!version || *version != migration.version)
        return Status::failure(
            tr("the migration did not set user_version to %1").arg(migration.version));
    return {};
}

} // namespace PlanDesk
