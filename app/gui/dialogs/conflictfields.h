#pragma once

#include <QCoreApplication>
#include <QList>

#include "dialogs/conflictdialog.h"
#include "domain/entities.h"

namespace PlanDesk {

/// The fields of a record the office edits, as the conflict dialog compares
/// them: a label and both versions in words, in the order the edit shows them.
class ConflictFields
{
    Q_DECLARE_TR_FUNCTIONS(ConflictFields)

public:
    static QList<ConflictField> of(const Task &mine, const Task &theirs);
    static QList<ConflictField> of(const Department &mine, const Department &theirs);
    static QList<ConflictField> of(const IndicatorValue &mine, const IndicatorValue &theirs);
    static QList<ConflictField> of(const Indicator &mine, const Indicator &theirs);
    static QList<ConflictField> of(const ProgressReport &mine, const ProgressReport &theirs);
    static QList<ConflictField> of(const Meeting &mine, const Meeting &theirs);
};

} // namespace PlanDesk
