#include "dialogs/backupsdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "database/database.h"
#include "database/ledgersummary.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

enum Column { Taken, Reason, Size, Holds, ColumnCount };

QString holdings(const BackupEntry &entry)
{
    Result<std::unique_ptr<Database>> db = Database::open(entry.path, Database::Access::ReadOnly);
    return db ? ledgerSummary(**db).join(u"，"_s) : db.error();
}

} // namespace

BackupsDialog::BackupsDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_store(databasePath)
    , m_folderLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_restoreButton(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Backups"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Why"), tr("Size"), tr("Holds")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *backUpNow = buttons->addButton(tr("&Back Up Now"), QDialogButtonBox::ActionRole);
    auto *openFolder = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNowRequested);
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_store.folder())); });
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restoreButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &BackupsDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(860, 420);
    reload();
}

void BackupsDialog::reload()
{
    m_entries = m_store.list();
    m_folderLabel->setText(tr("Kept automatically in %1: the newest ten, one a day for a week, "
                              "one a week for a month, one a month for a year, and the last "
                              "three by hand, before an import and before a restore.")
                               .arg(QDir::toNativeSeparators(m_store.folder())));
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const BackupEntry &entry = m_entries.at(row);
        const QString cells[ColumnCount] = {
            entry.taken.toString(u"yyyy-MM-dd HH:mm:ss"_s),
            BackupStore::describe(entry.reason),
            locale.formattedDataSize(entry.bytes),
            holdings(entry),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == Holds ? cells[column]
                                             : QDir::toNativeSeparators(entry.path));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    m_restoreButton->setEnabled(!m_entries.isEmpty());
}

void BackupsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_entries.size())
        emit restoreRequested(m_entries.at(row));
}

} // namespace PlanDesk
