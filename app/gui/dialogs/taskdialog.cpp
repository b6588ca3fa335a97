#include "dialogs/taskdialog.h"

#include <QLocale>
#include <QPushButton>

#include "editing/dateformat.h"
#include "ui_taskdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

TaskDialog::TaskDialog(const TaskOverview &parent, int nextNumber,
                       const QList<Department> &departments, QWidget *widgetParent)
    : QDialog(widgetParent)
    , m_ui(std::make_unique<Ui::TaskDialog>())
    , m_newItem(true)
{
    m_task.planId = parent.task.planId;
    m_task.groupId = parent.task.groupId;
    m_task.parentId = parent.task.id;
    m_task.number = nextNumber;
    m_task.startOn = parent.task.startOn;
    m_task.dueOn = parent.task.dueOn;
    setUp();
    setWindowTitle(tr("Add work item"));
    m_ui->parentLabel->setText(
        tr("Work item under task %1 “%2”").arg(parent.task.number).arg(parent.task.title));
    for (const Department &d : departments) {
        if (d.active)
            m_ui->leadCombo->addItem(d.name, d.id);
    }
    m_ui->leadCombo->setCurrentIndex(m_ui->leadCombo->findText(parent.lead));
    m_ui->titleEdit->setFocus();
    validate();
}

TaskDialog::TaskDialog(const TaskOverview &task, QWidget *widgetParent)
    : QDialog(widgetParent)
    , m_ui(std::make_unique<Ui::TaskDialog>())
    , m_task(task.task)
    , m_newItem(false)
{
    setUp();
    const bool documentTask = !m_task.parentId;
    setWindowTitle(documentTask ? tr("Edit task") : tr("Edit work item"));
    m_ui->parentLabel->setText(documentTask ? tr("Number and title are the plan document's own.")
                                            : QString());
    m_ui->parentLabel->setVisible(documentTask);
    m_ui->numberSpin->setEnabled(!documentTask);
    m_ui->titleEdit->setReadOnly(documentTask);
    // Departments are changed on the task's Departments tab.
    m_ui->leadCaption->hide();
    m_ui->leadCombo->hide();
    m_ui->statusCombo->setFocus();
    validate();
}

TaskDialog::~TaskDialog() = default;

void TaskDialog::setUp()
{
    m_ui->setupUi(this);
    const QString dateFormat = dateEditFormat();
    m_ui->startEdit->setDisplayFormat(dateFormat);
    m_ui->dueEdit->setDisplayFormat(dateFormat);
    for (TaskStatus s :
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Suspended})
        m_ui->statusCombo->addItem(displayName(s), static_cast<int>(s));
    showTask();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &TaskDialog::validate);
    connect(m_ui->numberSpin, &QSpinBox::valueChanged, this, &TaskDialog::validate);
    connect(m_ui->startEdit, &QDateEdit::dateChanged, this, &TaskDialog::validate);
    connect(m_ui->dueEdit, &QDateEdit::dateChanged, this, &TaskDialog::validate);
    connect(m_ui->percentSpin, &QSpinBox::valueChanged, this, &TaskDialog::validate);
    connect(m_ui->leadCombo, &QComboBox::currentIndexChanged, this, &TaskDialog::validate);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing "done" means all of it is done.
        if (m_ui->statusCombo->currentData().toInt() == static_cast<int>(TaskStatus::Done))
            m_ui->percentSpin->setValue(100);
        validate();
    });
}

void TaskDialog::showTask()
{
    m_ui->numberSpin->setValue(m_task.number);
    m_ui->titleEdit->setText(m_task.title);
    m_ui->startEdit->setDate(m_task.startOn);
    m_ui->dueEdit->setDate(m_task.dueOn);
    m_ui->statusCombo->setCurrentIndex(
        m_ui->statusCombo->findData(static_cast<int>(m_task.status)));
    m_ui->percentSpin->setValue(m_task.percent);
}

void TaskDialog::setTask(const Task &task)
{
    m_task = task;
    showTask();
    validate();
}

void TaskDialog::validate()
{
    QString problem;
    if (m_ui->titleEdit->text().trimmed().isEmpty())
        problem = tr("Enter a title.");
    else if (m_newItem && m_ui->leadCombo->currentIndex() < 0)
        problem = tr("Choose the lead department.");
    else if (m_ui->numberSpin->isEnabled() && m_takenNumbers.contains(m_ui->numberSpin->value()))
        problem = tr("Number %1 is already used by another work item of this task.")
                      .arg(m_ui->numberSpin->value());
    else if (m_ui->dueEdit->date() < m_ui->startEdit->date())
        problem = tr("The due date must not be before the start date.");
    else if (m_ui->statusCombo->currentData().toInt() == static_cast<int>(TaskStatus::Done)
             && m_ui->percentSpin->value() != 100)
        problem = tr("A task marked done must be 100% complete.");
    m_ui->messageLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void TaskDialog::setTakenNumbers(const QSet<int> &numbers)
{
    m_takenNumbers = numbers;
    validate();
}

Task TaskDialog::task() const
{
    Task t = m_task;
    t.number = m_ui->numberSpin->value();
    t.title = m_ui->titleEdit->text().trimmed();
    t.startOn = m_ui->startEdit->date();
    t.dueOn = m_ui->dueEdit->date();
    t.status = static_cast<TaskStatus>(m_ui->statusCombo->currentData().toInt());
    t.percent = m_ui->percentSpin->value();
    return t;
}

qint64 TaskDialog::leadDepartmentId() const
{
    return m_ui->leadCombo->currentData().toLongLong();
}

} // namespace PlanDesk
