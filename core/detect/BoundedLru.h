#pragma once

#include "KeyHash.h"

#include <QString>

#include <unordered_map>
#include <utility>

namespace tg {

// A map with a hard cap on its keys: touching a key makes it the newest; inserting past the cap
// evicts the least recently touched key. Detectors keep their per-IP/per-account windows here, so
// an attack from a million addresses costs at most `capacity` entries.
// The recency order is a list threaded through the map's own nodes (they never move), so a touch
// costs one hash lookup and no allocation unless the key is new.
template<class V, class K = QString, class Hash = std::hash<K>>
class BoundedLru
{
public:
    explicit BoundedLru(int capacity = 100000) : m_capacity(capacity > 0 ? capacity : 1) {}
    BoundedLru(const BoundedLru &) = delete;
    BoundedLru &operator=(const BoundedLru &) = delete;

    // The value for key, created when missing; the key becomes the newest.
    V &touch(const K &key, bool *created = nullptr)
    {
        auto [it, isNew] = m_map.try_emplace(key);
        Entry *e = &*it;
        if (created)
            *created = isNew;
        if (isNew) {
            linkNewest(e);
            while (int(m_map.size()) > m_capacity) {
                Entry *old = m_oldest;
                unlink(old);
                m_map.erase(old->first);
                ++m_evictions;
            }
        } else if (e != m_newest) {
            unlink(e);
            linkNewest(e);
        }
        return e->second.value;
    }

    V *find(const K &key)
    {
        auto it = m_map.find(key);
        return it == m_map.end() ? nullptr : &it->second.value;
    }
    const V *find(const K &key) const
    {
        auto it = m_map.find(key);
        return it == m_map.end() ? nullptr : &it->second.value;
    }

    void remove(const K &key)
    {
        auto it = m_map.find(key);
        if (it == m_map.end())
            return;
        unlink(&*it);
        m_map.erase(it);
    }

    // Drops the oldest entries while stale(value) says so (for time-based expiry in tick()).
    template<class P>
    int dropOldestWhile(P stale)
    {
        int n = 0;
        while (m_oldest && stale(m_oldest->second.value)) {
            Entry *old = m_oldest;
            unlink(old);
            m_map.erase(old->first);
            ++n;
        }
        return n;
    }

    template<class F>
    void forEach(F f)
    {
        for (auto &kv : m_map)
            f(kv.first, kv.second.value);
    }
    template<class F>
    void forEach(F f) const
    {
        for (const auto &kv : m_map)
            f(kv.first, kv.second.value);
    }

    int size() const { return int(m_map.size()); }
    int capacity() const { return m_capacity; }
    // Keys evicted because of the cap since the last call.
    qint64 takeEvictions()
    {
        const qint64 n = m_evictions;
        m_evictions = 0;
        return n;
    }
    void clear()
    {
        m_map.clear();
        m_newest = m_oldest = nullptr;
    }

private:
    struct Node;
    using Entry = std::pair<const K, Node>;
    struct Node {
        V value{};
        Entry *newer = nullptr;
        Entry *older = nullptr;
    };

    void linkNewest(Entry *e)
    {
        e->second.newer = nullptr;
        e->second.older = m_newest;
        if (m_newest)
            m_newest->second.newer = e;
        m_newest = e;
        if (!m_oldest)
            m_oldest = e;
    }
    void unlink(Entry *e)
    {
        Node &n = e->second;
        (n.newer ? n.newer->second.older : m_newest) = n.older;
        (n.older ? n.older->second.newer : m_oldest) = n.newer;
        n.newer = n.older = nullptr;
    }

    std::unordered_map<K, Node, Hash> m_map;
    Entry *m_newest = nullptr;
    Entry *m_oldest = nullptr;
    int m_capacity;
    qint64 m_evictions = 0;
};

// The usual case: keyed by a hashed address or account (see KeyHash.h).
template<class V>
using KeyedLru = BoundedLru<V, Key, KeyHasher>;

} // namespace tg
