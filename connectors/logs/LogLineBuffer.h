#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace tg {

// Splits a byte stream that arrives in arbitrary chunks into lines (LF or CRLF), keeping
// memory bounded: a line longer than maxLineBytes is cut there and the rest of it skipped
// up to its newline, so one endless line from a hostile peer costs maxLineBytes, no more.
class LogLineBuffer
{
public:
    explicit LogLineBuffer(int maxLineBytes = kDefaultMaxLineBytes);

    // `line` excludes the line ending; `truncated` says it was cut at maxLineBytes.
    using LineFn = std::function<void(QByteArrayView line, bool truncated)>;

    void feed(QByteArrayView bytes, const LineFn &onLine);
    // End of input: hands over a last line that had no newline.
    void finish(const LineFn &onLine);
    void clear();

    int maxLineBytes() const { return m_max; }
    qint64 truncatedLines() const { return m_truncatedLines; }

    static constexpr int kDefaultMaxLineBytes = 16 * 1024;

private:
    void emitLine(const LineFn &onLine);

    int m_max;
    QByteArray m_pending;
    bool m_skipping = false;   // inside the rest of a cut line
    qint64 m_truncatedLines = 0;
};

} // namespace tg
