#pragma once

#include <QCoreApplication>
#include <QDate>

#include "exchange/importpreview.h"
#include "exchange/sheet.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// A file's rows imported into the database as one all-or-nothing change:
/// preview() checks every row against the database and writes nothing;
/// apply() writes what the preview found, in one transaction, refusing if the
/// database no longer holds what the preview saw; revert() takes an applied
/// import back (for undo). The kinds are progress reports (the departments'
/// returns), indicator values and departments (their contacts).
class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(TableImport)

public:
    enum class Kind { Progress, Values, Departments };

    static QStringList kindNames(); ///< "progress", "values", "departments"
    static std::optional<Kind> kindFromName(const QString &name);

    /// `today` stands for the day of the import: a blank report date means
    /// it, and no date may lie after it.
    TableImport(Database &db, qint64 planId, Kind kind, const QDate &today);

    /// Files read from disk (the slow part, which touches no database and so
    /// may run on another thread), with those that could not be read.
    struct FilesRead
    {
        QList<Workbook> files;
        ExchangeProblems unreadable;
        QStringList names; ///< every file's name, readable or not
    };
    static FilesRead read(const QStringList &paths);

    /// Reads the files (.xlsx or .csv, see SheetFile) and checks them.
    /// Fails only when the database cannot be read; a file that cannot be
    /// read is a problem of the preview.
    Result<ImportPreview> preview(const QStringList &paths, const ImportProgress &progress = {});
    /// Checks files read by read().
    Result<ImportPreview> preview(const FilesRead &read, const ImportProgress &progress = {});
    /// The same for workbooks already read.
    Result<ImportPreview> preview(const QList<Workbook> &files,
                                  const ImportProgress &progress = {});
    /// Writes the preview's changes, or nothing.
    Result<ImportReceipt> apply(const ImportPreview &preview);
    /// Takes back what apply() wrote, or nothing.
    Status revert(const ImportReceipt &receipt);

private:
    Database &m_db;
    qint64 m_planId;
    Kind m_kind;
    QDate m_today;
};

} // namespace PlanDesk
