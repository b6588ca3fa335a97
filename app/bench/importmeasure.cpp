#include "importmeasure.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include "database/database.h"
#include "datasetspec.h"
#include "exchange/tableimport.h"
#include "floorrepository.h"
#include "valuesfile.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

ImportMeasure::ImportMeasure(const RunOptions &options, Scratch &scratch)
    : m_options(options)
    , m_scratch(scratch)
{
}

Status ImportMeasure::measure(Figures &figures)
{
    const QString csv = m_scratch.path(u"values.csv"_s);
    int rows = 0;
    {
        const Result<OpenedPlan> opened = openFirstPlan(m_options.large);
        if (!opened)
            return Status::failure(opened.error());
        const Result<int> written =
            ValuesFile::write(*opened->db, opened->planId, m_options.values, csv);
        if (!written)
            return Status::failure(written.error());
        rows = *written;
    }
    if (rows < m_options.values)
        note(tr("import: the indicators of L have room for %1 new values only, not %2")
                 .arg(rows)
                 .arg(m_options.values));
    Figure figure {tr("Importing %1 new indicator values from CSV into a copy of L as plandesk "
                      "import values does: open, read, check, apply")
                       .arg(rows),
                   u"ms"_s,
                   {},
                   tr("The sqlite3 shell's .import --csv of the same file into a new table of "
                      "a copy of L, process start included"),
                   {},
                   {2.0, std::nullopt, tr("CSV import ≤ 2× sqlite3 .import")}};
    for (int i = 0; i < m_options.repeat; ++i) {
        note(tr("import %1/%2").arg(i + 1).arg(m_options.repeat));
        const Result<double> planDesk = importWithPlanDesk(csv, rows);
        if (!planDesk)
            return Status::failure(planDesk.error());
        const Result<double> shell = importWithShell(csv);
        if (!shell)
            return Status::failure(shell.error());
        figure.figure.add(*planDesk);
        figure.floor.add(*shell);
    }
    figures.append({u"values_import_l"_s, figure});
    return {};
}

Result<double> ImportMeasure::importWithPlanDesk(const QString &csv, int expected)
{
    using R = Result<double>;
    const Result<QString> copy = m_scratch.copyDatabase(m_options.large, u"import.sqlite"_s);
    if (!copy)
        return R::failure(copy.error());
    QElapsedTimer clock;
    clock.start();
    const Result<OpenedPlan> opened = openFirstPlan(*copy, Database::Access::ReadWrite);
    if (!opened)
        return R::failure(opened.error());
    TableImport import(*opened->db, opened->planId, TableImport::Kind::Values, datasetHorizon());
    const Result<ImportPreview> preview = import.preview(QStringList {csv});
    if (!preview)
        return R::failure(preview.error());
    if (!preview->problems.isEmpty())
        return R::failure(tr("The generated values file has %1 problem(s), the first: %2")
                              .arg(preview->problems.size())
                              .arg(preview->problems.constFirst().toString()));
    const Result<ImportReceipt> receipt = import.apply(*preview);
    if (!receipt)
        return R::failure(receipt.error());
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    if (receipt->addedValueIds.size() != expected)
        return R::failure(tr("The import added %1 values, not %2.")
                              .arg(receipt->addedValueIds.size())
                              .arg(expected));
    return ms;
}

Result<double> ImportMeasure::importWithShell(const QString &csv)
{
    using R = Result<double>;
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (shell.isEmpty())
        return R::failure(tr("The sqlite3 shell is not installed (Debian: apt install sqlite3)."));
    const Result<QString> copy = m_scratch.copyDatabase(m_options.large, u"shell.sqlite"_s);
    if (!copy)
        return R::failure(copy.error());
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(shell, {*copy, FloorRepository::importCommand(csv, u"bench_values"_s)});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return R::failure(tr("sqlite3 .import failed: %1")
                              .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    // The shell reports bad rows on standard error but still exits 0.
    const QByteArray complaints = process.readAllStandardError().trimmed();
    if (!complaints.isEmpty())
        return R::failure(tr("sqlite3 .import complained: %1").arg(QString::fromUtf8(complaints)));
    return ms;
}

} // namespace PlanDesk::Bench
