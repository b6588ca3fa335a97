#include "exchange/rowcheck.h"

#include "exchange/cellvalues.h"

namespace PlanDesk {

RowCheck::RowCheck(const ColumnMap &file, const SheetRow &row)
    : m_file(file)
    , m_row(row)
{
    m_out.file = file.fileName();
    m_out.sheet = file.sheetName();
    m_out.row = row.number;
}

QString RowCheck::text(const QString &key) const
{
    return CellValues::text(cell(key));
}

void RowCheck::problem(const QString &key, const QString &message)
{
    m_out.problems << m_file.problem(m_row, key, message);
}

bool RowCheck::valuesKnown(ImportPreview &preview)
{
    m_out.problems << m_file.errorCells(m_row);
    if (ok())
        return true;
    finish(preview);
    return false;
}

void RowCheck::skip(ImportPreview &preview)
{
    m_out.outcome = ImportRow::Outcome::Skipped;
    preview.rows << m_out;
}

void RowCheck::finish(ImportPreview &preview)
{
    if (!ok())
        m_out.outcome = ImportRow::Outcome::Invalid;
    preview.problems << m_out.problems;
    preview.rows << m_out;
}

} // namespace PlanDesk
