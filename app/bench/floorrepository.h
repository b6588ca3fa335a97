#pragma once

#include <QCoreApplication>
#include <QString>

#include "util/result.h"

struct sqlite3;

namespace PlanDesk::Bench {

/// The floors' SQL: what reading the same rows costs with nothing but
/// SQLite's C API, no Qt SQL, no model. Read-only.
class FloorRepository
{
    Q_DECLARE_TR_FUNCTIONS(FloorRepository)
    Q_DISABLE_COPY_MOVE(FloorRepository)

public:
    /// Opens `path` read-only.
    static Result<std::unique_ptr<FloorRepository>> open(const QString &path);
    ~FloorRepository();

    /// The rows the plan page reads to fill its task tree (the plan's
    /// groups, its tasks and work items with their groups, their
    /// departments, its progress reports), each column copied out as the
    /// model would need it. Returns the number of rows read.
    Result<qint64> readTaskTreeRows(qint64 planId);

    /// The sqlite3 shell's dot-command that imports `csvPath` into a new
    /// table `table`, its columns named by the file's header row.
    static QString importCommand(const QString &csvPath, const QString &table);

private:
    explicit FloorRepository(sqlite3 *db);
    Result<qint64> readRows(const char *sql, qint64 planId);

    sqlite3 *m_db;
};

} // namespace PlanDesk::Bench
