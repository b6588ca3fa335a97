#include "charttheme.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontDatabase>
#include <QLegend>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::ChartTheme {

namespace {

/// The first of the Chinese faces this machine has. Naming a missing face
/// first would let fontconfig substitute a Latin one (DejaVu) for digits and
/// letters, which PDF viewers then cannot search or copy reliably.
QStringList chineseFamilies()
{
    static const QStringList families = [] {
        const QStringList wanted = {u"Microsoft YaHei"_s, u"SimSun"_s, u"Noto Sans CJK SC"_s};
        const QStringList installed = QFontDatabase::families();
        QStringList available;
        for (const QString &family : wanted) {
            if (installed.contains(family, Qt::CaseInsensitive))
                available << family;
        }
        return available.isEmpty() ? wanted : available;
    }();
    return families;
}

} // namespace

QFont font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(chineseFamilies());
    // Shaping swaps in glyphs (ligatures, alternate digits) that the PDF's
    // Unicode map cannot name, so searching and copying the briefing lost
    // them; plain glyphs come straight from the font's character map.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void apply(QChart &chart)
{
    chart.setTheme(QChart::ChartThemeLight);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setDropShadowEnabled(false);
    chart.setBackgroundBrush(Qt::white);
    chart.setBackgroundRoundness(0);
    chart.setTitleFont(font(11, true));
    chart.setTitleBrush(Qt::black);
    chart.setMargins(QMargins(6, 6, 6, 6));
    chart.legend()->setFont(font(8.5));
    chart.legend()->setLabelColor(Qt::black);
    chart.legend()->setAlignment(Qt::AlignBottom);
}

void styleAxis(QAbstractAxis &axis)
{
    axis.setLabelsFont(font(8));
    axis.setLabelsColor(Qt::black);
    axis.setTitleFont(font(8.5));
    axis.setTitleBrush(Qt::black);
    axis.setLinePen(QPen(Qt::black, 1));
    axis.setGridLinePen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.6, Qt::DotLine));
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    styleAxis(*axis);
    return axis;
}

void setAxes(QChart &chart, QAbstractAxis *x, QAbstractAxis *y)
{
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart.series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QPen actualPen()
{
    return QPen(QColor(0x15, 0x65, 0xc0), 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QPen requiredPen()
{
    return QPen(QColor(0x42, 0x42, 0x42), 1.6, Qt::DashLine);
}

QPen projectionPen()
{
    return QPen(QColor(0xc6, 0x28, 0x28), 2.0, Qt::DotLine, Qt::RoundCap);
}

QPen targetPen()
{
    return QPen(QColor(0x2e, 0x7d, 0x32), 1.2, Qt::DashDotLine);
}

qreal toAxis(const QDate &date)
{
    return static_cast<qreal>(date.toJulianDay());
}

QDate fromAxis(qreal value)
{
    return QDate::fromJulianDay(qRound64(value));
}

QCategoryAxis *yearAxis(const QDate &from, const QDate &to)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(toAxis(from), toAxis(to));
    axis->setStartValue(toAxis(from));
    for (int year = from.year(); year <= to.year(); ++year) {
        const QDate end(year, 12, 31);
        if (end >= from && end <= to)
            axis->append(QString::number(year), toAxis(end));
    }
    styleAxis(*axis);
    return axis;
}

} // namespace PlanDesk::ChartTheme
