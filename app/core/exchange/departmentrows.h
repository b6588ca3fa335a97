#pragma once

#include <QCoreApplication>
#include <QHash>

#include "domain/entities.h"
#include "exchange/columnmap.h"
#include "exchange/importpreview.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Checks rows of departments (单位) — most often their contact person and
/// phone coming back from the departments themselves: a known name updates
/// its department, a new name adds one; the kind must be one PlanDesk knows
/// and a phone number must look like one.
class DepartmentRows
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentRows)

public:
    static Result<DepartmentRows> read(Database &db);
    void check(const ColumnMap &file, ImportPreview &preview);

private:
    void checkRow(const ColumnMap &file, const SheetRow &row, ImportPreview &preview);
    std::optional<DepartmentKind> kind(const QString &word) const;

    QHash<QString, Department> m_existing; ///< by name
    QHash<QString, QString> m_seen; ///< name → where the import already has it
};

} // namespace PlanDesk
