#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "database/database.h"
#include "dialogs/importdialog.h"
#include "domain/period.h"
#include "editing/workspace.h"
#include "models/importpreviewmodel.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

Q_DECLARE_METATYPE(PlanDesk::ImportRow::Outcome)

class TestImportDialog : public QObject
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
        // The leads of key tasks 1 and 2 report on them for a quarter the
        // demo data leaves empty.
        for (const TaskOverview &t : *TaskRepository(db()).overview(m_workspace->planId())) {
            if (t.group.kind == GroupKind::KeyTask && !t.task.parentId && t.task.number <= 2) {
                m_leads[t.task.number] = t.lead;
                m_taskIds[t.task.number] = t.task.id;
            }
        }
        QVERIFY(!m_leads.value(1).isEmpty());
        QVERIFY(!m_leads.value(2).isEmpty());
        // The first quarter on which neither task has a report yet.
        QSet<QString> reported;
        for (const ProgressReport &r : reports()) {
            if (r.taskId == m_taskIds[1] || r.taskId == m_taskIds[2])
                reported << r.period;
        }
        Period quarter = Period::containing(Period::Kind::Quarter, QDate(2017, 4, 1));
        while (reported.contains(quarter.toString()))
            quarter = quarter.following();
        m_period = quarter.toString();
        m_reportedOn = quarter.lastDay().addDays(5).toString(Qt::ISODate);
        QVERIFY(quarter.lastDay().addDays(5) < QDate::currentDate());
        m_dialog = std::make_unique<ImportDialog>(*m_workspace, TableImport::Kind::Progress);
        m_reportsBefore = reports().size();
    }
    void cleanup()
    {
        m_dialog.reset();
        m_workspace.reset();
        m_db.reset();
    }

    void shouldPreviewTwoGoodRowsAsNewAndOfferImport()
    {
        const QString path = writeCsv(u"returns.csv"_s, {goodRow(1, u"60"_s), goodRow(2, u"35"_s)});
        QVERIFY(m_dialog->preview({path}));
        ImportPreviewModel *model = m_dialog->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QVERIFY2(outcome(row) == ImportRow::Outcome::New, qPrintable(problemText()));
            QCOMPARE(model->index(row, ImportPreviewModel::RowColumn).data().toInt(), row + 2);
            QCOMPARE(model->index(row, ImportPreviewModel::FileColumn).data().toString(),
                     u"returns.csv"_s);
            // The outcome reads without colour: a symbol before the word.
            QVERIFY(model->index(row, ImportPreviewModel::OutcomeColumn)
                        .data()
                        .toString()
                        .startsWith(u"+ "_s));
            QVERIFY(
                model->index(row, ImportPreviewModel::ProblemsColumn).data().toString().isEmpty());
        }
        QVERIFY(m_dialog->importButton()->isEnabled());
        QVERIFY(reasonLabel()->text().isEmpty());
        QCOMPARE(m_dialog->findChild<QLabel *>(u"summaryLabel"_s)->text(),
                 m_dialog->importPreview().summary());
        QCOMPARE(reports().size(), m_reportsBefore); // a preview writes nothing
    }

    void shouldImportAsOneUndoableCommand()
    {
        const QString path = writeCsv(u"returns.csv"_s, {goodRow(1, u"60"_s), goodRow(2, u"35"_s)});
        QVERIFY(m_dialog->preview({path}));
        QSignalSpy changed(m_workspace.get(), &Workspace::ledgerChanged);
        QSignalSpy status(m_dialog.get(), &ImportDialog::statusMessage);
        QTest::mouseClick(m_dialog->importButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(status.size(), 1);
        QVERIFY(changed.size() >= 1); // the pages reload
        QCOMPARE(reports().size(), m_reportsBefore + 2);
        QCOMPARE(imported().size(), 2);
        QCOMPARE(imported().value(m_taskIds[1]).percent, 60);
        QCOMPARE(imported().value(m_taskIds[2]).percent, 35);

        const qint64 firstId = imported().value(m_taskIds[2]).id;
        QUndoStack *undo = m_workspace->undoStack();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), u"Import 2 progress report(s) from 1 file(s)"_s);
        undo->undo();
        QCOMPARE(reports().size(), m_reportsBefore);
        QVERIFY(imported().isEmpty());
        undo->redo();
        QCOMPARE(reports().size(), m_reportsBefore + 2);
        QCOMPARE(imported().value(m_taskIds[2]).percent, 35);
        QCOMPARE(imported().value(m_taskIds[2]).id, firstId); // redo keeps the ids
        undo->undo(); // again, after a redo: what the redo wrote goes
        QVERIFY(imported().isEmpty());
    }

    void shouldRefuseAFileWithABadRowAndNameItsPlace()
    {
        const QString path =
            writeCsv(u"returns.csv"_s, {goodRow(1, u"60"_s), goodRow(2, u"sixty"_s)});
        QVERIFY(m_dialog->preview({path}));
        QCOMPARE(m_dialog->model()->rowCount(), 2);
        QCOMPARE(outcome(1), ImportRow::Outcome::Invalid);
        QVERIFY(!m_dialog->importButton()->isEnabled());
        QVERIFY(reasonLabel()->text().startsWith(u"1 row(s) have problems"_s));
        QVERIFY(reasonLabel()->text().contains(u"Nothing has been written"_s));

        // Each problem names its place: file, row 3, column D (percent).
        const QList<ExchangeProblem> &problems = m_dialog->importPreview().problems;
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.constFirst().row, 3);
        QCOMPARE(problems.constFirst().column, 3);
        auto *list = m_dialog->findChild<QListWidget *>(u"problemList"_s);
        QCOMPARE(list->count(), problems.size());
        QCOMPARE(list->item(0)->text(), problems.constFirst().toString());
        QVERIFY2(list->item(0)->text().contains(u"row 3"_s), qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(0)->text().contains(u"column D"_s), qPrintable(list->item(0)->text()));
        QVERIFY(!m_dialog->model()
                     ->index(1, ImportPreviewModel::ProblemsColumn)
                     .data()
                     .toString()
                     .isEmpty());

        // Choosing the problem selects its row in the table.
        list->setCurrentRow(0);
        auto *view = m_dialog->findChild<QTableView *>(u"previewView"_s);
        QCOMPARE(view->currentIndex().row(), 1);

        m_dialog->import(); // refused: nothing written, nothing on the stack
        QCOMPARE(reports().size(), m_reportsBefore);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
    }

    void shouldShowOnlyRowsWithProblemsWhenAsked()
    {
        const QString path = writeCsv(
            u"returns.csv"_s, {goodRow(1, u"60"_s), goodRow(2, u"sixty"_s), goodRow(1, u"70"_s)});
        QVERIFY(m_dialog->preview({path}));
        QCOMPARE(m_dialog->model()->rowCount(), 3);
        auto *check = m_dialog->findChild<QCheckBox *>(u"problemsOnlyCheck"_s);
        check->setChecked(true);
        QVERIFY(m_dialog->model()->rowCount() >= 1);
        QVERIFY(m_dialog->model()->rowCount() < 3);
        for (int row = 0; row < m_dialog->model()->rowCount(); ++row)
            QVERIFY(!m_dialog->model()->importRow(row).problems.isEmpty());
        check->setChecked(false);
        QCOMPARE(m_dialog->model()->rowCount(), 3);
    }

    void shouldNameEveryOutcomeWithADistinctSymbol()
    {
        using O = ImportRow::Outcome;
        QSet<QString> symbols;
        for (O o : {O::New, O::Replaces, O::Unchanged, O::Skipped, O::Invalid})
            symbols << ImportPreviewModel::symbol(o);
        QCOMPARE(symbols.size(), 5);
    }

private:
    Database &db() { return m_workspace->database(); }

    QList<ProgressReport> reports()
    {
        return *ProgressRepository(db()).reportsForPlan(m_workspace->planId());
    }

    /// The reports of the test's quarter, by task.
    QHash<qint64, ProgressReport> imported()
    {
        QHash<qint64, ProgressReport> found;
        for (const ProgressReport &r : reports()) {
            if (r.period == m_period)
                found.insert(r.taskId, r);
        }
        return found;
    }

    QStringList goodRow(int task, const QString &percent)
    {
        return {QString::number(task), m_leads.value(task), m_period,    percent,
                u"推进中"_s,           u"按计划推进"_s,     m_reportedOn};
    }

    QString writeCsv(const QString &name, const QList<QStringList> &rows)
    {
        QString text = u"task,department,period,percent,status,text,reported_on\r\n"_s;
        for (const QStringList &row : rows)
            text += row.join(u',') + u"\r\n"_s;
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
        return path;
    }

    ImportRow::Outcome outcome(int row) const
    {
        return static_cast<ImportRow::Outcome>(
            m_dialog->model()->index(row, 0).data(ImportPreviewModel::OutcomeRole).toInt());
    }

    QString problemText() const
    {
        QStringList lines;
        for (const ExchangeProblem &p : m_dialog->importPreview().problems)
            lines << p.toString();
        return lines.join(u'\n');
    }

    QLabel *reasonLabel() const { return m_dialog->findChild<QLabel *>(u"reasonLabel"_s); }

    QString m_period;
    QString m_reportedOn;
    QTemporaryDir m_files;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ImportDialog> m_dialog;
    QHash<int, QString> m_leads;
    QHash<int, qint64> m_taskIds;
    qsizetype m_reportsBefore = 0;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
