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
    static QString list(const QStringList &items, int max = 5); // "a, b, c and 4 more"
    static bool isTelephonyService(const QString &service); // SIP, PJSIP, IAX2 (not AMI/ESL)
    static QString serviceClass(const QString &service);  // "voice" or the service name
};

} // namespace tg
