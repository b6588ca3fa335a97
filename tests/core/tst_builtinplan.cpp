#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// One clause as read straight from the document's text by this test,
/// independently of the JSON that PlanDesk ships.
struct Clause
{
    bool safeguard = false;
    int number = 0;
    QString group;
    QString text;
    QStringList units;
};

QList<Clause> clausesFromDocument()
{
    QFile file(fixture(u"jining-2017-document.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("document fixture missing");
    const QString document = QString::fromUtf8(file.readAll());
    const qsizetype keyTasks = document.indexOf(u"三、重点任务"_s);
    const qsizetype safeguards = document.indexOf(u"四、保障措施"_s);

    static const QRegularExpression heading(u"^\\(([一二三四五六])\\)(.+)$"_s);
    static const QRegularExpression numbered(u"^(\\d+)\\.(.+)$"_s);
    static const QRegularExpression units(u"\\(([^()]*)按职责分工负责\\)$"_s);
    const QString chinese = u"一二三四五六"_s;

    QList<Clause> clauses;
    QString group;
    const QStringList lines = document.mid(keyTasks).split(u'\n');
    qsizetype offset = keyTasks;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const bool inSafeguards = offset >= safeguards;
        offset += raw.size() + 1;
        const QRegularExpressionMatch unitMatch = units.match(line);
        const QRegularExpressionMatch h = heading.match(line);
        const QRegularExpressionMatch n = numbered.match(line);
        if (!inSafeguards && h.hasMatch() && !unitMatch.hasMatch()) {
            group = h.captured(2);
        } else if (!inSafeguards && n.hasMatch() && unitMatch.hasMatch()) {
            clauses.append({false, n.captured(1).toInt(), group, n.captured(2),
                            unitMatch.captured(1).split(u'、')});
        } else if (inSafeguards && h.hasMatch() && unitMatch.hasMatch()) {
            clauses.append({true, static_cast<int>(chinese.indexOf(h.captured(1))) + 1,
                            u"保障措施"_s, h.captured(2), unitMatch.captured(1).split(u'、')});
        }
    }
    return clauses;
}

} // namespace

class TestBuiltInPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_clauses = clausesFromDocument(); }

    void theDocumentHas17TasksAnd5Safeguards()
    {
        const auto safeguards = std::count_if(m_clauses.cbegin(), m_clauses.cend(),
                                              [](const Clause &c) { return c.safeguard; });
        QCOMPARE(m_clauses.size(), 22);
        QCOMPARE(safeguards, 5);
    }

    void shouldHoldEveryClauseExactlyAsTheDocumentWordsIt()
    {
        TestDatabase t;
        const QList<TaskOverview> tasks = *TaskRepository(t.db()).overview(t.planId());
        QCOMPARE(tasks.size(), m_clauses.size());
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const TaskOverview &task = tasks.at(i);
            const Clause &clause = m_clauses.at(i);
            const QByteArray where = QByteArray::number(clause.number);
            QCOMPARE(task.group.kind == GroupKind::Safeguard, clause.safeguard);
            QCOMPARE(task.task.number, clause.number);
            if (!clause.safeguard)
                QCOMPARE(task.group.title, clause.group);
            QVERIFY2(task.task.text == clause.text, where.constData());
            // The title is the text before the first full stop (task 4 aside).
            if (!(clause.number == 4 && !clause.safeguard))
                QCOMPARE(task.task.title, clause.text.left(clause.text.indexOf(u'。')));
            QCOMPARE(task.lead, clause.units.constFirst());
            QCOMPARE(task.cooperating, clause.units.mid(1));
            QCOMPARE(task.task.startOn, QDate(2017, 4, 12));
            QCOMPARE(task.task.dueOn, QDate(2020, 12, 31));
        }
    }

    void shouldTitleTask4WithoutItsMissingFullStop()
    {
        TestDatabase t;
        const TaskOverview task4 = TaskRepository(t.db()).overview(t.planId())->at(3);
        QCOMPARE(task4.task.number, 4);
        QCOMPARE(task4.task.title, u"促进产业知识产权集聚"_s);
        QVERIFY(task4.task.text.startsWith(u"促进产业知识产权集聚优化财政资金导向政策"_s));
    }

    void shouldKnowTheGroupsInDocumentOrder()
    {
        TestDatabase t;
        const QList<TaskGroup> groups = *PlanRepository(t.db()).groups(t.planId());
        QStringList titles;
        for (const TaskGroup &g : groups)
            titles << g.numbering + g.title;
        QCOMPARE(titles,
                 QStringList({u"(一)深化知识产权领域改革"_s, u"(二)促进知识产权创造"_s,
                              u"(三)推进知识产权运用"_s, u"(四)强化知识产权保护"_s,
                              u"(五)提升知识产权国际化水平"_s, u"(六)提高知识产权服务能力"_s,
                              u"四保障措施"_s}));
    }

    void shouldListEveryDepartmentOnce()
    {
        TestDatabase t;
        QStringList inDocumentOrder;
        for (const Clause &c : m_clauses) {
            for (const QString &unit : c.units) {
                if (!inDocumentOrder.contains(unit))
                    inDocumentOrder << unit;
            }
        }
        QCOMPARE(inDocumentOrder.size(), 34); // 33 departments and the collective
        const QList<Department> departments = *DepartmentRepository(t.db()).departments();
        QStringList names;
        for (const Department &d : departments)
            names << d.name;
        QCOMPARE(names, inDocumentOrder);
        const Department collective =
            *DepartmentRepository(t.db()).byName(u"市知识产权工作领导小组各成员单位"_s);
        QCOMPARE(collective.kind, DepartmentKind::Collective);
        QCOMPARE(DepartmentRepository(t.db()).byName(u"市法院"_s)->kind, DepartmentKind::Court);
        QCOMPARE(DepartmentRepository(t.db()).byName(u"济宁海关"_s)->kind, DepartmentKind::Customs);
        QCOMPARE(DepartmentRepository(t.db()).byName(u"人民银行济宁市中心支行"_s)->kind,
                 DepartmentKind::Bank);
    }

    void shouldHoldTheFour2020Targets()
    {
        TestDatabase t;
        const QList<Indicator> indicators = *IndicatorRepository(t.db()).indicators(t.planId());
        QCOMPARE(indicators.size(), 4);
        const QStringList targets = {u"4.2"_s, u"200"_s, u"37500"_s, u"10000"_s};
        const QStringList units = {u"件/万人"_s, u"件"_s, u"件"_s, u"件"_s};
        for (qsizetype i = 0; i < 4; ++i) {
            QCOMPARE(indicators.at(i).targetValue.toString(), targets.at(i));
            QCOMPARE(indicators.at(i).targetYear, 2020);
            QCOMPARE(indicators.at(i).unit, units.at(i));
            QVERIFY(!indicators.at(i).baselineValue); // the office enters baselines
        }
        QCOMPARE(indicators.at(0).comparison, Comparison::Greater); // "超过" 4.2
        QCOMPARE(indicators.at(1).comparison, Comparison::GreaterOrEqual); // "达到" 200
        QCOMPARE(indicators.at(0).ratio->scale, qint64(10000));
    }

    void shouldHoldThePlansMetadata()
    {
        TestDatabase t;
        const Plan plan = *PlanRepository(t.db()).plan(t.planId());
        QCOMPARE(plan.title, u"济宁市人民政府关于加快知识产权强市建设的实施意见"_s);
        QCOMPARE(plan.documentNumber, u"济政字〔2017〕27号"_s);
        QCOMPARE(plan.issuer, u"济宁市人民政府"_s);
        QCOMPARE(plan.signedOn, QDate(2017, 4, 12));
        QCOMPARE(plan.publishedOn, QDate(2017, 4, 24));
        QCOMPARE(plan.targetYear, 2020);
    }

private:
    QList<Clause> m_clauses;
};

QTEST_GUILESS_MAIN(TestBuiltInPlan)
#include "tst_builtinplan.moc"
