#pragma once

#include <QCoreApplication>
#include <QHash>

#include "exchange/columnmap.h"
#include "exchange/importpreview.h"

namespace PlanDesk {

/// One row of a file being checked, whatever it holds: its place, the
/// problems found in it, and how it ends in the preview.
class RowCheck
{
    Q_DECLARE_TR_FUNCTIONS(RowCheck)

public:
    RowCheck(const ColumnMap &file, const SheetRow &row);

    ImportRow &out() { return m_out; }
    SheetCell cell(const QString &key) const { return m_file.cell(m_row, key); }
    /// The cell as text (see CellValues::text).
    QString text(const QString &key) const;
    bool filled(const QString &key) const { return !cell(key).isEmpty(); }
    void problem(const QString &key, const QString &message);
    bool ok() const { return m_out.problems.isEmpty(); }

    /// Refuses cells whose value is unknown — a formula error, a formula
    /// saved uncalculated — and then ends the row; false when it did.
    bool valuesKnown(ImportPreview &preview);
    /// Where the import already has a row with `key`, or empty, remembering
    /// this row for the next ones.
    template<typename Key> QString earlierWith(QHash<Key, QString> &seen, const Key &key)
    {
        if (const auto it = seen.constFind(key); it != seen.cend())
            return *it;
        seen.insert(key, ExchangeProblem {m_out.file, m_out.sheet, m_out.row, -1, {}, {}}.place());
        return {};
    }
    /// Ends a row left blank: nothing to import.
    void skip(ImportPreview &preview);
    /// Ends the row: invalid when it has problems, else with its outcome.
    void finish(ImportPreview &preview);

private:
    const ColumnMap &m_file;
    const SheetRow &m_row;
    ImportRow m_out;
};

} // namespace PlanDesk
