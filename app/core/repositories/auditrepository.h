#pragma once

#include <optional>

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Reads the audit log (留痕) that the database's triggers write.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {
    }

    /// The history of one row, oldest change first.
    Result<QList<AuditEntry>> history(const QString &table, qint64 rowId);
    /// The newest entry of one row (who saved it last, when), if any.
    Result<std::optional<AuditEntry>> latest(const QString &table, qint64 rowId);
    /// The newest `limit` entries, newest first.
    Result<QList<AuditEntry>> recent(int limit);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace PlanDesk
