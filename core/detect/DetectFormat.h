#pragma once

#include <QString>
#include <QStringList>

namespace tg {

// Small text helpers shared by the detectors' explanations.
class DetectFormat
{
public:
    static QString duration(qint64 seconds);            // "10 min", "6 h", "45 s"
    static QString money(double amount, const QString &currency);
    // "a, b, c and 4 more"; total > items.size() when only the first items were passed.
    static QString list(const QStringList &items, int max = 5, int total = -1);
    static bool isTelephonyService(const QString &service); // SIP, PJSIP, IAX2 (not AMI/ESL)
    static QString serviceClass(const QString &service);  // "voice" or the service name
};

} // namespace tg
