// Pages reload when the user can see them, not while another tab is showing.

#include <QStackedWidget>
#include <QTest>

#include "widgets/lazyreload.h"

using PlanDesk::LazyReload;

class TestLazyReload : public QObject
{
    Q_OBJECT

private slots:
    void shouldWaitUntilAHiddenPageIsShown()
    {
        QStackedWidget pages;
        auto *front = new QWidget;
        auto *back = new QWidget;
        pages.addWidget(front);
        pages.addWidget(back);
        int reloads = 0;
        auto *lazy = new LazyReload(*back, [&reloads] { ++reloads; });
        pages.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pages));

        lazy->request();
        lazy->request(); // two changes while hidden: one reload when shown
        QCOMPARE(reloads, 0);
        QVERIFY(lazy->isStale());
        pages.setCurrentWidget(back);
        QCOMPARE(reloads, 1);
        QVERIFY(!lazy->isStale());

        lazy->request(); // on screen: at once
        QCOMPARE(reloads, 2);
        pages.setCurrentWidget(front);
        pages.setCurrentWidget(back); // shown again, nothing changed: no reload
        QCOMPARE(reloads, 2);
    }

    void shouldReloadAPageThatIsAWindowOfItsOwnAtOnce()
    {
        QWidget page; // as tests and stand-alone dialogs hold a page
        int reloads = 0;
        LazyReload lazy(page, [&reloads] { ++reloads; });
        lazy.request();
        QCOMPARE(reloads, 1);
    }
};

QTEST_MAIN(TestLazyReload)
#include "tst_lazyreload.moc"
