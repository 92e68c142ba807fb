#include "HostKeyPrompter.h"

#include "KnownHostsStore.h"

#include <QDeadlineTimer>

#include <algorithm>

namespace tg {

namespace {
constexpr int kPollMs = 100;   // how often a waiting worker looks at its cancel flag
} // namespace

HostKeyPrompter::HostKeyPrompter(KnownHostsStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    qRegisterMetaType<tg::HostKeyQuestion>();
    qRegisterMetaType<tg::HostKeyDecision>();
}

HostKeyPrompter::~HostKeyPrompter() = default;

void HostKeyPrompter::setTimeoutMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_timeoutMs = qMax(100, ms);
}

int HostKeyPrompter::timeoutMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_timeoutMs;
}

QString HostKeyPrompter::refusalKey(const QString &host, quint16 port, const QString &fingerprint)
{
    return QStringLiteral("[%1]:%2 %3").arg(host.toLower()).arg(port).arg(fingerprint);
}

QString HostKeyPrompter::refusedMessage(const HostKeyQuestion &q) const
{
    return tr("You chose not to trust the SSH host key %1 of PBX %2 (%3 port %4), so Tollgate did not connect "
              "and stored nothing. To be asked again, use Test connection in the PBX's settings.")
        .arg(q.fingerprint, q.pbx, q.host)
        .arg(q.port);
}

HostKeyPrompter::Outcome HostKeyPrompter::ask(const QString &pbx, const QString &host, quint16 port,
                                              const SshHostKey &key, const QString &knownFingerprint,
                                              const std::function<bool()> &cancelled, QString *why)
{
    std::shared_ptr<Pending> pending;
    bool isNew = false;
    QMutexLocker lock(&m_mutex);
    if (m_refused.contains(refusalKey(host, port, key.fingerprint))) {
        HostKeyQuestion q{0, pbx, host, port, key.type, key.fingerprint, knownFingerprint};
        if (why)
            *why = refusedMessage(q);
        return Outcome::Refused;
    }
    for (const auto &p : std::as_const(m_pending)) {
        const HostKeyQuestion &q = p->question;
        if (q.host.compare(host, Qt::CaseInsensitive) == 0 && q.port == port && q.fingerprint == key.fingerprint
            && q.knownFingerprint == knownFingerprint) {
            pending = p;
            break;
        }
    }
    if (!pending) {
        pending = std::make_shared<Pending>();
        pending->question = HostKeyQuestion{m_nextId++, pbx, host, port, key.type, key.fingerprint, knownFingerprint};
        pending->key = key;
        m_pending.insert(pending->question.id, pending);
        isNew = true;
    }
    const HostKeyQuestion question = pending->question;
    const int timeoutSeconds = qMax(1, m_timeoutMs / 1000);
    QDeadlineTimer deadline(m_timeoutMs);
    if (isNew) {
        // Not under the lock: a directly connected receiver may answer at once.
        lock.unlock();
        emit questionAsked(question);
        lock.relock();
    }
    while (!pending->decided) {
        if (cancelled && cancelled()) {
            if (why)
                *why = tr("SSH to PBX %1 was cancelled while Tollgate waited for your decision about its host key.")
                           .arg(pbx);
            return Outcome::Cancelled;
        }
        if (deadline.hasExpired()) {
            if (why)
                *why = tr("Nobody answered within %1 s whether to trust the SSH host key %2 of PBX %3; Tollgate did "
                          "not connect and stored nothing.")
                           .arg(timeoutSeconds)
                           .arg(key.fingerprint, pbx);
            return Outcome::TimedOut;
        }
        m_decided.wait(&m_mutex, QDeadlineTimer(qMin<qint64>(kPollMs, qMax<qint64>(1, deadline.remainingTime()))));
    }
    if (why)
        *why = pending->why;
    return pending->outcome;
}

bool HostKeyPrompter::answer(quint64 id, HostKeyDecision decision, const QString &confirmation, const QString &who,
                             QString *error)
{
    QMutexLocker lock(&m_mutex);
    const std::shared_ptr<Pending> p = m_pending.value(id);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!p)
        return fail(tr("That host key question was already answered."));
    const HostKeyQuestion &q = p->question;
    QString storeError;
    switch (decision) {
    case HostKeyDecision::Refuse:
        m_refused.insert(refusalKey(q.host, q.port, q.fingerprint));
        p->outcome = Outcome::Refused;
        p->why = refusedMessage(q);
        break;
    case HostKeyDecision::Trust:
        if (q.changed())
            return fail(tr("The host key of %1 changed: it can only be replaced deliberately, not trusted like a "
                           "new one.").arg(q.pbx));
        if (!m_store->trust(q.host, q.port, p->key, &storeError, who)) {
            p->outcome = Outcome::Refused;
            p->why = storeError;
        } else {
            p->outcome = Outcome::Trusted;
        }
        break;
    case HostKeyDecision::Replace:
        if (!q.changed())
            return fail(tr("There is no trusted key of %1 to replace.").arg(q.pbx));
        if (!HostKeyQuestion::confirmsReplacement(q.fingerprint, confirmation))
            return fail(tr("The characters typed do not match the start of the new fingerprint %1; the stored key "
                           "was kept.").arg(q.fingerprint));
        if (!m_store->replace(q.host, q.port, q.knownFingerprint, p->key, &storeError, who)) {
            p->outcome = Outcome::Refused;
            p->why = storeError;
        } else {
            p->outcome = Outcome::Trusted;
        }
        break;
    }
    p->decided = true;
    m_pending.remove(id);
    m_decided.wakeAll();
    const bool accepted = p->outcome == Outcome::Trusted;
    const HostKeyQuestion question = q;
    lock.unlock();
    if (accepted)
        emit keyAccepted(question, decision, who);
    else if (decision != HostKeyDecision::Refuse)
        return fail(p->why);
    return true;
}

void HostKeyPrompter::clearRefusals(const QString &host, quint16 port)
{
    QMutexLocker lock(&m_mutex);
    const QString prefix = refusalKey(host, port, QString());
    for (auto it = m_refused.begin(); it != m_refused.end();) {
        if (it->startsWith(prefix))
            it = m_refused.erase(it);
        else
            ++it;
    }
}

bool HostKeyPrompter::hasPendingQuestion(const QString &host, quint16 port) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &p : m_pending)
        if (p->question.host.compare(host, Qt::CaseInsensitive) == 0 && p->question.port == port)
            return true;
    return false;
}

QList<HostKeyQuestion> HostKeyPrompter::pendingQuestions() const
{
    QMutexLocker lock(&m_mutex);
    QList<HostKeyQuestion> out;
    for (const auto &p : m_pending)
        out << p->question;
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return out;
}

} // namespace tg
