#include "dialogs/templatesdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

#include "editing/workspace.h"
#include "exchange/returnstemplate.h"
#include "ui_templatesdialog.h"
#include "util/safefilename.h"
#include "widgets/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

TemplatesDialog::TemplatesDialog(Workspace &workspace, const ReportingRound &round,
                                 const QList<std::pair<qint64, QString>> &departments,
                                 std::optional<qint64> selected, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_round(round)
    , m_ui(std::make_unique<Ui::TemplatesDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export Returns Templates"));
    m_ui->roundLabel->setText(
        tr("Templates for the departments to fill in for <b>%1</b> (%2), listing the "
           "reports each one owes.")
            .arg(round.title.toHtmlEscaped(), round.period.toHtmlEscaped()));
    m_ui->folderEdit->setText(QDir::toNativeSeparators(defaultFolder(round)));
    m_ui->browseButton->setIcon(bundledIcon(u"document-open"_s));
    for (const auto &[id, name] : departments)
        m_ui->departmentCombo->addItem(name, id);
    if (selected) {
        const int index = m_ui->departmentCombo->findData(*selected);
        if (index >= 0) {
            m_ui->departmentCombo->setCurrentIndex(index);
            m_ui->onlyDepartmentRadio->setChecked(true);
        }
    }
    m_ui->onlyDepartmentRadio->setEnabled(!departments.isEmpty());
    m_ui->departmentCombo->setEnabled(m_ui->onlyDepartmentRadio->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Write Templates"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TemplatesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &TemplatesDialog::browse);
    connect(m_ui->onlyDepartmentRadio, &QRadioButton::toggled, m_ui->departmentCombo,
            &QComboBox::setEnabled);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
}

TemplatesDialog::~TemplatesDialog() = default;

QString TemplatesDialog::defaultFolder(const ReportingRound &round)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).filePath(u"PlanDesk/"_s
                                    + safeFileName(round.title, tr("Returns templates")));
}

QString TemplatesDialog::folder() const
{
    return QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
}

void TemplatesDialog::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void TemplatesDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for the templates"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

Result<QStringList> TemplatesDialog::writeTemplates()
{
    ReturnsTemplateOptions options;
    options.oneWorkbook = m_ui->oneWorkbookRadio->isChecked();
    if (m_ui->onlyDepartmentRadio->isChecked())
        options.departmentId = m_ui->departmentCombo->currentData().toLongLong();
    options.overwrite = m_ui->overwriteCheck->isChecked();

    QProgressDialog progress(tr("Writing the templates…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Result<QStringList> written = ReturnsTemplates::write(
        m_workspace.database(), m_round.id, folder(), options, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    if (progress.wasCanceled()) // nothing was left behind; nothing to say
        return Result<QStringList>::failure({});
    return written;
}

void TemplatesDialog::accept()
{
    const Result<QStringList> written = writeTemplates();
    if (!written) {
        // Nothing is left behind on failure: say why, and let them change the choice.
        if (!written.error().isEmpty())
            QMessageBox::warning(this, windowTitle(), written.error());
        return;
    }
    const QString where = QDir::toNativeSeparators(folder());
    const int count = static_cast<int>(written->size());
    emit statusMessage(tr("Wrote %n template(s) into %1", nullptr, count).arg(where));
    QMessageBox box(QMessageBox::Information, windowTitle(),
                    tr("Wrote %n template(s) into %1.", nullptr, count).arg(where),
                    QMessageBox::Close, this);
    QPushButton *open = box.addButton(tr("&Open Folder"), QMessageBox::ActionRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder()));
    QDialog::accept();
}

} // namespace PlanDesk
