#include "database/sqldialect.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Dialect {

QString beginWrite(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString beginRead(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"BEGIN DEFERRED"_s
                                         : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
}

QString returningRow(SqlDialect dialect, const QString &insert)
{
    static const QRegularExpression isInsert(u"^\\s*INSERT\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hasReturning(u"\\bRETURNING\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (dialect != SqlDialect::Postgres || !insert.contains(isInsert)
        || insert.contains(hasReturning))
        return insert;
    return insert + u" RETURNING *"_s;
}

bool mustRunUnprepared(SqlDialect dialect, const QString &statement)
{
    static const QRegularExpression utility(
        u"^\\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|RESET|LOCK|CREATE|DROP|ALTER|"
        "GRANT|REVOKE|DO|ANALYZE|VACUUM)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return dialect == SqlDialect::Postgres && statement.contains(utility);
}

QString migrationsFolder(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u":/migrations"_s : u":/migrations/postgresql"_s;
}

QString setActor(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite
        ? u"INSERT OR REPLACE INTO audit_context (id, actor) VALUES (1, ?)"_s
        : u"SELECT set_config('plandesk.actor', ?, true)"_s;
}

QString clearActor(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"UPDATE audit_context SET actor = ''"_s : QString();
}

QString readSchemaVersion(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite
        ? u"PRAGMA user_version"_s
        : u"SELECT version FROM plandesk_schema WHERE application = 'PlanDesk'"_s;
}

} // namespace PlanDesk::Dialect
