#include "TrunkPeerParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace tg {

namespace {

struct Section {
    QString name;
    QStringList templates;      // "[name](a,b)": inherited from
    bool isTemplate = false;    // "[name](!)"
    QVector<QPair<QString, QString>> options;   // in order, keys lower-case
};

// Asterisk's config format: "[section](options)", "key = value" or "key => value", ";" comments.
QVector<Section> parseConfig(const QString &text)
{
    static const QRegularExpression header(QStringLiteral("^\\[([^\\]]+)\\]\\s*(?:\\(([^)]*)\\))?"));
    QVector<Section> sections;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        const int comment = int(line.indexOf(QLatin1Char(';')));
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto h = header.match(line);
        if (h.hasMatch()) {
            Section s;
            s.name = h.captured(1).trimmed();
            for (const QString &opt : h.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString o = opt.trimmed();
                if (o == QLatin1String("!"))
                    s.isTemplate = true;
                else if (!o.isEmpty() && o != QLatin1String("+"))
                    s.templates << o;
            }
            sections << s;
            continue;
        }
        if (sections.isEmpty())
            continue;
        int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        QString value = line.mid(eq + 1);
        if (value.startsWith(QLatin1Char('>')))
            value.remove(0, 1);
        sections.last().options.append({key, value.trimmed()});
    }
    return sections;
}

// The effective last value of `key`, looking through templates (bounded depth).
QString valueOf(const Section &s, const QString &key, const QHash<QString, const Section *> &byName, int depth = 0)
{
    for (int i = int(s.options.size()) - 1; i >= 0; --i)
        if (s.options.at(i).first == key)
            return s.options.at(i).second;
    if (depth > 8)
        return QString();
    for (int i = int(s.templates.size()) - 1; i >= 0; --i) {
        const Section *t = byName.value(s.templates.at(i));
        if (t) {
            const QString v = valueOf(*t, key, byName, depth + 1);
            if (!v.isEmpty())
                return v;
        }
    }
    return QString();
}

int maskToPrefix(const QString &mask)
{
    const IpAddress m(mask);
    if (m.isNull() || !m.isV4())
        return -1;
    const QStringList o = m.toString().split(QLatin1Char('.'));
    quint32 bits = 0;
    for (const QString &x : o)
        bits = (bits << 8) | x.toUInt();
    int prefix = 0;
    while (prefix < 32 && (bits & (0x80000000u >> prefix)))
        ++prefix;
    return (prefix == 32 || (bits << prefix) == 0) ? prefix : -1;
}

} // namespace

QVector<TrunkPeer> TrunkPeerParser::parseSipConf(const QString &text)
{
    const QVector<Section> sections = parseConfig(text);
    QHash<QString, const Section *> byName;
    for (const Section &s : sections)
        byName.insert(s.name, &s);
    QVector<TrunkPeer> peers;
    for (const Section &s : sections) {
        if (s.isTemplate || s.name == QLatin1String("general"))
            continue;
        const QString type = valueOf(s, QStringLiteral("type"), byName).toLower();
        const QString host = valueOf(s, QStringLiteral("host"), byName);
        if ((type == QLatin1String("peer") || type == QLatin1String("friend")) && !host.isEmpty()
            && host.compare(QLatin1String("dynamic"), Qt::CaseInsensitive) != 0)
            peers.append({s.name, host, QStringLiteral("sip.conf")});
    }
    return peers;
}

QVector<TrunkPeer> TrunkPeerParser::parsePjsipConf(const QString &text)
{
    const QVector<Section> sections = parseConfig(text);
    QHash<QString, const Section *> byName;
    for (const Section &s : sections)
        byName.insert(s.name, &s);
    QVector<TrunkPeer> peers;
    for (const Section &s : sections) {
        if (s.isTemplate || valueOf(s, QStringLiteral("type"), byName).toLower() != QLatin1String("identify"))
            continue;
        // match= may repeat and lists several entries; templates contribute theirs too.
        QStringList values;
        std::function<void(const Section &, int)> collect = [&](const Section &sec, int depth) {
            if (depth > 8)
                return;
            for (const QString &t : sec.templates)
                if (const Section *ts = byName.value(t))
                    collect(*ts, depth + 1);
            for (const auto &o : sec.options)
                if (o.first == QLatin1String("match"))
                    values << o.second.split(QLatin1Char(','), Qt::SkipEmptyParts);
        };
        collect(s, 0);
        for (const QString &v : values)
            if (!v.trimmed().isEmpty())
                peers.append({s.name, v.trimmed(), QStringLiteral("pjsip.conf")});
    }
    return peers;
}

BlockAddress TrunkPeerParser::literal(const QString &hostText)
{
    QString host = hostText.trimmed();
    // "[v6]:port" or "[v6]"
    if (host.startsWith(QLatin1Char('['))) {
        const int close = int(host.indexOf(QLatin1Char(']')));
        if (close < 0)
            return {};
        host = host.mid(1, close - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        host = host.left(host.indexOf(QLatin1Char(':')));   // "v4:port"
    }
    const int slash = int(host.indexOf(QLatin1Char('/')));
    if (slash >= 0) {
        const QString mask = host.mid(slash + 1);
        if (mask.contains(QLatin1Char('.'))) {
            const int prefix = maskToPrefix(mask);
            if (prefix < 0)
                return {};
            host = host.left(slash) + QLatin1Char('/') + QString::number(prefix);
        }
        // A peer written with host bits set still names that network.
        IpAddress net;
        int prefix = 0;
        if (!IpAddress::parseSubnet(host, &net, &prefix))
            return {};
        return BlockAddress::parse(prefix == (net.isV4() ? 32 : 128) ? net.toString()
                                                                      : net.toString() + QLatin1Char('/') + QString::number(prefix));
    }
    return BlockAddress::parse(IpAddress(host).toString());
}

} // namespace tg
