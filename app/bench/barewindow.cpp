// plandesk-bare-window: the floor plandesk-bench measures PlanDesk's start-up
// and peak memory against. The least a window like PlanDesk's can be: a
// QMainWindow with a menu bar, a tool bar, a status bar and an empty tree
// view, the same fonts and the same first-paint probe, no database.

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

#include "windows/firstpaintprobe.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As PlanDesk's main.cpp: a Simplified Chinese face on every machine.
    QFont font = QApplication::font();
    font.setFamilies({u"Microsoft YaHei"_s, u"SimSun"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);

    QMainWindow window;
    window.setWindowTitle(u"PlanDesk 督办台账"_s);
    QMenu *file = window.menuBar()->addMenu(u"文件"_s);
    QAction *quit = file->addAction(u"退出"_s);
    QObject::connect(quit, &QAction::triggered, &app, &QApplication::quit);
    window.menuBar()->addMenu(u"编辑"_s);
    window.menuBar()->addMenu(u"视图"_s);
    window.addToolBar(u"工具"_s)->addAction(quit);
    window.setCentralWidget(new QTreeView(&window));
    window.statusBar()->showMessage(u"就绪"_s);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        window.resize(screen->availableSize() * 0.9);

    PlanDesk::FirstPaintProbe::installIfRequested(window);
    window.show();
    return app.exec();
}
