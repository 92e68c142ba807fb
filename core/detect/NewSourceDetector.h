#pragma once

#include "BoundedLru.h"
#include "Detector.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace tg {

// 6. An account registering (or an AMI user logging in) from a network never seen for it.
// Addresses in the same /24 (IPv4) or /64 (IPv6) count as one source, so DHCP moves are quiet.
// Learns quietly for a while after a PBX's first event. Countries need a GeoIP database, and this
// build has no libmaxminddb support, so the country check reports itself off.
class NewSourceDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::NewSourceDetector)
public:
    explicit NewSourceDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("new_source"); }
    void process(const Event &e) override;
    int trackedKeys() const override { return m_accounts.size(); }
    QStringList status() const override;

    // "203.0.113.0/24" for 203.0.113.5 with prefix 24; empty for an invalid address.
    static QString networkOf(const QString &ip, int v4Prefix, int v6Prefix);

private:
    struct Seen {
        QString network;
        QString lastIp;
        qint64 lastMs = 0;
    };
    BoundedLru<QVector<Seen>> m_accounts;
    QHash<QString, qint64> m_pbxFirstMs;
    static constexpr int kMaxNetworksPerAccount = 16;
};

} // namespace tg
