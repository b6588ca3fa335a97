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
    /// Reads the rest for a caller that already holds the plan, its tasks,
    /// departments, reports, meetings and action items (the briefing):
    /// the assignments, rounds and weights; then indexes `data`.
    Status complete(SupervisionData &data);

private:
    static QString failure(qint64 planId, const QString &error);

    Database &m_db;
};

} // namespace PlanDesk
