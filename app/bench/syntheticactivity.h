#pragma once

#include <limits>

#include <QCoreApplication>
#include <QList>

#include "datasetspec.h"
#include "syntheticplan.h"
#include "util/result.h"

namespace PlanDesk::Bench {

class BenchDataRepository;

/// A report as written, for the corrections that follow.
struct ReportRecord
{
    qint64 id = 0;
    QString text;
    QString evidence;
};

/// An indicator value as written: its first (preliminary) figure, and the
/// figure the last revision settles on.
struct ValueRecord
{
    qint64 id = 0;
    qint64 finalUnits = 0;
    QDate asOf;
    qint64 maxUnits = std::numeric_limits<qint64>::max(); ///< 100 % for a share
};

/// The life of the plan after it was issued, each part from its own random
/// stream: rounds and progress reports (each lead report moving its task, as
/// the app does), indicators and their values, meetings with attendees,
/// action items, reviews, approvals and amendments, and at last the
/// corrections that bring the audit log to its size.
class SyntheticActivity
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticActivity)

public:
    static Result<QList<ReportRecord>> writeProgress(BenchDataRepository &repository,
                                                     SyntheticPlan &plan, const DatasetSpec &spec,
                                                     quint64 seed);
    static Result<QList<ValueRecord>> writeIndicators(BenchDataRepository &repository,
                                                      const SyntheticPlan &plan,
                                                      const DatasetSpec &spec, quint64 seed);
    static Status writeMeetings(BenchDataRepository &repository, const SyntheticPlan &plan,
                                const DatasetSpec &spec, quint64 seed);
    /// Corrections of reports and revisions of values until the audit log
    /// holds exactly spec.auditRows rows.
    static Status fillAudit(BenchDataRepository &repository, const QList<ReportRecord> &reports,
                            const QList<ValueRecord> &values, const DatasetSpec &spec,
                            quint64 seed);

    /// The office's staff, whom the audit log credits in turn.
    static QString officeActor(int turn);
};

} // namespace PlanDesk::Bench
