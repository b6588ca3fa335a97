#include "dialogs/assignmentsdialog.h"

#include <QListWidgetItem>
#include <QSet>

#include "ui_assignmentsdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

AssignmentsDialog::AssignmentsDialog(const TaskOverview &task, const QList<Department> &departments,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssignmentsDialog>())
    , m_taskId(task.task.id)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Departments of task %1").arg(task.task.number));
    m_ui->taskLabel->setText(tr("Task %1 “%2”").arg(task.task.number).arg(task.task.title));

    // The task's own departments first, in the document's order, then the rest.
    QList<Department> ordered;
    QSet<qint64> listed;
    for (const QString &name : QStringList {task.lead} + task.cooperating) {
        for (const Department &d : departments) {
            if (d.name == name && !listed.contains(d.id)) {
                ordered << d;
                listed.insert(d.id);
            }
        }
    }
    for (const Department &d : departments) {
        if (d.active && !listed.contains(d.id))
            ordered << d;
    }
    for (const Department &d : ordered) {
        m_ui->leadCombo->addItem(d.name, d.id);
        auto *item = new QListWidgetItem(d.name, m_ui->cooperatingList);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(task.cooperating.contains(d.name) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->leadCombo->setCurrentIndex(std::max(0, m_ui->leadCombo->findText(task.lead)));
    leadChanged();
    connect(m_ui->leadCombo, &QComboBox::currentIndexChanged, this,
            &AssignmentsDialog::leadChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AssignmentsDialog::~AssignmentsDialog() = default;

void AssignmentsDialog::leadChanged()
{
    const qint64 lead = m_ui->leadCombo->currentData().toLongLong();
    for (int i = 0; i < m_ui->cooperatingList->count(); ++i) {
        QListWidgetItem *item = m_ui->cooperatingList->item(i);
        const bool isLead = item->data(Qt::UserRole).toLongLong() == lead;
        if (isLead)
            item->setCheckState(Qt::Unchecked);
        item->setFlags(isLead ? Qt::NoItemFlags
                              : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
}

QList<Assignment> AssignmentsDialog::assignments() const
{
    QList<Assignment> result;
    result << Assignment {0, m_taskId, m_ui->leadCombo->currentData().toLongLong(),
                          AssignmentRole::Lead, 0};
    for (int i = 0; i < m_ui->cooperatingList->count(); ++i) {
        const QListWidgetItem *item = m_ui->cooperatingList->item(i);
        if (item->checkState() == Qt::Checked)
            result << Assignment {0, m_taskId, item->data(Qt::UserRole).toLongLong(),
                                  AssignmentRole::Cooperating, 0};
    }
    return result;
}

} // namespace PlanDesk
