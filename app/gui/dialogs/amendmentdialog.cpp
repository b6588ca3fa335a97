#include "dialogs/amendmentdialog.h"

#include <algorithm>

#include <QLocale>
#include <QPushButton>

#include "editing/dateformat.h"
#include "ui_amendmentdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

AmendmentDialog::AmendmentDialog(const Meeting &meeting, const QDate &suggested, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AmendmentDialog>())
    , m_meetingId(meeting.id)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Amend Minutes"));
    m_ui->explanationLabel->setText(
        tr("The minutes of “%1” were approved on %2 and stay as approved. The correction is "
           "appended below them with its reason and your name; it cannot be changed or removed "
           "afterwards, nor undone.")
            .arg(meeting.title, QLocale().toString(meeting.approvedOn, QLocale::ShortFormat)));
    m_ui->dateEdit->setDisplayFormat(dateEditFormat());
    m_ui->dateEdit->setCalendarPopup(true);
    m_ui->dateEdit->setMinimumDate(meeting.approvedOn);
    m_ui->dateEdit->setDate(std::max(suggested, meeting.approvedOn));
    m_ui->reasonEdit->setPlaceholderText(tr("Why the minutes need correcting"));
    m_ui->textEdit->setPlaceholderText(tr("The corrected wording, as it should read"));
    m_ui->textEdit->setTabChangesFocus(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Append Amendment"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &AmendmentDialog::validate);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &AmendmentDialog::validate);
    validate();
}

AmendmentDialog::~AmendmentDialog() = default;

MeetingAmendment AmendmentDialog::amendment() const
{
    MeetingAmendment a;
    a.meetingId = m_meetingId;
    a.madeOn = m_ui->dateEdit->date();
    a.reason = m_ui->reasonEdit->text().trimmed();
    a.text = m_ui->textEdit->toPlainText().trimmed();
    return a;
}

QString AmendmentDialog::problem() const
{
    const MeetingAmendment a = amendment();
    if (a.reason.isEmpty())
        return tr("Reason: say why the minutes need correcting.");
    if (a.text.isEmpty())
        return tr("Correction: write the corrected wording.");
    return {};
}

void AmendmentDialog::validate()
{
    const QString text = problem();
    m_ui->messageLabel->setText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace PlanDesk
