#include "editing/importedits.h"

#include <memory>

#include "editing/workspace.h"

namespace PlanDesk {

QString ImportEdits::description(TableImport::Kind kind, const ImportPreview &preview)
{
    const int records =
        preview.count(ImportRow::Outcome::New) + preview.count(ImportRow::Outcome::Replaces);
    const QString files = tr("%n file(s)", nullptr, static_cast<int>(preview.files.size()));
    if (kind == TableImport::Kind::Values)
        return tr("Import %n indicator value(s) from %1", nullptr, records).arg(files);
    if (kind == TableImport::Kind::Departments)
        return tr("Import %n department(s) from %1", nullptr, records).arg(files);
    return tr("Import %n progress report(s) from %1", nullptr, records).arg(files);
}

Result<int> ImportEdits::apply(Workspace &workspace, TableImport::Kind kind, const QDate &today,
                               const ImportPreview &preview)
{
    Workspace *ws = &workspace;
    // Redo writes the same preview again; undo takes back what the last
    // apply wrote, so the receipt is shared between them.
    auto receipt = std::make_shared<ImportReceipt>();
    auto changes = std::make_shared<ImportPreview>(preview);
    const Status s = ws->perform(
        description(kind, preview),
        [ws, kind, today, changes, receipt] {
            Result<ImportReceipt> written =
                TableImport(ws->database(), ws->planId(), kind, today).apply(*changes);
            if (!written)
                return Status::fromResult(written);
            *receipt = *written;
            // Redo puts the records back under the ids they first had, so
            // later commands that name them still find them.
            ImportChanges &c = changes->changes;
            for (qsizetype i = 0; i < c.reportsToAdd.size(); ++i)
                c.reportsToAdd[i].id = written->addedReportIds.value(i);
            for (qsizetype i = 0; i < c.valuesToAdd.size(); ++i)
                c.valuesToAdd[i].id = written->addedValueIds.value(i);
            for (qsizetype i = 0; i < c.departmentsToAdd.size(); ++i)
                c.departmentsToAdd[i].id = written->addedDepartmentIds.value(i);
            return Status();
        },
        [ws, kind, today, receipt] {
            return TableImport(ws->database(), ws->planId(), kind, today).revert(*receipt);
        });
    if (!s)
        return Result<int>::failure(s.error());
    return receipt->written;
}

} // namespace PlanDesk
