#include "windows/exchangeactions.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include "database/database.h"
#include "dialogs/importdialog.h"
#include "editing/workspace.h"
#include "exchange/tablewriters.h"
#include "exchange/xlsxtablewriter.h"
#include "plans/newdatabase.h"
#include "plans/plandocument.h"
#include "plans/planwriter.h"
#include "util/safefilename.h"
#include "widgets/icons.h"
#include "widgets/waitcursor.h"
#include "windows/ledgername.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString folderKey = u"exchange/lastFolder"_s;

Status writeFile(const QString &path, const QByteArray &bytes)
{
    // Whole or not at all: a half-written file never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(ExchangeActions::tr("Could not write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString xlsxFilter()
{
    return ExchangeActions::tr("Excel workbook (*.xlsx)");
}

QString csvFilter()
{
    return ExchangeActions::tr("CSV, UTF-8 (*.csv)");
}

} // namespace

ExchangeActions::ExchangeActions(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_importMenu(new QMenu(tr("&Import"), window))
    , m_exportMenu(new QMenu(tr("E&xport"), window))
{
    m_importMenu->setObjectName(u"menuImport"_s);
    m_exportMenu->setObjectName(u"menuExport"_s);
    createMenus();
}

void ExchangeActions::createMenus()
{
    QAction *returns =
        m_importMenu->addAction(bundledIcon(u"mail-reply-sender"_s), tr("&Progress Returns…"), this,
                                [this] { importTable(TableImport::Kind::Progress); });
    returns->setObjectName(u"actionImportProgress"_s);
    returns->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importMenu
        ->addAction(tr("Indicator &Values…"), this,
                    [this] { importTable(TableImport::Kind::Values); })
        ->setObjectName(u"actionImportValues"_s);
    m_importMenu
        ->addAction(tr("&Departments…"), this,
                    [this] { importTable(TableImport::Kind::Departments); })
        ->setObjectName(u"actionImportDepartments"_s);
    m_importMenu->addSeparator();
    m_importMenu->addAction(tr("P&lan…"), this, &ExchangeActions::importPlan)
        ->setObjectName(u"actionImportPlan"_s);

    m_exportMenu->addAction(tr("P&lan…"), this, &ExchangeActions::exportPlan)
        ->setObjectName(u"actionExportPlan"_s);
    m_exportMenu->addSeparator();
    struct List
    {
        Exporter::Kind kind;
        QString text;
        const char16_t *name; ///< for the action's object name
    };
    const List lists[] = {
        {Exporter::Kind::Tasks, tr("&Tasks…"), u"Tasks"},
        {Exporter::Kind::Departments, tr("&Departments…"), u"Departments"},
        {Exporter::Kind::Indicators, tr("&Indicators…"), u"Indicators"},
        {Exporter::Kind::Values, tr("Indicator &Values…"), u"Values"},
        {Exporter::Kind::Progress, tr("&Progress Reports…"), u"Progress"},
        {Exporter::Kind::Meetings, tr("&Meetings…"), u"Meetings"},
        {Exporter::Kind::Actions, tr("&Action Items…"), u"Actions"},
    };
    for (const List &list : lists) {
        QAction *action = m_exportMenu->addAction(list.text, this,
                                                  [this, kind = list.kind] { exportList(kind); });
        action->setObjectName(u"actionExport"_s + QString::fromUtf16(list.name));
    }
}

QString ExchangeActions::lastFolder() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QSettings().value(folderKey, documents).toString();
}

void ExchangeActions::rememberFolder(const QString &path)
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

void ExchangeActions::showDetailedError(const QString &summary, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, tr("PlanDesk"), summary, QMessageBox::Close, m_window);
    box.setDetailedText(details);
    box.exec();
}

void ExchangeActions::importTable(TableImport::Kind kind)
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window,
        kind == TableImport::Kind::Values ? tr("Import indicator values")
            : kind == TableImport::Kind::Departments
            ? tr("Import departments and their contacts")
            : tr("Import the departments' progress returns"),
        lastFolder(),
        tr("Workbooks and CSV files (*.xlsx *.csv);;%1;;%2").arg(xlsxFilter(), csvFilter()));
    if (paths.isEmpty())
        return;
    rememberFolder(paths.constFirst());
    importTableFiles(kind, paths);
}

void ExchangeActions::importTableFiles(TableImport::Kind kind, const QStringList &paths)
{
    ImportDialog dialog(m_workspace, kind, m_window);
    connect(&dialog, &ImportDialog::errorOccurred, this, &ExchangeActions::errorOccurred);
    connect(&dialog, &ImportDialog::statusMessage, this, &ExchangeActions::statusMessage);
    if (dialog.preview(paths))
        dialog.exec();
}

void ExchangeActions::importPlan()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import a plan"), lastFolder(),
                                                      tr("Plan files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const Result<PlanDocument> document = PlanFile::load(path);
    if (!document)
        return showDetailedError(tr("The plan in %1 cannot be imported: the file has problems. "
                                    "Nothing has been written.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 document.error());
    // A new plan gets a database of its own: the window and the briefing
    // follow one plan per database, so a plan added beside another would
    // not be seen.
    const Plan &plan = document->plan;
    const QString suggested = QDir(LedgerName::nearbyFolder(m_workspace.database()))
                                  .filePath(safeFileName(plan.title, tr("Plan")) + u".sqlite"_s);
    const QString target =
        QFileDialog::getSaveFileName(m_window, tr("New database for the plan “%1”").arg(plan.title),
                                     suggested, tr("PlanDesk databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target))
        return emit errorOccurred(tr("“%1” already exists. PlanDesk does not overwrite "
                                     "databases; choose a new name.")
                                      .arg(QDir::toNativeSeparators(target)));
    const WaitCursor wait;
    Result<std::unique_ptr<Database>> created =
        NewDatabase::create(target, *document, NewDatabase::Content::Plan);
    if (!created)
        return showDetailedError(tr("The plan “%1” could not be imported. Nothing has been "
                                    "written.")
                                     .arg(plan.title),
                                 created.error());
    created->reset(); // the window opens it as it opens any database
    emit databaseCreated(target);
    emit statusMessage(
        tr("Created %1 with the plan “%2”.").arg(QDir::toNativeSeparators(target), plan.title));
}

void ExchangeActions::exportPlan()
{
    const QString suggested =
        QDir(lastFolder())
            .filePath(u"%1-%2.json"_s.arg(tr("Plan"), m_workspace.asOf().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the plan"), suggested,
                                                      tr("Plan files (*.json)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    if (const Status s = exportPlanTo(path); !s)
        return emit errorOccurred(s.error());
    emit statusMessage(tr("Exported the plan to %1").arg(QDir::toNativeSeparators(path)));
}

Status ExchangeActions::exportPlanTo(const QString &path)
{
    const Result<PlanDocument> document =
        PlanWriter::read(m_workspace.database(), m_workspace.planId());
    if (!document)
        return Status::fromResult(document);
    return writeFile(path, PlanWriter::toJson(*document));
}

QString ExchangeActions::listName(Exporter::Kind kind)
{
    switch (kind) {
    case Exporter::Kind::Tasks:
        return tr("Tasks");
    case Exporter::Kind::Departments:
        return tr("Departments");
    case Exporter::Kind::Indicators:
        return tr("Indicators");
    case Exporter::Kind::Values:
        return tr("Indicator Values");
    case Exporter::Kind::Progress:
        return tr("Progress Reports");
    case Exporter::Kind::Meetings:
        return tr("Meetings");
    case Exporter::Kind::Actions:
        return tr("Action Items");
    case Exporter::Kind::Assessment:
        break;
    }
    return tr("Assessment");
}

QString ExchangeActions::defaultFileName(Exporter::Kind kind, const QDate &date,
                                         const QString &suffix)
{
    return u"%1-%2.%3"_s.arg(listName(kind), date.toString(Qt::ISODate), suffix);
}

void ExchangeActions::exportList(Exporter::Kind kind)
{
    const QString suggested =
        QDir(lastFolder()).filePath(defaultFileName(kind, m_workspace.asOf(), u"xlsx"_s));
    QString filter = xlsxFilter();
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export %1").arg(listName(kind)), suggested,
                                     u"%1;;%2"_s.arg(xlsxFilter(), csvFilter()), &filter);
    if (path.isEmpty())
        return;
    // The suffix typed wins; without one, the filter chosen decides.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv") {
        path += filter == csvFilter() ? u".csv"_s : u".xlsx"_s;
        // The dialog asked about the name as typed, not this one.
        if (QFileInfo::exists(path)
            && QMessageBox::question(
                   m_window, tr("Export %1").arg(listName(kind)),
                   tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return;
    }
    rememberFolder(path);
    if (const Status s = exportListTo(kind, path); !s)
        return emit errorOccurred(s.error());
    emit statusMessage(tr("Exported %1 to %2").arg(listName(kind), QDir::toNativeSeparators(path)));
}

Status ExchangeActions::exportListTo(Exporter::Kind kind, const QString &path)
{
    const WaitCursor wait;
    const Result<ExportTable> table = Exporter(m_workspace.database()).table(kind);
    if (!table)
        return Status::fromResult(table);
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return writeXlsx(*table, path, listName(kind));
    return writeFile(path, toCsv(*table));
}

} // namespace PlanDesk
