#include "dialogs/actionitemdialog.h"

#include <algorithm>

#include <QLocale>
#include <QPushButton>

#include "editing/dateformat.h"
#include "ui_actionitemdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

bool isClosed(ActionStatus status)
{
    return status == ActionStatus::Done || status == ActionStatus::Cancelled;
}

} // namespace

ActionItemDialog::ActionItemDialog(const QList<Department> &departments,
                                   const QList<TaskChoice> &tasks, const QDate &meetingDate,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActionItemDialog>())
    , m_meetingDate(meetingDate)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Action Item"));
    m_ui->ownerCombo->setPlaceholderText(tr("Choose the department responsible"));
    for (const Department &d : departments)
        m_ui->ownerCombo->addItem(d.name, d.id);
    m_ui->ownerCombo->setCurrentIndex(-1);
    m_ui->taskCombo->addItem(tr("— (no task)"), qint64(0));
    for (const TaskChoice &task : tasks)
        m_ui->taskCombo->addItem(task.second, task.first);
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                           ActionStatus::Cancelled})
        m_ui->statusCombo->addItem(displayName(s), static_cast<int>(s));
    for (QDateEdit *edit : {m_ui->dueDateEdit, m_ui->closedOnEdit})
        edit->setDisplayFormat(dateEditFormat());
    m_ui->descriptionEdit->setPlaceholderText(tr("What the department must do, as decided"));
    m_ui->followUpEdit->setPlaceholderText(tr("How it was followed up (optional)"));
    m_ui->descriptionEdit->setMaximumHeight(6 * fontMetrics().height());
    m_ui->followUpEdit->setMaximumHeight(6 * fontMetrics().height());

    // A new item: due a month after the meeting, open.
    m_item.dueOn = meetingDate.addMonths(1);
    m_ui->dueDateEdit->setDate(m_item.dueOn);
    m_ui->closedOnEdit->setDate(QDate::currentDate());
    m_ui->closedOnEdit->setEnabled(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->closedOnCheck, &QCheckBox::toggled, m_ui->closedOnEdit, &QWidget::setEnabled);
    for (QComboBox *combo : {m_ui->ownerCombo, m_ui->taskCombo, m_ui->statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionItemDialog::validate);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &ActionItemDialog::validate);
    connect(m_ui->dueDateEdit, &QDateEdit::dateChanged, this, &ActionItemDialog::validate);
    connect(m_ui->closedOnEdit, &QDateEdit::dateChanged, this, &ActionItemDialog::validate);
    connect(m_ui->closedOnCheck, &QCheckBox::toggled, this, &ActionItemDialog::validate);
    validate();
}

ActionItemDialog::~ActionItemDialog() = default;

void ActionItemDialog::setItem(const ActionItem &item, const QString &inactiveOwnerName)
{
    m_item = item;
    if (item.ownerDepartmentId != 0 && m_ui->ownerCombo->findData(item.ownerDepartmentId) < 0)
        m_ui->ownerCombo->addItem(inactiveOwnerName, item.ownerDepartmentId);
    m_ui->ownerCombo->setCurrentIndex(m_ui->ownerCombo->findData(item.ownerDepartmentId));
    m_ui->taskCombo->setCurrentIndex(
        std::max(0, m_ui->taskCombo->findData(item.taskId.value_or(0))));
    m_ui->descriptionEdit->setPlainText(item.description);
    m_ui->dueDateEdit->setDate(item.dueOn);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(item.status)));
    m_ui->closedOnCheck->setChecked(item.closedOn.isValid());
    if (item.closedOn.isValid())
        m_ui->closedOnEdit->setDate(item.closedOn);
    m_ui->followUpEdit->setPlainText(item.followUp);
    validate();
}

void ActionItemDialog::setDecisionLocked(bool locked)
{
    m_ui->ownerCombo->setEnabled(!locked);
    m_ui->descriptionEdit->setReadOnly(locked);
    m_ui->descriptionEdit->setToolTip(
        locked ? tr("The minutes are approved: the owner and wording of their decisions are locked")
               : QString());
}

ActionItem ActionItemDialog::item() const
{
    ActionItem item = m_item;
    const qint64 task = m_ui->taskCombo->currentData().toLongLong();
    item.taskId = task != 0 ? std::optional<qint64>(task) : std::nullopt;
    // A locked decision keeps its stored words and owner exactly.
    if (!m_ui->descriptionEdit->isReadOnly()) {
        item.ownerDepartmentId = m_ui->ownerCombo->currentData().toLongLong();
        item.description = m_ui->descriptionEdit->toPlainText().trimmed();
    }
    item.dueOn = m_ui->dueDateEdit->date();
    item.status = static_cast<ActionStatus>(m_ui->statusCombo->currentData().toInt());
    item.closedOn = m_ui->closedOnCheck->isChecked() ? m_ui->closedOnEdit->date() : QDate();
    item.followUp = m_ui->followUpEdit->toPlainText().trimmed();
    return item;
}

QString ActionItemDialog::problem() const
{
    const ActionItem entered = item();
    const QString meetingDate = QLocale().toString(m_meetingDate, QLocale::ShortFormat);
    if (entered.ownerDepartmentId == 0)
        return tr("Owner department: choose the department responsible for this item.");
    if (entered.description.isEmpty())
        return tr("Action: describe what the department must do.");
    if (entered.dueOn < m_meetingDate)
        return tr("Due: the date cannot be before the meeting (%1).").arg(meetingDate);
    if (isClosed(entered.status) && !entered.closedOn.isValid())
        return tr("Closed on: a done or cancelled item needs the date it was closed.");
    if (!isClosed(entered.status) && entered.closedOn.isValid())
        return tr("Closed on: only a done or cancelled item has this date; clear it or change "
                  "the status.");
    if (entered.closedOn.isValid() && entered.closedOn < m_meetingDate)
        return tr("Closed on: the date cannot be before the meeting (%1).").arg(meetingDate);
    return {};
}

void ActionItemDialog::validate()
{
    const QString text = problem();
    m_ui->messageLabel->setText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace PlanDesk
