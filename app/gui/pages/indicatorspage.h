#pragma once

#include <memory>

#include <QWidget>

#include "domain/entities.h"
#include "editing/workspace.h"

class QSortFilterProxyModel;

namespace Ui {
class IndicatorsPage;
}

namespace PlanDesk {

class LazyReload;

class IndicatorTableModel;
class IndicatorValueTableModel;

/// The plan's indicators above (definition and latest value), and below the
/// selected indicator's values with a sparkline against its target. The
/// definition is edited in IndicatorDialog, values are added, edited and
/// deleted with IndicatorValueDialog; every change goes through the
/// workspace, so it is saved at once and can be undone. Reloads itself
/// whenever the ledger changes, keeping the selected indicator and value.
class IndicatorsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorsPage)

public:
    explicit IndicatorsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~IndicatorsPage() override;

    IndicatorTableModel *indicatorModel() const { return m_indicators; }
    IndicatorValueTableModel *valueModel() const { return m_values; }

    /// Selects indicator `id` and, when `period` is given, its value for
    /// that period (a drill-down from the dashboard).
    void selectIndicator(qint64 id, const QString &period = {});

    void editIndicator();
    void addValue();
    void editValue();
    void deleteValue();

signals:
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpActions();
    void reload();
    void sizeColumns();
    void showSelectedIndicator();
    void showDefinition(const Indicator &indicator);
    void updateButtons();
    const Indicator *currentIndicator() const;
    const IndicatorValue *currentValue() const;
    void selectValue(qint64 id);
    bool perform(const QString &description, Workspace::Operation apply,
                 Workspace::Operation revert);

    Workspace &m_workspace;
    std::unique_ptr<Ui::IndicatorsPage> m_ui;
    IndicatorTableModel *m_indicators;
    IndicatorValueTableModel *m_values;
    QSortFilterProxyModel *m_indicatorProxy;
    QSortFilterProxyModel *m_valueProxy;
    QList<IndicatorValue> m_planValues;
    QList<Department> m_departments;
    bool m_columnsSized = false;
    bool m_paneSized = false;
    LazyReload *m_lazyReload = nullptr; ///< reloads when shown, not while hidden
};

} // namespace PlanDesk
