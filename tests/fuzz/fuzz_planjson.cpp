// PlanFile::parse on any bytes: it never crashes, every refusal names the
// file, and a plan it accepts is written back by PlanWriter as a file that
// reads again to the same plan.
#include "fuzzsupport.h"
#include "plans/plandocument.h"
#include "plans/planwriter.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString fileName = u"plan.json"_s;
    const Result<PlanDocument> result = PlanFile::parse(PlanDeskFuzz::bytes(data, size), fileName);
    if (!result) {
        FUZZ_CHECK(!result.error().isEmpty(), u"empty error"_s);
        const QStringList lines = result.error().split(u'\n');
        for (const QString &line : lines)
            FUZZ_CHECK(line.trimmed().startsWith(fileName), result.error());
        return 0;
    }
    const QByteArray written = PlanWriter::toJson(*result);
    const Result<PlanDocument> again = PlanFile::parse(written, fileName);
    FUZZ_CHECK(again.ok(), again.error() + u'\n' + QString::fromUtf8(written));
    const QByteArray rewritten = PlanWriter::toJson(*again);
    FUZZ_CHECK(rewritten == written,
               QString::fromUtf8(written) + u"\n----\n"_s + QString::fromUtf8(rewritten));
    return 0;
}
