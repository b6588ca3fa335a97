#include "models/actionitemtablemodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ActionItemTableModel::ActionItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ActionItemTableModel::~ActionItemTableModel() = default;

void ActionItemTableModel::setItems(const QList<ActionItem> &items,
                                    const QHash<qint64, QString> &departments,
                                    const QHash<qint64, QString> &tasks, const QDate &asOf)
{
    beginResetModel();
    m_items = items;
    m_departments = departments;
    m_tasks = tasks;
    m_asOf = asOf;
    endResetModel();
}

int ActionItemTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int ActionItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ActionItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActionItemTableModel::isOverdue(const ActionItem &item) const
{
    return (item.status == ActionStatus::Open || item.status == ActionStatus::InProgress)
        && m_asOf.isValid() && item.dueOn < m_asOf;
}

QVariant ActionItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return item.id;
    case TaskIdRole:
        return item.taskId.value_or(0);
    case StatusRole:
        return static_cast<int>(item.status);
    case OverdueRole:
        return isOverdue(item);
    case SampleRole:
        return item.sample;
    case Qt::DisplayRole:
        return displayData(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case Qt::FontRole: {
        const bool overdueDate = column == Due && isOverdue(item);
        if (!item.sample && !overdueDate)
            return {};
        QFont font;
        font.setItalic(item.sample);
        font.setBold(overdueDate);
        return font;
    }
    case Qt::ForegroundRole:
        if (column == Due && isOverdue(item))
            return QColor(0xc6, 0x28, 0x28);
        return item.sample ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    default:
        return {};
    }
}

QVariant ActionItemTableModel::displayData(const ActionItem &item, int column) const
{
    const QLocale locale;
    switch (column) {
    case Owner:
        return m_departments.value(item.ownerDepartmentId);
    case Task:
        return item.taskId ? m_tasks.value(*item.taskId) : u"—"_s;
    case Description:
        return item.description;
    case Due:
        return locale.toString(item.dueOn, QLocale::ShortFormat);
    case Status:
        return displayName(item.status);
    case ClosedOn:
        return item.closedOn.isValid() ? locale.toString(item.closedOn, QLocale::ShortFormat)
                                       : QString();
    default:
        return {};
    }
}

QVariant ActionItemTableModel::toolTip(const ActionItem &item, int column) const
{
    QStringList lines;
    if (column == Due && isOverdue(item))
        lines << tr("Overdue: due %1 and not done yet")
                     .arg(QLocale().toString(item.dueOn, QLocale::ShortFormat));
    if (column == Description) {
        lines << item.description;
        if (!item.followUp.isEmpty())
            lines << tr("Follow-up: %1").arg(item.followUp);
    }
    if (column == Owner)
        lines << m_departments.value(item.ownerDepartmentId);
    if (column == Task && item.taskId)
        lines << m_tasks.value(*item.taskId);
    if (item.sample)
        lines << tr("Sample data (from “plandesk init --demo”), not the office's records");
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}

QVariant ActionItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Owner:
        return tr("Owner");
    case Task:
        return tr("Task");
    case Description:
        return tr("Action");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case ClosedOn:
        return tr("Closed on");
    default:
        return {};
    }
}

} // namespace PlanDesk
