#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QStringList>

#include "domain/entities.h"
#include "exchange/returnssheet.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

struct ReturnsTemplateOptions
{
    /// One workbook holding every department's rows, grouped by department.
    bool oneWorkbook = false;
    /// Only this department's workbook (it must owe reports in the round).
    std::optional<qint64> departmentId;
    /// Replace files of the same names in the directory instead of refusing.
    bool overwrite = false;
};

/// The returns templates (报送模板) the office sends the departments for a
/// reporting round: one .xlsx per department listing exactly the reports it
/// owes (see roundStatus()), laid out as ReturnsSheet describes, which the
/// progress importer reads back.
class ReturnsTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ReturnsTemplates)

public:
    /// Called before each workbook and once when all are written; returning
    /// false cancels, and nothing is left behind.
    using Progress = std::function<bool(int done, int total)>;

    /// Writes one workbook per department owing reports in the round (or one
    /// for all) into `directory`, creating it if needed; returns the paths
    /// written. All or nothing: the workbooks go to a temporary folder inside
    /// `directory` and are moved in only when all are complete. Existing
    /// files are refused unless options.overwrite.
    static Result<QStringList> write(Database &db, qint64 roundId, const QString &directory,
                                     const ReturnsTemplateOptions &options,
                                     const Progress &progress = {});
    /// What write() would write, read in one snapshot: the workbooks' rows.
    static Result<QList<ReturnsWorkbook>> workbooks(Database &db, qint64 roundId,
                                                    const ReturnsTemplateOptions &options);
    /// "2018年第二季度进展报送-市科学技术局.xlsx", or without the department
    /// for all; safe as a Windows file name (no \ / : * ? " < > |, control
    /// characters, or trailing dots and spaces).
    static QString fileNameFor(const ReportingRound &round, const QString &departmentName);

private:
    static Status writeAll(const QList<ReturnsWorkbook> &books, const QStringList &paths,
                           const QString &directory, const Progress &progress);
};

} // namespace PlanDesk
