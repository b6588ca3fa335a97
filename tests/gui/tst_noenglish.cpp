#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "briefingcomposer.h"
#include "dialogs/importdialog.h"
#include "dialogs/remindersdialog.h"
#include "editing/workspace.h"
#include "i18n/translations.h"
#include "modalcatcher.h"
#include "report/briefing.h"
#include "repositories/meetingrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"
#include "visibletext.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

const QDate endOf2019(2019, 12, 31);

/// Latin words a Chinese user is meant to read: names and codes that are
/// written in Latin letters in Chinese, too. Everything else is a leak.
const QSet<QString> allowed = {
    u"PlanDesk"_s, // the program's name
    u"Qt"_s, // the toolkit's name, in Help ▸ About Qt
    u"GNU"_s, // the licence's name, in Help ▸ About PlanDesk
    u"GPL"_s,
    u"English"_s, // View ▸ Language ▸ English: a language is offered in its own words
    u"PCT"_s, // the plan's own text: 《专利合作条约》(PCT), an indicator's name
    // Formats and file types, named as users know them and as file
    // dialogs' filters must spell them.
    u"PDF"_s,
    u"CSV"_s,
    u"PNG"_s,
    u"SQLite"_s,
    u"Excel"_s,
    u"UTF"_s,
    u"xlsx"_s,
    u"csv"_s,
    u"json"_s,
    u"pdf"_s,
    u"png"_s,
    u"sqlite"_s,
    u"db"_s,
    // A shared ledger's server: the product, the protocol and the file
    // that its documentation and administrators name in these words.
    u"PostgreSQL"_s,
    u"SSL"_s,
    u"IP"_s,
    u"pgpass"_s,
};

/// Key names are printed on the keys in Latin letters, so they may be shown
/// where they name a key: in a shortcut, or in a hint such as “（F2 或 Enter）”
/// or “Ctrl+Shift+T”. A button or menu item that says “Delete” is still a leak.
QString withoutKeyHints(const QString &text, bool isShortcut)
{
    static const QString key =
        u"(?:Ctrl|Shift|Alt|Delete|Del|Insert|Ins|Enter|Return|Tab|Esc|Backspace|F\\d{1,2}|[A-Z0-9]|[^\\x00-\\x7F\\s+/（）、，或]+)"_s;
    static const QString keys = u"%1(?:\\s*(?:\\+|/|或|、|,)\\s*%1)*"_s.arg(key);
    static const QRegularExpression shortcut(u"^%1$"_s.arg(keys));
    static const QRegularExpression hint(u"[（(]%1[）)]"_s.arg(keys));
    static const QRegularExpression combination(u"(?:Ctrl|Shift|Alt)\\+%1"_s.arg(keys));
    if (isShortcut && shortcut.match(text).hasMatch())
        return {};
    QString rest = text;
    rest.replace(hint, u"〈键〉"_s);
    rest.replace(combination, u"〈键〉"_s);
    return rest;
}

/// Runs of two or more ASCII letters in `text` that are not allowed.
QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : word.globalMatch(text)) {
        if (!allowed.contains(m.captured()))
            found << m.captured();
    }
    return found;
}

/// What the user's own data puts in Latin letters, not the interface: file
/// paths and the login name that history records. (The built-in plan's
/// indicator codes, which values files quote, are Chinese.)
struct UserData
{
    QStringList paths;
    QStringList words;
};

/// The texts with English in them, each with where it was found.
QStringList offences(const VisibleText &text, const UserData &data)
{
    // Qt's own file dialog lists the user's files: their names, sizes and
    // dates (in the system's format). Their type (column 2) is Qt's word.
    static const QRegularExpression fileCell(u"qt_filesystem_model cell [0-9/]*,[013]"_s);
    QStringList found;
    for (const VisibleText::Entry &e : text.entries()) {
        if (e.where.contains(fileCell))
            continue;
        QString shown = withoutKeyHints(e.text, e.where.endsWith(u" (shortcut)"_s));
        for (const QString &path : data.paths) {
            for (const QString &spelling : {path, QDir::toNativeSeparators(path)})
                shown.replace(
                    QRegularExpression(QRegularExpression::escape(spelling) + u"[^\\s“”\"]*"_s),
                    u"〈路径〉"_s);
        }
        for (const QString &word : data.words)
            shown.replace(QRegularExpression(u"\\b%1\\b"_s.arg(QRegularExpression::escape(word))),
                          u"〈数据〉"_s);
        if (const QStringList words = englishWords(shown); !words.isEmpty())
            found << u"%1: “%2” [%3]"_s.arg(e.where, shown.replace(u'\n', u" ⏎ "_s),
                                            words.join(u' '));
    }
    return found;
}

/// Reports every offence, then fails if there was any.
bool reportOffences(const QStringList &found, const char *what)
{
    for (const QString &offence : found)
        qWarning().noquote() << "ENGLISH" << offence;
    if (!found.isEmpty())
        qWarning("%lld string(s) with English in %s", qlonglong(found.size()), what);
    return found.isEmpty();
}

/// Makes the first row of every view current (the first child of a first
/// row with children), so that detail panels fill and edit buttons enable.
void selectFirstRows(QWidget *page)
{
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QHeaderView *>(view) || !view->isVisible() || !view->model())
            continue;
        QModelIndex index = view->model()->index(0, 0);
        if (view->model()->hasChildren(index))
            index = view->model()->index(0, 0, index);
        if (index.isValid())
            view->setCurrentIndex(index);
        QApplication::processEvents();
    }
}

/// Clicks every enabled push or tool button of `page` (not check boxes,
/// which only filter), reading what opens.
void clickEveryButton(QWidget *page, const QString &where, ModalCatcher &catcher)
{
    QList<QPointer<QAbstractButton>> buttons;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (!qobject_cast<QCheckBox *>(b) && !qobject_cast<QRadioButton *>(b))
            buttons << b;
    }
    for (const QPointer<QAbstractButton> &b : buttons) {
        if (!b || !b->isVisible() || !b->isEnabled())
            continue;
        const QString name = widgetPath(b, page);
        const QStringList opened = catcher.run(where + u" ▸ "_s + name, [&b] { b->click(); });
        qInfo().noquote() << where << name << "opened" << opened;
    }
}

/// A returns file: one report for task 1 by its lead, then a department,
/// a percent and a period that are wrong.
QString writeReturns(Workspace &workspace, const QString &dir)
{
    QString lead;
    for (const TaskOverview &t :
         *TaskRepository(workspace.database()).overview(workspace.planId())) {
        if (t.group.kind == GroupKind::KeyTask && !t.task.parentId && t.task.number == 1)
            lead = t.lead;
    }
    const QString path = dir + u"/进展报送.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(u"任务编号,填报单位,报送期,完成进度（%）,状态,进展情况,填报日期\r\n"
               "1,%1,2019-Q4,60,推进中,按计划推进,2020-01-05\r\n"
               "1,市某某局,2019-Q4,60,推进中,按计划推进,2020-01-05\r\n"
               "1,%1,2019-Q4,六十,推进中,按计划推进,2020-01-05\r\n"
               "1,%1,2019年四季度,60,推进中,按计划推进,2020-01-05\r\n"
               "99,%1,2019-Q3,60,已完成,完成,2020-01-05\r\n"_s.arg(lead)
                   .toUtf8());
    return path;
}

QString pdfToText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

/// A Chinese user sees no English: the audit reads every string of the
/// main window, its pages, the dialogs they open and the printed briefing,
/// in zh_CN, and lists each one with Latin words not on a short list.
class TestNoEnglish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The explicit choice wins over PLANDESK_LANG=en of the test run.
        QCOMPARE(installTranslations(*qApp, u"zh_CN"_s), u"zh_CN"_s);
        m_userData.paths = {QDir::tempPath(), QDir::homePath(), QDir::currentPath()};
    }

    void shouldShowNoEnglishInTheWindowAndItsDialogs()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        m_userData.paths << t.dir();
        m_userData.words << t.db().actor(); // who made each change, in the history
        // A draft meeting after the demo's last: its minutes can be approved
        // and earlier items are carried over to it.
        Meeting draft;
        draft.planId = t.planId();
        draft.title = u"领导小组2019年第3次例会"_s;
        draft.heldOn = endOf2019.addDays(-1);
        draft.place = u"第一会议室"_s;
        draft.chair = u"张主任"_s;
        draft.minutes = u"会议听取了各牵头单位进展报送情况。"_s;
        QVERIFY(MeetingRepository(t.db()).create(draft));
        MainWindow window(t.handOver());
        window.workspace().setAsOf(endOf2019);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        VisibleText text;
        ModalCatcher catcher(text);
        text.addWidgetTree(&window, u"MainWindow"_s);
        // The status bar paints its messages itself; they come and go.
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&text](const QString &message) { text.add(u"MainWindow status bar"_s, message); });

        // Every menu action, as the user would choose it (but not Quit, and
        // not the recent files, which are paths).
        for (QAction *action : window.menuBar()->actions()) {
            for (QAction *item : action->menu()->actions()) {
                // Not Quit; not About Qt, Qt's notice about itself, which
                // no Qt catalogue translates.
                if (item->isSeparator() || item->objectName() == u"actionQuit"
                    || item->objectName() == u"actionAboutQt")
                    continue;
                if (QMenu *sub = item->menu(); sub && sub->objectName() != u"menuRecent") {
                    for (QAction *subItem : sub->actions()) {
                        if (!subItem->isSeparator() && subItem->isEnabled())
                            catcher.run(u"menu "_s + subItem->text(),
                                        [subItem] { subItem->trigger(); });
                    }
                } else if (!sub && item->isEnabled()) {
                    catcher.run(u"menu "_s + item->text(), [item] { item->trigger(); });
                }
            }
        }

        auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
        QVERIFY(pages);
        // The meetings page last: its editor, once opened, asks before leaving.
        QList<int> order;
        for (int i = 0; i < pages->count(); ++i) {
            if (pages->widget(i)->objectName() != u"MeetingsPage")
                order << i;
        }
        for (int i = 0; i < pages->count(); ++i) {
            if (pages->widget(i)->objectName() == u"MeetingsPage")
                order << i;
        }
        for (int i : order) {
            pages->setCurrentIndex(i);
            QCOMPARE(pages->currentIndex(), i);
            QWidget *page = pages->widget(i);
            const QString where = u"page %1 «%2»"_s.arg(page->objectName(), pages->tabText(i));
            QApplication::processEvents();
            text.addWidgetTree(page, where);
            selectFirstRows(page);
            text.addWidgetTree(page, where);
            clickEveryButton(page, where, catcher);
            text.addWidgetTree(page, where);
            // The tabs inside a page (task details, the meeting editor).
            for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
                for (int j = 0; j < tabs->count(); ++j) {
                    tabs->setCurrentIndex(j);
                    const QString tab = where + u" tab «"_s + tabs->tabText(j) + u'»';
                    selectFirstRows(tabs->widget(j));
                    text.addWidgetTree(tabs->widget(j), tab);
                    clickEveryButton(tabs->widget(j), tab, catcher);
                }
            }
        }

        // Approved minutes (the demo's first meeting) are amended, not
        // edited; what the clicks above left unsaved is discarded first.
        auto *discard = window.findChild<QAbstractButton *>(u"discardButton"_s);
        QVERIFY(discard);
        if (discard->isEnabled())
            catcher.run(u"discardButton"_s, [discard] { discard->click(); });
        auto *meetings = window.findChild<QAbstractItemView *>(u"meetingList"_s);
        QVERIFY(meetings);
        catcher.run(u"meeting list"_s, [meetings] {
            meetings->setCurrentIndex(
                meetings->model()->index(meetings->model()->rowCount() - 1, 0));
        });
        auto *amend = window.findChild<QAbstractButton *>(u"amendButton"_s);
        QVERIFY(amend && amend->isEnabled());
        catcher.run(u"amendButton"_s, [amend] { amend->click(); });

        window.showReminders();
        auto *reminders = window.findChild<RemindersDialog *>();
        QVERIFY(reminders);
        text.addWidgetTree(reminders, u"reminders"_s);
        clickEveryButton(reminders, u"reminders"_s, catcher);

        // An import's preview, with a good row and rows that are refused.
        ImportDialog import(window.workspace(), TableImport::Kind::Progress, &window);
        QVERIFY(import.preview({writeReturns(window.workspace(), t.dir())}));
        import.show();
        text.addWidgetTree(&import, u"import preview"_s);

        const QStringList expected = {
            u"PlanDesk::TaskDialog"_s,
            u"PlanDesk::ProgressReportDialog"_s,
            u"PlanDesk::AssignmentsDialog"_s,
            u"PlanDesk::DepartmentDialog"_s,
            u"PlanDesk::IndicatorDialog"_s,
            u"PlanDesk::IndicatorValueDialog"_s,
            u"PlanDesk::RoundDialog"_s,
            u"PlanDesk::TemplatesDialog"_s,
            u"PlanDesk::ApprovalDialog"_s,
            u"PlanDesk::ActionItemDialog"_s,
            u"PlanDesk::FollowUpDialog"_s,
            u"PlanDesk::BriefingDialog"_s,
            u"PlanDesk::ServerLedgerDialog"_s,
            u"QMessageBox"_s,
            u"QFileDialog"_s,
            u"QPrintPreviewDialog"_s,
            u"QPrintDialog"_s,
        };
        QStringList missing;
        for (const QString &name : expected) {
            if (!catcher.seen().contains(name))
                missing << name;
        }
        qInfo().noquote() << text.entries().size()
                          << "texts read; dialogs read:" << catcher.seen().join(u", "_s);
        const bool clean = reportOffences(offences(text, m_userData), "the window");
        QVERIFY2(missing.isEmpty(), qPrintable(u"not reached: "_s + missing.join(u", "_s)));
        QVERIFY2(text.entries().size() > 1000, "the audit read too little to mean anything");
        QVERIFY(clean);
    }

    void shouldShowNoEnglishInThePrintedBriefing()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Result<Briefing> briefing = BriefingLoader(t.db()).load(t.planId(), endOf2019);
        QVERIFY2(briefing, qPrintable(briefing ? QString() : briefing.error()));
        const QString pdf = t.dir() + u"/briefing.pdf"_s;
        const Result<int> pages = BriefingComposer(*briefing).writePdf(pdf);
        QVERIFY(pages);
        const QStringList pageTexts = pdfToText(pdf).split(u'\f');
        QVERIFY(pageTexts.size() >= *pages);
        VisibleText text;
        for (int p = 0; p < pageTexts.size(); ++p) {
            const QStringList lines = pageTexts.at(p).split(u'\n');
            for (int l = 0; l < lines.size(); ++l)
                text.add(u"PDF page %1 line %2"_s.arg(p + 1).arg(l + 1), lines.at(l));
        }
        QVERIFY(text.entries().size() > 100);
        QProcess pdfinfo;
        pdfinfo.start(u"pdfinfo"_s, {pdf});
        QVERIFY(pdfinfo.waitForFinished(30000));
        for (const QString &line :
             QString::fromUtf8(pdfinfo.readAllStandardOutput()).split(u'\n')) {
            if (line.startsWith(u"Title:"))
                text.add(u"PDF title"_s, line.mid(6));
        }
        QVERIFY(reportOffences(offences(text, m_userData), "the briefing"));
    }

private:
    UserData m_userData;
};

QTEST_MAIN(TestNoEnglish)
#include "tst_noenglish.moc"
