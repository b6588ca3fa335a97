#include "widgets/chartpanel.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include "chartrenderer.h"
#include "widgets/icons.h"
#include "widgets/waitcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
    , m_view(new QChartView(this))
    , m_menuButton(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_openSeparator(m_menu->addSeparator())
{
    setFrameShape(QFrame::StyledPanel);
    m_layout->setContentsMargins(1, 1, 1, 1);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_view, 1);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(320, 240);
    m_openSeparator->setVisible(false); // until there is an open menu above it

    QAction *copy = m_menu->addAction(bundledIcon(u"edit-copy"_s), tr("&Copy Image"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QAction *png = m_menu->addAction(bundledIcon(u"image-x-generic"_s), tr("Save as &PNG…"));
    QAction *pdf = m_menu->addAction(bundledIcon(u"document-save-as"_s), tr("Save as P&DF…"));
    m_menu->addSeparator();
    QAction *preview =
        m_menu->addAction(bundledIcon(u"document-print-preview"_s), tr("Print Pre&view…"));
    QAction *print = m_menu->addAction(bundledIcon(u"document-print"_s), tr("P&rint…"));
    connect(preview, &QAction::triggered, this, &ChartPanel::previewPrint);
    connect(print, &QAction::triggered, this, &ChartPanel::print);
    connect(copy, &QAction::triggered, this, &ChartPanel::copyImage);
    connect(png, &QAction::triggered, this, [this] {
        saveWithDialog(tr("Save chart as PNG"), u"png"_s, tr("PNG images (*.png)"),
                       &ChartPanel::savePng);
    });
    connect(pdf, &QAction::triggered, this, [this] {
        saveWithDialog(tr("Save chart as PDF"), u"pdf"_s, tr("PDF documents (*.pdf)"),
                       &ChartPanel::savePdf);
    });
    m_view->addActions(m_menu->actions());
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // The button floats over the chart's top right corner, where the title
    // leaves room, so it costs the chart no height.
    m_menuButton->setObjectName(u"chartMenuButton"_s);
    m_menuButton->setIcon(bundledIcon(u"document-save-as"_s));
    m_menuButton->setToolTip(tr("Copy or save this chart"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(m_menu);
    m_menuButton->raise();
}

ChartPanel::~ChartPanel() = default;

QMenu *ChartPanel::replaceOpenMenu(const QString &title)
{
    if (m_openMenu) {
        m_menu->removeAction(m_openMenu->menuAction());
        m_view->removeAction(m_openMenu->menuAction());
        m_openMenu->deleteLater(); // it may be running the action that led here
    }
    m_openMenu = new QMenu(title, this);
    m_menu->insertMenu(m_openSeparator, m_openMenu);
    m_view->insertAction(m_openSeparator, m_openMenu->menuAction());
    m_openSeparator->setVisible(true);
    m_menuButton->setToolTip(tr("Open what this chart shows, copy or save it"));
    return m_openMenu;
}

void ChartPanel::setChart(Builder builder)
{
    m_builder = std::move(builder);
    std::unique_ptr<QChart> chart = m_builder();
    // The view takes the new chart but leaves the old one to its caller.
    QChart *old = m_view->chart();
    chart->setToolTip(m_hint);
    m_view->setChart(chart.release());
    delete old;
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QChartView *ChartPanel::view() const
{
    return m_view;
}

void ChartPanel::setHeader(QWidget *header)
{
    m_layout->insertWidget(0, header);
    placeMenuButton();
}

void ChartPanel::setHint(const QString &toolTip, bool clickable)
{
    m_hint = toolTip;
    // The scene answers tooltip events over the view, so the chart carries it.
    if (QChart *chart = m_view->chart())
        chart->setToolTip(toolTip);
    // A scroll area's cursor is its viewport's.
    if (clickable)
        m_view->viewport()->setCursor(Qt::PointingHandCursor);
    else
        m_view->viewport()->unsetCursor();
}

void ChartPanel::copyImage()
{
    if (!m_builder)
        return;
    std::unique_ptr<QChart> chart = m_builder();
    QApplication::clipboard()->setImage(ChartRenderer::image(*chart, exportSize()));
}

Status ChartPanel::savePng(const QString &path) const
{
    if (!m_builder)
        return Status::failure(tr("There is no chart to save."));
    std::unique_ptr<QChart> chart = m_builder();
    return ChartRenderer::writePng(*chart, path, exportSize());
}

Status ChartPanel::savePdf(const QString &path) const
{
    if (!m_builder)
        return Status::failure(tr("There is no chart to save."));
    std::unique_ptr<QChart> chart = m_builder();
    return ChartRenderer::writePdf(*chart, path, exportSize());
}

void ChartPanel::previewPrint()
{
    if (!m_builder)
        return;
    const std::unique_ptr<QChart> chart = m_builder();
    const QSizeF size = exportSize();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(chart->title());
    // The same page routine as Print and Save as PDF.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&chart, size](QPrinter *device) { ChartRenderer::paintPage(*chart, *device, size); });
    dialog.exec();
}

void ChartPanel::print()
{
    if (!m_builder)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false); // one page
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Printing to a PDF file goes the way Save as PDF does: whole or not at
    // all, with searchable text.
    const bool toFile =
        printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    const std::unique_ptr<QChart> chart = m_builder();
    const bool printed = toFile ? savePdf(printer.outputFileName()).ok()
                                : ChartRenderer::paintPage(*chart, printer, exportSize());
    if (!printed) {
        QMessageBox::warning(this, chart->title(),
                             tr("The chart could not be printed on “%1”.")
                                 .arg(toFile ? printer.outputFileName() : printer.printerName()));
    }
}

void ChartPanel::saveWithDialog(const QString &title, const QString &suffix, const QString &filter,
                                Status (ChartPanel::*save)(const QString &) const)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stem = m_fileStem.isEmpty() ? tr("chart") : m_fileStem;
    // The dialog adds the suffix to a name typed without one before it asks
    // whether to replace the file of that name.
    QFileDialog dialog(this, title, QDir(documents).filePath(stem + u'.' + suffix), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const Status saved = [&] {
        const WaitCursor wait;
        return (this->*save)(path);
    }();
    if (!saved) {
        QMessageBox box(
            QMessageBox::Warning, title,
            tr("The chart could not be saved as “%1”.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, this);
        box.setInformativeText(saved.error());
        box.exec();
    }
}

QSizeF ChartPanel::exportSize() const
{
    // As seen on screen, so a chart laid out tall for its many bars stays
    // tall; a view too small to read gets a size that is.
    const QSizeF shown = m_view->size();
    return shown.width() >= 480 && shown.height() >= 240 ? shown : QSizeF(720, 430);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeMenuButton();
}

void ChartPanel::placeMenuButton()
{
    const QSize size = m_menuButton->sizeHint();
    const QPoint topRight = m_view->geometry().topRight();
    m_menuButton->setGeometry(topRight.x() - size.width() - 4, topRight.y() + 4, size.width(),
                              size.height());
    m_menuButton->raise();
}

} // namespace PlanDesk
