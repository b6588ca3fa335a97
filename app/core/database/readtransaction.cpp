#include "database/readtransaction.h"

#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
{
    // Inside a write transaction the snapshot is already that transaction's.
    if (!db.inTransaction())
        // sql-from-parts: a fixed statement of the dialect, from sqldialect.cpp
        m_active = static_cast<bool>(m_db.exec(Dialect::beginRead(m_db.dialect())));
}

ReadTransaction::~ReadTransaction()
{
    if (m_active)
        (void)m_db.exec(u"ROLLBACK"_s); // nothing was written; just end the snapshot
}

} // namespace PlanDesk
