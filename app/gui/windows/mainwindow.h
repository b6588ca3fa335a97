#pragma once

#include <memory>

#include <QDate>
#include <QMainWindow>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace PlanDesk {

class Database;
class PlanPage;

/// The office's main window: one page per part of the ledger (the plan and
/// its tasks for now), a status bar naming the database and the as-of date.
/// It owns the open database; pages read from it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    PlanPage *planPage() const { return m_planPage; }

private:
    void reload();
    void openDatabase();
    void showAbout();
    void showError(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_db;
    PlanPage *m_planPage;
    QLabel *m_databaseLabel;
    QLabel *m_asOfLabel;
    QLabel *m_sampleLabel;
    QDate m_asOf;
};

} // namespace PlanDesk
