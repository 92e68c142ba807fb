#pragma once

#include "BoundedLru.h"
#include "Detector.h"
#include "RingQueue.h"
#include "StaleTexts.h"

#include <QCoreApplication>

namespace tg {

// 3. One address trying many different account names. With alwaysauthreject=yes chan_sip reports
// unknown accounts as InvalidPassword, so the spread of AccountIDs is the signal, not the event type.
class EnumerationDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::EnumerationDetector)
public:
    explicit EnumerationDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("enumeration"); }
    bool wants(EventKind kind) const override { return kind == EventKind::AuthFailure; }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    void flushTexts() override;
    int trackedKeys() const override { return m_sources.size(); }
    QStringList status() const override;

private:
    struct Tried {
        qint64 timeMs = 0;
        qint64 id = 0;
        Key accountKey = 0;
        QString account;
        bool unknown = false;   // reported as InvalidAccountID
    };
    struct Source {
        RingQueue<Tried> tried;           // within the window, capped
        KeyCounts perAccount;             // distinct names within the window
        qint64 lastMs = 0;
        AlertSubject alert;               // the address
        bool triggered = false;
    };
    // The first attempt of each distinct name in the window, oldest first.
    static QVector<const Tried *> firstOfEachName(const Source &src);
    void explain(Source &src, AlertDraft &d) const;

    KeyedLru<Source> m_sources;   // pbx + address
    void refreshTexts(qint64 nowMs);

    static constexpr Severity kSeverity = Severity::Medium;
    StaleTexts m_stale;
    const Key m_rule;
    static constexpr int kMaxTriedPerSource = 256;
};

} // namespace tg
