#pragma once

#include "AlertDraft.h"
#include "BoundedLru.h"

namespace tg {

// The open alerts: one per pbx + rule + subject. A draft for an open alert bumps its count,
// lastSeen, severity (never down) and evidence (capped: the first half is kept, the rest rolls).
// Alerts are found by a hash of pbx, rule and subject (hashOf), so an update builds no key string.
class AlertBook
{
public:
    AlertBook(int maxOpen, int maxEvidence) : m_open(maxOpen), m_maxEvidence(maxEvidence) {}

    const Alert &apply(const AlertDraft &d, bool *created = nullptr);
    // Same, with the key already computed (hashOf(d.pbx, d.rule, d.subject)).
    const Alert &apply(const AlertDraft &d, Key key, bool *created = nullptr);
    const Alert *find(Key key) const;
    // Whether a draft for the alert should bring a new text: the alert is not open, the draft raises
    // its severity, or its text is old enough (1 s while the alert is younger than 10 s, then 10 s:
    // a sustained attack's text need not be rebuilt every second).
    bool textDue(const AlertDraft &d, Key key) const;
    bool textDue(Key key, Severity severity, qint64 timeMs) const;
    // One more occurrence of an open alert, without a draft: count, last seen, severity, one
    // evidence id. False when the alert is not open or was opened before the last newGeneration()
    // (the allowlist may have changed since): then the caller applies a full draft.
    bool countOnce(Key key, Severity severity, qint64 timeMs, qint64 eventId);
    // The settings changed: alerts opened before count only through full drafts again.
    void newGeneration() { ++m_generation; }
    const Alert *find(const QString &alertKey) const { return find(hashOf(alertKey)); }
    // The alert was resolved or marked false positive: the next draft opens a new one.
    void close(const QString &alertKey) { m_open.remove(hashOf(alertKey)); }
    void setId(const QString &alertKey, qint64 id);
    int openCount() const { return m_open.size(); }
    AlertList openAlerts() const;
    // Forget alerts not updated since cutoffMs (they stay in the store).
    int forgetIdle(qint64 cutoffMs);
    qint64 takeEvictions() { return m_open.takeEvictions(); }

    static QString keyOf(const QString &pbx, const QString &rule, const QString &subject)
    {
        return pbx + QLatin1Char('\x1f') + rule + QLatin1Char('\x1f') + subject;
    }
    static Key hashOf(QStringView pbx, QStringView rule, QStringView subject)
    {
        return hashOf(keyHash(pbx), keyHash(rule), keyHash(subject));
    }
    // The same from the parts' keyHash() values (a detector has the event's keys at hand).
    static Key hashOf(Key pbx, Key rule, Key subject) { return combineKeys(combineKeys(pbx, rule), subject); }
    // The hash of a key string made by keyOf() (or Alert::key()).
    static Key hashOf(const QString &alertKey);

private:
    struct Entry {
        Alert alert;
        qint64 maxEvidenceId = 0;   // largest id ever added: a larger one cannot be there yet
        qint64 textMs = 0;          // time of the draft that last set the text
        quint64 generation = 0;     // of the settings when a full draft last came
    };
    void addEvidence(Entry &e, qint64 id) const;

    KeyedLru<Entry> m_open;
    int m_maxEvidence;
    quint64 m_generation = 0;
};

} // namespace tg
