#pragma once

#include "HostKeyQuestion.h"
#include "SshTypes.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace tg {

class KnownHostsStore;

// Trust on first use for the console. When an SSH session meets a host key that is unknown or
// changed, it asks here (KnownHostsStore::prompter()): the question goes out as a signal, the
// asking worker thread waits (never the GUI thread; bounded by timeoutMs() and by the session's
// cancel()), and the user's answer comes back through answer(). Trust stores the key, Replace
// swaps a changed key after a typed confirmation; then the session connects again, so the
// operation that met the key goes on. Sessions asking about the same key share one question.
// A "no" is remembered for that host and key until clearRefusals() (the user tests the PBX or
// saves its settings), so background rounds do not ask again and again.
class HostKeyPrompter : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Trusted, Refused, Cancelled, TimedOut };

    explicit HostKeyPrompter(KnownHostsStore *store, QObject *parent = nullptr);
    ~HostKeyPrompter() override;

    void setTimeoutMs(int ms);
    int timeoutMs() const;

    // SSH worker side. Blocks until the question is answered, `cancelled()` turns true (polled
    // every 100 ms) or the timeout passes. *why gets a sentence for every outcome but Trusted.
    Outcome ask(const QString &pbx, const QString &host, quint16 port, const SshHostKey &key,
                const QString &knownFingerprint, const std::function<bool()> &cancelled, QString *why);

    // Any thread (the engine's). Refuse remembers the refusal; Trust stores a first-contact key;
    // Replace needs `confirmation` (HostKeyQuestion::confirmsReplacement) and swaps the stored
    // key only if it is still the one the question showed. False with *error otherwise; an
    // unconfirmed Replace leaves the question open.
    bool answer(quint64 id, HostKeyDecision decision, const QString &confirmation, const QString &who,
                QString *error = nullptr);
    void clearRefusals(const QString &host, quint16 port);
    bool hasPendingQuestion(const QString &host, quint16 port) const;
    QList<HostKeyQuestion> pendingQuestions() const;

signals:
    // Emitted from the asking worker thread: connect queued.
    void questionAsked(const tg::HostKeyQuestion &question);
    // A key was trusted or replaced (emitted from the answering thread).
    void keyAccepted(const tg::HostKeyQuestion &question, tg::HostKeyDecision decision, const QString &who);

private:
    struct Pending {
        HostKeyQuestion question;
        SshHostKey key;
        bool decided = false;
        Outcome outcome = Outcome::Refused;
        QString why;
    };
    static QString refusalKey(const QString &host, quint16 port, const QString &fingerprint);
    QString refusedMessage(const HostKeyQuestion &q) const;

    KnownHostsStore *m_store;
    mutable QMutex m_mutex;
    QWaitCondition m_decided;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    QSet<QString> m_refused;
    quint64 m_nextId = 1;
    int m_timeoutMs = 5 * 60 * 1000;
};

} // namespace tg
