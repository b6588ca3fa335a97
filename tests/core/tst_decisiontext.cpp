#include <QTest>

#include "rules/decisiontext.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestDecisionText : public QObject
{
    Q_OBJECT

private slots:
    void shouldDropTheListNumberingOfADecision_data()
    {
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<QString>("item");
        const QString d = u"市知识产权局于2月底前完成工作方案。"_s;
        QTest::newRow("一、") << u"一、"_s + d << d;
        QTest::newRow("（二）") << u" （二）"_s + d << d;
        QTest::newRow("(3)") << u"(3) "_s + d << d;
        QTest::newRow("十一、") << u"十一、"_s + d << d;
        QTest::newRow("4、") << u"4、"_s + d << d;
        QTest::newRow("5.") << u"5. "_s + d << d;
        QTest::newRow("none") << u"  "_s + d + u"\n"_s << d;
        // Numbers that belong to the sentence stay.
        QTest::newRow("2月") << u"2月底前完成。"_s << u"2月底前完成。"_s;
    }
    void shouldDropTheListNumberingOfADecision()
    {
        QFETCH(QString, minutes);
        QFETCH(QString, item);
        QCOMPARE(decisionText(minutes), item);
    }

    void shouldFindTheDepartmentADecisionNamesFirst()
    {
        Department ipo;
        ipo.id = 1;
        ipo.name = u"市知识产权局"_s;
        Department finance;
        finance.id = 2;
        finance.name = u"市财政局"_s;
        finance.shortName = u"财政局"_s;
        Department office;
        office.id = 3;
        office.name = u"市知识产权"_s; // a prefix of another name
        const QList<Department> all = {office, ipo, finance};

        QCOMPARE(departmentNamedIn(u"市知识产权局会同市财政局制定办法。"_s, all), 1);
        QCOMPARE(departmentNamedIn(u"由财政局牵头，市知识产权局配合。"_s, all), 2);
        QVERIFY(!departmentNamedIn(u"各成员单位按职责分工落实。"_s, all));
        QVERIFY(!departmentNamedIn(u"市知识产权局"_s, {}));
    }
};

QTEST_GUILESS_MAIN(TestDecisionText)
#include "tst_decisiontext.moc"
