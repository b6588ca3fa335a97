#include "pages/actionitemspanel.h"

#include <QHeaderView>
#include <QIcon>
#include <QMessageBox>
#include <QShortcut>

#include "editing/meetingedits.h"
#include "editing/workspace.h"
#include "models/actionitemtablemodel.h"
#include "repositories/meetingrepository.h"
#include "rules/decisiontext.h"
#include "ui_meetingspage.h"
#include "widgets/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ActionItemsPanel::ActionItemsPanel(Workspace &workspace, Ui::MeetingsPage &ui, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_ui(ui)
    , m_model(new ActionItemTableModel(this))
{
    QTableView *table = m_ui.actionTable;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    // Descriptions wrap onto a second line; long owner and task names are
    // cut short, with the whole name in the tooltip.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionItemTableModel::Owner, QHeaderView::Interactive);
    header->setSectionResizeMode(ActionItemTableModel::Task, QHeaderView::Interactive);
    header->setSectionResizeMode(ActionItemTableModel::Description, QHeaderView::Stretch);
    const int em = table->fontMetrics().horizontalAdvance(u'字');
    table->setColumnWidth(ActionItemTableModel::Owner, 9 * em);
    table->setColumnWidth(ActionItemTableModel::Task, 10 * em);
    m_ui.addActionButton->setIcon(bundledIcon(u"list-add"_s));
    m_ui.editActionButton->setIcon(bundledIcon(u"document-properties"_s));
    m_ui.deleteActionButton->setIcon(bundledIcon(u"edit-delete"_s));

    connect(m_ui.addActionButton, &QPushButton::clicked, this, &ActionItemsPanel::addItem);
    connect(m_ui.editActionButton, &QPushButton::clicked, this, &ActionItemsPanel::editItem);
    connect(m_ui.deleteActionButton, &QPushButton::clicked, this, &ActionItemsPanel::deleteItem);
    connect(table, &QAbstractItemView::doubleClicked, this, &ActionItemsPanel::editItem);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionItemsPanel::updateButtons);
    const auto shortcut = [this, table](const QKeySequence &keys,
                                        void (ActionItemsPanel::*slot)()) {
        auto *s = new QShortcut(keys, table);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Insert), &ActionItemsPanel::addItem);
    shortcut(QKeySequence::Delete, &ActionItemsPanel::deleteItem);
    shortcut(QKeySequence(Qt::Key_Return), &ActionItemsPanel::editItem);
    shortcut(QKeySequence(Qt::Key_Enter), &ActionItemsPanel::editItem);
    shortcut(QKeySequence(Qt::Key_F2), &ActionItemsPanel::editItem);
    updateButtons();
}

ActionItemsPanel::~ActionItemsPanel() = default;

void ActionItemsPanel::setChoices(const QList<Department> &departments,
                                  const QList<ActionItemDialog::TaskChoice> &tasks)
{
    m_departments = departments;
    m_tasks = tasks;
    m_departmentNames.clear();
    for (const Department &d : departments)
        m_departmentNames.insert(d.id, d.name);
    m_taskLabels.clear();
    for (const ActionItemDialog::TaskChoice &t : tasks)
        m_taskLabels.insert(t.first, t.second);
}

void ActionItemsPanel::showMeeting(const Meeting &meeting)
{
    m_meeting = meeting;
    reload();
}

void ActionItemsPanel::reload()
{
    QList<ActionItem> items;
    if (m_meeting.id != 0) {
        Result<QList<ActionItem>> read =
            MeetingRepository(m_workspace.database()).actionItems(m_meeting.id);
        if (!read) {
            emit errorOccurred(read.error());
            return;
        }
        items = *read;
    }
    const qint64 selected =
        m_ui.actionTable->currentIndex().data(ActionItemTableModel::IdRole).toLongLong();
    m_model->setItems(items, m_departmentNames, m_taskLabels, m_workspace.asOf());
    selectItem(selected);
    m_ui.actionBox->setTitle(tr("Action items (%1)").arg(items.size()));
    m_ui.actionBox->setEnabled(m_meeting.id != 0);
    updateButtons();
    emit reloaded();
}

QDate ActionItemsPanel::earliestDue() const
{
    QDate earliest;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate due = m_model->itemAt(row).dueOn;
        if (!earliest.isValid() || due < earliest)
            earliest = due;
    }
    return earliest;
}

void ActionItemsPanel::selectItem(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_ui.actionTable->setCurrentIndex(m_model->index(row, 0));
}

void ActionItemsPanel::updateButtons()
{
    const bool hasItem = m_ui.actionTable->currentIndex().isValid();
    const bool locked = isLocked();
    m_ui.addActionButton->setEnabled(m_meeting.id != 0 && !locked);
    m_ui.editActionButton->setEnabled(hasItem);
    m_ui.deleteActionButton->setEnabled(hasItem && !locked);
    const QString why =
        locked ? tr("The minutes are approved: their action items are locked") : QString();
    m_ui.addActionButton->setToolTip(why);
    m_ui.deleteActionButton->setToolTip(why);
}

bool ActionItemsPanel::isLocked() const
{
    return m_meeting.id != 0 && m_meeting.approval == Approval::Approved;
}

bool ActionItemsPanel::runDialog(ActionItem &item, const QString &title)
{
    QList<Department> owners;
    for (const Department &d : std::as_const(m_departments)) {
        if (d.active)
            owners << d;
    }
    ActionItemDialog dialog(owners, m_tasks, meetingDate(), m_ui.actionBox->window());
    dialog.setWindowTitle(title);
    dialog.setItem(item, m_departmentNames.value(item.ownerDepartmentId));
    dialog.setDecisionLocked(isLocked());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    item = dialog.item();
    return true;
}

QDate ActionItemsPanel::meetingDate() const
{
    // The date as edited, which may not be saved yet: new items follow it.
    const QDate edited = m_ui.dateEdit->date();
    return edited.isValid() ? edited : m_meeting.heldOn;
}

void ActionItemsPanel::addItem()
{
    addItemDescribed(QString());
}

void ActionItemsPanel::addItemDescribed(const QString &description)
{
    if (m_meeting.id == 0 || isLocked())
        return;
    ActionItem item;
    item.meetingId = m_meeting.id;
    item.description = decisionText(description);
    // The department the decision names, if it is one that can own it.
    QList<Department> active;
    for (const Department &d : std::as_const(m_departments)) {
        if (d.active)
            active << d;
    }
    if (const std::optional<qint64> owner = departmentNamedIn(item.description, active))
        item.ownerDepartmentId = *owner;
    item.dueOn = meetingDate().addMonths(1);
    if (!runDialog(item, tr("Add Action Item")))
        return;
    const Result<qint64> id = MeetingEdits(m_workspace).addActionItem(item);
    if (!id) {
        QMessageBox::warning(m_ui.actionBox, tr("Add Action Item"), id.error());
        return;
    }
    selectItem(*id);
}

void ActionItemsPanel::editItem()
{
    const QModelIndex current = m_ui.actionTable->currentIndex();
    if (!current.isValid())
        return;
    const ActionItem old = m_model->itemAt(current.row());
    ActionItem item = old;
    if (!runDialog(item, tr("Edit Action Item")))
        return;
    if (item.ownerDepartmentId == old.ownerDepartmentId && item.taskId == old.taskId
        && item.description == old.description && item.dueOn == old.dueOn
        && item.status == old.status && item.followUp == old.followUp
        && item.closedOn == old.closedOn)
        return; // nothing changed, nothing to undo
    if (Status s = MeetingEdits(m_workspace).updateActionItem(item); !s)
        QMessageBox::warning(m_ui.actionBox, tr("Edit Action Item"), s.error());
}

void ActionItemsPanel::deleteItem()
{
    const QModelIndex current = m_ui.actionTable->currentIndex();
    if (!current.isValid() || isLocked())
        return;
    const ActionItem item = m_model->itemAt(current.row());
    const QMessageBox::StandardButton answer = QMessageBox::question(
        m_ui.actionBox, tr("Delete Action Item"),
        tr("Delete the action item “%1” of %2?")
            .arg(item.description, m_departmentNames.value(item.ownerDepartmentId)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = MeetingEdits(m_workspace).removeActionItem(item.id); !s)
        QMessageBox::warning(m_ui.actionBox, tr("Delete Action Item"), s.error());
}

} // namespace PlanDesk
