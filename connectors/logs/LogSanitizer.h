#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tg {

// Makes text from a PBX (which an attacker partly controls: user agents, account names)
// safe to show and store: terminal escape sequences and control characters removed,
// invalid UTF-8 replaced, length bounded.
class LogSanitizer
{
public:
    // Strips ANSI/VT escape sequences (CSI, OSC, two-byte ESC x) and C0/DEL controls
    // except TAB; keeps bytes otherwise (valid UTF-8 stays as it was).
    static QByteArray stripControls(QByteArrayView bytes);
    // True when stripControls would change `bytes` (an ESC, a C0 control other than TAB, or DEL).
    static bool hasControls(QByteArrayView bytes);
    // stripControls, then decoded as UTF-8 with U+FFFD for invalid sequences, then cut to
    // maxChars with a "…" marker.
    static QString cleanText(QByteArrayView bytes, int maxChars = 1024);
};

} // namespace tg
