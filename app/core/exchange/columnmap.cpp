#include "exchange/columnmap.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString normalized(QString header)
{
    header.replace(u'（', u'(').replace(u'）', u')').replace(u'％', u'%');
    header.remove(u' ').remove(u'\u3000').remove(u'\n').remove(u'\r').remove(u'*');
    return header.toCaseFolded();
}

/// The columns one row names, by key; the number of spec columns matched.
struct HeaderMatch
{
    QHash<QString, int> columns;
    QHash<QString, QString> headers;
    QString duplicate; ///< a column named twice, as "D and H (状态)"
    int required = 0;
};

HeaderMatch match(const SheetRow &row, const QList<ColumnSpec> &specs)
{
    HeaderMatch m;
    for (int c = 0; c < row.cells.size(); ++c) {
        const SheetCell &cell = row.cells.at(c);
        if (cell.kind != SheetCell::Kind::Text)
            continue;
        const QString header = normalized(cell.text);
        for (const ColumnSpec &spec : specs) {
            if (header != normalized(spec.key) && header != normalized(spec.label))
                continue;
            if (m.columns.contains(spec.key)) {
                m.duplicate = u"%1, %2 (%3)"_s.arg(columnLetters(m.columns.value(spec.key)),
                                                   columnLetters(c), cell.text.trimmed());
            } else {
                m.columns.insert(spec.key, c);
                m.headers.insert(spec.key, cell.text.trimmed());
                m.required += spec.required ? 1 : 0;
            }
        }
    }
    return m;
}

QString describe(const ColumnSpec &spec)
{
    return u"%1 (%2)"_s.arg(spec.label, spec.key);
}

} // namespace

Result<QList<ColumnMap>> ColumnMap::locate(const Workbook &file, const QList<ColumnSpec> &columns)
{
    int required = 0;
    for (const ColumnSpec &spec : columns)
        required += spec.required ? 1 : 0;

    // The best partial header, to say what it lacks when no sheet has one.
    const Sheet *bestSheet = nullptr;
    HeaderMatch best;
    QList<ColumnMap> found;
    for (const Sheet &sheet : file.sheets) {
        if (sheet.hidden)
            continue;
        for (qsizetype r = 0; r < sheet.rows.size() && r < RowsSearched; ++r) {
            const HeaderMatch m = match(sheet.rows.at(r), columns);
            if (m.required > best.required || !bestSheet) {
                best = m;
                bestSheet = &sheet;
            }
            if (m.required < required)
                continue;
            ExchangeProblem place {file.fileName, sheet.name, sheet.rows.at(r).number, -1, {}, {}};
            if (!m.duplicate.isEmpty()) {
                place.message = tr("columns %1 name the same field twice.").arg(m.duplicate);
                return Result<QList<ColumnMap>>::failure(place.toString());
            }
            ColumnMap map;
            map.m_file = file.fileName;
            map.m_sheet = sheet.name;
            map.m_headerRow = sheet.rows.at(r).number;
            map.m_rows = sheet.rows.mid(r + 1);
            map.m_columns = m.columns;
            map.m_headers = m.headers;
            found << map;
            break; // the sheet's first header row is its table's
        }
    }
    if (!found.isEmpty())
        return found;
    QStringList wanted;
    for (const ColumnSpec &spec : columns) {
        if (spec.required && !best.columns.contains(spec.key))
            wanted << describe(spec);
    }
    ExchangeProblem place {file.fileName, {}, 0, -1, {}, {}};
    if (!bestSheet || best.required == 0) {
        place.message = tr("no header row names the columns this import needs: %1 (looked in "
                           "the first %2 rows of every sheet).")
                            .arg(wanted.join(tr(", ")))
                            .arg(RowsSearched);
    } else {
        place.sheet = bestSheet->name;
        place.message = tr("the header row lacks the columns %1.").arg(wanted.join(tr(", ")));
    }
    return Result<QList<ColumnMap>>::failure(place.toString());
}

SheetCell ColumnMap::cell(const SheetRow &row, const QString &key) const
{
    const auto it = m_columns.constFind(key);
    return it == m_columns.cend() ? SheetCell() : row.cell(*it);
}

ExchangeProblems ColumnMap::errorCells(const SheetRow &row) const
{
    ExchangeProblems problems;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const SheetCell cell = row.cell(it.value());
        if (cell.kind == SheetCell::Kind::Error)
            problems << problem(
                row, it.key(),
                tr("the cell holds %1, not a value; type the value itself.").arg(cell.text));
    }
    std::sort(
        problems.begin(), problems.end(),
        [](const ExchangeProblem &a, const ExchangeProblem &b) { return a.column < b.column; });
    return problems;
}

ExchangeProblem ColumnMap::problem(const SheetRow &row, const QString &key,
                                   const QString &message) const
{
    const auto it = m_columns.constFind(key);
    return {
        m_file, m_sheet, row.number, it == m_columns.cend() ? -1 : *it, m_headers.value(key, key),
        message};
}

} // namespace PlanDesk
