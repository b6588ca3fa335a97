#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include "editing/workspace.h"
#include "models/tasktreemodel.h"
#include "pages/planpage.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"
#include "widgets/icons.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

int visibleTaskRows(QTreeView *tree)
{
    int rows = 0;
    const QAbstractItemModel *model = tree->model();
    for (int g = 0; g < model->rowCount(); ++g)
        rows += model->rowCount(model->index(g, 0));
    return rows;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldCarryTheApplicationIconInEverySize()
    {
        const QIcon icon = PlanDesk::applicationIcon();
        const QList<QSize> sizes = icon.availableSizes();
        QCOMPARE(sizes.size(), 7);
        for (int side : {16, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
            const QImage image = icon.pixmap(QSize(side, side)).toImage();
            QCOMPARE(image.size(), QSize(side, side));
            // The red tile fills the corners' inside, the sheet the middle.
            QVERIFY(qRed(image.pixel(side / 8 + 1, side / 2)) > 150);
            QVERIFY(qGray(image.pixel(side / 2, side / 3)) > 150);
        }
    }

    void shouldCarryEveryToolbarIconSharpAtHighDpi()
    {
        const QStringList names = QDir(u":/icons/16x16"_s).entryList({u"*.png"_s});
        QVERIFY(names.size() >= 29);
        for (const QString &file : names) {
            const QIcon icon = PlanDesk::bundledIcon(QFileInfo(file).completeBaseName());
            QCOMPARE(icon.availableSizes(), (QList<QSize> {{16, 16}, {32, 32}, {64, 64}}));
            // At 200 % a 32-pixel toolbar icon is drawn from the 64-pixel file, not scaled up.
            QCOMPARE(icon.pixmap(QSize(32, 32), 2.0).size(), QSize(64, 64));
        }
    }

    void shouldShowThePlansGroupsAndTasks()
    {
        TestDatabase t;
        MainWindow window(t.handOver());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            window.windowTitle().contains(u"济宁市人民政府关于加快知识产权强市建设的实施意见"_s));
        auto *tree = window.findChild<QTreeView *>(u"taskTree"_s);
        QVERIFY(tree);
        // A page loads when it is first shown, not at start-up.
        QCOMPARE(tree->model()->rowCount(), 0);
        window.findChild<QTabWidget *>(u"pages"_s)->setCurrentWidget(window.planPage());
        QCOMPARE(tree->model()->rowCount(), 7);
        QCOMPARE(visibleTaskRows(tree), 22);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        const QStringList labels = [&] {
            QStringList texts;
            for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
                texts << label->text();
            return texts;
        }();
        QVERIFY2(labels.join(u'|').contains(u"test.sqlite"_s), qPrintable(labels.join(u'|')));
    }

    void shouldFilterAsTheUserTypes()
    {
        TestDatabase t;
        MainWindow window(t.handOver());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tree = window.findChild<QTreeView *>(u"taskTree"_s);
        auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
        QVERIFY(filter);

        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(filter->hasFocus());
        // Chinese arrives through the input method, committed as a whole word.
        QInputMethodEvent typed;
        typed.setCommitString(u"海关"_s);
        QApplication::sendEvent(filter, &typed);
        // Only task 10 lists 济宁海关.
        QCOMPARE(visibleTaskRows(tree), 1);
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(visibleTaskRows(tree), 22);
    }

    void shouldShowTheFullClauseOfTheSelectedTask()
    {
        TestDatabase t;
        MainWindow window(t.handOver());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QTabWidget *>(u"pages"_s)->setCurrentWidget(window.planPage());
        auto *tree = window.findChild<QTreeView *>(u"taskTree"_s);
        auto *clause = window.findChild<QTextBrowser *>(u"clauseView"_s);
        const QModelIndex task4 =
            tree->model()->index(0, TaskTreeModel::Title, tree->model()->index(1, 0));
        tree->setCurrentIndex(task4);
        QVERIFY(clause->toPlainText().contains(u"优化财政资金导向政策"_s));
        QVERIFY(clause->toPlainText().contains(u"市发展改革委"_s));
        tree->setCurrentIndex(tree->model()->index(1, 0)); // a group
        QVERIFY(clause->toPlainText().isEmpty());
    }

    void shouldAskBeforeUndoPullsAMeetingFromUnderUnsavedEdits()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MainWindow window(t.handOver());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Something to undo: a department added through the workspace.
        Department added;
        added.name = u"市大数据局"_s;
        const qint64 id = *DepartmentRepository(window.workspace().database()).create(added);
        QVERIFY(window.workspace().perform(
            u"add"_s, [] { return Status(); },
            [&window, id] {
                return DepartmentRepository(window.workspace().database()).remove(id);
            }));

        auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
        for (int i = 0; i < pages->count(); ++i) {
            if (pages->widget(i)->objectName() == u"MeetingsPage")
                pages->setCurrentIndex(i);
        }
        auto *place = window.findChild<QLineEdit *>(u"placeEdit"_s);
        QVERIFY(place);
        place->setText(u"第二会议室"_s); // unsaved typing in the meeting editor

        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        window.findChild<QAction *>(u"actionUndo"_s)->trigger();
        // Cancelled: nothing undone, the typing still there.
        QVERIFY(DepartmentRepository(window.workspace().database()).department(id));
        QCOMPARE(place->text(), u"第二会议室"_s);
    }

    void shouldSaySampleDataIsSampleData()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MainWindow window(t.handOver());
        QStringList texts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(u"Contains sample data"_s), qPrintable(texts.join(u'|')));

        const QString shot = qEnvironmentVariable("PLANDESK_SCREENSHOT");
        if (!shot.isEmpty()) {
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.grab().save(shot));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
