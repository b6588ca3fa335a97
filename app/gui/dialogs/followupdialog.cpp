#include "dialogs/followupdialog.h"

#include "ui_followupdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

FollowUpDialog::FollowUpDialog(const ActionItem &item, const QString &ownerName,
                               const ActionReview &review, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpDialog>())
    , m_review(review)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Record Follow-up"));
    m_ui->explanationLabel->setText(
        tr("%1: %2", "the owner department: the action item").arg(ownerName, item.description));
    m_ui->messageLabel->setText(
        tr("Done or cancelled closes the item on this meeting's date; open or in progress "
           "keeps it open."));
    m_ui->messageLabel->setStyleSheet(QString());
    for (ActionStatus s : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
                           ActionStatus::Cancelled})
        m_ui->statusCombo->addItem(displayName(s), static_cast<int>(s));
    m_ui->statusCombo->setCurrentIndex(
        m_ui->statusCombo->findData(static_cast<int>(review.status)));
    m_ui->noteEdit->setPlainText(review.note);
    m_ui->noteEdit->setTabChangesFocus(true);
    m_ui->noteEdit->setPlaceholderText(tr("What the meeting heard of it and required (optional)"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FollowUpDialog::~FollowUpDialog() = default;

ActionReview FollowUpDialog::review() const
{
    ActionReview r = m_review;
    r.status = static_cast<ActionStatus>(m_ui->statusCombo->currentData().toInt());
    r.note = m_ui->noteEdit->toPlainText().trimmed();
    return r;
}

} // namespace PlanDesk
