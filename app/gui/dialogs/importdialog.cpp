#include "dialogs/importdialog.h"

#include <algorithm>
#include <limits>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include "editing/importedits.h"
#include "editing/workspace.h"
#include "models/importpreviewmodel.h"
#include "ui_importdialog.h"
#include "widgets/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

enum ProblemRole { FileRole = Qt::UserRole + 1, SheetRole, RowRole };

/// Progress in steps a QProgressDialog can count (int), however large the files.
int steps(qint64 value, qint64 total)
{
    constexpr qint64 most = std::numeric_limits<int>::max();
    return static_cast<int>(total > most ? value * most / total : value);
}

} // namespace

ImportDialog::ImportDialog(Workspace &workspace, TableImport::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_today(QDate::currentDate())
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_model(new ImportPreviewModel(this))
    , m_importButton(nullptr)
{
    m_ui->setupUi(this);
    setWindowTitle(kind == TableImport::Kind::Values            ? tr("Import Indicator Values")
                       : kind == TableImport::Kind::Departments ? tr("Import Departments")
                                                                : tr("Import Progress Returns"));
    m_ui->previewView->setModel(m_model);
    QHeaderView *header = m_ui->previewView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPreviewModel::SubjectColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setIcon(bundledIcon(u"document-open"_s));
    m_importButton->setEnabled(false);
    QFont bold = m_ui->reasonLabel->font();
    bold.setBold(true);
    m_ui->reasonLabel->setFont(bold);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, m_model,
            &ImportPreviewModel::setProblemsOnly);
    connect(m_ui->problemList, &QListWidget::currentRowChanged, this,
            &ImportDialog::showProblemRow);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::preview(const QStringList &paths)
{
    // This dialog is not shown yet: the progress belongs to the main window,
    // and blocks it, so no other database or edit can come in between.
    QProgressDialog progress(tr("Reading and checking the files…"), tr("Cancel"), 0, 0,
                             parentWidget() ? parentWidget() : this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(std::numeric_limits<int>::max()); // shown below, if needed
    const ImportProgress report = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(steps(total, total));
        progress.setValue(steps(done, total));
        return !progress.wasCanceled();
    };
    // Unpacking and parsing a large workbook takes a while: it runs on a
    // worker thread (it touches no database) while the window stays alive.
    QFutureWatcher<TableImport::FilesRead> reading;
    QEventLoop waiting;
    connect(&reading, &QFutureWatcherBase::finished, &waiting, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &waiting, &QEventLoop::quit);
    reading.setFuture(QtConcurrent::run([paths] { return TableImport::read(paths); }));
    // A short file is read before anyone could click: wait without taking
    // input, then show the (modal) progress for a long one.
    QTimer patience;
    patience.setSingleShot(true);
    connect(&patience, &QTimer::timeout, &waiting, &QEventLoop::quit);
    patience.start(400);
    if (!reading.isFinished())
        waiting.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reading.isFinished()) {
        progress.show();
        waiting.exec();
    }
    if (progress.wasCanceled())
        return false; // the reader finishes on its own; its result is dropped
    Result<ImportPreview> checked =
        TableImport(m_workspace.database(), m_workspace.planId(), m_kind, m_today)
            .preview(reading.result(), report);
    if (progress.wasCanceled())
        return false;
    if (!checked) {
        emit errorOccurred(checked.error());
        return false;
    }
    m_preview = std::move(checked.value());
    showPreview();
    return true;
}

void ImportDialog::showPreview()
{
    QStringList names;
    for (const QString &file : std::as_const(m_preview.files))
        names << QDir::toNativeSeparators(file);
    m_ui->filesLabel->setText(
        tr("%n file(s): %1", nullptr, static_cast<int>(names.size())).arg(names.join(tr(", "))));
    m_model->setPreview(m_preview);
    // CSV files have no sheets: no empty column for them.
    const bool anySheet = std::any_of(m_preview.rows.cbegin(), m_preview.rows.cend(),
                                      [](const ImportRow &r) { return !r.sheet.isEmpty(); });
    m_ui->previewView->setColumnHidden(ImportPreviewModel::SheetColumn, !anySheet);
    // The subject column would take all the room: give it a fair share.
    m_ui->previewView->resizeColumnToContents(ImportPreviewModel::SubjectColumn);
    const int subjectWidth = m_ui->previewView->columnWidth(ImportPreviewModel::SubjectColumn);
    m_ui->previewView->setColumnWidth(ImportPreviewModel::SubjectColumn,
                                      qMin(subjectWidth, fontMetrics().averageCharWidth() * 40));
    fillProblems();
    m_ui->summaryLabel->setText(m_preview.summary());
    const QString reason = reasonNotApplicable();
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    m_importButton->setEnabled(m_preview.canApply());
    m_ui->problemsOnlyCheck->setEnabled(!m_preview.problems.isEmpty());
    if (m_preview.canApply())
        m_importButton->setDefault(true);
}

void ImportDialog::fillProblems()
{
    m_ui->problemList->clear();
    for (const ExchangeProblem &p : std::as_const(m_preview.problems)) {
        auto *item = new QListWidgetItem(p.toString(), m_ui->problemList);
        item->setData(FileRole, p.file);
        item->setData(SheetRole, p.sheet);
        item->setData(RowRole, p.row);
        item->setForeground(ImportPreviewModel::colour(ImportRow::Outcome::Invalid));
    }
    const bool any = !m_preview.problems.isEmpty();
    m_ui->problemsPane->setVisible(any);
    m_ui->problemsCaption->setText(
        tr("Pro&blems (%n):", nullptr, static_cast<int>(m_preview.problems.size())));
}

QString ImportDialog::reasonNotApplicable() const
{
    if (m_preview.canApply())
        return {};
    const int invalid = m_preview.count(ImportRow::Outcome::Invalid);
    if (invalid > 0)
        return tr("%n row(s) have problems; correct the file and open it again. "
                  "Nothing has been written.",
                  nullptr, invalid);
    if (!m_preview.problems.isEmpty())
        return tr("The files have problems, listed below; correct them and open them again. "
                  "Nothing has been written.");
    return tr("Nothing to import: every row is already in the database or left blank.");
}

void ImportDialog::showProblemRow(int problemIndex)
{
    const QListWidgetItem *item = m_ui->problemList->item(problemIndex);
    if (!item)
        return;
    // Not every problem has a row (a file that cannot be read has none).
    const int row =
        m_model->shownRow(item->data(FileRole).toString(), item->data(SheetRole).toString(),
                          item->data(RowRole).toInt());
    if (row < 0)
        return;
    m_ui->previewView->selectRow(row);
    m_ui->previewView->scrollTo(m_model->index(row, 0));
}

void ImportDialog::import()
{
    if (!m_preview.canApply())
        return;
    const Result<int> written = ImportEdits::apply(m_workspace, m_kind, m_today, m_preview);
    if (!written) {
        // The same preview would fail the same way: the files must be checked again.
        m_importButton->setEnabled(false);
        m_ui->reasonLabel->setText(tr("Nothing has been written. Close this window and open "
                                      "the files again to check them against the database as "
                                      "it is now."));
        return emit errorOccurred(written.error());
    }
    if (m_kind == TableImport::Kind::Values)
        emit statusMessage(
            tr("Imported %n indicator value(s). Undo takes the import back.", nullptr, *written));
    else if (m_kind == TableImport::Kind::Departments)
        emit statusMessage(
            tr("Imported %n department(s). Undo takes the import back.", nullptr, *written));
    else
        emit statusMessage(
            tr("Imported %n progress report(s). Undo takes the import back.", nullptr, *written));
    accept();
}

} // namespace PlanDesk
