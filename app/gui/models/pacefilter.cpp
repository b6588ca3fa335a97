#include "models/pacefilter.h"

#include <QHashFunctions>

namespace PlanDesk {

bool PaceFilter::isEmpty() const
{
    return lights.isEmpty() && overdue == Overdue::Either;
}

bool PaceFilter::accepts(PaceLight light, bool isOverdue) const
{
    if (!lights.isEmpty() && !lights.contains(light))
        return false;
    switch (overdue) {
    case Overdue::Either:
        return true;
    case Overdue::Only:
        return isOverdue;
    case Overdue::Excluded:
        return !isOverdue;
    }
    return true;
}

bool PaceFilter::operator==(const PaceFilter &other) const
{
    return lights == other.lights && overdue == other.overdue;
}

size_t qHash(PaceLight light, size_t seed) noexcept
{
    return ::qHash(static_cast<int>(light), seed);
}

} // namespace PlanDesk
