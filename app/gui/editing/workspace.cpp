#include "editing/workspace.h"

#include <memory>

#include <QUndoCommand>
#include <QUndoStack>

#include "database/database.h"
#include "repositories/planrepository.h"

namespace PlanDesk {

namespace {

/// An edit already applied once; undo() and redo() run the repository calls.
/// When one fails (the row changed meanwhile) the command makes itself
/// obsolete, so the stack drops it instead of replaying a broken history.
class DatabaseEdit final : public QUndoCommand
{
public:
    DatabaseEdit(Workspace &workspace, const QString &text, Workspace::Operation apply,
                 Workspace::Operation revert)
        : QUndoCommand(text)
        , m_workspace(workspace)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
    {
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false; // perform() already applied it
            return;
        }
        run(m_apply);
    }
    void undo() override { run(m_revert); }

private:
    void run(const Workspace::Operation &operation)
    {
        if (Status s = operation(); !s) {
            setObsolete(true);
            emit m_workspace.errorOccurred(s.error());
        }
    }

    Workspace &m_workspace;
    Workspace::Operation m_apply;
    Workspace::Operation m_revert;
    bool m_firstRedo = true;
};

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_asOf(QDate::currentDate())
{
    findPlan();
    // Undo and redo change the ledger as much as a fresh edit does.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Workspace::ledgerChanged);
}

Workspace::~Workspace() = default;

void Workspace::setDatabase(std::unique_ptr<Database> db)
{
    m_undoStack->clear();
    m_db = std::move(db);
    findPlan();
    emit ledgerChanged();
}

Status Workspace::replaceFile(const std::function<Result<QString>(const QString &path)> &work)
{
    const QString path = m_db->path();
    const Database::Access access =
        m_db->isReadOnly() ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    m_undoStack->clear();
    m_db.reset();
    const Result<QString> copy = work(path);
    Result<std::unique_ptr<Database>> reopened = Database::open(path, access);
    if (!reopened && !copy.ok())
        reopened = Database::open(path, Database::Access::ReadOnly);
    if (!reopened && copy.ok())
        reopened = Database::open(*copy, Database::Access::ReadOnly);
    if (!reopened)
        qFatal("PlanDesk could not open %s again: %s", qPrintable(path),
               qPrintable(reopened.error()));
    setDatabase(std::move(reopened.value()));
    return copy.ok() ? Status() : Status::failure(copy.error());
}

void Workspace::setAsOf(const QDate &date)
{
    if (date == m_asOf || !date.isValid())
        return;
    m_asOf = date;
    emit asOfChanged(date);
}

Status Workspace::perform(const QString &description, Operation apply, Operation revert)
{
    if (Status s = apply(); !s)
        return s;
    m_undoStack->push(new DatabaseEdit(*this, description, std::move(apply), std::move(revert)));
    return {};
}

Result<qint64> Workspace::performInsert(const QString &description,
                                        std::function<Result<qint64>(qint64 id)> insert,
                                        std::function<Status(qint64 id)> remove)
{
    auto id = std::make_shared<qint64>(0);
    const Status s = perform(
        description,
        [insert, id] {
            const Result<qint64> created = insert(*id);
            if (created)
                *id = *created;
            return Status::fromResult(created);
        },
        [remove, id] { return remove(*id); });
    return s ? Result<qint64>(*id) : Result<qint64>::failure(s.error());
}

Status Workspace::performFinal(Operation apply)
{
    if (Status s = apply(); !s)
        return s;
    emit ledgerChanged();
    return {};
}

void Workspace::findPlan()
{
    const Result<QList<Plan>> plans = PlanRepository(*m_db).plans();
    m_planId = plans && !plans->isEmpty() ? plans->constFirst().id : 0;
}

} // namespace PlanDesk
