#pragma once

#include <iterator>

#include <QtGlobal>

namespace PlanDesk::Bench {

/// SplitMix64: a small generator whose output is the same on every compiler
/// and standard library (std::uniform_int_distribution is not), so a seed
/// always makes the same dataset.
class Prng
{
public:
    explicit Prng(quint64 seed)
        : m_state(seed)
    {
    }

    /// An independent stream for one part of the dataset, so adding rows to
    /// one part never shifts the numbers another part draws.
    static Prng stream(quint64 seed, quint64 part)
    {
        return Prng(Prng(seed ^ (part * 0x9E3779B97F4A7C15ULL)).next());
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// 0 ≤ n < bound (bound > 0); the modulo bias is far below what matters here.
    int below(int bound) { return static_cast<int>((next() >> 16) % static_cast<quint64>(bound)); }
    /// lo ≤ n ≤ hi.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /// True `percent` times in a hundred.
    bool chance(int percent) { return below(100) < percent; }
    /// A double in [0, 1) from the top 53 bits: exact, so the same everywhere.
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    template<typename List> const auto &pick(const List &list)
    {
        return list[below(static_cast<int>(std::size(list)))];
    }

private:
    quint64 m_state;
};

} // namespace PlanDesk::Bench
