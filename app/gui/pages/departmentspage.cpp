#include "pages/departmentspage.h"

#include <algorithm>

#include <QHeaderView>
#include <QMessageBox>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>

#include "database/database.h"
#include "dialogs/conflictresolution.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/saveonaccept.h"
#include "editing/workspace.h"
#include "models/departmenttablemodel.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "ui_departmentspage.h"
#include "widgets/icons.h"
#include "widgets/lazyreload.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// How many of a department's reports the detail panel lists.
constexpr int LatestReports = 12;

QString taskNumber(int number, std::optional<int> parentNumber, GroupKind kind)
{
    const QString n =
        parentNumber ? u"%1.%2"_s.arg(*parentNumber).arg(number) : QString::number(number);
    // Safeguard measures are numbered apart from the key tasks.
    return kind == GroupKind::Safeguard ? DepartmentsPage::tr("Measure %1").arg(n) : n;
}

void markSample(QTreeWidgetItem *item)
{
    for (int c = 0; c < item->columnCount(); ++c) {
        QFont font = item->font(c);
        font.setItalic(true);
        item->setFont(c, font);
        item->setForeground(c, QColor(0x75, 0x75, 0x75));
        if (item->toolTip(c).isEmpty())
            item->setToolTip(
                c,
                DepartmentsPage::tr(
                    "Sample data (from “plandesk init --demo”), not the office's records"));
    }
}

} // namespace

DepartmentsPage::DepartmentsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::DepartmentsPage>())
    , m_model(new DepartmentTableModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DepartmentTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(DepartmentTableModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(DepartmentTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->departmentTable->setModel(m_proxy);
    // Document order until the user sorts; a third click on a header returns to it.
    m_ui->departmentTable->horizontalHeader()->setSortIndicatorClearable(true);
    m_ui->departmentTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->departmentFilter->setPlaceholderText(tr("Filter by name, short name or contact person"));
    m_ui->addDepartmentButton->setIcon(bundledIcon(u"list-add"_s));
    m_ui->deleteDepartmentButton->setIcon(bundledIcon(u"edit-delete"_s));
    QFont headingFont = m_ui->departmentHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_ui->departmentHeading->setFont(headingFont);
    for (QTreeWidget *list :
         {m_ui->departmentTasks, m_ui->departmentActions, m_ui->departmentReports}) {
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
        list->header()->setStretchLastSection(false);
    }

    connect(m_ui->departmentFilter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed()); });
    connect(m_ui->departmentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DepartmentsPage::showDetails);
    connect(m_ui->addDepartmentButton, &QPushButton::clicked, this,
            &DepartmentsPage::addDepartment);
    connect(m_ui->deleteDepartmentButton, &QPushButton::clicked, this,
            &DepartmentsPage::deleteCurrentDepartment);
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr,
                          Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, &DepartmentsPage::addDepartment);
    // On the table only, so Delete still deletes text in the filter box.
    connect(new QShortcut(QKeySequence::Delete, m_ui->departmentTable, nullptr, nullptr,
                          Qt::WidgetShortcut),
            &QShortcut::activated, this, &DepartmentsPage::deleteCurrentDepartment);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(key), m_ui->departmentTable, nullptr, nullptr,
                              Qt::WidgetShortcut),
                &QShortcut::activated, this, &DepartmentsPage::editCurrent);
    connect(m_model, &DepartmentTableModel::errorOccurred, this, &DepartmentsPage::errorOccurred);
    // Asked once the view's editor has committed, not from inside setData().
    connect(m_model, &DepartmentTableModel::conflictOccurred, this,
            [this](const Department &mine, const UpdateConflict<Department> &conflict) {
                QMetaObject::invokeMethod(
                    this, [this, mine, conflict] { resolveConflict(mine, conflict); },
                    Qt::QueuedConnection);
            });
    m_lazyReload = new LazyReload(*this, [this] { reload(); });
    connect(&m_workspace, &Workspace::ledgerChanged, m_lazyReload, &LazyReload::request);
    // Overdue action items are judged on the as-of date.
    connect(&m_workspace, &Workspace::asOfChanged, this, &DepartmentsPage::showDetails);
    m_lazyReload->request();
}

DepartmentsPage::~DepartmentsPage()
{
    // An editor still open commits while the widgets are torn down; by then
    // nothing may call back into this page.
    disconnect(&m_workspace, nullptr, this, nullptr);
    disconnect(&m_workspace, nullptr, m_lazyReload, nullptr);
    m_model->disconnect(this);
    m_ui->departmentTable->selectionModel()->disconnect(this);
}

void DepartmentsPage::resolveConflict(const Department &mine,
                                      const UpdateConflict<Department> &conflict)
{
    const Department &theirs = conflict.current;
    switch (ConflictResolution::ask(this, m_workspace.database(),
                                    tr("the department “%1”").arg(theirs.name), conflict.table,
                                    conflict.id, ConflictFields::of(mine, theirs))) {
    case ConflictDialog::Choice::KeepMine:
        ConflictResolution::logKeptMine(conflict.table, conflict.id, theirs.rowVersion);
        m_model->saveOver(mine, theirs);
        break;
    case ConflictDialog::Choice::TakeTheirs:
        m_model->takeTheirs(theirs);
        break;
    case ConflictDialog::Choice::Cancel:
        break;
    }
}

void DepartmentsPage::reload()
{
    Result<QList<DepartmentSummary>> rows =
        DepartmentRepository(m_workspace.database()).summaries(m_workspace.planId());
    if (!rows) {
        emit errorOccurred(rows.error());
        return;
    }
    const qint64 current = currentDepartmentId();
    m_model->setDepartments(*rows);
    if (current != 0 && m_model->rowOf(current) >= 0)
        selectDepartment(current);
    else if (!m_ui->departmentTable->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->departmentTable->setCurrentIndex(m_proxy->index(0, DepartmentTableModel::Name));
    showDetails();
    if (!m_columnsSized) {
        m_columnsSized = true;
        sizeColumns();
    }
}

void DepartmentsPage::sizeColumns()
{
    QTableView *table = m_ui->departmentTable;
    table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->resizeColumnsToContents();
    const int em = fontMetrics().horizontalAdvance(u'字');
    const int headerWidth =
        table->horizontalHeader()->sectionSizeHint(DepartmentTableModel::ShortName);
    table->setColumnWidth(DepartmentTableModel::ShortName,
                          std::min(table->columnWidth(DepartmentTableModel::ShortName),
                                   std::max(headerWidth, 6 * em)));
    table->setColumnWidth(DepartmentTableModel::Phone,
                          std::max(table->columnWidth(DepartmentTableModel::Phone), 8 * em));
    // The name takes what the other columns leave; long names
    // (市知识产权工作领导小组各成员单位) are cut short, with a tooltip.
    table->horizontalHeader()->setSectionResizeMode(DepartmentTableModel::Name,
                                                    QHeaderView::Stretch);
    // The table gets about the room its columns need, the detail panel the rest.
    int tableWidth = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    for (int c = DepartmentTableModel::ShortName; c < DepartmentTableModel::ColumnCount; ++c)
        tableWidth += table->columnWidth(c);
    tableWidth += 11 * em; // the name
    m_ui->splitter->setSizes({tableWidth, 34 * em});
}

void DepartmentsPage::focusFilter()
{
    m_ui->departmentFilter->setFocus(Qt::ShortcutFocusReason);
    m_ui->departmentFilter->selectAll();
}

qint64 DepartmentsPage::currentDepartmentId() const
{
    return m_ui->departmentTable->currentIndex().data(DepartmentTableModel::IdRole).toLongLong();
}

void DepartmentsPage::selectDepartment(qint64 id)
{
    const auto find = [&] {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, DepartmentTableModel::Name),
                           DepartmentTableModel::IdRole, id, 1, Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.constFirst();
    };
    QModelIndex index = find();
    if (!index.isValid() && !m_ui->departmentFilter->text().isEmpty()) {
        m_ui->departmentFilter->clear();
        index = find();
    }
    if (!index.isValid())
        return;
    const int column = std::max(m_ui->departmentTable->currentIndex().column(), 0);
    if (m_ui->departmentTable->currentIndex().row() != index.row())
        m_ui->departmentTable->setCurrentIndex(index.siblingAtColumn(column));
    m_ui->departmentTable->scrollTo(m_ui->departmentTable->currentIndex());
}

void DepartmentsPage::editCurrent()
{
    const QModelIndex current = m_ui->departmentTable->currentIndex();
    if (current.flags() & Qt::ItemIsEditable)
        m_ui->departmentTable->edit(current);
}

void DepartmentsPage::showDetails()
{
    const int row = m_model->rowOf(currentDepartmentId());
    m_ui->deleteDepartmentButton->setEnabled(row >= 0);
    m_ui->departmentTasks->clear();
    m_ui->departmentActions->clear();
    m_ui->departmentReports->clear();
    if (row < 0) {
        m_ui->departmentHeading->setText(tr("No department selected"));
        m_ui->departmentInfo->clear();
        m_ui->tasksLabel->setText(tr("Tasks"));
        m_ui->actionsLabel->setText(tr("Open action items"));
        m_ui->reportsLabel->setText(tr("Latest progress reports"));
        return;
    }
    const Department &d = m_model->summaryAt(row).department;
    m_ui->departmentHeading->setText(d.active ? d.name : tr("%1 (inactive)").arg(d.name));
    const QString none = u"—"_s;
    m_ui->departmentInfo->setText(tr("%1 · Short name: %2 · Contact: %3 · Phone: %4")
                                      .arg(displayName(d.kind),
                                           d.shortName.isEmpty() ? none : d.shortName,
                                           d.contactPerson.isEmpty() ? none : d.contactPerson,
                                           d.contactPhone.isEmpty() ? none : d.contactPhone));
    showTasks(d.id);
    showActionItems(d.id);
    showReports(d.id);
}

void DepartmentsPage::showTasks(qint64 departmentId)
{
    Result<QList<DepartmentTask>> tasks =
        TaskRepository(m_workspace.database())
            .tasksOfDepartment(m_workspace.planId(), departmentId);
    if (!tasks) {
        emit errorOccurred(tasks.error());
        return;
    }
    int led = 0;
    for (const DepartmentTask &t : *tasks) {
        auto *item = new QTreeWidgetItem(m_ui->departmentTasks,
                                         {taskNumber(t.task.number, t.parentNumber, t.groupKind),
                                          t.task.title, displayName(t.role)});
        item->setToolTip(1, t.task.title);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        if (t.role == AssignmentRole::Lead) {
            ++led;
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
        }
    }
    m_ui->tasksLabel->setText(
        tr("Tasks: leads %1, cooperates on %2").arg(led).arg(tasks->size() - led));
}

void DepartmentsPage::showActionItems(qint64 departmentId)
{
    Result<QList<ActionItem>> items = MeetingRepository(m_workspace.database())
                                          .openActionItemsOf(m_workspace.planId(), departmentId);
    if (!items) {
        emit errorOccurred(items.error());
        return;
    }
    const QLocale locale;
    for (const ActionItem &a : *items) {
        auto *item = new QTreeWidgetItem(
            m_ui->departmentActions,
            {locale.toString(a.dueOn, QLocale::ShortFormat), a.description, displayName(a.status)});
        item->setToolTip(1, a.description);
        if (a.dueOn < m_workspace.asOf()) {
            item->setForeground(0, QColor(0xc6, 0x28, 0x28));
            item->setToolTip(
                0,
                tr("Overdue on %1").arg(locale.toString(m_workspace.asOf(), QLocale::ShortFormat)));
        }
        if (a.sample)
            markSample(item);
    }
    m_ui->actionsLabel->setText(tr("Open action items: %1").arg(items->size()));
}

void DepartmentsPage::showReports(qint64 departmentId)
{
    Result<QList<ReportOnTask>> reports =
        ProgressRepository(m_workspace.database())
            .latestReportsOf(m_workspace.planId(), departmentId, LatestReports);
    if (!reports) {
        emit errorOccurred(reports.error());
        return;
    }
    const QLocale locale;
    for (const ReportOnTask &r : *reports) {
        const QString task =
            u"%1 %2"_s.arg(taskNumber(r.taskNumber, r.parentNumber, r.groupKind), r.taskTitle);
        auto *item = new QTreeWidgetItem(
            m_ui->departmentReports,
            {r.report.period, task, locale.toString(r.report.percent) + locale.percent(),
             locale.toString(r.report.reportedOn, QLocale::ShortFormat)});
        item->setToolTip(1, r.report.text.isEmpty() ? task : u"%1\n%2"_s.arg(task, r.report.text));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (r.report.sample)
            markSample(item);
    }
    m_ui->reportsLabel->setText(tr("Latest progress reports"));
}

void DepartmentsPage::addDepartment()
{
    DepartmentDialog dialog(m_model->names(), this);
    Workspace *workspace = &m_workspace;
    qint64 added = 0;
    // A failed save keeps the dialog open with what was typed, for a retry.
    SaveOnAccept::install(dialog, [workspace, &dialog, &added] {
        const Department department = dialog.department();
        const Result<qint64> id = workspace->performInsert(
            tr("Add department “%1”").arg(department.name),
            [workspace, department](qint64 newId) {
                Department row = department;
                row.id = newId;
                return DepartmentRepository(workspace->database()).create(row);
            },
            [workspace](qint64 newId) {
                return DepartmentRepository(workspace->database()).remove(newId);
            });
        added = id ? *id : 0;
        return Status::fromResult(id);
    });
    if (dialog.exec() == QDialog::Accepted)
        selectDepartment(added);
}

void DepartmentsPage::deleteCurrentDepartment()
{
    const qint64 id = currentDepartmentId();
    if (id == 0)
        return;
    DepartmentRepository repository(m_workspace.database());
    const Result<Department> department = repository.department(id);
    const Result<DepartmentDependents> dependents = repository.dependents(id);
    if (!department || !dependents) {
        emit errorOccurred(department ? dependents.error() : department.error());
        return;
    }
    if (!dependents->isEmpty()) {
        explainRefusal(*department, *dependents);
        return;
    }
    if (QMessageBox::question(this, tr("Delete department"),
                              tr("Delete the department “%1”?").arg(department->name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    Workspace *workspace = &m_workspace;
    const Department old = *department;
    const Status s = m_workspace.perform(
        tr("Delete department “%1”").arg(old.name),
        [workspace, id] { return DepartmentRepository(workspace->database()).remove(id); },
        [workspace, old] {
            return Status::fromResult(DepartmentRepository(workspace->database()).create(old));
        });
    if (!s)
        emit errorOccurred(s.error());
}

void DepartmentsPage::explainRefusal(const Department &department,
                                     const DepartmentDependents &dependents)
{
    QStringList reasons;
    if (dependents.tasksLed > 0)
        reasons << tr("It leads %n task(s).", nullptr, dependents.tasksLed);
    if (dependents.tasksCooperating > 0)
        reasons << tr("It cooperates on %n task(s).", nullptr, dependents.tasksCooperating);
    if (dependents.progressReports > 0)
        reasons << tr("It has sent %n progress report(s).", nullptr, dependents.progressReports);
    if (dependents.actionItems > 0)
        reasons << tr("It owns %n action item(s) from meetings.", nullptr, dependents.actionItems);
    if (dependents.meetingsAttended > 0)
        reasons << tr("It attended %n meeting(s).", nullptr, dependents.meetingsAttended);
    if (dependents.indicators > 0)
        reasons << tr("It is responsible for %n indicator(s).", nullptr, dependents.indicators);
    for (QString &reason : reasons)
        reason.prepend(u"• "_s);
    QMessageBox box(
        QMessageBox::Information, tr("Department still in use"),
        tr("“%1” cannot be deleted while other records refer to it.").arg(department.name),
        QMessageBox::Ok, this);
    box.setInformativeText(
        reasons.join(u'\n') + u"\n\n"_s
        + tr("Give this work to another department first, or clear “Active” to keep the "
             "department on record without new work."));
    box.exec();
}

} // namespace PlanDesk
