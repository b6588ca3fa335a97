#include "models/carrieditemtablemodel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

CarriedItemTableModel::CarriedItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CarriedItemTableModel::~CarriedItemTableModel() = default;

void CarriedItemTableModel::setItems(const QList<CarriedItem> &items,
                                     const QHash<qint64, QString> &departments,
                                     const QHash<qint64, QList<ActionReview>> &histories,
                                     const QHash<qint64, QDate> &meetingDates)
{
    beginResetModel();
    m_items = items;
    m_departments = departments;
    m_histories = histories;
    m_meetingDates = meetingDates;
    endResetModel();
}

int CarriedItemTableModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).item.id == itemId)
            return row;
    }
    return -1;
}

QString CarriedItemTableModel::history(int row) const
{
    const CarriedItem &c = m_items.at(row);
    const QLocale locale;
    QStringList lines {tr("Raised at the meeting of %1; due %2.")
                           .arg(locale.toString(c.raisedOn, QLocale::ShortFormat),
                                locale.toString(c.item.dueOn, QLocale::ShortFormat))};
    for (const ActionReview &r : m_histories.value(c.item.id)) {
        const QString date =
            locale.toString(m_meetingDates.value(r.meetingId), QLocale::ShortFormat);
        lines << (r.note.isEmpty()
                      ? tr("Meeting of %1: %2").arg(date, displayName(r.status))
                      : tr("Meeting of %1: %2 — %3").arg(date, displayName(r.status), r.note));
    }
    if (m_histories.value(c.item.id).isEmpty())
        lines << tr("No follow-up recorded yet.");
    return lines.join(u'\n');
}

int CarriedItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CarriedItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CarriedItemTableModel::displayData(const CarriedItem &c, int column) const
{
    const QLocale locale;
    switch (column) {
    case RaisedOn:
        return locale.toString(c.raisedOn, QLocale::ShortFormat);
    case Owner:
        return m_departments.value(c.item.ownerDepartmentId);
    case Description:
        return c.item.description;
    case Due:
        return locale.toString(c.item.dueOn, QLocale::ShortFormat);
    case Status:
        return displayName(c.item.status);
    case Recorded:
        if (!c.review)
            return tr("—", "no follow-up recorded at this meeting");
        return c.review->note.isEmpty() ? displayName(c.review->status)
                                        : tr("%1: %2", "a follow-up's status: its note")
                                              .arg(displayName(c.review->status), c.review->note);
    default:
        return {};
    }
}

QVariant CarriedItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CarriedItem &c = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case Qt::ToolTipRole:
    case HistoryRole:
        return history(index.row());
    case IdRole:
        return c.item.id;
    case ReviewIdRole:
        return c.review ? c.review->id : qint64(0);
    default:
        return {};
    }
}

QVariant CarriedItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RaisedOn:
        return tr("Raised on");
    case Owner:
        return tr("Owner");
    case Description:
        return tr("Action");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status now");
    case Recorded:
        return tr("Recorded at this meeting");
    default:
        return {};
    }
}

} // namespace PlanDesk
