#include "ForwardDestination.h"

#include "CertificatePin.h"
#include "Translations.h"
#include "blocking/BlockCommands.h"
#include "detect/IpAddress.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace tg {

namespace {
QString tr(const char *text)
{
    return Translations::lookup({"tg::ForwardDestination", "tg"}, text);
}

struct TransportName {
    ForwardTransport transport;
    const char *name;
    quint16 port;
};
// 514: syslog (UDP/TCP), 6514: syslog over TLS (RFC 5425), 2514: rsyslog's customary RELP port.
const TransportName kTransports[] = {
    {ForwardTransport::Udp, "udp", 514},       {ForwardTransport::Tcp, "tcp", 514},
    {ForwardTransport::Tls, "tls", 6514},      {ForwardTransport::Relp, "relp", 2514},
    {ForwardTransport::RelpTls, "relp-tls", 6514},
};

bool isValidHost(const QString &host)
{
    return !IpAddress(host).isNull() || BlockCommands::isValidHostName(host);
}
} // namespace

QString forwardTransportName(ForwardTransport t)
{
    for (const TransportName &n : kTransports)
        if (n.transport == t)
            return QString::fromLatin1(n.name);
    return QStringLiteral("tcp");
}

bool forwardTransportFromName(const QString &name, ForwardTransport *out)
{
    for (const TransportName &n : kTransports) {
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0) {
            *out = n.transport;
            return true;
        }
    }
    return false;
}

quint16 defaultForwardPort(ForwardTransport t)
{
    for (const TransportName &n : kTransports)
        if (n.transport == t)
            return n.port;
    return 514;
}

QString forwardFormatName(ForwardFormat f)
{
    return f == ForwardFormat::Cef ? QStringLiteral("cef") : QStringLiteral("json");
}

bool forwardFormatFromName(const QString &name, ForwardFormat *out)
{
    if (name.compare(QLatin1String("cef"), Qt::CaseInsensitive) == 0)
        *out = ForwardFormat::Cef;
    else if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        *out = ForwardFormat::Json;
    else
        return false;
    return true;
}

bool parseForwardUrl(const QString &url, ForwardDestination *dest, QString *error)
{
    static const QRegularExpression re(QStringLiteral(R"(^([A-Za-z-]+)://(\[[0-9A-Fa-f:.]+\]|[^:/\[\]]+)(?::(\d{1,5}))?/?$)"));
    const QRegularExpressionMatch m = re.match(url.trimmed());
    ForwardTransport t = ForwardTransport::Tcp;
    if (!m.hasMatch() || !forwardTransportFromName(m.captured(1), &t)) {
        *error = tr("'%1' is not a destination address; write it as udp://, tcp://, tls://, relp:// or "
                    "relp-tls:// followed by the host and an optional port, e.g. relp://siem.example.com:2514.")
                     .arg(url);
        return false;
    }
    QString host = m.captured(2);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    if (!isValidHost(host)) {
        *error = tr("'%1' is not a host name or IP address.").arg(host);
        return false;
    }
    const int port = m.captured(3).isEmpty() ? defaultForwardPort(t) : m.captured(3).toInt();
    if (port < 1 || port > 65535) {
        *error = tr("The port in '%1' must be between 1 and 65535.").arg(url);
        return false;
    }
    dest->transport = t;
    dest->host = host;
    dest->port = quint16(port);
    return true;
}

QString ForwardDestination::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the destination a name.");
    if (name.size() > 64)
        return tr("The destination name is too long (64 characters at most).");
    if (!isValidHost(host))
        return tr("'%1' is not a host name or IP address.").arg(host);
    if (port == 0)
        return tr("The port must be between 1 and 65535.");
    if (usesTls() && !fingerprint.trimmed().isEmpty() && CertificatePin::normalize(fingerprint).isEmpty())
        return tr("The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hex digits, colons "
                  "allowed).");
    return {};
}

QString ForwardDestination::url() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return forwardTransportName(transport) + QStringLiteral("://") + h + QLatin1Char(':') + QString::number(port);
}

QString ForwardDestination::queueFileName() const
{
    // The readable part keeps letters and digits only; the hash keeps "SIEM 1" and "SIEM-1" apart.
    QString readable;
    for (QChar c : name)
        if (c.isLetterOrNumber() && c.unicode() < 128 && readable.size() < 32)
            readable.append(c.toLower());
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("forward-%1-%2.sqlite").arg(readable, QString::fromLatin1(hash));
}

bool ForwardDestination::operator==(const ForwardDestination &o) const
{
    return name == o.name && host == o.host && port == o.port && transport == o.transport && format == o.format
        && minSeverity == o.minSeverity && includeEvents == o.includeEvents && caFile == o.caFile
        && fingerprint == o.fingerprint && enabled == o.enabled;
}

} // namespace tg
