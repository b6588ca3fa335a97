#pragma once

#include <functional>
#include <memory>

#include <QDate>
#include <QObject>

#include "util/result.h"

class QUndoStack;

namespace PlanDesk {

class Database;

/// What every page works on: the open database, its plan, the as-of date for
/// pace lights, and the undo stack. Pages read through the repositories and
/// change the ledger only through perform(), so every edit is committed at
/// once (nothing to save, nothing lost on close) and can be undone.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// A repository call that writes, returning what went wrong, if anything.
    using Operation = std::function<Status()>;

    explicit Workspace(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Workspace() override;

    Database &database() const { return *m_db; }
    /// Replaces the open database (File ▸ Open); clears the undo history.
    void setDatabase(std::unique_ptr<Database> db);
    /// Closes the database, lets `work` replace its file (a restore), then
    /// opens the file again; clears the undo history. `work` returns a copy
    /// of the old ledger; should the new file not open, that copy is opened
    /// read-only instead, so the window always has a ledger to show.
    Status replaceFile(const std::function<Result<QString>(const QString &path)> &work);
    /// The plan the office works on: the database's first.
    qint64 planId() const { return m_planId; }
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Runs `apply` now and, when it succeeds, records it on the undo stack
    /// with `revert` as its undo. On failure nothing is recorded and the
    /// error (already in words for people) is returned.
    Status perform(const QString &description, Operation apply, Operation revert);
    /// perform() for adding a row: `insert` gets 0 the first time, and the
    /// id it chose again on redo, so undo and redo keep the row's id;
    /// `remove` takes it away. Returns the new row's id.
    Result<qint64> performInsert(const QString &description,
                                 std::function<Result<qint64>(qint64 id)> insert,
                                 std::function<Status(qint64 id)> remove);
    /// Runs `apply`, a write that cannot be undone by design (approving
    /// minutes, appending an amendment): nothing goes on the undo stack, and
    /// the ledger is announced changed on success. Earlier commands that it
    /// makes impossible fail when undone, with the error shown, and drop out.
    Status performFinal(Operation apply);

signals:
    /// After any edit, undo or redo, or when another database was opened.
    void ledgerChanged();
    void asOfChanged(const QDate &date);
    /// An undo or redo could not be carried out (someone else changed the row).
    void errorOccurred(const QString &message);

private:
    void findPlan();

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack;
    qint64 m_planId = 0;
    QDate m_asOf;
};

} // namespace PlanDesk
