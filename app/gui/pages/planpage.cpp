#include "pages/planpage.h"

#include <algorithm>

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include "models/tasktreemodel.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"
#include "ui_planpage.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

PlanPage::PlanPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanPage>())
    , m_model(new TaskTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->taskTree->setModel(m_proxy);
    m_ui->taskTree->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->filterEdit->setPlaceholderText(tr("Filter by number, title or department (Ctrl+F)"));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &PlanPage::applyFilter);
    connect(m_ui->taskTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanPage::showSelectedClause);
}

PlanPage::~PlanPage() = default;

QString PlanPage::load(Database &db, qint64 planId, const QDate &asOf)
{
    Result<QList<TaskGroup>> groups = PlanRepository(db).groups(planId);
    if (!groups)
        return groups.error();
    Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(planId);
    if (!tasks)
        return tasks.error();
    m_model->setPlan(*groups, *tasks, asOf);
    spanGroupRows();
    m_ui->taskTree->expandAll();
    for (int c = 0; c < TaskTreeModel::ColumnCount; ++c)
        m_ui->taskTree->resizeColumnToContents(c);
    // Long clause titles and department lists get room; the rest fit their text.
    const int em = fontMetrics().horizontalAdvance(u'字');
    m_ui->taskTree->setColumnWidth(TaskTreeModel::Number,
                                   2 * m_ui->taskTree->indentation() + 3 * em);
    m_ui->taskTree->setColumnWidth(
        TaskTreeModel::Lead, std::min(m_ui->taskTree->columnWidth(TaskTreeModel::Lead), 10 * em));
    m_ui->taskTree->setColumnWidth(TaskTreeModel::Title, 18 * em);
    m_ui->taskTree->setColumnWidth(TaskTreeModel::Cooperating, 16 * em);
    return {};
}

void PlanPage::spanGroupRows()
{
    // Group headings ("(一) 深化知识产权领域改革") read across the whole row.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_ui->taskTree->setFirstColumnSpanned(row, QModelIndex(), true);
}

void PlanPage::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void PlanPage::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    spanGroupRows();
    m_ui->taskTree->expandAll();
}

void PlanPage::showSelectedClause()
{
    const QModelIndex current = m_ui->taskTree->currentIndex();
    const QModelIndex row = current.siblingAtColumn(TaskTreeModel::Title);
    if (!current.isValid() || row.data(TaskTreeModel::IsGroupRole).toBool()) {
        m_ui->clauseView->clear();
        return;
    }
    const QString number = row.siblingAtColumn(TaskTreeModel::Number).data().toString();
    m_ui->clauseView->setHtml(u"<h3>%1 %2</h3><p>%3</p><p><b>%4</b>%5<br><b>%6</b>%7</p>"_s.arg(
        number.toHtmlEscaped(), row.data().toString().toHtmlEscaped(),
        row.data(TaskTreeModel::ClauseTextRole).toString().toHtmlEscaped(),
        tr("Lead: ").toHtmlEscaped(),
        row.siblingAtColumn(TaskTreeModel::Lead).data().toString().toHtmlEscaped(),
        tr("Cooperating: ").toHtmlEscaped(),
        row.siblingAtColumn(TaskTreeModel::Cooperating).data().toString().toHtmlEscaped()));
}

} // namespace PlanDesk
