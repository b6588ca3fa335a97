#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "repositories/actionreviewrepository.h"

namespace PlanDesk {

/// The action items an earlier meeting decided that are carried into this
/// one (still open on its date), as a read-only table: raised on, owner,
/// description, due, current status, and what this meeting recorded of it.
/// Each row's tooltip lists the item's follow-ups at every meeting.
class CarriedItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarriedItemTableModel)

public:
    enum Column { RaisedOn, Owner, Description, Due, Status, Recorded, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64, the action item's id
        ReviewIdRole, ///< qint64, this meeting's review, 0 when none yet
        HistoryRole, ///< QString, the follow-ups at each meeting, one a line
    };

    explicit CarriedItemTableModel(QObject *parent = nullptr);
    ~CarriedItemTableModel() override;

    /// `histories` maps an item id to its reviews (earliest first);
    /// `meetingDates` names the meetings by their dates.
    void setItems(const QList<CarriedItem> &items, const QHash<qint64, QString> &departments,
                  const QHash<qint64, QList<ActionReview>> &histories,
                  const QHash<qint64, QDate> &meetingDates);
    int rowOf(qint64 itemId) const;
    const CarriedItem &itemAt(int row) const { return m_items.at(row); }
    QString history(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const CarriedItem &c, int column) const;

    QList<CarriedItem> m_items;
    QHash<qint64, QString> m_departments;
    QHash<qint64, QList<ActionReview>> m_histories;
    QHash<qint64, QDate> m_meetingDates;
};

} // namespace PlanDesk
