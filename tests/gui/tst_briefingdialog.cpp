#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
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
const QStringList sectionNames = {u"coverCheck"_s,      u"summaryCheck"_s, u"indicatorsCheck"_s,
                                  u"tasksCheck"_s,      u"overdueCheck"_s, u"roundsCheck"_s,
                                  u"assessmentCheck"_s, u"actionsCheck"_s, u"minutesCheck"_s};

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

/// The title poppler reads from the file's metadata.
QString pdfTitle(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {path});
    if (!pdfinfo.waitForFinished(30000) || pdfinfo.exitCode() != 0)
        return {};
    const QRegularExpressionMatch m =
        QRegularExpression(u"^Title:[ \\t]*(.*)$"_s, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    return m.captured(1);
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
        m_workspace = std::make_unique<Workspace>(m_db->handOver());
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
        MainWindow window(m_db->handOver());
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

    void shouldAskBeforeReplacingAPdfNamedWithoutSuffix()
    {
        QTemporaryDir dir;
        QFile old(dir.filePath(u"x.pdf"_s));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        BriefingDialog dialog(*m_workspace);
        QString question;
        QTimer::singleShot(0, [&question, &dir] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(files);
            files->setDirectory(dir.path());
            files->selectFile(u"x"_s); // typed without ".pdf"
            QTimer::singleShot(0, [&question] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    question = box->text();
                    box->button(QMessageBox::No)->click();
                }
            });
            QMetaObject::invokeMethod(files, "accept"); // as the Save button does
            QVERIFY2(files->isVisible(), "the dialog closed without asking");
            files->selectFile(u"y"_s);
            QMetaObject::invokeMethod(files, "accept"); // as the Save button does
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY2(question.contains(u"x.pdf"_s), qPrintable(question));
        QCOMPARE(fileBytes(dir.filePath(u"x.pdf"_s)), QByteArray("old"));
        QVERIFY(pdfPages(dir.filePath(u"y.pdf"_s)) >= 3);
    }

    void shouldPrintEveryPageAndPrintToFileAsSaveAsPdfDoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"printed.pdf"_s);
        BriefingDialog dialog(*m_workspace);
        QSignalSpy status(&dialog, &BriefingDialog::statusMessage);
        bool rangeOffered = true;
        QTimer::singleShot(0, [&rangeOffered, &path] {
            auto *print = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
            QVERIFY(print);
            // The composer prints every page: no range to choose.
            rangeOffered = print->testOption(QAbstractPrintDialog::PrintPageRange);
            // "Print to File (PDF)", the last choice of printer.
            auto *printers = print->findChild<QComboBox *>(u"printers"_s);
            QVERIFY(printers);
            printers->setCurrentIndex(printers->count() - 1);
            auto *file = print->findChild<QLineEdit *>(u"filename"_s);
            QVERIFY(file);
            file->setText(path);
            print->accept();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"printButton"_s), Qt::LeftButton);
        QVERIFY(!rangeOffered);
        // Written as Save as PDF writes it: its title, the same pages.
        QVERIFY2(pdfTitle(path).startsWith(u"Progress briefing"_s), qPrintable(pdfTitle(path)));
        const Result<int> saved = dialog.saveTo(dir.filePath(u"saved.pdf"_s));
        QVERIFY(saved);
        QCOMPARE(pdfPages(path), *saved);
        QCOMPARE(status.count(), 1);
        QVERIFY2(status.constFirst().constFirst().toString().contains(u"printed.pdf"_s),
                 qPrintable(status.constFirst().constFirst().toString()));
    }

    void shouldOfferOnlyTheMeetingsHeldByTheDate()
    {
        const QList<Meeting> meetings =
            *MeetingRepository(m_workspace->database()).meetings(m_workspace->planId());
        QCOMPARE(meetings.size(), 6); // from 2017-06-28 to 2019-12-25
        BriefingDialog dialog(*m_workspace);
        auto *combo = dialog.findChild<QComboBox *>(u"meetingCombo"_s);
        auto *date = dialog.findChild<QDateEdit *>(u"asOfEdit"_s);
        combo->setCurrentIndex(combo->findData(meetings.at(2).id)); // 2018-06-27

        // A date after the chosen meeting keeps it, and offers none held later.
        date->setDate(QDate(2018, 12, 1));
        QCOMPARE(combo->count(), 1 + 3);
        QCOMPARE(dialog.meetingId(), meetings.at(2).id);
        QCOMPARE(combo->findData(meetings.at(3).id), -1);

        // A date before it falls back to the latest held by then.
        date->setDate(QDate(2018, 1, 1));
        QCOMPARE(combo->count(), 1 + 2);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!dialog.meetingId());
        QVERIFY(combo->itemText(0).contains(meetings.at(1).title));
        QTemporaryDir dir;
        const Result<int> pages = dialog.saveTo(dir.filePath(u"b.pdf"_s));
        QVERIFY2(pages, qPrintable(pages.error()));

        // Before any meeting: only "latest", which is none yet.
        date->setDate(QDate(2017, 1, 1));
        QCOMPARE(combo->count(), 1);
        date->setDate(endOf2019);
        QCOMPARE(combo->count(), 1 + meetings.size());
        QCOMPARE(combo->itemData(1).toLongLong(), meetings.last().id);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_MAIN(TestBriefingDialog)
#include "tst_briefingdialog.moc"
