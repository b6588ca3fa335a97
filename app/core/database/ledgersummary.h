#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace PlanDesk {

class Database;

/// For translating the summary's words.
class LedgerSummary
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSummary)
};

/// What a ledger holds, in words ("17 task(s)", "2,025 progress report(s)"):
/// for `plandesk check` and the list of backups.
QStringList ledgerSummary(Database &db);

} // namespace PlanDesk
