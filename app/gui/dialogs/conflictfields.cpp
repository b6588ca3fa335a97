#include "dialogs/conflictfields.h"

#include <QLocale>

#include "editing/localenumber.h"

namespace PlanDesk {

namespace {

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString number(const std::optional<Decimal> &d)
{
    return d ? LocaleNumber::format(*d) : QString();
}

QString yesNo(bool b)
{
    return b ? ConflictFields::tr("yes") : ConflictFields::tr("no");
}

} // namespace

QList<ConflictField> ConflictFields::of(const Task &mine, const Task &theirs)
{
    return {{tr("Number"), QString::number(mine.number), QString::number(theirs.number)},
            {tr("Title"), mine.title, theirs.title},
            {tr("Start"), date(mine.startOn), date(theirs.startOn)},
            {tr("Due"), date(mine.dueOn), date(theirs.dueOn)},
            {tr("Status"), displayName(mine.status), displayName(theirs.status)},
            {tr("Percent done"), QString::number(mine.percent), QString::number(theirs.percent)}};
}

QList<ConflictField> ConflictFields::of(const Department &mine, const Department &theirs)
{
    return {{tr("Name"), mine.name, theirs.name},
            {tr("Short name"), mine.shortName, theirs.shortName},
            {tr("Kind"), displayName(mine.kind), displayName(theirs.kind)},
            {tr("Contact person"), mine.contactPerson, theirs.contactPerson},
            {tr("Phone"), mine.contactPhone, theirs.contactPhone},
            {tr("Active"), yesNo(mine.active), yesNo(theirs.active)}};
}

QList<ConflictField> ConflictFields::of(const IndicatorValue &mine, const IndicatorValue &theirs)
{
    return {{tr("Period"), mine.period, theirs.period},
            {tr("Value"), number(mine.value), number(theirs.value)},
            {tr("Source"), mine.source, theirs.source},
            {tr("As of"), date(mine.asOf), date(theirs.asOf)},
            {tr("Note"), mine.note, theirs.note}};
}

QList<ConflictField> ConflictFields::of(const Indicator &mine, const Indicator &theirs)
{
    auto year = [](const std::optional<int> &y) {
        return y ? QString::number(*y) : QString();
    };
    return {
        {tr("Code"), mine.code, theirs.code},
        {tr("Name"), mine.name, theirs.name},
        {tr("Unit"), mine.unit, theirs.unit},
        {tr("Baseline"), number(mine.baselineValue), number(theirs.baselineValue)},
        {tr("Baseline year"), year(mine.baselineYear), year(theirs.baselineYear)},
        {tr("Baseline source"), mine.baselineSource, theirs.baselineSource},
        {tr("Target"), number(mine.targetValue), number(theirs.targetValue)},
        {tr("Target year"), QString::number(mine.targetYear), QString::number(theirs.targetYear)}};
}

QList<ConflictField> ConflictFields::of(const ProgressReport &mine, const ProgressReport &theirs)
{
    return {{tr("Period"), mine.period, theirs.period},
            {tr("Reported on"), date(mine.reportedOn), date(theirs.reportedOn)},
            {tr("Percent done"), QString::number(mine.percent), QString::number(theirs.percent)},
            {tr("Status"), displayName(mine.status), displayName(theirs.status)},
            {tr("Progress"), mine.text, theirs.text},
            {tr("Evidence"), mine.evidence, theirs.evidence}};
}

QList<ConflictField> ConflictFields::of(const Meeting &mine, const Meeting &theirs)
{
    return {{tr("Kind"), displayName(mine.kind), displayName(theirs.kind)},
            {tr("Title"), mine.title, theirs.title},
            {tr("Held on"), date(mine.heldOn), date(theirs.heldOn)},
            {tr("Place"), mine.place, theirs.place},
            {tr("Chair"), mine.chair, theirs.chair},
            {tr("Agenda"), mine.agenda, theirs.agenda},
            {tr("Minutes"), mine.minutes, theirs.minutes}};
}

} // namespace PlanDesk
