#include "models/departmenttablemodel.h"

#include <algorithm>

#include <QColor>

#include "editing/versionededit.h"
#include "editing/workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

DepartmentTableModel::DepartmentTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

DepartmentTableModel::~DepartmentTableModel() = default;

void DepartmentTableModel::setDepartments(const QList<DepartmentSummary> &departments)
{
    const bool sameRows = departments.size() == m_rows.size()
        && std::equal(departments.cbegin(), departments.cend(), m_rows.cbegin(),
                      [](const DepartmentSummary &a, const DepartmentSummary &b) {
                          return a.department.id == b.department.id;
                      });
    if (!sameRows) {
        beginResetModel();
        m_rows = departments;
        endResetModel();
        return;
    }
    m_rows = departments;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DepartmentTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).department.id == id)
            return row;
    }
    return -1;
}

QStringList DepartmentTableModel::names() const
{
    QStringList names;
    for (const DepartmentSummary &row : m_rows)
        names << row.department.name;
    return names;
}

int DepartmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DepartmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentSummary &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(row, column);
    case IdRole:
        return row.department.id;
    case SortRole:
        return sortData(row, column);
    case FilterTextRole:
        return u"%1 %2 %3"_s.arg(row.department.name, row.department.shortName,
                                 row.department.contactPerson);
    case Qt::CheckStateRole:
        return column == Active ? QVariant(row.department.active ? Qt::Checked : Qt::Unchecked)
                                : QVariant();
    case Qt::ToolTipRole:
        if (column == Name || column == ShortName || column == Kind)
            return displayData(row, column); // in case it is cut short
        if (column == Active)
            return row.department.active ? tr("Active: offered for new tasks and reports")
                                         : tr("Inactive: kept for the record only");
        return {};
    case Qt::ForegroundRole:
        // Inactive departments stay listed, greyed out.
        return row.department.active ? QVariant() : QVariant(QColor(0x75, 0x75, 0x75));
    case Qt::TextAlignmentRole:
        return column >= TasksLed ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant DepartmentTableModel::displayData(const DepartmentSummary &row, int column) const
{
    const Department &d = row.department;
    switch (column) {
    case Name:
        return d.name;
    case ShortName:
        return d.shortName;
    case Kind:
        return displayName(d.kind);
    case ContactPerson:
        return d.contactPerson;
    case Phone:
        return d.contactPhone;
    case TasksLed:
        return row.tasksLed;
    case TasksCooperating:
        return row.tasksCooperating;
    case OpenActionItems:
        return row.openActionItems;
    default:
        return {}; // Active shows its checkbox only
    }
}

QVariant DepartmentTableModel::sortData(const DepartmentSummary &row, int column) const
{
    return column == Active ? QVariant(row.department.active) : displayData(row, column);
}

QVariant DepartmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TasksLed:
            return tr("Tasks and work items of the plan it leads");
        case TasksCooperating:
            return tr("Tasks and work items of the plan it cooperates on");
        case OpenActionItems:
            return tr("Action items from meetings that are neither done nor cancelled");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Department");
    case ShortName:
        return tr("Short name");
    case Kind:
        return tr("Kind");
    case ContactPerson:
        return tr("Contact person");
    case Phone:
        return tr("Phone");
    case Active:
        return tr("Active");
    case TasksLed:
        return tr("Leads");
    case TasksCooperating:
        return tr("Cooperates");
    case OpenActionItems:
        return tr("Open items");
    default:
        return {};
    }
}

Qt::ItemFlags DepartmentTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case ShortName:
    case ContactPerson:
    case Phone:
        return flags | Qt::ItemIsEditable;
    case Active:
        return flags | Qt::ItemIsUserCheckable;
    default:
        return flags;
    }
}

bool DepartmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Department changed = m_rows.at(index.row()).department;
    const QString name = changed.name;
    if (role == Qt::CheckStateRole && index.column() == Active) {
        const bool active = value.toInt() == Qt::Checked;
        if (active == changed.active)
            return true;
        changed.active = active;
        return change(index.row(), changed,
                      active ? tr("Mark “%1” as active").arg(name)
                             : tr("Mark “%1” as inactive").arg(name));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    QString description;
    switch (index.column()) {
    case ShortName:
        if (text == changed.shortName)
            return true;
        changed.shortName = text;
        description = tr("Change the short name of “%1”").arg(name);
        break;
    case ContactPerson:
        if (text == changed.contactPerson)
            return true;
        changed.contactPerson = text;
        description = tr("Change the contact person of “%1”").arg(name);
        break;
    case Phone:
        if (text == changed.contactPhone)
            return true;
        changed.contactPhone = text;
        description = tr("Change the phone number of “%1”").arg(name);
        break;
    default:
        return false;
    }
    return change(index.row(), changed, description);
}

bool DepartmentTableModel::saveOver(const Department &mine, const Department &theirs)
{
    const int at = rowOf(mine.id);
    if (at < 0)
        return false;
    m_rows[at].department = theirs;
    Department changed = mine;
    changed.rowVersion = theirs.rowVersion;
    return change(at, changed, tr("Save my changes to “%1” over another's").arg(mine.name));
}

void DepartmentTableModel::takeTheirs(const Department &theirs)
{
    if (const int at = rowOf(theirs.id); at >= 0) {
        m_rows[at].department = theirs;
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

bool DepartmentTableModel::change(int row, const Department &changed, const QString &description)
{
    const Department old = m_rows.at(row).department;
    const Saved<Department> saved = performVersioned(
        m_workspace, description, old, changed,
        [](Database &db, const Department &d) { return DepartmentRepository(db).update(d); });
    if (!saved) {
        if (saved.isConflict())
            emit conflictOccurred(changed, *saved.conflict());
        else
            emit errorOccurred(saved.error());
        return false;
    }
    // A page listening to the workspace has reloaded the rows by now; without
    // one, the row is brought up to date here.
    if (const int at = rowOf(changed.id); at >= 0) {
        m_rows[at].department = changed;
        m_rows[at].department.rowVersion = saved.version();
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
    return true;
}

} // namespace PlanDesk
