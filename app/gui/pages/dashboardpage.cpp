#include "pages/dashboardpage.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "database/database.h"
#include "editing/workspace.h"
#include "models/indicatortablemodel.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/taskrepository.h"
#include "rules/plansummary.h"
#include "widgets/paceicons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

void clear(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel *bigNumber(int n)
{
    auto *label = new QLabel(QLocale().toString(n));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(new QLabel(this))
    , m_tasks(new QGridLayout)
    , m_indicators(new QGridLayout)
    , m_actions(new QLabel(this))
{
    setObjectName(u"DashboardPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(u"dashboardHeading"_s);
    layout->addWidget(m_heading);
    auto *row = new QHBoxLayout;
    auto *taskBox = new QGroupBox(tr("Tasks and safeguard measures"), this);
    taskBox->setLayout(m_tasks);
    auto *indicatorBox = new QGroupBox(tr("Targets"), this);
    indicatorBox->setLayout(m_indicators);
    row->addWidget(taskBox, 1);
    row->addWidget(indicatorBox, 2);
    layout->addLayout(row);
    auto *actionBox = new QGroupBox(tr("Action items"), this);
    auto *actionLayout = new QVBoxLayout(actionBox);
    m_actions->setObjectName(u"actionSummary"_s);
    actionLayout->addWidget(m_actions);
    layout->addWidget(actionBox);
    layout->addStretch(1);

    connect(&m_workspace, &Workspace::ledgerChanged, this, &DashboardPage::reload);
    connect(&m_workspace, &Workspace::asOfChanged, this, &DashboardPage::reload);
    reload();
}

void DashboardPage::reload()
{
    Database &db = m_workspace.database();
    const qint64 plan = m_workspace.planId();
    IndicatorRepository indicatorRepository(db);
    const auto tasks = TaskRepository(db).tasks(plan);
    const auto indicators = indicatorRepository.indicators(plan);
    const auto values = indicatorRepository.valuesForPlan(plan);
    const auto actions = MeetingRepository(db).actionItemsForPlan(plan);
    if (!tasks || !indicators || !values || !actions)
        return emit errorOccurred(!tasks            ? tasks.error()
                                      : !indicators ? indicators.error()
                                      : !values     ? values.error()
                                                    : actions.error());
    const QDate asOf = m_workspace.asOf();
    const PlanSummary summary = summarize(*tasks, *indicators, *values, *actions, asOf);
    const QLocale locale;
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Where the plan stands on %1")
                                                .arg(locale.toString(asOf, QLocale::LongFormat))
                                                .toHtmlEscaped()));

    clear(m_tasks);
    int row = 0;
    for (PaceLight light : {PaceLight::Done, PaceLight::Green, PaceLight::Yellow, PaceLight::Red,
                            PaceLight::NotStarted}) {
        auto *icon = new QLabel;
        icon->setPixmap(paceIcon(light).pixmap(24, 24));
        m_tasks->addWidget(icon, row, 0);
        m_tasks->addWidget(new QLabel(paceText(light)), row, 1);
        QLabel *count = bigNumber(summary.byLight.value(light));
        count->setObjectName(u"paceCount%1"_s.arg(static_cast<int>(light)));
        m_tasks->addWidget(count, row++, 2);
    }
    auto *overdueLabel = new QLabel(tr("of which overdue"));
    m_tasks->addWidget(overdueLabel, row, 1);
    QLabel *overdue = bigNumber(summary.overdue);
    overdue->setObjectName(u"overdueCount"_s);
    overdue->setStyleSheet(u"color: #c62828;"_s);
    m_tasks->addWidget(overdue, row++, 2);
    m_tasks->addWidget(new QLabel(tr("Total")), row, 1);
    m_tasks->addWidget(bigNumber(summary.tasks), row, 2);

    clear(m_indicators);
    const QStringList headers = {tr("Indicator"), tr("Latest"), tr("Target"), tr("Standing")};
    for (int c = 0; c < headers.size(); ++c)
        m_indicators->addWidget(new QLabel(u"<b>%1</b>"_s.arg(headers.at(c).toHtmlEscaped())), 0,
                                c);
    row = 1;
    for (const PlanSummary::IndicatorStanding &s : summary.indicators) {
        auto *name = new QLabel(s.indicator.name);
        name->setWordWrap(true);
        m_indicators->addWidget(name, row, 0);
        m_indicators->addWidget(new QLabel(s.latest ? tr("%1 %2 (%3)")
                                                          .arg(s.latest->value.toString(),
                                                               s.indicator.unit, s.latest->period)
                                                    : tr("not reported")),
                                row, 1);
        m_indicators->addWidget(
            new QLabel(u"%1 %2 %3 (%4)"_s
                           .arg(comparisonSymbol(s.indicator.comparison),
                                s.indicator.targetValue.toString(), s.indicator.unit)
                           .arg(s.indicator.targetYear)),
            row, 2);
        auto *standing = new QLabel(s.targetMet ? tr("✓ target met") : tr("✗ not yet met"));
        standing->setStyleSheet(s.targetMet ? u"color: #1565c0;"_s : u"color: #c62828;"_s);
        m_indicators->addWidget(standing, row++, 3);
    }
    m_indicators->setColumnStretch(0, 1);

    m_actions->setText(
        tr("%n open action item(s), of which %1 past due.", nullptr, summary.openActions)
            .arg(summary.overdueActions));
}

} // namespace PlanDesk
