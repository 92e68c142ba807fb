#include "DetectFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace tg {

QString DetectFormat::duration(qint64 s)
{
    // Counts are computed first: lupdate 6.4 hangs on a division inside translate()'s arguments.
    const int hours = int(s / 3600);
    const int minutes = int(s / 60);
    const int roundedMinutes = int((s + 30) / 60);
    if (s % 3600 == 0 && s >= 3600)
        return QCoreApplication::translate("tg::DetectFormat", "%n h", nullptr, hours);
    if (s % 60 == 0 && s >= 60)
        return QCoreApplication::translate("tg::DetectFormat", "%n min", nullptr, minutes);
    if (s >= 600)
        return QCoreApplication::translate("tg::DetectFormat", "%n min", nullptr, roundedMinutes);
    return QCoreApplication::translate("tg::DetectFormat", "%n s", nullptr, int(s));
}

QString DetectFormat::money(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(amount, 0, 'f', 2).arg(currency);
}

QString DetectFormat::list(const QStringList &items, int max, int total)
{
    const int all = std::max(total, int(items.size()));
    if (all <= max && items.size() <= max)
        return items.join(QStringLiteral(", "));
    return QCoreApplication::translate("tg::DetectFormat", "%1 and %n more", nullptr, all - std::min(max, int(items.size())))
        .arg(items.mid(0, max).join(QStringLiteral(", ")));
}

bool DetectFormat::isTelephonyService(const QString &service)
{
    // By length first: asked for every authentication event.
    const QStringView s(service);
    switch (s.size()) {
    case 0:
        return true;
    case 3:
        return s == u"SIP" || s == u"IAX";
    case 4:
        return s == u"IAX2";
    case 5:
        return s == u"PJSIP";
    default:
        return false;
    }
}

QString DetectFormat::serviceClass(const QString &service)
{
    return isTelephonyService(service) ? QStringLiteral("voice") : service;
}

} // namespace tg
