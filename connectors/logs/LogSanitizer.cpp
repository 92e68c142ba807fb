#include "LogSanitizer.h"

namespace tg {

QByteArray LogSanitizer::stripControls(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c == 0x1b) {
            if (i + 1 >= n)
                break;
            const uchar k = uchar(bytes[i + 1]);
            if (k == '[') {
                // CSI: parameters and intermediates, up to a final byte 0x40..0x7e.
                i += 2;
                while (i < n && !(uchar(bytes[i]) >= 0x40 && uchar(bytes[i]) <= 0x7e))
                    ++i;
            } else if (k == ']' || k == 'P' || k == '_' || k == '^') {
                // OSC/DCS/APC/PM: up to BEL or ESC '\'.
                i += 2;
                while (i < n && bytes[i] != '\a' && !(bytes[i] == '\x1b' && i + 1 < n && bytes[i + 1] == '\\'))
                    ++i;
                if (i < n && bytes[i] == '\x1b')
                    ++i;
            } else {
                ++i;   // two-byte sequence
            }
            continue;
        }
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            continue;
        out.append(char(c));
    }
    return out;
}

QString LogSanitizer::cleanText(QByteArrayView bytes, int maxChars)
{
    QString s = QString::fromUtf8(stripControls(bytes));
    // C1 controls (U+0080..U+009F) can act as escapes in some terminals too.
    s.removeIf([](QChar ch) { return ch.unicode() >= 0x80 && ch.unicode() <= 0x9f; });
    if (s.size() > maxChars) {
        s.truncate(s.at(maxChars - 1).isHighSurrogate() ? maxChars - 1 : maxChars);
        s.append(QChar(0x2026));
    }
    return s;
}

} // namespace tg
