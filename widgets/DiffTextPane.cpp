#include "DiffTextPane.h"

#include "ConsoleStyle.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace tg {

namespace {

const QColor kDeleteBg(0xfd, 0xec, 0xee);
const QColor kDeleteWord(0xf4, 0xb4, 0xbb);
const QColor kInsertBg(0xe8, 0xf7, 0xea);
const QColor kInsertWord(0xa6, 0xde, 0xae);
const QColor kEmptyBg(0xf3, 0xf4, 0xf6);
const QColor kFoldBg(0xea, 0xef, 0xf6);
const QColor kGutterBg(0xf7, 0xf8, 0xfa);
const QColor kGutterText(0x8a, 0x91, 0x9c);
const QColor kCurrentBorder(0x1e, 0x6f, 0xd9);

constexpr int kContextLines = 3;   // unchanged lines kept around a change before folding
constexpr int kMarkerWidth = 6;

} // namespace

DiffTextPane::DiffTextPane(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_sectionBar(new QLabel(this))
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    m_sectionBar->setObjectName(QStringLiteral("diffSectionBar"));
    m_sectionBar->setStyleSheet(QStringLiteral("QLabel { background: #eef2f7; color: #34495e; padding: 2px 8px;"
                                               " border-bottom: 1px solid #d5dbe3; }"));
    m_sectionBar->setTextFormat(Qt::PlainText);
    setViewportMargins(0, m_sectionBar->sizeHint().height(), 0, 0);
    setFocusPolicy(Qt::StrongFocus);
}

void DiffTextPane::setDiff(std::shared_ptr<const DiffResult> diff, const ChangeAssessment &assessment, ConfigFormat format)
{
    m_diff = std::move(diff);
    m_assessment = assessment;
    m_rowSeverity.clear();
    for (const auto &p : assessment.rowSeverity)
        m_rowSeverity.insert(p.first, qMax(p.second, m_rowSeverity.value(p.first, Severity::Info)));
    m_masker = SecretMasker(format);
    m_expanded.clear();
    m_currentChange = -1;
    m_maxChars = 0;
    if (m_diff)
        for (const QString &l : m_diff->oldLines + m_diff->newLines)
            m_maxChars = qMax(m_maxChars, int(l.size()));
    rebuild();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    emit currentChangeChanged(m_currentChange, changeCount());
}

void DiffTextPane::clear()
{
    setDiff(nullptr, ChangeAssessment(), ConfigFormat::Plain);
}

void DiffTextPane::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const int topRow = m_lines.isEmpty() ? -1 : m_lines.value(verticalScrollBar()->value()).left;
    m_mode = mode;
    rebuild();
    if (topRow >= 0)
        verticalScrollBar()->setValue(qMax(0, lineOfRow(topRow)));
}

void DiffTextPane::setSecretsRevealed(bool revealed)
{
    m_revealed = revealed;
    viewport()->update();
}

int DiffTextPane::changeCount() const
{
    return m_diff ? int(m_diff->changeStarts.size()) : 0;
}

int DiffTextPane::foldCount() const
{
    int n = 0;
    for (const Line &l : m_lines)
        if (l.foldCount > 0)
            ++n;
    return n;
}

int DiffTextPane::numberWidth() const
{
    const int digits = m_diff ? int(QString::number(qMax(m_diff->oldLines.size(), m_diff->newLines.size())).size()) : 1;
    return fontMetrics().horizontalAdvance(QLatin1Char('M')) * (qMax(3, digits) + 1);
}

int DiffTextPane::gutterWidth(bool unified) const
{
    return (unified ? 2 : 1) * numberWidth() + kMarkerWidth + fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2;
}

int DiffTextPane::lineHeight() const
{
    return fontMetrics().lineSpacing() + 2;
}

void DiffTextPane::rebuild()
{
    m_lines.clear();
    m_rowLine.clear();
    if (!m_diff || m_diff->binary) {
        updateScrollBars();
        updateSectionBar();
        viewport()->update();
        return;
    }
    const DiffResult &d = *m_diff;
    const int rows = int(d.rows.size());
    m_rowLine.fill(-1, rows);
    // Rows near a change stay visible; other equal runs fold (unless the user unfolded them).
    QVector<bool> keep(rows, false);
    for (int r = 0; r < rows; ++r) {
        if (d.rows[r].op == DiffOp::Equal)
            continue;
        for (int k = qMax(0, r - kContextLines); k <= qMin(rows - 1, r + kContextLines); ++k)
            keep[k] = true;
    }
    m_lines.reserve(rows);
    int r = 0;
    while (r < rows) {
        if (!keep[r]) {
            int end = r;
            while (end < rows && !keep[end])
                ++end;
            if (end - r >= 2 && !m_expanded.contains(r)) { // folding one line saves nothing
                Line fold;
                fold.foldFirst = r;
                fold.foldCount = end - r;
                m_lines.append(fold);
                r = end;
                continue;
            }
            for (; r < end; ++r) {
                m_rowLine[r] = int(m_lines.size());
                m_lines.append({r, r, -1, 0});
            }
            continue;
        }
        const DiffRow &dr = d.rows[r];
        if (dr.op == DiffOp::Equal || m_mode == Mode::Unified) {
            m_rowLine[r] = int(m_lines.size());
            m_lines.append({r, r, -1, 0});
            ++r;
            continue;
        }
        // Side by side: a block of deletions next to its insertions.
        int delEnd = r;
        while (delEnd < rows && d.rows[delEnd].op == DiffOp::Delete)
            ++delEnd;
        int insEnd = delEnd;
        while (insEnd < rows && d.rows[insEnd].op == DiffOp::Insert)
            ++insEnd;
        const int dels = delEnd - r, ins = insEnd - delEnd;
        for (int k = 0; k < qMax(dels, ins); ++k) {
            Line l;
            l.left = k < dels ? r + k : -1;
            l.right = k < ins ? delEnd + k : -1;
            if (l.left >= 0)
                m_rowLine[l.left] = int(m_lines.size());
            if (l.right >= 0)
                m_rowLine[l.right] = int(m_lines.size());
            m_lines.append(l);
        }
        r = insEnd;
    }
    updateScrollBars();
    updateSectionBar();
    viewport()->update();
}

void DiffTextPane::updateScrollBars()
{
    const int visible = qMax(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setRange(0, qMax(0, int(m_lines.size()) - visible + 1));
    verticalScrollBar()->setPageStep(visible);
    const int charW = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int textWidth = m_maxChars * charW + charW * 2;
    const int avail = (m_mode == Mode::SideBySide ? viewport()->width() / 2 : viewport()->width())
        - gutterWidth(m_mode == Mode::Unified);
    horizontalScrollBar()->setRange(0, qMax(0, textWidth - avail));
    horizontalScrollBar()->setPageStep(qMax(1, avail));
}

void DiffTextPane::updateSectionBar()
{
    const QString s = sectionAtTop();
    m_sectionBar->setText(s.isEmpty() ? QStringLiteral(" ") : s);
    m_sectionBar->setGeometry(frameWidth(), frameWidth(), width() - 2 * frameWidth(), m_sectionBar->sizeHint().height());
}

QString DiffTextPane::sectionAtTop() const
{
    if (!m_diff || m_lines.isEmpty())
        return QString();
    // The first line of text at the top (a fold above it says nothing about what is shown).
    for (int i = qMax(0, verticalScrollBar()->value()); i < m_lines.size(); ++i) {
        const Line &l = m_lines[i];
        if (!l.foldCount)
            return m_diff->section(l.right >= 0 ? l.right : l.left);
    }
    return QString();
}

int DiffTextPane::lineOfRow(int row) const
{
    return m_rowLine.value(row, -1);
}

void DiffTextPane::scrollToRow(int row)
{
    if (!m_diff || row < 0 || row >= m_diff->rows.size())
        return;
    if (lineOfRow(row) < 0) {
        for (const Line &l : std::as_const(m_lines))
            if (l.foldCount && row >= l.foldFirst && row < l.foldFirst + l.foldCount)
                m_expanded.insert(l.foldFirst);
        rebuild();
    }
    const int line = lineOfRow(row);
    const int visible = qMax(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setValue(qMax(0, line - visible / 4)); // a little context above it
    viewport()->update();
}

void DiffTextPane::expandAllFolds()
{
    for (const Line &l : std::as_const(m_lines))
        if (l.foldCount)
            m_expanded.insert(l.foldFirst);
    rebuild();
}

void DiffTextPane::nextChange()
{
    if (changeCount() == 0)
        return;
    m_currentChange = qMin(m_currentChange + 1, changeCount() - 1);
    scrollToRow(m_diff->changeStarts[m_currentChange]);
    emit currentChangeChanged(m_currentChange, changeCount());
}

void DiffTextPane::previousChange()
{
    if (changeCount() == 0)
        return;
    m_currentChange = qMax(m_currentChange - 1, 0);
    scrollToRow(m_diff->changeStarts[m_currentChange]);
    emit currentChangeChanged(m_currentChange, changeCount());
}

QString DiffTextPane::rowText(int row, QVector<DiffSpan> *spans) const
{
    const QString raw = m_diff->text(row);
    const QVector<DiffSpan> &rowSpans = m_diff->rows[row].spans;
    if (m_revealed) {
        if (spans)
            *spans = rowSpans;
        return raw;
    }
    return m_masker.maskLine(raw, rowSpans, spans);
}

QString DiffTextPane::displayText(int line, bool right) const
{
    if (!m_diff || line < 0 || line >= m_lines.size())
        return QString();
    const Line &l = m_lines[line];
    if (l.foldCount)
        return tr("%n unchanged line(s)", nullptr, l.foldCount);
    const int row = m_mode == Mode::Unified ? l.left : (right ? l.right : l.left);
    return row < 0 ? QString() : rowText(row, nullptr);
}

void DiffTextPane::paintRow(QPainter &p, int row, const QRect &rect, bool unified, bool leftSide) const
{
    const DiffResult &d = *m_diff;
    const QFontMetrics fm = fontMetrics();
    const int charW = fm.horizontalAdvance(QLatin1Char('M'));
    const int numW = numberWidth();
    const int gutterW = gutterWidth(unified);

    if (row < 0) {
        p.fillRect(rect, kEmptyBg);
        p.fillRect(QRect(rect.left(), rect.top(), gutterW, rect.height()), kGutterBg);
        return;
    }
    const DiffRow &dr = d.rows[row];
    const QColor bg = dr.op == DiffOp::Delete ? kDeleteBg : dr.op == DiffOp::Insert ? kInsertBg : QColor();
    if (bg.isValid())
        p.fillRect(rect, bg);
    QRect gutter(rect.left(), rect.top(), gutterW, rect.height());
    p.fillRect(gutter, bg.isValid() ? bg.darker(104) : kGutterBg);

    // Line numbers.
    p.setPen(kGutterText);
    int x = rect.left();
    auto number = [&](int n) {
        if (n >= 0)
            p.drawText(QRect(x, rect.top(), numW - charW / 2, rect.height()), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(n + 1));
        x += numW;
    };
    if (unified) {
        number(dr.oldLine);
        number(dr.newLine);
    } else {
        number(leftSide ? dr.oldLine : dr.newLine);
    }
    // Security marker.
    const Severity sev = m_rowSeverity.value(row, Severity::Info);
    if (sev >= Severity::Low)
        p.fillRect(QRect(x + 1, rect.top(), kMarkerWidth - 2, rect.height()), ConsoleStyle::severityColor(sev));
    x += kMarkerWidth;
    if (unified) {
        p.setPen(palette().color(QPalette::Text));
        const QString sign = dr.op == DiffOp::Delete ? QStringLiteral("-") : dr.op == DiffOp::Insert ? QStringLiteral("+")
                                                                                                     : QString();
        p.drawText(QRect(x, rect.top(), charW * 2, rect.height()), Qt::AlignCenter, sign);
    }
    x += charW * 2;

    // Text, shifted by the horizontal scroll, clipped to its column.
    QVector<DiffSpan> spans;
    const QString text = rowText(row, &spans);
    const QRect textRect(x, rect.top(), rect.right() - x, rect.height());
    p.save();
    p.setClipRect(textRect);
    const int tx = x + 2 - horizontalScrollBar()->value();
    const QColor word = dr.op == DiffOp::Delete ? kDeleteWord : kInsertWord;
    for (const DiffSpan &s : std::as_const(spans)) {
        const int sx = tx + fm.horizontalAdvance(text.left(s.start));
        const int sw = qMax(2, fm.horizontalAdvance(text.mid(s.start, s.length)));
        p.fillRect(QRect(sx, rect.top() + 1, sw, rect.height() - 2), word);
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QPoint(tx, rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2), text);
    p.restore();
}

void DiffTextPane::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setFont(font());
    const int h = lineHeight();
    const int w = viewport()->width();
    if (!m_diff) {
        p.setPen(kGutterText);
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("Choose a file and snapshots to compare."));
        return;
    }
    if (m_diff->binary) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Binary file changed: %1 bytes (SHA-256 %2) before, %3 bytes (SHA-256 %4) now. "
                      "Binary content is not shown line by line.")
                       .arg(m_diff->oldSize)
                       .arg(QString::fromLatin1(m_diff->oldSha256.left(16)))
                       .arg(m_diff->newSize)
                       .arg(QString::fromLatin1(m_diff->newSha256.left(16))));
        return;
    }
    if (m_lines.isEmpty()) {
        p.setPen(kGutterText);
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   m_diff->identical ? tr("The two versions are identical.")
                                     : tr("Only line endings or the final newline differ."));
        return;
    }
    const int first = verticalScrollBar()->value();
    const int count = viewport()->height() / h + 2;
    const int currentRow = m_currentChange >= 0 ? m_diff->changeStarts.value(m_currentChange, -1) : -1;
    for (int i = 0; i < count && first + i < m_lines.size(); ++i) {
        const Line &l = m_lines[first + i];
        const QRect rect(0, i * h, w, h);
        if (l.foldCount) {
            p.fillRect(rect, kFoldBg);
            p.setPen(kGutterText);
            p.drawText(rect.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       tr("\u22ef %n unchanged line(s), click to show", nullptr, l.foldCount));
            continue;
        }
        if (m_mode == Mode::Unified) {
            paintRow(p, l.left, rect, true, true);
        } else {
            const int half = w / 2;
            paintRow(p, l.left, QRect(0, rect.top(), half - 1, h), false, true);
            paintRow(p, l.right, QRect(half + 1, rect.top(), w - half - 1, h), false, false);
            p.setPen(QColor(0xd5, 0xdb, 0xe3));
            p.drawLine(half, rect.top(), half, rect.bottom());
        }
        if (currentRow >= 0 && (l.left == currentRow || l.right == currentRow)) {
            p.setPen(QPen(kCurrentBorder, 1));
            p.drawLine(0, rect.top(), w, rect.top());
        }
    }
}

void DiffTextPane::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    updateSectionBar();
}

void DiffTextPane::mousePressEvent(QMouseEvent *event)
{
    const int line = verticalScrollBar()->value() + int(event->position().y()) / lineHeight();
    if (line >= 0 && line < m_lines.size() && m_lines[line].foldCount) {
        m_expanded.insert(m_lines[line].foldFirst);
        const int top = verticalScrollBar()->value();
        rebuild();
        verticalScrollBar()->setValue(top);
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void DiffTextPane::scrollContentsBy(int, int)
{
    updateSectionBar();
    viewport()->update();
}

bool DiffTextPane::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_diff) {
        // The finding behind a marker, as a tooltip.
        const auto *help = static_cast<QHelpEvent *>(event);
        const int line = verticalScrollBar()->value() + help->pos().y() / lineHeight();
        if (line >= 0 && line < m_lines.size()) {
            const Line &l = m_lines[line];
            for (const SecurityFinding &f : std::as_const(m_assessment.findings)) {
                if (f.row >= 0 && (f.row == l.left || f.row == l.right)) {
                    QToolTip::showText(help->globalPos(),
                                       ConsoleStyle::severityText(f.severity) + QStringLiteral(": ") + f.message, this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace tg
