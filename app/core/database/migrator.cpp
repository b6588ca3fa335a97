#include "database/migrator.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "database/database.h"
#include "database/sqlscript.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QList<Migrator::Migration> findMigrations(SqlDialect dialect)
{
    QList<Migrator::Migration> found;
    static const QRegularExpression pattern(u"^(\\d{3})_[a-z0-9_]+\\.sql$"_s);
    const QDir dir(Dialect::migrationsFolder(dialect));
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(),
              [](const Migrator::Migration &a, const Migrator::Migration &b) {
                  return a.version < b.version;
              });
    // A gap would mean a release shipped without one of its migrations.
    // SQLite's start at 1; a server's at its baseline.
    const int first = found.isEmpty() ? 1 : found.constFirst().version;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found.at(i).version != first + i || (dialect == SqlDialect::Sqlite && first != 1))
            qFatal("PlanDesk migrations are not numbered without gaps");
    }
    return found;
}

} // namespace

const QList<Migrator::Migration> &Migrator::migrations(SqlDialect dialect)
{
    static const QList<Migration> sqlite = findMigrations(SqlDialect::Sqlite);
    static const QList<Migration> server = findMigrations(SqlDialect::Postgres);
    return dialect == SqlDialect::Sqlite ? sqlite : server;
}

int Migrator::latestVersion()
{
    const QList<Migration> &all = migrations(SqlDialect::Sqlite);
    return all.isEmpty() ? 0 : all.constLast().version;
}

Status Migrator::migrate(Database &db, int target)
{
    if (db.dialect() == SqlDialect::Postgres)
        return migrateServer(db, target);
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

namespace PlanDesk {

Status Migrator::migrateServer(Database &db, int target)
{
    QList<Migration> pending;
    for (const Migration &migration : migrations(SqlDialect::Postgres)) {
        if (migration.version > db.m_schemaVersion && migration.version <= target)
            pending.append(migration);
    }
    if (pending.isEmpty())
        return {};
    int failing = pending.constFirst().version;
    auto fail = [&](const QString &message) {
        (void)db.exec(u"ROLLBACK"_s);
        return Status::failure(
            tr("Upgrading the schema to version %1 failed: %2").arg(failing).arg(message));
    };
    if (auto q = db.exec(u"BEGIN"_s); !q)
        return Status::failure(q.error());
    // Two workstations upgrading at the same moment: the second waits here,
    // then finds the work done. DDL is transactional on PostgreSQL.
    if (auto q = db.exec(u"SELECT pg_advisory_xact_lock(1349272683)"_s); !q)
        return fail(q.error());
    const Result<qint64> marked =
        db.scalar(u"SELECT count(*) FROM pg_catalog.pg_tables"
                  " WHERE schemaname = current_schema() AND tablename = 'plandesk_schema'"_s);
    if (!marked)
        return fail(marked.error());
    qint64 reached = 0;
    if (*marked > 0) {
        // sql-from-parts: a fixed statement of the dialect, from sqldialect.cpp
        const Result<qint64> current = db.scalar(Dialect::readSchemaVersion(SqlDialect::Postgres));
        if (!current)
            return fail(current.error());
        reached = *current;
    }
    if (reached > latestVersion()) {
        (void)db.exec(u"ROLLBACK"_s);
        return Status::failure(tr("Another, newer PlanDesk upgraded the database meanwhile."));
    }
    for (const Migration &migration : std::as_const(pending)) {
        if (migration.version <= reached)
            continue;
        failing = migration.version;
        if (Status s = applyOnServer(db, migration); !s)
            return fail(s.error());
        reached = migration.version;
    }
    if (auto q = db.exec(u"COMMIT"_s); !q)
        return fail(q.error());
    db.m_schemaVersion = std::max(db.m_schemaVersion, static_cast<int>(reached));
    return {};
}

Status Migrator::applyOnServer(Database &db, const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Migration %1 is missing from this build.").arg(migration.version));
    // The server runs a whole script in one call (functions hold semicolons
    // inside $$ quotes, which a statement splitter would cut).
    // sql-from-parts: a migration script compiled into the binary (:/migrations), never input
    if (auto q = db.exec(QString::fromUtf8(file.readAll())); !q)
        return Status::failure(q.error());
    // sql-from-parts: a fixed statement of the dialect, from sqldialect.cpp
    const Result<qint64> version = db.scalar(Dialect::readSchemaVersion(SqlDialect::Postgres));
    if (!version || *version != migration.version)
        return Status::failure(
            tr("the migration did not set the schema version to %1").arg(migration.version));
    return {};
}

} // namespace PlanDesk
