#include "pages/taskdetailpanel.h"

#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardItemModel>

#include "editing/workspace.h"
#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "ui_taskdetailpanel.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setEditable(false);
        items << item;
    }
    return items;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QHash<qint64, QString> departmentNames(Workspace &workspace)
{
    QHash<qint64, QString> names;
    const Result<QList<Department>> all = DepartmentRepository(workspace.database()).departments();
    if (all) {
        for (const Department &d : *all)
            names.insert(d.id, d.name);
    }
    return names;
}

QString fieldName(const QString &column)
{
    static const QHash<QString, const char *> names = {
        {u"number"_s, QT_TRANSLATE_NOOP("PlanDesk::TaskDetailPanel", "number")},
        {u"title"_s, QT_TRANSLATE_NOOP("PlanDesk::TaskDetailPanel", "title")},
        {u"start_on"_s, QT_TRANSLATE_NOOP("PlanDesk::TaskDetailPanel", "start")},
        {u"due_on"_s, QT_TRANSLATE_NOOP("PlanDesk::TaskDetailPanel", "due")},
        {u"status"_s, QT_TRANSLATE_NOOP("PlanDesk::TaskDetailPanel", "status")},
        {u"percent"_s, QT_TRANSLATE_NOOP("PlanDesk::TaskDetailPanel", "percent done")},
        {u"group_id"_s, QT_TRANSLATE_NOOP("PlanDesk::TaskDetailPanel", "group")},
    };
    const char *name = names.value(column);
    return name ? QCoreApplication::translate("PlanDesk::TaskDetailPanel", name) : column;
}

QString valueText(const QString &column, const QJsonValue &value)
{
    if (column == u"status")
        if (const auto status = fromCode<TaskStatus>(value.toString()))
            return displayName(*status);
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

/// "percent done 20 → 40; status In progress → Done" from the audit row.
QString describeUpdate(const AuditEntry &entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    QStringList changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key() == u"text" || before.value(it.key()) == it.value())
            continue;
        changes << u"%1 %2 → %3"_s.arg(fieldName(it.key()),
                                       valueText(it.key(), before.value(it.key())),
                                       valueText(it.key(), it.value()));
    }
    return changes.join(u"; "_s);
}

} // namespace

TaskDetailPanel::TaskDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TaskDetailPanel>())
    , m_assignments(new QStandardItemModel(this))
    , m_progress(new QStandardItemModel(this))
    , m_actions(new QStandardItemModel(this))
    , m_history(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->assignmentView->setModel(m_assignments);
    m_ui->progressView->setModel(m_progress);
    m_ui->actionView->setModel(m_actions);
    m_ui->historyView->setModel(m_history);
    connect(m_ui->editDepartmentsButton, &QPushButton::clicked, this,
            &TaskDetailPanel::editAssignmentsRequested);
}

TaskDetailPanel::~TaskDetailPanel() = default;

void TaskDetailPanel::showTask(Workspace &workspace, const std::optional<TaskOverview> &task)
{
    for (QStandardItemModel *model : {m_assignments, m_progress, m_actions, m_history})
        model->clear();
    m_ui->editDepartmentsButton->setEnabled(task.has_value());
    if (!task) {
        m_ui->headingLabel->clear();
        m_ui->clauseView->clear();
        return;
    }
    const QString number = task->task.parentId ? tr("work item %1").arg(task->task.number)
                                               : QString::number(task->task.number);
    m_ui->headingLabel->setText(
        u"<b>%1 %2</b>"_s.arg(number.toHtmlEscaped(), task->task.title.toHtmlEscaped()));
    m_ui->clauseView->setPlainText(task->task.text.isEmpty() ? task->task.title : task->task.text);
    fillAssignments(workspace, *task);
    const QHash<qint64, QString> names = departmentNames(workspace);
    fillProgress(workspace, *task, names);
    fillActions(workspace, *task, names);
    fillHistory(workspace, *task);
    for (QTreeView *view :
         {m_ui->assignmentView, m_ui->progressView, m_ui->actionView, m_ui->historyView}) {
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->resizeColumnToContents(c);
    }
}

void TaskDetailPanel::fillAssignments(Workspace &, const TaskOverview &task)
{
    m_assignments->setHorizontalHeaderLabels({tr("Department"), tr("Role")});
    m_assignments->appendRow(row({task.lead, displayName(AssignmentRole::Lead)}));
    for (const QString &name : task.cooperating)
        m_assignments->appendRow(row({name, displayName(AssignmentRole::Cooperating)}));
}

void TaskDetailPanel::fillProgress(Workspace &workspace, const TaskOverview &task,
                                   const QHash<qint64, QString> &names)
{
    m_progress->setHorizontalHeaderLabels(
        {tr("Period"), tr("Department"), tr("Done"), tr("Status"), tr("Reported"), tr("Progress")});
    const Result<QList<ProgressReport>> reports =
        ProgressRepository(workspace.database()).reportsForTask(task.task.id);
    if (!reports)
        return;
    // Newest first: the office reads the latest standing first.
    for (auto it = reports->crbegin(); it != reports->crend(); ++it)
        m_progress->appendRow(row({it->period, names.value(it->departmentId),
                                   QLocale().toString(it->percent) + QLocale().percent(),
                                   displayName(it->status), shortDate(it->reportedOn), it->text}));
}

void TaskDetailPanel::fillActions(Workspace &workspace, const TaskOverview &task,
                                  const QHash<qint64, QString> &names)
{
    m_actions->setHorizontalHeaderLabels({tr("Due"), tr("Owner"), tr("Status"), tr("Action item")});
    const Result<QList<ActionItem>> items =
        MeetingRepository(workspace.database()).actionItemsForPlan(task.task.planId);
    if (!items)
        return;
    for (const ActionItem &a : *items) {
        if (a.taskId == task.task.id)
            m_actions->appendRow(row({shortDate(a.dueOn), names.value(a.ownerDepartmentId),
                                      displayName(a.status), a.description}));
    }
}

void TaskDetailPanel::fillHistory(Workspace &workspace, const TaskOverview &task)
{
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Change")});
    const Result<QList<AuditEntry>> entries =
        AuditRepository(workspace.database()).history(u"task"_s, task.task.id);
    if (!entries)
        return;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const QDateTime when =
            QDateTime::fromString(it->changedAt, Qt::ISODateWithMs).toLocalTime();
        const QString change = it->action == u"insert" ? tr("created")
            : it->action == u"delete"                  ? tr("deleted")
                                                       : describeUpdate(*it);
        m_history->appendRow(
            row({QLocale().toString(when, QLocale::ShortFormat), it->actor, change}));
    }
}

} // namespace PlanDesk
