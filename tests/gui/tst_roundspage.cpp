#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include "database/database.h"
#include "editing/workspace.h"
#include "models/roundstatusmodel.h"
#include "pages/roundspage.h"
#include "repositories/departmentrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

Q_DECLARE_METATYPE(PlanDesk::ReportState)

namespace {

/// The 2018-Q2 demo round: the quarter ends 2018-06-30, due ten days later.
const QDate dueOn(2018, 7, 10);

/// A cell's state worked out from the stored reports alone: handed in by
/// `asOf` counts, on time when dated by the due date.
ReportState expectedState(const QList<ProgressReport> &reports, qint64 task, qint64 department,
                          const QDate &asOf)
{
    for (const ProgressReport &r : reports) {
        if (r.taskId == task && r.departmentId == department && r.period == u"2018-Q2"
            && r.reportedOn <= asOf)
            return r.reportedOn <= dueOn ? ReportState::OnTime : ReportState::Late;
    }
    return asOf > dueOn ? ReportState::Missing : ReportState::Pending;
}

} // namespace

class TestRoundsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        m_workspace = std::make_unique<Workspace>(m_db->handOver());
        m_workspace->setAsOf(QDate(2018, 7, 20));
        m_page = std::make_unique<RoundsPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_matrix = m_page->findChild<QTableView *>(u"matrixView"_s);
        m_owes = m_page->findChild<QTreeWidget *>(u"owesList"_s);
        m_roundList = m_page->findChild<QTreeWidget *>(u"roundList"_s);
        for (const ReportingRound &r : *RoundRepository(db()).rounds(m_workspace->planId())) {
            if (r.period == u"2018-Q2")
                m_q2 = r.id;
        }
        QVERIFY(m_q2);
        m_page->selectRound(m_q2);
        QCOMPARE(m_page->currentRoundId(), m_q2);
    }
    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
        m_db.reset();
    }

    void shouldShowEachCellsStateAsTheReportsSay_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("before the due date") << QDate(2018, 7, 5);
        QTest::newRow("after the due date") << QDate(2018, 7, 20);
    }
    void shouldShowEachCellsStateAsTheReportsSay()
    {
        QFETCH(QDate, asOf);
        m_workspace->setAsOf(asOf);
        QAbstractItemModelTester tester(m_matrix->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ProgressReport> reports =
            *ProgressRepository(db()).reportsForPlan(m_workspace->planId());
        QAbstractItemModel *model = m_matrix->model();
        QVERIFY(model->rowCount() > 10);
        QMap<ReportState, int> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column + 1 < model->columnCount(); ++column) {
                const QModelIndex cell = model->index(row, column);
                const QVariant state = cell.data(RoundStatusModel::StateRole);
                if (!state.isValid()) {
                    QCOMPARE(cell.data().toString(), QString());
                    continue;
                }
                const auto expected =
                    expectedState(reports, cell.data(RoundStatusModel::TaskIdRole).toLongLong(),
                                  cell.data(RoundStatusModel::DepartmentIdRole).toLongLong(), asOf);
                QCOMPARE(static_cast<ReportState>(state.toInt()), expected);
                QCOMPARE(cell.data().toString(), RoundStatusModel::symbol(expected));
                ++seen[expected];
            }
        }
        if (asOf > dueOn) {
            // The demo holds all three kinds once the round is due.
            QVERIFY(seen.value(ReportState::OnTime) > 0);
            QVERIFY(seen.value(ReportState::Late) > 0);
            QVERIFY(seen.value(ReportState::Missing) > 0);
            QCOMPARE(seen.value(ReportState::Pending), 0);
        } else {
            QVERIFY(seen.value(ReportState::Pending) > 0);
            QCOMPARE(seen.value(ReportState::Missing), 0);
            QCOMPARE(seen.value(ReportState::Late), 0);
        }
    }

    void shouldTallyEachDepartmentAndListWhoStillOwes()
    {
        QAbstractItemModel *model = m_matrix->model();
        const int tally = model->columnCount() - 1;
        int outstanding = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            int owed = 0, onTime = 0, late = 0, missing = 0;
            for (int column = 0; column < tally; ++column) {
                const QVariant state = model->index(row, column).data(RoundStatusModel::StateRole);
                if (!state.isValid())
                    continue;
                ++owed;
                switch (static_cast<ReportState>(state.toInt())) {
                case ReportState::OnTime:
                    ++onTime;
                    break;
                case ReportState::Late:
                    ++late;
                    break;
                case ReportState::Missing:
                    ++missing;
                    break;
                case ReportState::Pending:
                    break;
                }
                outstanding += state.toInt() == static_cast<int>(ReportState::Missing)
                    || state.toInt() == static_cast<int>(ReportState::Pending);
            }
            QCOMPARE(model->index(row, tally).data().toString(),
                     u"%1 / %2 / %3 / %4"_s.arg(owed).arg(onTime).arg(late).arg(missing));
        }
        QVERIFY(outstanding > 0);
        QCOMPARE(m_owes->topLevelItemCount(), outstanding);
        QVERIFY(m_page->findChild<QLabel *>(u"owesLabel"_s)
                    ->text()
                    .contains(QString::number(outstanding)));
    }

    void shouldSayWhenARoundNotYetOpenOpens()
    {
        // On 2018-07-20 the 2018-Q2 round is open; 2018-Q3 opens on 9/16.
        QTreeWidgetItem *q2 = nullptr;
        QTreeWidgetItem *q3 = nullptr;
        for (int i = 0; i < m_roundList->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_roundList->topLevelItem(i);
            if (item->text(1) == u"2018-Q2"_s)
                q2 = item;
            if (item->text(1) == u"2018-Q3"_s)
                q3 = item;
        }
        QVERIFY(q2 && q3);
        QVERIFY2(q2->text(3).contains(u" of "_s), qPrintable(q2->text(3)));
        QCOMPARE(q3->text(3),
                 u"opens %1"_s.arg(QLocale().toString(QDate(2018, 9, 16), QLocale::ShortFormat)));
    }

    void shouldCopyAReminderNoticeNamingWhoOwes()
    {
        QApplication::clipboard()->clear();
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
        const QString notice = QApplication::clipboard()->text();
        for (int i = 0; i < m_owes->topLevelItemCount(); ++i)
            QVERIFY2(notice.contains(m_owes->topLevelItem(i)->text(0)),
                     qPrintable(m_owes->topLevelItem(i)->text(0)));
        QVERIFY(notice.contains(u"2018年第二季度进展报送"_s));
    }

    void shouldCreateARoundThroughTheDialogAndUndoIt()
    {
        const qsizetype before = RoundRepository(db()).rounds(m_workspace->planId())->size();
        QTimer::singleShot(0, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *ok =
                dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
            // It suggests the period after the demo's last round (2020-Q4),
            // with its title and dates.
            auto *period = dialog->findChild<QLineEdit *>(u"periodEdit"_s);
            auto *title = dialog->findChild<QLineEdit *>(u"titleEdit"_s);
            QCOMPARE(period->text(), u"2021-Q1"_s);
            QCOMPARE(title->text(), u"2021年第一季度进展报送"_s);
            QCOMPARE(dialog->findChild<QDateEdit *>(u"dueEdit"_s)->date(), QDate(2021, 4, 10));
            QVERIFY(ok->isEnabled());
            // Typing another period: the title and dates follow it.
            period->clear();
            QVERIFY(!ok->isEnabled()); // no period
            QTest::keyClicks(period, u"2021-H1"_s);
            QCOMPARE(title->text(), u"2021年上半年进展报送"_s);
            QCOMPARE(dialog->findChild<QDateEdit *>(u"dueEdit"_s)->date(), QDate(2021, 7, 10));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"newButton"_s), Qt::LeftButton);
        const QList<ReportingRound> after = *RoundRepository(db()).rounds(m_workspace->planId());
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.constLast().period, u"2021-H1"_s);
        QCOMPARE(m_roundList->topLevelItemCount(), before + 1);
        QCOMPARE(m_page->currentRoundId(), after.constLast().id);
        m_workspace->undoStack()->undo();
        QCOMPARE(RoundRepository(db()).rounds(m_workspace->planId())->size(), before);
        QCOMPARE(m_roundList->topLevelItemCount(), before);
    }

    void shouldExplainThatAPeriodAlreadyHasARound()
    {
        QString warned;
        bool keptOpen = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *period = dialog->findChild<QLineEdit *>(u"periodEdit"_s);
            period->clear(); // the suggestion, 2021-Q1
            QTest::keyClicks(period, u"2018-Q2"_s);
            QTimer::singleShot(0, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                warned = box->text();
                box->accept();
            });
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
            // The refusal leaves the dialog open, to choose another period.
            keptOpen = dialog->isVisible() && period->text() == u"2018-Q2";
            dialog->reject();
        });
        m_page->newRound();
        QVERIFY2(warned.contains(u"already exists"_s), qPrintable(warned));
        QVERIFY(keptOpen);
        QVERIFY(!m_workspace->undoStack()->canUndo());
    }

    void shouldDeleteARoundButKeepItsReports()
    {
        const qsizetype reports =
            ProgressRepository(db()).reportsForPlan(m_workspace->planId())->size();
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
        QVERIFY(!RoundRepository(db()).round(m_q2));
        QCOMPARE(ProgressRepository(db()).reportsForPlan(m_workspace->planId())->size(), reports);
        m_workspace->undoStack()->undo();
        QCOMPARE(RoundRepository(db()).round(m_q2)->period, u"2018-Q2"_s);
    }

    void shouldRecordAnOwedReportFromTheMatrixAndUndoIt_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<ReportState>("owed");
        QTest::addColumn<ReportState>("recorded");
        QTest::newRow("before the due date")
            << QDate(2018, 7, 5) << ReportState::Pending << ReportState::OnTime;
        QTest::newRow("after the due date")
            << QDate(2018, 7, 20) << ReportState::Missing << ReportState::Late;
    }
    void shouldRecordAnOwedReportFromTheMatrixAndUndoIt()
    {
        QFETCH(QDate, asOf);
        QFETCH(ReportState, owed);
        QFETCH(ReportState, recorded);
        m_workspace->setAsOf(asOf);
        const QModelIndex cell = findUnreportedCell(owed);
        QVERIFY(cell.isValid());
        const int row = cell.row(), column = cell.column();
        const qint64 department = cell.data(RoundStatusModel::DepartmentIdRole).toLongLong();
        QTimer::singleShot(0, [department] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *combo = dialog->findChild<QComboBox *>(u"departmentCombo"_s);
            QCOMPARE(combo->currentData().toLongLong(), department);
            QCOMPARE(dialog->findChild<QLineEdit *>(u"periodEdit"_s)->text(), u"2018-Q2"_s);
            auto *ok =
                dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
            if (!ok->isEnabled())
                static_cast<QDialog *>(dialog)->reject(); // not left hanging
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        m_matrix->scrollTo(cell);
        const QPoint centre = m_matrix->visualRect(cell).center();
        QTest::mouseClick(m_matrix->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(m_matrix->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(stateAt(row, column), recorded);
        m_workspace->undoStack()->undo();
        QCOMPARE(stateAt(row, column), owed);
    }

private:
    Database &db() { return m_workspace->database(); }
    /// A cell in `state` with no report stored at all (a pending cell may
    /// have one dated after the as-of date, which the dialog would refuse).
    QModelIndex findUnreportedCell(ReportState state)
    {
        const QList<ProgressReport> reports =
            *ProgressRepository(db()).reportsForPlan(m_workspace->planId());
        const QAbstractItemModel *model = m_matrix->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column + 1 < model->columnCount(); ++column) {
                const QModelIndex cell = model->index(row, column);
                const qint64 task = cell.data(RoundStatusModel::TaskIdRole).toLongLong();
                const qint64 department =
                    cell.data(RoundStatusModel::DepartmentIdRole).toLongLong();
                const bool reported =
                    std::any_of(reports.cbegin(), reports.cend(), [&](const ProgressReport &r) {
                        return r.taskId == task && r.departmentId == department
                            && r.period == u"2018-Q2";
                    });
                if (!reported
                    && cell.data(RoundStatusModel::StateRole) == QVariant(static_cast<int>(state)))
                    return cell;
            }
        }
        return {};
    }
    ReportState stateAt(int row, int column) const
    {
        return static_cast<ReportState>(
            m_matrix->model()->index(row, column).data(RoundStatusModel::StateRole).toInt());
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RoundsPage> m_page;
    QTableView *m_matrix = nullptr;
    QTreeWidget *m_owes = nullptr;
    QTreeWidget *m_roundList = nullptr;
    qint64 m_q2 = 0;
};

QTEST_MAIN(TestRoundsPage)
#include "tst_roundspage.moc"
