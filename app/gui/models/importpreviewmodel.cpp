#include "models/importpreviewmodel.h"

#include <QFileInfo>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

bool hasProblems(const ImportRow &row)
{
    return row.outcome == ImportRow::Outcome::Invalid || !row.problems.isEmpty();
}

/// The problem without the file, sheet and row its line already shows.
QString withinRow(ExchangeProblem problem)
{
    problem.file.clear();
    problem.sheet.clear();
    problem.row = 0;
    return problem.toString();
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    filter();
    endResetModel();
}

void ImportPreviewModel::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    beginResetModel();
    m_problemsOnly = on;
    filter();
    endResetModel();
}

void ImportPreviewModel::filter()
{
    m_shown.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_problemsOnly || hasProblems(m_rows.at(i)))
            m_shown << i;
    }
}

int ImportPreviewModel::shownRow(const QString &file, const QString &sheet, int row) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        const ImportRow &r = m_rows.at(m_shown.at(i));
        if (r.row == row && r.sheet == sheet && r.file == file)
            return i;
    }
    return -1;
}

const ImportRow &ImportPreviewModel::importRow(int shownRow) const
{
    return m_rows.at(m_shown.at(shownRow));
}

QString ImportPreviewModel::symbol(ImportRow::Outcome outcome)
{
    switch (outcome) {
    case ImportRow::Outcome::New:
        return u"+"_s;
    case ImportRow::Outcome::Replaces:
        return u"↻"_s;
    case ImportRow::Outcome::Unchanged:
        return u"="_s;
    case ImportRow::Outcome::Skipped:
        return u"–"_s;
    case ImportRow::Outcome::Invalid:
        break;
    }
    return u"✗"_s;
}

QString ImportPreviewModel::outcomeName(ImportRow::Outcome outcome)
{
    switch (outcome) {
    case ImportRow::Outcome::New:
        return tr("New");
    case ImportRow::Outcome::Replaces:
        return tr("Corrects");
    case ImportRow::Outcome::Unchanged:
        return tr("Unchanged");
    case ImportRow::Outcome::Skipped:
        return tr("Left blank");
    case ImportRow::Outcome::Invalid:
        break;
    }
    return tr("Problem");
}

QColor ImportPreviewModel::colour(ImportRow::Outcome outcome)
{
    switch (outcome) {
    case ImportRow::Outcome::New:
        return QColor(0x2e, 0x7d, 0x32);
    case ImportRow::Outcome::Replaces:
        return QColor(0x15, 0x65, 0xc0);
    case ImportRow::Outcome::Unchanged:
    case ImportRow::Outcome::Skipped:
        return QColor(0x61, 0x61, 0x61);
    case ImportRow::Outcome::Invalid:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::display(const ImportRow &row, int column) const
{
    switch (column) {
    case FileColumn:
        return QFileInfo(row.file).fileName();
    case SheetColumn:
        return row.sheet;
    case RowColumn:
        return row.row > 0 ? QVariant(row.row) : QVariant();
    case OutcomeColumn:
        return u"%1 %2"_s.arg(symbol(row.outcome), outcomeName(row.outcome));
    case SubjectColumn:
        return row.subject;
    case ChangeColumn:
        if (row.before.isEmpty() || row.before == row.after)
            return row.after;
        return tr("%1 → %2", "the record before → the record after").arg(row.before, row.after);
    case ProblemsColumn: {
        QStringList problems;
        for (const ExchangeProblem &p : row.problems)
            problems << withinRow(p);
        return problems.join(u"; "_s);
    }
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const ImportRow &row = m_rows.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return row.file;
        if (index.column() == ProblemsColumn && !row.problems.isEmpty()) {
            QStringList lines;
            for (const ExchangeProblem &p : row.problems)
                lines << p.toString();
            return lines.join(u'\n');
        }
        return display(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn
            || (index.column() == ProblemsColumn && !row.problems.isEmpty()))
            return colour(hasProblems(row) ? ImportRow::Outcome::Invalid : row.outcome);
        return {};
    case Qt::FontRole:
        if (index.column() == OutcomeColumn && hasProblems(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OutcomeRole:
        return static_cast<int>(row.outcome);
    case FileRole:
        return row.file;
    case RowRole:
        return row.row;
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case SheetColumn:
        return tr("Sheet");
    case RowColumn:
        return tr("Row");
    case OutcomeColumn:
        return tr("Outcome");
    case SubjectColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Before → after");
    case ProblemsColumn:
        return tr("Problems");
    default:
        break;
    }
    return {};
}

} // namespace PlanDesk
