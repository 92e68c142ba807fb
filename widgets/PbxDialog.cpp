#include "PbxDialog.h"

#include "PbxBlockingBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tg {

namespace {
constexpr quint16 kAmiPort = 5038;
constexpr quint16 kAmiTlsPort = 5039;
constexpr quint16 kEslPort = 8021;
} // namespace

PbxDialog::PbxDialog(const PbxProfile &profile, bool isNew, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_isNew(isNew)
    , m_existing(existingNames)
{
    setWindowTitle(isNew ? tr("Add PBX") : tr("Edit PBX %1").arg(profile.name));

    m_name = new QLineEdit(profile.name, this);
    m_name->setPlaceholderText(tr("e.g. office-pbx"));
    m_name->setReadOnly(!isNew);   // events and alerts refer to the name
    if (!isNew)
        m_name->setToolTip(tr("The name is kept: stored events and alerts refer to it."));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Asterisk (AMI)"), int(PbxType::Asterisk));
    m_type->addItem(tr("FreeSWITCH (ESL)"), int(PbxType::FreeSwitch));
    m_type->setCurrentIndex(profile.type == PbxType::FreeSwitch ? 1 : 0);
    m_host = new QLineEdit(profile.host, this);
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(profile.port ? profile.port : kAmiPort);
    m_user = new QLineEdit(profile.user, this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(isNew ? tr("stored in the system keychain")
                                       : tr("leave empty to keep the stored secret"));
    m_tls = new QCheckBox(tr("Use TLS"), this);
    m_tls->setChecked(profile.tls);
    m_fingerprint = new QLineEdit(profile.tlsFingerprint, this);
    m_fingerprint->setPlaceholderText(tr("optional SHA-256 of a self-signed certificate"));
    m_enabled = new QCheckBox(tr("Monitor this PBX"), this);
    m_enabled->setChecked(profile.enabled);

    auto *conn = new QGroupBox(tr("Manager connection"), this);
    auto *connForm = new QFormLayout(conn);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port"), this));
    hostRow->addWidget(m_port);
    connForm->addRow(tr("Host"), hostRow);
    connForm->addRow(tr("User"), m_user);
    connForm->addRow(tr("Secret"), m_secret);
    connForm->addRow(QString(), m_tls);
    connForm->addRow(tr("TLS fingerprint"), m_fingerprint);

    m_viaSsh = new QCheckBox(tr("Reach the manager port through an SSH tunnel"), this);
    m_viaSsh->setChecked(profile.viaSsh);
    m_sshHost = new QLineEdit(profile.sshHost, this);
    m_sshHost->setPlaceholderText(tr("same as the PBX host"));
    m_sshPort = new QSpinBox(this);
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(profile.sshPort ? profile.sshPort : 22);
    m_sshUser = new QLineEdit(profile.sshUser, this);
    m_sshKey = new QLineEdit(profile.sshKeyFile, this);
    m_sshKey->setPlaceholderText(tr("private key file (optional)"));
    m_browseKey = new QPushButton(tr("Browse…"), this);
    auto *ssh = new QGroupBox(tr("SSH (audits, blocking, tunnel)"), this);
    auto *sshForm = new QFormLayout(ssh);
    auto *sshHostRow = new QHBoxLayout;
    sshHostRow->addWidget(m_sshHost, 1);
    sshHostRow->addWidget(new QLabel(tr("Port"), this));
    sshHostRow->addWidget(m_sshPort);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_sshKey, 1);
    keyRow->addWidget(m_browseKey);
    sshForm->addRow(tr("SSH host"), sshHostRow);
    sshForm->addRow(tr("SSH user"), m_sshUser);
    sshForm->addRow(tr("Key file"), keyRow);
    sshForm->addRow(QString(), m_viaSsh);

    // The access review of the audit: who may use AMI/ESL, and when an account counts as unused.
    m_approved = new QLineEdit(this);
    m_approved->setObjectName(QStringLiteral("pbxApprovedUsers"));
    m_approved->setPlaceholderText(tr("e.g. console, event_socket (empty: no list yet)"));
    m_approved->setToolTip(tr("AMI users (manager.conf), ESL users (user@domain) and event_socket (the shared ESL "
                              "password) that may control this PBX, separated by commas. The audit reports every "
                              "other one."));
    m_inactiveDays = new QSpinBox(this);
    m_inactiveDays->setObjectName(QStringLiteral("pbxInactiveDays"));
    m_inactiveDays->setRange(0, 3650);
    m_inactiveDays->setSuffix(tr(" days"));
    m_inactiveDays->setSpecialValueText(tr("Off"));
    m_inactiveDays->setValue(AccessPolicy::kDefaultInactiveDays);
    m_inactiveDays->setToolTip(tr("The audit reports accounts with no registration or call in this many days, from "
                                  "the events Tollgate stored."));
    m_blocking = new PbxBlockingBox(this);
    m_blocking->setPbxType(profile.type);
    auto *access = new QGroupBox(tr("Access review (audit)"), this);
    auto *accessForm = new QFormLayout(access);
    accessForm->addRow(tr("Approved AMI/ESL users"), m_approved);
    auto *daysRow = new QHBoxLayout;   // a short number: the field stays narrow like the ports
    daysRow->addWidget(m_inactiveDays);
    daysRow->addStretch(1);
    accessForm->addRow(tr("Inactive after"), daysRow);

    m_test = new QPushButton(tr("Test connection"), this);
    m_testResult = new QPlainTextEdit(this);
    m_testResult->setReadOnly(true);
    m_testResult->setPlaceholderText(tr("Test connection tries the manager port and SSH and says what worked."));
    m_testResult->setMaximumHeight(110);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *top = new QFormLayout;
    top->addRow(tr("Name"), m_name);
    top->addRow(tr("Type"), m_type);
    top->addRow(QString(), m_enabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(conn);
    layout->addWidget(ssh);
    layout->addWidget(m_blocking);
    layout->addWidget(access);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &PbxDialog::onTypeChanged);
    connect(m_tls, &QCheckBox::toggled, this, [this](bool on) {
        if (m_type->currentData().toInt() == int(PbxType::Asterisk)) {
            if (on && m_port->value() == kAmiPort)
                m_port->setValue(kAmiTlsPort);
            else if (!on && m_port->value() == kAmiTlsPort)
                m_port->setValue(kAmiPort);
        }
        updateEnabled();
    });
    connect(m_viaSsh, &QCheckBox::toggled, this, &PbxDialog::updateEnabled);
    // ESL has no TLS: once SSH is set up for a FreeSWITCH PBX, reach ESL through it by default
    // (the admin can still untick it).
    connect(m_sshUser, &QLineEdit::textEdited, this, [this](const QString &user) {
        if (m_type->currentData().toInt() == int(PbxType::FreeSwitch) && !m_viaSsh->isChecked() && !user.isEmpty())
            m_viaSsh->setChecked(true);
    });
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("SSH private key"), m_sshKey->text());
        if (!f.isEmpty())
            m_sshKey->setText(f);
    });
    connect(m_test, &QPushButton::clicked, this, &PbxDialog::onTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PbxDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PbxDialog::reject);
    updateEnabled();
    resize(520, sizeHint().height());
}

void PbxDialog::onTypeChanged()
{
    const bool asterisk = m_type->currentData().toInt() == int(PbxType::Asterisk);
    // Switch the default port with the type, but keep a port the user chose.
    if (asterisk && m_port->value() == kEslPort)
        m_port->setValue(m_tls->isChecked() ? kAmiTlsPort : kAmiPort);
    else if (!asterisk && (m_port->value() == kAmiPort || m_port->value() == kAmiTlsPort))
        m_port->setValue(kEslPort);
    m_blocking->setPbxType(asterisk ? PbxType::Asterisk : PbxType::FreeSwitch);
    updateEnabled();
}

void PbxDialog::updateEnabled()
{
    const bool asterisk = m_type->currentData().toInt() == int(PbxType::Asterisk);
    m_user->setEnabled(asterisk);
    m_user->setPlaceholderText(asterisk ? tr("AMI user from manager.conf") : tr("ESL has no user"));
    m_fingerprint->setEnabled(m_tls->isChecked());
}

void PbxDialog::setBlockSettings(const BlockSettings &settings)
{
    m_blocking->setSettings(settings);
}

BlockSettings PbxDialog::blockSettings() const
{
    return m_blocking->settings();
}

void PbxDialog::setAccessPolicy(const AccessPolicy &policy)
{
    m_approved->setText(policy.listText());
    m_inactiveDays->setValue(policy.inactiveDays);
}

AccessPolicy PbxDialog::accessPolicy() const
{
    AccessPolicy p;
    p.approved = AccessPolicy::parseList(m_approved->text());
    p.inactiveDays = m_inactiveDays->value();
    return p;
}

QString PbxDialog::normalizeFingerprint(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char(':'));
    t.remove(QLatin1Char(' '));
    return t;
}

bool PbxDialog::isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    static const QRegularExpression ipv4(QStringLiteral(
        R"(^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$)"));
    static const QRegularExpression ipv6(QStringLiteral(R"(^[0-9A-Fa-f:.]{2,45}$)"));
    static const QRegularExpression name(QStringLiteral(
        R"(^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$)"));
    if (host.contains(QLatin1Char(':')))
        return ipv6.match(host).hasMatch() && host.count(QLatin1Char(':')) >= 2;
    if (ipv4.match(host).hasMatch())
        return true;
    // All-digit dotted names that are not a valid IPv4 address are typos, not host names.
    static const QRegularExpression digits(QStringLiteral(R"(^[\d.]+$)"));
    if (digits.match(host).hasMatch())
        return false;
    return name.match(host).hasMatch();
}

PbxProfile PbxDialog::profile() const
{
    PbxProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.type = PbxType(m_type->currentData().toInt());
    p.host = m_host->text().trimmed();
    p.port = quint16(m_port->value());
    p.user = p.type == PbxType::Asterisk ? m_user->text().trimmed() : QString();
    p.tls = m_tls->isChecked();
    p.tlsFingerprint = p.tls ? normalizeFingerprint(m_fingerprint->text()) : QString();
    p.sshHost = m_sshHost->text().trimmed();
    p.sshPort = quint16(m_sshPort->value());
    p.sshUser = m_sshUser->text().trimmed();
    p.sshKeyFile = m_sshKey->text().trimmed();
    p.viaSsh = m_viaSsh->isChecked();
    p.enabled = m_enabled->isChecked();
    return p;
}

QString PbxDialog::secret() const
{
    return m_secret->text();
}

QString PbxDialog::validate(QWidget **field) const
{
    auto fail = [field](QWidget *w, const QString &message) {
        if (field)
            *field = w;
        return message;
    };
    const PbxProfile p = profile();
    static const QRegularExpression nameRe(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$)"));
    if (p.name.isEmpty())
        return fail(m_name, tr("Enter a name for this PBX."));
    if (!nameRe.match(p.name).hasMatch())
        return fail(m_name, tr("Use up to 64 letters, digits, spaces, dots, dashes or underscores for the name."));
    if (m_isNew) {
        for (const QString &n : m_existing)
            if (n.compare(p.name, Qt::CaseInsensitive) == 0)
                return fail(m_name, tr("A PBX named %1 already exists; choose another name.").arg(n));
    }
    if (p.host.isEmpty())
        return fail(m_host, tr("Enter the host name or IP address of the PBX."));
    if (!isValidHost(p.host))
        return fail(m_host, tr("%1 is not a valid host name or IP address.").arg(p.host));
    // The user and secret travel in protocol headers: no spaces, no line breaks.
    static const QRegularExpression userRe(QStringLiteral(R"(^[A-Za-z0-9._@+-]{1,64}$)"));
    if (p.type == PbxType::Asterisk) {
        if (p.user.isEmpty())
            return fail(m_user, tr("Enter the AMI user from the PBX's manager.conf."));
        if (!userRe.match(p.user).hasMatch())
            return fail(m_user, tr("The AMI user may contain only letters, digits and . _ @ + -."));
    }
    const QString s = secret();
    if (s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        return fail(m_secret, tr("The secret must not contain line breaks."));
    if (m_isNew && s.isEmpty())
        return fail(m_secret, p.type == PbxType::Asterisk ? tr("Enter the AMI secret for user %1.").arg(p.user)
                                                          : tr("Enter the ESL password."));
    if (p.tls && !p.tlsFingerprint.isEmpty()) {
        static const QRegularExpression hex(QStringLiteral(R"(^[0-9a-f]{64}$)"));
        if (!hex.match(p.tlsFingerprint).hasMatch())
            return fail(m_fingerprint, tr("The TLS fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed."));
    }
    if (!p.sshHost.isEmpty() && !isValidHost(p.sshHost))
        return fail(m_sshHost, tr("%1 is not a valid SSH host name or IP address.").arg(p.sshHost));
    static const QRegularExpression sshUserRe(QStringLiteral(R"(^[A-Za-z0-9._][A-Za-z0-9._-]{0,31}$)"));
    if (p.viaSsh && p.sshUser.isEmpty())
        return fail(m_sshUser, tr("Enter the SSH user to reach the manager port through SSH."));
    if (!p.sshUser.isEmpty() && !sshUserRe.match(p.sshUser).hasMatch())
        return fail(m_sshUser, tr("The SSH user may contain only letters, digits, dots, dashes and underscores."));
    if (!p.sshKeyFile.isEmpty()) {
        const QFileInfo fi(p.sshKeyFile);
        if (!fi.isFile() || !fi.isReadable())
            return fail(m_sshKey, tr("The key file %1 does not exist or cannot be read.").arg(p.sshKeyFile));
    }
    if (const QString blocking = m_blocking->validate(); !blocking.isEmpty())
        return fail(m_blocking->configDirEdit(), blocking);
    return QString();
}

void PbxDialog::accept()
{
    QWidget *bad = nullptr;
    const QString error = validate(&bad);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        if (bad)
            bad->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->hide();
    QDialog::accept();
}

void PbxDialog::onTest()
{
    QWidget *bad = nullptr;
    const QString error = validate(&bad);
    // A test of an existing profile may rely on the stored secret.
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        if (bad)
            bad->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_error->hide();
    m_testResult->setPlainText(tr("Testing %1…").arg(profile().host));
    Q_EMIT testRequested(profile(), secret());
}

void PbxDialog::showTestResult(const QStringList &lines)
{
    m_testResult->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace tg
