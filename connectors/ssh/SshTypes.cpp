#include "SshTypes.h"

namespace tg {

QString sshStatusName(SshStatus status)
{
    switch (status) {
    case SshStatus::Ok: return QStringLiteral("ok");
    case SshStatus::UnknownHostKey: return QStringLiteral("unknown_host_key");
    case SshStatus::HostKeyChanged: return QStringLiteral("host_key_changed");
    case SshStatus::ConnectFailed: return QStringLiteral("connect_failed");
    case SshStatus::Timeout: return QStringLiteral("timeout");
    case SshStatus::Cancelled: return QStringLiteral("cancelled");
    case SshStatus::AuthFailed: return QStringLiteral("auth_failed");
    case SshStatus::ConnectionLost: return QStringLiteral("connection_lost");
    case SshStatus::ProtocolError: return QStringLiteral("protocol_error");
    case SshStatus::InvalidArgument: return QStringLiteral("invalid_argument");
    case SshStatus::SudoNeedsPassword: return QStringLiteral("sudo_needs_password");
    case SshStatus::SudoMissing: return QStringLiteral("sudo_missing");
    case SshStatus::RemoteError: return QStringLiteral("remote_error");
    }
    return QStringLiteral("unknown");
}

} // namespace tg
