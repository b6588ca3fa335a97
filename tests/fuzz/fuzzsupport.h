#pragma once

#include <cstdio>
#include <cstdlib>

#include <QByteArray>
#include <QString>

/// What every fuzz target shares: the input as Qt types, and a check that
/// aborts (so libFuzzer reports the input) when an invariant fails.
namespace PlanDeskFuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void fail(const char *what, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n  %s\n", file, line, what,
                 detail.toUtf8().constData());
    std::abort();
}

} // namespace PlanDeskFuzz

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            PlanDeskFuzz::fail(#condition, __FILE__, __LINE__, (detail));                          \
    } while (false)
