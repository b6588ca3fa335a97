#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "editing/workspace.h"
#include "exchange/assessmenttable.h"
#include "models/assessmenttablemodel.h"
#include "pages/assessmentpage.h"
#include "report/supervisionloader.h"
#include "repositories/assessmentrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestAssessmentPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        m_workspace = std::make_unique<Workspace>(m_db->handOver());
        m_workspace->setAsOf(QDate(2019, 12, 31));
        m_page = std::make_unique<AssessmentPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_table = m_page->findChild<QTableView *>(u"assessmentTable"_s);
        QVERIFY(m_table);
    }
    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
        m_db.reset();
    }

    void shouldRankAsAssessDoes()
    {
        // Given the demo plan judged at the end of 2019 (the default: the as-of year)
        QCOMPARE(m_page->findChild<QComboBox *>(u"yearCombo"_s)->currentText(), u"2019"_s);
        const SupervisionData data =
            *SupervisionLoader(m_workspace->database()).load(m_workspace->planId());
        const Assessment expected = assess(data, {2019, 1, 1}, {2019, 12, 31}, {2019, 12, 31});
        // Then the table lists the same departments with the same ranks, in order
        QCOMPARE(m_table->model()->rowCount(), expected.cards.size());
        for (int row = 0; row < expected.cards.size(); ++row) {
            const Scorecard &card = expected.cards.at(row);
            const QAbstractItemModel *m = m_table->model();
            QCOMPARE(m->index(row, AssessmentTableModel::Department).data().toString(), card.name);
            QCOMPARE(m->index(row, AssessmentTableModel::Rank).data().toString(),
                     card.rank > 0 ? QString::number(card.rank) : u"—"_s);
        }
        QAbstractItemModelTester tester(m_table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void shouldNotApplyWeightsThatDoNotAddUpTo100()
    {
        // Given weights adding up to 110
        spin(u"reportingWeight"_s)->setValue(50);
        // Then Apply is refused with a message
        auto *apply = m_page->findChild<QPushButton *>(u"applyWeightsButton"_s);
        QVERIFY(!apply->isEnabled());
        QVERIFY(m_page->findChild<QLabel *>(u"weightsMessage"_s)->text().contains(u"110"_s));
        m_page->applyWeights();
        QCOMPARE(*AssessmentRepository(m_workspace->database()).weights(m_workspace->planId()),
                 AssessmentWeights {});
        QCOMPARE(m_workspace->undoStack()->count(), 0);
    }

    void shouldChangeScoresUndoably()
    {
        // Given 市教育局, scored on reporting and pace with 40/40/20
        const QString before = scoreOf(u"市教育局"_s);
        QVERIFY(!before.isEmpty() && before != u"—");
        // When the weights become 80/10/10 and are applied
        spin(u"reportingWeight"_s)->setValue(80);
        spin(u"paceWeight"_s)->setValue(10);
        spin(u"actionsWeight"_s)->setValue(10);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"applyWeightsButton"_s),
                          Qt::LeftButton);
        // Then they are saved and the score changes
        const AssessmentWeights saved {80, 10, 10};
        QCOMPARE(*AssessmentRepository(m_workspace->database()).weights(m_workspace->planId()),
                 saved);
        QVERIFY(scoreOf(u"市教育局"_s) != before);
        // and undo restores the weights, the boxes and the score
        m_workspace->undoStack()->undo();
        QCOMPARE(*AssessmentRepository(m_workspace->database()).weights(m_workspace->planId()),
                 AssessmentWeights {});
        QCOMPARE(spin(u"reportingWeight"_s)->value(), 40);
        QCOMPARE(scoreOf(u"市教育局"_s), before);
    }

    void shouldJudgeTheChosenPeriod()
    {
        auto *year = m_page->findChild<QComboBox *>(u"yearCombo"_s);
        auto *span = m_page->findChild<QComboBox *>(u"spanCombo"_s);
        QCOMPARE(evaluatedOn(), QDate(2019, 12, 31));
        // When the second quarter is chosen, it is judged at its end
        span->setCurrentIndex(span->findData(u"-Q2"_s));
        QCOMPARE(m_page->period().toString(), u"2019-Q2"_s);
        QCOMPARE(evaluatedOn(), QDate(2019, 6, 30));
        // and in another year at that year's
        year->setCurrentIndex(year->findData(2018));
        QCOMPARE(evaluatedOn(), QDate(2018, 6, 30));
        // When the as-of date moves, the year follows it and the date caps the evaluation
        m_workspace->setAsOf(QDate(2020, 5, 15));
        QCOMPARE(year->currentText(), u"2020"_s);
        QCOMPARE(evaluatedOn(), QDate(2020, 5, 15));
        QVERIFY(m_page->findChild<QLabel *>(u"evaluationLabel"_s)->text().contains(u"2020"_s));
    }

    void shouldExportTheColumnsOfTheCommandLine()
    {
        const QString path = m_db->dir() + u"/assessment.csv"_s;
        QVERIFY(m_page->writeCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(file.readLine()).remove(u'\uFEFF').trimmed();
        QCOMPARE(header, assessmentTable({}).columns.join(u','));
        const Result<int> pages = m_page->writePdf(m_db->dir() + u"/assessment.pdf"_s);
        QVERIFY(pages && *pages >= 1);
    }

private:
    QSpinBox *spin(const QString &name) { return m_page->findChild<QSpinBox *>(name); }

    QDate evaluatedOn() const
    {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_table->model());
        return qobject_cast<const AssessmentTableModel *>(proxy->sourceModel())
            ->assessment()
            .evaluatedOn;
    }

    QString scoreOf(const QString &department) const
    {
        const QAbstractItemModel *m = m_table->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, AssessmentTableModel::Department).data().toString() == department)
                return m->index(row, AssessmentTableModel::Score).data().toString();
        }
        return {};
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentPage> m_page;
    QTableView *m_table = nullptr;
};

QTEST_MAIN(TestAssessmentPage)
#include "tst_assessmentpage.moc"
