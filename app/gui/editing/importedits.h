#pragma once

#include <QCoreApplication>
#include <QDate>

#include "exchange/tableimport.h"
#include "util/result.h"

namespace PlanDesk {

class Workspace;

/// A previewed import of returns or indicator values as one undoable edit:
/// TableImport::apply() now and on redo, TableImport::revert() on undo.
class ImportEdits
{
    Q_DECLARE_TR_FUNCTIONS(ImportEdits)

public:
    /// Writes `preview` (checked on `today`); returns the records written.
    static Result<int> apply(Workspace &workspace, TableImport::Kind kind, const QDate &today,
                             const ImportPreview &preview);
    /// "Import 12 progress reports from 2 files": the undo stack's name for it.
    static QString description(TableImport::Kind kind, const ImportPreview &preview);
};

} // namespace PlanDesk
