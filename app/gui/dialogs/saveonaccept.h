#pragma once

#include <functional>

#include <QCoreApplication>

#include "util/result.h"

class QDialog;

namespace PlanDesk {

/// Makes a dialog's OK save before the dialog closes, so a failed save (the
/// database busy with another program's write) loses nothing: `save` runs
/// when OK is pressed; on success the dialog is accepted; on failure the
/// message is shown over the dialog, which stays open with everything typed
/// in it, and OK again retries. A failure from stayOpen() keeps the dialog
/// open without a message (the user chose to go back to it). Replaces the dialog's own connection
/// from its button box's accepted() to accept().
class SaveOnAccept
{
    Q_DECLARE_TR_FUNCTIONS(SaveOnAccept)

public:
    static void install(QDialog &dialog, std::function<Status()> save);
    /// What `save` returns to keep the dialog open, saying nothing.
    static Status stayOpen() { return Status::failure(QString()); }
};

} // namespace PlanDesk
