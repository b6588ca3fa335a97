#include "dialogs/progressreportdialog.h"

#include <QLocale>
#include <QPushButton>

#include "domain/period.h"
#include "editing/dateformat.h"
#include "ui_progressreportdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ProgressReportDialog::ProgressReportDialog(const TaskOverview &task,
                                           const QList<Department> &departments,
                                           const QList<ProgressReport> &existing, const QDate &asOf,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProgressReportDialog>())
    , m_taskId(task.task.id)
    , m_existing(existing)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Record progress"));
    m_ui->taskLabel->setText((task.task.parentId ? tr("Work item %1 “%2”") : tr("Task %1 “%2”"))
                                 .arg(task.task.number)
                                 .arg(task.task.title));
    // The task's own departments first, lead at the top; then everyone else.
    QStringList order {task.lead};
    order << task.cooperating;
    for (const QString &name : order) {
        for (const Department &d : departments) {
            if (d.name == name)
                m_ui->departmentCombo->addItem(d.name, d.id);
        }
    }
    m_ui->departmentCombo->insertSeparator(m_ui->departmentCombo->count());
    for (const Department &d : departments) {
        if (d.active && !order.contains(d.name))
            m_ui->departmentCombo->addItem(d.name, d.id);
    }
    m_ui->departmentCombo->setCurrentIndex(0);

    m_ui->periodEdit->setText(quarterOf(asOf));
    m_ui->periodEdit->setPlaceholderText(tr("e.g. 2018, 2018-H1, 2018-Q2, 2018-05"));
    m_ui->reportedEdit->setDisplayFormat(dateEditFormat());
    m_ui->reportedEdit->setDate(asOf);
    for (TaskStatus s :
         {TaskStatus::InProgress, TaskStatus::NotStarted, TaskStatus::Done, TaskStatus::Suspended})
        m_ui->statusCombo->addItem(displayName(s), static_cast<int>(s));
    m_ui->percentSpin->setValue(task.task.percent);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->departmentCombo, &QComboBox::currentIndexChanged, this,
            &ProgressReportDialog::validate);
    connect(m_ui->periodEdit, &QLineEdit::textChanged, this, &ProgressReportDialog::validate);
    connect(m_ui->reportedEdit, &QDateEdit::dateChanged, this, &ProgressReportDialog::validate);
    connect(m_ui->percentSpin, &QSpinBox::valueChanged, this, [this](int percent) {
        if (percent == 100)
            m_ui->statusCombo->setCurrentIndex(
                m_ui->statusCombo->findData(static_cast<int>(TaskStatus::Done)));
        validate();
    });
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &ProgressReportDialog::validate);
    m_ui->percentSpin->setFocus();
    m_ui->percentSpin->selectAll();
    validate();
}

ProgressReportDialog::~ProgressReportDialog() = default;

void ProgressReportDialog::prefill(qint64 departmentId, const QString &period)
{
    if (const int at = m_ui->departmentCombo->findData(departmentId); at >= 0)
        m_ui->departmentCombo->setCurrentIndex(at);
    m_ui->periodEdit->setText(period);
    validate();
}

QString ProgressReportDialog::quarterOf(const QDate &date)
{
    return u"%1-Q%2"_s.arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

void ProgressReportDialog::validate()
{
    const std::optional<Period> period = Period::parse(m_ui->periodEdit->text());
    const qint64 department = m_ui->departmentCombo->currentData().toLongLong();
    QString problem;
    if (department == 0)
        problem = tr("Choose the department that reports.");
    else if (!period)
        problem = tr("The period must look like 2018, 2018-H1, 2018-Q2 or 2018-05.");
    else if (m_ui->reportedEdit->date() < period->firstDay())
        problem = tr("A report for %1 cannot be dated before %2.")
                      .arg(period->toString(),
                           QLocale().toString(period->firstDay(), QLocale::ShortFormat));
    else if (std::any_of(m_existing.cbegin(), m_existing.cend(), [&](const ProgressReport &r) {
                 return r.departmentId == department && r.period == period->toString();
             }))
        problem = tr("%1 has already reported on this task for %2.")
                      .arg(m_ui->departmentCombo->currentText(), period->toString());
    else if (m_ui->statusCombo->currentData().toInt() == static_cast<int>(TaskStatus::Done)
             && m_ui->percentSpin->value() != 100)
        problem = tr("A task marked done must be 100% complete.");
    m_ui->messageLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ProgressReport ProgressReportDialog::report() const
{
    ProgressReport r;
    r.taskId = m_taskId;
    r.departmentId = m_ui->departmentCombo->currentData().toLongLong();
    r.period = Period::parse(m_ui->periodEdit->text())->toString();
    r.reportedOn = m_ui->reportedEdit->date();
    r.percent = m_ui->percentSpin->value();
    r.status = static_cast<TaskStatus>(m_ui->statusCombo->currentData().toInt());
    r.text = m_ui->textEdit->toPlainText().trimmed();
    return r;
}

} // namespace PlanDesk
