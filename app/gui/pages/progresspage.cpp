#include "pages/progresspage.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSortFilterProxyModel>

#include "database/database.h"
#include "dialogs/progressreportdialog.h"
#include "dialogs/saveonaccept.h"
#include "editing/taskedits.h"
#include "editing/workspace.h"
#include "models/progresstablemodel.h"
#include "repositories/departmentrepository.h"
#include "repositories/progressrepository.h"
#include "ui_progresspage.h"
#include "widgets/icons.h"
#include "widgets/lazyreload.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Department, period and words, all at once.
class ReportFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(const QString &department, const QString &period, const QString &text)
    {
        m_department = department;
        m_period = period.trimmed();
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        auto cell = [&](int column) {
            return m->index(row, column, parent).data().toString();
        };
        if (!m_department.isEmpty()
            && m->index(row, 0, parent).data(ProgressTableModel::DepartmentRole).toString()
                != m_department)
            return false;
        if (!m_period.isEmpty() && !cell(ProgressTableModel::Period).startsWith(m_period))
            return false;
        if (!m_text.isEmpty()
            && !cell(ProgressTableModel::Task).contains(m_text, Qt::CaseInsensitive)
            && !cell(ProgressTableModel::Text).contains(m_text, Qt::CaseInsensitive))
            return false;
        return true;
    }

private:
    QString m_department;
    QString m_period;
    QString m_text;
};

/// How reports name their task: "6", "6.1" for a work item, "保障措施2".
QHash<qint64, ProgressTableModel::TaskLabel> taskLabels(const QList<TaskOverview> &tasks)
{
    QHash<qint64, int> numbers;
    for (const TaskOverview &t : tasks)
        numbers.insert(t.task.id, t.task.number);
    QHash<qint64, ProgressTableModel::TaskLabel> labels;
    for (const TaskOverview &t : tasks)
        labels.insert(t.task.id,
                      {t.task.number, t.task.title, t.task.parentId.has_value(),
                       t.group.kind == GroupKind::Safeguard,
                       t.task.parentId ? numbers.value(*t.task.parentId) : 0});
    return labels;
}

} // namespace

ProgressPage::ProgressPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::ProgressPage>())
    , m_model(new ProgressTableModel(this))
    , m_proxy(new ReportFilter(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProgressTableModel::SortRole);
    m_ui->reportTable->setModel(m_proxy);
    m_ui->reportTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->reportTable->verticalHeader()->hide();
    m_ui->textFilter->setPlaceholderText(tr("Find in task or progress text"));
    m_ui->periodFilter->setPlaceholderText(tr("Period, e.g. 2018 or 2018-Q2"));
    m_ui->recordButton->setText(tr("Record progress…"));
    m_ui->recordButton->setIcon(bundledIcon(u"list-add"_s));
    m_ui->deleteButton->setText(tr("Delete report"));
    m_ui->deleteButton->setIcon(bundledIcon(u"edit-delete"_s));

    connect(m_ui->textFilter, &QLineEdit::textChanged, this, &ProgressPage::applyFilters);
    connect(m_ui->periodFilter, &QLineEdit::textChanged, this, &ProgressPage::applyFilters);
    connect(m_ui->departmentFilter, &QComboBox::currentIndexChanged, this,
            &ProgressPage::applyFilters);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &ProgressPage::recordReport);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProgressPage::deleteReport);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &ProgressPage::deleteReport);
    m_ui->reportTable->addAction(remove);

    m_lazyReload = new LazyReload(*this, [this] { reload(); });
    connect(&m_workspace, &Workspace::ledgerChanged, m_lazyReload, &LazyReload::request);
    m_lazyReload->request();
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::reload()
{
    Database &db = m_workspace.database();
    const Result<QList<ProgressReport>> reports =
        ProgressRepository(db).reportsForPlan(m_workspace.planId());
    const Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(m_workspace.planId());
    const Result<QList<Department>> departments = DepartmentRepository(db).departments();
    if (!reports || !tasks || !departments)
        return emit errorOccurred(!reports     ? reports.error()
                                      : !tasks ? tasks.error()
                                               : departments.error());
    const QHash<qint64, ProgressTableModel::TaskLabel> labels = taskLabels(*tasks);
    QHash<qint64, QString> names;
    for (const Department &d : *departments)
        names.insert(d.id, d.name);
    m_model->setReports(*reports, labels, names);

    const QSignalBlocker blocker(m_ui->departmentFilter);
    const QString chosen = m_ui->departmentFilter->currentData().toString();
    m_ui->departmentFilter->clear();
    m_ui->departmentFilter->addItem(tr("All departments"), QString());
    for (const Department &d : *departments)
        m_ui->departmentFilter->addItem(d.name, d.name);
    m_ui->departmentFilter->setCurrentIndex(std::max(0, m_ui->departmentFilter->findData(chosen)));
    applyFilters();
    m_ui->reportTable->resizeColumnsToContents();
    m_ui->reportTable->setColumnWidth(
        ProgressTableModel::Task,
        std::min(m_ui->reportTable->columnWidth(ProgressTableModel::Task), 320));
}

void ProgressPage::applyFilters()
{
    static_cast<ReportFilter *>(m_proxy)->set(m_ui->departmentFilter->currentData().toString(),
                                              m_ui->periodFilter->text(), m_ui->textFilter->text());
    m_ui->countLabel->setText(tr("%n report(s)", nullptr, m_proxy->rowCount()));
}

void ProgressPage::recordReport()
{
    Database &db = m_workspace.database();
    const Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(m_workspace.planId());
    if (!tasks)
        return emit errorOccurred(tasks.error());
    // The same label as in the table; unique, since numbers are unique in a group.
    const QHash<qint64, ProgressTableModel::TaskLabel> labels = taskLabels(*tasks);
    QStringList choices;
    for (const TaskOverview &t : *tasks) {
        const auto label = labels.value(t.task.id);
        choices
            << (label.workItem
                    ? u"    %1.%2 %3"_s.arg(label.parentNumber).arg(label.number).arg(label.title)
                    : label.safeguard
                    ? ProgressTableModel::tr("Safeguard %1 %2").arg(label.number).arg(label.title)
                    : u"%1 %2"_s.arg(label.number).arg(label.title));
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Record progress"), tr("Which task is the report about?"), choices, 0, false, &ok);
    if (!ok)
        return;
    const TaskOverview &task = tasks->at(choices.indexOf(choice));
    const Result<QList<Department>> departments = DepartmentRepository(db).departments();
    const Result<QList<ProgressReport>> reports =
        ProgressRepository(db).reportsForTask(task.task.id);
    if (!departments || !reports)
        return emit errorOccurred(!departments ? departments.error() : reports.error());
    ProgressReportDialog dialog(task, *departments, *reports, m_workspace.asOf(), this);
    // A failed save keeps the dialog open with the report in it, for a retry.
    SaveOnAccept::install(dialog, [this, &dialog] {
        return Status::fromResult(TaskEdits::recordProgress(m_workspace, dialog.report()));
    });
    dialog.exec();
}

void ProgressPage::deleteReport()
{
    const QModelIndex current = m_ui->reportTable->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(ProgressTableModel::ReportIdRole).toLongLong();
    const QString department =
        current.siblingAtColumn(ProgressTableModel::Department).data().toString();
    const QString period = current.siblingAtColumn(ProgressTableModel::Period).data().toString();
    if (QMessageBox::question(
            this, tr("Delete report"),
            tr("Delete %1's report for %2? You can undo this with Ctrl+Z.").arg(department, period),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (Status s = TaskEdits::removeReport(m_workspace, id); !s)
        emit errorOccurred(s.error());
}

} // namespace PlanDesk
