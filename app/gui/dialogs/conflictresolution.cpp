#include "dialogs/conflictresolution.h"

#include <QLoggingCategory>

#include "repositories/auditrepository.h"

namespace PlanDesk {

namespace {
Q_LOGGING_CATEGORY(conflicts, "plandesk.conflicts")
}

ConflictDialog::Choice ConflictResolution::ask(QWidget *parent, Database &db, const QString &what,
                                               const QString &table, qint64 id,
                                               const QList<ConflictField> &fields)
{
    // Without the history the comparison is still worth showing.
    const Result<std::optional<AuditEntry>> savedBy = AuditRepository(db).latest(table, id);
    ConflictDialog dialog(what, fields, savedBy ? *savedBy : std::nullopt, parent);
    dialog.exec();
    return dialog.choice();
}

void ConflictResolution::logKeptMine(const QString &table, qint64 id, qint64 theirVersion)
{
    qCInfo(conflicts, "kept own version of %s %lld over version %lld saved by someone else",
           qPrintable(table), static_cast<long long>(id), static_cast<long long>(theirVersion));
}

} // namespace PlanDesk
