#include "pages/planpage.h"

#include <algorithm>

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>

#include "database/database.h"
#include "dialogs/assignmentsdialog.h"
#include "dialogs/conflictresolution.h"
#include "dialogs/progressreportdialog.h"
#include "dialogs/saveonaccept.h"
#include "dialogs/taskdialog.h"
#include "editing/taskedits.h"
#include "editing/workspace.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktreemodel.h"
#include "pages/taskdetailpanel.h"
#include "report/briefing.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "rules/taskstanding.h"
#include "ui_planpage.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/lazyreload.h"
#include "widgets/paceicons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

PlanPage::PlanPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::PlanPage>())
    , m_model(new TaskTreeModel(this))
    , m_proxy(new TaskFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->taskTree->setModel(m_proxy);
    m_ui->taskTree->sortByColumn(-1, Qt::AscendingOrder); // document order until asked
    m_ui->taskTree->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    setUpFilters();
    setUpActions();
    setUpLegend();

    connect(m_ui->taskTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanPage::selectionChanged);
    connect(m_ui->detailPanel, &TaskDetailPanel::editAssignmentsRequested, this,
            &PlanPage::editAssignments);
    m_lazyReload = new LazyReload(*this, [this] { reload(); });
    connect(&m_workspace, &Workspace::ledgerChanged, m_lazyReload, &LazyReload::request);
    connect(&m_workspace, &Workspace::asOfChanged, m_lazyReload, &LazyReload::request);
    m_lazyReload->request();
}

PlanPage::~PlanPage() = default;

void PlanPage::setUpFilters()
{
    m_ui->filterEdit->setPlaceholderText(
        tr("Find in number, title, clause or department (Ctrl+F)"));
    m_ui->roleFilter->addItem(tr("Any role"), static_cast<int>(TaskFilterProxyModel::Role::Any));
    m_ui->roleFilter->addItem(tr("As lead"), static_cast<int>(TaskFilterProxyModel::Role::Lead));
    m_ui->roleFilter->addItem(tr("As cooperating"),
                              static_cast<int>(TaskFilterProxyModel::Role::Cooperating));
    m_ui->statusFilter->addItem(tr("All statuses"), TaskFilterProxyModel::All);
    for (TaskStatus s :
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Suspended})
        m_ui->statusFilter->addItem(displayName(s), static_cast<int>(s));
    const auto addPace = [this](const QIcon &icon, const QString &text, const PaceFilter &pace) {
        m_ui->paceFilter->addItem(icon, text, QVariant::fromValue(pace));
    };
    addPace({}, tr("All pace lights"), {});
    for (PaceLight light : {PaceLight::Green, PaceLight::Yellow, PaceLight::Red,
                            PaceLight::NotStarted, PaceLight::Done})
        addPace(paceIcon(light), paceText(light), {{light}, PaceFilter::Overdue::Either});
    addPace(paceIcon(PaceLight::Red), tr("Overdue"), {{}, PaceFilter::Overdue::Only});
    // The segments of the dashboard's lead departments chart.
    addPace(paceIcon(PaceLight::Green), tr("On pace or done"),
            {{PaceLight::Green, PaceLight::Done}, PaceFilter::Overdue::Either});
    addPace(paceIcon(PaceLight::Yellow), tr("Behind, not overdue"),
            {{PaceLight::Yellow, PaceLight::Red}, PaceFilter::Overdue::Excluded});
    m_ui->topLevelCheck->setText(tr("Without work items"));
    m_ui->topLevelCheck->setToolTip(
        tr("Key tasks and safeguard measures only, each listed for its own pace as the "
           "dashboard counts them, not for a work item's"));
    m_ui->departmentFilter->lineEdit()->setPlaceholderText(tr("Any department"));
    m_ui->clearFiltersButton->setText(tr("Clear filters"));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        spanGroupRows();
        m_ui->taskTree->expandAll();
    });
    connect(m_ui->groupFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setGroup(m_ui->groupFilter->currentData().toLongLong());
        spanGroupRows();
        m_ui->taskTree->expandAll();
    });
    connect(m_ui->departmentFilter, &QComboBox::currentTextChanged, this,
            &PlanPage::applyDepartmentFilter);
    connect(m_ui->roleFilter, &QComboBox::currentIndexChanged, this,
            &PlanPage::applyDepartmentFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_ui->statusFilter->currentData().toInt());
        spanGroupRows();
        m_ui->taskTree->expandAll();
    });
    connect(m_ui->paceFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setPace(m_ui->paceFilter->currentData().value<PaceFilter>());
        spanGroupRows();
        m_ui->taskTree->expandAll();
    });
    connect(m_ui->topLevelCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_proxy->setTopLevelOnly(checked);
        spanGroupRows();
        m_ui->taskTree->expandAll();
    });
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, [this] {
        m_ui->filterEdit->clear();
        m_ui->departmentFilter->setCurrentIndex(0);
        for (QComboBox *combo :
             {m_ui->groupFilter, m_ui->roleFilter, m_ui->statusFilter, m_ui->paceFilter})
            combo->setCurrentIndex(0);
        m_ui->topLevelCheck->setChecked(false);
    });
}

void PlanPage::applyDepartmentFilter()
{
    const QString name = m_ui->departmentFilter->currentText().trimmed();
    const auto role =
        static_cast<TaskFilterProxyModel::Role>(m_ui->roleFilter->currentData().toInt());
    // Only a department that exists filters; half-typed names do not hide everything.
    const bool known = m_ui->departmentFilter->findText(name) > 0;
    m_proxy->setDepartment(known ? name : QString(), role);
    spanGroupRows();
    m_ui->taskTree->expandAll();
}

void PlanPage::setUpActions()
{
    struct Binding
    {
        QPushButton *button;
        QString text;
        const char16_t *icon;
        QKeySequence key;
        void (PlanPage::*slot)();
    };
    const Binding bindings[] = {
        {m_ui->addItemButton, tr("Add work item"), u"list-add", QKeySequence(Qt::Key_Insert),
         &PlanPage::addWorkItem},
        {m_ui->editButton, tr("Edit…"), u"accessories-text-editor", QKeySequence(Qt::Key_F2),
         &PlanPage::editTask},
        {m_ui->deleteButton, tr("Delete work item"), u"edit-delete",
         QKeySequence(QKeySequence::Delete), &PlanPage::deleteWorkItem},
        {m_ui->progressButton, tr("Record progress…"), u"mail-reply-sender",
         QKeySequence(Qt::CTRL | Qt::Key_R), &PlanPage::recordProgress},
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
        m_ui->taskTree->addAction(action);
    }
    // Double click or Return edits; "activated" would fire on a single click
    // where the desktop opens items with one click.
    connect(m_ui->taskTree, &QTreeView::doubleClicked, this, &PlanPage::editTask);
    auto *editOnReturn = new QAction(this);
    editOnReturn->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editOnReturn->setShortcutContext(Qt::WidgetShortcut);
    connect(editOnReturn, &QAction::triggered, this, &PlanPage::editTask);
    m_ui->taskTree->addAction(editOnReturn);
}

void PlanPage::setUpLegend()
{
    // Colour and shape together, so the legend reads in black and white too.
    QStringList parts;
    for (PaceLight light : {PaceLight::Green, PaceLight::Yellow, PaceLight::Red,
                            PaceLight::NotStarted, PaceLight::Done}) {
        const QString glyph = light == PaceLight::Green ? u"●"_s
            : light == PaceLight::Yellow                ? u"▲"_s
            : light == PaceLight::Red                   ? u"■"_s
            : light == PaceLight::NotStarted            ? u"○"_s
                                                        : u"✓"_s;
        parts << u"<span style='color:%1'>%2</span> %3"_s.arg(paceColor(light).name(), glyph,
                                                              paceText(light).toHtmlEscaped());
    }
    m_ui->legendLabel->setText(parts.join(u"&nbsp;&nbsp;"_s));
    m_ui->legendLabel->setToolTip(
        tr("Pace (序时进度): expected progress is the share of time elapsed between start and "
           "due date. Behind by less than 10 points: on pace; 10–30: behind; more than 30 or "
           "past due: far behind."));
}

void PlanPage::reload()
{
    Database &db = m_workspace.database();
    Result<QList<TaskGroup>> groups = PlanRepository(db).groups(m_workspace.planId());
    Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(m_workspace.planId());
    Result<QList<ProgressReport>> reports =
        ProgressRepository(db).reportsForPlan(m_workspace.planId());
    if (!groups || !tasks || !reports) {
        emit errorOccurred(!groups ? groups.error() : !tasks ? tasks.error() : reports.error());
        return;
    }
    // Keep the reader's place across the reload.
    const std::optional<TaskOverview> current = currentTask();
    m_model->setPlan(*groups, *tasks, m_workspace.asOf(),
                     tasksAsOf(*tasks, reportsByTask(*reports), m_workspace.asOf()));
    reloadFilterChoices(*groups);
    spanGroupRows();
    m_ui->taskTree->expandAll();
    // Keep the place; on the first load start at the plan's first task.
    if (current)
        selectTask(current->task.id);
    else if (!tasks->isEmpty())
        selectTask(tasks->constFirst().task.id);
    selectionChanged();
    sizeColumnsOnce();
}

void PlanPage::reloadFilterChoices(const QList<TaskGroup> &groups)
{
    const QSignalBlocker groupBlocker(m_ui->groupFilter);
    const qint64 group = m_ui->groupFilter->currentData().toLongLong();
    m_ui->groupFilter->clear();
    m_ui->groupFilter->addItem(tr("All groups"), qint64(0));
    for (const TaskGroup &g : groups)
        m_ui->groupFilter->addItem(u"%1 %2"_s.arg(g.numbering, g.title), g.id);
    m_ui->groupFilter->setCurrentIndex(std::max(0, m_ui->groupFilter->findData(group)));

    const QSignalBlocker departmentBlocker(m_ui->departmentFilter);
    const QString department = m_ui->departmentFilter->currentText();
    m_ui->departmentFilter->clear();
    m_ui->departmentFilter->addItem(QString());
    if (const auto departments = DepartmentRepository(m_workspace.database()).departments()) {
        for (const Department &d : *departments)
            m_ui->departmentFilter->addItem(d.name, d.id);
    }
    m_ui->departmentFilter->setCurrentText(department);
}

void PlanPage::sizeColumnsOnce()
{
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    // Widths the user set last time win over the defaults below.
    if (rememberHeaderState(m_ui->taskTree->header(), u"planTree"_s))
        return;
    QTreeView *tree = m_ui->taskTree;
    for (int c = 0; c < TaskTreeModel::ColumnCount; ++c)
        tree->resizeColumnToContents(c);
    // Long clause titles and department lists get room; the rest fit their text.
    const int em = fontMetrics().horizontalAdvance(u'字');
    tree->setColumnWidth(TaskTreeModel::Number, 2 * tree->indentation() + 3 * em);
    tree->setColumnWidth(TaskTreeModel::Lead,
                         std::min(tree->columnWidth(TaskTreeModel::Lead), 9 * em));
    tree->setColumnWidth(TaskTreeModel::Title, 16 * em);
    tree->setColumnWidth(TaskTreeModel::Cooperating, 12 * em);
}

void PlanPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;
    // The first time the page has its real width: most of it for the tree.
    m_splitterSized = true;
    const int width = m_ui->splitter->width();
    m_ui->splitter->setSizes({width * 7 / 10, width - width * 7 / 10});
}

void PlanPage::spanGroupRows()
{
    // Group headings ("(一) 深化知识产权领域改革") read across the whole row.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_ui->taskTree->setFirstColumnSpanned(row, QModelIndex(), true);
}

void PlanPage::showTasks(const TaskQuery &query)
{
    m_ui->filterEdit->clear();
    m_ui->statusFilter->setCurrentIndex(0);
    m_ui->groupFilter->setCurrentIndex(std::max(0, m_ui->groupFilter->findData(query.groupId)));
    m_ui->paceFilter->setCurrentIndex(paceIndex(query.pace));
    m_ui->topLevelCheck->setChecked(query.topLevelOnly);
    m_ui->roleFilter->setCurrentIndex(m_ui->roleFilter->findData(
        static_cast<int>(query.leadDepartmentId ? TaskFilterProxyModel::Role::Lead
                                                : TaskFilterProxyModel::Role::Any)));
    const int department =
        query.leadDepartmentId ? m_ui->departmentFilter->findData(*query.leadDepartmentId) : 0;
    m_ui->departmentFilter->setCurrentIndex(std::max(0, department));
    // The first task listed is the one whose details show.
    const QModelIndex firstGroup = m_proxy->index(0, 0);
    const QModelIndex first = m_proxy->index(0, 0, firstGroup);
    m_ui->taskTree->setCurrentIndex(first.isValid() ? first : firstGroup);
}

int PlanPage::paceIndex(const PaceFilter &pace)
{
    const int found = m_ui->paceFilter->findData(QVariant::fromValue(pace));
    if (found >= 0)
        return found;
    // A choice the list lacks gets an item of its own, so the filter shown
    // is the one applied.
    m_ui->paceFilter->addItem(tr("As chosen on the dashboard"), QVariant::fromValue(pace));
    return m_ui->paceFilter->count() - 1;
}

void PlanPage::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void PlanPage::selectTask(qint64 taskId)
{
    if (taskId == 0)
        return;
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), TaskTreeModel::TaskIdRole,
                                                 taskId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        m_ui->taskTree->setCurrentIndex(found.constFirst());
}

std::optional<TaskOverview> PlanPage::currentTask() const
{
    return m_model->taskAt(m_proxy->mapToSource(m_ui->taskTree->currentIndex()));
}

void PlanPage::selectionChanged()
{
    const std::optional<TaskOverview> task = currentTask();
    m_ui->detailPanel->showTask(m_workspace, task);
    m_ui->addItemButton->setEnabled(task.has_value());
    m_ui->editButton->setEnabled(task.has_value());
    m_ui->progressButton->setEnabled(task.has_value());
    m_ui->deleteButton->setEnabled(task && task->task.parentId.has_value());
}

QSet<int> PlanPage::siblingNumbers(qint64 parentId, qint64 exceptTaskId) const
{
    QSet<int> numbers;
    if (const Result<QList<Task>> tasks =
            TaskRepository(m_workspace.database()).tasks(m_workspace.planId())) {
        for (const Task &t : *tasks) {
            if (t.parentId == parentId && t.id != exceptTaskId)
                numbers.insert(t.number);
        }
    }
    return numbers;
}

void PlanPage::addWorkItem()
{
    std::optional<TaskOverview> task = currentTask();
    if (!task)
        return;
    if (task->task.parentId) { // an item is selected: add beside it, under its task
        const Result<QList<TaskOverview>> all =
            TaskRepository(m_workspace.database()).overview(m_workspace.planId());
        if (!all)
            return emit errorOccurred(all.error());
        for (const TaskOverview &t : *all) {
            if (t.task.id == *task->task.parentId)
                task = t;
        }
    }
    const Result<QList<Task>> tasks =
        TaskRepository(m_workspace.database()).tasks(m_workspace.planId());
    int next = 1;
    if (tasks) {
        for (const Task &t : *tasks) {
            if (t.parentId == task->task.id)
                next = std::max(next, t.number + 1);
        }
    }
    const Result<QList<Department>> departments =
        DepartmentRepository(m_workspace.database()).departments(true);
    if (!departments)
        return emit errorOccurred(departments.error());
    TaskDialog dialog(*task, next, *departments, this);
    dialog.setTakenNumbers(siblingNumbers(task->task.id, 0));
    qint64 added = 0;
    SaveOnAccept::install(dialog, [this, &dialog, &added] {
        const Result<qint64> id =
            TaskEdits::addWorkItem(m_workspace, dialog.task(), dialog.leadDepartmentId());
        added = id ? *id : 0;
        return Status::fromResult(id);
    });
    if (dialog.exec() == QDialog::Accepted)
        selectTask(added);
}

void PlanPage::editTask()
{
    const std::optional<TaskOverview> task = currentTask();
    if (!task)
        return;
    TaskDialog dialog(*task, this);
    if (task->task.parentId)
        dialog.setTakenNumbers(siblingNumbers(*task->task.parentId, task->task.id));
    // `base` is what the dialog shows as saved: theirs, once taken.
    SaveOnAccept::install(dialog, [this, &dialog, base = task->task]() mutable {
        const Task after = dialog.task();
        if (after.number == base.number && after.title == base.title
            && after.startOn == base.startOn && after.dueOn == base.dueOn
            && after.status == base.status && after.percent == base.percent)
            return Status();
        return ConflictResolution::save(
            &dialog, m_workspace.database(), tr("task %1 “%2”").arg(base.number).arg(base.title),
            base, after,
            [this](const Task &before, const Task &mine) {
                return TaskEdits::updateTask(m_workspace, before, mine);
            },
            [&dialog](const Task &theirs) { dialog.setTask(theirs); });
    });
    dialog.exec();
}

void PlanPage::deleteWorkItem()
{
    const std::optional<TaskOverview> task = currentTask();
    if (!task || !task->task.parentId)
        return;
    const Result<QList<ProgressReport>> reports =
        ProgressRepository(m_workspace.database()).reportsForTask(task->task.id);
    const qsizetype count = reports ? reports->size() : 0;
    const Result<QList<ActionItem>> actions =
        MeetingRepository(m_workspace.database()).actionItemsForPlan(m_workspace.planId());
    const auto linked = actions
        ? std::count_if(actions->cbegin(), actions->cend(),
                        [&](const ActionItem &a) { return a.taskId == task->task.id; })
        : 0;
    const auto answer = QMessageBox::question(
        this, tr("Delete work item"),
        tr("Delete the work item “%1” with its %n progress report(s)? You can undo this with "
           "Ctrl+Z.",
           nullptr, static_cast<int>(count))
                .arg(task->task.title)
            + (linked == 0 ? QString()
                           : u"\n"_s
                       + tr("%n action item(s) that name it will stay, no longer linked to a task.",
                            nullptr, static_cast<int>(linked))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = TaskEdits::removeWorkItem(m_workspace, task->task.id); !s)
        emit errorOccurred(s.error());
}

void PlanPage::editAssignments()
{
    const std::optional<TaskOverview> task = currentTask();
    if (!task)
        return;
    Database &db = m_workspace.database();
    const Result<QList<Department>> departments = DepartmentRepository(db).departments();
    const Result<QList<Assignment>> before = TaskRepository(db).assignments(task->task.id);
    if (!departments || !before)
        return emit errorOccurred(!departments ? departments.error() : before.error());
    AssignmentsDialog dialog(*task, *departments, this);
    auto sameDepartments = [](const QList<Assignment> &a, const QList<Assignment> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).departmentId != b.at(i).departmentId || a.at(i).role != b.at(i).role)
                return false;
        }
        return true;
    };
    SaveOnAccept::install(dialog, [&, taskId = task->task.id] {
        const QList<Assignment> after = dialog.assignments();
        if (sameDepartments(*before, after))
            return Status();
        return TaskEdits::setAssignments(m_workspace, taskId, *before, after);
    });
    dialog.exec();
}

void PlanPage::recordProgress()
{
    const std::optional<TaskOverview> task = currentTask();
    if (!task)
        return;
    Database &db = m_workspace.database();
    const Result<QList<Department>> departments = DepartmentRepository(db).departments();
    const Result<QList<ProgressReport>> reports =
        ProgressRepository(db).reportsForTask(task->task.id);
    if (!departments || !reports)
        return emit errorOccurred(!departments ? departments.error() : reports.error());
    ProgressReportDialog dialog(*task, *departments, *reports, m_workspace.asOf(), this);
    // A failed save keeps the dialog open with the report in it, for a retry.
    SaveOnAccept::install(dialog, [this, &dialog] {
        return Status::fromResult(TaskEdits::recordProgress(m_workspace, dialog.report()));
    });
    dialog.exec();
}

} // namespace PlanDesk
