#pragma once

#include <QCoreApplication>
#include <QHash>

#include "exchange/columns.h"
#include "exchange/exchangeproblem.h"
#include "exchange/sheet.h"
#include "util/result.h"

namespace PlanDesk {

/// Where an imported file keeps each column. The header row is found among
/// the first rows of the first visible sheet that has one, so a template's
/// title lines above it and extra columns beside it do no harm; a header
/// matches a column by its key ("percent") or its Chinese label (完成进度（%）),
/// ignoring case, spaces and full-width brackets.
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)

public:
    static constexpr int RowsSearched = 20;

    /// Every visible sheet's table (a department may have copied the sheet);
    /// fails naming the file (and sheet) and the required columns missing
    /// when no sheet has one.
    static Result<QList<ColumnMap>> locate(const Workbook &file, const QList<ColumnSpec> &columns);

    const QString &fileName() const { return m_file; }
    const QString &sheetName() const { return m_sheet; }
    int headerRow() const { return m_headerRow; }
    /// The rows below the header.
    const QList<SheetRow> &rows() const { return m_rows; }

    bool has(const QString &key) const { return m_columns.contains(key); }
    SheetCell cell(const SheetRow &row, const QString &key) const;
    /// A problem for each cell of `row` in a column the import reads that
    /// holds a formula error (#DIV/0!) or an uncalculated formula.
    ExchangeProblems errorCells(const SheetRow &row) const;
    /// A problem placed at `row`, in `key`'s column when there is one.
    ExchangeProblem problem(const SheetRow &row, const QString &key, const QString &message) const;

private:
    QString m_file;
    QString m_sheet;
    int m_headerRow = 0;
    QList<SheetRow> m_rows;
    QHash<QString, int> m_columns; ///< key → 0-based column
    QHash<QString, QString> m_headers; ///< key → the header as the file writes it
};

} // namespace PlanDesk
