#include "models/assessmenttablemodel.h"

#include <limits>

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString dash = u"—"_s;

const ScoreTally *tallyOf(const Scorecard &card, int column)
{
    switch (column) {
    case AssessmentTableModel::Reporting:
        return &card.reporting;
    case AssessmentTableModel::Pace:
        return &card.pace;
    case AssessmentTableModel::Actions:
        return &card.actions;
    default:
        return nullptr;
    }
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 1) + QLocale().percent();
}

} // namespace

AssessmentTableModel::AssessmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AssessmentTableModel::setAssessment(const Assessment &assessment)
{
    beginResetModel();
    m_assessment = assessment;
    endResetModel();
}

int AssessmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_assessment.cards.size());
}

int AssessmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Scorecard &card = m_assessment.cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(card, index.column());
    case Qt::ToolTipRole:
        return toolTip(card, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Department ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case DepartmentIdRole:
        return card.departmentId;
    case SortRole:
        return sortValue(card, index.column());
    default:
        return {};
    }
}

QVariant AssessmentTableModel::display(const Scorecard &card, int column) const
{
    switch (column) {
    case Rank:
        return card.rank > 0 ? QString::number(card.rank) : dash;
    case Department:
        return card.name;
    case Score:
        return card.score ? QLocale().toString(*card.score, 'f', 1) : dash;
    default:
        break;
    }
    const std::optional<double> rate = tallyOf(card, column)->rate();
    return rate ? percent(*rate) : dash;
}

QVariant AssessmentTableModel::sortValue(const Scorecard &card, int column) const
{
    // Ascending puts rank 1 first and the unscored last; the others sort by
    // value, nothing counted below every rate.
    switch (column) {
    case Rank:
        return card.rank > 0 ? card.rank : std::numeric_limits<int>::max();
    case Department:
        return card.name;
    case Score:
        return card.score.value_or(-1.0);
    default:
        return tallyOf(card, column)->rate().value_or(-1.0);
    }
}

QString AssessmentTableModel::toolTip(const Scorecard &card, int column) const
{
    const ScoreTally *tally = tallyOf(card, column);
    if (!tally)
        return column == Score && !card.score ? tr("Nothing counted in this period") : QString();
    if (tally->counted == 0)
        return tr("Nothing counted in this period");
    return tr("%1 of %2 met").arg(tally->met).arg(tally->counted);
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Department:
        return tr("Department");
    case Reporting:
        return tr("Reports on time");
    case Pace:
        return tr("Tasks on pace");
    case Actions:
        return tr("Action items closed on time");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace PlanDesk
