#include "ConfigDiff.h"

#include "AsteriskSectionContext.h"
#include "FreeSwitchXmlPath.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringDecoder>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace tg {

namespace {

QString decode(const QByteArray &data)
{
    QStringDecoder dec(QStringDecoder::Utf8);
    QString s = dec(data);
    if (dec.hasError()) // Latin-1 never fails and keeps every byte visible
        return QString::fromLatin1(data);
    return s;
}

// A change block: old lines [oldPos, oldPos + oldLen) replaced by new [newPos, newPos + newLen).
struct Block {
    int oldPos, oldLen, newPos, newLen;
};

// Lower bound of the edit work dtl would do: lines that one side has more often than the other
// can never be matched.
qint64 estimatedWork(const std::vector<int> &a, const std::vector<int> &b, int idCount)
{
    std::vector<int> count(size_t(idCount), 0);
    for (int id : a)
        ++count[size_t(id)];
    for (int id : b)
        --count[size_t(id)];
    qint64 onlyA = 0, onlyB = 0;
    for (int c : count) {
        if (c > 0)
            onlyA += c;
        else
            onlyB -= c;
    }
    // dtl walks from the shorter sequence; P is at least its unmatched lines.
    const qint64 p = a.size() <= b.size() ? onlyA : onlyB;
    return qint64(a.size() + b.size()) * (p + 1);
}

// Change blocks between a[0..m) and b[0..n) (already stripped of their common head and tail).
std::vector<Block> alignMiddle(const std::vector<int> &a, const std::vector<int> &b, int offset)
{
    std::vector<Block> blocks;
    dtl::Diff<int> diff(a, b);
    diff.compose();
    long long prevOld = 0, prevNew = 0; // 1-based index of the last common pair
    auto flush = [&](long long nextOld, long long nextNew) {
        const int oldLen = int(nextOld - prevOld - 1);
        const int newLen = int(nextNew - prevNew - 1);
        if (oldLen > 0 || newLen > 0)
            blocks.push_back({offset + int(prevOld), oldLen, offset + int(prevNew), newLen});
    };
    for (const auto &e : diff.getSes().getSequence()) {
        if (e.second.type != dtl::SES_COMMON)
            continue;
        flush(e.second.beforeIdx, e.second.afterIdx);
        prevOld = e.second.beforeIdx;
        prevNew = e.second.afterIdx;
    }
    flush(qint64(a.size()) + 1, qint64(b.size()) + 1);
    return blocks;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Token boundaries: starts of each token, plus the end.
QVector<int> tokenize(const QString &s)
{
    QVector<int> starts;
    int i = 0;
    const int n = s.size();
    while (i < n) {
        starts.append(i);
        const QChar c = s.at(i);
        if (isWordChar(c)) {
            while (i < n && isWordChar(s.at(i)))
                ++i;
        } else if (c.isSpace()) {
            while (i < n && s.at(i).isSpace())
                ++i;
        } else {
            ++i;
        }
    }
    starts.append(n);
    return starts;
}

void addSpan(QVector<DiffSpan> *spans, const QString &s, int start, int end)
{
    if (!spans->isEmpty()) {
        DiffSpan &last = spans->last();
        const int lastEnd = last.start + last.length;
        bool onlySpace = true; // join across white space so "a b" reads as one change
        for (int i = lastEnd; i < start && onlySpace; ++i)
            onlySpace = s.at(i).isSpace();
        if (onlySpace) {
            last.length = end - last.start;
            return;
        }
    }
    spans->append({start, end - start});
}

} // namespace

QString DiffHunk::header() const
{
    const int o = oldCount ? oldStart + 1 : oldStart;
    const int n = newCount ? newStart + 1 : newStart;
    QString h = QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(o).arg(oldCount).arg(n).arg(newCount);
    if (!section.isEmpty())
        h += QLatin1Char(' ') + section;
    return h;
}

int DiffResult::nextChange(int row) const
{
    const auto it = std::upper_bound(changeStarts.cbegin(), changeStarts.cend(), row);
    return it == changeStarts.cend() ? -1 : *it;
}

int DiffResult::previousChange(int row) const
{
    const auto it = std::lower_bound(changeStarts.cbegin(), changeStarts.cend(), row);
    return it == changeStarts.cbegin() ? -1 : *(it - 1);
}

int DiffResult::hunkOf(int row) const
{
    const auto it = std::upper_bound(hunks.cbegin(), hunks.cend(), row,
                                     [](int r, const DiffHunk &h) { return r < h.firstRow; });
    if (it == hunks.cbegin())
        return -1;
    const DiffHunk &h = *(it - 1);
    return row < h.firstRow + h.rowCount ? int(it - 1 - hunks.cbegin()) : -1;
}

QString DiffResult::text(int row) const
{
    if (row < 0 || row >= rows.size())
        return QString();
    const DiffRow &r = rows[row];
    return r.op == DiffOp::Delete ? oldLines.value(r.oldLine) : newLines.value(r.newLine);
}

QString DiffResult::section(int row) const
{
    if (row < 0 || row >= rows.size())
        return QString();
    const DiffRow &r = rows[row];
    return r.op == DiffOp::Delete ? oldSections.value(r.oldLine) : newSections.value(r.newLine);
}

QString DiffResult::unifiedText(const QString &oldName, const QString &newName, int maxLines,
                                const std::function<QString(const QString &)> &lineFilter) const
{
    QStringList out;
    out << QStringLiteral("--- ") + oldName << QStringLiteral("+++ ") + newName;
    if (binary) {
        out << QStringLiteral("Binary files differ (%1 bytes, SHA-256 %2 -> %3 bytes, SHA-256 %4)")
                   .arg(oldSize)
                   .arg(QString::fromLatin1(oldSha256))
                   .arg(newSize)
                   .arg(QString::fromLatin1(newSha256));
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    int total = 0;
    for (const DiffHunk &h : hunks)
        total += h.rowCount + 1;
    int written = 0;
    for (const DiffHunk &h : hunks) {
        if (maxLines > 0 && written >= maxLines)
            break;
        out << h.header();
        ++written;
        for (int r = h.firstRow; r < h.firstRow + h.rowCount; ++r) {
            if (maxLines > 0 && written >= maxLines)
                break;
            const QChar mark = rows[r].op == DiffOp::Equal ? QLatin1Char(' ')
                             : rows[r].op == DiffOp::Delete ? QLatin1Char('-')
                                                            : QLatin1Char('+');
            const QString t = text(r);
            out << mark + (lineFilter ? lineFilter(t) : t);
            ++written;
        }
    }
    if (written < total)
        out << QStringLiteral("... (%1 more diff lines)").arg(total - written);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

ConfigFormat ConfigDiff::formatFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return ConfigFormat::FreeSwitchXml;
    if (path.endsWith(QLatin1String(".conf"), Qt::CaseInsensitive))
        return ConfigFormat::AsteriskConf;
    return ConfigFormat::Plain;
}

bool ConfigDiff::looksBinary(const QByteArray &data)
{
    const qsizetype n = qMin<qsizetype>(data.size(), 8192);
    if (n == 0)
        return false;
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(data.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    }
    return control * 10 > n; // more than 10 % control characters
}

QStringList ConfigDiff::splitLines(const QByteArray &data)
{
    QStringList lines = decode(data).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline ends the last line, it does not start one
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    return lines;
}

QByteArray ConfigDiff::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void ConfigDiff::wordSpans(const QString &oldLine, const QString &newLine, QVector<DiffSpan> *oldSpans,
                           QVector<DiffSpan> *newSpans)
{
    const QVector<int> ot = tokenize(oldLine);
    const QVector<int> nt = tokenize(newLine);
    QHash<QStringView, int> ids;
    auto idsOf = [&ids](const QString &s, const QVector<int> &starts) {
        std::vector<int> v;
        v.reserve(size_t(starts.size()));
        for (int i = 0; i + 1 < starts.size(); ++i) {
            const QStringView tok = QStringView(s).mid(starts[i], starts[i + 1] - starts[i]);
            v.push_back(ids.insert(tok, ids.value(tok, int(ids.size()))).value());
        }
        return v;
    };
    const std::vector<int> a = idsOf(oldLine, ot);
    const std::vector<int> b = idsOf(newLine, nt);
    dtl::Diff<int> diff(a, b);
    diff.compose();
    for (const auto &e : diff.getSes().getSequence()) {
        if (e.second.type == dtl::SES_DELETE) {
            const int t = int(e.second.beforeIdx - 1);
            addSpan(oldSpans, oldLine, ot[t], ot[t + 1]);
        } else if (e.second.type == dtl::SES_ADD) {
            const int t = int(e.second.afterIdx - 1);
            addSpan(newSpans, newLine, nt[t], nt[t + 1]);
        }
    }
}

DiffResult ConfigDiff::compute(const QByteArray &oldData, const QByteArray &newData)
{
    return compute(oldData, newData, Options());
}

DiffResult ConfigDiff::compute(const QByteArray &oldInput, const QByteArray &newInput, const Options &options)
{
    DiffResult r;
    r.oldSize = oldInput.size();
    r.newSize = newInput.size();
    r.oldSha256 = sha256Hex(oldInput);
    r.newSha256 = sha256Hex(newInput);
    r.identical = r.oldSha256 == r.newSha256;
    if (r.identical) {
        r.oldLines = r.newLines = looksBinary(oldInput) ? QStringList() : splitLines(oldInput);
        r.binary = looksBinary(oldInput);
        r.rows.reserve(r.newLines.size());
        for (int i = 0; i < r.newLines.size(); ++i)
            r.rows.append({DiffOp::Equal, i, i, -1, {}});
        return r;
    }
    if (looksBinary(oldInput) || looksBinary(newInput)) {
        r.binary = true;
        return r;
    }
    const QByteArray oldData = oldInput.left(options.maxBytes);
    const QByteArray newData = newInput.left(options.maxBytes);
    r.truncated = oldData.size() < oldInput.size() || newData.size() < newInput.size();
    r.oldLines = splitLines(oldData);
    r.newLines = splitLines(newData);

    // Intern lines so dtl compares ints, not strings. The views point into the line lists,
    // which outlive the map; std::unordered_map is about 3x faster than QHash<QString> here.
    std::unordered_map<QStringView, int> ids;
    ids.reserve(size_t(r.oldLines.size() + r.newLines.size()));
    auto intern = [&ids](const QStringList &lines) {
        std::vector<int> v;
        v.reserve(size_t(lines.size()));
        for (const QString &l : lines)
            v.push_back(ids.try_emplace(QStringView(l), int(ids.size())).first->second);
        return v;
    };
    const std::vector<int> a = intern(r.oldLines);
    const std::vector<int> b = intern(r.newLines);

    const int m = int(a.size()), n = int(b.size());
    int head = 0;
    while (head < m && head < n && a[size_t(head)] == b[size_t(head)])
        ++head;
    int tail = 0;
    while (tail < m - head && tail < n - head && a[size_t(m - 1 - tail)] == b[size_t(n - 1 - tail)])
        ++tail;
    const std::vector<int> midA(a.begin() + head, a.end() - tail);
    const std::vector<int> midB(b.begin() + head, b.end() - tail);

    std::vector<Block> blocks;
    if (!midA.empty() || !midB.empty()) {
        if (midA.empty() || midB.empty()) {
            blocks.push_back({head, int(midA.size()), head, int(midB.size())});
        } else if (estimatedWork(midA, midB, int(ids.size())) > options.workBudget) {
            r.approximate = true;
            blocks.push_back({head, int(midA.size()), head, int(midB.size())});
        } else {
            blocks = alignMiddle(midA, midB, head);
        }
    }

    // Rows: equal runs between blocks; within a block, deletions then insertions, paired in order.
    r.rows.reserve(qMax(m, n) + 16);
    int oldPos = 0, newPos = 0, wordPairs = 0;
    auto equalUntil = [&](int oldEnd) {
        while (oldPos < oldEnd)
            r.rows.append({DiffOp::Equal, oldPos++, newPos++, -1, {}});
    };
    for (const Block &blk : blocks) {
        equalUntil(blk.oldPos);
        r.changeStarts.append(int(r.rows.size()));
        const int firstDelete = int(r.rows.size());
        for (int i = 0; i < blk.oldLen; ++i)
            r.rows.append({DiffOp::Delete, oldPos++, -1, -1, {}});
        const int firstInsert = int(r.rows.size());
        for (int i = 0; i < blk.newLen; ++i)
            r.rows.append({DiffOp::Insert, -1, newPos++, -1, {}});
        r.removed += blk.oldLen;
        r.added += blk.newLen;
        const int pairs = r.approximate ? 0 : qMin(blk.oldLen, blk.newLen);
        for (int k = 0; k < pairs; ++k) {
            DiffRow &del = r.rows[firstDelete + k];
            DiffRow &ins = r.rows[firstInsert + k];
            del.partner = firstInsert + k;
            ins.partner = firstDelete + k;
            const QString &ol = r.oldLines[del.oldLine];
            const QString &nl = r.newLines[ins.newLine];
            if (options.wordDiff && wordPairs < options.maxWordDiffPairs
                && ol.size() <= options.maxWordDiffLineLength && nl.size() <= options.maxWordDiffLineLength) {
                ++wordPairs;
                wordSpans(ol, nl, &del.spans, &ins.spans);
            }
        }
    }
    equalUntil(m);

    r.endingsOnly = blocks.empty() && !r.truncated;
    // Hunks: each run of changes with `context` lines around it; overlapping ones merge.
    const int c = qMax(0, options.context);
    const int rowCount = int(r.rows.size());
    for (int start : std::as_const(r.changeStarts)) {
        int end = start;
        while (end < rowCount && r.rows[end].op != DiffOp::Equal)
            ++end;
        const int from = qMax(0, start - c);
        const int to = qMin(rowCount, end + c);
        if (!r.hunks.isEmpty() && from <= r.hunks.last().firstRow + r.hunks.last().rowCount) {
            r.hunks.last().rowCount = to - r.hunks.last().firstRow;
        } else {
            DiffHunk h;
            h.firstRow = from;
            h.rowCount = to - from;
            r.hunks.append(h);
        }
    }
    // Line ranges of each hunk.
    int hunk = 0, oldBefore = 0, newBefore = 0;
    for (int row = 0; row < rowCount && hunk < r.hunks.size(); ++row) {
        DiffHunk &h = r.hunks[hunk];
        if (row == h.firstRow) {
            h.oldStart = oldBefore;
            h.newStart = newBefore;
        }
        const DiffRow &dr = r.rows[row];
        const bool inHunk = row >= h.firstRow;
        if (dr.op != DiffOp::Insert) {
            ++oldBefore;
            if (inHunk)
                ++h.oldCount;
        }
        if (dr.op != DiffOp::Delete) {
            ++newBefore;
            if (inHunk)
                ++h.newCount;
        }
        if (row == h.firstRow + h.rowCount - 1)
            ++hunk;
    }
    return r;
}

void ConfigDiff::annotate(DiffResult &result, ConfigFormat format)
{
    if (result.binary)
        return;
    if (format == ConfigFormat::AsteriskConf) {
        result.oldSections = AsteriskSectionContext(result.oldLines).sections();
        result.newSections = AsteriskSectionContext(result.newLines).sections();
    } else if (format == ConfigFormat::FreeSwitchXml) {
        result.oldSections = FreeSwitchXmlPath(result.oldLines).paths();
        result.newSections = FreeSwitchXmlPath(result.newLines).paths();
    } else {
        return;
    }
    for (DiffHunk &h : result.hunks) {
        int row = h.firstRow;
        while (row < h.firstRow + h.rowCount && result.rows[row].op == DiffOp::Equal)
            ++row;
        h.section = result.section(row);
    }
}

} // namespace tg
