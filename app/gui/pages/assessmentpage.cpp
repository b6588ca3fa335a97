#include "pages/assessmentpage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>

#include "assessmentcomposer.h"
#include "editing/workspace.h"
#include "exchange/assessmenttable.h"
#include "exchange/tablewriters.h"
#include "models/assessmenttablemodel.h"
#include "report/supervisionloader.h"
#include "repositories/assessmentrepository.h"
#include "widgets/icons.h"
#include "widgets/lazyreload.h"
#include "widgets/waitcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

AssessmentPage::AssessmentPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AssessmentTableModel(this))
    , m_yearCombo(new QComboBox(this))
    , m_spanCombo(new QComboBox(this))
    , m_evaluationLabel(new QLabel(this))
    , m_reportingWeight(new QSpinBox(this))
    , m_paceWeight(new QSpinBox(this))
    , m_actionsWeight(new QSpinBox(this))
    , m_applyButton(new QPushButton(tr("Apply"), this))
    , m_weightsMessage(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"AssessmentPage"_s);
    buildLayout();
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &AssessmentPage::assess);
    connect(m_spanCombo, &QComboBox::currentIndexChanged, this, &AssessmentPage::assess);
    for (QSpinBox *spin : {m_reportingWeight, m_paceWeight, m_actionsWeight})
        connect(spin, &QSpinBox::valueChanged, this, &AssessmentPage::checkWeights);
    connect(m_applyButton, &QPushButton::clicked, this, &AssessmentPage::applyWeights);
    m_lazyReload = new LazyReload(*this, [this] { reload(); });
    connect(&m_workspace, &Workspace::ledgerChanged, m_lazyReload, &LazyReload::request);
    connect(&m_workspace, &Workspace::asOfChanged, this, &AssessmentPage::followAsOf);
    m_lazyReload->request();
}

AssessmentPage::~AssessmentPage() = default;

void AssessmentPage::buildLayout()
{
    m_yearCombo->setObjectName(u"yearCombo"_s);
    m_spanCombo->setObjectName(u"spanCombo"_s);
    m_evaluationLabel->setObjectName(u"evaluationLabel"_s);
    const QList<std::pair<QString, QString>> spans = {
        {tr("Whole year"), QString()}, {tr("First half"), u"-H1"_s}, {tr("Second half"), u"-H2"_s},
        {tr("Q1"), u"-Q1"_s},          {tr("Q2"), u"-Q2"_s},         {tr("Q3"), u"-Q3"_s},
        {tr("Q4"), u"-Q4"_s}};
    for (const auto &[name, suffix] : spans)
        m_spanCombo->addItem(name, suffix);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:"), this));
    periodRow->addWidget(m_yearCombo);
    periodRow->addWidget(m_spanCombo);
    periodRow->addSpacing(12);
    periodRow->addWidget(m_evaluationLabel, 1);
    // Ctrl+P prints the briefing: the page's own buttons and context menu print this.
    const QList<std::tuple<QString, QString, QString, void (AssessmentPage::*)()>> outputs = {
        {tr("Preview"), u"document-print-preview"_s, u"previewButton"_s, &AssessmentPage::preview},
        {tr("Print…"), u"document-print"_s, u"printButton"_s, &AssessmentPage::print},
        {tr("Save as PDF…"), u"document-save-as"_s, u"pdfButton"_s, &AssessmentPage::saveAsPdf},
        {tr("Export CSV…"), u"x-office-spreadsheet"_s, u"csvButton"_s, &AssessmentPage::exportCsv}};
    for (const auto &[text, icon, name, slot] : outputs) {
        auto *button = new QPushButton(bundledIcon(icon), text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        periodRow->addWidget(button);
        m_outputButtons << button;
        auto *action = new QAction(bundledIcon(icon), text, m_table);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    }

    auto *weights = new QGroupBox(tr("Weights (percent, adding up to 100)"), this);
    auto *weightsBox = new QVBoxLayout(weights);
    auto *weightsRow = new QHBoxLayout;
    weightsBox->addLayout(weightsRow);
    auto *weightsNote = new QLabel(tr("A part with nothing to count in the period (shown as —) "
                                      "is left out, and the score is the weighted mean of the "
                                      "other parts."),
                                   weights);
    weightsNote->setWordWrap(true);
    weightsBox->addWidget(weightsNote);
    const QList<std::tuple<QSpinBox *, QString, QString>> spins = {
        {m_reportingWeight, tr("Reports on time"), u"reportingWeight"_s},
        {m_paceWeight, tr("Tasks on pace"), u"paceWeight"_s},
        {m_actionsWeight, tr("Action items closed on time"), u"actionsWeight"_s}};
    for (const auto &[spin, label, name] : spins) {
        spin->setObjectName(name);
        spin->setRange(0, 100);
        spin->setSuffix(QLocale().percent());
        weightsRow->addWidget(new QLabel(label, weights));
        weightsRow->addWidget(spin);
        weightsRow->addSpacing(8);
    }
    m_applyButton->setObjectName(u"applyWeightsButton"_s);
    m_weightsMessage->setObjectName(u"weightsMessage"_s);
    weightsRow->addWidget(m_applyButton);
    weightsRow->addWidget(m_weightsMessage, 1);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AssessmentTableModel::SortRole);
    m_table->setObjectName(u"assessmentTable"_s);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AssessmentTableModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The figures share the width; the department column fits its names.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(AssessmentTableModel::Rank, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssessmentTableModel::Department, QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(periodRow);
    layout->addWidget(weights);
    layout->addWidget(m_table, 1);
}

Period AssessmentPage::period() const
{
    const int year =
        m_yearCombo->count() > 0 ? m_yearCombo->currentData().toInt() : m_workspace.asOf().year();
    const std::optional<Period> chosen =
        Period::parse(QString::number(year) + m_spanCombo->currentData().toString());
    return chosen ? *chosen : *Period::parse(QString::number(m_workspace.asOf().year()));
}

void AssessmentPage::reload()
{
    if (m_workspace.planId() == 0) {
        m_data = {};
    } else {
        Result<SupervisionData> loaded =
            SupervisionLoader(m_workspace.database()).load(m_workspace.planId());
        if (!loaded)
            return emit errorOccurred(loaded.error());
        m_data = *std::move(loaded);
    }
    {
        const QSignalBlocker a(m_reportingWeight), b(m_paceWeight), c(m_actionsWeight);
        m_reportingWeight->setValue(m_data.weights.reporting);
        m_paceWeight->setValue(m_data.weights.pace);
        m_actionsWeight->setValue(m_data.weights.actions);
    }
    checkWeights();
    offerYears();
    assess();
}

void AssessmentPage::offerYears()
{
    // The plan's years and the as-of year; the choice stays while offered.
    const int chosen =
        m_yearCombo->count() > 0 ? m_yearCombo->currentData().toInt() : m_workspace.asOf().year();
    const int asOfYear = m_workspace.asOf().year();
    int first = m_data.plan.startOn.isValid() ? m_data.plan.startOn.year() : asOfYear;
    int last = std::max(m_data.plan.targetYear, first);
    first = std::min({first, asOfYear, chosen});
    last = std::max({last, asOfYear, chosen});
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    for (int year = first; year <= last; ++year)
        m_yearCombo->addItem(QString::number(year), year);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(chosen));
}

void AssessmentPage::followAsOf()
{
    // A new as-of date means "show me then": its year, whole or in part.
    offerYears();
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_workspace.asOf().year()));
    assess();
}

void AssessmentPage::assess()
{
    const AssessmentReport current = report();
    m_model->setAssessment(current.assessment);
    const Assessment &a = current.assessment;
    const QLocale locale;
    m_evaluationLabel->setText(tr("%1 to %2, evaluated on %3")
                                   .arg(locale.toString(a.from, QLocale::ShortFormat),
                                        locale.toString(a.to, QLocale::ShortFormat),
                                        locale.toString(a.evaluatedOn, QLocale::ShortFormat)));
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(m_workspace.planId() != 0);
    m_table->resizeColumnsToContents();
}

AssessmentReport AssessmentPage::report() const
{
    return AssessmentReport::make(m_data, period(), m_workspace.asOf());
}

void AssessmentPage::checkWeights()
{
    const AssessmentWeights chosen {m_reportingWeight->value(), m_paceWeight->value(),
                                    m_actionsWeight->value()};
    const int sum = chosen.reporting + chosen.pace + chosen.actions;
    m_weightsMessage->setText(
        sum == 100 ? QString() : tr("The weights add up to %1; they must add up to 100.").arg(sum));
    m_applyButton->setEnabled(chosen.isValid() && !(chosen == m_data.weights)
                              && m_workspace.planId() != 0);
}

void AssessmentPage::applyWeights()
{
    const AssessmentWeights chosen {m_reportingWeight->value(), m_paceWeight->value(),
                                    m_actionsWeight->value()};
    if (!chosen.isValid() || m_workspace.planId() == 0)
        return;
    const AssessmentWeights before = m_data.weights;
    const qint64 planId = m_workspace.planId();
    Database &db = m_workspace.database();
    const Status done = m_workspace.perform(
        tr("Change the assessment weights"),
        [&db, planId, chosen] { return AssessmentRepository(db).setWeights(planId, chosen); },
        [&db, planId, before] { return AssessmentRepository(db).setWeights(planId, before); });
    if (!done)
        emit errorOccurred(done.error());
}

QString AssessmentPage::defaultPath(const QString &suffix) const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The file name offered for the saved assessment; %1 is the period, 2019-Q4.
    //: In Chinese: 督导考核-%1
    return QDir(documents).filePath(tr("assessment-%1").arg(period().toString()) + suffix);
}

Result<int> AssessmentPage::writePdf(const QString &path) const
{
    const WaitCursor wait;
    return AssessmentComposer(report()).writePdf(path);
}

Status AssessmentPage::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = toCsv(assessmentTable(report().assessment));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void AssessmentPage::preview()
{
    const AssessmentComposer composer(report());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Assessment Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&composer](QPrinter *device) {
        static_cast<void>(composer.print(*device)); // the preview shows what it could paint
    });
    dialog.exec();
}

void AssessmentPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Assessment"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // "Print to File (PDF)" writes what Save as PDF writes: searchable text.
    const bool toPdf =
        printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    const WaitCursor wait;
    const Result<int> pages =
        toPdf ? writePdf(printer.outputFileName()) : AssessmentComposer(report()).print(printer);
    if (!pages)
        return emit errorOccurred(pages.error());
    emit statusMessage(tr("Sent %n page(s) to %1", nullptr, *pages)
                           .arg(toPdf ? QDir::toNativeSeparators(printer.outputFileName())
                                      : printer.printerName()));
}

void AssessmentPage::saveAsPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Assessment as PDF"), defaultPath(u".pdf"_s), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<int> pages = writePdf(path);
    if (!pages)
        return emit errorOccurred(pages.error());
    emit statusMessage(
        tr("Saved %n page(s) to %1", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
}

void AssessmentPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Assessment as CSV"), defaultPath(u".csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status written = writeCsv(path); !written)
        return emit errorOccurred(written.error());
    emit statusMessage(tr("Exported the assessment to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace PlanDesk
