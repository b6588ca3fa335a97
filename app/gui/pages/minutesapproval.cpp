#include "pages/minutesapproval.h"

#include <algorithm>

#include <QLocale>
#include <QMessageBox>
#include <QTextDocumentFragment>

#include "dialogs/amendmentdialog.h"
#include "dialogs/approvaldialog.h"
#include "editing/meetingedits.h"
#include "editing/workspace.h"
#include "repositories/meetingrepository.h"
#include "ui_meetingspage.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

MinutesApproval::MinutesApproval(Workspace &workspace, Ui::MeetingsPage &ui,
                                 std::function<bool()> settle, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_ui(ui)
    , m_settle(std::move(settle))
{
    m_ui.lockBanner->setStyleSheet(
        u"QLabel { background: #fff8e1; border: 1px solid #f9a825; padding: 4px; }"_s);
    m_ui.approveButton->setToolTip(
        tr("Approve the minutes on a date; they are locked from then on (cannot be undone)"));
    m_ui.amendButton->setToolTip(tr("Append a correction to the approved minutes"));
    m_ui.amendmentsView->setOpenLinks(false);
    m_ui.amendmentsView->setMaximumHeight(10 * m_ui.amendmentsView->fontMetrics().height());
    connect(m_ui.approveButton, &QPushButton::clicked, this, &MinutesApproval::approve);
    connect(m_ui.amendButton, &QPushButton::clicked, this, &MinutesApproval::amend);
    showMeeting(Meeting());
}

MinutesApproval::~MinutesApproval() = default;

void MinutesApproval::showMeeting(const Meeting &meeting)
{
    m_meeting = meeting;
    const bool approved = meeting.id != 0 && meeting.approval == Approval::Approved;
    const QString date = QLocale().toString(meeting.approvedOn, QLocale::ShortFormat);
    // Approved minutes say so in the banner above.
    m_ui.approvalLabel->setText(
        meeting.id != 0 && !approved ? tr("Draft minutes (not yet approved)") : QString());
    m_ui.lockBanner->setText(
        tr("Minutes approved on %1 — locked; corrections are recorded as amendments.").arg(date));
    m_ui.lockBanner->setVisible(approved);
    m_ui.approveButton->setEnabled(meeting.id != 0 && !approved);
    m_ui.amendButton->setEnabled(approved);

    QList<MeetingAmendment> amendments;
    if (approved) {
        Result<QList<MeetingAmendment>> read =
            MeetingRepository(m_workspace.database()).amendments(meeting.id);
        if (!read)
            emit errorOccurred(read.error());
        else
            amendments = *read;
    }
    showAmendments(amendments);
}

void MinutesApproval::showAmendments(const QList<MeetingAmendment> &amendments)
{
    m_ui.amendmentsView->setVisible(!amendments.isEmpty());
    QString html = u"<p><b>%1</b></p>"_s.arg(
        tr("Amendments (%n)", nullptr, static_cast<int>(amendments.size())).toHtmlEscaped());
    const QLocale locale;
    for (const MeetingAmendment &a : amendments) {
        const QString who = a.actor.isEmpty() ? tr("unknown") : a.actor;
        html += u"<p><b>%1</b><br>%2<br>%3</p>"_s.arg(
            tr("%1, by %2")
                .arg(locale.toString(a.madeOn, QLocale::ShortFormat), who)
                .toHtmlEscaped(),
            tr("Reason: %1").arg(a.reason).toHtmlEscaped(),
            a.text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    m_ui.amendmentsView->setHtml(html);
}

void MinutesApproval::approve()
{
    if (m_meeting.id == 0 || m_meeting.approval == Approval::Approved || !m_settle())
        return;
    const qint64 id = m_meeting.id;
    // Read again: settling may have saved a new date.
    const Result<Meeting> meeting = MeetingRepository(m_workspace.database()).meeting(id);
    if (!meeting) {
        emit errorOccurred(meeting.error());
        return;
    }
    ApprovalDialog dialog(meeting->title, meeting->heldOn, m_workspace.asOf(), m_ui.meetingBox);
    QStringList gaps;
    if (QTextDocumentFragment::fromHtml(meeting->minutes).toPlainText().trimmed().isEmpty())
        gaps << tr("The minutes are empty: once approved, text can only be added as amendments.");
    const Result<QList<ActionItem>> items =
        MeetingRepository(m_workspace.database()).actionItems(id);
    if (items && items->isEmpty())
        gaps << tr("No action item was decided: none can be added after approval.");
    dialog.warnOf(gaps);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = MeetingEdits(m_workspace).approve(id, dialog.date()); !s)
        QMessageBox::warning(m_ui.meetingBox, tr("Approve Minutes"), s.error());
}

void MinutesApproval::amend()
{
    if (m_meeting.id == 0 || m_meeting.approval != Approval::Approved)
        return;
    AmendmentDialog dialog(m_meeting, m_workspace.asOf(), m_ui.meetingBox);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = MeetingEdits(m_workspace).amend(dialog.amendment()); !s)
        QMessageBox::warning(m_ui.meetingBox, tr("Amend Minutes"), s.error());
}

} // namespace PlanDesk
