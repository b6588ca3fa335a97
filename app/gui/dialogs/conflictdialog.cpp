#include "dialogs/conflictdialog.h"

#include <algorithm>

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidgetItem>

#include "ui_conflictdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

ConflictDialog::ConflictDialog(const QString &what, const QList<ConflictField> &fields,
                               const std::optional<AuditEntry> &savedBy, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Someone else saved this meanwhile"));
    m_ui->explanationLabel->setText(
        tr("Your changes to %1 were not saved: someone else saved it after you opened it. "
           "Compare the two versions and choose which one to keep.")
            .arg(what));
    m_ui->savedByLabel->setText(describeSaver(savedBy));

    QTableWidget *table = m_ui->fieldTable;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("Saved by someone else")});
    table->setRowCount(static_cast<int>(fields.size()));
    QFont bold = table->font();
    bold.setBold(true);
    const QColor highlight = palette().color(QPalette::Highlight).lighter(170);
    for (int row = 0; row < fields.size(); ++row) {
        const ConflictField &f = fields.at(row);
        const QStringList texts {f.label, f.mine, f.theirs};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (f.differs()) {
                item->setFont(bold);
                item->setBackground(highlight);
            }
            table->setItem(row, column, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // One line per field, long texts elided (the tooltip has them whole), so
    // every field and the highlighted differences fit without scrolling.
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    const auto firstDifference = std::find_if(fields.cbegin(), fields.cend(),
                                              [](const ConflictField &f) { return f.differs(); });
    if (firstDifference != fields.cend())
        table->scrollToItem(table->item(static_cast<int>(firstDifference - fields.cbegin()), 0));

    m_ui->keepMineButton->setToolTip(
        tr("Save your version over theirs. Theirs stays in the change history."));
    m_ui->takeTheirsButton->setToolTip(tr("Discard your changes and show what they saved."));
    connect(m_ui->keepMineButton, &QPushButton::clicked, this,
            [this] { choose(Choice::KeepMine); });
    connect(m_ui->takeTheirsButton, &QPushButton::clicked, this,
            [this] { choose(Choice::TakeTheirs); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });
}

ConflictDialog::~ConflictDialog() = default;

QString ConflictDialog::describeSaver(const std::optional<AuditEntry> &savedBy)
{
    if (!savedBy)
        return tr("Who saved it is not recorded.");
    const QDateTime at = QDateTime::fromString(savedBy->changedAt, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : savedBy->changedAt;
    if (savedBy->dbUser.isEmpty())
        return tr("Saved by %1 at %2.").arg(savedBy->actor, when);
    return tr("Saved by %1 (database user %2) at %3.").arg(savedBy->actor, savedBy->dbUser, when);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace PlanDesk
