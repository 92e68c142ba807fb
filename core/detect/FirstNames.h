#pragma once

#include "KeyHash.h"

#include <QStringList>
#include <QVarLengthArray>

namespace tg {

// The first few distinct names (accounts tried, addresses seen) a detector shows in an alert's
// text. Checked on every event, so a name is recognized by its key (an integer compare) and copied
// only the first time; once full it costs one size check.
template<int Max>
class FirstNames
{
public:
    void add(Key key, const QString &name)
    {
        if (m_keys.size() >= Max || name.isEmpty())
            return;
        for (Key k : m_keys)
            if (k == key)
                return;
        m_keys.append(key);
        m_names.append(name);
    }
    const QStringList &names() const { return m_names; }

private:
    QVarLengthArray<Key, Max> m_keys;
    QStringList m_names;
};

} // namespace tg
