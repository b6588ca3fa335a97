#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/codes.h"
#include "prng.h"

namespace PlanDesk::Bench::Words {

// The Chinese a synthetic plan is worded in: names, titles and clauses put
// together from word lists, so 10,000 tasks read like a real document's.

struct DepartmentName
{
    QString name;
    QString shortName;
    DepartmentKind kind = DepartmentKind::Government;
};

/// Distinct department names (over 200), municipal first, then counties'.
QList<DepartmentName> departmentPool();
QString personName(Prng &rng);
QString phoneNumber(Prng &rng);

/// 一 … 九十九.
QString chineseNumber(int n);
QString keyTaskGroupTitle(Prng &rng);
QString safeguardGroupTitle(int index);
/// A field of work (科技创新, 乡村振兴, …), which titles and texts share.
QString field(Prng &rng);
QString taskTitle(Prng &rng, const QString &field);
/// The clause as a document words it, ending with who answers for it.
QString taskClause(Prng &rng, const QString &title, const QString &field, int dueYear,
                   const QString &lead, const QStringList &cooperating);
QString workItemTitle(Prng &rng);
QString workItemClause(const QString &title, const QDate &due);

QString leadReportText(Prng &rng, const QString &department, const QString &title, int percent);
QString cooperatingReportText(Prng &rng, const QString &department, const QString &title);
QString evidence(Prng &rng);
/// What the k-th correction (1, 2, …) of a report adds to its text.
QString correctionNote(int k);

/// An indicator's measure: what it counts, and a plausible baseline and
/// target in its unit (lower is better for "<=").
struct Measure
{
    QString name;
    QString shortName;
    QString unit;
    Comparison comparison = Comparison::GreaterOrEqual;
    double baseline = 0;
    double target = 0;
    bool summable = false; ///< a count or sum, which a district has a share of
};
const QList<Measure> &measures();
/// Where an indicator is counted: 全市, a district, a zone.
QString indicatorArea(Prng &rng);

QString meetingPlace(Prng &rng);
QString meetingChair(Prng &rng);

} // namespace PlanDesk::Bench::Words
