// PlanDesk's entry point: a command (init, export, check, backup, report)
// runs without a window; anything else opens the main window.

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QMessageBox>
#include <QSettings>

#include "commandline.h"
#include "database/database.h"
#include "defaultdatabase.h"
#include "editing/workspace.h"
#include "i18n/translations.h"
#include "widgets/afterfirstpaint.h"
#include "widgets/icons.h"
#include "windows/firstpaintprobe.h"
#include "windows/ledgersafety.h"
#include "windows/mainwindow.h"
#include "windows/openguard.h"
#include "windows/screenshots.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"PlanDesk"_s);
    QCoreApplication::setOrganizationName(u"PlanDesk"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(PLANDESK_VERSION));
}

/// The value of `--name VALUE` or `--name=VALUE` among the arguments.
QString optionValue(const QStringList &arguments, const QString &name)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(name + u'='))
            return arguments.at(i).mid(name.size() + 1);
    }
    return {};
}

/// Keeps Qt's notes to developers (a missing runtime directory, a font
/// substitution) off a command's standard error, which holds one line: the
/// error, if any.
void dropQtChatter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

#ifdef Q_OS_WIN
/// plandesk.exe is a Windows GUI program, so a command typed in a console
/// has nowhere to write: borrow the console it was typed in, unless the
/// output is redirected to a file or pipe already.
void attachToParentConsole()
{
    const auto redirected = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE;
    };
    const bool outRedirected = redirected(STD_OUTPUT_HANDLE);
    const bool errRedirected = redirected(STD_ERROR_HANDLE);
    if ((outRedirected && errRedirected) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *reopened = nullptr;
    if (!outRedirected)
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (!errRedirected)
        freopen_s(&reopened, "CONOUT$", "w", stderr);
}
#endif

int runCommand(int argc, char *argv[], bool painting)
{
#ifdef Q_OS_WIN
    attachToParentConsole();
    // Bytes as written (CSV keeps CRLF, not CR CR LF) and UTF-8 on the console.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
#endif
    std::unique_ptr<QCoreApplication> app;
    qInstallMessageHandler(dropQtChatter);
    if (painting) {
#ifdef Q_OS_LINUX
        // Charts need a QApplication, not a display: paint offscreen unless
        // told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    PlanDesk::installTranslations(*app);
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return PlanDesk::Cli::Failure;
    return PlanDesk::Cli::run(QCoreApplication::arguments(), out, err);
}

/// The window's database, locked for this window or opened read-only (see
/// OpenGuard); the default one is made on first start.
PlanDesk::Result<PlanDesk::WindowDatabase> openForWindow(const QString &path, bool isDefault)
{
    using PlanDesk::Database;
    return PlanDesk::OpenGuard::open(nullptr, path, [&path, isDefault](Database::Access access) {
        if (isDefault && access == Database::Access::ReadWrite && !QFileInfo::exists(path))
            return PlanDesk::DefaultDatabase::openOrCreate(path);
        return PlanDesk::LedgerSafety::openOrRecover(nullptr, path, access);
    });
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(PlanDesk::applicationIcon());
    // Wayland and the taskbar match the window to plandesk.desktop.
    QGuiApplication::setDesktopFileName(u"plandesk"_s);
    const QStringList arguments = QCoreApplication::arguments();
    // --lang for this start, else the language chosen in View ▸ Language.
    QString language = optionValue(arguments, u"--lang"_s);
    if (language.isEmpty())
        language = QSettings().value(u"ui/language"_s).toString();
    PlanDesk::installTranslations(app, language);
    // Windows has YaHei and SimSun, Linux has Noto Sans CJK SC: name all so
    // each machine picks a Simplified Chinese face, never a Japanese one.
    QFont font = QApplication::font();
    font.setFamilies({u"Microsoft YaHei"_s, u"SimSun"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "PlanDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"db"_s,
         QCoreApplication::translate("main",
                                     "The database to open: a file, or a shared ledger "
                                     "on a server (postgresql://USER@SERVER/DATABASE)."),
         u"FILE"_s});
    parser.addOption({u"lang"_s,
                      QCoreApplication::translate("main", "Interface language (zh_CN or en)."),
                      u"LANG"_s});
    parser.addOption(
        {u"as-of"_s,
         QCoreApplication::translate("main", "Judge pace on this date instead of today."),
         u"DATE"_s});
    parser.addOption({u"screenshots"_s,
                      QCoreApplication::translate("main",
                                                  "Save a picture of every page into DIR "
                                                  "and quit (for the documentation)."),
                      u"DIR"_s});
    parser.process(app);

    const bool named = parser.isSet(u"db"_s);
    auto opened =
        openForWindow(named ? parser.value(u"db"_s) : PlanDesk::DefaultDatabase::path(), !named);
    if (!opened) {
        if (opened.error().isEmpty()) // the user cancelled
            return 1;
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "PlanDesk"),
                              opened.error());
        return 1;
    }
    PlanDesk::MainWindow window(std::move(opened->database));
    window.keepSessionLock(std::move(opened->lock));
    if (parser.isSet(u"as-of"_s)) {
        const QDate asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid()) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "PlanDesk"),
                QCoreApplication::translate("main", "--as-of takes a date like 2019-06-30."));
            return 2;
        }
        window.workspace().setAsOf(asOf);
    }
    if (parser.isSet(u"screenshots"_s))
        return PlanDesk::saveScreenshots(window, parser.value(u"screenshots"_s)) ? 0 : 1;
    window.show();
    PlanDesk::afterFirstPaint(window, [&window] {
        window.showRemindersIfDue();
        window.ledgerSafety()->checkInBackground();
    });
    // Installed last, so it sees the first paint first: the benchmark times
    // the window, not the reminders that follow it.
    PlanDesk::FirstPaintProbe::installIfRequested(window);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (PlanDesk::Cli::isCommandInvocation(arguments))
        return runCommand(argc, argv, PlanDesk::Cli::needsPainting(arguments));
    return runWindow(argc, argv);
}
