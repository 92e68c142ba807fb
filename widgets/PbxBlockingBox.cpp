#include "PbxBlockingBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace tg {

namespace {
QString defaultConfigDir(PbxType type)
{
    PbxProfile p;
    p.type = type;
    return BlockSettings::defaultsFor(p).configDir;
}
} // namespace

PbxBlockingBox::PbxBlockingBox(QWidget *parent)
    : QGroupBox(tr("On the PBX (over SSH)"), parent)
{
    m_configDir = new QLineEdit(this);
    m_configDir->setObjectName(QStringLiteral("pbxConfigDir"));
    m_configDir->setToolTip(tr("The folder with the PBX's configuration files, read by the audit, the config history "
                               "and the blocking safety check (SIP trunk peers)."));
    m_backend = new QComboBox(this);
    m_backend->addItem(tr("Detect automatically"), int(BlockBackend::Auto));
    m_backend->addItem(QStringLiteral("nftables"), int(BlockBackend::Nftables));
    m_backend->addItem(QStringLiteral("iptables + ipset"), int(BlockBackend::IptablesIpset));
    m_backend->addItem(QStringLiteral("fail2ban"), int(BlockBackend::Fail2ban));
    m_backend->setToolTip(tr("How blocks are made on this PBX. Detect uses nftables when present, else iptables with "
                             "ipset, else fail2ban."));
    m_jail = new QLineEdit(this);
    m_jail->setPlaceholderText(tr("jail, e.g. asterisk"));
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("only the PBX's SIP, RTP and manager ports"), int(BlockScope::PbxPorts));
    m_scope->addItem(tr("all traffic from the address"), int(BlockScope::AllTraffic));
    m_scope->setToolTip(tr("The ports keep SSH out of every block, so a wrong block cannot cut Tollgate's own access."));

    auto *backendRow = new QHBoxLayout;
    backendRow->addWidget(m_backend);
    backendRow->addWidget(new QLabel(tr("Jail"), this));
    backendRow->addWidget(m_jail, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Configuration folder"), m_configDir);
    form->addRow(tr("Block with"), backendRow);
    form->addRow(tr("Block"), m_scope);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &PbxBlockingBox::updateEnabled);
    setSettings(BlockSettings::defaultsFor(PbxProfile{}));
}

void PbxBlockingBox::setSettings(const BlockSettings &settings)
{
    m_settings = settings;
    m_configDir->setText(settings.configDir);
    m_backend->setCurrentIndex(qMax(0, m_backend->findData(int(settings.backend))));
    m_jail->setText(settings.fail2banJail);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(int(settings.scope))));
    updateEnabled();
}

BlockSettings PbxBlockingBox::settings() const
{
    BlockSettings s = m_settings;
    s.configDir = m_configDir->text().trimmed();
    s.backend = BlockBackend(m_backend->currentData().toInt());
    s.fail2banJail = m_jail->text().trimmed();
    s.scope = BlockScope(m_scope->currentData().toInt());
    return s;
}

void PbxBlockingBox::setPbxType(PbxType type)
{
    const QString dir = m_configDir->text().trimmed();
    if (dir.isEmpty() || dir == defaultConfigDir(m_type))
        m_configDir->setText(defaultConfigDir(type));
    m_type = type;
}

QString PbxBlockingBox::validate() const
{
    QString error;
    return settings().validate(&error) ? QString() : error;
}

void PbxBlockingBox::updateEnabled()
{
    m_jail->setEnabled(m_backend->currentData().toInt() == int(BlockBackend::Fail2ban));
}

} // namespace tg
