#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

#include "editing/workspace.h"
#include "models/departmenttablemodel.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// The workspace on the test database's file, as the window opens it.
std::unique_ptr<Workspace> openWorkspace(TestDatabase &t)
{
    t.close();
    return std::make_unique<Workspace>(std::move(Database::open(t.path()).value()));
}

void load(DepartmentTableModel &model, Workspace &ws)
{
    model.setDepartments(*DepartmentRepository(ws.database()).summaries(ws.planId()));
}

QModelIndex cell(const DepartmentTableModel &model, const QString &name, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, DepartmentTableModel::Name).data().toString() == name)
            return model.index(row, column);
    }
    return {};
}

} // namespace

class TestDepartmentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldPassTheModelTester()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        auto ws = openWorkspace(t);
        DepartmentTableModel model(*ws);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, *ws);
        QCOMPARE(model.rowCount(), 34);
        load(model, *ws); // the same rows again: updated in place
        model.setDepartments({}); // a reset to nothing
        QCOMPARE(model.rowCount(), 0);
        load(model, *ws);
        // An edit through the model, and its undo, under the tester too.
        QVERIFY(model.setData(cell(model, u"市财政局"_s, DepartmentTableModel::ContactPerson),
                              u"王五"_s));
        ws->undoStack()->undo();
        load(model, *ws);
    }

    void shouldCountTasksAndOpenItemsAsTheDatabaseDoes()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        auto ws = openWorkspace(t);
        DepartmentTableModel model(*ws);
        load(model, *ws);
        const QModelIndex ipo = cell(model, u"市知识产权局"_s, DepartmentTableModel::Name);
        QVERIFY(ipo.isValid());
        const qint64 id = ipo.data(DepartmentTableModel::IdRole).toLongLong();
        QCOMPARE(id, DepartmentRepository(ws->database()).byName(u"市知识产权局"_s)->id);
        // The database counted independently of the repository's query.
        Database &db = ws->database();
        const auto count = [&](const QString &sql) {
            return int(*db.scalar(sql, {id, ws->planId()}));
        };
        const int led = count(u"SELECT count(*) FROM assignment a JOIN task t ON t.id = a.task_id"
                              " WHERE a.department_id = ? AND a.role = 'lead' AND t.plan_id = ?"_s);
        const int cooperating =
            count(u"SELECT count(*) FROM assignment a JOIN task t ON t.id = a.task_id"
                  " WHERE a.department_id = ? AND a.role = 'cooperating' AND t.plan_id = ?"_s);
        const int open =
            count(u"SELECT count(*) FROM action_item i JOIN meeting m ON m.id = i.meeting_id"
                  " WHERE i.owner_department_id = ? AND i.status NOT IN ('done', 'cancelled')"
                  " AND m.plan_id = ?"_s);
        QCOMPARE(led, 8);
        QCOMPARE(cooperating, 12);
        QVERIFY(open > 0);
        QCOMPARE(ipo.siblingAtColumn(DepartmentTableModel::TasksLed).data().toInt(), led);
        QCOMPARE(ipo.siblingAtColumn(DepartmentTableModel::TasksCooperating).data().toInt(),
                 cooperating);
        QCOMPARE(ipo.siblingAtColumn(DepartmentTableModel::OpenActionItems).data().toInt(), open);
        QCOMPARE(ipo.siblingAtColumn(DepartmentTableModel::Kind).data().toString(),
                 u"Government body"_s);
        QCOMPARE(ipo.siblingAtColumn(DepartmentTableModel::ShortName).data().toString(),
                 u"知识产权局"_s);
    }

    void shouldLetOnlyContactsAndTheActiveFlagBeChanged()
    {
        TestDatabase t;
        auto ws = openWorkspace(t);
        DepartmentTableModel model(*ws);
        load(model, *ws);
        const QModelIndex row = model.index(0, 0);
        for (int column : {DepartmentTableModel::ShortName, DepartmentTableModel::ContactPerson,
                           DepartmentTableModel::Phone})
            QVERIFY(model.flags(row.siblingAtColumn(column)) & Qt::ItemIsEditable);
        for (int column : {DepartmentTableModel::Name, DepartmentTableModel::Kind,
                           DepartmentTableModel::Active, DepartmentTableModel::TasksLed})
            QVERIFY(!(model.flags(row.siblingAtColumn(column)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(row.siblingAtColumn(DepartmentTableModel::Active))
                & Qt::ItemIsUserCheckable);
        QVERIFY(!model.setData(row.siblingAtColumn(DepartmentTableModel::Name), u"改名"_s));
        QCOMPARE(ws->undoStack()->count(), 0);
    }

    void shouldEditAPhoneWithUndoAndRedo()
    {
        TestDatabase t;
        auto ws = openWorkspace(t);
        DepartmentTableModel model(*ws);
        load(model, *ws);
        DepartmentRepository repository(ws->database());
        const QModelIndex phone = cell(model, u"市财政局"_s, DepartmentTableModel::Phone);
        const qint64 id = phone.data(DepartmentTableModel::IdRole).toLongLong();
        const QString before = repository.department(id)->contactPhone;

        // The way a view's delegate commits an editor: EditRole, surrounding blanks trimmed.
        QVERIFY(model.setData(phone, u" 0537-2967001 "_s, Qt::EditRole));
        QCOMPARE(repository.department(id)->contactPhone, u"0537-2967001"_s);
        QCOMPARE(phone.data().toString(), u"0537-2967001"_s);
        QCOMPARE(ws->undoStack()->undoText(), u"Change the phone number of “市财政局”"_s);
        // Setting the same value again records nothing.
        QVERIFY(model.setData(phone, u"0537-2967001"_s, Qt::EditRole));
        QCOMPARE(ws->undoStack()->count(), 1);

        ws->undoStack()->undo();
        QCOMPARE(repository.department(id)->contactPhone, before);
        ws->undoStack()->redo();
        QCOMPARE(repository.department(id)->contactPhone, u"0537-2967001"_s);
        // Nothing else of the department changed.
        QCOMPARE(repository.department(id)->name, u"市财政局"_s);
        QCOMPARE(repository.department(id)->shortName, u"财政局"_s);
    }

    void shouldToggleActiveWithUndo()
    {
        TestDatabase t;
        auto ws = openWorkspace(t);
        DepartmentTableModel model(*ws);
        load(model, *ws);
        DepartmentRepository repository(ws->database());
        const QModelIndex active = cell(model, u"济宁海关"_s, DepartmentTableModel::Active);
        const qint64 id = active.data(DepartmentTableModel::IdRole).toLongLong();
        QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QVERIFY(model.setData(active, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!repository.department(id)->active);
        QCOMPARE(active.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(active.siblingAtColumn(DepartmentTableModel::Name)
                    .data(Qt::ForegroundRole)
                    .isValid()); // greyed out
        ws->undoStack()->undo();
        QVERIFY(repository.department(id)->active);
        ws->undoStack()->redo();
        QVERIFY(!repository.department(id)->active);
    }

    void shouldSortNumbersAsNumbers()
    {
        TestDatabase t;
        auto ws = openWorkspace(t);
        DepartmentTableModel model(*ws);
        load(model, *ws);
        const QModelIndex ipo = cell(model, u"市知识产权局"_s, DepartmentTableModel::TasksLed);
        QCOMPARE(ipo.data(DepartmentTableModel::SortRole).typeId(), QMetaType::Int);
        QCOMPARE(ipo.siblingAtColumn(DepartmentTableModel::Active)
                     .data(DepartmentTableModel::SortRole)
                     .typeId(),
                 QMetaType::Bool);
        QVERIFY(ipo.siblingAtColumn(DepartmentTableModel::Name)
                    .data(DepartmentTableModel::FilterTextRole)
                    .toString()
                    .contains(u"知识产权局"_s));
    }
};

QTEST_MAIN(TestDepartmentTableModel)
#include "tst_departmenttablemodel.moc"
