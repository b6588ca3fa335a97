#include "widgets/sparkline.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>

#include "domain/period.h"
#include "editing/localenumber.h"
#include "models/periodorder.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QColor lineColor(0x15, 0x65, 0xc0);
const QColor targetColor(0xc6, 0x28, 0x28);
constexpr double markerRadius = 3.5;
constexpr double gap = 4.0;

/// Indices of `rects` to draw so that none overlaps another: the first and
/// the last always (the last wins when only one fits), the rest where room.
QList<int> fitting(const QList<QRectF> &rects)
{
    const int n = static_cast<int>(rects.size());
    if (n <= 1)
        return n == 1 ? QList<int> {0} : QList<int> {};
    const auto clash = [&](int a, int b) {
        return rects.at(a).adjusted(-gap, 0, gap, 0).intersects(rects.at(b));
    };
    QList<int> chosen;
    if (!clash(0, n - 1))
        chosen << 0;
    for (int i = 1; i < n - 1; ++i) {
        if ((chosen.isEmpty() || !clash(chosen.constLast(), i)) && !clash(i, n - 1))
            chosen << i;
    }
    chosen << n - 1;
    return chosen;
}

QRectF textRect(const QFontMetricsF &fm, const QString &text, QPointF anchorBottomCentre)
{
    const QSizeF size(fm.horizontalAdvance(text), fm.height());
    return QRectF(anchorBottomCentre.x() - size.width() / 2, anchorBottomCentre.y() - size.height(),
                  size.width(), size.height());
}

/// `r` moved sideways to lie inside `bounds`.
QRectF clampedInto(QRectF r, const QRectF &bounds)
{
    if (r.left() < bounds.left())
        r.moveLeft(bounds.left());
    if (r.right() > bounds.right())
        r.moveRight(bounds.right());
    return r;
}

} // namespace

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

Sparkline::~Sparkline() = default;

void Sparkline::setValues(const QList<IndicatorValue> &values)
{
    m_values.clear();
    for (const IndicatorValue &v : sortedByPeriod(values)) {
        if (Period::parse(v.period))
            m_values << v;
    }
    updateToolTip();
    update();
}

void Sparkline::setTarget(std::optional<Decimal> value, const QString &caption)
{
    m_target = value;
    m_targetCaption = caption;
    updateToolTip();
    update();
}

QSize Sparkline::sizeHint() const
{
    return QSize(420, 180);
}

QSize Sparkline::minimumSizeHint() const
{
    return QSize(200, 110);
}

double Sparkline::Frame::yFor(double v) const
{
    return plot.bottom() - (v - low) / (high - low) * plot.height();
}

Sparkline::Frame Sparkline::frame() const
{
    const QFontMetricsF fm(font());
    Frame f;
    // Room above for the caption and value labels, below for the periods.
    f.plot = QRectF(rect()).adjusted(fm.height() * 0.8 + gap, 2 * fm.height() + gap,
                                     -(fm.height() * 0.8 + gap), -(fm.height() + 2 * gap));
    if (m_values.isEmpty())
        return f;
    double low = m_values.constFirst().value.toDouble();
    double high = low;
    for (const IndicatorValue &v : m_values) {
        low = std::min(low, v.value.toDouble());
        high = std::max(high, v.value.toDouble());
    }
    if (m_target) {
        low = std::min(low, m_target->toDouble());
        high = std::max(high, m_target->toDouble());
    }
    const double span = high > low ? high - low : std::max(std::abs(high), 1.0);
    f.low = low - span * 0.08;
    f.high = high + span * 0.08;

    const qint64 first = Period::parse(m_values.constFirst().period)->lastDay().toJulianDay();
    const qint64 last = Period::parse(m_values.constLast().period)->lastDay().toJulianDay();
    const int n = static_cast<int>(m_values.size());
    for (int i = 0; i < n; ++i) {
        const IndicatorValue &v = m_values.at(i);
        const qint64 day = Period::parse(v.period)->lastDay().toJulianDay();
        // Time runs proportionally; equal ends (one value, or 2019 and
        // 2019-Q4 alone) fall back to even steps.
        const double share = last > first ? double(day - first) / double(last - first)
                                          : (n > 1 ? double(i) / (n - 1) : 0.5);
        f.points << PlottedPoint {
            v.period, v.value, v.sample,
            QPointF(f.plot.left() + share * f.plot.width(), f.yFor(v.value.toDouble()))};
    }
    return f;
}

QList<Sparkline::PlottedPoint> Sparkline::plottedPoints() const
{
    return frame().points;
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    const Frame f = frame();
    if (f.points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No values reported yet"));
        return;
    }

    QPainterPath line;
    line.moveTo(f.points.constFirst().position);
    for (const PlottedPoint &point : f.points)
        line.lineTo(point.position);
    p.setPen(QPen(lineColor, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(line);

    bool anySample = false;
    for (const PlottedPoint &point : f.points) {
        anySample = anySample || point.sample;
        p.setPen(QPen(lineColor, 1.5));
        p.setBrush(point.sample ? palette().base() : QBrush(lineColor));
        p.drawEllipse(point.position, markerRadius, markerRadius);
    }
    p.setBrush(Qt::NoBrush);

    const QList<QRectF> taken = drawLabels(p, f);
    drawTarget(p, f, taken);

    if (anySample) {
        QFont italic = font();
        italic.setItalic(true);
        p.setFont(italic);
        p.setPen(palette().color(QPalette::PlaceholderText));
        const QFontMetricsF fm(italic);
        const QPointF at(gap + markerRadius * 2 + gap, gap + fm.ascent());
        p.drawText(at, tr("Hollow points: sample data"));
        p.setPen(QPen(lineColor, 1.5));
        p.drawEllipse(QPointF(gap + markerRadius, gap + fm.height() / 2), markerRadius,
                      markerRadius);
    }
}

QList<QRectF> Sparkline::drawLabels(QPainter &p, const Frame &f) const
{
    const QFontMetricsF fm(font());
    const QRectF bounds = QRectF(rect()).adjusted(2, 0, -2, 0);
    QList<QRectF> periodRects;
    QList<QRectF> valueRects;
    for (const PlottedPoint &point : f.points) {
        periodRects << clampedInto(
            textRect(fm, point.period, QPointF(point.position.x(), height() - gap)), bounds);
        const QString value = LocaleNumber::format(point.value);
        QRectF above = textRect(fm, value, point.position - QPointF(0, markerRadius + gap / 2));
        // Near the top the label goes below its point.
        if (above.top() < fm.height() + gap)
            above.moveTop(point.position.y() + markerRadius + gap / 2);
        valueRects << clampedInto(above, bounds);
    }
    QList<QRectF> taken;
    p.setPen(palette().color(QPalette::Text));
    for (int i : fitting(periodRects))
        p.drawText(periodRects.at(i), Qt::AlignCenter, f.points.at(i).period);
    p.setPen(lineColor.darker(130));
    for (int i : fitting(valueRects)) {
        p.drawText(valueRects.at(i), Qt::AlignCenter, LocaleNumber::format(f.points.at(i).value));
        taken << valueRects.at(i);
    }
    for (const PlottedPoint &point : f.points)
        taken << QRectF(point.position - QPointF(markerRadius, markerRadius),
                        QSizeF(2 * markerRadius, 2 * markerRadius));
    return taken;
}

void Sparkline::drawTarget(QPainter &p, const Frame &f, const QList<QRectF> &taken) const
{
    if (!m_target)
        return;
    const double y = f.yFor(m_target->toDouble());
    p.setPen(QPen(targetColor, 1.5, Qt::DashLine));
    p.drawLine(QPointF(f.plot.left() - gap, y), QPointF(f.plot.right() + gap, y));
    if (m_targetCaption.isEmpty())
        return;
    // The caption goes to the first free place: above or below, left or right.
    const QFontMetricsF fm(font());
    const QSizeF size(fm.horizontalAdvance(m_targetCaption), fm.height());
    const double aboveTop = y - size.height() - 1;
    const double belowTop = y + 1;
    const QList<QRectF> places = {
        QRectF(QPointF(f.plot.left(), aboveTop), size),
        QRectF(QPointF(f.plot.right() - size.width(), aboveTop), size),
        QRectF(QPointF(f.plot.left(), belowTop), size),
        QRectF(QPointF(f.plot.right() - size.width(), belowTop), size),
    };
    QRectF chosen = places.constFirst();
    for (const QRectF &place : places) {
        const bool free = std::none_of(taken.cbegin(), taken.cend(),
                                       [&](const QRectF &r) { return r.intersects(place); });
        if (free && QRectF(rect()).contains(place)) {
            chosen = place;
            break;
        }
    }
    p.setPen(targetColor);
    p.drawText(chosen, Qt::AlignCenter, m_targetCaption);
}

void Sparkline::updateToolTip()
{
    QStringList lines;
    for (const IndicatorValue &v : m_values)
        lines << tr("%1: %2").arg(v.period, LocaleNumber::format(v.value));
    if (m_target)
        lines << m_targetCaption;
    setToolTip(lines.join(u'\n'));
}

} // namespace PlanDesk
