#include "dialogs/approvaldialog.h"

#include <algorithm>

#include <QLocale>
#include <QPushButton>

#include "editing/dateformat.h"
#include "ui_approvaldialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ApprovalDialog::ApprovalDialog(const QString &meetingTitle, const QDate &heldOn,
                               const QDate &suggested, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApprovalDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Approve Minutes"));
    m_ui->explanationLabel->setText(
        tr("Approve the minutes of “%1” (%2)?\n\nApproval locks the minutes, the attendees, "
           "the action items' wording and owners, and the follow-ups recorded at this meeting. "
           "It cannot be undone, not even with Edit ▸ Undo; later corrections are recorded as "
           "amendments.")
            .arg(meetingTitle, QLocale().toString(heldOn, QLocale::ShortFormat)));
    m_ui->messageLabel->hide();
    m_ui->dateEdit->setDisplayFormat(dateEditFormat());
    m_ui->dateEdit->setCalendarPopup(true);
    m_ui->dateEdit->setMinimumDate(heldOn); // approval never precedes the meeting
    m_ui->dateEdit->setDate(std::max(suggested, heldOn));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Approve and Lock"));
    // A decision that cannot be taken back is not the default answer.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ApprovalDialog::~ApprovalDialog() = default;

void ApprovalDialog::warnOf(const QStringList &gaps)
{
    if (gaps.isEmpty())
        return;
    m_ui->messageLabel->setText(gaps.join(u'\n'));
    m_ui->messageLabel->show();
}

QDate ApprovalDialog::date() const
{
    return m_ui->dateEdit->date();
}

} // namespace PlanDesk
