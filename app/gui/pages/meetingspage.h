#pragma once

#include <memory>

#include <QWidget>

#include "domain/entities.h"

namespace Ui {
class MeetingsPage;
}

namespace PlanDesk {

class LazyReload;

class ActionItemTableModel;
class ActionItemsPanel;
class CarriedItemTableModel;
class CarryOverPanel;
class Database;
class MeetingDrafting;
class MeetingEditor;
class MeetingListModel;
class MinutesApproval;
class Workspace;

/// The plan's meetings, newest first, beside an editor for the selected one
/// and its action items (督办事项), the items carried over from earlier
/// meetings, and its approval. Meeting fields are saved with Save (Ctrl+S)
/// as one undoable edit; creating and deleting meetings and action items,
/// and recording follow-ups, are undoable edits of their own. Approved
/// minutes are locked (no edits, no deletion); they are amended instead. Leaving a meeting with
/// unsaved changes asks whether to save them. Reloads whenever the ledger changes.
class MeetingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsPage)

public:
    explicit MeetingsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~MeetingsPage() override;

    MeetingListModel *meetingModel() const { return m_meetingModel; }
    ActionItemTableModel *actionModel() const;
    CarriedItemTableModel *carryOverModel() const;
    /// The meeting in the editor, 0 when none.
    qint64 currentMeetingId() const;
    bool hasUnsavedChanges() const;
    /// Offers to save unsaved changes (Save / Discard / Cancel) before the
    /// editor shows something else; false when the user cancels.
    bool maySwitchAway();
    /// Saves the editor's changes as one undoable edit; false on failure.
    bool save();

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void selectMeeting(qint64 id);
    void loadMeeting(qint64 id);
    void currentMeetingChanged();
    void updateSaveState();
    void discardChanges();
    void newMeeting();
    void deleteMeeting();
    /// "2020年第1次例会": the regular meetings of that year so far, the one
    /// being titled (`except`) not counted.
    QString defaultTitle(const QDate &date, qint64 except = 0) const;
    /// A new meeting's default title follows its date until the title is edited.
    void retitleForDate(const QDate &date);
    void sizeColumns();

    Workspace &m_workspace;
    std::unique_ptr<Ui::MeetingsPage> m_ui;
    MeetingListModel *m_meetingModel;
    MeetingEditor *m_editor;
    ActionItemsPanel *m_actions;
    MinutesApproval *m_approval;
    CarryOverPanel *m_carryOver;
    MeetingDrafting *m_drafting;
    /// The database shown; another one (File ▸ Open) drops unsaved edits.
    const Database *m_database = nullptr;
    QString m_databasePath;
    int m_currentRow = 0;
    bool m_selecting = false;
    bool m_columnsSized = false;
    qint64 m_defaultTitledId = 0; ///< the new meeting still under its default title
    QString m_defaultTitle;
    LazyReload *m_lazyReload = nullptr; ///< reloads when shown, not while hidden
};

} // namespace PlanDesk
