#include "models/roundstatusmodel.h"

#include <QColor>
#include <QLocale>

#include "rules/reminders.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

RoundStatusModel::RoundStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoundStatusModel::setStatus(const RoundStatus &status, const SupervisionData &data)
{
    beginResetModel();
    m_status = status;
    m_departmentNames.clear();
    for (qint64 id : m_status.departmentIds)
        m_departmentNames << data.departmentName(id);
    m_taskLabels.clear();
    m_taskTitles.clear();
    for (qint64 id : m_status.taskIds) {
        m_taskLabels << shortTaskLabel(data, id);
        m_taskTitles << Reminders::taskLabel(data, id);
    }
    endResetModel();
}

QString RoundStatusModel::symbol(ReportState state)
{
    switch (state) {
    case ReportState::OnTime:
        return u"✓"_s;
    case ReportState::Late:
        return u"!"_s;
    case ReportState::Missing:
        return u"✗"_s;
    case ReportState::Pending:
        break;
    }
    return u"…"_s;
}

QString RoundStatusModel::stateName(ReportState state)
{
    switch (state) {
    case ReportState::OnTime:
        return tr("On time");
    case ReportState::Late:
        return tr("Late");
    case ReportState::Missing:
        return tr("Missing");
    case ReportState::Pending:
        break;
    }
    return tr("Pending");
}

QColor RoundStatusModel::colour(ReportState state)
{
    switch (state) {
    case ReportState::OnTime:
        return QColor(0x2e, 0x7d, 0x32);
    case ReportState::Late:
        return QColor(0xe6, 0x51, 0x00);
    case ReportState::Missing:
        return QColor(0xc6, 0x28, 0x28);
    case ReportState::Pending:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QString RoundStatusModel::shortTaskLabel(const SupervisionData &data, qint64 taskId)
{
    const TaskOverview *t = data.task(taskId);
    if (!t)
        return QString::number(taskId);
    if (t->task.parentId) {
        const TaskOverview *parent = data.task(*t->task.parentId);
        return u"%1.%2"_s.arg(parent ? parent->task.number : 0).arg(t->task.number);
    }
    if (t->group.kind == GroupKind::Safeguard)
        return tr("M%1", "safeguard measure number, as a short column heading").arg(t->task.number);
    return QString::number(t->task.number);
}

int RoundStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_status.departmentIds.size());
}

int RoundStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_status.departmentIds.isEmpty() ? 0 : tallyColumn() + 1;
}

QVariant RoundStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 department = m_status.departmentIds.at(index.row());
    if (role == DepartmentIdRole)
        return department;
    if (index.column() == tallyColumn())
        return tallyData(department, role);
    const qint64 task = m_status.taskIds.at(index.column());
    if (role == TaskIdRole)
        return task;
    if (role == Qt::TextAlignmentRole)
        return Qt::AlignCenter;
    return cellData(m_status.find(task, department), role);
}

QVariant RoundStatusModel::cellData(const Obligation *o, int role) const
{
    if (!o)
        return role == Qt::ToolTipRole ? tr("Owes no report on this task") : QVariant();
    const QString due = QLocale().toString(m_status.round.dueOn, QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
        return symbol(o->state);
    case StateRole:
        return static_cast<int>(o->state);
    case Qt::ForegroundRole:
        return colour(o->state);
    case Qt::ToolTipRole:
        if (o->report)
            return tr("%1 (%2): handed in on %3, %4% done")
                .arg(stateName(o->state), displayName(o->role),
                     QLocale().toString(o->report->reportedOn, QLocale::ShortFormat))
                .arg(o->report->percent);
        return tr("%1 (%2): owed by %3").arg(stateName(o->state), displayName(o->role), due);
    default:
        return {};
    }
}

QVariant RoundStatusModel::tallyData(qint64 departmentId, int role) const
{
    const ReportTally t = m_status.tallyOf(departmentId);
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 / %2 / %3 / %4"_s.arg(t.owed).arg(t.onTime).arg(t.late).arg(t.missing);
    case Qt::ToolTipRole:
        return tr("Owes %1, on time %2, late %3, missing %4, pending %5")
            .arg(t.owed)
            .arg(t.onTime)
            .arg(t.late)
            .arg(t.missing)
            .arg(t.pending);
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    default:
        return {};
    }
}

QVariant RoundStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_departmentNames.size())
            return m_departmentNames.at(section);
        return {};
    }
    if (section == tallyColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Owed / on time / late / missing");
        return {};
    }
    if (section < 0 || section >= m_taskLabels.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_taskLabels.at(section);
    if (role == Qt::ToolTipRole)
        return m_taskTitles.at(section);
    return {};
}

} // namespace PlanDesk
