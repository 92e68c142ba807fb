#pragma once

#include "PbxProfile.h"
#include "audit/AccessReview.h"
#include "audit/AuditRunner.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace tg {

class AmiClient;
class SshPool;

// Collects what an audit reads from one PBX, read-only: its config files and version over SSH
// (or, without SSH, the files Asterisk hands out through AMI GetConfig), and the host facts
// (ss, nft/iptables, fail2ban-client, ps). Then runs AuditRunner and reports the result.
// Every remote command is a fixed string; the config folder must pass SshSession::isSafePath().
// Lives on the thread of its SshPool (the engine thread); results arrive as signals.
class AuditCollector : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString pbx;
        PbxType type = PbxType::Asterisk;
        QString configDir;          // empty: /etc/asterisk or /etc/freeswitch
        bool sudo = false;          // read files and run host commands through sudo -n
        bool collectHost = true;
        int maxFiles = 400;
        AccessPolicy access;        // the access review's approved users and inactivity period
        bool accessKnown = false;
        // When set, asked once the files are read for the accounts' last activity (the engine
        // answers from the event store); runs on this object's thread.
        std::function<AccountActivity(const QVector<ReviewedAccount> &accounts)> activity;
    };

    explicit AuditCollector(SshPool *pool, QObject *parent = nullptr);
    // The AMI fallback (Asterisk only): used when there is no SSH pool.
    void setAmiClient(AmiClient *ami);

    // One audit at a time; false (and nothing happens) while one runs.
    bool start(const Options &options);
    bool isRunning() const { return m_running; }
    // The files of the last audit, for FixPlanner and the re-check after a fix.
    const ConfigFileSet &files() const { return m_input.files; }
    QString configDir() const { return m_options.configDir; }

    static QString defaultConfigDir(PbxType type);
    // Files Asterisk is asked for over AMI when there is no SSH.
    static QStringList amiFiles();
    // GetConfig's "Category-000000: general" / "Line-000000-000001: k=v" back to .conf text.
    static QByteArray configFromGetConfig(const QVector<QPair<QByteArray, QByteArray>> &headers);

Q_SIGNALS:
    void progress(const QString &pbx, const QString &text);
    void finished(const tg::AuditResult &result);

private:
    void listFiles();
    void readFiles(const QStringList &paths);
    void collectVersion();
    void collectHost();
    void collectOverAmi();
    void finish();
    void hostCommand(const QString &command, std::function<void(int exitCode, const QString &out)> done);
    void step();

    QPointer<SshPool> m_pool;
    QPointer<AmiClient> m_ami;
    Options m_options;
    AuditInput m_input;
    bool m_running = false;
    int m_pending = 0;
};

} // namespace tg
