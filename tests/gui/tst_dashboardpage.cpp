#include <algorithm>
#include <functional>

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

#include "charttheme.h"
#include "domain/period.h"
#include "editing/taskedits.h"
#include "editing/workspace.h"
#include "indicatorcharts.h"
#include "models/indicatortablemodel.h"
#include "models/indicatorvaluetablemodel.h"
#include "models/tasktreemodel.h"
#include "pages/dashboardpage.h"
#include "pages/indicatorspage.h"
#include "pages/planpage.h"
#include "report/briefing.h"
#include "testdatabase.h"
#include "widgets/chartpanel.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

const QDate endOf2019(2019, 12, 31);

Briefing briefingOn(Workspace &workspace, const QDate &asOf)
{
    return BriefingLoader(workspace.database()).load(workspace.planId(), asOf).value();
}

QString shown(const QWidget &page, const QString &name)
{
    const auto *label = page.findChild<QLabel *>(name);
    return label ? label->text() : u"(no label %1)"_s.arg(name);
}

QChart *chartOf(const QWidget &page, const QString &panel)
{
    const auto *found = page.findChild<ChartPanel *>(panel);
    return found ? found->chart() : nullptr;
}

QList<QBarSet *> barSetsOf(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars->barSets();
    }
    return {};
}

QBarSet *barSetNamed(QChart *chart, const QString &objectName)
{
    for (QBarSet *set : barSetsOf(chart)) {
        if (set->objectName() == objectName)
            return set;
    }
    return nullptr;
}

QBarSet *barSetOfLight(QChart *chart, PaceLight light)
{
    for (QBarSet *set : barSetsOf(chart)) {
        if (set->property("paceLight").toInt() == static_cast<int>(light))
            return set;
    }
    return nullptr;
}

QLineSeries *lineNamed(QChart *chart, const char *objectName)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1StringView(objectName))
            return qobject_cast<QLineSeries *>(s);
    }
    return nullptr;
}

/// The ids of the task rows the tree shows (groups left out).
QSet<qint64> listedTasks(const QTreeView &tree)
{
    QSet<qint64> ids;
    const QAbstractItemModel *model = tree.model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int t = 0; t < model->rowCount(group); ++t)
            ids.insert(model->index(t, 0, group).data(TaskTreeModel::TaskIdRole).toLongLong());
    }
    return ids;
}

/// The ids of every task row the tree shows, work items too.
QSet<qint64> listedAnywhere(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        if (const qint64 id = index.data(TaskTreeModel::TaskIdRole).toLongLong(); id != 0)
            ids.insert(id);
        ids.unite(listedAnywhere(model, index));
    }
    return ids;
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

/// The submenu of `menu` titled `title` (mnemonics aside), or null.
QMenu *submenu(const QMenu *menu, const QString &title)
{
    for (QAction *a : menu->actions()) {
        if (a->menu() && withoutMnemonic(a->text()) == title)
            return a->menu();
    }
    return nullptr;
}

/// The menu of a chart panel's tool button: the one its context menu shows.
QMenu *panelMenu(const QWidget &page, const QString &panel)
{
    return page.findChild<ChartPanel *>(panel)
        ->findChild<QToolButton *>(u"chartMenuButton"_s)
        ->menu();
}

/// Runs `open`, which shows a save dialog: in `dir`, a name typed without
/// suffix is refused when it names an existing file (the question answered
/// No), then `y` is saved. Returns the question asked.
template<typename Open> QString saveAsXThenY(const QString &dir, Open open)
{
    QString question;
    QTimer::singleShot(0, [&question, dir] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(files);
        files->setDirectory(dir);
        files->selectFile(u"x"_s); // typed without a suffix
        QTimer::singleShot(0, [&question] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        QMetaObject::invokeMethod(files, "accept"); // as the Save button does
        QVERIFY2(files->isVisible(), "the dialog closed without asking");
        files->selectFile(u"y"_s);
        QMetaObject::invokeMethod(files, "accept"); // as the Save button does
    });
    open();
    return question;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        m_workspace = std::make_unique<Workspace>(m_db->handOver());
        m_workspace->setAsOf(endOf2019);
        m_page = std::make_unique<DashboardPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
        m_db.reset();
    }

    void shouldShowTheBriefingsKeyNumbers()
    {
        const Briefing expected = briefingOn(*m_workspace, endOf2019);
        const PlanSummary &s = expected.summary;
        QVERIFY(s.tasks > 0);
        QCOMPARE(shown(*m_page, u"taskCount"_s), QString::number(s.tasks));
        for (PaceLight light : {PaceLight::Done, PaceLight::Green, PaceLight::Yellow,
                                PaceLight::Red, PaceLight::NotStarted})
            QCOMPARE(shown(*m_page, u"paceCount%1"_s.arg(int(light))),
                     QString::number(s.byLight.value(light)));
        QCOMPARE(shown(*m_page, u"overdueCount"_s), QString::number(s.overdue));
        QCOMPARE(shown(*m_page, u"openActions"_s), QString::number(s.openActions));
        QCOMPARE(shown(*m_page, u"overdueActions"_s), QString::number(s.overdueActions));
        int met = 0;
        for (const PlanSummary::IndicatorStanding &i : s.indicators)
            met += i.targetMet ? 1 : 0;
        QCOMPARE(shown(*m_page, u"targetsMet"_s), QString::number(met));
        // Sample data says so.
        QVERIFY(m_page->findChild<QLabel *>(u"sampleNotice"_s)->isVisible());
        QVERIFY(chartOf(*m_page, u"tasksByGroupChart"_s)->title().contains(u"sample"_s));
    }

    void shouldChartTheBriefingsData()
    {
        const Briefing expected = briefingOn(*m_workspace, endOf2019);
        const qsizetype groups = expected.groups.size();

        // Tasks by pace per group: bar i is group size-1-i.
        QChart *lights = chartOf(*m_page, u"tasksByGroupChart"_s);
        QCOMPARE(barSetsOf(lights).size(), 5);
        for (QBarSet *set : barSetsOf(lights)) {
            const auto light = static_cast<PaceLight>(set->property("paceLight").toInt());
            QCOMPARE(set->count(), groups);
            for (int i = 0; i < set->count(); ++i)
                QCOMPARE(set->at(i),
                         qreal(expected.groups.at(groups - 1 - i).byLight.value(light)));
        }

        QLineSeries *progress = lineNamed(chartOf(*m_page, u"progressChart"_s), "actual");
        QVERIFY(progress);
        QCOMPARE(progress->count(), expected.progress.size());
        QCOMPARE(progress->points().last().x(), ChartTheme::toAxis(endOf2019));

        QBarSet *reached = barSetNamed(chartOf(*m_page, u"targetsChart"_s), u"actual"_s);
        QVERIFY(reached);
        QCOMPARE(reached->count(), expected.indicators.size());

        QBarSet *overdue = barSetNamed(chartOf(*m_page, u"departmentsChart"_s), u"overdue"_s);
        QVERIFY(overdue);
        QCOMPARE(overdue->count(), expected.departments.size());
        for (int i = 0; i < overdue->count(); ++i)
            QCOMPARE(overdue->at(i),
                     qreal(expected.departments.at(expected.departments.size() - 1 - i).overdue));

        // One pacing chart per indicator, chosen in the combo box.
        auto *combo = m_page->findChild<QComboBox *>(u"indicatorCombo"_s);
        QCOMPARE(combo->count(), expected.indicators.size());
        for (int i = 0; i < combo->count(); ++i) {
            combo->setCurrentIndex(i);
            const IndicatorPace &pace = expected.indicators.at(i);
            QChart *pacing = chartOf(*m_page, u"pacingChart"_s);
            QVERIFY(pacing->title().startsWith(pace.indicator.name));
            QCOMPARE(lineNamed(pacing, IndicatorCharts::ActualSeries)->count(), pace.known.size());
        }
    }

    void shouldKeepAPictureWhenAsked()
    {
        // PLANDESK_SCREENSHOT_DIR=… keeps the whole page, scrolled part too.
        const QString dir = qEnvironmentVariable("PLANDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PLANDESK_SCREENSHOT_DIR not set");
        auto *scroll = m_page->findChild<QScrollArea *>(u"dashboardScroll"_s);
        QVERIFY(scroll->widget()->grab().save(dir + u"/dashboard-full.png"_s));
        auto *departments = m_page->findChild<ChartPanel *>(u"departmentsChart"_s);
        QVERIFY(departments->savePng(dir + u"/departments-export.png"_s));
        QVERIFY(departments->savePdf(dir + u"/departments-export.pdf"_s));
    }

    void shouldReloadWhenTheAsOfDateChanges()
    {
        const QDate mid2018(2018, 6, 30);
        const Briefing then = briefingOn(*m_workspace, mid2018);
        QVERIFY(then.summary.byLight != briefingOn(*m_workspace, endOf2019).summary.byLight);
        m_workspace->setAsOf(mid2018);
        QCOMPARE(m_page->briefing()->asOf, mid2018);
        QCOMPARE(shown(*m_page, u"paceCount%1"_s.arg(int(PaceLight::Green))),
                 QString::number(then.summary.byLight.value(PaceLight::Green)));
        QLineSeries *progress = lineNamed(chartOf(*m_page, u"progressChart"_s), "actual");
        QCOMPARE(progress->points().last().x(), ChartTheme::toAxis(mid2018));
    }

    void shouldWaitUntilShownToReload()
    {
        m_page->hide();
        m_workspace->setAsOf(QDate(2018, 6, 30));
        QCOMPARE(m_page->briefing()->asOf, endOf2019); // no work while hidden
        m_page->show();
        QCOMPARE(m_page->briefing()->asOf, QDate(2018, 6, 30));
    }

    void shouldAskForTheTasksOfAClickedSegment()
    {
        const Briefing expected = briefingOn(*m_workspace, endOf2019);
        std::optional<TaskQuery> asked;
        connect(m_page.get(), &DashboardPage::tasksRequested, this,
                [&asked](const TaskQuery &q) { asked = q; });
        QChart *lights = chartOf(*m_page, u"tasksByGroupChart"_s);
        // The bottom bar is the last group (safeguard measures).
        emit barSetOfLight(lights, PaceLight::Yellow)->clicked(0);
        QVERIFY(asked);
        QCOMPARE(asked->groupId, expected.groups.last().group.id);
        QVERIFY(asked->pace == (PaceFilter {{PaceLight::Yellow}, PaceFilter::Overdue::Either}));
        QVERIFY(asked->topLevelOnly); // as the bars count them
        QVERIFY(!asked->leadDepartmentId);
        emit barSetOfLight(lights, PaceLight::Green)->clicked(int(expected.groups.size()) - 1);
        QCOMPARE(asked->groupId, expected.groups.first().group.id);
        QVERIFY(asked->pace.lights == QSet<PaceLight> {PaceLight::Green});
    }

    void shouldOpenTheListOnARealClick()
    {
        const Briefing expected = briefingOn(*m_workspace, endOf2019);
        const GroupStanding &first = expected.groups.first(); // the top bar
        const int done = first.byLight.value(PaceLight::Done);
        const int green = first.byLight.value(PaceLight::Green);
        QVERIFY(green > 0);
        std::optional<TaskQuery> asked;
        connect(m_page.get(), &DashboardPage::tasksRequested, this,
                [&asked](const TaskQuery &q) { asked = q; });
        auto *panel = m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s);
        QChart *chart = panel->chart();
        // The middle of the green segment, after the done one.
        const QPointF value(done + green / 2.0, qreal(expected.groups.size() - 1));
        const QPointF inChart = chart->mapToPosition(value, chart->series().constFirst());
        const QPoint at = panel->view()->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(asked);
        QCOMPARE(asked->groupId, first.group.id);
        QVERIFY(asked->pace.lights == QSet<PaceLight> {PaceLight::Green});
    }

    void shouldAskForADepartmentsTasksAndOnlyTheOverdueOnes()
    {
        const Briefing expected = briefingOn(*m_workspace, QDate(2021, 1, 1));
        m_workspace->setAsOf(QDate(2021, 1, 1)); // past every due date
        std::optional<TaskQuery> asked;
        connect(m_page.get(), &DashboardPage::tasksRequested, this,
                [&asked](const TaskQuery &q) { asked = q; });
        QChart *departments = chartOf(*m_page, u"departmentsChart"_s);
        const DepartmentStanding &top = expected.departments.first(); // the top bar: the last one
        const int topBar = int(expected.departments.size()) - 1;
        emit barSetNamed(departments, u"overdue"_s)->clicked(topBar);
        QVERIFY(asked);
        QVERIFY(asked->leadDepartmentId == top.departmentId);
        QVERIFY(asked->pace == (PaceFilter {{}, PaceFilter::Overdue::Only}));
        QVERIFY(asked->topLevelOnly);
        QCOMPARE(asked->groupId, qint64(0));
        emit barSetNamed(departments, u"onPace"_s)->clicked(topBar);
        QVERIFY(asked->pace
                == (PaceFilter {{PaceLight::Green, PaceLight::Done}, PaceFilter::Overdue::Either}));
        emit barSetNamed(departments, u"behind"_s)->clicked(topBar);
        QVERIFY(
            asked->pace
            == (PaceFilter {{PaceLight::Yellow, PaceLight::Red}, PaceFilter::Overdue::Excluded}));
        emit barSetNamed(departments, u"notStarted"_s)->clicked(topBar);
        QVERIFY(asked->pace == (PaceFilter {{PaceLight::NotStarted}, PaceFilter::Overdue::Either}));
        QVERIFY(asked->leadDepartmentId == top.departmentId);
    }

    void shouldAskForTheIndicatorOfAClickedBarOrPoint()
    {
        const Briefing expected = briefingOn(*m_workspace, endOf2019);
        qint64 askedId = 0;
        QString askedPeriod = u"none"_s;
        connect(m_page.get(), &DashboardPage::indicatorRequested, this,
                [&](qint64 id, const QString &period) {
                    askedId = id;
                    askedPeriod = period;
                });
        // The overview's bottom bar is the last indicator.
        emit barSetNamed(chartOf(*m_page, u"targetsChart"_s), u"actual"_s)->clicked(0);
        QCOMPARE(askedId, expected.indicators.last().indicator.id);
        QVERIFY(askedPeriod.isEmpty());

        auto *combo = m_page->findChild<QComboBox *>(u"indicatorCombo"_s);
        combo->setCurrentIndex(1);
        const IndicatorPace &pace = expected.indicators.at(1);
        QVERIFY(pace.known.size() >= 2);
        QLineSeries *values = lineNamed(chartOf(*m_page, u"pacingChart"_s), "actual");
        // A click a few days off the second value's point still means that value.
        const QPointF second = values->at(1);
        emit values->clicked(second + QPointF(12, 0));
        QCOMPARE(askedId, pace.indicator.id);
        QCOMPARE(askedPeriod, pace.known.at(1).period);
        // On the target line far from any value: the indicator only.
        QLineSeries *target = lineNamed(chartOf(*m_page, u"pacingChart"_s), "target");
        emit target->clicked(QPointF(second.x() + 180, target->at(0).y()));
        QCOMPARE(askedPeriod, QString());
    }

    void shouldSayWhenTheDatabaseHoldsNoPlan()
    {
        TestDatabase empty(TestDatabase::Content::Empty);
        Workspace workspace(empty.handOver());
        DashboardPage page(workspace);
        QSignalSpy errors(&page, &DashboardPage::errorOccurred);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(errors.count(), 0);
        QVERIFY(!page.briefing());
        QCOMPARE(shown(page, u"dashboardHeading"_s), u"This database holds no plan."_s);
        QVERIFY(!page.findChild<ChartPanel *>(u"tasksByGroupChart"_s)->isVisible());
    }

    void shouldGiveChartsAHandCursorAndSayWhatAClickDoes()
    {
        auto *panel = m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s);
        QCOMPARE(panel->view()->viewport()->cursor().shape(), Qt::PointingHandCursor);
        QVERIFY(panel->chart()->toolTip().contains(u"Plan page"_s));
        // The tooltip shows over the chart (the scene, not the view, answers).
        QWidget *viewport = panel->view()->viewport();
        const QPoint middle = viewport->rect().center();
        QHelpEvent help(QEvent::ToolTip, middle, viewport->mapToGlobal(middle));
        QApplication::sendEvent(viewport, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), panel->chart()->toolTip());
        QMenu *menu = panel->findChild<QToolButton *>(u"chartMenuButton"_s)->menu();
        QVERIFY(menu);
        // The context menu has the button's actions (list, copy, save as PNG or PDF).
        for (QAction *action : menu->actions())
            QVERIFY2(panel->view()->actions().contains(action), qPrintable(action->text()));
    }

    void shouldExportAChartAsPngPdfAndImage()
    {
        QTemporaryDir dir;
        auto *panel = m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s);
        const QString png = dir.filePath(u"tasks.png"_s);
        const QString pdf = dir.filePath(u"tasks.pdf"_s);
        QVERIFY(panel->savePng(png));
        QVERIFY(panel->savePdf(pdf));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= panel->view()->width()); // as seen, or sharper
        const QByteArray bytes = fileBytes(pdf);
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith("%PDF"));
        // The chart on screen is untouched by the export.
        QCOMPARE(panel->chart()->scene(), panel->view()->scene());

        panel->copyImage();
        QVERIFY(!QApplication::clipboard()->image().isNull());

        const Status refused = panel->savePdf(dir.filePath(u"no/such/folder/x.pdf"_s));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"x.pdf"_s));
    }

    void shouldPreviewAChartOnOnePage()
    {
        auto *panel = m_page->findChild<ChartPanel *>(u"departmentsChart"_s);
        int previewed = -1;
        QString title;
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(preview);
            title = preview->windowTitle();
            if (auto *pagesShown = preview->findChild<QPrintPreviewWidget *>())
                previewed = pagesShown->pageCount();
            preview->reject();
        });
        panel->previewPrint();
        QCOMPARE(previewed, 1);
        QCOMPARE(title, panel->chart()->title());
    }

    void shouldListExactlyTheClickedTasksOnThePlanPage()
    {
        m_page.reset();
        MainWindow window(reopened().handOver());
        window.workspace().setAsOf(endOf2019);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Briefing expected = briefingOn(window.workspace(), endOf2019);
        // A group with tasks behind, and the ones it has.
        const GroupStanding *group = nullptr;
        for (const GroupStanding &g : expected.groups) {
            if (g.byLight.value(PaceLight::Yellow) > 0 && g.byLight.value(PaceLight::Green) > 0)
                group = &g;
        }
        QVERIFY(group);
        QSet<qint64> behind;
        for (const TaskStanding &t : group->tasks) {
            if (!t.isWorkItem() && t.pace.light == PaceLight::Yellow)
                behind.insert(t.overview.task.id);
        }
        const int bar = int(expected.groups.size() - 1 - (group - expected.groups.constData()));

        QChart *lights = chartOf(*window.dashboardPage(), u"tasksByGroupChart"_s);
        emit barSetOfLight(lights, PaceLight::Yellow)->clicked(bar);

        auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget(), window.planPage());
        auto *tree = window.planPage()->findChild<QTreeView *>(u"taskTree"_s);
        QCOMPARE(listedTasks(*tree), behind);
        QVERIFY(behind.contains(tree->currentIndex().data(TaskTreeModel::TaskIdRole).toLongLong()));

        // A department's overdue tasks, on a date past every due date.
        window.workspace().setAsOf(QDate(2021, 1, 1));
        pages->setCurrentWidget(window.dashboardPage());
        const Briefing late = briefingOn(window.workspace(), QDate(2021, 1, 1));
        const DepartmentStanding &top = late.departments.first();
        QSet<qint64> overdue;
        for (const TaskStanding &t : top.overdueTasks) {
            if (!t.isWorkItem()) // the bar counts top-level tasks
                overdue.insert(t.overview.task.id);
        }
        QVERIFY(!overdue.isEmpty());
        emit barSetNamed(chartOf(*window.dashboardPage(), u"departmentsChart"_s), u"overdue"_s)
            ->clicked(int(late.departments.size()) - 1);
        QCOMPARE(pages->currentWidget(), window.planPage());
        QCOMPARE(listedTasks(*tree), overdue);
    }

    void shouldOpenTheIndicatorAndValueOfAClickedPoint()
    {
        m_page.reset();
        MainWindow window(reopened().handOver());
        window.workspace().setAsOf(endOf2019);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Briefing expected = briefingOn(window.workspace(), endOf2019);
        const IndicatorPace &pace = expected.indicators.at(2);
        auto *combo = window.dashboardPage()->findChild<QComboBox *>(u"indicatorCombo"_s);
        combo->setCurrentIndex(2);
        QLineSeries *values =
            lineNamed(chartOf(*window.dashboardPage(), u"pacingChart"_s), "actual");
        emit values->clicked(values->at(0));

        auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget(), window.indicatorsPage());
        auto *indicators = window.indicatorsPage()->findChild<QTableView *>(u"indicatorTable"_s);
        QCOMPARE(indicators->currentIndex().data(IndicatorTableModel::IdRole).toLongLong(),
                 pace.indicator.id);
        auto *valueTable = window.indicatorsPage()->findChild<QTableView *>(u"valueTable"_s);
        const QModelIndex value = valueTable->currentIndex();
        QVERIFY(valueTable->selectionModel()->isSelected(value));
        QCOMPARE(value.siblingAtColumn(IndicatorValueTableModel::Period).data().toString(),
                 pace.known.at(0).period);
    }

    void shouldListOnlyTheTopLevelTasksABarCounted()
    {
        m_page.reset();
        MainWindow window(reopened().handOver());
        Workspace &workspace = window.workspace();
        workspace.setAsOf(endOf2019);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
        auto *tree = window.planPage()->findChild<QTreeView *>(u"taskTree"_s);

        // Given a group with tasks behind, and under one of its tasks that is
        // not behind a work item that is (the demo data has none).
        const Briefing before = briefingOn(workspace, endOf2019);
        const TaskStanding *parent = nullptr;
        for (const GroupStanding &g : before.groups) {
            if (g.byLight.value(PaceLight::Yellow) == 0)
                continue;
            for (const TaskStanding &t : g.tasks) {
                if (!parent && !t.isWorkItem() && t.pace.light != PaceLight::Yellow)
                    parent = &t;
            }
        }
        QVERIFY(parent);
        Task item;
        item.planId = workspace.planId();
        item.groupId = parent->overview.task.groupId;
        item.parentId = parent->overview.task.id;
        item.number = 1;
        item.title = u"试点企业名单"_s;
        item.startOn = QDate(2019, 1, 1);
        item.dueOn = QDate(2022, 12, 31); // a quarter of its time gone, nothing done: behind
        const qint64 leadId = *parent->overview.leadId;
        const Result<qint64> itemId = TaskEdits::addWorkItem(workspace, item, leadId);
        QVERIFY2(itemId, qPrintable(itemId.error()));

        pages->setCurrentWidget(window.dashboardPage());
        const Briefing expected = briefingOn(workspace, endOf2019);
        const QList<TaskStanding> all = expected.allTasks();
        const auto standingOf = [&all](qint64 id) {
            return *std::find_if(all.cbegin(), all.cend(),
                                 [id](const TaskStanding &t) { return t.overview.task.id == id; });
        };
        QVERIFY(standingOf(*itemId).pace.light == PaceLight::Yellow);

        // When the group's "behind" segment is clicked: its top-level tasks
        // behind, neither the work item nor its parent.
        qsizetype g = 0;
        while (expected.groups.at(g).group.id != parent->overview.task.groupId)
            ++g;
        QSet<qint64> behind;
        for (const TaskStanding &t : expected.groups.at(g).tasks) {
            if (!t.isWorkItem() && t.pace.light == PaceLight::Yellow)
                behind.insert(t.overview.task.id);
        }
        const int groupBar = int(expected.groups.size() - 1 - g);
        QBarSet *yellow = barSetOfLight(chartOf(*window.dashboardPage(), u"tasksByGroupChart"_s),
                                        PaceLight::Yellow);
        QCOMPARE(int(yellow->at(groupBar)), behind.size());
        emit yellow->clicked(groupBar);
        QCOMPARE(pages->currentWidget(), window.planPage());
        QCOMPARE(listedAnywhere(*tree->model()), behind);

        // And each segment of the lead department's bar: what it counted.
        const QList<std::pair<QString, std::function<bool(const TaskStanding &)>>> segments = {
            {u"onPace"_s,
             [](const TaskStanding &t) {
                 return !t.pace.overdue
                     && (t.pace.light == PaceLight::Green || t.pace.light == PaceLight::Done);
             }},
            {u"behind"_s,
             [](const TaskStanding &t) {
                 return !t.pace.overdue
                     && (t.pace.light == PaceLight::Yellow || t.pace.light == PaceLight::Red);
             }},
            {u"overdue"_s,
             [](const TaskStanding &t) {
                 return t.pace.overdue;
             }},
            {u"notStarted"_s,
             [](const TaskStanding &t) {
                 return !t.pace.overdue && t.pace.light == PaceLight::NotStarted;
             }},
        };
        qsizetype d = 0;
        while (expected.departments.at(d).departmentId != leadId)
            ++d;
        const int departmentBar = int(expected.departments.size() - 1 - d);
        for (const auto &[name, counts] : segments) {
            QSet<qint64> counted;
            for (const TaskStanding &t : all) {
                if (!t.isWorkItem() && t.overview.leadId == leadId && counts(t))
                    counted.insert(t.overview.task.id);
            }
            pages->setCurrentWidget(window.dashboardPage());
            QBarSet *set =
                barSetNamed(chartOf(*window.dashboardPage(), u"departmentsChart"_s), name);
            QVERIFY2(set, qPrintable(name));
            QCOMPARE(int(set->at(departmentBar)), counted.size());
            emit set->clicked(departmentBar);
            QCOMPARE(pages->currentWidget(), window.planPage());
            QVERIFY2(listedAnywhere(*tree->model()) == counted, qPrintable(name));
        }

        // The filters say what is shown, and Clear filters shows everything again.
        auto *pace = window.planPage()->findChild<QComboBox *>(u"paceFilter"_s);
        QVERIFY(pace->currentIndex() != 0);
        QTest::mouseClick(window.planPage()->findChild<QToolButton *>(u"clearFiltersButton"_s),
                          Qt::LeftButton);
        QCOMPARE(pace->currentIndex(), 0);
        QCOMPARE(listedAnywhere(*tree->model()).size(), all.size());
        QVERIFY(listedAnywhere(*tree->model()).contains(*itemId));
    }

    void shouldOfferTheChartsListsInTheirMenus()
    {
        const Briefing expected = briefingOn(*m_workspace, endOf2019);
        std::optional<TaskQuery> asked;
        connect(m_page.get(), &DashboardPage::tasksRequested, this,
                [&asked](const TaskQuery &q) { asked = q; });
        const auto clicked = [&asked](QBarSet *set, int index) {
            asked.reset();
            emit set->clicked(index);
            return asked;
        };
        const auto triggered = [&asked](QAction *action) {
            asked.reset();
            action->trigger();
            return asked;
        };

        // Tasks by pace: a submenu per light, listing the groups top-down.
        QMenu *groupsMenu = panelMenu(*m_page, u"tasksByGroupChart"_s);
        QMenu *listGroups = submenu(groupsMenu, u"List Tasks"_s);
        QVERIFY(listGroups);
        QVERIFY(m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s)
                    ->view()
                    ->actions()
                    .contains(listGroups->menuAction()));
        for (QBarSet *set : barSetsOf(chartOf(*m_page, u"tasksByGroupChart"_s))) {
            QMenu *light = submenu(listGroups, set->label());
            QVERIFY2(light, qPrintable(set->label()));
            QCOMPARE(light->actions().size(), expected.groups.size());
            for (int g = 0; g < expected.groups.size(); ++g) {
                QAction *action = light->actions().at(g);
                QVERIFY(action->text().contains(expected.groups.at(g).group.title));
                QCOMPARE(action->isEnabled(),
                         expected.groups.at(g).byLight.value(
                             static_cast<PaceLight>(set->property("paceLight").toInt()))
                             > 0);
                const int bar = int(expected.groups.size()) - 1 - g;
                // An empty segment cannot be clicked, nor its action chosen.
                if (action->isEnabled())
                    QVERIFY(clicked(set, bar) == triggered(action));
            }
        }

        // Lead departments: a submenu per department, listing its segments.
        QMenu *listDepartments =
            submenu(panelMenu(*m_page, u"departmentsChart"_s), u"List Tasks"_s);
        QVERIFY(listDepartments);
        QCOMPARE(listDepartments->actions().size(), expected.departments.size());
        for (int d = 0; d < expected.departments.size(); ++d) {
            QMenu *department = listDepartments->actions().at(d)->menu();
            QVERIFY(department);
            QCOMPARE(department->title(), expected.departments.at(d).name);
            const QList<QBarSet *> sets = barSetsOf(chartOf(*m_page, u"departmentsChart"_s));
            QCOMPARE(department->actions().size(), sets.size());
            const int bar = int(expected.departments.size()) - 1 - d;
            for (int s = 0; s < sets.size(); ++s) {
                QAction *action = department->actions().at(s);
                QVERIFY(action->text().startsWith(sets.at(s)->label()));
                QCOMPARE(action->isEnabled(), sets.at(s)->at(bar) > 0);
                if (action->isEnabled())
                    QVERIFY(clicked(sets.at(s), bar) == triggered(action));
            }
        }

        // Targets and the pacing chart: the indicator, and a value's period.
        qint64 askedId = 0;
        QString askedPeriod;
        connect(m_page.get(), &DashboardPage::indicatorRequested, this,
                [&](qint64 id, const QString &period) {
                    askedId = id;
                    askedPeriod = period;
                });
        QMenu *targets = submenu(panelMenu(*m_page, u"targetsChart"_s), u"Open Indicator"_s);
        QVERIFY(targets);
        QCOMPARE(targets->actions().size(), expected.indicators.size());
        for (int i = 0; i < expected.indicators.size(); ++i) {
            QCOMPARE(targets->actions().at(i)->text(), expected.indicators.at(i).indicator.name);
            targets->actions().at(i)->trigger();
            QCOMPARE(askedId, expected.indicators.at(i).indicator.id);
            QVERIFY(askedPeriod.isEmpty());
        }
        auto *combo = m_page->findChild<QComboBox *>(u"indicatorCombo"_s);
        combo->setCurrentIndex(1);
        const IndicatorPace &pace = expected.indicators.at(1);
        QMenu *values = submenu(panelMenu(*m_page, u"pacingChart"_s), u"Open Indicator"_s);
        QVERIFY(values);
        QCOMPARE(values->actions().size(), 1 + pace.known.size());
        values->actions().constLast()->trigger();
        QCOMPARE(askedId, pace.indicator.id);
        QCOMPARE(askedPeriod, pace.known.constLast().period);

        // Reloads replace the menus rather than add to them.
        m_workspace->setAsOf(QDate(2018, 6, 30));
        QCOMPARE(panelMenu(*m_page, u"tasksByGroupChart"_s)->actions().size(),
                 groupsMenu->actions().size());
        QVERIFY(m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s)
                    ->findChild<QToolButton *>(u"chartMenuButton"_s)
                    ->focusPolicy()
                & Qt::TabFocus);
    }

    void shouldAskBeforeReplacingAChartFileNamedWithoutSuffix()
    {
        QTemporaryDir dir;
        QFile old(dir.filePath(u"x.pdf"_s));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        auto *panel = m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s);
        QAction *savePdf = nullptr;
        for (QAction *a : panelMenu(*m_page, u"tasksByGroupChart"_s)->actions()) {
            if (withoutMnemonic(a->text()).startsWith(u"Save as PDF"_s))
                savePdf = a;
        }
        QVERIFY(savePdf);
        const QString question = saveAsXThenY(dir.path(), [savePdf] { savePdf->trigger(); });
        QVERIFY2(question.contains(u"x.pdf"_s), qPrintable(question));
        QCOMPARE(fileBytes(dir.filePath(u"x.pdf"_s)), QByteArray("old"));
        QVERIFY(fileBytes(dir.filePath(u"y.pdf"_s)).startsWith("%PDF"));
        QVERIFY(!QFile::exists(dir.filePath(u"y"_s)));
        QVERIFY(panel);
    }

    void shouldForgetTheBriefingOfAnotherDatabase()
    {
        QVERIFY(m_page->briefing());
        TestDatabase empty(TestDatabase::Content::Empty);
        m_workspace->setDatabase(empty.handOver());
        QVERIFY(!m_page->briefing());
        QVERIFY(!m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s)->isVisible());
    }

    void shouldForgetTheBriefingThatCouldNotBeLoaded()
    {
        QVERIFY(m_page->briefing());
        QSignalSpy errors(m_page.get(), &DashboardPage::errorOccurred);
        QVERIFY(m_workspace->database().exec(u"DROP TABLE indicator_value"_s));
        m_workspace->setAsOf(QDate(2018, 6, 30));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!m_page->briefing());
        QVERIFY(!m_page->findChild<ChartPanel *>(u"tasksByGroupChart"_s)->isVisible());
    }

private:
    /// The test database, once the fixture's workspace has let go of it, for
    /// a window of its own.
    TestDatabase &reopened()
    {
        m_workspace.reset();
        return *m_db;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DashboardPage> m_page;
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
