#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// The weights the office gives the parts of the department assessment.
class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    explicit AssessmentRepository(Database &db)
        : m_db(db)
    {
    }

    /// The plan's weights, or the defaults (40 / 40 / 20) until it has some.
    Result<AssessmentWeights> weights(qint64 planId);
    Status setWeights(qint64 planId, const AssessmentWeights &weights);

private:
    Database &m_db;
};

} // namespace PlanDesk
