#include "AuditCollector.h"

#include "ami/AmiClient.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"


namespace tg {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

} // namespace

AuditCollector::AuditCollector(SshPool *pool, QObject *parent) : QObject(parent), m_pool(pool) {}

void AuditCollector::setAmiClient(AmiClient *ami)
{
    m_ami = ami;
}

QString AuditCollector::defaultConfigDir(PbxType type)
{
    return type == PbxType::FreeSwitch ? QStringLiteral("/etc/freeswitch") : QStringLiteral("/etc/asterisk");
}

QStringList AuditCollector::amiFiles()
{
    return {QStringLiteral("sip.conf"),    QStringLiteral("pjsip.conf"),    QStringLiteral("iax.conf"),
            QStringLiteral("manager.conf"), QStringLiteral("extensions.conf"), QStringLiteral("logger.conf"),
            QStringLiteral("cdr.conf"),    QStringLiteral("modules.conf"),  QStringLiteral("asterisk.conf")};
}

QByteArray AuditCollector::configFromGetConfig(const QVector<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out;
    for (const auto &h : headers) {
        if (h.first.startsWith("Category-"))
            out += "[" + h.second + "]\n";
        else if (h.first.startsWith("Line-"))
            out += h.second + "\n";
    }
    return out;
}

bool AuditCollector::start(const Options &options)
{
    if (m_running)
        return false;
    m_options = options;
    if (m_options.configDir.isEmpty())
        m_options.configDir = defaultConfigDir(options.type);
    while (m_options.configDir.size() > 1 && m_options.configDir.endsWith(QLatin1Char('/')))
        m_options.configDir.chop(1);
    m_input = AuditInput();
    m_input.pbx = options.pbx;
    m_input.type = options.type;
    m_input.typeKnown = true;
    m_input.files.setRoot(m_options.configDir);
    m_input.host.type = options.type;
    m_running = true;
    if (!m_pool) {
        if (m_ami && options.type == PbxType::Asterisk) {
            collectOverAmi();
            return true;
        }
        m_input.errors << tr("%1: neither SSH nor AMI is configured, so nothing could be read.").arg(options.pbx);
        QMetaObject::invokeMethod(this, &AuditCollector::finish, Qt::QueuedConnection);
        return true;
    }
    m_input.source = QStringLiteral("ssh %1@%2").arg(m_pool->config().user, m_pool->config().host);
    if (!SshSession::isSafePath(m_options.configDir)) {
        m_input.errors << tr("%1: the configuration folder \"%2\" is not a plain absolute path; nothing was read.")
                              .arg(options.pbx, m_options.configDir);
        QMetaObject::invokeMethod(this, &AuditCollector::finish, Qt::QueuedConnection);
        return true;
    }
    listFiles();
    return true;
}

void AuditCollector::step()
{
    if (--m_pending == 0)
        finish();
}

void AuditCollector::listFiles()
{
    Q_EMIT progress(m_options.pbx, tr("Listing configuration files in %1").arg(m_options.configDir));
    // Fixed command; the folder was validated and is quoted.
    const QString cmd = QStringLiteral("find %1 -maxdepth 4 -type f \\( -name '*.conf' -o -name '*.xml' \\) "
                                       "-size -4096k 2>/dev/null | head -n %2")
                            .arg(SshSession::shellQuote(m_options.configDir))
                            .arg(m_options.maxFiles);
    auto done = [this](const SshExecResult &r) {
        QStringList paths;
        if (r.status != SshStatus::Ok) {
            m_input.errors << r.error;
        } else {
            for (const QByteArray &line : r.out.split('\n')) {
                const QString p = QString::fromUtf8(line.trimmed());
                if (p.startsWith(m_options.configDir + QLatin1Char('/')) && SshSession::isSafePath(p))
                    paths << p;
                else if (!p.isEmpty())
                    m_input.errors << tr("%1: skipped the file \"%2\": its name has characters Tollgate does not "
                                         "put in a command.").arg(m_options.pbx, p);
            }
            if (paths.isEmpty())
                m_input.errors << tr("%1: no configuration files were found in %2; check the folder in the PBX "
                                     "settings, or enable sudo if only root can read it.")
                                      .arg(m_options.pbx, m_options.configDir);
        }
        m_pending = 1;   // held until every request below is queued
        readFiles(paths);
        collectVersion();
        if (m_options.collectHost)
            collectHost();
        step();
    };
    SshExecOptions o;
    o.maxStdout = 256 * 1024;
    if (m_options.sudo)
        m_pool->sudoExec(cmd, o, done);
    else
        m_pool->exec(cmd, o, done);
}

void AuditCollector::readFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        ++m_pending;
        m_pool->readFile(path, kMaxFileBytes, SshReadMethod::Auto, m_options.sudo, [this, path](const SshFileResult &r) {
            if (!r.ok())
                m_input.errors << r.error;
            else if (r.truncated)
                m_input.errors << tr("%1: %2 is larger than 4 MiB and was not audited.").arg(m_options.pbx, path);
            else
                m_input.files.insert(path, r.data);
            step();
        });
    }
}

void AuditCollector::collectVersion()
{
    const QString cmd = m_options.type == PbxType::FreeSwitch ? QStringLiteral("freeswitch -version")
                                                              : QStringLiteral("asterisk -V");
    hostCommand(cmd, [this](int code, const QString &out) {
        if (code == 0)
            m_input.version = out.trimmed().section(QLatin1Char('\n'), 0, 0);
    });
}

void AuditCollector::hostCommand(const QString &command, std::function<void(int, const QString &)> done)
{
    ++m_pending;
    SshExecOptions o;
    o.maxStdout = 1024 * 1024;
    auto cb = [this, done](const SshExecResult &r) {
        if (r.status == SshStatus::Ok)
            done(r.exitCode, QString::fromUtf8(r.out));
        else if (r.status != SshStatus::Cancelled)
            m_input.errors << r.error;
        step();
    };
    if (m_options.sudo)
        m_pool->sudoExec(command, o, cb);
    else
        m_pool->exec(command, o, cb);
}

void AuditCollector::collectHost()
{
    Q_EMIT progress(m_options.pbx, tr("Reading listening ports, firewall and fail2ban state"));
    m_input.hostCollected = true;
    hostCommand(QStringLiteral("ss -lntup"), [this](int code, const QString &out) {
        if (code == 0)
            m_input.host.listening = out;
    });
    // nft first; iptables when nft is absent. 2>&1 so an empty ruleset is told from a failure.
    hostCommand(QStringLiteral("if command -v nft >/dev/null 2>&1; then nft list ruleset; else iptables -S; fi"),
                [this](int code, const QString &out) {
                    if (code == 0) {
                        m_input.host.firewall = out;
                        m_input.host.firewallCollected = true;
                    } else {
                        m_input.errors << tr("%1: the firewall rules could not be read (enable sudo for the audit so "
                                             "nft or iptables can run).").arg(m_options.pbx);
                    }
                });
    hostCommand(QStringLiteral("command -v fail2ban-client >/dev/null 2>&1 || exit 127; fail2ban-client status"),
                [this](int code, const QString &out) {
                    if (code == 127)
                        m_input.host.fail2banMissing = true;
                    else if (code == 0)
                        m_input.host.fail2ban = out;
                    else
                        m_input.errors << tr("%1: fail2ban is installed but its status could not be read (it may need "
                                             "sudo, or the service is stopped).").arg(m_options.pbx);
                });
    const QString process = m_options.type == PbxType::FreeSwitch ? QStringLiteral("freeswitch") : QStringLiteral("asterisk");
    hostCommand(QStringLiteral("ps -o user= -C %1").arg(process), [this](int code, const QString &out) {
        if (code == 0)
            m_input.host.processUser = out;
    });
}

void AuditCollector::collectOverAmi()
{
    m_input.source = QStringLiteral("ami %1").arg(m_ami->profile().host);
    m_input.errors << tr("%1: read through AMI GetConfig (no SSH): line numbers are those of Asterisk's view of each "
                         "file, includes are already merged, and host checks were skipped.").arg(m_options.pbx);
    m_input.version = m_ami->pbxVersion();
    m_pending = 1;
    for (const QString &file : amiFiles()) {
        ++m_pending;
        m_ami->getConfig(file, [this, file](const AmiClient::ActionResult &r) {
            if (r.ok) {
                QVector<QPair<QByteArray, QByteArray>> headers;
                for (int i = 0; i < r.response.size(); ++i)
                    headers.append({r.response.key(i).toByteArray(), r.response.value(i).toByteArray()});
                m_input.files.insert(file, configFromGetConfig(headers));
            }
            step();   // a missing file is not an error: most PBXes use only some of them
        });
    }
    step();
}

void AuditCollector::finish()
{
    Q_EMIT progress(m_options.pbx, tr("Running the checks"));
    m_input.access = m_options.access;
    m_input.accessKnown = m_options.accessKnown;
    if (m_options.activity)
        m_input.activity = m_options.activity(AccessReview::accounts(m_input.files, m_options.type));
    AuditResult result = AuditRunner::run(m_input);
    result.pbx = m_options.pbx;
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace tg
