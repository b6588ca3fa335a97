#pragma once

#include <memory>
#include <optional>

#include "database/database.h"
#include "editing/workspace.h"
#include "util/saved.h"

namespace PlanDesk {

/// An undoable save of one versioned row through Workspace::perform. Redo
/// saves `after` with `apply`, undo saves `before` with `revert` (each a
/// `Saved<T>(Database &, const T &)`), and each names the version the step
/// before it left, so undoing one's own save works while a row someone else
/// saved meanwhile is refused as a conflict, never overwritten. Returns the
/// first save's outcome; a failed or conflicting first save records nothing.
template<typename T, typename Apply, typename Revert>
Saved<T> performVersioned(Workspace &workspace, const QString &description, const T &before,
                          const T &after, Apply apply, Revert revert)
{
    Workspace *ws = &workspace;
    auto version = std::make_shared<qint64>(after.rowVersion);
    auto first = std::make_shared<std::optional<Saved<T>>>();
    auto step = [ws, version](auto save, T row) {
        row.rowVersion = *version;
        const Saved<T> saved = save(ws->database(), row);
        if (saved)
            *version = saved.version();
        return saved;
    };
    const Status s = workspace.perform(
        description,
        [step, apply, after, first] {
            const Saved<T> saved = step(apply, after);
            if (!first->has_value())
                *first = saved;
            return saved.status();
        },
        [step, revert, before] { return step(revert, before).status(); });
    if (first->has_value())
        return **first;
    return Saved<T>::failure(s.error());
}

/// performVersioned() with one save for both directions.
template<typename T, typename Save>
Saved<T> performVersioned(Workspace &workspace, const QString &description, const T &before,
                          const T &after, Save save)
{
    return performVersioned(workspace, description, before, after, save, save);
}

} // namespace PlanDesk
