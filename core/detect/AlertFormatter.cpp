#include "AlertFormatter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tg {

namespace {
QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString fit(const QString &s, int width)
{
    return s.size() > width ? s.left(width - 1) + QChar(0x2026) : s.leftJustified(width);
}

// {"203.0.113.5": "DE", ...} for the addresses that have a country.
QJsonObject countriesOf(const QStringList &ips, const QHash<QString, QString> &countries)
{
    QJsonObject o;
    for (const QString &ip : ips)
        if (const QString cc = countries.value(ip); !cc.isEmpty())
            o.insert(ip, cc);
    return o;
}

// "203.0.113.5 (DE), 2001:db8::1"
QString sourcesText(const QStringList &ips, const QHash<QString, QString> &countries)
{
    QStringList parts;
    for (const QString &ip : ips) {
        const QString cc = countries.value(ip);
        parts << (cc.isEmpty() ? ip : QStringLiteral("%1 (%2)").arg(ip, cc));
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QJsonObject AlertFormatter::alertToJson(const Alert &a, const QStringList &ips, const QStringList &accounts,
                                        const QString &currency)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), a.rule);
    o.insert(QStringLiteral("severity"), severityName(a.severity));
    o.insert(QStringLiteral("subject"), a.subject);
    o.insert(QStringLiteral("pbx"), a.pbx);
    o.insert(QStringLiteral("title"), a.title);
    o.insert(QStringLiteral("explanation"), a.explanation);
    o.insert(QStringLiteral("suggested_action"), a.suggestedAction);
    o.insert(QStringLiteral("source_ips"), QJsonArray::fromStringList(ips));
    o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(accounts));
    o.insert(QStringLiteral("count"), a.count);
    o.insert(QStringLiteral("first_seen"), QDateTime::fromMSecsSinceEpoch(a.firstSeenMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("last_seen"), QDateTime::fromMSecsSinceEpoch(a.lastSeenMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("estimated_cost"), a.estimatedCost);
    o.insert(QStringLiteral("currency"), currency);
    QJsonArray ev;
    for (qint64 id : a.evidence)
        ev.append(id);
    o.insert(QStringLiteral("evidence"), ev);
    return o;
}

QByteArray AlertFormatter::toJson(const AnalysisResult &r)
{
    QJsonArray alerts;
    for (const Alert &a : r.alerts) {
        const QString k = AnalysisResult::keyOf(a);
        QJsonObject o = alertToJson(a, r.sourceIps.value(k), r.accounts.value(k), r.currency);
        if (!r.countries.isEmpty())
            o.insert(QStringLiteral("source_countries"), countriesOf(r.sourceIps.value(k), r.countries));
        alerts.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("alerts"), alerts);
    root.insert(QStringLiteral("events"), r.events);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString AlertFormatter::toText(const AnalysisResult &r, bool verbose)
{
    QString out;
    if (r.alerts.isEmpty()) {
        out += tr("No alerts in %n event(s).", nullptr, r.events) + QLatin1Char('\n');
        return out;
    }
    out += fit(tr("SEVERITY"), 9) + QLatin1Char(' ') + fit(tr("RULE"), 22) + QLatin1Char(' ') + fit(tr("SUBJECT"), 24)
           + QLatin1Char(' ') + fit(tr("COUNT"), 6) + QLatin1Char(' ') + fit(tr("FIRST SEEN (UTC)"), 19)
           + QLatin1Char(' ') + fit(tr("LAST SEEN (UTC)"), 19) + QLatin1Char(' ') + fit(tr("COST"), 10)
           + QLatin1Char(' ') + tr("TITLE") + QLatin1Char('\n');
    for (const Alert &a : r.alerts) {
        const QString cost = a.estimatedCost > 0 ? QString::number(a.estimatedCost, 'f', 2) : QStringLiteral("-");
        out += fit(severityName(a.severity), 9) + QLatin1Char(' ') + fit(a.rule, 22) + QLatin1Char(' ')
               + fit(a.subject, 24) + QLatin1Char(' ') + fit(QString::number(a.count), 6) + QLatin1Char(' ')
               + fit(utc(a.firstSeenMs), 19) + QLatin1Char(' ') + fit(utc(a.lastSeenMs), 19) + QLatin1Char(' ')
               + fit(cost, 10) + QLatin1Char(' ') + a.title + QLatin1Char('\n');
        if (verbose) {
            out += QStringLiteral("    ") + a.explanation + QLatin1Char('\n');
            const QStringList ips = r.sourceIps.value(AnalysisResult::keyOf(a));
            if (!ips.isEmpty())
                out += QStringLiteral("    ") + tr("Sources: %1").arg(sourcesText(ips, r.countries)) + QLatin1Char('\n');
            out += QStringLiteral("    ") + tr("Action: %1").arg(a.suggestedAction) + QLatin1Char('\n');
        }
    }
    out += tr("%n alert(s) in %1 event(s).", nullptr, int(r.alerts.size())).arg(r.events) + QLatin1Char('\n');
    return out;
}

} // namespace tg
