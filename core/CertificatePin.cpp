#include "CertificatePin.h"

namespace tg::CertificatePin {

QString normalize(const QString &text)
{
    QString hex;
    hex.reserve(64);
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return {};
        hex.append(QLatin1Char(l));
    }
    return hex.size() == 64 ? hex : QString();
}

} // namespace tg::CertificatePin
