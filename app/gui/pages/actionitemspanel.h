#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>

#include "dialogs/actionitemdialog.h"
#include "domain/entities.h"

namespace Ui {
class MeetingsPage;
}

namespace PlanDesk {

class ActionItemTableModel;
class Workspace;

/// The action-items box of the Meetings page: the meeting's items (督办事项)
/// in a table, added, edited and deleted through ActionItemDialog as
/// undoable edits. Insert adds, Enter or F2 edits, Delete deletes (after
/// asking). The items of approved minutes are neither added nor deleted,
/// and keep their wording and owner; their status and follow-up go on.
class ActionItemsPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemsPanel)

public:
    ActionItemsPanel(Workspace &workspace, Ui::MeetingsPage &ui, QObject *parent = nullptr);
    ~ActionItemsPanel() override;

    ActionItemTableModel *model() const { return m_model; }
    /// All departments (the active ones are offered as owners) and the
    /// plan's tasks as the dialog lists them.
    void setChoices(const QList<Department> &departments,
                    const QList<ActionItemDialog::TaskChoice> &tasks);
    /// Shows the items of `meeting` as stored (id 0: no meeting).
    void showMeeting(const Meeting &meeting);
    /// Reads the items again, keeping the selected one.
    void reload();
    /// The first due date among the items; invalid when there are none.
    QDate earliestDue() const;

    void addItem();
    /// Adds an item whose description is `description` (a decision taken
    /// from the minutes); the owner and due date are still to be filled in.
    void addItemDescribed(const QString &description);
    void editItem();
    void deleteItem();

signals:
    void errorOccurred(const QString &message);
    /// The items were read again (after an edit, undo or redo).
    void reloaded();

private:
    /// The meeting's date as shown in the editor.
    QDate meetingDate() const;
    bool runDialog(ActionItem &item, const QString &title);
    void updateButtons();
    bool isLocked() const;
    void selectItem(qint64 id);

    Workspace &m_workspace;
    Ui::MeetingsPage &m_ui;
    ActionItemTableModel *m_model;
    Meeting m_meeting;
    QList<Department> m_departments;
    QList<ActionItemDialog::TaskChoice> m_tasks;
    QHash<qint64, QString> m_departmentNames;
    QHash<qint64, QString> m_taskLabels;
};

} // namespace PlanDesk
