#include "repositories/auditrepository.h"

#include "database/database.h"
#include "repositories/repositorysupport.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define AUDIT_COLUMNS u"id, changed_at, actor, table_name, row_id, action, before, after, db_user"

AuditEntry readEntry(const QSqlQuery &q)
{
    return AuditEntry {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
                       q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString()};
}

} // namespace

Result<QList<AuditEntry>> AuditRepository::history(const QString &table, qint64 rowId)
{
    return RS::list<AuditEntry>(m_db,
                                u"SELECT " AUDIT_COLUMNS u" FROM audit_log"
                                u" WHERE table_name = ? AND row_id = ? ORDER BY id"_s,
                                {table, rowId}, readEntry,
                                tr("Reading the history of %1 %2").arg(table).arg(rowId));
}

Result<std::optional<AuditEntry>> AuditRepository::latest(const QString &table, qint64 rowId)
{
    using R = Result<std::optional<AuditEntry>>;
    Result<QList<AuditEntry>> newest = RS::list<AuditEntry>(
        m_db,
        u"SELECT " AUDIT_COLUMNS u" FROM audit_log"
        u" WHERE table_name = ? AND row_id = ? ORDER BY id DESC LIMIT 1"_s,
        {table, rowId}, readEntry, tr("Reading the history of %1 %2").arg(table).arg(rowId));
    if (!newest)
        return R::failure(newest.error());
    return newest->isEmpty() ? std::nullopt : std::optional(newest->constFirst());
}

Result<QList<AuditEntry>> AuditRepository::recent(int limit)
{
    return RS::list<AuditEntry>(
        m_db, u"SELECT " AUDIT_COLUMNS u" FROM audit_log ORDER BY id DESC LIMIT ?"_s, {limit},
        readEntry, tr("Reading the audit log"));
}

Result<qint64> AuditRepository::count()
{
    Result<qint64> n = m_db.scalar(u"SELECT count(*) FROM audit_log"_s);
    if (!n)
        return Result<qint64>::failure(RS::failure(tr("Reading the audit log"), n.error()));
    return n;
}

} // namespace PlanDesk
