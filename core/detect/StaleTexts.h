#pragma once

#include "AlertDraft.h"
#include "DetectorContext.h"
#include "KeyHash.h"

#include <algorithm>
#include <limits>

#include <vector>

namespace tg {

// Alerts whose text a detector skipped rebuilding under load (DetectorContext::textDue) keep the
// text of an earlier event, so their count and their explanation disagree. A detector notes such
// subjects here and, on its tick, rebuilds the text of each once the subject has been quiet for a
// second: the last word of an attack always matches its count.

// What a detector keeps of a subject (an address, an account) to name its alert and to bring the
// alert's text up to date later.
struct AlertSubject {
    enum Kind : quint8 { Address, Account };   // what the subject is, and so which draft field it fills

    QString pbx;
    QString name;             // the alert's subject
    Key alertKey = 0;         // AlertBook::hashOf(pbx, rule, name)
    Kind kind = Address;
    bool textStale = false;   // the alert's count moved past its text

    bool isSet() const { return !name.isEmpty(); }
    void set(const QString &pbxName, const QString &subject, Key key, Kind what)
    {
        pbx = pbxName;
        name = subject;
        alertKey = key;
        kind = what;
    }
    // A draft of the subject's alert, its address or account filled in.
    AlertDraft draft(const QString &rule, Severity severity, qint64 timeMs) const
    {
        AlertDraft d;
        d.pbx = pbx;
        d.rule = rule;
        d.subject = name;
        d.key = alertKey;
        d.severity = severity;
        d.timeMs = timeMs;
        (kind == Address ? d.srcIp : d.account) = name;
        return d;
    }
};

class StaleTexts
{
public:
    static constexpr qint64 kQuietMs = 1000;
    static constexpr qint64 kEnd = std::numeric_limits<qint64>::max();   // flushQuiet: every subject

    explicit StaleTexts(DetectorContext &ctx) : m_ctx(ctx) {}

    bool finalOnly() const { return m_ctx.finalTextsOnly(); }

    // An update of the subject's open alert that keeps its text: counted straight into the alert book
    // and noted for the catch-up (stateKey finds the subject's state again). False when the update
    // should carry a new text now (now and then in a live engine, DetectorContext::textDue; never in
    // an offline analysis, where the catch-up builds the last) or the book wants a full draft.
    bool countQuietly(Key stateKey, AlertSubject &alert, Severity severity, qint64 timeMs, qint64 eventId)
    {
        const bool textDue = !m_ctx.finalTextsOnly() && m_ctx.textDue(alert.alertKey, severity, timeMs);
        if (textDue || !m_ctx.countOnce(alert.alertKey, severity, timeMs, eventId))
            return false;
        mark(stateKey, alert, timeMs);
        return true;
    }

    // Notes the subject once, at timeMs; key finds its state (which holds `alert`) again on the tick.
    void mark(Key key, AlertSubject &alert, qint64 timeMs)
    {
        if (!alert.textStale) {
            alert.textStale = true;
            m_keys.push_back(key);
            m_earliestMs = std::min(m_earliestMs, timeMs);
        }
    }

    // On the tick: for each noted subject still held in states (a BoundedLru of structs with an
    // `alert` member) and quiet since lastMsOf(state), refresh(state, lastMs) raises its alert with a
    // new text; a subject not yet quiet waits for a later tick. Quiet means a second in a live engine;
    // in an offline analysis it means windowMs, after which the detector drops the subject's state
    // (nowMs = kEnd at the end of the analysis: all). A subject evicted for memory keeps its old text.
    template<class States, class LastMs, class Refresh>
    void flushQuiet(States &states, qint64 nowMs, qint64 windowMs, LastMs lastMsOf, Refresh refresh)
    {
        const qint64 quietMs = m_ctx.finalTextsOnly() ? windowMs : kQuietMs;
        // A subject's last event is never earlier than when it was noted, so none is quiet before the
        // earliest noted one has been: the walk waits until then (or until keys of dropped states pile up).
        if (nowMs != kEnd && nowMs - m_earliestMs < quietMs && m_keys.size() <= size_t(2 * states.size() + 1024))
            return;
        m_earliestMs = kEnd;
        size_t kept = 0;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            auto *state = states.find(m_keys[i]);
            if (!state || !state->alert.textStale)
                continue;
            const qint64 lastMs = lastMsOf(*state);
            if (nowMs - lastMs < quietMs) {
                m_keys[kept++] = m_keys[i];
                m_earliestMs = std::min(m_earliestMs, lastMs);
                continue;
            }
            state->alert.textStale = false;
            refresh(*state, lastMs);
        }
        m_keys.resize(kept);
    }

    // flushQuiet raising the same alert (count 0: not a new occurrence) of rule with its text rebuilt
    // by explain(state, draft).
    template<class States, class LastMs, class Explain>
    void refreshQuiet(States &states, qint64 nowMs, qint64 windowMs, LastMs lastMsOf, const QString &rule,
                      Severity severity, Explain explain)
    {
        flushQuiet(states, nowMs, windowMs, lastMsOf, [&](auto &state, qint64 lastMs) {
            AlertDraft d = state.alert.draft(rule, severity, lastMs);
            d.count = 0;
            explain(state, d);
            m_ctx.raise(std::move(d));
        });
    }

private:
    DetectorContext &m_ctx;
    std::vector<Key> m_keys;
    qint64 m_earliestMs = kEnd;   // no noted subject's last event is earlier
};

} // namespace tg
