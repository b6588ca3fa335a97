// What start-up puts off runs once, after the window is first painted.

#include <QLabel>
#include <QTest>

#include "widgets/afterfirstpaint.h"

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void shouldRunOnceAfterTheFirstPaint()
    {
        QLabel window(QStringLiteral("PlanDesk"));
        int painted = 0;
        int calls = 0;
        struct PaintCounter : QObject
        {
            int &count;
            explicit PaintCounter(int &c)
                : count(c)
            {
            }
            bool eventFilter(QObject *, QEvent *e) override
            {
                count += e->type() == QEvent::Paint;
                return false;
            }
        } counter(painted);
        window.installEventFilter(&counter);
        PlanDesk::afterFirstPaint(window, [&] {
            QVERIFY(painted > 0); // never before the window is on screen
            ++calls;
        });
        QTest::qWait(20);
        QCOMPARE(calls, 0); // not shown, not painted, not run

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(calls, 1);
        window.repaint();
        window.update();
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
