#include "database/serveraddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    using R = Result<ServerAddress>;
    if (!isServerLocation(location))
        return R::failure(tr("“%1” is not a server address: it must start with "
                             "postgresql://")
                              .arg(location));
    // Before anything repeats the address in a message: one holding a
    // password (user:secret@) is refused without showing it.
    static const QRegularExpression withPassword(u"^[a-zA-Z]+://[^/@]*:[^/@]*@"_s);
    if (location.contains(withPassword))
        return R::failure(tr("The address must not contain a password (PlanDesk never keeps "
                             "one in plain text). Put it in your password file (pgpass) or "
                             "let PlanDesk ask for it."));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(tr("“%1” is not a valid address: %2").arg(location, url.errorString()));
    ServerAddress address;
    address.host = url.host();
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (address.host.isEmpty())
        return R::failure(tr("“%1” names no server (host).").arg(location));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return R::failure(
            tr("“%1” names no database: add /DATABASE after the server.").arg(location));
    if (url.port() == 0)
        return R::failure(tr("“%1”: the port must be a number from 1 to 65535.").arg(location));
    address.port = url.port(DefaultPort);

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value))
                return R::failure(
                    tr("“%1”: sslmode must be one of %2.").arg(location, modes.join(u", "_s)));
            address.sslMode = value;
        } else if (key == u"service"_s) {
            address.service = value;
        } else if (key == u"password"_s) {
            return R::failure(tr("The address must not contain a password (PlanDesk never "
                                 "keeps one in plain text). Put it in your password file "
                                 "(pgpass) or let PlanDesk ask for it."));
        } else {
            return R::failure(tr("“%1”: unknown setting “%2” (PlanDesk knows sslmode and "
                                 "service).")
                                  .arg(location, key));
        }
    }
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setUserName(user);
    if (port != DefaultPort)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!service.isEmpty())
        query.addQueryItem(u"service"_s, service);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::displayName() const
{
    return tr("%1 on %2:%3").arg(database, host).arg(port);
}

} // namespace PlanDesk
