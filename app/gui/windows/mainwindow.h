#pragma once

#include <memory>
#include <utility>

#include <QMainWindow>

class QDateEdit;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace PlanDesk {

class DashboardPage;
class Database;
class DepartmentsPage;
class IndicatorsPage;
class LedgerSafety;
class MeetingsPage;
class PlanPage;
class RecentFiles;
class RemindersDialog;
class SessionLock;
class Workspace;

/// The office's main window: one page per part of the ledger, menus and a
/// toolbar for files, undo and the as-of date, and a status bar naming the
/// database. It composes pages; it holds no SQL and no page logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() const { return *m_workspace; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    PlanPage *planPage() const { return m_planPage; }
    IndicatorsPage *indicatorsPage() const { return m_indicatorsPage; }
    LedgerSafety *ledgerSafety() const { return m_ledgerSafety; }
    /// Opens another database in this window (File ▸ Open, recent files),
    /// a file or a server address (postgresql://…); a damaged file is
    /// offered its newest good backup, a server asks for its password.
    void openDatabaseFile(const QString &path);
    /// View ▸ Reminders…: the non-modal reminders panel.
    void showReminders();
    /// At start, from the interactive path only (never in tests or while
    /// taking screenshots): the panel, when anything is due or overdue and
    /// the user has not switched it off.
    void showRemindersIfDue();
    /// Holds the session lock of the open database until another is opened
    /// or the window goes (see OpenGuard).
    void keepSessionLock(std::unique_ptr<SessionLock> lock);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// The reminders panel, made on first use.
    RemindersDialog &remindersPanel();
    void setUpActions();
    void setUpStatusBar();
    void refreshTitleAndStatus();
    void newDatabase();
    void openDatabase();
    /// File ▸ Open Shared Ledger…: asks where, then openDatabaseFile().
    void openSharedLedger();
    void saveCopy();
    /// File ▸ Print Briefing… and Export Briefing as PDF….
    void openBriefing(bool asPdf);
    /// The dashboard's drill-downs: switch to the page listing what was clicked.
    void connectDrillDowns();
    void chooseLanguage(const QString &language);
    void showAbout();
    void showError(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    DashboardPage *m_dashboardPage = nullptr;
    PlanPage *m_planPage;
    IndicatorsPage *m_indicatorsPage = nullptr;
    MeetingsPage *m_meetingsPage = nullptr;
    DepartmentsPage *m_departmentsPage = nullptr;
    RemindersDialog *m_reminders = nullptr;
    int m_currentPage = 0;
    RecentFiles *m_recentFiles;
    LedgerSafety *m_ledgerSafety;
    QDateEdit *m_asOfEdit;
    QLabel *m_databaseLabel;
    QLabel *m_asOfLabel;
    QLabel *m_sampleLabel;
    QLabel *m_viewerBanner;
    /// Save a Copy's and Backups' tips for a file (a server ledger has others).
    std::pair<QString, QString> m_fileStatusTips;
    std::unique_ptr<SessionLock> m_sessionLock;
};

} // namespace PlanDesk
