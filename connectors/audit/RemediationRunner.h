#pragma once

#include "audit/ConfigFileSet.h"
#include "audit/Finding.h"
#include "audit/FixPlanner.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace tg {

class SecretStore;
class SshPool;

// How one fix or rollback ended.
struct RemediationOutcome {
    bool ok = false;
    QString error;               // a sentence when !ok: what failed and what state the file is in
    QString path;                // absolute path on the PBX
    QString backupPath;          // the copy made before writing (fix), or before restoring (rollback)
    bool written = false;
    bool reloaded = false;
    QString reloadOutput;
    bool verified = false;       // the re-check no longer reports the finding
    FindingList remaining;       // findings of the same check and subject still reported
    QStringList steps;           // what was done, in order, for the log and the dialog
};

// Carries out a FixPlan the admin confirmed: (store a generated secret in the keychain,) check
// the file is still as audited, write it atomically over SSH with a timestamped backup, run the
// reload command from a fixed template, read the file back and re-run the check. rollback()
// restores a backup byte for byte (the current file is backed up first) and reloads.
class RemediationRunner : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString pbx;
        PbxType type = PbxType::Asterisk;
        QString configDir;       // the folder the plan's relative path is in
        bool sudo = false;
        // Replaces a reload template. Tests use a harmless command; the application never sets it
        // from anything a PBX or a config file says.
        QHash<int, QString> reloadOverride;
        QString secretKey;       // keychain entry for a generated ESL secret (PbxProfile::secretKey())
    };

    RemediationRunner(SshPool *pool, Options options, QObject *parent = nullptr);
    // Where a generated ESL password goes; it may live on another thread (the GUI's).
    void setSecretStore(SecretStore *store);

    // `audited`: the files the plan was made from (the re-check needs the files it includes).
    bool apply(const FixPlan &plan, const ConfigFileSet &audited);
    bool rollback(const QString &relativePath, const QString &backupPath, ReloadAction reload);
    bool isBusy() const { return m_busy; }

    // The fixed command for each reload: nothing variable goes into it.
    static QString reloadCommand(ReloadAction action);

Q_SIGNALS:
    void progress(const QString &pbx, const QString &text);
    void applied(const QString &pbx, const tg::FixPlan &plan, const tg::RemediationOutcome &outcome);
    void rolledBack(const QString &pbx, const QString &path, const tg::RemediationOutcome &outcome);

private:
    void checkAndWrite();
    void write();
    void reload(ReloadAction action, std::function<void()> next);
    void verify();
    void restore(const QByteArray &backup);
    void failLater(bool rollback, const QString &error);
    void finishApply(bool ok, const QString &error = {});
    void storeNewSecret();
    void finishRollback(bool ok, const QString &error = {});
    QString absolute(const QString &relative) const;
    void note(const QString &text);

    QPointer<SshPool> m_pool;
    QPointer<SecretStore> m_secrets;
    Options m_options;
    FixPlan m_plan;
    ConfigFileSet m_files;
    RemediationOutcome m_outcome;
    ReloadAction m_rollbackReload = ReloadAction::None;
    QString m_previousSecret;      // the keychain's value before a generated one replaced it
    bool m_secretReplaced = false; // put m_previousSecret back if the file is not written
    bool m_busy = false;
};

} // namespace tg

Q_DECLARE_METATYPE(tg::RemediationOutcome)
