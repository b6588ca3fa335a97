#pragma once

#include <QCoreApplication>

#include "exchange/sheet.h"
#include "util/result.h"

namespace PlanDesk {

/// Reads a table file by what it is: an .xlsx workbook (XlsxReader) or a
/// CSV/text file (CsvReader); anything else is refused with its name.
class SheetFile
{
    Q_DECLARE_TR_FUNCTIONS(SheetFile)

public:
    static Result<Workbook> read(const QString &path);
    /// The file dialog's filter: "Spreadsheets (*.xlsx *.csv *.txt)".
    static QStringList patterns();
};

} // namespace PlanDesk
