#pragma once

#include "KeyHash.h"

#include <vector>

namespace tg {

// Alerts whose text a detector skipped rebuilding under load (DetectorContext::textDue) keep the
// text of an earlier event, so their count and their explanation disagree. A detector notes such
// subjects here and, on its tick, rebuilds the text of each once the subject has been quiet for a
// second: the last word of an attack always matches its count.
class StaleTexts
{
public:
    static constexpr qint64 kQuietMs = 1000;

    // Notes key once (the flag lives in the detector's state for the key).
    void mark(Key key, bool &staleFlag)
    {
        if (!staleFlag) {
            staleFlag = true;
            m_keys.push_back(key);
        }
    }

    // refresh(key) rebuilds the key's text if its state is still held and quiet, and says whether
    // the key is done with (refreshed or forgotten) or must wait for a later tick.
    template<class Refresh>
    void flush(Refresh refresh)
    {
        size_t kept = 0;
        for (size_t i = 0; i < m_keys.size(); ++i)
            if (!refresh(m_keys[i]))
                m_keys[kept++] = m_keys[i];
        m_keys.resize(kept);
    }

private:
    std::vector<Key> m_keys;
};

} // namespace tg
