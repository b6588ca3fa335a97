#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Database;

/// A plan's numeric targets and the values reported for them (one per period).
class IndicatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)

public:
    explicit IndicatorRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> create(const Indicator &indicator);
    Result<Indicator> indicator(qint64 id);
    Result<QList<Indicator>> indicators(qint64 planId);
    /// Saves it if still at indicator.rowVersion; returns the new version.
    Saved<Indicator> update(const Indicator &indicator);
    /// Removes the indicator with its values.
    Status remove(qint64 id);

    Result<qint64> createValue(const IndicatorValue &value);
    Result<IndicatorValue> value(qint64 id);
    /// An indicator's values, oldest period first.
    Result<QList<IndicatorValue>> values(qint64 indicatorId);
    Result<QList<IndicatorValue>> valuesForPlan(qint64 planId);
    /// Saves it if still at value.rowVersion; returns the new version.
    Saved<IndicatorValue> updateValue(const IndicatorValue &value);
    Status removeValue(qint64 id);

private:
    Database &m_db;
};

} // namespace PlanDesk
