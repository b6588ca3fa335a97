#include "models/progresstablemodel.h"

#include <algorithm>

#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ProgressTableModel::ProgressTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProgressTableModel::setReports(const QList<ProgressReport> &reports,
                                    const QHash<qint64, TaskLabel> &tasks,
                                    const QHash<qint64, QString> &departments)
{
    beginResetModel();
    m_reports = reports;
    std::stable_sort(m_reports.begin(), m_reports.end(),
                     [](const ProgressReport &a, const ProgressReport &b) {
                         return a.reportedOn > b.reportedOn;
                     });
    m_tasks = tasks;
    m_departments = departments;
    endResetModel();
}

int ProgressTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

int ProgressTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProgressReport &r = m_reports.at(index.row());
    const TaskLabel task = m_tasks.value(r.taskId);
    const QLocale locale;
    switch (role) {
    case ReportIdRole:
        return r.id;
    case DepartmentRole:
        return m_departments.value(r.departmentId);
    case Qt::FontRole:
        if (r.sample) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return r.sample ? tr("Sample data (from “plandesk init --demo”)") : r.text;
    case Qt::TextAlignmentRole:
        return index.column() == Percent ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Percent:
            return r.percent;
        case ReportedOn:
            return r.reportedOn;
        case Task:
            return task.number;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Period:
            return r.period;
        case Task:
            if (task.workItem)
                return u"%1.%2 %3"_s.arg(task.parentNumber).arg(task.number).arg(task.title);
            // Safeguard measures are numbered 1–5 like tasks 1–5: say which.
            if (task.safeguard)
                return tr("Safeguard %1 %2").arg(task.number).arg(task.title);
            return u"%1 %2"_s.arg(task.number).arg(task.title);
        case Department:
            return m_departments.value(r.departmentId);
        case Percent:
            return locale.toString(r.percent) + locale.percent();
        case Status:
            return displayName(r.status);
        case ReportedOn:
            return locale.toString(r.reportedOn, QLocale::ShortFormat);
        case Text:
            return r.text;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period:
        return tr("Period");
    case Task:
        return tr("Task");
    case Department:
        return tr("Department");
    case Percent:
        return tr("Percent done");
    case Status:
        return tr("Status");
    case ReportedOn:
        return tr("Reported on");
    case Text:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace PlanDesk
