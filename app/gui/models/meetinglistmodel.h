#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "domain/entities.h"

namespace PlanDesk {

/// A plan's meetings as a read-only list, newest first: date, kind, title and
/// whether the minutes are approved (the date in the tooltip). Sample
/// meetings (`plandesk init --demo`) are in italics and say so in their tooltip.
class MeetingListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingListModel)

public:
    enum Column { Date, Kind, Title, State, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        HeldOnRole, ///< QDate
        SampleRole, ///< bool
    };

    explicit MeetingListModel(QObject *parent = nullptr);
    ~MeetingListModel() override;

    /// Replaces the list; the order given does not matter.
    void setMeetings(QList<Meeting> meetings);
    /// The row showing meeting `id`, or -1.
    int rowOf(qint64 id) const;
    const Meeting &meetingAt(int row) const { return m_meetings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Meeting &meeting, int column) const;
    QVariant toolTip(const Meeting &meeting, int column) const;

    QList<Meeting> m_meetings;
};

} // namespace PlanDesk
