#pragma once

#include <optional>

#include <QList>
#include <QPointF>
#include <QWidget>

#include "domain/entities.h"

namespace PlanDesk {

/// A small line chart of one indicator's values over time, painted with
/// QPainter: periods along the x axis by their last day, a marker on every
/// point (hollow for sample data) so it reads in black and white, the value
/// and period written where there is room, and the target as a dashed line.
/// Zero values show a note instead of a chart; one value is a single point.
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    /// One value where paintEvent() draws it.
    struct PlottedPoint
    {
        QString period;
        Decimal value;
        bool sample = false;
        QPointF position;
    };

    explicit Sparkline(QWidget *parent = nullptr);
    ~Sparkline() override;

    /// Values in any order; they are drawn in period order.
    void setValues(const QList<IndicatorValue> &values);
    /// The dashed line and its caption ("Target: > 4.2 by 2020"); none when
    /// `value` is empty.
    void setTarget(std::optional<Decimal> value, const QString &caption);
    /// The points as painted at the widget's current size, in period order.
    QList<PlottedPoint> plottedPoints() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Frame
    {
        QRectF plot;
        double low = 0;
        double high = 1;
        QList<PlottedPoint> points;
        double yFor(double v) const;
    };

    Frame frame() const;
    void updateToolTip();
    void drawTarget(QPainter &p, const Frame &f, const QList<QRectF> &taken) const;
    QList<QRectF> drawLabels(QPainter &p, const Frame &f) const;

    QList<IndicatorValue> m_values; // in period order
    std::optional<Decimal> m_target;
    QString m_targetCaption;
};

} // namespace PlanDesk
