#pragma once

#include <QObject>

namespace Ui {
class MeetingsPage;
}

class QAction;

namespace PlanDesk {

class ActionItemsPanel;
class MeetingEditor;
class Workspace;

/// Helpers for drafting a meeting on the Meetings page: Propose Agenda fills
/// the agenda from the standing on the meeting's date (open action items of
/// earlier meetings, red tasks, targets behind their path) as an ordinary
/// unsaved edit; New Action Item from Selection (button, context menu of the
/// minutes, Ctrl+Shift+A) turns a decision's words in the minutes into an
/// action item. Both are offered for drafts only.
class MeetingDrafting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingDrafting)

public:
    MeetingDrafting(Workspace &workspace, Ui::MeetingsPage &ui, MeetingEditor &editor,
                    ActionItemsPanel &actions, QObject *parent = nullptr);
    ~MeetingDrafting() override;

    /// Enables what fits the meeting in the editor and the selection.
    void updateState();
    void proposeAgenda();
    void itemFromSelection();
    /// The selected minutes as plain text, trimmed.
    QString selectedMinutes() const;

signals:
    void errorOccurred(const QString &message);

private:
    void showMinutesMenu(const QPoint &pos);

    Workspace &m_workspace;
    Ui::MeetingsPage &m_ui;
    MeetingEditor &m_editor;
    ActionItemsPanel &m_actions;
    QAction *m_fromSelection;
};

} // namespace PlanDesk
