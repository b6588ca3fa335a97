#include "dialogs/briefingdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include "editing/dateformat.h"
#include "editing/workspace.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "ui_briefingdialog.h"
#include "widgets/icons.h"
#include "widgets/waitcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString settingsKey(const char16_t *section)
{
    return u"briefing/sections/"_s + QString::fromUtf16(section);
}

} // namespace

BriefingDialog::BriefingDialog(Workspace &workspace, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BriefingDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    const Result<Plan> plan = PlanRepository(workspace.database()).plan(workspace.planId());
    m_ui->planLabel->setText(plan ? u"<b>%1</b>"_s.arg(plan->title.toHtmlEscaped())
                                  : tr("This database holds no plan."));
    m_ui->asOfEdit->setDisplayFormat(dateEditFormat());
    m_ui->asOfEdit->setDate(workspace.asOf());
    m_ui->previewButton->setIcon(bundledIcon(u"document-print-preview"_s));
    m_ui->printButton->setIcon(bundledIcon(u"document-print"_s));
    m_ui->saveButton->setIcon(bundledIcon(u"document-save-as"_s));
    (purpose == Purpose::SavePdf ? m_ui->saveButton : m_ui->printButton)->setDefault(true);
    loadMeetings();
    restoreSections();

    connect(m_ui->asOfEdit, &QDateEdit::dateChanged, this, &BriefingDialog::offerMeetings);
    for (const Section &s : sectionChecks()) {
        connect(s.check, &QCheckBox::toggled, this, [this] {
            rememberSections();
            updateButtons();
        });
    }
    connect(m_ui->previewButton, &QPushButton::clicked, this, &BriefingDialog::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &BriefingDialog::print);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BriefingDialog::saveWithDialog);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

BriefingDialog::~BriefingDialog() = default;

QList<BriefingDialog::Section> BriefingDialog::sectionChecks() const
{
    return {
        {m_ui->coverCheck, u"cover", &BriefingSections::cover},
        {m_ui->summaryCheck, u"summary", &BriefingSections::summary},
        {m_ui->indicatorsCheck, u"indicators", &BriefingSections::indicators},
        {m_ui->tasksCheck, u"tasks", &BriefingSections::tasks},
        {m_ui->overdueCheck, u"overdue", &BriefingSections::overdue},
        {m_ui->roundsCheck, u"rounds", &BriefingSections::rounds},
        {m_ui->assessmentCheck, u"assessment", &BriefingSections::assessment},
        {m_ui->actionsCheck, u"actions", &BriefingSections::actions},
        {m_ui->minutesCheck, u"minutes", &BriefingSections::minutes},
    };
}

void BriefingDialog::loadMeetings()
{
    const Result<QList<Meeting>> meetings =
        MeetingRepository(m_workspace.database()).meetings(m_workspace.planId());
    if (meetings)
        m_meetings = *meetings;
    offerMeetings();
}

void BriefingDialog::offerMeetings()
{
    // Only meetings held by the date: a briefing cannot report what was
    // decided after it. The choice stays while it is one of them.
    const std::optional<qint64> chosen = meetingId();
    const Meeting *latest = nullptr; // the one BriefingLoader picks
    for (const Meeting &m : std::as_const(m_meetings)) {
        if (m.heldOn <= asOf() && m.kind == MeetingKind::Regular)
            latest = &m;
    }
    QComboBox *combo = m_ui->meetingCombo;
    combo->clear();
    combo->addItem(latest ? tr("Latest held by the date (%1)").arg(latest->title)
                          : tr("Latest held by the date (none yet)"));
    // The latest first: the one most briefings are for.
    for (auto it = m_meetings.crbegin(); it != m_meetings.crend(); ++it) {
        if (it->heldOn <= asOf())
            combo->addItem(
                u"%1  %2"_s.arg(QLocale().toString(it->heldOn, QLocale::ShortFormat), it->title),
                it->id);
    }
    combo->setCurrentIndex(chosen ? std::max(0, combo->findData(*chosen)) : 0);
}

void BriefingDialog::restoreSections()
{
    const QSettings settings;
    for (const Section &s : sectionChecks())
        s.check->setChecked(settings.value(settingsKey(s.key), true).toBool());
}

void BriefingDialog::rememberSections()
{
    QSettings settings;
    for (const Section &s : sectionChecks())
        settings.setValue(settingsKey(s.key), s.check->isChecked());
}

void BriefingDialog::updateButtons()
{
    const BriefingSections chosen = sections();
    bool any = false;
    for (const Section &s : sectionChecks())
        any = any || chosen.*(s.member);
    const bool ready = any && m_workspace.planId() != 0;
    for (QPushButton *button : {m_ui->previewButton, m_ui->printButton, m_ui->saveButton})
        button->setEnabled(ready);
    if (!any)
        m_ui->messageLabel->setText(tr("Choose at least one section."));
    else if (m_ui->messageLabel->text() == tr("Choose at least one section."))
        m_ui->messageLabel->clear();
}

QDate BriefingDialog::asOf() const
{
    return m_ui->asOfEdit->date();
}

std::optional<qint64> BriefingDialog::meetingId() const
{
    const QVariant id = m_ui->meetingCombo->currentData();
    return id.isValid() ? std::optional(id.toLongLong()) : std::nullopt;
}

BriefingSections BriefingDialog::sections() const
{
    BriefingSections chosen;
    for (const Section &s : sectionChecks())
        chosen.*(s.member) = s.check->isChecked();
    return chosen;
}

QString BriefingDialog::defaultFileName() const
{
    //: The file name offered for the saved briefing; %1 is the date, 2019-12-31.
    //: In Chinese: 工作进展通报-%1.pdf
    return tr("briefing-%1.pdf").arg(asOf().toString(Qt::ISODate));
}

Result<Briefing> BriefingDialog::loadBriefing() const
{
    return BriefingLoader(m_workspace.database()).load(m_workspace.planId(), asOf(), meetingId());
}

Result<int> BriefingDialog::saveTo(const QString &path)
{
    const WaitCursor wait;
    const Result<Briefing> briefing = loadBriefing();
    if (!briefing)
        return Result<int>::failure(briefing.error());
    return BriefingComposer(*briefing, sections()).writePdf(path);
}

void BriefingDialog::preview()
{
    const Result<Briefing> briefing = [this] {
        const WaitCursor wait;
        return loadBriefing();
    }();
    if (!briefing)
        return showError(tr("The briefing could not be prepared."), briefing.error());
    const BriefingComposer composer(*briefing, sections());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Briefing Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&composer](QPrinter *device) {
        const WaitCursor wait;
        static_cast<void>(composer.print(*device)); // the preview shows what it could paint
    });
    dialog.exec();
}

void BriefingDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Briefing"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false); // every page is printed
    if (dialog.exec() != QDialog::Accepted)
        return;
    // "Print to File (PDF)" writes the file Save as PDF writes: searchable,
    // and whole or not at all.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return writePdf(printer.outputFileName());
    const WaitCursor wait;
    const Result<Briefing> briefing = loadBriefing();
    if (!briefing)
        return showError(tr("The briefing could not be prepared."), briefing.error());
    const Result<int> pages = BriefingComposer(*briefing, sections()).print(printer);
    if (!pages)
        return showError(tr("The briefing could not be printed."), pages.error());
    emit statusMessage(tr("Sent %n page(s) to %1", nullptr, *pages).arg(printer.printerName()));
}

void BriefingDialog::saveWithDialog()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The dialog adds ".pdf" to a name typed without it before it asks
    // whether to replace the file of that name.
    QFileDialog dialog(this, tr("Save Briefing as PDF"),
                       QDir(documents).filePath(defaultFileName()), tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"pdf"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    writePdf(dialog.selectedFiles().constFirst());
}

void BriefingDialog::writePdf(const QString &path)
{
    const Result<int> pages = saveTo(path);
    const QString file = QDir::toNativeSeparators(path);
    if (!pages)
        return showError(tr("The briefing could not be saved as “%1”.").arg(file), pages.error());
    const QString message = tr("Saved %n page(s) to %1", nullptr, *pages).arg(file);
    m_ui->messageLabel->setText(message);
    emit statusMessage(message);
}

void BriefingDialog::showError(const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), text, QMessageBox::Ok, this);
    box.setInformativeText(details);
    box.exec();
}

} // namespace PlanDesk
