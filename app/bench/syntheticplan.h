#pragma once

#include <QCoreApplication>
#include <QList>

#include "datasetspec.h"
#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk::Bench {

class BenchDataRepository;

/// A task or work item as the later parts of the dataset need it.
struct SynthTask
{
    Task row;
    /// Its departments, the lead first.
    QList<qint64> departments;
    /// How fast it moves against its schedule: 1.0 finishes on the due date.
    double pace = 1.0;
    /// Suspended from this date on (invalid: never).
    QDate suspendedFrom;
};

/// What the plan part of the dataset holds; ids are list positions + 1.
struct SyntheticPlan
{
    qint64 planId = 1;
    QList<Department> departments;
    QList<SynthTask> tasks;

    const Department &department(qint64 id) const { return departments.at(id - 1); }
};

/// The plan, its groups, departments, tasks, work items and assignments.
class SyntheticPlanWriter
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticPlanWriter)

public:
    static Result<SyntheticPlan> write(BenchDataRepository &repository, const DatasetSpec &spec,
                                       quint64 seed);
};

} // namespace PlanDesk::Bench
