#pragma once

#include <memory>

#include <QDialog>

#include "domain/entities.h"

namespace Ui {
class IndicatorValueDialog;
}

namespace PlanDesk {

/// Adds or edits one reported value of an indicator: period, value (in the
/// user's locale, exact), source, as-of date and note. OK stays disabled,
/// with the reason in red below the fields, until the period is a real
/// period without a value yet, the value is a plausible number for the
/// unit and the as-of date is not before the period begins.
class IndicatorValueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorValueDialog)

public:
    /// `value.id == 0` adds a value. `existing` holds the indicator's values
    /// as loaded, so a second value for a period is refused here.
    IndicatorValueDialog(const Indicator &indicator, const IndicatorValue &value,
                         const QList<IndicatorValue> &existing, QWidget *parent = nullptr);
    ~IndicatorValueDialog() override;

    /// The value as entered (with the id it was opened with).
    IndicatorValue value() const;
    /// Shows a stored value in place of what was typed (someone else's).
    void setValue(const IndicatorValue &value);

    /// The period after the latest of `values`, of the same kind ("2021"
    /// after "2020", "2020-Q1" after "2019-Q4"); empty without values.
    static QString nextPeriod(const QList<IndicatorValue> &values);

private:
    void validate();
    void showValue();
    QString problem() const;

    std::unique_ptr<Ui::IndicatorValueDialog> m_ui;
    Indicator m_indicator;
    IndicatorValue m_value;
    QList<IndicatorValue> m_existing;
};

} // namespace PlanDesk
