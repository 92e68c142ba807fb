#include "AmiCaptureEvents.h"

#include <QFile>
#include <QHash>
#include <QMap>

using namespace tg;

namespace tgtest {

QString testData(const QString &relative)
{
    QByteArray dir = qgetenv("TOLLGATE_TEST_DATA");
    if (dir.isEmpty())
        dir = TOLLGATE_TEST_DATA;
    return QString::fromUtf8(dir) + QLatin1Char('/') + relative;
}

namespace {

bool remoteAddress(const QString &text, Event &e)
{
    // IPV4/UDP/203.0.113.5/5060 or IPV6/UDP/2001:db8::a1/5060
    const int first = text.indexOf(QLatin1Char('/'));
    const int second = text.indexOf(QLatin1Char('/'), first + 1);
    const int last = text.lastIndexOf(QLatin1Char('/'));
    if (first < 0 || second < 0 || last <= second)
        return false;
    e.transport = text.mid(first + 1, second - first - 1);
    e.srcIp = text.mid(second + 1, last - second - 1);
    e.srcPort = quint16(text.mid(last + 1).toUInt());
    return true;
}

QString endpointOf(const QString &channel)
{
    // SIP/1001-00000006 -> 1001
    const int slash = channel.indexOf(QLatin1Char('/'));
    const int dash = channel.lastIndexOf(QLatin1Char('-'));
    return channel.mid(slash + 1, (dash > slash ? dash : channel.size()) - slash - 1);
}

} // namespace

EventList amiCaptureEvents(const QString &path, const QString &pbx)
{
    EventList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> blocks = f.readAll().split('\n');
    QMap<QString, QString> h;
    QByteArray raw;
    QHash<QString, QString> contacts; // endpoint -> IP it registered from
    qint64 lastTime = 0;
    auto flush = [&]() {
        const QString ev = h.value(QStringLiteral("Event"));
        if (ev.isEmpty()) {
            h.clear();
            raw.clear();
            return;
        }
        Event e;
        e.pbx = pbx;
        e.type = ev;
        e.raw = raw;
        const QString ts = h.value(QStringLiteral("Timestamp"));
        e.timeMs = ts.isEmpty() ? lastTime : qint64(ts.toDouble() * 1000.0);
        lastTime = e.timeMs;
        e.service = h.value(QStringLiteral("Service"));
        e.account = h.value(QStringLiteral("AccountID"));
        if (h.contains(QStringLiteral("RemoteAddress")))
            remoteAddress(h.value(QStringLiteral("RemoteAddress")), e);
        static const QStringList failures{QStringLiteral("InvalidPassword"), QStringLiteral("InvalidAccountID"),
                                          QStringLiteral("ChallengeResponseFailed")};
        static const QStringList acl{QStringLiteral("FailedACL"), QStringLiteral("UnexpectedAddress"),
                                     QStringLiteral("RequestNotAllowed")};
        static const QStringList abuse{QStringLiteral("RequestBadFormat"), QStringLiteral("InvalidTransport"),
                                       QStringLiteral("AuthMethodNotAllowed")};
        bool keep = true;
        if (failures.contains(ev)) {
            e.kind = EventKind::AuthFailure;
        } else if (ev == QLatin1String("SuccessfulAuth")) {
            e.kind = EventKind::AuthSuccess;
        } else if (ev == QLatin1String("ChallengeSent")) {
            e.kind = EventKind::AuthChallenge;
        } else if (acl.contains(ev)) {
            e.kind = EventKind::AclReject;
        } else if (abuse.contains(ev)) {
            e.kind = EventKind::ProtocolAbuse;
        } else if (ev == QLatin1String("FullyBooted") || ev == QLatin1String("Reload")) {
            e.kind = EventKind::ConfigReload;
        } else if (ev == QLatin1String("PeerStatus") && h.value(QStringLiteral("PeerStatus")) == QLatin1String("Registered")) {
            e.kind = EventKind::Registration;
            e.account = endpointOf(h.value(QStringLiteral("Peer")) + QStringLiteral("-x"));
            e.service = h.value(QStringLiteral("ChannelType"));
            const QString addr = h.value(QStringLiteral("Address"));
            const int colon = addr.lastIndexOf(QLatin1Char(':'));
            e.srcIp = addr.left(colon);
            e.srcIp.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            e.srcPort = quint16(addr.mid(colon + 1).toUInt());
            contacts.insert(e.account, e.srcIp);
        } else if (ev == QLatin1String("Newchannel")
                   && h.value(QStringLiteral("Uniqueid")) == h.value(QStringLiteral("Linkedid"))) {
            e.kind = EventKind::CallStart;
            e.account = endpointOf(h.value(QStringLiteral("Channel")));
            e.destination = h.value(QStringLiteral("Exten"));
            e.callId = h.value(QStringLiteral("Linkedid"));
            e.srcIp = contacts.value(e.account);
        } else if (ev == QLatin1String("Newstate") && h.value(QStringLiteral("ChannelStateDesc")) == QLatin1String("Up")
                   && h.value(QStringLiteral("Uniqueid")) == h.value(QStringLiteral("Linkedid"))) {
            e.kind = EventKind::CallAnswer;
            e.account = endpointOf(h.value(QStringLiteral("Channel")));
            e.callId = h.value(QStringLiteral("Linkedid"));
        } else if (ev == QLatin1String("Cdr")) {
            e.kind = EventKind::CallEnd;
            e.account = h.value(QStringLiteral("Source"));
            e.destination = h.value(QStringLiteral("Destination"));
            e.callId = h.value(QStringLiteral("UniqueID"));
            e.billSec = h.value(QStringLiteral("BillableSeconds")).toLongLong();
            e.durationMs = h.value(QStringLiteral("Duration")).toLongLong() * 1000;
            e.detail = h.value(QStringLiteral("Disposition"));
        } else {
            keep = false;
        }
        if (keep) {
            e.id = out.size() + 1;
            out.append(e);
        }
        h.clear();
        raw.clear();
    };
    for (QByteArray line : blocks) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            flush();
            continue;
        }
        raw += line + "\r\n";
        const int colon = line.indexOf(':');
        if (colon > 0)
            h.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 1).trimmed()));
    }
    flush();
    // Events before the first Timestamp (the login banner's FullyBooted) take the first known time.
    qint64 first = 0;
    for (const Event &e : qAsConst(out))
        if (e.timeMs > 0) {
            first = e.timeMs;
            break;
        }
    for (Event &e : out)
        if (e.timeMs == 0)
            e.timeMs = first;
    return out;
}

} // namespace tgtest
