#pragma once

#include <memory>

#include <QDialog>

#include "domain/entities.h"

namespace Ui {
class FollowUpDialog;
}

namespace PlanDesk {

/// Records what a meeting found of an action item carried into it: the
/// status it stands at and a note (督办情况). Done or cancelled closes the
/// item on the meeting's date; open or in progress reopens it.
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    /// `review` is what this meeting recorded before, or a prepared new one
    /// (its status the item's current one).
    FollowUpDialog(const ActionItem &item, const QString &ownerName, const ActionReview &review,
                   QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    ActionReview review() const;

private:
    std::unique_ptr<Ui::FollowUpDialog> m_ui;
    ActionReview m_review;
};

} // namespace PlanDesk
