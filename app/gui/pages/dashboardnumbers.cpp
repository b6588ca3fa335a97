#include "pages/dashboardnumbers.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "report/briefing.h"
#include "widgets/paceicons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString paceName(PaceLight light)
{
    return u"paceCount%1"_s.arg(static_cast<int>(light));
}

} // namespace

DashboardNumbers::DashboardNumbers(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_targetsCaption(nullptr)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    addTile(u"taskCount"_s, tr("Tasks and measures"), {},
            tr("Key tasks and safeguard measures, without the work items they are split into"));
    const QString paceRule =
        tr("Pace (序时进度): expected progress is the share of time elapsed between start and "
           "due date, as reported by the lead department by the date.");
    for (PaceLight light : {PaceLight::Done, PaceLight::Green, PaceLight::Yellow, PaceLight::Red,
                            PaceLight::NotStarted})
        addTile(paceName(light), paceText(light), paceIcon(light), paceRule);
    addTile(u"overdueCount"_s, tr("Overdue"), {}, tr("Past their due date and not done"), true);
    m_targetsCaption = addTile(u"targetsMet"_s, tr("Targets met"), {},
                               tr("Indicators whose latest value known by the date meets the "
                                  "target"));
    addTile(u"openActions"_s, tr("Open action items"), {},
            tr("Decisions of the leading group's meetings not yet carried out by the date"));
    addTile(u"overdueActions"_s, tr("Action items overdue"), {},
            tr("Open action items past their due date"), true);
    m_layout->addStretch(1);
}

QLabel *DashboardNumbers::addTile(const QString &name, const QString &caption, const QIcon &icon,
                                  const QString &toolTip, bool alarming)
{
    auto *tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setToolTip(toolTip);
    tile->setMinimumWidth(fontMetrics().horizontalAdvance(u'字') * 6);
    auto *grid = new QGridLayout(tile);
    grid->setContentsMargins(8, 4, 8, 4);
    grid->setVerticalSpacing(0);
    if (!icon.isNull()) {
        auto *symbol = new QLabel(tile);
        symbol->setPixmap(icon.pixmap(20, 20));
        grid->addWidget(symbol, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    }
    auto *number = new QLabel(tile);
    number->setObjectName(name);
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    number->setFont(font);
    number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Red only where a number is bad news, and only while it is not zero.
    number->setProperty("alarming", alarming);
    grid->addWidget(number, 0, 1);
    auto *label = new QLabel(caption, tile);
    label->setAlignment(Qt::AlignCenter);
    grid->addWidget(label, 1, 0, 1, 2);
    m_numbers.insert(name, number);
    m_layout->addWidget(tile);
    return label;
}

void DashboardNumbers::setNumber(const QString &name, int value)
{
    QLabel *label = m_numbers.value(name);
    label->setText(QLocale().toString(value));
    const bool red = label->property("alarming").toBool() && value > 0;
    label->setStyleSheet(red ? u"color: #c62828;"_s : QString());
}

void DashboardNumbers::showBriefing(const Briefing &briefing)
{
    const PlanSummary &s = briefing.summary;
    setNumber(u"taskCount"_s, s.tasks);
    for (PaceLight light : {PaceLight::Done, PaceLight::Green, PaceLight::Yellow, PaceLight::Red,
                            PaceLight::NotStarted})
        setNumber(paceName(light), s.byLight.value(light));
    setNumber(u"overdueCount"_s, s.overdue);
    // Counted as the briefing counts them: from each indicator's pace.
    int met = 0;
    for (const IndicatorPace &p : briefing.indicators)
        met += p.targetMet ? 1 : 0;
    setNumber(u"targetsMet"_s, met);
    m_targetsCaption->setText(tr("Targets met, of %1").arg(briefing.indicators.size()));
    setNumber(u"openActions"_s, s.openActions);
    setNumber(u"overdueActions"_s, s.overdueActions);
}

} // namespace PlanDesk
