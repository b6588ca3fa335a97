#include "pages/indicatorspage.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QScrollBar>
#include <QSortFilterProxyModel>

#include "database/database.h"
#include "dialogs/conflictresolution.h"
#include "dialogs/indicatordialog.h"
#include "dialogs/indicatorvaluedialog.h"
#include "dialogs/saveonaccept.h"
#include "editing/localenumber.h"
#include "editing/versionededit.h"
#include "models/indicatortablemodel.h"
#include "models/indicatorvaluetablemodel.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "ui_indicatorspage.h"
#include "widgets/icons.h"
#include "widgets/lazyreload.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

bool sameValue(const IndicatorValue &a, const IndicatorValue &b)
{
    return a.period == b.period && a.value == b.value && a.source == b.source && a.asOf == b.asOf
        && a.note == b.note && a.sample == b.sample;
}

bool sameDefinition(const Indicator &a, const Indicator &b)
{
    return a.unit == b.unit && a.comparison == b.comparison && a.targetValue == b.targetValue
        && a.targetYear == b.targetYear && a.baselineValue == b.baselineValue
        && a.baselineYear == b.baselineYear && a.baselineSource == b.baselineSource
        && a.baselineSample == b.baselineSample && a.departmentId == b.departmentId;
}

} // namespace

IndicatorsPage::IndicatorsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::IndicatorsPage>())
    , m_indicators(new IndicatorTableModel(this))
    , m_values(new IndicatorValueTableModel(this))
    , m_indicatorProxy(new QSortFilterProxyModel(this))
    , m_valueProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_indicatorProxy->setSourceModel(m_indicators);
    m_indicatorProxy->setSortRole(IndicatorTableModel::SortRole);
    m_valueProxy->setSourceModel(m_values);
    m_valueProxy->setSortRole(IndicatorValueTableModel::SortRole);
    for (QTableView *table : {m_ui->indicatorTable, m_ui->valueTable}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setHighlightSections(false);
    }
    // The name takes the room the other, short columns leave.
    m_ui->indicatorTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->indicatorTable->setModel(m_indicatorProxy);
    // Plan order (the document's) until a header is clicked.
    m_ui->indicatorTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->indicatorTable->setSortingEnabled(true);
    m_ui->valueTable->setModel(m_valueProxy);
    m_ui->valueTable->horizontalHeader()->setSortIndicator(IndicatorValueTableModel::Period,
                                                           Qt::AscendingOrder);
    m_ui->valueTable->setSortingEnabled(true);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->valuesSplitter->setStretchFactor(0, 3);
    m_ui->valuesSplitter->setStretchFactor(1, 2);
    setUpActions();

    connect(m_ui->indicatorTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndicatorsPage::showSelectedIndicator);
    // A click moves the current row first and selects it after.
    connect(m_ui->valueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IndicatorsPage::updateButtons);
    m_lazyReload = new LazyReload(*this, [this] { reload(); });
    connect(&m_workspace, &Workspace::ledgerChanged, m_lazyReload, &LazyReload::request);
    m_lazyReload->request();
}

IndicatorsPage::~IndicatorsPage() = default;

void IndicatorsPage::setUpActions()
{
    // Insert adds a value anywhere on the page; F2, Enter and Delete act on
    // the table that has the focus. Double-click edits too; a single click
    // only selects, whatever the desktop's activation setting.
    const auto bind = [this](QWidget *target, const QList<QKeySequence> &keys,
                             void (IndicatorsPage::*slot)(), Qt::ShortcutContext context) {
        auto *action = new QAction(target);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        target->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    const QList<QKeySequence> editKeys = {Qt::Key_F2, Qt::Key_Return, Qt::Key_Enter};
    bind(this, {Qt::Key_Insert}, &IndicatorsPage::addValue, Qt::WidgetWithChildrenShortcut);
    bind(m_ui->valueTable, editKeys, &IndicatorsPage::editValue, Qt::WidgetShortcut);
    bind(m_ui->valueTable, {QKeySequence::Delete}, &IndicatorsPage::deleteValue,
         Qt::WidgetShortcut);
    bind(m_ui->indicatorTable, editKeys, &IndicatorsPage::editIndicator, Qt::WidgetShortcut);
    connect(m_ui->valueTable, &QAbstractItemView::doubleClicked, this, &IndicatorsPage::editValue);
    connect(m_ui->indicatorTable, &QAbstractItemView::doubleClicked, this,
            &IndicatorsPage::editIndicator);

    m_ui->editIndicatorButton->setIcon(bundledIcon(u"document-properties"_s));
    m_ui->addValueButton->setIcon(bundledIcon(u"list-add"_s));
    m_ui->editValueButton->setIcon(bundledIcon(u"accessories-text-editor"_s));
    m_ui->deleteValueButton->setIcon(bundledIcon(u"edit-delete"_s));
    m_ui->editIndicatorButton->setToolTip(tr("Edit the selected indicator's definition (F2)"));
    m_ui->addValueButton->setToolTip(tr("Add a value for the selected indicator (Insert)"));
    m_ui->editValueButton->setToolTip(tr("Edit the selected value (F2 or Enter)"));
    m_ui->deleteValueButton->setToolTip(tr("Delete the selected value (Delete)"));
    connect(m_ui->editIndicatorButton, &QPushButton::clicked, this, &IndicatorsPage::editIndicator);
    connect(m_ui->addValueButton, &QPushButton::clicked, this, &IndicatorsPage::addValue);
    connect(m_ui->editValueButton, &QPushButton::clicked, this, &IndicatorsPage::editValue);
    connect(m_ui->deleteValueButton, &QPushButton::clicked, this, &IndicatorsPage::deleteValue);
}

void IndicatorsPage::reload()
{
    Database &db = m_workspace.database();
    IndicatorRepository repository(db);
    Result<QList<Indicator>> indicators = repository.indicators(m_workspace.planId());
    Result<QList<IndicatorValue>> values = repository.valuesForPlan(m_workspace.planId());
    Result<QList<Department>> departments = DepartmentRepository(db).departments();
    if (!indicators || !values || !departments) {
        emit errorOccurred(!indicators ? indicators.error()
                                       : (!values ? values.error() : departments.error()));
        return;
    }
    // Keep the reader's place across the reload.
    const Indicator *indicator = currentIndicator();
    const IndicatorValue *value = currentValue();
    const qint64 indicatorId = indicator ? indicator->id : 0;
    const qint64 valueId = value ? value->id : 0;

    m_planValues = *values;
    m_departments = *departments;
    m_indicators->setIndicators(*indicators, m_departments, m_planValues);
    if (m_indicators->rowOf(indicatorId) >= 0)
        selectIndicator(indicatorId);
    else if (m_indicators->rowCount() > 0)
        selectIndicator(m_indicators->indicatorAt(0).id);
    showSelectedIndicator();
    selectValue(valueId);
    sizeColumns();
}

void IndicatorsPage::sizeColumns()
{
    if (m_columnsSized || m_indicators->rowCount() == 0)
        return;
    m_columnsSized = true;
    m_ui->indicatorTable->resizeColumnsToContents();
    m_ui->indicatorTable->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::Name,
                                                                   QHeaderView::Stretch);
    m_ui->valueTable->resizeColumnsToContents();
    // Sources and notes get room even while the first indicator has none.
    const int em = fontMetrics().horizontalAdvance(u'字');
    QTableView *values = m_ui->valueTable;
    values->setColumnWidth(
        IndicatorValueTableModel::Source,
        std::max(values->columnWidth(IndicatorValueTableModel::Source), 10 * em));
    values->setColumnWidth(IndicatorValueTableModel::Note,
                           std::max(values->columnWidth(IndicatorValueTableModel::Note), 8 * em));
}

void IndicatorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_paneSized)
        return;
    m_paneSized = true;
    // The indicators take the height of their rows (a plan has a handful),
    // at most two fifths of the page; the values and the chart the rest.
    QTableView *table = m_ui->indicatorTable;
    const int rows = std::max(3, m_indicators->rowCount());
    const int tableHeight = table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth()
        + table->horizontalScrollBar()->sizeHint().height();
    const int total = m_ui->splitter->height();
    const int top = std::min(total * 2 / 5,
                             m_ui->indicatorsCaption->sizeHint().height()
                                 + m_ui->indicatorsLayout->spacing() + tableHeight);
    m_ui->splitter->setSizes({top, total - top});
}

const Indicator *IndicatorsPage::currentIndicator() const
{
    const QModelIndex current = m_ui->indicatorTable->currentIndex();
    if (!current.isValid())
        return nullptr;
    const int row = m_indicatorProxy->mapToSource(current).row();
    return row >= 0 && row < m_indicators->rowCount() ? &m_indicators->indicatorAt(row) : nullptr;
}

const IndicatorValue *IndicatorsPage::currentValue() const
{
    const QModelIndex current = m_ui->valueTable->currentIndex();
    if (!current.isValid() || !m_ui->valueTable->selectionModel()->isSelected(current))
        return nullptr;
    const int row = m_valueProxy->mapToSource(current).row();
    return row >= 0 && row < m_values->rowCount() ? &m_values->valueAt(row) : nullptr;
}

void IndicatorsPage::selectIndicator(qint64 id, const QString &period)
{
    const int row = m_indicators->rowOf(id);
    if (row < 0)
        return;
    m_ui->indicatorTable->setCurrentIndex(
        m_indicatorProxy->mapFromSource(m_indicators->index(row, 0)));
    if (period.isEmpty())
        return;
    for (const IndicatorValue &v : m_values->values()) {
        if (v.period == period)
            return selectValue(v.id);
    }
}

void IndicatorsPage::selectValue(qint64 id)
{
    const int row = m_values->rowOf(id);
    if (row < 0)
        return;
    m_ui->valueTable->setCurrentIndex(m_valueProxy->mapFromSource(m_values->index(row, 0)));
}

void IndicatorsPage::showSelectedIndicator()
{
    const Indicator *indicator = currentIndicator();
    QList<IndicatorValue> values;
    if (indicator) {
        for (const IndicatorValue &v : std::as_const(m_planValues)) {
            if (v.indicatorId == indicator->id)
                values << v;
        }
    }
    m_values->setValues(values);
    m_ui->sparkline->setValues(values);
    if (indicator) {
        m_ui->valuesCaption->setText(
            tr("<b>Values of %1</b>").arg(indicator->name.toHtmlEscaped()));
        m_ui->sparkline->setTarget(indicator->targetValue,
                                   tr("Target %1 %2 (%3)")
                                       .arg(comparisonSymbol(indicator->comparison),
                                            LocaleNumber::format(indicator->targetValue))
                                       .arg(indicator->targetYear));
        showDefinition(*indicator);
    } else {
        m_ui->valuesCaption->setText(tr("Select an indicator to see its values."));
        m_ui->sparkline->setTarget(std::nullopt, QString());
        m_ui->definitionLabel->clear();
    }
    updateButtons();
}

void IndicatorsPage::showDefinition(const Indicator &indicator)
{
    QStringList lines;
    lines << tr("Target: %1 %2 %3 by the end of %4.")
                 .arg(comparisonSymbol(indicator.comparison),
                      LocaleNumber::format(indicator.targetValue), indicator.unit)
                 .arg(indicator.targetYear);
    if (indicator.baselineValue && indicator.baselineYear) {
        const QString baseline = indicator.baselineSample
            ? tr("Baseline: %1 %2 in %3 (sample data).")
            : tr("Baseline: %1 %2 in %3.");
        lines << baseline.arg(LocaleNumber::format(*indicator.baselineValue), indicator.unit)
                     .arg(*indicator.baselineYear);
    } else {
        lines << tr("Baseline: not entered yet.");
    }
    if (indicator.ratio)
        lines << tr("Computed as %1 ÷ %2 × %3.")
                     .arg(indicator.ratio->numerator, indicator.ratio->denominator)
                     .arg(indicator.ratio->scale);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    m_ui->definitionLabel->setText(lines.join(u"<br>"_s));
}

void IndicatorsPage::updateButtons()
{
    const bool hasIndicator = currentIndicator() != nullptr;
    const bool hasValue = currentValue() != nullptr;
    m_ui->editIndicatorButton->setEnabled(hasIndicator);
    m_ui->addValueButton->setEnabled(hasIndicator);
    m_ui->editValueButton->setEnabled(hasValue);
    m_ui->deleteValueButton->setEnabled(hasValue);
}

bool IndicatorsPage::perform(const QString &description, Workspace::Operation apply,
                             Workspace::Operation revert)
{
    if (Status s = m_workspace.perform(description, std::move(apply), std::move(revert)); !s) {
        emit errorOccurred(s.error());
        return false;
    }
    return true;
}

void IndicatorsPage::editIndicator()
{
    const Indicator *current = currentIndicator();
    if (!current)
        return;
    const Indicator before = *current;
    IndicatorDialog dialog(before, m_departments, this);
    Workspace &ws = m_workspace;
    // A failed save keeps the dialog open with what was typed, for a retry.
    SaveOnAccept::install(dialog, [&ws, &dialog, before] {
        const Indicator after = dialog.indicator();
        if (sameDefinition(before, after))
            return Status();
        // Someone else's save meanwhile is refused, with the message shown.
        return performVersioned(ws, tr("Edit indicator “%1”").arg(before.name), before, after,
                                [](Database &db, const Indicator &i) {
                                    return IndicatorRepository(db).update(i);
                                })
            .status();
    });
    dialog.exec();
}

void IndicatorsPage::addValue()
{
    const Indicator *current = currentIndicator();
    if (!current)
        return;
    const Indicator indicator = *current;
    IndicatorValue blank;
    blank.indicatorId = indicator.id;
    IndicatorValueDialog dialog(indicator, blank, m_values->values(), this);
    // The first run stores the new id, so redo re-creates the same row.
    auto id = std::make_shared<qint64>(0);
    Workspace &ws = m_workspace;
    SaveOnAccept::install(dialog, [&ws, &dialog, indicator, id] {
        const IndicatorValue value = dialog.value();
        return ws.perform(
            tr("Add the value for %1 of “%2”").arg(value.period, indicator.name),
            [&ws, value, id] {
                IndicatorValue v = value;
                v.id = *id;
                Result<qint64> created = IndicatorRepository(ws.database()).createValue(v);
                if (created)
                    *id = *created;
                return Status::fromResult(created);
            },
            [&ws, id] { return IndicatorRepository(ws.database()).removeValue(*id); });
    });
    if (dialog.exec() == QDialog::Accepted)
        selectValue(*id);
}

void IndicatorsPage::editValue()
{
    if (!currentIndicator() || !currentValue())
        return;
    // Copies: the dialog's event loop may see a reload.
    const Indicator indicator = *currentIndicator();
    const IndicatorValue before = *currentValue();
    IndicatorValueDialog dialog(indicator, before, m_values->values(), this);
    Workspace &ws = m_workspace;
    // `base` is what the dialog shows as saved: theirs, once taken.
    SaveOnAccept::install(dialog, [&ws, &dialog, indicator, base = before]() mutable {
        const IndicatorValue after = dialog.value();
        if (sameValue(base, after))
            return Status();
        return ConflictResolution::save(
            &dialog, ws.database(), tr("the value for %1 of “%2”").arg(base.period, indicator.name),
            base, after,
            [&ws, &indicator](const IndicatorValue &old, const IndicatorValue &mine) {
                return performVersioned(
                    ws, tr("Edit the value for %1 of “%2”").arg(old.period, indicator.name), old,
                    mine, [](Database &db, const IndicatorValue &v) {
                        return IndicatorRepository(db).updateValue(v);
                    });
            },
            [&dialog](const IndicatorValue &theirs) { dialog.setValue(theirs); });
    });
    dialog.exec();
}

void IndicatorsPage::deleteValue()
{
    if (!currentIndicator() || !currentValue())
        return;
    const Indicator indicator = *currentIndicator();
    const IndicatorValue value = *currentValue();
    const QString name = indicator.name;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Delete value"),
        tr("Delete the value %1 %2 for %3 of “%4”? Edit ▸ Undo brings it back.")
            .arg(LocaleNumber::format(value.value), indicator.unit, value.period, name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    Workspace &ws = m_workspace;
    perform(
        tr("Delete the value for %1 of “%2”").arg(value.period, name),
        [&ws, value] { return IndicatorRepository(ws.database()).removeValue(value.id); },
        // The old id, so that a later redo deletes the same row again.
        [&ws, value] {
            return Status::fromResult(IndicatorRepository(ws.database()).createValue(value));
        });
}

} // namespace PlanDesk
