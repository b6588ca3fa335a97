#include "windows/serverlogin.h"

#include <QInputDialog>
#include <QLineEdit>

#include "database/serveraddress.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

Result<std::unique_ptr<Database>> ServerLogin::open(QWidget *parent, const QString &location)
{
    return open(parent, location, [&location] { return Database::open(location); });
}

Result<std::unique_ptr<Database>> ServerLogin::open(QWidget *parent, const QString &location,
                                                    const Opener &opener)
{
    using R = Result<std::unique_ptr<Database>>;
    bool asked = false;
    for (;;) {
        R db = opener();
        if (db || !Database::isPasswordRequest(db.error()))
            return db;
        QString password;
        // Asked once already: the server refused what was typed.
        if (!askPassword(parent, location, asked, &password))
            return R::failure({});
        asked = true;
        Database::rememberPassword(location, password);
    }
}

bool ServerLogin::askPassword(QWidget *parent, const QString &location, bool refusedBefore,
                              QString *password)
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    const QString where = address ? address->displayName() : location;
    const QString login = address && !address->user.isEmpty() ? tr("login “%1”").arg(address->user)
                                                              : tr("your login");
    QString question = refusedBefore
        ? tr("The server refused that password for %1 (%2). Type it again:").arg(login, where)
        : tr("The server of %1 asks for the password of %2:").arg(where, login);
    question += u"\n\n"_s
        + tr("PlanDesk keeps it only until PlanDesk closes, never on disk. A password file "
             "(pgpass) on this computer saves you this question.");
    QInputDialog dialog(parent);
    dialog.setObjectName(passwordDialogName());
    dialog.setWindowTitle(tr("Server password"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(question);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.textValue();
    return true;
}

} // namespace PlanDesk
