#include "dialogs/rounddialog.h"

#include <QLocale>
#include <QPushButton>

#include "domain/period.h"
#include "editing/dateformat.h"
#include "ui_rounddialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

RoundDialog::RoundDialog(const ReportingRound &round, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoundDialog>())
    , m_round(round)
{
    m_ui->setupUi(this);
    setWindowTitle(round.id ? tr("Edit Reporting Round") : tr("New Reporting Round"));
    m_ui->periodEdit->setPlaceholderText(tr("e.g. 2019-Q4, 2019-H2, 2019-11 or 2019"));
    const QString dateFormat = dateEditFormat();
    m_ui->opensEdit->setDisplayFormat(dateFormat);
    m_ui->dueEdit->setDisplayFormat(dateFormat);

    m_ui->periodEdit->setText(round.period);
    m_ui->titleEdit->setText(round.title);
    m_ui->noteEdit->setText(round.note);
    if (round.opensOn.isValid())
        m_ui->opensEdit->setDate(round.opensOn);
    if (round.dueOn.isValid())
        m_ui->dueEdit->setDate(round.dueOn);
    // An existing round keeps its own title; a new one takes the period's.
    m_suggestedTitle = round.id ? QString() : round.title;

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->periodEdit, &QLineEdit::textEdited, this, &RoundDialog::periodEdited);
    connect(m_ui->periodEdit, &QLineEdit::textChanged, this, &RoundDialog::validate);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &RoundDialog::validate);
    connect(m_ui->opensEdit, &QDateEdit::dateChanged, this, &RoundDialog::validate);
    connect(m_ui->dueEdit, &QDateEdit::dateChanged, this, &RoundDialog::validate);
    if (!round.id)
        periodEdited();
    validate();
}

RoundDialog::~RoundDialog() = default;

QString RoundDialog::defaultTitle(const Period &period)
{
    // Data in the office's language, not the interface's: titles are printed.
    static const char16_t *const numerals[] = {u"一", u"二", u"三", u"四"};
    QString name;
    switch (period.kind()) {
    case Period::Kind::Year:
        name = u"%1年度"_s.arg(period.year());
        break;
    case Period::Kind::Half:
        name = u"%1年%2"_s.arg(period.year()).arg(period.index() == 1 ? u"上半年"_s : u"下半年"_s);
        break;
    case Period::Kind::Quarter:
        name = u"%1年第%2季度"_s.arg(period.year())
                   .arg(QString::fromUtf16(numerals[period.index() - 1]));
        break;
    case Period::Kind::Month:
        name = u"%1年%2月"_s.arg(period.year()).arg(period.index());
        break;
    }
    return name + u"进展报送"_s;
}

void RoundDialog::periodEdited()
{
    const std::optional<Period> period = Period::parse(m_ui->periodEdit->text().trimmed());
    if (!period || m_round.id)
        return;
    // Follow the period until the user writes a title of their own.
    if (m_ui->titleEdit->text() == m_suggestedTitle) {
        m_suggestedTitle = defaultTitle(*period);
        m_ui->titleEdit->setText(m_suggestedTitle);
    }
    m_ui->opensEdit->setDate(period->lastDay().addDays(-14));
    m_ui->dueEdit->setDate(period->lastDay().addDays(10));
}

void RoundDialog::validate()
{
    QString problem;
    if (!Period::parse(m_ui->periodEdit->text().trimmed()))
        problem = tr("The period must look like 2019, 2019-H2, 2019-Q4 or 2019-11.");
    else if (m_ui->titleEdit->text().trimmed().isEmpty())
        problem = tr("Give the round a title.");
    else if (m_ui->dueEdit->date() < m_ui->opensEdit->date())
        problem = tr("The due date must not be before the round opens.");
    m_ui->messageLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ReportingRound RoundDialog::round() const
{
    ReportingRound r = m_round;
    r.period = Period::parse(m_ui->periodEdit->text().trimmed())->toString();
    r.title = m_ui->titleEdit->text().trimmed();
    r.opensOn = m_ui->opensEdit->date();
    r.dueOn = m_ui->dueEdit->date();
    r.note = m_ui->noteEdit->text().trimmed();
    return r;
}

} // namespace PlanDesk
