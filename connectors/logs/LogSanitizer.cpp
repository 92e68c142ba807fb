#include "LogSanitizer.h"

#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

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

bool LogSanitizer::hasControls(QByteArrayView bytes)
{
    // Every line of every log passes here. Sixteen bytes at a time where SSE2 is there (every x86-64),
    // eight by the usual bit tricks elsewhere; exact per byte only where those say maybe (TAB is allowed).
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    auto exact = [](const char *q, qsizetype len) {
        for (qsizetype k = 0; k < len; ++k) {
            const unsigned char c = static_cast<unsigned char>(q[k]);
            if ((c < 0x20 && c != '\t') || c == 0x7f)
                return true;
        }
        return false;
    };
#if defined(__SSE2__) || defined(_M_X64)
    const __m128i below = _mm_set1_epi8(0x1f), del = _mm_set1_epi8(0x7f);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        // unsigned v <= 0x1f exactly when min(v, 0x1f) == v
        const __m128i ctl = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below), v), _mm_cmpeq_epi8(v, del));
        if (_mm_movemask_epi8(ctl) && exact(p + i, 16))
            return true;
    }
#endif
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        memcpy(&w, p + i, 8);
        const quint64 d = w ^ (ones * 0x7f);
        const bool maybe = ((w - ones * 0x20) & ~w & highs) || ((d - ones) & ~d & highs);
        if (maybe && exact(p + i, 8))
            return true;
    }
    return exact(p + i, n - i);
}

QString LogSanitizer::cleanText(QByteArrayView bytes, int maxChars)
{
    // Most fields are short printable ASCII: nothing to strip, decode or cut.
    if (bytes.size() <= maxChars) {
        bool plain = true;
        for (const char ch : bytes) {
            const unsigned char c = static_cast<unsigned char>(ch);
            plain &= c >= 0x20 && c < 0x7f;
        }
        if (plain)
            return QString::fromLatin1(bytes);
    }
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
