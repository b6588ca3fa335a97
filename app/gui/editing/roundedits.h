#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

class Workspace;

/// The undoable edits of reporting rounds (进展报送轮次), each through
/// Workspace::perform(): committed at once, undone exactly, ids included.
/// Deleting a round leaves the reports handed in for its period alone.
class RoundEdits
{
    Q_DECLARE_TR_FUNCTIONS(RoundEdits)

public:
    /// Creates a round; undo removes it, redo brings it back under its id.
    static Result<qint64> create(Workspace &workspace, const ReportingRound &round);
    static Status update(Workspace &workspace, const ReportingRound &round);
    static Status remove(Workspace &workspace, qint64 roundId);
};

} // namespace PlanDesk
