#include "windows/firstpaintprobe.h"

#include <cstdio>
#include <cstdlib>

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{
}

void FirstPaintProbe::installIfRequested(QWidget &window)
{
    if (qEnvironmentVariable("PLANDESK_BENCH_FIRST_PAINT") != u"1")
        return;
    window.installEventFilter(new FirstPaintProbe(&window));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The window paints before its children in the same pass: report
        // once the whole pass is done.
        QTimer::singleShot(0, &FirstPaintProbe::reportAndExit);
    }
    return QObject::eventFilter(watched, event);
}

qint64 FirstPaintProbe::peakResidentKiB()
{
#ifdef Q_OS_LINUX
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files claim to be empty: read to the end rather than trust atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
#endif
    return -1;
}

void FirstPaintProbe::reportAndExit()
{
    const qint64 peak = peakResidentKiB();
    if (peak >= 0)
        std::fprintf(stderr, "painted %lld\n", static_cast<long long>(peak));
    else
        std::fprintf(stderr, "painted -\n");
    std::fflush(stderr);
    // At once: no dialog that start-up opened may hold the process, and
    // nothing (window geometry, settings) is saved on the way out.
    std::_Exit(0);
}

} // namespace PlanDesk
