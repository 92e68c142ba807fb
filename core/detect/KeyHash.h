#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <cstring>
#include <vector>

namespace tg {

// The detectors' windows are keyed by 64-bit hashes of (pbx, address) or (pbx, account) instead of
// strings: the engine hashes an event's fields once and every detector looks up with an integer.
// The hash is seeded per process (Qt's global hash seed), so a chosen account name cannot be made to
// collide; two of 100,000 keys colliding by chance is about one in 10^9, and would only merge their counts.
using Key = quint64;

// A strong 64-bit finalizer (splitmix64), so consecutive or combined keys spread over all bits.
constexpr Key mixKey(Key x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A multiply-xorshift over 8 bytes at a time, for short texts hashed on every event (Qt's SipHash
// for strings cost about 6 % of an analysis). The seed enters first and the result goes through the
// finalizer, so without the seed a colliding pair cannot be chosen.
inline Key hashBytes(const char *p, size_t n, Key seed)
{
    Key h = mixKey(seed ^ n);
    const bool longer = n >= 8;
    for (; n >= 8; n -= 8, p += 8) {
        Key w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0x9fb21c651e98df25ULL;
        h ^= h >> 32;
    }
    Key tail = 0;
    if (n > 0 && longer) {
        // The last 8 bytes, overlapping the last word (no memcpy call of a variable length); only
        // the n bytes not hashed yet are kept.
        std::memcpy(&tail, p + n - 8, 8);
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
            tail >>= 8 * (8 - n);
        else
            tail <<= 8 * (8 - n);
    } else {
        for (size_t i = 0; i < n; ++i)
            tail |= Key(static_cast<unsigned char>(p[i])) << (8 * i);
    }
    return mixKey(h ^ tail);
}

// Qt's per-process seed, read once: every key of the process uses the same one.
inline Key processSeed()
{
    static const Key seed = Key(qGlobalQHashSeed());
    return seed;
}

// 0 for an empty string, so "no address" is never confused with an address. Seeded per process.
inline Key keyHash(QStringView s)
{
    if (s.isEmpty())
        return 0;
    return hashBytes(reinterpret_cast<const char *>(s.utf16()), size_t(s.size()) * sizeof(char16_t), processSeed());
}

inline Key combineKeys(Key a, Key b)
{
    return mixKey(a ^ (b * 0xc2b2ae3d27d4eb4fULL + 0x165667b19e3779f9ULL));
}

// For std::unordered_map<Key, ...>: the keys are already mixed.
struct KeyHasher {
    size_t operator()(Key k) const noexcept { return size_t(k); }
};

// Counts per key (open addressing, linear probing, no tombstones): "how many failures from this
// address are in the window". A count that drops to 0 removes its key; the table shrinks again
// when a window empties, so memory follows the window, not its peak.
class KeyCounts
{
public:
    int value(Key k) const
    {
        if (m_slots.empty())
            return 0;
        for (size_t i = k & mask();; i = (i + 1) & mask()) {
            const Slot &s = m_slots[i];
            if (s.count == 0)
                return 0;
            if (s.key == k)
                return s.count;
        }
    }
    bool contains(Key k) const { return value(k) > 0; }

    // Adds delta (may be negative) to k's count and returns the new count.
    int add(Key k, int delta)
    {
        if (m_slots.empty() || (m_size + 1) * 2 > int(m_slots.size()))
            rehash(m_slots.empty() ? 8 : m_slots.size() * 2);
        size_t i = k & mask();
        for (;; i = (i + 1) & mask()) {
            Slot &s = m_slots[i];
            if (s.count == 0)
                break;
            if (s.key == k) {
                s.count += delta;
                const int n = s.count;
                if (n <= 0)
                    erase(i);
                return n;
            }
        }
        if (delta <= 0)
            return delta;
        m_slots[i] = {k, delta};
        ++m_size;
        return delta;
    }

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_size = 0;
    }
    template<class F>
    void forEach(F f) const
    {
        for (const Slot &s : m_slots)
            if (s.count > 0)
                f(s.key, s.count);
    }

private:
    struct Slot {
        Key key = 0;
        int count = 0;   // 0: empty
    };
    size_t mask() const { return m_slots.size() - 1; }

    void erase(size_t i)
    {
        // Backward-shift deletion: later entries of the probe run move up, so no tombstones are needed.
        m_slots[i].count = 0;
        --m_size;
        for (size_t j = (i + 1) & mask(); m_slots[j].count != 0; j = (j + 1) & mask()) {
            const size_t home = m_slots[j].key & mask();
            if (((j - home) & mask()) >= ((j - i) & mask())) {
                m_slots[i] = m_slots[j];
                m_slots[j].count = 0;
                i = j;
            }
        }
        if (m_slots.size() > 8 && m_size * 8 < int(m_slots.size()))
            rehash(m_slots.size() / 2);
    }

    void rehash(size_t capacity)
    {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.count == 0)
                continue;
            size_t i = s.key & mask();
            while (m_slots[i].count != 0)
                i = (i + 1) & mask();
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;   // size 0 or a power of two
    int m_size = 0;
};

} // namespace tg
