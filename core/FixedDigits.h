#pragma once

#include <QByteArrayView>

namespace tg {

// The number in exactly n decimal digits at pos of v (a field of a timestamp); *ok is set false,
// and 0 returned, when any of them is missing or not a digit (*ok is never set true, so one flag
// can collect several fields).
inline int fixedDigits(QByteArrayView v, qsizetype pos, int n, bool *ok)
{
    int r = 0;
    for (int i = 0; i < n; ++i) {
        if (pos + i >= v.size() || v[pos + i] < '0' || v[pos + i] > '9') {
            *ok = false;
            return 0;
        }
        r = r * 10 + (v[pos + i] - '0');
    }
    return r;
}

} // namespace tg
