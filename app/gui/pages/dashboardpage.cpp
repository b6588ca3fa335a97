#include "pages/dashboardpage.h"

#include <algorithm>

#include <QChart>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "editing/workspace.h"
#include "indicatorcharts.h"
#include "pages/dashboarddrilldown.h"
#include "pages/dashboardnumbers.h"
#include "report/briefing.h"
#include "taskcharts.h"
#include "widgets/chartpanel.h"
#include "widgets/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Charts of sample data say so in their title, on screen and in every
/// copy, so a pasted image cannot pass for the office's records.
ChartPanel::Builder markedIfSample(bool sample, ChartPanel::Builder build)
{
    if (!sample)
        return build;
    return [build] {
        std::unique_ptr<QChart> chart = build();
        chart->setTitle(DashboardPage::tr("%1 (sample data)").arg(chart->title()));
        return chart;
    };
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_openTasks([this](const TaskQuery &query) { emit tasksRequested(query); })
    , m_openIndicator(
          [this](qint64 id, const QString &period) { emit indicatorRequested(id, period); })
{
    setObjectName(u"DashboardPage"_s);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(createHeading());
    m_body = new QWidget(content);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_numbers = new DashboardNumbers(m_body);
    body->addWidget(m_numbers);
    body->addWidget(createCharts(), 1);
    column->addWidget(m_body, 1);

    // Small screens (1366×768 is common in offices) scroll down to the rest.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_workspace, &Workspace::ledgerChanged, this, &DashboardPage::requestReload);
    connect(&m_workspace, &Workspace::asOfChanged, this, &DashboardPage::requestReload);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::createHeading()
{
    auto *heading = new QWidget;
    auto *row = new QHBoxLayout(heading);
    row->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(heading);
    m_heading->setObjectName(u"dashboardHeading"_s);
    row->addWidget(m_heading);
    m_sampleNotice = new QLabel(
        tr("Contains sample data from “plandesk init --demo”, not the office's records"), heading);
    m_sampleNotice->setObjectName(u"sampleNotice"_s);
    m_sampleNotice->setStyleSheet(u"QLabel { color: #b71c1c; font-weight: bold; }"_s);
    m_sampleNotice->hide();
    row->addWidget(m_sampleNotice);
    row->addStretch(1);
    auto *print = new QPushButton(bundledIcon(u"document-print"_s), tr("Print Briefing…"), heading);
    print->setObjectName(u"printBriefingButton"_s);
    print->setToolTip(tr("Print the briefing for the regular meeting, or save it as PDF"));
    connect(print, &QPushButton::clicked, this, &DashboardPage::briefingRequested);
    row->addWidget(print);
    return heading;
}

QWidget *DashboardPage::createCharts()
{
    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString listTasks = tr("Click a bar to list its tasks on the Plan page. "
                                 "Right-click to copy or save the chart.");
    const QString listIndicator = tr("Click a bar or point to open the indicator and its values. "
                                     "Right-click to copy or save the chart.");
    m_groupsChart = addPanel(u"tasksByGroupChart"_s, listTasks, true);
    m_progressChart =
        addPanel(u"progressChart"_s, tr("Right-click to copy or save the chart."), false);
    m_targetsChart = addPanel(u"targetsChart"_s, listIndicator, true);
    m_pacingChart = addPanel(u"pacingChart"_s, listIndicator, true);
    m_departmentsChart = addPanel(u"departmentsChart"_s, listTasks, true);

    auto *choice = new QWidget;
    auto *choiceRow = new QHBoxLayout(choice);
    choiceRow->setContentsMargins(6, 4, 40, 0); // clear of the panel's menu button
    m_indicatorCombo = new QComboBox(choice);
    m_indicatorCombo->setObjectName(u"indicatorCombo"_s);
    m_indicatorCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicatorCombo->setMinimumContentsLength(16);
    auto *caption = new QLabel(tr("&Indicator:"), choice);
    caption->setBuddy(m_indicatorCombo);
    choiceRow->addWidget(caption);
    choiceRow->addWidget(m_indicatorCombo, 1);
    m_pacingChart->setHeader(choice);
    connect(m_indicatorCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::showPacing);

    grid->addWidget(m_groupsChart, 0, 0);
    grid->addWidget(m_progressChart, 0, 1);
    grid->addWidget(m_targetsChart, 1, 0);
    grid->addWidget(m_pacingChart, 1, 1);
    grid->addWidget(m_departmentsChart, 2, 0, 1, 2);
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c, 1);
    return charts;
}

ChartPanel *DashboardPage::addPanel(const QString &name, const QString &hint, bool clickable)
{
    auto *panel = new ChartPanel;
    panel->setObjectName(name);
    panel->setMinimumHeight(330);
    panel->setHint(hint, clickable);
    return panel;
}

void DashboardPage::requestReload()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::reload()
{
    m_stale = false;
    const QDate asOf = m_workspace.asOf();
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Where the plan stands on %1")
                                                .arg(QLocale().toString(asOf, QLocale::LongFormat))
                                                .toHtmlEscaped()));
    // Nothing is better than the figures of another database or date.
    if (m_workspace.planId() == 0) {
        m_briefing.reset();
        m_body->hide();
        m_sampleNotice->hide();
        m_heading->setText(tr("This database holds no plan."));
        return;
    }
    Result<Briefing> loaded =
        BriefingLoader(m_workspace.database()).load(m_workspace.planId(), asOf);
    if (!loaded) {
        m_briefing.reset();
        m_body->hide();
        m_sampleNotice->hide();
        return emit errorOccurred(loaded.error());
    }
    m_body->show();
    m_briefing = std::make_shared<const Briefing>(std::move(loaded).value());
    m_sampleNotice->setVisible(m_briefing->sample);
    m_numbers->showBriefing(*m_briefing);
    showCharts();
}

void DashboardPage::showCharts()
{
    const std::shared_ptr<const Briefing> b = m_briefing;
    const QString date = b->asOf.toString(Qt::ISODate);

    m_groupsChart->setChart(
        markedIfSample(b->sample, [b] { return TaskCharts::lightsByGroup(b->groups); }));
    m_groupsChart->setFileStem(tr("tasks-by-pace-%1").arg(date));
    DashboardDrillDown::connectGroups(*m_groupsChart->chart(), b->groups, m_openTasks);
    DashboardDrillDown::addGroupActions(*m_groupsChart->replaceOpenMenu(tr("&List Tasks")),
                                        *m_groupsChart->chart(), b->groups, m_openTasks);

    m_progressChart->setChart(
        markedIfSample(b->sample, [b] { return TaskCharts::progressOverTime(b->progress); }));
    m_progressChart->setFileStem(tr("progress-%1").arg(date));

    m_targetsChart->setChart(
        markedIfSample(b->sample, [b] { return IndicatorCharts::overview(b->indicators); }));
    m_targetsChart->setFileStem(tr("targets-%1").arg(date));
    DashboardDrillDown::connectOverview(*m_targetsChart->chart(), b->indicators, m_openIndicator);
    DashboardDrillDown::addOverviewActions(*m_targetsChart->replaceOpenMenu(tr("&Open Indicator")),
                                           b->indicators, m_openIndicator);

    m_departmentsChart->setChart(markedIfSample(
        b->sample, [b] { return DepartmentCharts::paceByDepartment(b->departments); }));
    m_departmentsChart->setFileStem(tr("departments-%1").arg(date));
    // One bar a department, tall enough to be read and clicked.
    m_departmentsChart->setMinimumHeight(
        std::max(330, 130 + 26 * static_cast<int>(b->departments.size())));
    DashboardDrillDown::connectDepartments(*m_departmentsChart->chart(), b->departments,
                                           m_openTasks);
    DashboardDrillDown::addDepartmentActions(
        *m_departmentsChart->replaceOpenMenu(tr("&List Tasks")), *m_departmentsChart->chart(),
        b->departments, m_openTasks);

    fillIndicatorChoice();
}

void DashboardPage::fillIndicatorChoice()
{
    const qint64 chosen = m_indicatorCombo->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_indicatorCombo);
        m_indicatorCombo->clear();
        for (const IndicatorPace &p : m_briefing->indicators)
            m_indicatorCombo->addItem(p.indicator.name, p.indicator.id);
        m_indicatorCombo->setCurrentIndex(std::max(0, m_indicatorCombo->findData(chosen)));
    }
    m_pacingChart->setVisible(m_indicatorCombo->count() > 0);
    showPacing();
}

void DashboardPage::showPacing()
{
    const int index = m_indicatorCombo->currentIndex();
    if (!m_briefing || index < 0 || index >= m_briefing->indicators.size())
        return;
    const std::shared_ptr<const Briefing> b = m_briefing;
    const IndicatorPace &pace = b->indicators.at(index);
    m_pacingChart->setChart(markedIfSample(
        b->sample, [b, index] { return IndicatorCharts::pacing(b->indicators.at(index)); }));
    m_pacingChart->setFileStem(
        u"%1-%2"_s.arg(pace.indicator.code.isEmpty() ? tr("indicator") : pace.indicator.code,
                       b->asOf.toString(Qt::ISODate)));
    DashboardDrillDown::connectPacing(*m_pacingChart->chart(), pace, m_openIndicator);
    DashboardDrillDown::addPacingActions(*m_pacingChart->replaceOpenMenu(tr("&Open Indicator")),
                                         pace, m_openIndicator);
}

} // namespace PlanDesk
