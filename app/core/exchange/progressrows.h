#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include "domain/entities.h"
#include "exchange/columnmap.h"
#include "exchange/importpreview.h"
#include "repositories/taskrepository.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Checks the rows of returned progress reports (进展报送) against a plan:
/// the task by its code, the department by name, that the department leads
/// or cooperates on the task, the period, percent, status and date; and
/// whether the report is new, corrects the one already there, or repeats it.
class ProgressRows
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRows)

public:
    /// Reads what the checks compare with, in one snapshot.
    static Result<ProgressRows> read(Database &db, qint64 planId, const QDate &today);

    /// Checks one file's rows into `preview`.
    void check(const ColumnMap &file, ImportPreview &preview);
    /// Adds the task standings the lead departments' reports move; call
    /// once, after every file is checked.
    void finish(ImportPreview &preview) const;

    static QString statusWord(TaskStatus status);

private:
    struct Key
    {
        qint64 taskId;
        qint64 departmentId;
        QString period;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.taskId == b.taskId && a.departmentId == b.departmentId && a.period == b.period;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.taskId, k.departmentId, k.period);
        }
    };

    void checkRow(const ColumnMap &file, const SheetRow &row, ImportPreview &preview);
    std::optional<TaskStatus> status(const QString &word) const;

    QDate m_today;
    QHash<QString, qint64> m_tasksByCode; ///< TaskCode::toString() → task id
    QHash<qint64, TaskOverview> m_tasks;
    QHash<QString, qint64> m_departments; ///< name and short name → id
    QHash<qint64, QString> m_departmentNames;
    QHash<QPair<qint64, qint64>, AssignmentRole> m_roles; ///< (task, department)
    QHash<Key, ProgressReport> m_existing;
    QHash<Key, QString> m_seen; ///< key → where the import already has it
};

} // namespace PlanDesk
