#include "valuesfile.h"

#include <QFile>

#include "database/database.h"
#include "domain/period.h"
#include "repositories/indicatorrepository.h"
#include "repositories/planrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

bool writeValuesFile(const QString &databasePath, const QString &csvPath, int rows)
{
    Result<std::unique_ptr<Database>> db = Database::open(databasePath, Database::Access::ReadOnly);
    if (!db)
        return false;
    const Result<QList<Plan>> plans = PlanRepository(**db).plans();
    if (!plans || plans->isEmpty())
        return false;
    const Result<QList<Indicator>> indicators =
        IndicatorRepository(**db).indicators(plans->constFirst().id);
    if (!indicators || indicators->isEmpty())
        return false;
    QByteArray out = "indicator,period,value,source,as_of\n";
    int written = 0;
    for (int year = 1000; written < rows; ++year) {
        QStringList periods {QString::number(year), u"%1-H1"_s.arg(year), u"%1-H2"_s.arg(year)};
        for (int q = 1; q <= 4; ++q)
            periods << u"%1-Q%2"_s.arg(year).arg(q);
        for (int m = 1; m <= 12; ++m)
            periods << u"%1-%2"_s.arg(year).arg(m, 2, 10, QChar(u'0'));
        for (const QString &text : std::as_const(periods)) {
            const Period period = *Period::parse(text);
            for (const Indicator &indicator : *indicators) {
                if (written == rows)
                    break;
                ++written;
                out += (indicator.code + u',' + text + u",1,crash harness,"_s
                        + period.lastDay().toString(Qt::ISODate) + u'\n')
                           .toUtf8();
            }
        }
    }
    QFile file(csvPath);
    return file.open(QIODevice::WriteOnly) && file.write(out) == out.size();
}

} // namespace PlanDesk::Testing
