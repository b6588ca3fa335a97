#pragma once

#include <memory>

#include <QDialog>

#include "domain/entities.h"

namespace Ui {
class RoundDialog;
}

namespace PlanDesk {

class Period;

/// Creates or edits a reporting round (进展报送轮次): period, title, the
/// dates it opens and is due, a note. A new round's title and dates follow
/// the period until the user changes them (opens two weeks before the
/// period ends, due ten days after it, as the office usually does).
/// Refuses inline a malformed period, an empty title and a due date before
/// the opening; a second round for a period is refused by the database.
class RoundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundDialog)

public:
    /// `round.id` 0 means a new round; `round.planId` is kept.
    RoundDialog(const ReportingRound &round, QWidget *parent = nullptr);
    ~RoundDialog() override;

    ReportingRound round() const;
    /// "2019年第四季度进展报送": the title the office gives a period's round.
    static QString defaultTitle(const Period &period);

private:
    void periodEdited();
    void validate();

    std::unique_ptr<Ui::RoundDialog> m_ui;
    ReportingRound m_round;
    QString m_suggestedTitle; ///< the title last filled in from the period
};

} // namespace PlanDesk
