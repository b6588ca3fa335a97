#pragma once

#include <QCoreApplication>

#include "dialogs/conflictdialog.h"
#include "dialogs/conflictfields.h"
#include "dialogs/saveonaccept.h"
#include "util/saved.h"

class QWidget;

namespace PlanDesk {

class Database;

/// What an edit dialog's save does when someone else saved the same record
/// after the dialog opened: it never overwrites silently, it asks.
class ConflictResolution
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolution)

public:
    /// Shows the ConflictDialog over `parent` for `what` (who saved theirs
    /// comes from the record's newest audit entry) and returns the choice.
    static ConflictDialog::Choice ask(QWidget *parent, Database &db, const QString &what,
                                      const QString &table, qint64 id,
                                      const QList<ConflictField> &fields);
    /// Notes in the program's log that the user kept their version.
    static void logKeptMine(const QString &table, qint64 id, qint64 theirVersion);

    /// For SaveOnAccept: runs `save(base, mine)` (a `Saved<T>(const T &, const
    /// T &)`, `base` being what the dialog was opened on). On a conflict asks
    /// the user: Keep mine saves `mine` again over their version (their row
    /// becomes `base`, what undo returns to); Take theirs makes their row
    /// `base` and shows it through `reload`, keeping the dialog open; Cancel
    /// keeps it open with what was typed. Success closes the dialog.
    template<typename T, typename Save, typename Reload>
    static Status save(QWidget *parent, Database &db, const QString &what, T &base, const T &mine,
                       Save save, Reload reload)
    {
        Saved<T> saved = save(base, mine);
        while (saved.isConflict()) {
            const UpdateConflict<T> conflict = *saved.conflict();
            const T &theirs = conflict.current;
            switch (ask(parent, db, what, conflict.table, conflict.id,
                        ConflictFields::of(mine, theirs))) {
            case ConflictDialog::Choice::KeepMine: {
                T over = mine;
                over.rowVersion = theirs.rowVersion;
                base = theirs;
                logKeptMine(conflict.table, conflict.id, theirs.rowVersion);
                saved = save(base, over);
                break;
            }
            case ConflictDialog::Choice::TakeTheirs:
                base = theirs;
                reload(theirs);
                return SaveOnAccept::stayOpen();
            case ConflictDialog::Choice::Cancel:
                return SaveOnAccept::stayOpen();
            }
        }
        return saved.status();
    }
};

} // namespace PlanDesk
