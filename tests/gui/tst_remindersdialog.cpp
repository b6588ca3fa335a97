#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include "database/database.h"
#include "dialogs/remindersdialog.h"
#include "editing/workspace.h"
#include "report/supervisionloader.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestRemindersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PlanDesk"_s);
        QCoreApplication::setApplicationName(u"PlanDeskTest"_s);
    }

    void init()
    {
        QSettings().remove(u"reminders"_s);
        m_db = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        m_workspace = std::make_unique<Workspace>(m_db->handOver());
        // An open action item of a meeting held before it falls due: the
        // as-of date is set to its due date.
        const SupervisionData data =
            *SupervisionLoader(m_workspace->database()).load(m_workspace->planId());
        for (const ActionItem &a : data.actionItems) {
            const QDate raised = data.meetingDate(a.meetingId);
            if (raised.isValid() && raised < a.dueOn
                && (!a.closedOn.isValid() || a.closedOn > a.dueOn)) {
                m_item = a;
                m_owner = data.departmentName(a.ownerDepartmentId);
                break;
            }
        }
        QVERIFY(m_item.id);
        m_workspace->setAsOf(m_item.dueOn);
        m_dialog = std::make_unique<RemindersDialog>(*m_workspace);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_tree = m_dialog->findChild<QTreeWidget *>(u"reminderTree"_s);
    }
    void cleanup()
    {
        m_dialog.reset();
        m_workspace.reset();
        m_db.reset();
    }

    void shouldGroupByDepartment()
    {
        QVERIFY(m_tree->topLevelItemCount() > 1);
        QCOMPARE(m_tree->topLevelItemCount(), m_dialog->reminders().size());
        QSet<QString> names;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *department = m_tree->topLevelItem(i);
            QCOMPARE(department->text(0), m_dialog->reminders().at(i).name);
            QCOMPARE(department->childCount(), m_dialog->reminders().at(i).reminders.size());
            QVERIFY(department->childCount() > 0);
            names << department->text(0);
        }
        QCOMPARE(names.size(), m_tree->topLevelItemCount()); // each department once
    }

    void shouldListAnActionItemDueOnTheDateAsDueToday()
    {
        const QTreeWidgetItem *owner = departmentItem(m_owner);
        QVERIFY2(owner, qPrintable(m_owner));
        bool found = false;
        for (int i = 0; i < owner->childCount(); ++i) {
            const QTreeWidgetItem *item = owner->child(i);
            if (item->text(0).contains(m_item.description)) {
                found = true;
                QCOMPARE(item->text(1), u"Action item"_s);
                QCOMPARE(item->text(3), u"Due today"_s);
                QCOMPARE(item->foreground(0).color(), QTreeWidgetItem().foreground(0).color());
            }
        }
        QVERIFY(found);
    }

    void shouldMarkOverdueItemsInRedWithASymbol()
    {
        m_workspace->setAsOf(m_item.dueOn.addDays(3));
        const QTreeWidgetItem *owner = departmentItem(m_owner);
        QVERIFY(owner);
        bool found = false;
        for (int i = 0; i < owner->childCount(); ++i) {
            const QTreeWidgetItem *item = owner->child(i);
            if (item->text(0).contains(m_item.description)) {
                found = true;
                // "day(s)" is the untranslated source of a plural.
                QVERIFY2(item->text(3).startsWith(u"✗ 3 day"_s), qPrintable(item->text(3)));
                QVERIFY(item->text(3).endsWith(u"overdue"_s));
                QCOMPARE(item->foreground(3).color(), QColor(0xc6, 0x28, 0x28));
            }
        }
        QVERIFY(found);
    }

    void shouldCopyTheNoticeWithTheDepartmentNames()
    {
        QApplication::clipboard()->clear();
        m_dialog->copy();
        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.startsWith(u"Due and overdue as of"_s));
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            QVERIFY2(text.contains(m_tree->topLevelItem(i)->text(0) + u':'),
                     qPrintable(m_tree->topLevelItem(i)->text(0)));
        QVERIFY(text.contains(m_item.description));
    }

    void shouldListMoreTheFurtherItLooksAndRememberHowFar()
    {
        // The day the 2018-Q2 round opens: its reports are due 24 days later.
        m_workspace->setAsOf(QDate(2018, 6, 16));
        auto *within = m_dialog->findChild<QSpinBox *>(u"withinSpin"_s);
        QCOMPARE(within->value(), 14);
        QCOMPARE(countOf(Reminder::Kind::Report), 0);
        for (const DepartmentReminders &d : m_dialog->reminders()) {
            for (const Reminder &r : d.reminders)
                QVERIFY(r.dueOn <= QDate(2018, 6, 30));
        }
        const int near = countItems();
        within->setValue(30);
        QVERIFY(countOf(Reminder::Kind::Report) > 0);
        QVERIFY2(countItems() > near, qPrintable(u"%1 vs %2"_s.arg(countItems()).arg(near)));
        QCOMPARE(QSettings().value(u"reminders/withinDays"_s).toInt(), 30);
        RemindersDialog again(*m_workspace);
        QCOMPARE(again.findChild<QSpinBox *>(u"withinSpin"_s)->value(), 30);
    }

    void shouldOpenAtStartOnlyWhenWanted()
    {
        QVERIFY(RemindersDialog::wantedAtStart(*m_workspace));
        m_dialog->findChild<QCheckBox *>(u"showAtStartCheck"_s)->setChecked(false);
        QCOMPARE(QSettings().value(u"reminders/showAtStart"_s).toBool(), false);
        QVERIFY(!RemindersDialog::wantedAtStart(*m_workspace));
    }

private:
    const QTreeWidgetItem *departmentItem(const QString &name) const
    {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (m_tree->topLevelItem(i)->text(0) == name)
                return m_tree->topLevelItem(i);
        }
        return nullptr;
    }
    int countOf(Reminder::Kind kind) const
    {
        int n = 0;
        for (const DepartmentReminders &d : m_dialog->reminders())
            n += static_cast<int>(
                std::count_if(d.reminders.cbegin(), d.reminders.cend(),
                              [kind](const Reminder &r) { return r.kind == kind; }));
        return n;
    }
    int countItems() const
    {
        int n = 0;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            n += m_tree->topLevelItem(i)->childCount();
        return n;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RemindersDialog> m_dialog;
    QTreeWidget *m_tree = nullptr;
    ActionItem m_item;
    QString m_owner;
};

QTEST_MAIN(TestRemindersDialog)
#include "tst_remindersdialog.moc"
