#pragma once

#include <QtGlobal>

namespace PlanDesk {

class Database;

/// RAII read transaction: every query in its scope sees one consistent
/// snapshot of the file, even while another connection writes. For reads
/// made of several queries (an export, a report). Not for writing: a
/// TransactionGuard opened inside it fails to start.
class ReadTransaction
{
    Q_DISABLE_COPY_MOVE(ReadTransaction)

public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace PlanDesk
