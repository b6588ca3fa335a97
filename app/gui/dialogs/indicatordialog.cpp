#include "dialogs/indicatordialog.h"

#include <QPushButton>

#include "dialogs/quantityinput.h"
#include "editing/localenumber.h"
#include "models/indicatortablemodel.h"
#include "ui_indicatordialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

IndicatorDialog::IndicatorDialog(const Indicator &indicator, const QList<Department> &departments,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IndicatorDialog>())
    , m_indicator(indicator)
{
    m_ui->setupUi(this);
    m_ui->nameLabel->setText(
        u"<b>%1</b> (%2)"_s.arg(indicator.name.toHtmlEscaped(), indicator.code.toHtmlEscaped()));
    QPalette alert = m_ui->messageLabel->palette();
    alert.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->messageLabel->setPalette(alert);
    // Room for a two-line message, so the dialog does not jump or clip it.
    m_ui->messageLabel->setMinimumHeight(2 * fontMetrics().lineSpacing());

    for (Comparison c : {Comparison::Greater, Comparison::GreaterOrEqual, Comparison::LessOrEqual,
                         Comparison::Less}) {
        m_ui->comparisonCombo->addItem(
            u"%1   %2"_s.arg(comparisonSymbol(c), IndicatorTableModel::comparisonText(c)),
            static_cast<int>(c));
    }
    m_ui->comparisonCombo->setCurrentIndex(
        m_ui->comparisonCombo->findData(static_cast<int>(indicator.comparison)));

    m_ui->departmentCombo->addItem(tr("(none)"), qint64(0));
    for (const Department &d : departments) {
        if (d.active || d.id == indicator.departmentId.value_or(0))
            m_ui->departmentCombo->addItem(d.name, d.id);
    }
    m_ui->departmentCombo->setCurrentIndex(
        std::max(0, m_ui->departmentCombo->findData(indicator.departmentId.value_or(0))));

    m_ui->unitEdit->setText(indicator.unit);
    m_ui->targetValueEdit->setText(LocaleNumber::format(indicator.targetValue));
    m_ui->targetYearSpin->setValue(indicator.targetYear);
    if (indicator.baselineValue)
        m_ui->baselineValueEdit->setText(LocaleNumber::format(*indicator.baselineValue));
    if (indicator.baselineYear)
        m_ui->baselineYearEdit->setText(QString::number(*indicator.baselineYear));
    m_ui->baselineSourceEdit->setText(indicator.baselineSource);
    m_ui->sampleBaselineLabel->setVisible(indicator.baselineSample);

    for (QLineEdit *edit :
         {m_ui->unitEdit, m_ui->targetValueEdit, m_ui->baselineValueEdit, m_ui->baselineYearEdit})
        connect(edit, &QLineEdit::textChanged, this, &IndicatorDialog::validate);
    connect(m_ui->targetYearSpin, &QSpinBox::valueChanged, this, &IndicatorDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

IndicatorDialog::~IndicatorDialog() = default;

void IndicatorDialog::validate()
{
    const QString message = problem();
    m_ui->messageLabel->setText(message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

std::optional<int> IndicatorDialog::baselineYear() const
{
    bool ok = false;
    const int year = m_ui->baselineYearEdit->text().trimmed().toInt(&ok);
    return ok ? std::optional(year) : std::nullopt;
}

QString IndicatorDialog::problem() const
{
    const QString unit = m_ui->unitEdit->text();
    const QuantityInput::Reading target =
        QuantityInput::read(m_ui->targetValueEdit->text(), unit, tr("Target"));
    if (!target.value)
        return target.problem;

    const QString valueText = m_ui->baselineValueEdit->text().trimmed();
    const QString yearText = m_ui->baselineYearEdit->text().trimmed();
    if (valueText.isEmpty() && yearText.isEmpty())
        return {};
    if (valueText.isEmpty() || yearText.isEmpty())
        return tr("Baseline: enter both the value and the year, or leave both empty.");
    const QuantityInput::Reading baseline = QuantityInput::read(valueText, unit, tr("Baseline"));
    if (!baseline.value)
        return baseline.problem;
    const int targetYear = m_ui->targetYearSpin->value();
    const std::optional<int> year = baselineYear();
    if (!year || *year < 1900 || *year > targetYear)
        return tr("Baseline: the year must be between 1900 and the target year %1.")
            .arg(targetYear);
    return {};
}

Indicator IndicatorDialog::indicator() const
{
    Indicator i = m_indicator;
    i.unit = m_ui->unitEdit->text().trimmed();
    i.comparison = static_cast<Comparison>(m_ui->comparisonCombo->currentData().toInt());
    if (const std::optional<Decimal> target = LocaleNumber::parse(m_ui->targetValueEdit->text()))
        i.targetValue = *target;
    i.targetYear = m_ui->targetYearSpin->value();
    i.baselineValue = LocaleNumber::parse(m_ui->baselineValueEdit->text());
    i.baselineYear = i.baselineValue ? baselineYear() : std::nullopt;
    if (!i.baselineYear)
        i.baselineValue.reset();
    i.baselineSource = m_ui->baselineSourceEdit->text().trimmed();
    i.baselineSample = m_indicator.baselineSample && i.baselineValue
        && i.baselineValue == m_indicator.baselineValue
        && i.baselineYear == m_indicator.baselineYear
        && i.baselineSource == m_indicator.baselineSource;
    const qint64 department = m_ui->departmentCombo->currentData().toLongLong();
    i.departmentId = department != 0 ? std::optional(department) : std::nullopt;
    return i;
}

} // namespace PlanDesk
