#include "LiveSnapshot.h"

namespace tg {

QString linkStateName(LinkState s)
{
    switch (s) {
    case LinkState::Disabled: return QStringLiteral("disabled");
    case LinkState::Connecting: return QStringLiteral("connecting");
    case LinkState::Connected: return QStringLiteral("connected");
    case LinkState::Reconnecting: return QStringLiteral("reconnecting");
    case LinkState::AuthFailed: return QStringLiteral("auth_failed");
    case LinkState::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace tg
