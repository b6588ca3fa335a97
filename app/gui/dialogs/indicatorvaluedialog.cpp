#include "dialogs/indicatorvaluedialog.h"

#include <QPushButton>

#include "dialogs/quantityinput.h"
#include "domain/period.h"
#include "editing/dateformat.h"
#include "editing/localenumber.h"
#include "models/periodorder.h"
#include "ui_indicatorvaluedialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

std::optional<Period> periodFrom(const QString &text)
{
    // "2019-q3" is what people mean by 2019-Q3.
    return Period::parse(text.trimmed().toUpper());
}

} // namespace

IndicatorValueDialog::IndicatorValueDialog(const Indicator &indicator, const IndicatorValue &value,
                                           const QList<IndicatorValue> &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IndicatorValueDialog>())
    , m_indicator(indicator)
    , m_value(value)
    , m_existing(existing)
{
    m_ui->setupUi(this);
    const bool adding = value.id == 0;
    setWindowTitle(adding ? tr("Add value") : tr("Edit value"));
    m_ui->indicatorLabel->setText(u"<b>%1</b>"_s.arg(indicator.name.toHtmlEscaped()));
    m_ui->unitLabel->setText(indicator.unit);
    m_ui->asOfEdit->setDisplayFormat(dateEditFormat());
    QPalette alert = m_ui->messageLabel->palette();
    alert.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->messageLabel->setPalette(alert);
    // Room for a two-line message, so the dialog does not jump or clip it.
    m_ui->messageLabel->setMinimumHeight(2 * fontMetrics().lineSpacing());

    if (adding) {
        m_ui->periodEdit->setText(nextPeriod(existing));
        m_ui->asOfEdit->setDate(QDate::currentDate());
        m_ui->sampleCheck->hide();
    } else {
        showValue();
    }
    // Adding starts at the value: the period is usually the next one.
    (adding && !m_ui->periodEdit->text().isEmpty() ? m_ui->valueEdit : m_ui->periodEdit)
        ->setFocus();

    connect(m_ui->periodEdit, &QLineEdit::textChanged, this, &IndicatorValueDialog::validate);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &IndicatorValueDialog::validate);
    connect(m_ui->asOfEdit, &QDateEdit::dateChanged, this, &IndicatorValueDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

IndicatorValueDialog::~IndicatorValueDialog() = default;

void IndicatorValueDialog::showValue()
{
    m_ui->periodEdit->setText(m_value.period);
    m_ui->valueEdit->setText(LocaleNumber::format(m_value.value));
    m_ui->sourceEdit->setText(m_value.source);
    m_ui->asOfEdit->setDate(m_value.asOf);
    m_ui->noteEdit->setText(m_value.note);
    // Only sample data can stay sample; unticking makes it the office's.
    m_ui->sampleCheck->setChecked(m_value.sample);
    m_ui->sampleCheck->setVisible(m_value.sample);
}

void IndicatorValueDialog::setValue(const IndicatorValue &value)
{
    m_value = value;
    showValue();
    validate();
}

void IndicatorValueDialog::validate()
{
    const QString message = problem();
    m_ui->messageLabel->setText(message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

QString IndicatorValueDialog::problem() const
{
    const QString periodText = m_ui->periodEdit->text().trimmed();
    if (periodText.isEmpty())
        return tr("Period: enter the year, half-year, quarter or month, such as 2019, 2019-H1, "
                  "2019-Q3 or 2019-05.");
    const std::optional<Period> period = periodFrom(periodText);
    if (!period)
        return tr("Period: “%1” is not a year, half-year, quarter or month; write it like 2019, "
                  "2019-H1, 2019-Q3 or 2019-05.")
            .arg(periodText);
    for (const IndicatorValue &other : m_existing) {
        if (other.id != m_value.id && other.period == period->toString())
            return tr("Period: there is already a value for %1 (%2); edit that one instead.")
                .arg(other.period, LocaleNumber::format(other.value));
    }
    const QuantityInput::Reading value =
        QuantityInput::read(m_ui->valueEdit->text(), m_indicator.unit, tr("Value"));
    if (!value.value)
        return value.problem;
    if (m_ui->asOfEdit->date() < period->firstDay())
        return tr("As of: the date cannot be before the period %1 begins (%2).")
            .arg(period->toString(), QLocale().toString(period->firstDay(), QLocale::ShortFormat));
    return {};
}

IndicatorValue IndicatorValueDialog::value() const
{
    IndicatorValue v = m_value;
    v.indicatorId = m_indicator.id;
    if (const std::optional<Period> period = periodFrom(m_ui->periodEdit->text()))
        v.period = period->toString();
    if (const std::optional<Decimal> number = LocaleNumber::parse(m_ui->valueEdit->text()))
        v.value = *number;
    v.source = m_ui->sourceEdit->text().trimmed();
    v.asOf = m_ui->asOfEdit->date();
    v.note = m_ui->noteEdit->text().trimmed();
    v.sample = m_value.sample && m_ui->sampleCheck->isChecked();
    return v;
}

QString IndicatorValueDialog::nextPeriod(const QList<IndicatorValue> &values)
{
    const QList<IndicatorValue> sorted = sortedByPeriod(values);
    const std::optional<Period> latest =
        sorted.isEmpty() ? std::nullopt : Period::parse(sorted.constLast().period);
    if (!latest)
        return {};
    const QDate next = latest->lastDay().addDays(1);
    switch (latest->kind()) {
    case Period::Kind::Year:
        return QString::number(next.year());
    case Period::Kind::Half:
        return u"%1-H%2"_s.arg(next.year()).arg((next.month() - 1) / 6 + 1);
    case Period::Kind::Quarter:
        return u"%1-Q%2"_s.arg(next.year()).arg((next.month() - 1) / 3 + 1);
    case Period::Kind::Month:
        return u"%1-%2"_s.arg(next.year()).arg(next.month(), 2, 10, QChar(u'0'));
    }
    return {};
}

} // namespace PlanDesk
