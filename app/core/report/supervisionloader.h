#pragma once

#include <QCoreApplication>

#include "rules/supervisiondata.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Reads what the supervision rules need of a plan in one read transaction.
class SupervisionLoader
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionLoader)

public:
    explicit SupervisionLoader(Database &db)
        : m_db(db)
    {
    }

    Result<SupervisionData> load(qint64 planId);

private:
    Database &m_db;
};

} // namespace PlanDesk
