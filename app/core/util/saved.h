#pragma once

#include <optional>
#include <utility>

#include <QString>

#include "util/result.h"

namespace PlanDesk {

/// Someone else saved the row between our read and our save: the save was
/// refused. `current` is the row as it is stored now (its rowVersion too).
template<typename T> struct UpdateConflict
{
    QString table;
    qint64 id = 0;
    qint64 versionRead = 0;
    T current;
};

/// The outcome of a versioned update (UPDATE … WHERE id = ? AND row_version = ?):
/// the row's new version, or a failure that says why. A failure because the
/// row changed meanwhile also carries the conflict, so callers can offer a
/// choice without reading the message. A row deleted meanwhile is a plain
/// failure. Converts to Status for callers that only pass failures on.
template<typename T> class [[nodiscard]] Saved
{
public:
    Saved(qint64 newVersion)
        : m_version(newVersion)
    {
    }

    static Saved failure(QString error)
    {
        Saved s(0);
        s.m_failed = true;
        s.m_error = std::move(error);
        return s;
    }
    static Saved conflict(UpdateConflict<T> conflict, QString error)
    {
        Saved s = failure(std::move(error));
        s.m_conflict = std::move(conflict);
        return s;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    /// The version the row has after the save (valid when ok()).
    qint64 version() const { return m_version; }
    const QString &error() const { return m_error; }
    bool isConflict() const { return m_conflict.has_value(); }
    const std::optional<UpdateConflict<T>> &conflict() const { return m_conflict; }

    Status status() const { return ok() ? Status() : Status::failure(m_error); }
    operator Status() const { return status(); }

private:
    qint64 m_version = 0;
    bool m_failed = false;
    QString m_error;
    std::optional<UpdateConflict<T>> m_conflict;
};

} // namespace PlanDesk
