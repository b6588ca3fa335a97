#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Database;

/// Reporting rounds (进展报送轮次) of a plan, one per period.
class RoundRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoundRepository)

public:
    explicit RoundRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> create(const ReportingRound &round);
    Result<ReportingRound> round(qint64 id);
    /// A plan's rounds, earliest due first.
    Result<QList<ReportingRound>> rounds(qint64 planId);
    /// Saves it if still at round.rowVersion; returns the new version.
    Saved<ReportingRound> update(const ReportingRound &round);
    /// Removes the round only; the reports handed in for it stay.
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace PlanDesk
