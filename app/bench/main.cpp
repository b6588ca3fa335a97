// plandesk-bench: PlanDesk's performance benchmark (not installed).
//   plandesk-bench run --small S.sqlite --large L.sqlite [--repeat N] [--quick] [--out FILE]

#include <cstdio>

#include <QApplication>
#include <QFont>

#include "benchrun.h"

using namespace Qt::Literals::StringLiterals;

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
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command == u"run")
        return PlanDesk::Bench::runCommand(arguments);
    std::fprintf(stderr,
                 "usage: plandesk-bench run --small S.sqlite --large L.sqlite "
                 "[--repeat N] [--quick] [--out FILE.json]\n");
    return 2;
}
