#include "editing/roundedits.h"

#include "editing/versionededit.h"
#include "editing/workspace.h"
#include "repositories/roundrepository.h"

namespace PlanDesk {

Result<qint64> RoundEdits::create(Workspace &workspace, const ReportingRound &round)
{
    Workspace *ws = &workspace;
    return ws->performInsert(
        tr("Add reporting round “%1”").arg(round.title),
        [ws, round](qint64 id) {
            ReportingRound row = round;
            row.id = id;
            return RoundRepository(ws->database()).create(row);
        },
        [ws](qint64 id) { return RoundRepository(ws->database()).remove(id); });
}

Status RoundEdits::update(Workspace &workspace, const ReportingRound &round)
{
    Workspace *ws = &workspace;
    const Result<ReportingRound> old = RoundRepository(ws->database()).round(round.id);
    if (!old)
        return Status::fromResult(old);
    return performVersioned(
        workspace, tr("Edit reporting round “%1”").arg(round.title), *old, round,
        [](Database &db, const ReportingRound &r) { return RoundRepository(db).update(r); });
}

Status RoundEdits::remove(Workspace &workspace, qint64 roundId)
{
    Workspace *ws = &workspace;
    const Result<ReportingRound> old = RoundRepository(ws->database()).round(roundId);
    if (!old)
        return Status::fromResult(old);
    return ws->perform(
        tr("Delete reporting round “%1”").arg(old->title),
        [ws, roundId] { return RoundRepository(ws->database()).remove(roundId); },
        [ws, before = *old] {
            return Status::fromResult(RoundRepository(ws->database()).create(before));
        });
}

} // namespace PlanDesk
