#pragma once

#include "detect/KeyHash.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace tg {

// A log repeats the same few addresses, account names and reasons line after line. Decoding each
// anew costs an allocation on the reading thread and a free on the detecting one (a fifth of an
// analysis went to the allocator); this hands out the one shared QString of bytes seen recently.
// Direct-mapped: a look-up is a hash and a compare, and the table never grows. A decode that
// gives a null string (not a valid value) is not kept.
class TextCache
{
public:
    static constexpr int kSlots = 4096;
    static constexpr qsizetype kMaxBytes = 64;   // longer texts seldom repeat

    template<class Decode>
    QString get(QByteArrayView bytes, Decode decode)
    {
        if (bytes.size() > kMaxBytes)
            return decode(bytes);
        if (m_slots.empty())
            m_slots.resize(kSlots);
        Slot &s = m_slots[hashBytes(bytes.data(), size_t(bytes.size()), 0) & (kSlots - 1)];
        if (!s.text.isNull() && QByteArrayView(s.bytes) == bytes)
            return s.text;
        QString text = decode(bytes);
        if (!text.isNull()) {
            s.bytes = bytes.toByteArray();
            s.text = text;
        }
        return text;
    }

private:
    struct Slot {
        QByteArray bytes;
        QString text;
    };
    std::vector<Slot> m_slots;
};

} // namespace tg
