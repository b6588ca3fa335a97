#include "database/transactionguard.h"

#include "database/database.h"
#include "database/sqlerrors.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

TransactionGuard::TransactionGuard(Database &db)
    : m_db(db)
    , m_nested(db.m_transactionDepth > 0)
{
    if (db.isReadOnly()) {
        m_error = tr("“%1” is open read-only.").arg(db.path());
        return;
    }
    if (m_nested) {
        if (auto q = m_db.write(u"SAVEPOINT nested"_s); !q) {
            m_error = q.error();
            return;
        }
    } else {
        // sql-from-parts: a fixed statement of the dialect, from sqldialect.cpp
        if (auto q = m_db.write(Dialect::beginWrite(m_db.dialect())); !q) {
            m_error = isBusyError(q.error())
                ? describeSqlError(q.error())
                : tr("The database is busy or locked: %1").arg(q.error());
            return;
        }
        // The audit triggers read the actor from here. On SQLite it is a
        // one-row table; a write transaction holds the only write lock, so it
        // cannot be mixed up, and commit() clears it again, so writes made
        // outside PlanDesk are never credited to the last person who used it.
        // On PostgreSQL it is a setting that ends with the transaction.
        // sql-from-parts: a fixed statement of the dialect, from sqldialect.cpp
        if (auto q = m_db.write(Dialect::setActor(m_db.dialect()), {m_db.actor()}); !q) {
            m_error = q.error();
            (void)m_db.write(u"ROLLBACK"_s);
            return;
        }
    }
    m_active = true;
    ++m_db.m_transactionDepth;
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("No transaction is open.") : m_error);
    const QString clear = Dialect::clearActor(m_db.dialect());
    Result<Database::Written> q = Database::Written {};
    if (m_nested)
        q = m_db.write(u"RELEASE nested"_s);
    else if (!clear.isEmpty())
        // sql-from-parts: a fixed statement of the dialect, from sqldialect.cpp
        q = m_db.write(clear);
    if (q && !m_nested)
        q = m_db.write(u"COMMIT"_s);
    if (!q) {
        const QString error = q.error();
        rollback();
        if (isBusyError(error))
            return Status::failure(describeSqlError(error));
        return Status::failure(m_nested ? error
                                        : tr("Saving failed, nothing was changed: %1").arg(error));
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    if (m_nested) {
        (void)m_db.write(u"ROLLBACK TO nested"_s);
        (void)m_db.write(u"RELEASE nested"_s);
    } else {
        (void)m_db.write(u"ROLLBACK"_s);
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace PlanDesk
