#pragma once

#include <QHash>
#include <QObject>

#include "domain/entities.h"

namespace Ui {
class MeetingsPage;
}

namespace PlanDesk {

class CarriedItemTableModel;
class Workspace;

/// The "Carried Over" tab of the Meetings page: the action items of earlier
/// meetings still open on this meeting's date, what this meeting recorded of
/// each, and the item's history below the table. Record Follow-up… (or
/// Enter, or a double click) records a review as an undoable edit; nothing
/// can be recorded at approved minutes.
class CarryOverPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarryOverPanel)

public:
    CarryOverPanel(Workspace &workspace, Ui::MeetingsPage &ui, QObject *parent = nullptr);
    ~CarryOverPanel() override;

    CarriedItemTableModel *model() const { return m_model; }
    /// Department names for the owners.
    void setDepartments(const QList<Department> &departments);
    /// Shows the items carried into `meeting` as stored (id 0: none).
    void showMeeting(const Meeting &meeting);
    /// Reads the items again, keeping the selected one.
    void reload();

    void recordFollowUp();

signals:
    void errorOccurred(const QString &message);

private:
    void updateState();

    Workspace &m_workspace;
    Ui::MeetingsPage &m_ui;
    CarriedItemTableModel *m_model;
    Meeting m_meeting;
    QHash<qint64, QString> m_departmentNames;
};

} // namespace PlanDesk
