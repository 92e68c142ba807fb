#include "AddressText.h"

#include <QHostAddress>

namespace tg {

namespace {

// "a.b.c.d" with each part 0-255 and no leading zero: already the address' canonical text.
bool isCanonicalIpv4(QByteArrayView host)
{
    int parts = 0, digits = 0, value = 0;
    for (const char c : host) {
        if (c == '.') {
            if (digits == 0 || ++parts > 3)
                return false;
            digits = value = 0;
        } else if (c >= '0' && c <= '9') {
            if (digits == 1 && value == 0)
                return false;   // "01": QHostAddress reads it otherwise
            value = value * 10 + (c - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

} // namespace

QString canonicalAddress(QByteArrayView host)
{
    // The common case without QHostAddress, which costs a parse and a print per address.
    if (isCanonicalIpv4(host))
        return QString::fromLatin1(host);
    QHostAddress addr;
    if (host.isEmpty() || host.size() > 64 || !addr.setAddress(QString::fromLatin1(host)))
        return QString();
    return addr.toString();
}

} // namespace tg
