#include "dialogs/serverledgerdialog.h"

#include <QPushButton>
#include <QSettings>
#include <QUrl>

#include "ui_serverledgerdialog.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString hostKey = u"server/host"_s;
const QString portKey = u"server/port"_s;
const QString databaseKey = u"server/database"_s;
const QString userKey = u"server/user"_s;
const QString sslKey = u"server/sslmode"_s;

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ServerLedgerDialog::ServerLedgerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerLedgerDialog>())
{
    m_ui->setupUi(this);
    // libpq's own names as the data: they go into the address as they are.
    const std::pair<QString, QString> modes[] = {
        {u"prefer"_s, tr("prefer: encrypted when the server offers it (default)")},
        {u"require"_s, tr("require: always encrypted")},
        {u"verify-ca"_s, tr("verify-ca: encrypted, the server's certificate checked")},
        {u"verify-full"_s, tr("verify-full: encrypted, certificate and server name checked")},
        {u"allow"_s, tr("allow: unencrypted unless the server insists")},
        {u"disable"_s, tr("disable: never encrypted")},
    };
    for (const auto &[mode, text] : modes)
        m_ui->sslCombo->addItem(text, mode);
    loadSettings();

    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->portEdit, m_ui->databaseEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerLedgerDialog::validate);
    connect(m_ui->sslCombo, &QComboBox::currentIndexChanged, this, &ServerLedgerDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ServerLedgerDialog::~ServerLedgerDialog() = default;

Result<ServerAddress> ServerLedgerDialog::address() const
{
    using R = Result<ServerAddress>;
    const QString host = m_ui->hostEdit->text().trimmed();
    const QString portText = m_ui->portEdit->text().trimmed();
    const QString database = m_ui->databaseEdit->text().trimmed();
    const QString user = m_ui->userEdit->text().trimmed();
    if (host.isEmpty())
        return R::failure(tr("Server: enter the server's name or IP address."));
    bool isNumber = false;
    const int port = portText.toInt(&isNumber);
    if (!isNumber || port < 1 || port > 65535)
        return R::failure(tr("Port: “%1” is not a number from 1 to 65535 (PostgreSQL's usual "
                             "port is %2).")
                              .arg(portText)
                              .arg(ServerAddress::DefaultPort));
    if (database.isEmpty())
        return R::failure(tr("Database: enter the name of the ledger's database on the server."));
    // Spelled out rather than built with QUrl, which drops a host it cannot
    // use without a word: ServerAddress::parse says what is wrong with it.
    QString location = u"postgresql://"_s;
    if (!user.isEmpty())
        location += encoded(user) + u'@';
    location += u"%1:%2/%3"_s.arg(host).arg(port).arg(encoded(database));
    const QString ssl = m_ui->sslCombo->currentData().toString();
    if (ssl != u"prefer"_s)
        location += u"?sslmode="_s + ssl;
    return ServerAddress::parse(location);
}

QString ServerLedgerDialog::location() const
{
    const Result<ServerAddress> parsed = address();
    return parsed ? parsed->toString() : QString();
}

void ServerLedgerDialog::setAddress(const ServerAddress &address)
{
    m_ui->hostEdit->setText(address.host);
    m_ui->portEdit->setText(QString::number(address.port));
    m_ui->databaseEdit->setText(address.database);
    m_ui->userEdit->setText(address.user);
    const int ssl =
        m_ui->sslCombo->findData(address.sslMode.isEmpty() ? u"prefer"_s : address.sslMode);
    m_ui->sslCombo->setCurrentIndex(ssl < 0 ? 0 : ssl);
}

void ServerLedgerDialog::accept()
{
    if (!address())
        return;
    saveSettings();
    QDialog::accept();
}

void ServerLedgerDialog::validate()
{
    const Result<ServerAddress> parsed = address();
    m_ui->addressLabel->setText(parsed ? parsed->toString() : QString());
    m_ui->problemLabel->setText(parsed ? QString() : parsed.error());
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(parsed.ok());
}

void ServerLedgerDialog::loadSettings()
{
    const QSettings settings;
    m_ui->hostEdit->setText(settings.value(hostKey).toString());
    m_ui->portEdit->setText(
        QString::number(settings.value(portKey, ServerAddress::DefaultPort).toInt()));
    m_ui->databaseEdit->setText(settings.value(databaseKey, u"plandesk"_s).toString());
    m_ui->userEdit->setText(settings.value(userKey).toString());
    const int ssl = m_ui->sslCombo->findData(settings.value(sslKey, u"prefer"_s).toString());
    m_ui->sslCombo->setCurrentIndex(ssl < 0 ? 0 : ssl);
}

void ServerLedgerDialog::saveSettings() const
{
    // Never a password: there is no field for one, and the address refuses it.
    QSettings settings;
    settings.setValue(hostKey, m_ui->hostEdit->text().trimmed());
    settings.setValue(portKey, m_ui->portEdit->text().trimmed().toInt());
    settings.setValue(databaseKey, m_ui->databaseEdit->text().trimmed());
    settings.setValue(userKey, m_ui->userEdit->text().trimmed());
    settings.setValue(sslKey, m_ui->sslCombo->currentData().toString());
}

} // namespace PlanDesk
