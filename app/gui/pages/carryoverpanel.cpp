#include "pages/carryoverpanel.h"

#include <QHeaderView>
#include <QShortcut>

#include "dialogs/followupdialog.h"
#include "dialogs/saveonaccept.h"
#include "editing/meetingedits.h"
#include "editing/workspace.h"
#include "models/carrieditemtablemodel.h"
#include "repositories/actionreviewrepository.h"
#include "repositories/meetingrepository.h"
#include "ui_meetingspage.h"

namespace PlanDesk {

CarryOverPanel::CarryOverPanel(Workspace &workspace, Ui::MeetingsPage &ui, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_ui(ui)
    , m_model(new CarriedItemTableModel(this))
{
    QTableView *table = m_ui.carryOverTable;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CarriedItemTableModel::Owner, QHeaderView::Interactive);
    header->setSectionResizeMode(CarriedItemTableModel::Description, QHeaderView::Stretch);
    header->setSectionResizeMode(CarriedItemTableModel::Recorded, QHeaderView::Stretch);
    const int em = table->fontMetrics().horizontalAdvance(u'字');
    table->setColumnWidth(CarriedItemTableModel::Owner, 8 * em);
    // Room for the history's lines: the tab is laid out before it has text.
    m_ui.historyLabel->setMinimumHeight(4 * m_ui.historyLabel->fontMetrics().lineSpacing());
    m_ui.historyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    connect(m_ui.recordFollowUpButton, &QPushButton::clicked, this,
            &CarryOverPanel::recordFollowUp);
    connect(table, &QAbstractItemView::doubleClicked, this, &CarryOverPanel::recordFollowUp);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CarryOverPanel::updateState);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *s = new QShortcut(keys, table);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, &CarryOverPanel::recordFollowUp);
    }
    updateState();
}

CarryOverPanel::~CarryOverPanel() = default;

void CarryOverPanel::setDepartments(const QList<Department> &departments)
{
    m_departmentNames.clear();
    for (const Department &d : departments)
        m_departmentNames.insert(d.id, d.name);
}

void CarryOverPanel::showMeeting(const Meeting &meeting)
{
    m_meeting = meeting;
    reload();
}

void CarryOverPanel::reload()
{
    QList<CarriedItem> items;
    QHash<qint64, QList<ActionReview>> histories;
    QHash<qint64, QDate> dates;
    if (m_meeting.id != 0) {
        Database &db = m_workspace.database();
        ActionReviewRepository reviews(db);
        Result<QList<CarriedItem>> carried = reviews.carriedInto(m_meeting.id);
        Result<QList<Meeting>> meetings = MeetingRepository(db).meetings(m_meeting.planId);
        if (!carried || !meetings) {
            emit errorOccurred(!carried ? carried.error() : meetings.error());
            return;
        }
        items = *carried;
        for (const Meeting &m : *meetings)
            dates.insert(m.id, m.heldOn);
        for (const CarriedItem &c : std::as_const(items)) {
            Result<QList<ActionReview>> history = reviews.history(c.item.id);
            if (!history) {
                emit errorOccurred(history.error());
                return;
            }
            histories.insert(c.item.id, *history);
        }
    }
    const qint64 selected =
        m_ui.carryOverTable->currentIndex().data(CarriedItemTableModel::IdRole).toLongLong();
    m_model->setItems(items, m_departmentNames, histories, dates);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_ui.carryOverTable->setCurrentIndex(m_model->index(row, 0));
    m_ui.editorTabs->setTabText(m_ui.editorTabs->indexOf(m_ui.carryOverTab),
                                tr("Carried Over (%1)").arg(items.size()));
    updateState();
}

void CarryOverPanel::updateState()
{
    const QModelIndex current = m_ui.carryOverTable->currentIndex();
    const bool locked = m_meeting.approval == Approval::Approved;
    m_ui.recordFollowUpButton->setEnabled(current.isValid() && !locked);
    m_ui.recordFollowUpButton->setToolTip(
        locked ? tr("The minutes are approved: follow-ups recorded at this meeting are locked")
               : tr("Record what this meeting found of the selected item (Enter)"));
    m_ui.historyLabel->setText(current.isValid() ? m_model->history(current.row())
                                                 : tr("Select an item to see its history."));
}

void CarryOverPanel::recordFollowUp()
{
    const QModelIndex current = m_ui.carryOverTable->currentIndex();
    if (!current.isValid() || m_meeting.approval == Approval::Approved)
        return;
    const CarriedItem carried = m_model->itemAt(current.row());
    ActionReview review;
    if (carried.review) {
        review = *carried.review;
    } else {
        review.actionItemId = carried.item.id;
        review.meetingId = m_meeting.id;
        review.status = carried.item.status;
    }
    FollowUpDialog dialog(carried.item, m_departmentNames.value(carried.item.ownerDepartmentId),
                          review, m_ui.carryOverTable->window());
    // A failed save keeps the dialog open with what was typed, for a retry.
    SaveOnAccept::install(dialog, [this, &dialog] {
        return MeetingEdits(m_workspace).recordReview(dialog.review());
    });
    dialog.exec();
}

} // namespace PlanDesk
