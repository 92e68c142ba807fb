#pragma once

#include <QString>

#include <list>
#include <unordered_map>

namespace tg {

// A map with a hard cap on its keys: touching a key makes it the newest; inserting past the cap
// evicts the least recently touched key. Detectors keep their per-IP/per-account windows here, so
// an attack from a million addresses costs at most `capacity` entries.
template<class V>
class BoundedLru
{
public:
    explicit BoundedLru(int capacity = 100000) : m_capacity(capacity > 0 ? capacity : 1) {}

    // The value for key, created when missing; the key becomes the newest.
    V &touch(const QString &key, bool *created = nullptr)
    {
        auto it = m_map.find(key);
        if (it != m_map.end()) {
            m_order.splice(m_order.begin(), m_order, it->second.pos);
            if (created)
                *created = false;
            return it->second.value;
        }
        m_order.push_front(key);
        Node &n = m_map[key];
        n.pos = m_order.begin();
        if (created)
            *created = true;
        while (int(m_map.size()) > m_capacity) {
            m_map.erase(m_order.back());
            m_order.pop_back();
            ++m_evictions;
        }
        return n.value;
    }

    V *find(const QString &key)
    {
        auto it = m_map.find(key);
        return it == m_map.end() ? nullptr : &it->second.value;
    }
    const V *find(const QString &key) const
    {
        auto it = m_map.find(key);
        return it == m_map.end() ? nullptr : &it->second.value;
    }

    void remove(const QString &key)
    {
        auto it = m_map.find(key);
        if (it == m_map.end())
            return;
        m_order.erase(it->second.pos);
        m_map.erase(it);
    }

    // Drops the oldest entries while stale(value) says so (for time-based expiry in tick()).
    template<class P>
    int dropOldestWhile(P stale)
    {
        int n = 0;
        while (!m_order.empty()) {
            auto it = m_map.find(m_order.back());
            if (!stale(it->second.value))
                break;
            m_map.erase(it);
            m_order.pop_back();
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
        m_order.clear();
    }

private:
    struct Node {
        V value{};
        typename std::list<QString>::iterator pos;
    };
    std::unordered_map<QString, Node> m_map;
    std::list<QString> m_order; // front = newest
    int m_capacity;
    qint64 m_evictions = 0;
};

} // namespace tg
