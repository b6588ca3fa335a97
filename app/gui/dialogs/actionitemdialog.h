#pragma once

#include <memory>
#include <utility>

#include <QDate>
#include <QDialog>
#include <QList>

#include "domain/entities.h"

namespace Ui {
class ActionItemDialog;
}

namespace PlanDesk {

/// Adds or edits one action item (督办事项) of a meeting: owner department
/// (required), an optional task, the action (required), due date (not before
/// the meeting), status, follow-up, and the closed-on date that a done or
/// cancelled item needs and an open one must not have. What is wrong is said
/// in red below the form, and OK stays disabled until the item is valid.
class ActionItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemDialog)

public:
    /// A task to choose from: its id and its label (“6 标题”, “6.1 标题”).
    using TaskChoice = std::pair<qint64, QString>;

    /// `departments` are offered as owners (an item's inactive owner is added
    /// by setItem()); `meetingDate` is the earliest due date allowed.
    ActionItemDialog(const QList<Department> &departments, const QList<TaskChoice> &tasks,
                     const QDate &meetingDate, QWidget *parent = nullptr);
    ~ActionItemDialog() override;

    /// Shows an existing item (or a prepared new one) for editing.
    void setItem(const ActionItem &item, const QString &inactiveOwnerName = {});
    /// For an item of approved minutes: the owner and the wording stay as
    /// decided; status, due date, task and follow-up can still change.
    void setDecisionLocked(bool locked);
    /// The item as entered; id, meeting and sample flag as given to setItem().
    ActionItem item() const;
    /// What is wrong with the entries, in words; empty when they are valid.
    QString problem() const;

private:
    void validate();

    std::unique_ptr<Ui::ActionItemDialog> m_ui;
    ActionItem m_item;
    QDate m_meetingDate;
};

} // namespace PlanDesk
