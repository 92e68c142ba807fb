#pragma once

#include "detect/KeyHash.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <vector>

namespace tg {

// A log repeats the same few addresses, account names and reasons line after line. Decoding each
// anew costs an allocation on the reading thread and a free on the detecting one (a fifth of an
// analysis went to the allocator); this hands out the one shared QString of bytes seen recently.
// Two ways per set: a look-up is a hash and at most two compares, the table never grows, and two
// busy texts that share a set do not push each other out at every line (with one way, 2,000
// addresses missed four times in ten). A decode that gives a null string (not a valid value) is
// not kept.
class TextCache
{
public:
    static constexpr int kSets = 4096;
    static constexpr qsizetype kMaxBytes = 64;   // longer texts seldom repeat

    template<class Decode>
    QString get(QByteArrayView bytes, Decode decode)
    {
        if (bytes.size() > kMaxBytes)
            return decode(bytes);
        if (m_slots.empty())
            m_slots.resize(2 * kSets);
        const Key h = hashBytes(bytes.data(), size_t(bytes.size()), 0);
        Slot *set = &m_slots[2 * (h & (kSets - 1))];
        for (int way = 0; way < 2; ++way) {
            Slot &s = set[way];
            // (An empty view may have no data at all: memcmp must not see its null pointer.)
            if (s.hash == h && s.bytes.size() == bytes.size() && !s.text.isNull()
                && (bytes.isEmpty() || memcmp(s.bytes.constData(), bytes.data(), size_t(bytes.size())) == 0)) {
                s.recent = true;
                set[1 - way].recent = false;
                return s.text;
            }
        }
        QString text = decode(bytes);
        if (!text.isNull()) {
            Slot &s = set[0].recent ? set[1] : set[0];   // the one not used last
            s.hash = h;
            s.bytes = bytes.toByteArray();
            s.text = text;
            s.recent = true;
            (&s == &set[0] ? set[1] : set[0]).recent = false;
        }
        return text;
    }

private:
    struct Slot {
        Key hash = 0;
        QByteArray bytes;
        QString text;
        bool recent = false;   // the way of its set used last
    };
    std::vector<Slot> m_slots;   // kSets sets of two
};

} // namespace tg
