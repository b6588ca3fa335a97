#pragma once

#include <memory>

#include <QDialog>

#include "database/serveraddress.h"
#include "util/result.h"

namespace Ui {
class ServerLedgerDialog;
}

namespace PlanDesk {

/// File ▸ Open Shared Ledger: asks where a ledger on a PostgreSQL server is
/// (server, port, database, user name, encryption) and shows the address
/// these make. Open stays disabled, and a red line names the field, until
/// the address is usable. The last values are remembered (QSettings, on
/// Open); a password never is: the window asks for it when the server does.
class ServerLedgerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLedgerDialog)

public:
    explicit ServerLedgerDialog(QWidget *parent = nullptr);
    ~ServerLedgerDialog() override;

    /// The address the fields make, or what is wrong with them.
    Result<ServerAddress> address() const;
    /// address() as a location for Database::open; empty while invalid.
    QString location() const;
    /// Fills the fields from `address` (the ledger open now, for instance).
    void setAddress(const ServerAddress &address);

    void accept() override;

private:
    void validate();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::ServerLedgerDialog> m_ui;
};

} // namespace PlanDesk
