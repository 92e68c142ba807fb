#include "RemediationRunner.h"

#include "audit/AuditRunner.h"
#include "secrets/SecretStore.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"


namespace tg {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

} // namespace

RemediationRunner::RemediationRunner(SshPool *pool, Options options, QObject *parent)
    : QObject(parent), m_pool(pool), m_options(std::move(options))
{
    qRegisterMetaType<tg::RemediationOutcome>();
    qRegisterMetaType<tg::FixPlan>();
    while (m_options.configDir.size() > 1 && m_options.configDir.endsWith(QLatin1Char('/')))
        m_options.configDir.chop(1);
}

void RemediationRunner::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

QString RemediationRunner::reloadCommand(ReloadAction action)
{
    switch (action) {
    case ReloadAction::SipReload: return QStringLiteral("asterisk -rx 'module reload chan_sip.so'");
    case ReloadAction::PjsipReload: return QStringLiteral("asterisk -rx 'module reload res_pjsip.so'");
    case ReloadAction::ManagerReload: return QStringLiteral("asterisk -rx 'manager reload'");
    case ReloadAction::FsReloadXml: return QStringLiteral("fs_cli -x reloadxml");
    // fs_cli still authenticates with the old password here: the module re-reads it on reload.
    case ReloadAction::FsReloadEventSocket: return QStringLiteral("fs_cli -x reloadxml && fs_cli -x 'reload mod_event_socket'");
    case ReloadAction::DialplanReload: return QStringLiteral("asterisk -rx 'dialplan reload'");
    case ReloadAction::CoreReload: return QStringLiteral("asterisk -rx 'core reload'");
    case ReloadAction::None: break;
    }
    return QString();
}

QString RemediationRunner::absolute(const QString &relative) const
{
    // Audit fixes name files below the config folder; a config revert names the watched file.
    if (relative.startsWith(QLatin1Char('/')))
        return relative;
    return m_options.configDir + QLatin1Char('/') + relative;
}

void RemediationRunner::note(const QString &text)
{
    m_outcome.steps << text;
    Q_EMIT progress(m_options.pbx, text);
}

bool RemediationRunner::apply(const FixPlan &plan, const ConfigFileSet &audited)
{
    if (m_busy || !m_pool)
        return false;
    m_busy = true;
    m_plan = plan;
    m_files = audited;
    m_outcome = RemediationOutcome();
    m_outcome.path = absolute(plan.file);
    if (!plan.ok()) {
        failLater(false, plan.error.isEmpty() ? tr("The fix has no change to make.") : plan.error);
        return true;
    }
    if (!SshSession::isSafePath(m_outcome.path)) {
        failLater(false, tr("%1: \"%2\" is not a plain absolute path; nothing was changed.").arg(m_options.pbx, m_outcome.path));
        return true;
    }
    m_secretReplaced = false;
    if (!plan.newSecret.isEmpty()) {
        // The new secret is in the keychain before the PBX uses it, so it is never lost.
        if (!m_secrets || m_options.secretKey.isEmpty()) {
            failLater(false, tr("%1: there is no keychain to keep the new password in; nothing was changed.").arg(m_options.pbx));
            return true;
        }
        storeNewSecret();
        return true;
    }
    checkAndWrite();
    return true;
}

void RemediationRunner::storeNewSecret()
{
    note(tr("Storing the new password in the keychain"));
    // The old one is kept first: if the file cannot be written, the keychain gets it back, so
    // Tollgate goes on logging in with the password the PBX still has.
    m_secrets->readFrom(this, m_options.secretKey, [this](bool hadPrevious, const QString &previous, const QString &) {
        m_previousSecret = previous;
        m_secrets->writeFrom(this, m_options.secretKey, m_plan.newSecret, [this, hadPrevious](bool ok, const QString &error) {
            if (!ok) {
                finishApply(false, tr("%1: the new password could not be stored in the keychain (%2); nothing was "
                                      "changed.").arg(m_options.pbx, error));
                return;
            }
            m_secretReplaced = hadPrevious;
            checkAndWrite();
        });
    });
}

void RemediationRunner::checkAndWrite()
{
    note(tr("Reading %1").arg(m_outcome.path));
    m_pool->readFile(m_outcome.path, kMaxFileBytes, SshReadMethod::Auto, m_options.sudo, [this](const SshFileResult &r) {
        if (!r.ok()) {
            finishApply(false, r.error);
            return;
        }
        if (r.data != m_plan.before) {
            finishApply(false, tr("%1: %2 changed since the audit; nothing was written. Audit the PBX again and review "
                                  "the new diff.").arg(m_options.pbx, m_outcome.path));
            return;
        }
        write();
    });
}

void RemediationRunner::write()
{
    note(tr("Writing %1 (the old file is kept as a backup)").arg(m_outcome.path));
    m_pool->writeFile(m_outcome.path, m_plan.after, m_options.sudo, [this](const SshWriteResult &w) {
        if (!w.ok()) {
            finishApply(false, w.error);
            return;
        }
        m_outcome.written = true;
        m_outcome.backupPath = w.backupPath;
        note(tr("Backup: %1").arg(w.backupPath));
        reload(m_plan.reload, [this] { verify(); });
    });
}

void RemediationRunner::reload(ReloadAction action, std::function<void()> next)
{
    const QString cmd = m_options.reloadOverride.value(int(action), reloadCommand(action));
    if (cmd.isEmpty()) {
        next();
        return;
    }
    note(tr("Reloading: %1").arg(FixPlanner::reloadName(action)));
    SshExecOptions o;
    o.maxStdout = 64 * 1024;
    auto done = [this, next](const SshExecResult &r) {
        m_outcome.reloadOutput = SshSession::remoteText(r.out + r.err, 4000);
        m_outcome.reloaded = r.ok();
        if (!r.ok())
            note(tr("The reload did not succeed (%1); the new file is in place and takes effect at the next reload "
                    "or restart.").arg(r.error.isEmpty() ? m_outcome.reloadOutput.left(200) : r.error));
        next();
    };
    if (m_options.sudo)
        m_pool->sudoExec(cmd, o, done);
    else
        m_pool->exec(cmd, o, done);
}

void RemediationRunner::verify()
{
    note(tr("Checking again"));
    m_pool->readFile(m_outcome.path, kMaxFileBytes, SshReadMethod::Auto, m_options.sudo, [this](const SshFileResult &r) {
        if (!r.ok()) {
            finishApply(false, tr("%1: the file was written but could not be read back: %2").arg(m_options.pbx, r.error));
            return;
        }
        if (r.data != m_plan.after) {
            finishApply(false, tr("%1: %2 does not hold what was written; restore the backup %3.")
                                   .arg(m_options.pbx, m_outcome.path, m_outcome.backupPath));
            return;
        }
        m_files.insert(m_plan.file, r.data);
        for (const Finding &f : AuditRunner::configFindings(m_files, m_plan.type))
            if (f.check == m_plan.check && f.subject == m_plan.subject)
                m_outcome.remaining << f;
        m_outcome.verified = m_outcome.remaining.isEmpty();
        finishApply(true);
    });
}

void RemediationRunner::failLater(bool rollback, const QString &error)
{
    // Results arrive later on this thread, never inside apply()/rollback(), like SshPool's.
    QMetaObject::invokeMethod(
        this, [this, rollback, error] { rollback ? finishRollback(false, error) : finishApply(false, error); },
        Qt::QueuedConnection);
}

void RemediationRunner::finishApply(bool ok, const QString &error)
{
    m_outcome.ok = ok;
    m_outcome.error = error;
    if (!ok && m_secretReplaced && !m_outcome.written && m_secrets) {
        // The PBX still has the old password: so must the keychain.
        m_secretReplaced = false;
        m_secrets->writeFrom(this, m_options.secretKey, m_previousSecret, [this](bool restored, const QString &e) {
            m_previousSecret.fill(QLatin1Char('\0'));
            note(restored ? tr("The previous password is back in the keychain.")
                          : tr("The previous password could not be put back in the keychain (%1); enter it again in "
                               "the PBX's settings.").arg(e));
            finishApply(false, m_outcome.error);
        });
        return;
    }
    m_previousSecret.fill(QLatin1Char('\0'));
    m_busy = false;
    Q_EMIT applied(m_options.pbx, m_plan, m_outcome);
}

bool RemediationRunner::rollback(const QString &relativePath, const QString &backupPath, ReloadAction reload)
{
    if (m_busy || !m_pool)
        return false;
    m_busy = true;
    m_outcome = RemediationOutcome();
    m_outcome.path = absolute(relativePath);
    m_rollbackReload = reload;
    // Only Tollgate's own backups of this very file may be restored.
    if (!SshSession::isSafePath(m_outcome.path) || !SshSession::isSafePath(backupPath)
        || !backupPath.startsWith(m_outcome.path + QLatin1Char('.')) || !backupPath.endsWith(QLatin1String(".tollgate.bak"))) {
        failLater(true, tr("%1: \"%2\" is not a Tollgate backup of %3; nothing was changed.")
                            .arg(m_options.pbx, backupPath, m_outcome.path));
        return true;
    }
    note(tr("Reading the backup %1").arg(backupPath));
    m_pool->readFile(backupPath, kMaxFileBytes, SshReadMethod::Auto, m_options.sudo, [this](const SshFileResult &r) {
        if (!r.ok() || r.truncated) {
            finishRollback(false, r.ok() ? tr("%1: the backup is larger than 4 MiB; restore it by hand.").arg(m_options.pbx) : r.error);
            return;
        }
        restore(r.data);
    });
    return true;
}

void RemediationRunner::restore(const QByteArray &backup)
{
    note(tr("Restoring %1").arg(m_outcome.path));
    m_pool->writeFile(m_outcome.path, backup, m_options.sudo, [this, backup](const SshWriteResult &w) {
        if (!w.ok()) {
            finishRollback(false, w.error);
            return;
        }
        m_outcome.written = true;
        m_outcome.backupPath = w.backupPath;   // the fixed version, kept too
        reload(m_rollbackReload, [this, backup] {
            m_pool->readFile(m_outcome.path, kMaxFileBytes, SshReadMethod::Auto, m_options.sudo,
                             [this, backup](const SshFileResult &r) {
                                 m_outcome.verified = r.ok() && r.data == backup;
                                 finishRollback(m_outcome.verified,
                                                m_outcome.verified ? QString()
                                                                   : tr("%1: %2 does not match the backup after the "
                                                                        "restore; check it by hand.")
                                                                         .arg(m_options.pbx, m_outcome.path));
                             });
        });
    });
}

void RemediationRunner::finishRollback(bool ok, const QString &error)
{
    m_outcome.ok = ok;
    m_outcome.error = error;
    m_busy = false;
    Q_EMIT rolledBack(m_options.pbx, m_outcome.path, m_outcome);
}

} // namespace tg
