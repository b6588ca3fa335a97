#pragma once

#include <QList>
#include <QString>

namespace PlanDesk {

/// Something wrong with a file being imported, and exactly where: the file,
/// the sheet (xlsx only), the row and column as the user sees them, and the
/// field's name. Empty or zero parts are not known or do not apply.
struct ExchangeProblem
{
    QString file;
    QString sheet;
    int row = 0; ///< 1-based, as Excel numbers rows or the CSV line
    int column = -1; ///< 0-based; shown as Excel's letters
    QString field; ///< the column's header as the file has it
    QString message;

    /// "returns.xlsx, sheet 进展填报, row 7, column G (完成进度%): message".
    /// Always one line: line breaks from the file become spaces, other
    /// control characters U+FFFD.
    QString toString() const;
    /// The place alone, without the message.
    QString place() const;
};

using ExchangeProblems = QList<ExchangeProblem>;

} // namespace PlanDesk
