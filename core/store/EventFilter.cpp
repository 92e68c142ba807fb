#include "EventFilter.h"

namespace tg {

bool EventFilter::matches(const Event &e) const
{
    if (!pbx.isEmpty() && e.pbx != pbx)
        return false;
    if (!srcIp.isEmpty() && e.srcIp != srcIp)
        return false;
    if (!account.isEmpty() && e.account != account)
        return false;
    if (!kinds.isEmpty() && !kinds.contains(e.kind))
        return false;
    if (fromMs > 0 && e.timeMs < fromMs)
        return false;
    if (toMs > 0 && e.timeMs >= toMs)
        return false;
    if (text.isEmpty())
        return true;
    for (const QString *field : {&e.type, &e.account, &e.srcIp, &e.userAgent, &e.destination, &e.callId, &e.detail})
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace tg
