#include "pages/meetingspage.h"

#include <algorithm>
#include <functional>

#include <QDateEdit>
#include <QHeaderView>
#include <QIcon>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QShortcut>

#include "database/database.h"
#include "dialogs/conflictresolution.h"
#include "editing/meetingedits.h"
#include "editing/workspace.h"
#include "models/actionitemtablemodel.h"
#include "models/carrieditemtablemodel.h"
#include "models/meetinglistmodel.h"
#include "pages/actionitemspanel.h"
#include "pages/carryoverpanel.h"
#include "pages/meetingdrafting.h"
#include "pages/meetingeditor.h"
#include "pages/minutesapproval.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/taskrepository.h"
#include "ui_meetingspage.h"
#include "widgets/icons.h"
#include "widgets/lazyreload.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// “6 标题” for a task, “6.1 标题” for a work item, “Safeguard 2 标题” for a measure.
QList<ActionItemDialog::TaskChoice> taskChoices(const QList<TaskOverview> &tasks)
{
    QHash<qint64, int> numbers;
    for (const TaskOverview &t : tasks)
        numbers.insert(t.task.id, t.task.number);
    QList<ActionItemDialog::TaskChoice> choices;
    for (const TaskOverview &t : tasks) {
        const QString number = t.task.parentId
            ? u"%1.%2"_s.arg(numbers.value(*t.task.parentId)).arg(t.task.number)
            : QString::number(t.task.number);
        choices.append({t.task.id,
                        t.group.kind == GroupKind::Safeguard
                            ? MeetingsPage::tr("Safeguard %1 %2").arg(number, t.task.title)
                            : u"%1 %2"_s.arg(number, t.task.title)});
    }
    return choices;
}

void addShortcut(QWidget *widget, const QKeySequence &keys, Qt::ShortcutContext context,
                 const std::function<void()> &slot)
{
    auto *shortcut = new QShortcut(keys, widget);
    shortcut->setContext(context);
    QObject::connect(shortcut, &QShortcut::activated, widget, slot);
}

} // namespace

MeetingsPage::MeetingsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::MeetingsPage>())
    , m_meetingModel(new MeetingListModel(this))
{
    m_ui->setupUi(this);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &MeetingsPage::retitleForDate);
    m_editor = new MeetingEditor(*m_ui, this);
    m_actions = new ActionItemsPanel(workspace, *m_ui, this);
    m_approval = new MinutesApproval(
        workspace, *m_ui, [this] { return maySwitchAway(); }, this);
    m_carryOver = new CarryOverPanel(workspace, *m_ui, this);
    m_drafting = new MeetingDrafting(workspace, *m_ui, *m_editor, *m_actions, this);
    m_ui->meetingList->setModel(m_meetingModel);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->editorSplitter->setStretchFactor(0, 1);
    m_ui->editorSplitter->setStretchFactor(1, 1);
    m_ui->newMeetingButton->setIcon(bundledIcon(u"list-add"_s));
    m_ui->deleteMeetingButton->setIcon(bundledIcon(u"edit-delete"_s));
    m_ui->saveButton->setIcon(bundledIcon(u"document-save"_s));
    m_ui->newMeetingButton->setToolTip(tr("Add a regular meeting held today (Insert)"));
    m_ui->saveButton->setToolTip(tr("Save the changes to this meeting (Ctrl+S)"));

    connect(m_ui->meetingList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeetingsPage::currentMeetingChanged);
    connect(m_editor, &MeetingEditor::edited, this, &MeetingsPage::updateSaveState);
    connect(m_actions, &ActionItemsPanel::reloaded, this, [this] {
        m_editor->setEarliestDue(m_actions->earliestDue());
        updateSaveState();
    });
    connect(m_actions, &ActionItemsPanel::errorOccurred, this, &MeetingsPage::errorOccurred);
    connect(m_approval, &MinutesApproval::errorOccurred, this, &MeetingsPage::errorOccurred);
    connect(m_carryOver, &CarryOverPanel::errorOccurred, this, &MeetingsPage::errorOccurred);
    connect(m_drafting, &MeetingDrafting::errorOccurred, this, &MeetingsPage::errorOccurred);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MeetingsPage::save);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &MeetingsPage::discardChanges);
    connect(m_ui->newMeetingButton, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    connect(m_ui->deleteMeetingButton, &QPushButton::clicked, this, &MeetingsPage::deleteMeeting);

    // Ctrl+N belongs to File ▸ New database; a meeting is added with Insert.
    addShortcut(this, QKeySequence::Save, Qt::WidgetWithChildrenShortcut, [this] { save(); });
    addShortcut(m_ui->meetingList, Qt::Key_Insert, Qt::WidgetShortcut, [this] { newMeeting(); });
    addShortcut(m_ui->meetingList, QKeySequence::Delete, Qt::WidgetShortcut,
                [this] { deleteMeeting(); });

    m_lazyReload = new LazyReload(*this, [this] { reload(); });
    connect(&m_workspace, &Workspace::ledgerChanged, m_lazyReload, &LazyReload::request);
    // Overdue items are judged on the as-of date.
    connect(&m_workspace, &Workspace::asOfChanged, m_actions, &ActionItemsPanel::reload);
    m_lazyReload->request();
}

MeetingsPage::~MeetingsPage() = default;

ActionItemTableModel *MeetingsPage::actionModel() const
{
    return m_actions->model();
}

CarriedItemTableModel *MeetingsPage::carryOverModel() const
{
    return m_carryOver->model();
}

qint64 MeetingsPage::currentMeetingId() const
{
    return m_editor->meetingId();
}

bool MeetingsPage::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

void MeetingsPage::reload()
{
    Database &db = m_workspace.database();
    Result<QList<Department>> departments = DepartmentRepository(db).departments();
    Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(m_workspace.planId());
    Result<QList<Meeting>> meetings = MeetingRepository(db).meetings(m_workspace.planId());
    if (!departments || !tasks || !meetings) {
        emit errorOccurred(!departments ? departments.error()
                                        : (!tasks ? tasks.error() : meetings.error()));
        return;
    }
    m_editor->setDepartments(*departments);
    m_carryOver->setDepartments(*departments);
    m_actions->setChoices(*departments, taskChoices(*tasks));
    if (&db != m_database || db.path() != m_databasePath) {
        // Another file: its meeting 7 is not the one being edited.
        m_database = &db;
        m_databasePath = db.path();
        m_editor->clear();
        m_currentRow = 0;
    }

    const qint64 current = m_editor->meetingId();
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_meetingModel->setMeetings(*meetings);
    }
    sizeColumns();
    if (m_meetingModel->rowCount() == 0) {
        m_editor->clear();
        m_actions->showMeeting(Meeting());
        m_approval->showMeeting(Meeting());
        m_carryOver->showMeeting(Meeting());
        m_drafting->updateState();
        return;
    }
    // Keep the meeting in hand; when it is gone, take its neighbour in the list.
    int row = m_meetingModel->rowOf(current);
    if (row < 0)
        row = std::clamp(m_currentRow, 0, m_meetingModel->rowCount() - 1);
    selectMeeting(m_meetingModel->meetingAt(row).id);
}

void MeetingsPage::selectMeeting(qint64 id)
{
    const int row = m_meetingModel->rowOf(id);
    if (row < 0)
        return;
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_ui->meetingList->setCurrentIndex(m_meetingModel->index(row, 0));
    }
    m_currentRow = row;
    // Unsaved edits of this same meeting stay in the editor (an undo elsewhere
    // must not wipe them); anything else is shown afresh.
    if (id != m_editor->meetingId() || !m_editor->isModified()) {
        loadMeeting(id);
    } else {
        m_actions->reload();
        m_carryOver->reload();
    }
}

void MeetingsPage::loadMeeting(qint64 id)
{
    MeetingRepository meetings(m_workspace.database());
    const Result<Meeting> meeting = meetings.meeting(id);
    const Result<QList<MeetingAttendee>> attendees = meetings.attendees(id);
    if (!meeting || !attendees) {
        emit errorOccurred(!meeting ? meeting.error() : attendees.error());
        return;
    }
    m_editor->load(*meeting, *attendees, QDate());
    m_actions->showMeeting(*meeting); // sets the earliest due date through reloaded()
    m_approval->showMeeting(*meeting);
    m_carryOver->showMeeting(*meeting);
    m_drafting->updateState();
    updateSaveState();
}

void MeetingsPage::currentMeetingChanged()
{
    if (m_selecting)
        return;
    const qint64 wanted =
        m_ui->meetingList->currentIndex().data(MeetingListModel::IdRole).toLongLong();
    if (wanted == 0 || wanted == m_editor->meetingId())
        return;
    if (!maySwitchAway()) {
        // Cancelled: stay on the meeting being edited.
        const QScopedValueRollback guard(m_selecting, true);
        m_ui->meetingList->setCurrentIndex(
            m_meetingModel->index(m_meetingModel->rowOf(m_editor->meetingId()), 0));
        return;
    }
    selectMeeting(wanted);
}

void MeetingsPage::updateSaveState()
{
    const bool modified = m_editor->isModified();
    const QString problem = modified ? m_editor->problem() : QString();
    m_ui->saveButton->setEnabled(modified && problem.isEmpty());
    m_ui->discardButton->setEnabled(modified);
    m_ui->unsavedLabel->setStyleSheet(problem.isEmpty() ? QString() : u"color: #c62828;"_s);
    m_ui->unsavedLabel->setText(!problem.isEmpty() ? problem
                                    : modified     ? tr("Unsaved changes")
                                                   : QString());
    m_ui->newMeetingButton->setEnabled(m_workspace.planId() != 0);
    const bool locked = m_editor->isLocked();
    m_ui->deleteMeetingButton->setEnabled(m_editor->meetingId() != 0 && !locked);
    m_ui->deleteMeetingButton->setToolTip(
        locked ? tr("Approved minutes cannot be deleted: they are the record of the meeting")
               : tr("Delete this meeting with its attendees and action items (Delete)"));
}

bool MeetingsPage::maySwitchAway()
{
    if (!m_editor->isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("The meeting “%1” has changes that are not saved yet. Save them?")
            .arg(m_editor->original().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discardChanges();
        return true;
    }
    return false;
}

bool MeetingsPage::save()
{
    if (!m_editor->isModified())
        return true;
    if (const QString problem = m_editor->problem(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Save Meeting"), problem);
        return false;
    }
    const qint64 id = m_editor->meetingId();
    const QList<MeetingAttendee> attendees = m_editor->attendees();
    Meeting base = m_editor->original();
    // Someone else's save since the meeting was loaded is shown, not overwritten.
    const Status s = ConflictResolution::save(
        this, m_workspace.database(), tr("the meeting “%1”").arg(base.title), base,
        m_editor->meeting(),
        [this, &attendees](const Meeting &, const Meeting &mine) {
            return MeetingEdits(m_workspace).save(mine, attendees);
        },
        [this, id](const Meeting &) { loadMeeting(id); });
    if (!s) {
        if (!s.error().isEmpty())
            QMessageBox::warning(this, tr("Save Meeting"), s.error());
        // Having taken theirs there is nothing left to save.
        return !m_editor->isModified();
    }
    loadMeeting(id); // what was saved is now what the editor compares with
    return true;
}

void MeetingsPage::discardChanges()
{
    if (m_editor->meetingId() != 0)
        loadMeeting(m_editor->meetingId());
}

QString MeetingsPage::defaultTitle(const QDate &date, qint64 except) const
{
    // The office numbers its regular meetings within the year: 2026年第1次例会.
    // It is the record's title, not interface text, so it is always Chinese.
    int held = 0;
    for (int row = 0; row < m_meetingModel->rowCount(); ++row) {
        const Meeting &m = m_meetingModel->meetingAt(row);
        if (m.id != except && m.kind == MeetingKind::Regular && m.heldOn.year() == date.year())
            ++held;
    }
    return u"%1年第%2次例会"_s.arg(date.year()).arg(held + 1);
}

void MeetingsPage::retitleForDate(const QDate &date)
{
    if (m_defaultTitledId == 0 || m_editor->meetingId() != m_defaultTitledId
        || m_ui->titleEdit->text() != m_defaultTitle || !date.isValid())
        return;
    m_defaultTitle = defaultTitle(date, m_defaultTitledId);
    m_ui->titleEdit->setText(m_defaultTitle);
}

void MeetingsPage::newMeeting()
{
    if (m_workspace.planId() == 0 || !maySwitchAway())
        return;
    Meeting meeting;
    meeting.planId = m_workspace.planId();
    meeting.kind = MeetingKind::Regular;
    meeting.heldOn = m_workspace.asOf();
    meeting.title = defaultTitle(meeting.heldOn);
    const Result<qint64> id = MeetingEdits(m_workspace).create(meeting);
    if (!id) {
        QMessageBox::warning(this, tr("New Meeting"), id.error());
        return;
    }
    selectMeeting(*id);
    m_defaultTitledId = *id;
    m_defaultTitle = meeting.title;
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
    m_ui->titleEdit->selectAll();
}

void MeetingsPage::deleteMeeting()
{
    const qint64 id = m_editor->meetingId();
    if (id == 0 || m_editor->isLocked())
        return;
    const Meeting meeting = m_editor->original();
    const int items = m_actions->model()->rowCount();
    const QString date = QLocale().toString(meeting.heldOn, QLocale::ShortFormat);
    const QString question = items > 0
        ? tr("Delete the meeting “%1” of %2? Its list of attendees and its %n action item(s) "
             "will be deleted with it.",
             nullptr, items)
              .arg(meeting.title, date)
        : tr("Delete the meeting “%1” of %2 and its list of attendees?").arg(meeting.title, date);
    if (QMessageBox::question(this, tr("Delete Meeting"), question,
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    discardChanges(); // its unsaved edits go with it, unasked
    if (Status s = MeetingEdits(m_workspace).remove(id); !s) {
        QMessageBox::warning(this, tr("Delete Meeting"), s.error());
        loadMeeting(id);
    }
}

void MeetingsPage::sizeColumns()
{
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    QHeaderView *header = m_ui->meetingList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingListModel::Title, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'字');
    m_ui->splitter->setSizes({37 * em, 63 * em});
}

} // namespace PlanDesk
