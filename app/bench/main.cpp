// plandesk-bench: the benchmark's own program, never installed.
//   generate  makes the S, L or T database (datasetgenerator.h)

#include <QCoreApplication>
#include <QTextStream>

#include "generatecommand.h"

using namespace Qt::Literals::StringLiterals;

namespace {

class BenchMain
{
    Q_DECLARE_TR_FUNCTIONS(BenchMain)

public:
    static int usage()
    {
        QTextStream(stderr) << tr("Usage: plandesk-bench generate --scale S|L|T --out FILE "
                                  "[--seed N] [--digest]")
                            << u'\n';
        return 2;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"plandesk-bench"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"generate"_s)
        return PlanDesk::Bench::runGenerate(arguments.mid(1));
    return BenchMain::usage();
}
