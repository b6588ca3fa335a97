#include "windows/mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>

#include "database/database.h"
#include "pages/planpage.h"
#include "repositories/planrepository.h"
#include "ui_mainwindow.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(std::move(db))
    , m_planPage(new PlanPage(this))
    , m_databaseLabel(new QLabel(this))
    , m_asOfLabel(new QLabel(this))
    , m_sampleLabel(new QLabel(this))
    , m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    m_ui->pages->addTab(m_planPage, tr("Plan && tasks"));

    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionOpen->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionReload->setShortcut(QKeySequence::Refresh);
    m_ui->actionReload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_planPage);
        m_planPage->focusFilter();
    });

    m_sampleLabel->setStyleSheet(u"QLabel { color: #b71c1c; font-weight: bold; }"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_sampleLabel);
    statusBar()->addPermanentWidget(m_asOfLabel);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    PlanRepository plans(*m_db);
    Result<QList<Plan>> all = plans.plans();
    if (!all)
        return showError(all.error());
    if (all->isEmpty())
        return showError(tr("The database holds no plan."));
    // One plan per database for now; the first is the one the office works on.
    const Plan &plan = all->constFirst();
    setWindowTitle(tr("%1 — PlanDesk").arg(plan.title));
    if (const QString error = m_planPage->load(*m_db, plan.id, m_asOf); !error.isEmpty())
        return showError(error);

    m_databaseLabel->setText(QDir::toNativeSeparators(m_db->path()));
    m_asOfLabel->setText(tr("As of %1").arg(QLocale().toString(m_asOf, QLocale::LongFormat)));
    const Result<bool> sample = plans.hasSampleData();
    m_sampleLabel->setText(sample && *sample ? tr("Contains sample data") : QString());
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open PlanDesk database"), QFileInfo(m_db->path()).absolutePath(),
        tr("PlanDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return showError(opened.error());
    m_db = std::move(opened.value());
    reload();
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
