#include "pages/meetingdrafting.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTextCursor>
#include <QTextDocumentFragment>

#include "editing/workspace.h"
#include "pages/actionitemspanel.h"
#include "pages/meetingeditor.h"
#include "report/agendaproposal.h"
#include "report/briefing.h"
#include "ui_meetingspage.h"

namespace PlanDesk {

MeetingDrafting::MeetingDrafting(Workspace &workspace, Ui::MeetingsPage &ui, MeetingEditor &editor,
                                 ActionItemsPanel &actions, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_ui(ui)
    , m_editor(editor)
    , m_actions(actions)
    , m_fromSelection(new QAction(tr("New Action Item from Selection"), this))
{
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_fromSelection->setShortcut(keys);
    m_fromSelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui.minutesEdit->addAction(m_fromSelection);
    m_ui.itemFromSelectionButton->setToolTip(
        tr("Make the selected words of the minutes an action item (%1)")
            .arg(keys.toString(QKeySequence::NativeText)));
    m_ui.proposeAgendaButton->setToolTip(
        tr("Fill the agenda from the open action items, red tasks and lagging targets on the "
           "meeting's date"));
    m_ui.minutesEdit->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_fromSelection, &QAction::triggered, this, &MeetingDrafting::itemFromSelection);
    connect(m_ui.itemFromSelectionButton, &QPushButton::clicked, this,
            &MeetingDrafting::itemFromSelection);
    connect(m_ui.proposeAgendaButton, &QPushButton::clicked, this, &MeetingDrafting::proposeAgenda);
    connect(m_ui.minutesEdit, &QTextEdit::copyAvailable, this, &MeetingDrafting::updateState);
    connect(m_ui.minutesEdit, &QWidget::customContextMenuRequested, this,
            &MeetingDrafting::showMinutesMenu);
    updateState();
}

MeetingDrafting::~MeetingDrafting() = default;

void MeetingDrafting::updateState()
{
    const bool draft = m_editor.meetingId() != 0 && !m_editor.isLocked();
    m_ui.proposeAgendaButton->setEnabled(draft);
    const bool selection = draft && !selectedMinutes().isEmpty();
    m_ui.itemFromSelectionButton->setEnabled(selection);
    m_fromSelection->setEnabled(selection);
}

QString MeetingDrafting::selectedMinutes() const
{
    return m_ui.minutesEdit->textCursor().selection().toPlainText().trimmed();
}

void MeetingDrafting::showMinutesMenu(const QPoint &pos)
{
    QMenu *menu = m_ui.minutesEdit->createStandardContextMenu(pos);
    updateState();
    menu->addSeparator();
    menu->addAction(m_fromSelection);
    menu->exec(m_ui.minutesEdit->viewport()->mapToGlobal(pos));
    delete menu;
}

void MeetingDrafting::proposeAgenda()
{
    if (m_editor.meetingId() == 0 || m_editor.isLocked())
        return;
    // The date as edited: the agenda is for the day the meeting is held.
    const QDate heldOn = m_ui.dateEdit->date();
    const Result<Briefing> briefing =
        BriefingLoader(m_workspace.database()).load(m_workspace.planId(), heldOn);
    if (!briefing) {
        emit errorOccurred(briefing.error());
        return;
    }
    const QString text =
        AgendaProposer::toText(AgendaProposer::propose(*briefing, m_editor.meetingId()));
    QPlainTextEdit *agenda = m_ui.agendaEdit;
    if (!agenda->toPlainText().trimmed().isEmpty()
        && QMessageBox::question(agenda, tr("Propose Agenda"),
                                 tr("Replace the agenda written so far with the proposed one?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    // Through a cursor, not setPlainText(): the change stays an unsaved edit
    // that Ctrl+Z in the field can take back.
    QTextCursor cursor(agenda->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_ui.editorTabs->setCurrentWidget(m_ui.agendaTab);
}

void MeetingDrafting::itemFromSelection()
{
    if (m_editor.meetingId() == 0 || m_editor.isLocked())
        return;
    const QString text = selectedMinutes();
    if (text.isEmpty()) {
        QMessageBox::information(m_ui.minutesEdit, tr("New Action Item from Selection"),
                                 tr("Select the words of a decision in the minutes first."));
        return;
    }
    m_actions.addItemDescribed(text);
}

} // namespace PlanDesk
