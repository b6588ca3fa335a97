#pragma once

#include <functional>
#include <memory>

#include <QFrame>
#include <QSizeF>

#include "util/result.h"

class QAction;
class QChart;
class QChartView;
class QMenu;
class QToolButton;
class QVBoxLayout;

namespace PlanDesk {

/// One chart on screen, with a context menu and a small tool button to copy
/// it as an image, save it as PNG or PDF, or print it (with a preview) and, on a chart where a
/// click opens what is behind a bar or point, a submenu that opens the same from the keyboard. The
/// panel keeps the function that built the chart shown: every export draws a fresh chart from the
/// same data through ChartRenderer, so it never disturbs the view and is drawn as vectors in a PDF.
class ChartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    using Builder = std::function<std::unique_ptr<QChart>()>;

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    /// Shows the chart `builder` makes now and keeps `builder` for exports.
    void setChart(Builder builder);
    QChart *chart() const;
    QChartView *view() const;
    /// A widget above the chart, e.g. a choice of what it shows.
    void setHeader(QWidget *header);
    /// The chart's tooltip; with `clickable`, a pointing hand too, for
    /// charts where a click opens the list behind a bar or point.
    void setHint(const QString &toolTip, bool clickable);
    /// The file name, without folder and suffix, the save dialogs offer.
    void setFileStem(const QString &stem) { m_fileStem = stem; }
    /// Replaces the submenu titled `title` atop the panel's menus with an
    /// empty one, returned for the caller to fill with what a click on the
    /// chart opens (for the keyboard). The panel owns it.
    QMenu *replaceOpenMenu(const QString &title);

    /// Puts the chart on the clipboard as an image.
    void copyImage();
    Status savePng(const QString &path) const;
    Status savePdf(const QString &path) const;
    /// Shows the chart on an A4 page in a print preview, or prints it.
    void previewPrint();
    void print();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void saveWithDialog(const QString &title, const QString &suffix, const QString &filter,
                        Status (ChartPanel::*save)(const QString &) const);
    /// The size, in points, exports are laid out at.
    QSizeF exportSize() const;
    void placeMenuButton();

    QVBoxLayout *m_layout;
    QChartView *m_view;
    QToolButton *m_menuButton;
    QMenu *m_menu;
    QMenu *m_openMenu = nullptr;
    QAction *m_openSeparator;
    Builder m_builder;
    QString m_fileStem;
    QString m_hint;
};

} // namespace PlanDesk
