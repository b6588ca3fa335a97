#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/entities.h"
#include "exchange/exchangeproblem.h"

namespace PlanDesk {

/// What importing one row of a file would do.
struct ImportRow
{
    enum class Outcome {
        New, ///< adds a record
        Replaces, ///< corrects the record already there for the same key
        Unchanged, ///< the same record is there already (a file imported twice)
        Skipped, ///< left blank in a template: nothing to import
        Invalid ///< has problems; nothing of the import is written
    };

    QString file;
    QString sheet;
    int row = 0;
    Outcome outcome = Outcome::Invalid;
    QString subject; ///< what the row is about: "任务3 · 市科学技术局 · 2018-Q2"
    QString before; ///< the record there now, in short ("40% 推进中"); empty if none
    QString after; ///< the record the row holds, in short
    ExchangeProblems problems;
};

/// The writes an import will make, all of them, as checked against the
/// database: apply() makes exactly these or none.
struct ImportChanges
{
    QList<ProgressReport> reportsToAdd;
    QList<ProgressReport> reportsToReplace; ///< with the ids of the records they replace
    QList<ProgressReport> reportsReplaced; ///< those records as the preview read them
    QList<Task> tasksBefore; ///< tasks whose standing a lead's report moves
    QList<Task> tasksAfter;
    QList<Department> departmentsToAdd;
    QList<Department> departmentsToReplace;
    QList<Department> departmentsReplaced;
    QList<IndicatorValue> valuesToAdd;
    QList<IndicatorValue> valuesToReplace;
    QList<IndicatorValue> valuesReplaced;
};

/// Everything a preview found: one entry per row read, every problem (of the
/// files and of their rows, in file order), and the writes to make.
struct ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    QStringList files;
    QList<ImportRow> rows;
    ExchangeProblems problems;
    ImportChanges changes;

    int count(ImportRow::Outcome outcome) const;
    /// No problem anywhere and something to write.
    bool canApply() const;
    /// "12 new, 3 corrected, 5 unchanged, 2 left blank, 1 with problems".
    QString summary() const;
};

/// What apply() wrote, enough to take it back (undo) exactly.
struct ImportReceipt
{
    QList<qint64> addedReportIds;
    QList<ProgressReport> reportsReplaced;
    QList<Task> tasksBefore;
    QList<qint64> addedDepartmentIds;
    QList<Department> departmentsReplaced;
    QList<qint64> addedValueIds;
    QList<IndicatorValue> valuesReplaced;
    int written = 0; ///< records added or replaced
};

/// Reports how far a long import has got; returns false to cancel it.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace PlanDesk
