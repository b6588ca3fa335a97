#include "pages/roundspage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

#include "dialogs/progressreportdialog.h"
#include "dialogs/rounddialog.h"
#include "dialogs/saveonaccept.h"
#include "dialogs/templatesdialog.h"
#include "domain/period.h"
#include "editing/roundedits.h"
#include "editing/taskedits.h"
#include "editing/workspace.h"
#include "models/roundstatusmodel.h"
#include "report/supervisionloader.h"
#include "rules/reminders.h"
#include "rules/roundstatus.h"
#include "ui_roundspage.h"
#include "widgets/icons.h"
#include "widgets/lazyreload.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

enum ItemRole { IdRole = Qt::UserRole + 1, TaskRole, DepartmentRole };

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

RoundsPage::RoundsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::RoundsPage>())
    , m_model(new RoundStatusModel(this))
{
    m_ui->setupUi(this);
    m_ui->matrixView->setModel(m_model);
    m_ui->matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({400, 1000});
    m_ui->matrixView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->statusSplitter->setStretchFactor(0, 3);
    m_ui->roundList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->owesList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setUpActions();

    connect(m_ui->roundList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, IdRole).toLongLong() != m_roundId) {
            m_roundId = item->data(0, IdRole).toLongLong();
            showRound();
        }
    });
    connect(m_ui->roundList, &QTreeWidget::itemDoubleClicked, this, &RoundsPage::editRound);
    connect(m_ui->matrixView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant state = index.data(RoundStatusModel::StateRole);
        if (state.isValid())
            recordFor(index.data(RoundStatusModel::TaskIdRole).toLongLong(),
                      index.data(RoundStatusModel::DepartmentIdRole).toLongLong());
    });
    connect(m_ui->owesList, &QTreeWidget::itemDoubleClicked, this, &RoundsPage::recordReport);
    m_lazyReload = new LazyReload(*this, [this] { reload(); });
    connect(&m_workspace, &Workspace::ledgerChanged, m_lazyReload, &LazyReload::request);
    connect(&m_workspace, &Workspace::asOfChanged, this, [this] {
        // Showing the round being collected? Then follow the date to the next one.
        const std::optional<ReportingRound> shown =
            PlanDesk::currentRound(m_data.rounds, m_shownAsOf);
        if (shown && shown->id == m_roundId)
            m_roundId = 0;
        m_lazyReload->request();
    });
    m_lazyReload->request();
}

RoundsPage::~RoundsPage() = default;

void RoundsPage::setUpActions()
{
    struct Binding
    {
        QPushButton *button;
        QString text;
        const char16_t *icon;
        QKeySequence key;
        void (RoundsPage::*slot)();
        QWidget *scope; ///< where the shortcut works
    };
    const Binding bindings[] = {
        {m_ui->newButton, tr("New Round…"), u"list-add", QKeySequence(Qt::Key_Insert),
         &RoundsPage::newRound, this},
        {m_ui->editButton, tr("Edit Round…"), u"accessories-text-editor", QKeySequence(Qt::Key_F2),
         &RoundsPage::editRound, m_ui->roundList},
        {m_ui->deleteButton, tr("Delete Round"), u"edit-delete", QKeySequence(QKeySequence::Delete),
         &RoundsPage::deleteRound, m_ui->roundList},
        {m_ui->recordButton, tr("Record Report…"), u"mail-reply-sender",
         QKeySequence(Qt::CTRL | Qt::Key_R), &RoundsPage::recordReport, this},
        {m_ui->copyButton, tr("Copy Reminder Notice"), u"edit-copy",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &RoundsPage::copyReminderNotice, this},
        {m_ui->templatesButton, tr("Export Templates…"), u"x-office-spreadsheet",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &RoundsPage::exportTemplates, this},
    };
    for (const Binding &b : bindings) {
        b.button->setIcon(bundledIcon(QString::fromUtf16(b.icon)));
        b.button->setText(b.text);
        b.button->setToolTip(u"%1 (%2)"_s.arg(b.text, b.key.toString(QKeySequence::NativeText)));
        connect(b.button, &QPushButton::clicked, this, b.slot);
        auto *action = new QAction(b.text, this);
        action->setShortcut(b.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, b.slot);
        b.scope->addAction(action);
    }
}

const ReportingRound *RoundsPage::currentRound() const
{
    for (const ReportingRound &r : m_data.rounds) {
        if (r.id == m_roundId)
            return &r;
    }
    return nullptr;
}

void RoundsPage::reload()
{
    if (m_workspace.planId() == 0) { // a database without a plan: nothing to show
        m_data = SupervisionData();
        m_roundId = 0;
        showRound();
        return;
    }
    Result<SupervisionData> loaded =
        SupervisionLoader(m_workspace.database()).load(m_workspace.planId());
    if (!loaded)
        return emit errorOccurred(loaded.error());
    m_data = std::move(loaded.value());
    const QDate asOf = m_workspace.asOf();
    m_shownAsOf = asOf;
    if (!currentRound()) {
        // First show, or the round was deleted: the one being collected now.
        const std::optional<ReportingRound> now = PlanDesk::currentRound(m_data.rounds, asOf);
        m_roundId = now ? now->id : m_data.rounds.isEmpty() ? 0 : m_data.rounds.constLast().id;
    }

    const QSignalBlocker blocker(m_ui->roundList);
    m_ui->roundList->clear();
    for (const ReportingRound &r : m_data.rounds) {
        // A round not yet open on the date owes nothing yet: say when it opens.
        const bool open = r.opensOn <= asOf;
        const ReportTally t = open ? roundStatus(r, m_data, asOf).tally() : ReportTally();
        auto *item = new QTreeWidgetItem(m_ui->roundList,
                                         {r.title, r.period, shortDate(r.dueOn),
                                          open ? tr("%1 of %2").arg(t.handedIn()).arg(t.owed)
                                               : tr("opens %1").arg(shortDate(r.opensOn))});
        if (!open) {
            for (int column = 0; column < item->columnCount(); ++column)
                item->setForeground(
                    column, m_ui->roundList->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        item->setData(0, IdRole, r.id);
        item->setToolTip(0, r.note.isEmpty() ? r.title : u"%1\n%2"_s.arg(r.title, r.note));
        if (r.id == m_roundId)
            m_ui->roundList->setCurrentItem(item);
    }
    showRound();
}

void RoundsPage::selectRound(qint64 roundId)
{
    for (int i = 0; i < m_ui->roundList->topLevelItemCount(); ++i) {
        if (m_ui->roundList->topLevelItem(i)->data(0, IdRole).toLongLong() == roundId)
            m_ui->roundList->setCurrentItem(m_ui->roundList->topLevelItem(i));
    }
}

void RoundsPage::showRound()
{
    const ReportingRound *round = currentRound();
    m_ui->editButton->setEnabled(round);
    m_ui->deleteButton->setEnabled(round);
    m_ui->templatesButton->setEnabled(round);
    if (!round) {
        m_model->setStatus(RoundStatus(), m_data);
        m_ui->summaryLabel->setText(tr("No reporting round yet. Create one with New Round…"));
        fillOwesList();
        return;
    }
    m_model->setStatus(roundStatus(*round, m_data, m_workspace.asOf()), m_data);
    const ReportTally t = m_model->status().tally();
    m_ui->summaryLabel->setText(
        tr("<b>%1</b>: opens %2, due %3. As of %4: %5 of %6 reports handed in "
           "(%7 late), %8 missing, %9 pending.")
            .arg(round->title.toHtmlEscaped(), shortDate(round->opensOn), shortDate(round->dueOn),
                 shortDate(m_workspace.asOf()))
            .arg(t.handedIn())
            .arg(t.owed)
            .arg(t.late)
            .arg(t.missing)
            .arg(t.pending)
        + u"<br>"_s + legend());
    fillOwesList();
}

QString RoundsPage::legend()
{
    // What the matrix's symbols mean, in the order a round fills up.
    QStringList parts;
    for (ReportState state :
         {ReportState::OnTime, ReportState::Late, ReportState::Missing, ReportState::Pending})
        parts << u"%1 %2"_s.arg(RoundStatusModel::symbol(state),
                                RoundStatusModel::stateName(state).toHtmlEscaped());
    return u"<small>%1</small>"_s.arg(parts.join(u"&nbsp;&nbsp;&nbsp;"_s));
}

void RoundsPage::fillOwesList()
{
    m_ui->owesList->clear();
    const QList<Obligation> owed = m_model->status().outstanding();
    for (const Obligation &o : owed) {
        auto *item =
            new QTreeWidgetItem(m_ui->owesList,
                                {m_data.departmentName(o.departmentId),
                                 Reminders::taskLabel(m_data, o.taskId), displayName(o.role),
                                 u"%1 %2"_s.arg(RoundStatusModel::symbol(o.state),
                                                RoundStatusModel::stateName(o.state))});
        item->setData(0, TaskRole, o.taskId);
        item->setData(0, DepartmentRole, o.departmentId);
        item->setForeground(3, RoundStatusModel::colour(o.state));
    }
    m_ui->owesLabel->setText(
        tr("Who still owes a report: %n", nullptr, static_cast<int>(owed.size())));
    m_ui->copyButton->setEnabled(!owed.isEmpty());
    m_ui->recordButton->setEnabled(!owed.isEmpty());
}

void RoundsPage::newRound()
{
    // Suggest the period after the latest round's, or the quarter of the
    // as-of date; the dialog fills in the title and the dates from it.
    ReportingRound round;
    round.planId = m_workspace.planId();
    std::optional<Period> latest;
    if (!m_data.rounds.isEmpty())
        latest = Period::parse(m_data.rounds.constLast().period);
    round.period = (latest ? latest->following()
                           : Period::containing(Period::Kind::Quarter, m_workspace.asOf()))
                       .toString();
    RoundDialog dialog(round, this);
    qint64 created = 0;
    SaveOnAccept::install(dialog, [this, &dialog, &created] {
        const Result<qint64> id = RoundEdits::create(m_workspace, dialog.round());
        created = id ? *id : 0;
        return Status::fromResult(id);
    });
    if (dialog.exec() == QDialog::Accepted)
        selectRound(created);
}

void RoundsPage::editRound()
{
    const ReportingRound *round = currentRound();
    if (!round)
        return;
    RoundDialog dialog(*round, this);
    SaveOnAccept::install(
        dialog, [this, &dialog] { return RoundEdits::update(m_workspace, dialog.round()); });
    dialog.exec();
}

void RoundsPage::deleteRound()
{
    if (!currentRound())
        return;
    const ReportingRound round = *currentRound(); // a copy: a reload may come meanwhile
    if (QMessageBox::question(this, tr("Delete Round"),
                              tr("Delete the reporting round “%1”? The reports handed in for %2 "
                                 "stay. You can undo this with Ctrl+Z.")
                                  .arg(round.title, round.period),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (const Status s = RoundEdits::remove(m_workspace, round.id); !s)
        emit errorOccurred(s.error());
}

void RoundsPage::recordReport()
{
    if (const QTreeWidgetItem *item = m_ui->owesList->currentItem())
        return recordFor(item->data(0, TaskRole).toLongLong(),
                         item->data(0, DepartmentRole).toLongLong());
    const QModelIndex cell = m_ui->matrixView->currentIndex();
    if (cell.isValid() && cell.data(RoundStatusModel::StateRole).isValid())
        return recordFor(cell.data(RoundStatusModel::TaskIdRole).toLongLong(),
                         cell.data(RoundStatusModel::DepartmentIdRole).toLongLong());
    // Nothing chosen: the first in the list, so the key alone walks through it.
    if (const QTreeWidgetItem *first = m_ui->owesList->topLevelItem(0))
        recordFor(first->data(0, TaskRole).toLongLong(),
                  first->data(0, DepartmentRole).toLongLong());
}

void RoundsPage::recordFor(qint64 taskId, qint64 departmentId)
{
    const ReportingRound *round = currentRound();
    const TaskOverview *task = m_data.task(taskId);
    if (!round || !task)
        return;
    ProgressReportDialog dialog(*task, m_data.departments, m_data.reportsByTask.value(taskId),
                                m_workspace.asOf(), this);
    dialog.prefill(departmentId, round->period);
    // A failed save keeps the dialog open with the report in it, for a retry.
    SaveOnAccept::install(dialog, [this, &dialog] {
        return Status::fromResult(TaskEdits::recordProgress(m_workspace, dialog.report()));
    });
    dialog.exec();
}

void RoundsPage::exportTemplates()
{
    if (!currentRound())
        return;
    const ReportingRound round = *currentRound(); // a copy: a reload may come meanwhile
    QList<std::pair<qint64, QString>> departments;
    for (qint64 id : m_model->status().departmentIds)
        departments.append({id, m_data.departmentName(id)});
    // The department chosen in the list or the matrix, for "only this one".
    std::optional<qint64> selected;
    if (const QTreeWidgetItem *item = m_ui->owesList->currentItem())
        selected = item->data(0, DepartmentRole).toLongLong();
    else if (const QModelIndex cell = m_ui->matrixView->currentIndex(); cell.isValid())
        selected = cell.data(RoundStatusModel::DepartmentIdRole).toLongLong();
    TemplatesDialog dialog(m_workspace, round, departments, selected, this);
    connect(&dialog, &TemplatesDialog::statusMessage, this, &RoundsPage::statusMessage);
    dialog.exec();
}

void RoundsPage::copyReminderNotice()
{
    if (!currentRound())
        return;
    QGuiApplication::clipboard()->setText(
        Reminders::toText(Reminders::forRound(m_model->status(), m_data), m_model->status().asOf));
}

} // namespace PlanDesk
