#include "models/tasktreemodel.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

#include "widgets/paceicons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

TaskTreeModel::TaskTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

TaskTreeModel::~TaskTreeModel() = default;

void TaskTreeModel::setPlan(const QList<TaskGroup> &groups, const QList<TaskOverview> &tasks,
                            const QDate &asOf, const QHash<qint64, Task> &standing)
{
    beginResetModel();
    m_root.children.clear();
    m_asOf = asOf;
    QHash<qint64, Node *> groupNodes;
    QHash<qint64, Node *> taskNodes;
    for (const TaskGroup &group : groups) {
        auto node = std::make_unique<Node>();
        node->parent = &m_root;
        node->row = static_cast<int>(m_root.children.size());
        node->isGroup = true;
        node->group = group;
        groupNodes.insert(group.id, node.get());
        m_root.children.push_back(std::move(node));
    }
    // The repository returns tasks in document order, parents before items.
    for (const TaskOverview &task : tasks) {
        Node *parent = task.task.parentId ? taskNodes.value(*task.task.parentId)
                                          : groupNodes.value(task.task.groupId);
        if (!parent)
            continue;
        auto node = std::make_unique<Node>();
        node->parent = parent;
        node->row = static_cast<int>(parent->children.size());
        node->task = task;
        node->shown = standing.value(task.task.id, task.task);
        node->pace = assessPace(node->shown, asOf);
        taskNodes.insert(task.task.id, node.get());
        parent->children.push_back(std::move(node));
    }
    endResetModel();
}

TaskTreeModel::Node *TaskTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeFor(parent);
    return createIndex(row, column, node->children.at(static_cast<std::size_t>(row)).get());
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    if (node->parent == &m_root)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeFor(index);
    if (role == IsGroupRole)
        return node.isGroup;
    return node.isGroup ? groupData(node, index.column(), role)
                        : taskData(node, index.column(), role);
}

QVariant TaskTreeModel::groupData(const Node &node, int column, int role) const
{
    // Views span group rows across all columns, so column 0 carries the title.
    if (role == Qt::DisplayRole && column == Number)
        return u"%1 %2"_s.arg(node.group.numbering, node.group.title);
    if (role == Qt::DisplayRole && column == Title)
        return node.group.title;
    if (role == TaskIdRole)
        return qint64(0);
    if (role == GroupIdRole)
        return node.group.id;
    if (role == SortRole)
        return node.group.position; // groups keep the document's order
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant TaskTreeModel::taskData(const Node &node, int column, int role) const
{
    const Task &task = node.task.task;
    const Task &shown = node.shown;
    switch (role) {
    case TaskIdRole:
        return task.id;
    case ClauseTextRole:
        return task.text;
    case PaceLightRole:
        return static_cast<int>(node.pace.light);
    case GroupIdRole:
        return task.groupId;
    case LeadRole:
        return node.task.lead;
    case CooperatingRole:
        return node.task.cooperating;
    case StatusRole:
        return static_cast<int>(shown.status);
    case OverdueRole:
        return node.pace.overdue;
    case IsWorkItemRole:
        return task.parentId.has_value();
    case SortRole:
        switch (column) {
        case Number:
            return task.number;
        case Start:
            return task.startOn;
        case Due:
            return task.dueOn;
        case Percent:
            return shown.percent;
        case Pace:
            return node.pace.behindBy;
        default:
            return taskData(node, column, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QStringList {QString::number(task.number), task.title, task.text, node.task.lead,
                            node.task.cooperating.join(u' ')}
            .join(u'\n');
    case Qt::BackgroundRole:
        // Overdue rows stand out across the whole row.
        return node.pace.overdue ? QVariant(QColor(0xfd, 0xec, 0xea)) : QVariant();
    case Qt::ToolTipRole:
        if (column == Pace)
            return tr("Expected %1% by %2, reported %3%")
                .arg(node.pace.expectedPercent)
                .arg(QLocale().toString(m_asOf, QLocale::ShortFormat))
                .arg(shown.percent);
        if (column == Title)
            return task.text;
        // A past as-of date shows the task as it stood then; say what it is now.
        if ((column == Percent || column == Status)
            && (shown.percent != task.percent || shown.status != task.status))
            return tr("%1% (%2) as reported by %3; now %4% (%5)")
                .arg(shown.percent)
                .arg(displayName(shown.status), QLocale().toString(m_asOf, QLocale::ShortFormat))
                .arg(task.percent)
                .arg(displayName(task.status));
        if (isSampleColumn(node, column))
            return tr("Sample data (from “plandesk init --demo”), not the office's records");
        return {};
    case Qt::FontRole:
        if (isSampleColumn(node, column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return isSampleColumn(node, column) ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    case Qt::DecorationRole:
        return column == Pace ? QVariant(paceIcon(node.pace.light)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Number || column == Percent ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case Number:
        return task.parentId ? u"%1.%2"_s.arg(node.parent->task.task.number).arg(task.number)
                             : QString::number(task.number);
    case Title:
        return task.title;
    case Lead:
        return node.task.lead;
    case Cooperating:
        return node.task.cooperating.join(u"、"_s);
    case Start:
        return locale.toString(task.startOn, QLocale::ShortFormat);
    case Due:
        return locale.toString(task.dueOn, QLocale::ShortFormat);
    case Percent:
        return locale.toString(shown.percent) + locale.percent();
    case Status:
        return displayName(shown.status);
    case Pace:
        return node.pace.overdue ? tr("Overdue") : PlanDesk::paceText(node.pace.light);
    default:
        return {};
    }
}

bool TaskTreeModel::isSampleColumn(const Node &node, int column)
{
    // Progress that came from sample reports is shown as such, in italics.
    return node.task.sampleProgress && (column == Percent || column == Status || column == Pace);
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Title:
        return tr("Task");
    case Lead:
        return tr("Lead department");
    case Cooperating:
        return tr("Cooperating departments");
    case Start:
        return tr("Start");
    case Due:
        return tr("Due");
    case Percent:
        return tr("Percent done");
    case Status:
        return tr("Status");
    case Pace:
        return tr("Pace");
    default:
        return {};
    }
}

std::optional<TaskOverview> TaskTreeModel::taskAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const Node &node = *nodeFor(index);
    return node.isGroup ? std::nullopt : std::optional(node.task);
}

} // namespace PlanDesk
