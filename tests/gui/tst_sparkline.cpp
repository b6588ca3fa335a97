#include <QImage>
#include <QPainter>
#include <QTest>

#include "widgets/sparkline.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

IndicatorValue value(const QString &period, const char16_t *number, bool sample = false)
{
    IndicatorValue v;
    v.period = period;
    v.value = *Decimal::parse(QStringView(number));
    v.sample = sample;
    return v;
}

/// Paints the widget into an image, as a print or a screenshot would.
QImage render(Sparkline &sparkline)
{
    QImage image(sparkline.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    sparkline.render(&image);
    return image;
}

bool hasInk(const QImage &image, const QColor &background)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) != background)
                return true;
        }
    }
    return false;
}

} // namespace

class TestSparkline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldDrawANoteWithoutValues()
    {
        Sparkline sparkline;
        sparkline.resize(400, 160);
        sparkline.setTarget(Decimal::fromInteger(200), u"Target ≥ 200 (2020)"_s);
        QVERIFY(sparkline.plottedPoints().isEmpty());
        const QImage image = render(sparkline);
        QVERIFY(!image.isNull());
        QVERIFY(hasInk(image, sparkline.palette().base().color())); // frame and note
    }

    void shouldDrawOneValueInTheMiddle()
    {
        Sparkline sparkline;
        sparkline.resize(400, 160);
        sparkline.setValues({value(u"2019"_s, u"3.41")});
        sparkline.setTarget(Decimal::fromUnits(42000), u"Target > 4.2 (2020)"_s);
        const QList<Sparkline::PlottedPoint> points = sparkline.plottedPoints();
        QCOMPARE(points.size(), 1);
        QCOMPARE(qRound(points.constFirst().position.x()), 200);
        QVERIFY(QRectF(sparkline.rect()).contains(points.constFirst().position));
        QVERIFY(!render(sparkline).isNull());

        // Without a target, a single value still has a height to sit in.
        sparkline.setTarget(std::nullopt, QString());
        QVERIFY(QRectF(sparkline.rect()).contains(sparkline.plottedPoints().constFirst().position));
        QVERIFY(!render(sparkline).isNull());
    }

    void shouldOrderPointsByPeriodEnd()
    {
        Sparkline sparkline;
        sparkline.resize(480, 180);
        // Given out of order, and in an order text sorting would get wrong.
        sparkline.setValues({value(u"2020"_s, u"3.96"), value(u"2019-Q3"_s, u"3.2", true),
                             value(u"2018"_s, u"2.92"), value(u"2019-05"_s, u"3.05"),
                             value(u"2019-H1"_s, u"3.1")});
        sparkline.setTarget(Decimal::fromUnits(42000), u"Target > 4.2 (2020)"_s);
        const QList<Sparkline::PlottedPoint> points = sparkline.plottedPoints();
        QStringList periods;
        for (const Sparkline::PlottedPoint &p : points)
            periods << p.period;
        QCOMPARE(periods,
                 (QStringList {u"2018"_s, u"2019-05"_s, u"2019-H1"_s, u"2019-Q3"_s, u"2020"_s}));
        for (int i = 1; i < points.size(); ++i) {
            QVERIFY(points.at(i).position.x() > points.at(i - 1).position.x());
            QVERIFY(QRectF(sparkline.rect()).contains(points.at(i).position));
        }
        // Higher values are drawn higher up.
        QVERIFY(points.at(4).position.y() < points.at(0).position.y());
        QVERIFY(points.at(3).sample);
        // Time runs in proportion: May 2019 lies 5 months past the end of 2018.
        const double perDay = (points.at(4).position.x() - points.at(0).position.x())
            / double(QDate(2018, 12, 31).daysTo(QDate(2020, 12, 31)));
        QVERIFY(qAbs(points.at(1).position.x() - points.at(0).position.x()
                     - perDay * double(QDate(2018, 12, 31).daysTo(QDate(2019, 5, 31))))
                < 0.5);
        const QImage image = render(sparkline);
        QVERIFY(hasInk(image, sparkline.palette().base().color()));
    }

    void shouldDrawTheTargetDashed()
    {
        Sparkline sparkline;
        sparkline.resize(400, 160);
        sparkline.setValues({value(u"2016"_s, u"2.05"), value(u"2020"_s, u"3.96")});
        sparkline.setTarget(Decimal::fromUnits(42000), QString());
        const QImage image = render(sparkline);
        // Walk along the target's row: red ink, interrupted (dashed).
        const QList<Sparkline::PlottedPoint> points = sparkline.plottedPoints();
        const double span = points.at(0).position.y() - points.at(1).position.y();
        const int y = qRound(points.at(1).position.y() - span * (4.2 - 3.96) / (3.96 - 2.05));
        int red = 0, gaps = 0;
        bool wasRed = false;
        for (int x = qRound(points.at(0).position.x()); x < qRound(points.at(1).position.x());
             ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool isRed = c.red() > 150 && c.green() < 120 && c.blue() < 120;
            red += isRed ? 1 : 0;
            gaps += wasRed && !isRed ? 1 : 0;
            wasRed = isRed;
        }
        QVERIFY2(red > 50, qPrintable(QString::number(red)));
        QVERIFY2(gaps > 5, qPrintable(QString::number(gaps)));
    }
};

QTEST_MAIN(TestSparkline)
#include "tst_sparkline.moc"
