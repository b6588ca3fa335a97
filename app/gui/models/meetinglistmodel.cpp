#include "models/meetinglistmodel.h"

#include <algorithm>

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MeetingListModel::~MeetingListModel() = default;

void MeetingListModel::setMeetings(QList<Meeting> meetings)
{
    std::sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
        return a.heldOn != b.heldOn ? a.heldOn > b.heldOn : a.id > b.id;
    });
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

int MeetingListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings.at(row).id == id)
            return row;
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &meeting = m_meetings.at(index.row());
    switch (role) {
    case IdRole:
        return meeting.id;
    case HeldOnRole:
        return meeting.heldOn;
    case SampleRole:
        return meeting.sample;
    case Qt::DisplayRole:
        return displayData(meeting, index.column());
    case Qt::ToolTipRole:
        return toolTip(meeting, index.column());
    case Qt::FontRole:
        if (meeting.sample) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return meeting.sample ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    default:
        return {};
    }
}

QVariant MeetingListModel::displayData(const Meeting &meeting, int column) const
{
    const QLocale locale;
    switch (column) {
    case Date:
        return locale.toString(meeting.heldOn, QLocale::ShortFormat);
    case Kind:
        return displayName(meeting.kind);
    case Title:
        return meeting.title;
    case State:
        return meeting.approval == Approval::Approved ? tr("Approved") : tr("Draft");
    default:
        return {};
    }
}

QVariant MeetingListModel::toolTip(const Meeting &meeting, int column) const
{
    QStringList lines;
    if (column == Title)
        lines << meeting.title;
    if (column == State && meeting.approval == Approval::Approved)
        lines << tr("Minutes approved on %1")
                     .arg(QLocale().toString(meeting.approvedOn, QLocale::ShortFormat));
    if (meeting.sample)
        lines << tr("Sample data (from “plandesk init --demo”), not the office's records");
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case State:
        return tr("Approval");
    default:
        return {};
    }
}

} // namespace PlanDesk
