#pragma once

#include "configdiff/ChangeClassifier.h"
#include "configdiff/DiffResult.h"
#include "configdiff/SecretMasker.h"

#include <QAbstractScrollArea>
#include <QSet>

#include <memory>

class QLabel;

namespace tg {

// Paints a DiffResult, unified or side by side, with line and word highlights, line numbers,
// security markers in the gutter, the section of the top line pinned above the text, and runs
// of unchanged lines folded to one line (click to unfold). Secret values are masked unless
// revealed. Only the visible lines are drawn, so a 10 MB file scrolls like a small one.
class DiffTextPane : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Mode { Unified, SideBySide };

    explicit DiffTextPane(QWidget *parent = nullptr);

    void setDiff(std::shared_ptr<const DiffResult> diff, const ChangeAssessment &assessment, ConfigFormat format);
    void clear();
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setSecretsRevealed(bool revealed);
    bool secretsRevealed() const { return m_revealed; }

    int displayLineCount() const { return int(m_lines.size()); }
    int changeCount() const;
    int currentChange() const { return m_currentChange; }     // index into changeStarts, -1 before the first
    int foldCount() const;                                    // folded runs shown as one line
    // The text as drawn on a display line (masked unless revealed; for tests and accessibility).
    QString displayText(int line, bool right = true) const;
    QString sectionAtTop() const;

public Q_SLOTS:
    void nextChange();
    void previousChange();
    void scrollToRow(int row);          // a DiffResult row; unfolds it when folded
    void expandAllFolds();

Q_SIGNALS:
    void currentChangeChanged(int index, int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Line {
        int left = -1;          // row shown on the left (side by side) or the only row (unified)
        int right = -1;         // row shown on the right (side by side)
        int foldFirst = -1;     // a folded run of equal rows: first row and count
        int foldCount = 0;
    };
    void rebuild();
    void updateScrollBars();
    void updateSectionBar();
    int lineOfRow(int row) const;
    int lineHeight() const;
    int numberWidth() const;
    int gutterWidth(bool unified) const;
    QString rowText(int row, QVector<DiffSpan> *spans) const;
    void paintRow(QPainter &p, int row, const QRect &rect, bool unified, bool leftSide) const;

    std::shared_ptr<const DiffResult> m_diff;
    ChangeAssessment m_assessment;
    QHash<int, Severity> m_rowSeverity;
    SecretMasker m_masker;
    Mode m_mode = Mode::SideBySide;
    bool m_revealed = false;
    QSet<int> m_expanded;       // foldFirst of unfolded runs
    QVector<Line> m_lines;
    QVector<int> m_rowLine;     // row -> display line (-1 when folded)
    int m_currentChange = -1;
    int m_maxChars = 0;
    QLabel *m_sectionBar;
};

} // namespace tg
