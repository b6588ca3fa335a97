#include "dialogs/remindersdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QTextDocument>

#include "editing/workspace.h"
#include "report/supervisionloader.h"
#include "ui_remindersdialog.h"
#include "widgets/icons.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString withinKey = u"reminders/withinDays"_s;
const QString showAtStartKey = u"reminders/showAtStart"_s;

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString kindName(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::Report:
        return RemindersDialog::tr("Report");
    case Reminder::Kind::Action:
        return RemindersDialog::tr("Action item");
    case Reminder::Kind::Task:
        break;
    }
    return RemindersDialog::tr("Task");
}

/// "Due today", "In 3 days" or "✗ 5 days overdue": the symbol reads without colour.
QString whenText(const Reminder &r, const QDate &asOf)
{
    const int days = static_cast<int>(asOf.daysTo(r.dueOn));
    if (r.overdue)
        return RemindersDialog::tr("✗ %n day(s) overdue", nullptr, -days);
    if (days == 0)
        return RemindersDialog::tr("Due today");
    return RemindersDialog::tr("In %n day(s)", nullptr, days);
}

Result<QList<DepartmentReminders>> collect(Workspace &workspace, int withinDays)
{
    if (workspace.planId() == 0) // a database without a plan: nothing is due
        return QList<DepartmentReminders>();
    Result<SupervisionData> data = SupervisionLoader(workspace.database()).load(workspace.planId());
    if (!data)
        return Result<QList<DepartmentReminders>>::failure(data.error());
    return Reminders::collect(*data, workspace.asOf(), withinDays);
}

} // namespace

RemindersDialog::RemindersDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::RemindersDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Reminders"));
    const QSettings settings;
    m_ui->withinSpin->setValue(settings.value(withinKey, 14).toInt());
    m_ui->withinSpin->setSuffix(tr(" days"));
    m_ui->showAtStartCheck->setChecked(settings.value(showAtStartKey, true).toBool());
    m_ui->reminderTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->reminderTree->header()->setStretchLastSection(false);
    for (int column : {1, 2, 3})
        m_ui->reminderTree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->copyButton->setText(tr("&Copy"));
    m_ui->copyButton->setIcon(bundledIcon(u"edit-copy"_s));
    m_ui->previewButton->setText(tr("Pre&view…"));
    m_ui->previewButton->setIcon(bundledIcon(u"document-print-preview"_s));
    m_ui->printButton->setText(tr("&Print…"));
    m_ui->printButton->setIcon(bundledIcon(u"document-print"_s));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &RemindersDialog::copy);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &RemindersDialog::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RemindersDialog::print);
    connect(m_ui->withinSpin, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(withinKey, days);
        reload();
    });
    connect(m_ui->showAtStartCheck, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(showAtStartKey, on); });
    connect(&m_workspace, &Workspace::ledgerChanged, this, &RemindersDialog::reload);
    connect(&m_workspace, &Workspace::asOfChanged, this, &RemindersDialog::reload);
    reload();
}

RemindersDialog::~RemindersDialog() = default;

bool RemindersDialog::wantedAtStart(Workspace &workspace)
{
    if (!showsAtStart())
        return false;
    const Result<QList<DepartmentReminders>> list =
        collect(workspace, QSettings().value(withinKey, 14).toInt());
    return list && !list->isEmpty();
}

bool RemindersDialog::showsAtStart()
{
    return QSettings().value(showAtStartKey, true).toBool();
}

void RemindersDialog::reload()
{
    Result<QList<DepartmentReminders>> list = collect(m_workspace, m_ui->withinSpin->value());
    if (!list)
        return emit errorOccurred(list.error());
    m_reminders = std::move(list.value());
    m_ui->asOfLabel->setText(tr("or overdue, as of %1")
                                 .arg(QLocale().toString(m_workspace.asOf(), QLocale::LongFormat)));
    fillTree();
}

void RemindersDialog::fillTree()
{
    const QDate asOf = m_workspace.asOf();
    QTreeWidget *tree = m_ui->reminderTree;
    tree->clear();
    for (const DepartmentReminders &d : m_reminders) {
        const auto overdue = std::count_if(d.reminders.cbegin(), d.reminders.cend(),
                                           [](const Reminder &r) { return r.overdue; });
        auto *department = new QTreeWidgetItem(tree, {d.name});
        const int count = static_cast<int>(d.reminders.size());
        if (overdue > 0)
            department->setText(3, tr("%n item(s), %1 overdue", nullptr, count).arg(overdue));
        else
            department->setText(3, tr("%n item(s)", nullptr, count));
        QFont bold = department->font(0);
        bold.setBold(true);
        department->setFont(0, bold);
        for (const Reminder &r : d.reminders) {
            auto *item = new QTreeWidgetItem(
                department, {r.what, kindName(r.kind), shortDate(r.dueOn), whenText(r, asOf)});
            item->setToolTip(0, r.what);
            if (r.overdue) {
                for (int column = 0; column < tree->columnCount(); ++column)
                    item->setForeground(column, QColor(0xc6, 0x28, 0x28));
            }
        }
    }
    tree->expandAll();
    const bool any = !m_reminders.isEmpty();
    if (!any)
        new QTreeWidgetItem(tree, {tr("Nothing is due or overdue.")});
    m_ui->copyButton->setEnabled(any);
    m_ui->previewButton->setEnabled(any);
    m_ui->printButton->setEnabled(any);
}

QString RemindersDialog::text() const
{
    return Reminders::toText(m_reminders, m_workspace.asOf());
}

void RemindersDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
}

void RemindersDialog::printTo(QPrinter *printer) const
{
    // The notice's own words, laid out: a heading, then a list per department.
    const QDate asOf = m_workspace.asOf();
    QString html = u"<h3>%1</h3>"_s.arg(Reminders::tr("Due and overdue as of %1")
                                            .arg(QLocale().toString(asOf, QLocale::LongFormat)));
    for (const DepartmentReminders &d : m_reminders) {
        html += u"<p><b>%1</b></p><ol>"_s.arg(d.name.toHtmlEscaped());
        for (const Reminder &r : d.reminders) {
            const QString line =
                tr("%1 — %2 (%3)", "what is due — the date (how soon)")
                    .arg(r.what.toHtmlEscaped(), shortDate(r.dueOn), whenText(r, asOf));
            html += r.overdue ? u"<li><span style=\"color:#c62828\">%1</span></li>"_s.arg(line)
                              : u"<li>%1</li>"_s.arg(line);
        }
        html += u"</ol>"_s;
    }
    QTextDocument document;
    QFont font;
    font.setFamilies({u"Microsoft YaHei"_s, u"SimSun"_s, u"Noto Sans CJK SC"_s});
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(printer);
}

void RemindersDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Reminders Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *device) { printTo(device); });
    dialog.exec();
}

void RemindersDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Reminders"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

} // namespace PlanDesk
