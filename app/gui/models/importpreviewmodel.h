#pragma once

#include <QAbstractTableModel>
#include <QColor>

#include "exchange/importpreview.h"

namespace PlanDesk {

/// The rows of an import preview, one per row read from the files: where it
/// is (file, sheet, row), what importing it would do as a symbol that reads
/// without colour (+ new, ↻ corrects, = unchanged, – blank, ✗ problem) and in
/// colour, what it is about, the record before → after, and its problems.
/// Can show only the rows with problems. Read-only.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column {
        FileColumn,
        SheetColumn,
        RowColumn,
        OutcomeColumn,
        SubjectColumn,
        ChangeColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< int ImportRow::Outcome
        FileRole, ///< QString, the file's full path
        RowRole, ///< int, the row's number in its sheet
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview);
    /// Hides the rows without problems, or shows every row again.
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }
    /// The shown row holding `row` of `file`, or -1 when it is not shown.
    int shownRow(const QString &file, const QString &sheet, int row) const;
    const ImportRow &importRow(int shownRow) const;

    /// "+", "↻", "=", "–" or "✗".
    static QString symbol(ImportRow::Outcome outcome);
    /// "New", "Corrects", "Unchanged", "Left blank", "Problem".
    static QString outcomeName(ImportRow::Outcome outcome);
    static QColor colour(ImportRow::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void filter();
    QVariant display(const ImportRow &row, int column) const;

    QList<ImportRow> m_rows;
    QList<int> m_shown; ///< indexes into m_rows
    bool m_problemsOnly = false;
};

} // namespace PlanDesk
