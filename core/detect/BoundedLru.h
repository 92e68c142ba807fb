#pragma once

#include "KeyHash.h"

#include <QString>

#include <deque>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace tg {

// A map with a hard cap on its keys: touching a key makes it the newest; inserting past the cap
// evicts the least recently touched key. Detectors keep their per-IP/per-account windows here, so
// an attack from a million addresses costs at most `capacity` entries.
// Every event touches several of these, so the look-up is an open-addressing table with a
// power-of-two size (no division, unlike std::unordered_map's prime bucket counts), probing
// linearly and deleting by backward shift. The values live in a pool of nodes that never move,
// threaded by a recency list; a node freed by an eviction is reused by the next new key.
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
        const size_t h = hashOf(key);
        if (Node *n = lookup(key, h)) {
            if (n != m_newest) {
                unlink(n);
                linkNewest(n);
            }
            if (created)
                *created = false;
            return n->value;
        }
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        Node *n = allocate(key, h);
        place(n);
        ++m_size;
        linkNewest(n);
        while (m_size > size_t(m_capacity)) {
            erase(m_oldest);
            ++m_evictions;
        }
        if (created)
            *created = true;
        return n->value;
    }

    // The value for key made the newest, or null when key is not held (nothing is created).
    V *touchIfPresent(const K &key)
    {
        Node *n = lookup(key, hashOf(key));
        if (n && n != m_newest) {
            unlink(n);
            linkNewest(n);
        }
        return n ? &n->value : nullptr;
    }

    V *find(const K &key)
    {
        Node *n = lookup(key, hashOf(key));
        return n ? &n->value : nullptr;
    }
    const V *find(const K &key) const
    {
        const Node *n = lookup(key, hashOf(key));
        return n ? &n->value : nullptr;
    }

    void remove(const K &key)
    {
        if (Node *n = lookup(key, hashOf(key)))
            erase(n);
    }

    // Drops the oldest entries while stale(value) says so (for time-based expiry in tick()).
    template<class P>
    int dropOldestWhile(P stale)
    {
        int n = 0;
        while (m_oldest && stale(m_oldest->value)) {
            erase(m_oldest);
            ++n;
        }
        return n;
    }

    template<class F>
    void forEach(F f)
    {
        for (Node &n : m_pool)
            if (n.live)
                f(n.key, n.value);
    }
    template<class F>
    void forEach(F f) const
    {
        for (const Node &n : m_pool)
            if (n.live)
                f(n.key, n.value);
    }

    int size() const { return int(m_size); }
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
        m_slots.clear();
        m_pool.clear();
        m_free.clear();
        m_size = 0;
        m_newest = m_oldest = nullptr;
    }

private:
    struct Node {
        K key{};
        V value{};
        size_t hash = 0;
        Node *newer = nullptr;
        Node *older = nullptr;
        bool live = false;
    };

    // Keys hashed by KeyHasher are mixed already (KeyHash.h); other hashes go through the finalizer.
    static size_t hashOf(const K &key)
    {
        if constexpr (std::is_same_v<Hash, KeyHasher>)
            return size_t(key);
        else
            return size_t(mixKey(Key(Hash()(key))));
    }
    size_t mask() const { return m_slots.size() - 1; }

    Node *lookup(const K &key, size_t h) const
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            Node *n = m_slots[i];
            if (!n)
                return nullptr;
            if (n->hash == h && n->key == key)
                return n;
        }
    }
    void place(Node *n)
    {
        size_t i = n->hash & mask();
        while (m_slots[i])
            i = (i + 1) & mask();
        m_slots[i] = n;
    }
    void rehash(size_t count)
    {
        m_slots.assign(count, nullptr);
        for (Node &n : m_pool)
            if (n.live)
                place(&n);
    }
    Node *allocate(const K &key, size_t h)
    {
        Node *n;
        if (!m_free.empty()) {
            n = m_free.back();
            m_free.pop_back();
        } else {
            n = &m_pool.emplace_back();
        }
        n->key = key;
        n->hash = h;
        n->live = true;
        return n;
    }
    void erase(Node *n)
    {
        // Backward-shift deletion: later entries of the probe run move up, so no tombstones.
        size_t i = n->hash & mask();
        while (m_slots[i] != n)
            i = (i + 1) & mask();
        m_slots[i] = nullptr;
        for (size_t j = (i + 1) & mask(); m_slots[j]; j = (j + 1) & mask()) {
            const size_t home = m_slots[j]->hash & mask();
            if (((j - home) & mask()) >= ((j - i) & mask())) {
                m_slots[i] = m_slots[j];
                m_slots[j] = nullptr;
                i = j;
            }
        }
        unlink(n);
        n->key = K{};
        n->value = V{};   // gives its memory back now
        n->live = false;
        m_free.push_back(n);
        --m_size;
        if (m_size == 0) {
            clear();   // the pool too: a window that empties gives all its memory back
        } else if (m_slots.size() > 16 && m_size * 8 < m_slots.size()) {
            rehash(m_slots.size() / 2);
        }
    }

    void linkNewest(Node *n)
    {
        n->newer = nullptr;
        n->older = m_newest;
        if (m_newest)
            m_newest->newer = n;
        m_newest = n;
        if (!m_oldest)
            m_oldest = n;
    }
    void unlink(Node *n)
    {
        (n->newer ? n->newer->older : m_newest) = n->older;
        (n->older ? n->older->newer : m_oldest) = n->newer;
        n->newer = n->older = nullptr;
    }

    std::vector<Node *> m_slots;   // size 0 or a power of two, at most half full
    std::deque<Node> m_pool;       // nodes never move
    std::vector<Node *> m_free;    // pool nodes not in use
    size_t m_size = 0;
    Node *m_newest = nullptr;
    Node *m_oldest = nullptr;
    int m_capacity;
    qint64 m_evictions = 0;
};

// The usual case: keyed by a hashed address or account (see KeyHash.h).
template<class V>
using KeyedLru = BoundedLru<V, Key, KeyHasher>;

} // namespace tg
