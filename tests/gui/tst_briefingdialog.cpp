#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include "dialogs/briefingdialog.h"
#include "editing/workspace.h"
#include "repositories/meetingrepository.h"
#include "testdatabase.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

const QDate endOf2019(2019, 12, 31);
const QStringList sectionNames = {u"coverCheck"_s,  u"summaryCheck"_s, u"indicatorsCheck"_s,
                                  u"tasksCheck"_s,  u"overdueCheck"_s, u"actionsCheck"_s,
                                  u"minutesCheck"_s};

std::unique_ptr<Database> openCopy(TestDatabase &t)
{
    t.close();
    return std::move(Database::open(t.path()).value());
}

QCheckBox *check(QWidget &dialog, const QString &name)
{
    return dialog.findChild<QCheckBox *>(name);
}

/// The page count poppler reads from the file: the PDF itself, not our word.
int pdfPages(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {path});
    if (!pdfinfo.waitForFinished(30000) || pdfinfo.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch m =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestBriefingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        m_workspace = std::make_unique<Workspace>(openCopy(*m_db));
        m_workspace->setAsOf(endOf2019);
        QSettings().remove(u"briefing"_s); // each test starts with every section
    }
    void cleanup()
    {
        m_workspace.reset();
        m_db.reset();
    }

    void shouldStartFromTheWorkspacesDateWithEverySectionAndTheMeetings()
    {
        BriefingDialog dialog(*m_workspace);
        QCOMPARE(dialog.asOf(), endOf2019);
        QCOMPARE(dialog.findChild<QDateEdit *>(u"asOfEdit"_s)->date(), endOf2019);
        for (const QString &name : sectionNames)
            QVERIFY2(check(dialog, name)->isChecked(), qPrintable(name));

        const QList<Meeting> meetings =
            *MeetingRepository(m_workspace->database()).meetings(m_workspace->planId());
        auto *combo = dialog.findChild<QComboBox *>(u"meetingCombo"_s);
        QCOMPARE(combo->count(), meetings.size() + 1);
        // "Latest held by the date" first, naming the meeting it stands for.
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!dialog.meetingId());
        QVERIFY2(combo->itemText(0).contains(meetings.last().title),
                 qPrintable(combo->itemText(0)));
        // Then the meetings, latest first.
        QCOMPARE(combo->itemData(1).toLongLong(), meetings.last().id);
        combo->setCurrentIndex(combo->count() - 1);
        QCOMPARE(dialog.meetingId(), meetings.first().id);

        // An earlier date names the meeting held by then.
        dialog.findChild<QDateEdit *>(u"asOfEdit"_s)->setDate(QDate(2018, 1, 1));
        QVERIFY(combo->itemText(0).contains(meetings.at(1).title));
        QCOMPARE(dialog.defaultFileName(), u"briefing-2018-01-01.pdf"_s);
    }

    void shouldSaveAPdfThatShrinksWithoutSections()
    {
        QTemporaryDir dir;
        BriefingDialog dialog(*m_workspace);
        const QString full = dir.filePath(u"full.pdf"_s);
        const Result<int> allPages = dialog.saveTo(full);
        QVERIFY2(allPages, qPrintable(allPages.error()));
        QVERIFY(fileBytes(full).startsWith("%PDF"));
        QCOMPARE(pdfPages(full), *allPages);
        QVERIFY(*allPages >= 3);

        for (const QString &name : {u"tasksCheck"_s, u"indicatorsCheck"_s, u"minutesCheck"_s})
            check(dialog, name)->setChecked(false);
        QVERIFY(!dialog.sections().tasks && !dialog.sections().minutes);
        const QString fewer = dir.filePath(u"fewer.pdf"_s);
        const Result<int> fewerPages = dialog.saveTo(fewer);
        QVERIFY2(fewerPages, qPrintable(fewerPages.error()));
        QCOMPARE(pdfPages(fewer), *fewerPages);
        QVERIFY2(*fewerPages < *allPages, qPrintable(u"%1 < %2"_s.arg(*fewerPages).arg(*allPages)));
    }

    void shouldPreviewThePagesThePdfHas()
    {
        BriefingDialog dialog(*m_workspace);
        QTemporaryDir dir;
        const Result<int> pages = dialog.saveTo(dir.filePath(u"b.pdf"_s));
        QVERIFY(pages);
        int previewed = -1;
        QTimer::singleShot(0, [&previewed] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(preview);
            if (auto *pagesShown = preview->findChild<QPrintPreviewWidget *>())
                previewed = pagesShown->pageCount();
            preview->reject();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewButton"_s), Qt::LeftButton);
        QCOMPARE(previewed, *pages);
    }

    void shouldNameTheFileItCouldNotWrite()
    {
        BriefingDialog dialog(*m_workspace);
        const Result<int> refused = dialog.saveTo(u"/no/such/folder/briefing.pdf"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"briefing.pdf"_s), qPrintable(refused.error()));
    }

    void shouldRememberUncheckedSections()
    {
        {
            BriefingDialog first(*m_workspace);
            check(first, u"coverCheck"_s)->setChecked(false);
            check(first, u"minutesCheck"_s)->setChecked(false);
        }
        BriefingDialog second(*m_workspace);
        QVERIFY(!check(second, u"coverCheck"_s)->isChecked());
        QVERIFY(!check(second, u"minutesCheck"_s)->isChecked());
        QVERIFY(check(second, u"summaryCheck"_s)->isChecked());
        QVERIFY(!second.sections().cover && second.sections().summary);
    }

    void shouldNotPrintWithoutAnySection()
    {
        BriefingDialog dialog(*m_workspace);
        for (const QString &name : sectionNames)
            check(dialog, name)->setChecked(false);
        for (const char *button : {"previewButton", "printButton", "saveButton"})
            QVERIFY(!dialog.findChild<QPushButton *>(QLatin1StringView(button))->isEnabled());
        check(dialog, u"tasksCheck"_s)->setChecked(true);
        QVERIFY(dialog.findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    }

    void shouldOpenFromTheFileMenuWithItsShortcuts()
    {
        m_workspace.reset();
        MainWindow window(openCopy(*m_db));
        window.workspace().setAsOf(endOf2019);
        auto *print = window.findChild<QAction *>(u"actionPrintBriefing"_s);
        auto *pdf = window.findChild<QAction *>(u"actionExportBriefing"_s);
        QCOMPARE(print->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(pdf->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

        bool opened = false;
        QTimer::singleShot(0, [&opened] {
            auto *dialog = qobject_cast<BriefingDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            opened = true;
            QCOMPARE(dialog->asOf(), endOf2019);
            // Opened to export: Save as PDF is the default button.
            QVERIFY(dialog->findChild<QPushButton *>(u"saveButton"_s)->isDefault());
            if (const QString dir = qEnvironmentVariable("PLANDESK_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + u"/briefingdialog.png"_s);
            dialog->reject();
        });
        pdf->trigger();
        QVERIFY(opened);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_MAIN(TestBriefingDialog)
#include "tst_briefingdialog.moc"
