#include "windows/mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QUndoStack>

#include "database/backupwriter.h"
#include "database/database.h"
#include "database/sessionlock.h"
#include "dialogs/briefingdialog.h"
#include "dialogs/remindersdialog.h"
#include "dialogs/serverledgerdialog.h"
#include "editing/dateformat.h"
#include "editing/workspace.h"
#include "pages/assessmentpage.h"
#include "pages/dashboardpage.h"
#include "pages/departmentspage.h"
#include "pages/indicatorspage.h"
#include "pages/meetingspage.h"
#include "pages/planpage.h"
#include "pages/progresspage.h"
#include "pages/roundspage.h"
#include "plans/newdatabase.h"
#include "repositories/planrepository.h"
#include "ui_mainwindow.h"
#include "widgets/icons.h"
#include "windows/exchangeactions.h"
#include "windows/ledgername.h"
#include "windows/ledgersafety.h"
#include "windows/openguard.h"
#include "windows/recentfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString fileFilter()
{
    return MainWindow::tr("PlanDesk databases (*.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(new Workspace(std::move(db), this))
    , m_planPage(nullptr)
    , m_recentFiles(nullptr)
    , m_ledgerSafety(new LedgerSafety(*m_workspace, this))
    , m_asOfEdit(new QDateEdit(this))
    , m_databaseLabel(new QLabel(this))
    , m_asOfLabel(new QLabel(this))
    , m_sampleLabel(new QLabel(this))
    , m_viewerBanner(new QLabel(this))
{
    m_ui->setupUi(this);
    // Above the pages, for a login the server lets only view the ledger.
    m_viewerBanner->setObjectName(u"viewerBanner"_s);
    m_viewerBanner->setWordWrap(true);
    m_viewerBanner->setStyleSheet(u"QLabel { background: #fff3cd; color: #5d4200; "
                                  "border: 1px solid #e0c97a; padding: 6px; }"_s);
    m_viewerBanner->hide();
    m_ui->centralLayout->insertWidget(0, m_viewerBanner);
    setWindowIcon(bundledIcon(u"x-office-document"_s));
    m_dashboardPage = new DashboardPage(*m_workspace, this);
    m_ui->pages->addTab(m_dashboardPage, bundledIcon(u"x-office-presentation"_s), tr("Dashboard"));
    connect(m_dashboardPage, &DashboardPage::errorOccurred, this, &MainWindow::showError);
    m_planPage = new PlanPage(*m_workspace, this);
    m_ui->pages->addTab(m_planPage, bundledIcon(u"x-office-document"_s), tr("Plan && tasks"));
    connect(m_planPage, &PlanPage::errorOccurred, this, &MainWindow::showError);
    m_departmentsPage = new DepartmentsPage(*m_workspace, this);
    m_ui->pages->addTab(m_departmentsPage, bundledIcon(u"system-users"_s), tr("Departments"));
    connect(m_departmentsPage, &DepartmentsPage::errorOccurred, this, &MainWindow::showError);
    m_indicatorsPage = new IndicatorsPage(*m_workspace, this);
    m_ui->pages->addTab(m_indicatorsPage, bundledIcon(u"x-office-spreadsheet"_s), tr("Indicators"));
    connect(m_indicatorsPage, &IndicatorsPage::errorOccurred, this, &MainWindow::showError);
    auto *progressPage = new ProgressPage(*m_workspace, this);
    m_ui->pages->addTab(progressPage, bundledIcon(u"mail-reply-sender"_s), tr("Progress reports"));
    connect(progressPage, &ProgressPage::errorOccurred, this, &MainWindow::showError);
    auto *roundsPage = new RoundsPage(*m_workspace, this);
    m_ui->pages->addTab(roundsPage, bundledIcon(u"view-refresh"_s), tr("Reporting rounds"));
    connect(roundsPage, &RoundsPage::errorOccurred, this, &MainWindow::showError);
    connect(roundsPage, &RoundsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_meetingsPage = new MeetingsPage(*m_workspace, this);
    m_ui->pages->addTab(m_meetingsPage, bundledIcon(u"x-office-calendar"_s), tr("Meetings"));
    connect(m_meetingsPage, &MeetingsPage::errorOccurred, this, &MainWindow::showError);
    auto *assessmentPage = new AssessmentPage(*m_workspace, this);
    m_ui->pages->addTab(assessmentPage, bundledIcon(u"x-office-spreadsheet"_s), tr("Assessment"));
    connect(assessmentPage, &AssessmentPage::errorOccurred, this, &MainWindow::showError);
    connect(assessmentPage, &AssessmentPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // A meeting being edited is saved or discarded before the page is left.
    connect(m_ui->pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_currentPage == m_ui->pages->indexOf(m_meetingsPage) && index != m_currentPage
            && !m_meetingsPage->maySwitchAway()) {
            const QSignalBlocker blocker(m_ui->pages);
            m_ui->pages->setCurrentIndex(m_currentPage);
            return;
        }
        m_currentPage = index;
    });
    connectDrillDowns();

    m_recentFiles = new RecentFiles(m_ui->menuRecent, this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openDatabaseFile);
    m_recentFiles->add(m_workspace->database().path());

    setUpActions();
    setUpStatusBar();
    connect(m_workspace, &Workspace::ledgerChanged, this, &MainWindow::refreshTitleAndStatus);
    connect(m_workspace, &Workspace::asOfChanged, this, &MainWindow::refreshTitleAndStatus);
    connect(m_workspace, &Workspace::errorOccurred, this, &MainWindow::showError);
    refreshTitleAndStatus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // First start: most of the screen, which is often 1366×768 in offices.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(screen->availableSize() * 0.9);
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

MainWindow::~MainWindow()
{
    // Pages use the workspace until they are gone: delete them while it lives.
    delete takeCentralWidget();
}

void MainWindow::setUpActions()
{
    struct Binding
    {
        QAction *action;
        const char16_t *icon;
        QKeySequence shortcut;
    };
    const Binding bindings[] = {
        {m_ui->actionNew, u"document-new", QKeySequence::New},
        {m_ui->actionOpen, u"document-open", QKeySequence::Open},
        {m_ui->actionOpenServer, u"system-users", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        // Spelled out: Qt's standard SaveAs and Quit keys are empty on Windows.
        {m_ui->actionSaveCopy, u"document-save-as", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {m_ui->actionQuit, u"system-log-out", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {m_ui->actionFind, u"edit-find", QKeySequence::Find},
        {m_ui->actionAbout, u"help-browser", QKeySequence::HelpContents},
    };
    for (const Binding &b : bindings) {
        b.action->setIcon(bundledIcon(QString::fromUtf16(b.icon)));
        b.action->setShortcut(b.shortcut);
    }
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->actionOpenServer, &QAction::triggered, this, &MainWindow::openSharedLedger);
    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    m_ui->actionBackups->setIcon(bundledIcon(u"document-save"_s));
    m_fileStatusTips = {m_ui->actionSaveCopy->statusTip(), m_ui->actionBackups->statusTip()};
    connect(m_ui->actionBackups, &QAction::triggered, m_ledgerSafety, &LedgerSafety::showBackups);
    connect(m_ledgerSafety, &LedgerSafety::errorOccurred, this, &MainWindow::showError);
    connect(m_ledgerSafety, &LedgerSafety::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // File ▸ Import and Export, after Save a Copy.
    auto *exchange = new ExchangeActions(*m_workspace, this);
    connect(exchange, &ExchangeActions::errorOccurred, this, &MainWindow::showError);
    connect(exchange, &ExchangeActions::databaseCreated, this, &MainWindow::openDatabaseFile);
    connect(exchange, &ExchangeActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_ui->menuFile->insertMenu(m_ui->actionPrintBriefing, exchange->importMenu());
    m_ui->menuFile->insertMenu(m_ui->actionPrintBriefing, exchange->exportMenu());
    m_ui->menuFile->insertSeparator(m_ui->actionPrintBriefing);
    m_ui->actionPrintBriefing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_ui->actionExportBriefing->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_ui->actionPrintBriefing->setIcon(bundledIcon(u"document-print"_s));
    m_ui->actionExportBriefing->setIcon(bundledIcon(u"document-save-as"_s));
    connect(m_ui->actionPrintBriefing, &QAction::triggered, this, [this] { openBriefing(false); });
    connect(m_ui->actionExportBriefing, &QAction::triggered, this, [this] { openBriefing(true); });
    connect(m_dashboardPage, &DashboardPage::briefingRequested, this,
            [this] { openBriefing(false); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        // The Departments page finds departments; everywhere else, tasks.
        if (m_ui->pages->currentWidget() == m_departmentsPage)
            return m_departmentsPage->focusFilter();
        m_ui->pages->setCurrentWidget(m_planPage);
        if (m_ui->pages->currentWidget() == m_planPage) // the switch may have been refused
            m_planPage->focusFilter();
    });

    // Undo and redo come from the workspace's stack, named after the edit.
    // A meeting still open in its editor is saved or discarded first, so an
    // undo never pulls the record out from under unsaved typing.
    QUndoStack *undo = m_workspace->undoStack();
    auto *undoAction = new QAction(bundledIcon(u"edit-undo"_s), tr("&Undo"), this);
    auto *redoAction = new QAction(bundledIcon(u"edit-redo"_s), tr("&Redo"), this);
    undoAction->setObjectName(u"actionUndo"_s);
    redoAction->setObjectName(u"actionRedo"_s);
    undoAction->setShortcuts({QKeySequence(QKeySequence::Undo)});
    redoAction->setShortcuts(
        {QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undoAction->setEnabled(false);
    redoAction->setEnabled(false);
    connect(undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, undoAction, [undoAction](const QString &text) {
        undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(undo, &QUndoStack::redoTextChanged, redoAction, [redoAction](const QString &text) {
        redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(undoAction, &QAction::triggered, this, [this] {
        if (m_meetingsPage->maySwitchAway())
            m_workspace->undoStack()->undo();
    });
    connect(redoAction, &QAction::triggered, this, [this] {
        if (m_meetingsPage->maySwitchAway())
            m_workspace->undoStack()->redo();
    });
    m_ui->menuEdit->insertActions(m_ui->actionFind, {undoAction, redoAction});
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addActions({undoAction, redoAction});

    // The as-of date decides every pace light; today unless chosen.
    m_ui->mainToolBar->addSeparator();
    auto *asOfCaption = new QLabel(tr("As of: "), this);
    asOfCaption->setBuddy(m_asOfEdit);
    m_ui->mainToolBar->addWidget(asOfCaption);
    m_asOfEdit->setObjectName(u"asOfEdit"_s);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(dateEditFormat());
    m_asOfEdit->setDate(m_workspace->asOf());
    m_ui->mainToolBar->addWidget(m_asOfEdit);
    connect(m_asOfEdit, &QDateEdit::dateChanged, m_workspace, &Workspace::setAsOf);
    connect(m_workspace, &Workspace::asOfChanged, m_asOfEdit, &QDateEdit::setDate);

    // View ▸ Reminders…: what is due or overdue, on demand.
    auto *remindersAction =
        new QAction(bundledIcon(u"x-office-calendar"_s), tr("&Reminders…"), this);
    remindersAction->setObjectName(u"actionReminders"_s);
    remindersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(remindersAction, &QAction::triggered, this, &MainWindow::showReminders);
    m_ui->menuView->insertAction(m_ui->menuLanguage->menuAction(), remindersAction);
    m_ui->menuView->insertSeparator(m_ui->menuLanguage->menuAction());

    // Language: takes effect at the next start, like most desktop programs.
    auto *languages = new QActionGroup(this);
    const QString running = QLocale().language() == QLocale::English ? u"en"_s : u"zh_CN"_s;
    const QString current = QSettings().value(u"ui/language"_s, running).toString();
    for (QAction *action : {m_ui->actionChinese, m_ui->actionEnglish}) {
        languages->addAction(action);
        action->setCheckable(true);
    }
    m_ui->actionChinese->setChecked(current != u"en");
    m_ui->actionEnglish->setChecked(current == u"en");
    connect(m_ui->actionChinese, &QAction::triggered, this, [this] { chooseLanguage(u"zh_CN"_s); });
    connect(m_ui->actionEnglish, &QAction::triggered, this, [this] { chooseLanguage(u"en"_s); });
}

void MainWindow::setUpStatusBar()
{
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_sampleLabel->setObjectName(u"sampleLabel"_s);
    m_asOfLabel->setObjectName(u"asOfLabel"_s);
    m_sampleLabel->setStyleSheet(u"QLabel { color: #b71c1c; font-weight: bold; }"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_sampleLabel);
    statusBar()->addPermanentWidget(m_asOfLabel);
}

void MainWindow::refreshTitleAndStatus()
{
    const Database &db = m_workspace->database();
    PlanRepository plans(m_workspace->database());
    const Result<Plan> plan = plans.plan(m_workspace->planId());
    setWindowTitle(LedgerName::windowTitle(db, plan ? plan->title : QString()));
    m_databaseLabel->setText(LedgerName::statusText(db));
    const QString notice = LedgerName::viewerNotice(db);
    m_viewerBanner->setText(notice);
    m_viewerBanner->setVisible(!notice.isEmpty());
    // Copies and backups are of files; a server is backed up by its administrator.
    m_ui->actionSaveCopy->setEnabled(!db.isOnServer());
    m_ui->actionBackups->setEnabled(!db.isOnServer());
    m_ui->actionSaveCopy->setStatusTip(
        db.isOnServer() ? tr("A ledger on a server is copied by exporting it (File ▸ Export)")
                        : m_fileStatusTips.first);
    m_ui->actionBackups->setStatusTip(db.isOnServer() ? LedgerSafety::serverBackupNote()
                                                      : m_fileStatusTips.second);
    m_asOfLabel->setText(
        tr("As of %1").arg(QLocale().toString(m_workspace->asOf(), QLocale::LongFormat)));
    const Result<bool> sample = plans.hasSampleData();
    m_sampleLabel->setText(sample && *sample ? tr("Contains sample data") : QString());
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New database with the built-in plan"),
        LedgerName::nearbyFolder(m_workspace->database()), fileFilter());
    if (path.isEmpty() || !m_meetingsPage->maySwitchAway())
        return;
    Result<PlanDocument> plan = PlanFile::builtIn();
    if (!plan)
        return showError(plan.error());
    if (QFileInfo::exists(path))
        return showError(tr("“%1” already exists. PlanDesk does not overwrite databases; "
                            "choose a new name.")
                             .arg(QDir::toNativeSeparators(path)));
    Result<std::unique_ptr<Database>> created =
        NewDatabase::create(path, *plan, NewDatabase::Content::Plan);
    if (!created)
        return showError(created.error());
    Result<std::unique_ptr<SessionLock>> lock = SessionLock::acquire(path); // a new file: free
    m_workspace->setDatabase(std::move(created.value()));
    keepSessionLock(lock ? std::move(lock.value()) : nullptr);
    m_recentFiles->add(path);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open PlanDesk database"), LedgerName::nearbyFolder(m_workspace->database()),
        fileFilter());
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::openDatabaseFile(const QString &path)
{
    if (!m_meetingsPage->maySwitchAway())
        return;
    // This window holds the open file's lock: opening it again would ask
    // whether to open it read-only, against itself.
    if (m_sessionLock && !ServerAddress::isServerLocation(path)
        && QFileInfo(path) == QFileInfo(m_workspace->database().path()))
        return;
    Result<WindowDatabase> opened =
        OpenGuard::open(this, path, [this, &path](Database::Access access) {
            return LedgerSafety::openOrRecover(this, path, access);
        });
    if (!opened) {
        if (!opened.error().isEmpty()) // empty: the user cancelled
            showError(opened.error());
        return;
    }
    m_workspace->setDatabase(std::move(opened->database));
    keepSessionLock(std::move(opened->lock));
    m_recentFiles->add(path);
    m_ledgerSafety->checkInBackground();
}

void MainWindow::openSharedLedger()
{
    ServerLedgerDialog dialog(this);
    if (m_workspace->database().isOnServer())
        dialog.setAddress(m_workspace->database().server());
    if (dialog.exec() == QDialog::Accepted)
        openDatabaseFile(dialog.location());
}

void MainWindow::keepSessionLock(std::unique_ptr<SessionLock> lock)
{
    m_sessionLock = std::move(lock); // the previous file's lock goes
    refreshTitleAndStatus();
}

void MainWindow::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the database"), LedgerName::nearbyFolder(m_workspace->database()),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (Status s = BackupWriter::write(m_workspace->database(), path); !s)
        return showError(s.error());
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::openBriefing(bool asPdf)
{
    // The briefing prints what is saved: minutes still being typed come first.
    if (!m_meetingsPage->maySwitchAway())
        return;
    BriefingDialog dialog(*m_workspace,
                          asPdf ? BriefingDialog::Purpose::SavePdf : BriefingDialog::Purpose::Print,
                          this);
    connect(&dialog, &BriefingDialog::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    dialog.exec();
}

RemindersDialog &MainWindow::remindersPanel()
{
    if (!m_reminders) {
        m_reminders = new RemindersDialog(*m_workspace, this);
        connect(m_reminders, &RemindersDialog::errorOccurred, this, &MainWindow::showError);
    }
    return *m_reminders;
}

void MainWindow::showReminders()
{
    remindersPanel();
    m_reminders->show();
    m_reminders->raise();
    m_reminders->activateWindow();
}

void MainWindow::showRemindersIfDue()
{
    // The panel works out its list once; shown only when it holds anything
    // (RemindersDialog::wantedAtStart() would work it out a second time).
    if (!RemindersDialog::showsAtStart() || m_reminders)
        return;
    if (remindersPanel().reminders().isEmpty()) {
        delete m_reminders;
        m_reminders = nullptr;
        return;
    }
    showReminders();
}

void MainWindow::connectDrillDowns()
{
    connect(m_dashboardPage, &DashboardPage::tasksRequested, this, [this](const TaskQuery &query) {
        m_ui->pages->setCurrentWidget(m_planPage);
        if (m_ui->pages->currentWidget() == m_planPage) // the switch may have been refused
            m_planPage->showTasks(query);
    });
    connect(m_dashboardPage, &DashboardPage::indicatorRequested, this,
            [this](qint64 indicatorId, const QString &period) {
                m_ui->pages->setCurrentWidget(m_indicatorsPage);
                if (m_ui->pages->currentWidget() == m_indicatorsPage)
                    m_indicatorsPage->selectIndicator(indicatorId, period);
            });
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language takes effect when PlanDesk is started again."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is committed as it is made; a meeting still open in its
    // editor is the one thing to save or discard first.
    if (!m_meetingsPage->maySwitchAway()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PlanDesk"),
                       tr("<h3>PlanDesk %1</h3><p>Keeps a policy plan's tasks, departments, "
                          "indicators and meetings for the office of the leading group.</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QLatin1StringView(PLANDESK_VERSION)));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("PlanDesk"), message);
}

} // namespace PlanDesk
