#include <algorithm>

#include "benchdatarepository.h"
#include "prng.h"
#include "syntheticactivity.h"
#include "wordlists.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

constexpr quint64 AuditStream = 41;

} // namespace

Status SyntheticActivity::fillAudit(BenchDataRepository &repository,
                                    const QList<ReportRecord> &reports,
                                    const QList<ValueRecord> &values, const DatasetSpec &spec,
                                    quint64 seed)
{
    const Result<qint64> written = repository.auditRowCount();
    if (!written)
        return Status::fromResult(written);
    const qint64 edits = spec.auditRows - *written;
    const qsizetype rows = reports.size() + values.size();
    if (edits < 0 || (edits > 0 && rows == 0))
        return Status::failure(
            tr("The audit log already holds %1 rows, more than the %2 asked for.")
                .arg(*written)
                .arg(spec.auditRows));
    if (edits == 0)
        return {};

    // Reports come back for correction (退回修改) and values are revised
    // until the published figure: every row edited about equally often,
    // the rows that get one edit more spread by the seed.
    Prng rng = Prng::stream(seed, AuditStream);
    QList<int> order(rows);
    for (qsizetype i = 0; i < rows; ++i)
        order[i] = static_cast<int>(i);
    for (qsizetype i = rows - 1; i > 0; --i)
        std::swap(order[i], order[rng.below(static_cast<int>(i) + 1)]);
    QList<int> editsOf(rows, static_cast<int>(edits / rows));
    for (qsizetype i = 0; i < edits % rows; ++i)
        ++editsOf[order.at(i)];

    const int passes = editsOf.isEmpty() ? 0 : *std::max_element(editsOf.cbegin(), editsOf.cend());
    for (int pass = 0; pass < passes; ++pass) {
        if (Status s = repository.setActor(officeActor(pass)); !s)
            return s;
        const int k = pass + 1;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (editsOf.at(i) < k)
                continue;
            const ReportRecord &r = reports.at(i);
            const QString evidence =
                r.evidence.isEmpty() || k % 2 == 0 ? Words::evidence(rng) : r.evidence;
            if (Status s =
                    repository.correctReport(r.id, r.text + Words::correctionNote(k), evidence);
                !s)
                return s;
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            const int count = editsOf.at(reports.size() + i);
            if (count < k)
                continue;
            const ValueRecord &v = values.at(i);
            // Each revision nearer the final figure, the last one exactly it.
            const qint64 off = (v.finalUnits / 200) * (count - k) * (rng.chance(50) ? 1 : -1);
            const qint64 value = std::clamp<qint64>(v.finalUnits + off / 100 * 100, 0, v.maxUnits);
            const QString note = k == count ? u"正式数"_s : u"修订数（第%1次）"_s.arg(k);
            if (Status s = repository.reviseValue(v.id, Decimal::fromUnits(value),
                                                  v.asOf.addDays(3 * k), note);
                !s)
                return s;
        }
    }
    return {};
}

} // namespace PlanDesk::Bench
