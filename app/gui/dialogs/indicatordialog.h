#pragma once

#include <memory>

#include <QDialog>

#include "domain/entities.h"

namespace Ui {
class IndicatorDialog;
}

namespace PlanDesk {

/// Edits an indicator's definition: unit, comparison, target (value and
/// year, required), baseline (value and year, both or neither, with its
/// source) and responsible department (none allowed). Numbers are read in
/// the user's locale, exactly; OK stays disabled, with the reason in red,
/// until everything is valid. Code and name come from the plan document and
/// are shown, not edited.
class IndicatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorDialog)

public:
    /// `departments` fill the department list; inactive ones appear only
    /// when the indicator names one.
    IndicatorDialog(const Indicator &indicator, const QList<Department> &departments,
                    QWidget *parent = nullptr);
    ~IndicatorDialog() override;

    /// The indicator as edited; the baseline stays sample data only when
    /// untouched.
    Indicator indicator() const;

private:
    void validate();
    QString problem() const;
    std::optional<int> baselineYear() const;

    std::unique_ptr<Ui::IndicatorDialog> m_ui;
    Indicator m_indicator;
};

} // namespace PlanDesk
