#pragma once

#include <QMetaType>
#include <QSet>

#include "rules/pace.h"

namespace PlanDesk {

size_t qHash(PaceLight light, size_t seed = 0) noexcept;

/// Which pace a task must have to be listed: one of a set of lights, and
/// overdue or not. The empty filter lets every task through. The dashboard's
/// segments are such sets: "on pace or done" is {Green, Done}, "behind" is
/// {Yellow, Red} and not overdue.
struct PaceFilter
{
    enum class Overdue { Either, Only, Excluded };

    QSet<PaceLight> lights; ///< empty: any light
    Overdue overdue = Overdue::Either;

    bool isEmpty() const;
    bool accepts(PaceLight light, bool isOverdue) const;
    bool operator==(const PaceFilter &other) const;
};

} // namespace PlanDesk

Q_DECLARE_METATYPE(PlanDesk::PaceFilter)
