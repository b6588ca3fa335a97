#pragma once

#include <QObject>

class QWidget;

namespace PlanDesk {

/// For plandesk-bench: when PLANDESK_BENCH_FIRST_PAINT=1, the window's
/// first paint is reported on standard error as "painted <peak RSS in kB>"
/// ("painted -" where the peak is unknown) and the program ends at once,
/// so the benchmark can time start-up to a painted window. Does nothing
/// otherwise. Links nothing but Qt Widgets, so the bare-window floor
/// program shares it.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    /// Watches `window` when the environment asks for it.
    static void installIfRequested(QWidget &window);
    /// The process's peak resident set (VmHWM) in kB; -1 where unknown.
    static qint64 peakResidentKiB();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    static void reportAndExit();

    bool m_painted = false;
};

} // namespace PlanDesk
