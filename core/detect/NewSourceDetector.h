#pragma once

#include "BoundedLru.h"
#include "Detector.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace tg {

// 6. An account registering (or an AMI user logging in) from a network never seen for it, and,
// with a GeoIP database, from a country never seen for it (rule new_country, high: a phone that
// moves house stays in its country; a stolen password rarely does).
// Addresses in the same /24 (IPv4) or /64 (IPv6) count as one source, so DHCP moves are quiet.
// Learns quietly for a while after a PBX's first event.
class NewSourceDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::NewSourceDetector)
public:
    explicit NewSourceDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("new_source"); }
    static QString countryRule() { return QStringLiteral("new_country"); }
    bool wants(EventKind kind) const override
    {
        return kind == EventKind::Registration || kind == EventKind::AuthSuccess;
    }
    void process(const Event &e) override;
    int trackedKeys() const override { return m_accounts.size(); }
    QStringList status() const override;
    void saveLearned(LearnedState &state) const override;
    void restoreLearned(const LearnedState &state) override;

    // "203.0.113.0/24" for 203.0.113.5 with prefix 24; empty for an invalid address.
    static QString networkOf(const QString &ip, int v4Prefix, int v6Prefix);

private:
    struct Seen {
        QString network;
        QString lastIp;
        qint64 lastMs = 0;
        int prefix = -1;   // the prefix settings network was computed with (-1: restored, unknown)
    };
    struct History {
        QString pbx;
        QString account;
        QVector<Seen> networks;
        QStringList countries;   // ISO codes, oldest first, bounded
    };
    void raiseNetwork(const Event &e, const QString &net, const History &h);
    void raiseCountry(const Event &e, const QString &country, const QString &countryName, const History &h);
    static void remember(History &h, const QString &net, int prefix, const Event &e);

    KeyedLru<History> m_accounts;   // pbx + account
    QHash<QString, qint64> m_pbxFirstMs;
    static constexpr int kMaxNetworksPerAccount = 16;
    static constexpr int kMaxCountriesPerAccount = 16;
};

} // namespace tg
