// plandesk-bench: PlanDesk's performance benchmark, never installed.
//   generate  makes the S, L or T database (datasetgenerator.h)
//   run       measures every figure beside its floor (benchrun.h)

#include <QApplication>
#include <QFont>
#include <QTextStream>

#include "benchrun.h"
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
                                  "[--seed N] [--digest]\n"
                                  "       plandesk-bench run --small S.sqlite --large L.sqlite "
                                  "[--repeat N] [--quick] [--out FILE.json]")
                            << u'\n';
        return 2;
    }
};

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // Charts, PDFs and the plan page need a QApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QApplication app(argc, argv);
    // Settings the pages remember (column widths) go apart from PlanDesk's own.
    QCoreApplication::setApplicationName(u"PlanDesk-bench"_s);
    QCoreApplication::setOrganizationName(u"PlanDesk"_s);
    // The fonts PlanDesk's main.cpp sets, so text is measured and drawn alike.
    QFont font = QApplication::font();
    font.setFamilies({u"Microsoft YaHei"_s, u"SimSun"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"generate")
        return PlanDesk::Bench::runGenerate(arguments.mid(1));
    if (command == u"run")
        return PlanDesk::Bench::runCommand(arguments);
    return BenchMain::usage();
}
