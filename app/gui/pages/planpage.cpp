#include "pages/planpage.h"

#include <algorithm>

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include "database/database.h"
#include "editing/workspace.h"
#include "models/tasktreemodel.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"
#include "ui_planpage.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

PlanPage::PlanPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
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
    connect(&m_workspace, &Workspace::ledgerChanged, this, &PlanPage::reload);
    connect(&m_workspace, &Workspace::asOfChanged, this, &PlanPage::reload);
    reload();
}

PlanPage::~PlanPage() = default;

void PlanPage::reload()
{
    Database &db = m_workspace.database();
    Result<QList<TaskGroup>> groups = PlanRepository(db).groups(m_workspace.planId());
    Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(m_workspace.planId());
    if (!groups || !tasks) {
        emit errorOccurred(groups ? tasks.error() : groups.error());
        return;
    }
    // Keep the reader's place across the reload.
    const qint64 current =
        m_ui->taskTree->currentIndex().data(TaskTreeModel::TaskIdRole).toLongLong();
    m_model->setPlan(*groups, *tasks, m_workspace.asOf());
    spanGroupRows();
    m_ui->taskTree->expandAll();
    if (current != 0) {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), TaskTreeModel::TaskIdRole, current, 1,
                           Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty())
            m_ui->taskTree->setCurrentIndex(found.constFirst());
    }
    if (m_columnsSized)
        return;
    m_columnsSized = true;
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
