#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace tg {

// A first-in first-out window (failures in time order, say) in one circular buffer: pushing and
// popping move no memory and allocate only when the window outgrows its buffer, unlike std::deque,
// which takes and frees a node every dozen or so elements. The buffer doubles as needed and halves
// when the window shrinks to an eighth of it, so memory follows the window, not its peak.
template<class T>
class RingQueue
{
public:
    bool empty() const { return m_size == 0; }
    size_t size() const { return m_size; }

    T &front() { return m_buf[m_head]; }
    const T &front() const { return m_buf[m_head]; }
    T &back() { return (*this)[m_size - 1]; }
    const T &back() const { return (*this)[m_size - 1]; }
    // i-th oldest
    T &operator[](size_t i) { return m_buf[(m_head + i) & (m_buf.size() - 1)]; }
    const T &operator[](size_t i) const { return m_buf[(m_head + i) & (m_buf.size() - 1)]; }

    void push_back(T value)
    {
        if (m_size == m_buf.size())
            resize(m_buf.empty() ? 4 : m_buf.size() * 2);
        (*this)[m_size] = std::move(value);
        ++m_size;
    }
    // Puts value before the i-th oldest (i <= size()), moving the newer ones back by one.
    void insert(size_t i, T value)
    {
        push_back(std::move(value));
        for (size_t j = m_size - 1; j > i; --j)
            std::swap((*this)[j], (*this)[j - 1]);
    }
    void pop_front()
    {
        m_buf[m_head] = T{};   // lets go of what it holds now
        m_head = (m_head + 1) & (m_buf.size() - 1);
        --m_size;
        if (m_buf.size() > 16 && m_size * 8 < m_buf.size())
            resize(m_buf.size() / 2);
    }
    void clear()
    {
        m_buf.clear();
        m_buf.shrink_to_fit();
        m_head = m_size = 0;
    }

    class const_iterator
    {
    public:
        const_iterator(const RingQueue *q, size_t i) : m_q(q), m_i(i) {}
        const T &operator*() const { return (*m_q)[m_i]; }
        const T *operator->() const { return &(*m_q)[m_i]; }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }

    private:
        const RingQueue *m_q;
        size_t m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

private:
    void resize(size_t capacity)
    {
        std::vector<T> next(capacity);
        for (size_t i = 0; i < m_size; ++i)
            next[i] = std::move((*this)[i]);
        m_buf.swap(next);
        m_head = 0;
    }

    std::vector<T> m_buf;   // empty or a power of two
    size_t m_head = 0;
    size_t m_size = 0;
};

} // namespace tg
