#pragma once

#include "BlockTypes.h"
#include "PbxProfile.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// How blocks are made on one PBX. Stored per PBX (BlockStore) as JSON.
struct BlockSettings {
    BlockBackend backend = BlockBackend::Auto;
    BlockScope scope = BlockScope::PbxPorts;
    QVector<PortRange> ports;                          // for BlockScope::PbxPorts, TCP and UDP
    QString fail2banJail = QStringLiteral("asterisk");
    QString fail2banSocket;                            // fail2ban-client -s; empty: fail2ban's default
    bool useSudo = true;                               // false when the SSH user is root
    QString configDir = QStringLiteral("/etc/asterisk"); // where sip.conf and pjsip.conf are read
    QStringList allowlist;                             // addresses and CIDRs never to block
    int minPrefixV4 = 16;                              // broader networks are refused
    int minPrefixV6 = 32;

    // SIP 5060/5061, RTP and the management port of the PBX's type (AMI or ESL).
    static BlockSettings defaultsFor(const PbxProfile &profile);

    // "5060,5061,10000-20000": ranges 1-65535, first <= last. Empty or invalid -> false, *error.
    static bool parsePorts(const QString &text, QVector<PortRange> *out, QString *error = nullptr);
    static QString portsText(const QVector<PortRange> &ports);
    // ^[A-Za-z0-9_-]{1,64}$: the only jail names that reach fail2ban-client.
    static bool isValidJail(const QString &jail);
    // An absolute plain path ([A-Za-z0-9._+@=/-], no "..", no part starting with "-").
    static bool isSafePath(const QString &path);

    // Every field checked: false with a sentence when something would be unsafe to use.
    bool validate(QString *error) const;

    QJsonObject toJson() const;
    static BlockSettings fromJson(const QJsonObject &o, const BlockSettings &defaults);
};

} // namespace tg

Q_DECLARE_METATYPE(tg::BlockSettings)
