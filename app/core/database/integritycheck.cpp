#include "database/integritycheck.h"

#include "database/database.h"
#include "database/ledgersummary.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

Result<IntegrityReport> IntegrityCheck::run(const QString &path)
{
    using R = Result<IntegrityReport>;
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened)
        return R::failure(opened.error());
    Database &db = **opened;

    IntegrityReport report;
    report.schemaVersion = db.schemaVersion();
    // A server checks its own pages and enforces every foreign key on write;
    // what is left to report is what the ledger holds.
    if (db.isOnServer()) {
        report.summary = ledgerSummary(db);
        return report;
    }

    Result<QSqlQuery> integrity = db.exec(u"PRAGMA integrity_check"_s);
    if (!integrity)
        return R::failure(tr("“%1” is damaged: %2").arg(path, integrity.error()));
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != u"ok")
            report.problems << tr("integrity: %1").arg(line);
    }

    Result<QSqlQuery> keys = db.exec(u"PRAGMA foreign_key_check"_s);
    if (!keys)
        return R::failure(tr("“%1” is damaged: %2").arg(path, keys.error()));
    while (keys->next())
        report.problems << tr("foreign key: row %1 of %2 refers to a missing row of %3")
                               .arg(keys->value(1).toString(), keys->value(0).toString(),
                                    keys->value(2).toString());

    report.summary = ledgerSummary(db);
    return report;
}

} // namespace PlanDesk
