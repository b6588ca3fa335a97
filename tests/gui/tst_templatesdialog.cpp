#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "database/database.h"
#include "dialogs/templatesdialog.h"
#include "editing/workspace.h"
#include "exchange/returnstemplate.h"
#include "repositories/departmentrepository.h"
#include "repositories/roundrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestTemplatesDialog : public QObject
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
        for (const ReportingRound &r : *RoundRepository(db()).rounds(m_workspace->planId())) {
            if (r.period == u"2018-Q2")
                m_round = r;
        }
        QVERIFY(m_round.id);
        // The departments owing reports in the round, as the templates list them.
        const Result<QList<ReturnsWorkbook>> books =
            ReturnsTemplates::workbooks(db(), m_round.id, ReturnsTemplateOptions());
        QVERIFY2(books, qPrintable(books.error()));
        m_books = *books;
        QVERIFY(m_books.size() > 1);
        m_folder = std::make_unique<QTemporaryDir>(); // each test writes into an empty folder
        QVERIFY(m_folder->isValid());
    }
    void cleanup()
    {
        m_workspace.reset();
        m_db.reset();
    }

    void shouldSuggestAFolderNamedAfterTheRoundInDocuments()
    {
        const QString folder = TemplatesDialog::defaultFolder(m_round);
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(folder, QDir(documents).filePath(u"PlanDesk/"_s + m_round.title));
        TemplatesDialog dialog(*m_workspace, m_round, {}, std::nullopt);
        QCOMPARE(dialog.folder(), folder);
        ReportingRound odd = m_round;
        odd.title = u"2018/Q2: 进展?"_s;
        QVERIFY(TemplatesDialog::defaultFolder(odd).endsWith(u"PlanDesk/2018Q2 进展"_s));
    }

    void shouldWriteOneWorkbookPerDepartmentByDefault()
    {
        TemplatesDialog dialog(*m_workspace, m_round, {}, std::nullopt);
        dialog.setFolder(m_folder->path());
        const Result<QStringList> written = dialog.writeTemplates();
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->size(), m_books.size());
        for (const QString &path : *written) {
            QVERIFY(QFileInfo(path).size() > 0);
            QCOMPARE(QFileInfo(path).absolutePath(), QDir(m_folder->path()).absolutePath());
            QVERIFY(path.endsWith(u".xlsx"_s));
        }
    }

    void shouldWriteOneWorkbookForAllWhenChosen()
    {
        TemplatesDialog dialog(*m_workspace, m_round, {}, std::nullopt);
        dialog.setFolder(m_folder->path());
        dialog.findChild<QRadioButton *>(u"oneWorkbookRadio"_s)->setChecked(true);
        const Result<QStringList> written = dialog.writeTemplates();
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->size(), 1);
        QVERIFY(QFileInfo::exists(written->constFirst()));
    }

    void shouldWriteOnlyTheSelectedDepartment()
    {
        const ReturnsWorkbook &book = m_books.at(1);
        const qint64 id = departmentId(book.department);
        QVERIFY(id);
        TemplatesDialog dialog(*m_workspace, m_round,
                               {{departmentId(m_books.at(0).department), m_books.at(0).department},
                                {id, book.department}},
                               id);
        QVERIFY(dialog.findChild<QRadioButton *>(u"onlyDepartmentRadio"_s)->isChecked());
        QCOMPARE(dialog.findChild<QComboBox *>(u"departmentCombo"_s)->currentText(),
                 book.department);
        dialog.setFolder(m_folder->path());
        const Result<QStringList> written = dialog.writeTemplates();
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->size(), 1);
        QVERIFY2(QFileInfo(written->constFirst()).fileName().contains(book.department),
                 qPrintable(written->constFirst()));
    }

    void shouldRefuseToReplaceFilesUnlessAsked()
    {
        TemplatesDialog dialog(*m_workspace, m_round, {}, std::nullopt);
        dialog.setFolder(m_folder->path());
        QVERIFY(dialog.writeTemplates());
        const Result<QStringList> again = dialog.writeTemplates();
        QVERIFY(!again);
        QVERIFY(!again.error().isEmpty()); // a refusal says why; only a cancel is silent
        dialog.findChild<QCheckBox *>(u"overwriteCheck"_s)->setChecked(true);
        const Result<QStringList> replaced = dialog.writeTemplates();
        QVERIFY2(replaced, qPrintable(replaced.error()));
        QCOMPARE(replaced->size(), m_books.size());
    }

private:
    Database &db() { return m_workspace->database(); }

    qint64 departmentId(const QString &name)
    {
        const Result<Department> department = DepartmentRepository(db()).byName(name);
        return department ? department->id : 0;
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    ReportingRound m_round;
    QList<ReturnsWorkbook> m_books;
};

QTEST_MAIN(TestTemplatesDialog)
#include "tst_templatesdialog.moc"
