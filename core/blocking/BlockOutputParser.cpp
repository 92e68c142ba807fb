#include "BlockOutputParser.h"

#include "BlockAddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::BlockOutputParser", text);
}

void addUnique(QVector<IpAddress> &list, const IpAddress &a)
{
    if (!a.isNull() && !list.contains(a))
        list << a;
}

void addListed(QVector<ListedBlock> *blocks, const QString &text, qint64 timeout = 0, qint64 expires = 0)
{
    const BlockAddress a = BlockAddress::parse(text);
    if (a.isNull())
        return;
    blocks->append({a.toString(), timeout, expires});
}

// One nft set element: "1.2.3.4", {"prefix": {...}}, {"range": [a, b]}, {"elem": {"val": ...}}.
void nftElement(const QJsonValue &v, QVector<ListedBlock> *blocks, qint64 timeout = 0, qint64 expires = 0)
{
    if (v.isString()) {
        addListed(blocks, v.toString(), timeout, expires);
        return;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("elem"))) {
        const QJsonObject e = o.value(QStringLiteral("elem")).toObject();
        nftElement(e.value(QStringLiteral("val")), blocks, e.value(QStringLiteral("timeout")).toInteger(),
                   e.value(QStringLiteral("expires")).toInteger());
    } else if (o.contains(QStringLiteral("prefix"))) {
        const QJsonObject p = o.value(QStringLiteral("prefix")).toObject();
        addListed(blocks, QStringLiteral("%1/%2").arg(p.value(QStringLiteral("addr")).toString())
                              .arg(p.value(QStringLiteral("len")).toInt()),
                  timeout, expires);
    } else if (o.contains(QStringLiteral("range"))) {
        // A range made by hand: listed by its first address, which is what a user recognises.
        const QJsonArray r = o.value(QStringLiteral("range")).toArray();
        addListed(blocks, r.at(0).toString(), timeout, expires);
    }
}

} // namespace

void BlockOutputParser::parseFacts(const QByteArray &out, PbxFacts *facts)
{
    const QList<QByteArray> lines = out.split('\n');
    QString section;
    QByteArray addrText;
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("@ssh"))) {
            // "client_ip client_port server_ip server_port"
            const QStringList f = line.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.size() >= 3) {
                addUnique(facts->adminAddresses, IpAddress(f.at(0)));
                addUnique(facts->ownAddresses, IpAddress(f.at(2)));
            }
            section = QStringLiteral("ssh");
            continue;
        }
        if (line == QLatin1String("@tools") || line == QLatin1String("@addr") || line == QLatin1String("@end")) {
            section = line.mid(1);
            continue;
        }
        if (section == QLatin1String("tools")) {
            static const QStringList known{QStringLiteral("nft"), QStringLiteral("ipset"), QStringLiteral("iptables"),
                                           QStringLiteral("ip6tables"), QStringLiteral("fail2ban-client")};
            if (known.contains(line) && !facts->tools.contains(line))
                facts->tools << line;
        } else if (section == QLatin1String("addr")) {
            addrText += raw + '\n';
        }
    }
    const QByteArray trimmed = addrText.trimmed();
    if (trimmed.startsWith('[')) {
        const QJsonArray ifaces = QJsonDocument::fromJson(trimmed).array();
        for (const QJsonValue &iface : ifaces)
            for (const QJsonValue &ai : iface.toObject().value(QStringLiteral("addr_info")).toArray())
                addUnique(facts->ownAddresses, IpAddress(ai.toObject().value(QStringLiteral("local")).toString()));
    } else {
        // "2: eth0    inet 192.0.2.10/24 brd ... scope global eth0"
        static const QRegularExpression re(QStringLiteral("\\binet6?\\s+([0-9A-Fa-f:.]+)(?:/\\d+)?"));
        for (const QByteArray &raw : trimmed.split('\n')) {
            const auto m = re.match(QString::fromUtf8(raw));
            if (m.hasMatch())
                addUnique(facts->ownAddresses, IpAddress(m.captured(1)));
        }
    }
}

bool BlockOutputParser::parseNftJson(const QByteArray &out, QVector<ListedBlock> *blocks, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &pe);
    const QJsonArray items = doc.object().value(QStringLiteral("nftables")).toArray();
    if (doc.isNull() || !doc.isObject() || !doc.object().contains(QStringLiteral("nftables"))) {
        if (error)
            *error = tr("nft did not print the JSON listing Tollgate expects (%1).").arg(pe.errorString());
        return false;
    }
    for (const QJsonValue &item : items) {
        const QJsonObject set = item.toObject().value(QStringLiteral("set")).toObject();
        if (set.isEmpty())
            continue;
        const QString name = set.value(QStringLiteral("name")).toString();
        if (name != QLatin1String("blocked4") && name != QLatin1String("blocked6"))
            continue;
        for (const QJsonValue &e : set.value(QStringLiteral("elem")).toArray())
            nftElement(e, blocks);
    }
    return true;
}

bool BlockOutputParser::parseIpsetSave(const QByteArray &out, QVector<ListedBlock> *blocks)
{
    static const QRegularExpression re(QStringLiteral("^add (tollgate[46]) (\\S+)(?:.*\\btimeout (\\d+))?"));
    for (const QByteArray &raw : out.split('\n')) {
        const auto m = re.match(QString::fromUtf8(raw).trimmed());
        if (m.hasMatch()) {
            const qint64 left = m.captured(3).toLongLong();
            addListed(blocks, m.captured(2), left, left);
        }
    }
    return true;
}

bool BlockOutputParser::parseFail2banStatus(const QByteArray &out, QVector<ListedBlock> *blocks)
{
    bool found = false;
    for (const QByteArray &raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const int i = int(line.indexOf(QLatin1String("Banned IP list:")));
        if (i < 0)
            continue;
        found = true;
        const QStringList ips = line.mid(i + 15).split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        for (const QString &ip : ips)
            addListed(blocks, ip);
    }
    return found;
}

QHash<QString, QVector<IpAddress>> BlockOutputParser::parseResolve(const QByteArray &out)
{
    QHash<QString, QVector<IpAddress>> result;
    QString host;
    for (const QByteArray &raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1String("@host "))) {
            host = line.mid(6).trimmed();
            result.insert(host, {});
            continue;
        }
        if (host.isEmpty() || line.isEmpty())
            continue;
        addUnique(result[host], IpAddress(line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty)));
    }
    return result;
}

} // namespace tg
