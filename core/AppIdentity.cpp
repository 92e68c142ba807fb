#include "AppIdentity.h"

#include <QCoreApplication>

namespace tg {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tollgate"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tollgate.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("tollgate"));
    QCoreApplication::setApplicationVersion(versionString());
}

QString versionString()
{
    return QStringLiteral(TOLLGATE_VERSION);
}

} // namespace tg
