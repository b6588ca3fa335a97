#pragma once

#include <functional>

#include <QObject>

#include "domain/entities.h"

namespace Ui {
class MeetingsPage;
}

namespace PlanDesk {

class Workspace;

/// The approval part of the Meetings page: says whether the minutes are a
/// draft or approved (with a banner over locked minutes), approves a draft
/// after a confirmation that it cannot be undone, and appends amendments to
/// approved minutes, listing them under the minutes text. Neither approval
/// nor an amendment goes on the undo stack: both are final by design.
class MinutesApproval final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MinutesApproval)

public:
    /// `settle` runs before approving: it deals with unsaved edits (save,
    /// discard or cancel) and returns false to cancel.
    MinutesApproval(Workspace &workspace, Ui::MeetingsPage &ui, std::function<bool()> settle,
                    QObject *parent = nullptr);
    ~MinutesApproval() override;

    /// Shows the state and amendments of `meeting` as stored (id 0: none).
    void showMeeting(const Meeting &meeting);

    void approve();
    void amend();

signals:
    void errorOccurred(const QString &message);

private:
    void showAmendments(const QList<MeetingAmendment> &amendments);

    Workspace &m_workspace;
    Ui::MeetingsPage &m_ui;
    std::function<bool()> m_settle;
    Meeting m_meeting;
};

} // namespace PlanDesk
