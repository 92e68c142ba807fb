#include "ForwardSettings.h"

#include <QSettings>

namespace tg {

namespace {
const QString kArray = QStringLiteral("forwarding/destinations");
}

ForwardDestinationList ForwardSettings::load()
{
    QSettings s;
    ForwardDestinationList list;
    const int n = s.beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        ForwardDestination d;
        d.name = s.value(QStringLiteral("name")).toString();
        d.host = s.value(QStringLiteral("host")).toString();
        forwardTransportFromName(s.value(QStringLiteral("transport")).toString(), &d.transport);
        d.port = quint16(s.value(QStringLiteral("port"), defaultForwardPort(d.transport)).toUInt());
        forwardFormatFromName(s.value(QStringLiteral("format")).toString(), &d.format);
        d.minSeverity = severityFromName(s.value(QStringLiteral("minSeverity"), severityName(d.minSeverity)).toString());
        d.includeEvents = s.value(QStringLiteral("includeEvents"), false).toBool();
        d.caFile = s.value(QStringLiteral("caFile")).toString();
        d.fingerprint = s.value(QStringLiteral("fingerprint")).toString();
        d.enabled = s.value(QStringLiteral("enabled"), true).toBool();
        if (!d.name.isEmpty())
            list.append(d);
    }
    s.endArray();
    return list;
}

void ForwardSettings::save(const ForwardDestinationList &destinations)
{
    QSettings s;
    s.remove(kArray);
    s.beginWriteArray(kArray, int(destinations.size()));
    for (int i = 0; i < destinations.size(); ++i) {
        const ForwardDestination &d = destinations.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), d.name);
        s.setValue(QStringLiteral("host"), d.host);
        s.setValue(QStringLiteral("port"), d.port);
        s.setValue(QStringLiteral("transport"), forwardTransportName(d.transport));
        s.setValue(QStringLiteral("format"), forwardFormatName(d.format));
        s.setValue(QStringLiteral("minSeverity"), severityName(d.minSeverity));
        s.setValue(QStringLiteral("includeEvents"), d.includeEvents);
        s.setValue(QStringLiteral("caFile"), d.caFile);
        s.setValue(QStringLiteral("fingerprint"), d.fingerprint);
        s.setValue(QStringLiteral("enabled"), d.enabled);
    }
    s.endArray();
}

bool ForwardSettings::find(const QString &name, ForwardDestination *out)
{
    const ForwardDestinationList all = load();
    for (const ForwardDestination &d : all) {
        if (d.name == name) {
            *out = d;
            return true;
        }
    }
    return false;
}

} // namespace tg
