#include "ForwardDestinationDialog.h"

#include "ConsoleStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tg {

ForwardDestinationDialog::ForwardDestinationDialog(const ForwardDestination &d, const QStringList &takenNames,
                                                   QWidget *parent)
    : QDialog(parent), m_taken(takenNames), m_lastTransport(d.transport)
{
    setWindowTitle(d.name.isEmpty() ? tr("Add forwarding destination") : tr("Edit forwarding destination"));
    m_name = new QLineEdit(d.name, this);
    m_name->setPlaceholderText(tr("e.g. SOC rsyslog"));
    m_name->setMaxLength(64);
    m_enabled = new QCheckBox(tr("Send to this destination"), this);
    m_enabled->setChecked(d.enabled);

    m_transport = new QComboBox(this);
    m_transport->addItem(tr("RELP (acknowledged, recommended)"), int(ForwardTransport::Relp));
    m_transport->addItem(tr("RELP over TLS"), int(ForwardTransport::RelpTls));
    m_transport->addItem(tr("TLS syslog (RFC 5425)"), int(ForwardTransport::Tls));
    m_transport->addItem(tr("TCP syslog (RFC 6587)"), int(ForwardTransport::Tcp));
    m_transport->addItem(tr("UDP syslog (no delivery guarantee)"), int(ForwardTransport::Udp));
    m_transport->setCurrentIndex(m_transport->findData(int(d.transport)));
    m_host = new QLineEdit(d.host, this);
    m_host->setPlaceholderText(tr("siem.example.com or 192.0.2.20"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(d.port);
    m_port->setMaximumWidth(m_port->sizeHint().width() * 2);

    m_format = new QComboBox(this);
    m_format->addItem(tr("JSON"), int(ForwardFormat::Json));
    m_format->addItem(tr("CEF (ArcSight Common Event Format)"), int(ForwardFormat::Cef));
    m_format->setCurrentIndex(m_format->findData(int(d.format)));
    m_minSeverity = new QComboBox(this);
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_minSeverity->addItem(ConsoleStyle::severityText(s), int(s));
    m_minSeverity->setCurrentIndex(m_minSeverity->findData(int(d.minSeverity)));
    m_events = new QCheckBox(tr("Also send raw security events (failed and successful logins, ACL rejects, …)"), this);
    m_events->setChecked(d.includeEvents);

    m_caFile = new QLineEdit(d.caFile, this);
    m_caFile->setPlaceholderText(tr("PEM file of the CA that signed the receiver (optional)"));
    m_browse = new QPushButton(tr("Choose…"), this);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    m_fingerprint = new QLineEdit(d.fingerprint, this);
    m_fingerprint->setPlaceholderText(tr("or trust exactly this certificate: SHA-256 fingerprint"));

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ForwardDestinationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Transport"), m_transport);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Minimum alert severity"), m_minSeverity);
    form->addRow(QString(), m_events);
    form->addRow(tr("CA file"), caRow);
    form->addRow(tr("Trusted certificate"), m_fingerprint);
    form->addRow(m_note);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ForwardDestinationDialog::onTransportChanged);
    onTransportChanged();
    resize(560, sizeHint().height());
}

void ForwardDestinationDialog::onTransportChanged()
{
    const auto t = ForwardTransport(m_transport->currentData().toInt());
    // A port still at the old transport's default follows the new one.
    if (m_port->value() == defaultForwardPort(m_lastTransport))
        m_port->setValue(defaultForwardPort(t));
    m_lastTransport = t;
    const bool tls = t == ForwardTransport::Tls || t == ForwardTransport::RelpTls;
    for (QWidget *w : {static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(m_browse),
                       static_cast<QWidget *>(m_fingerprint)})
        w->setEnabled(tls);
    switch (t) {
    case ForwardTransport::Relp:
    case ForwardTransport::RelpTls:
        m_note->setText(tr("The receiver confirms every message; Tollgate keeps it queued until then. Needs rsyslog's "
                           "imrelp (package rsyslog-relp) or another RELP receiver."));
        break;
    case ForwardTransport::Tcp:
    case ForwardTransport::Tls:
        m_note->setText(tr("Plain syslog has no confirmation: a message is resent if the connection breaks within a "
                           "second of sending it, so a receiver that restarts may get some twice."));
        break;
    case ForwardTransport::Udp:
        m_note->setText(tr("UDP can lose messages without anyone noticing; use it only where nothing else is "
                           "accepted."));
        break;
    }
}

ForwardDestination ForwardDestinationDialog::destination() const
{
    ForwardDestination d;
    d.name = m_name->text().trimmed();
    d.enabled = m_enabled->isChecked();
    d.transport = ForwardTransport(m_transport->currentData().toInt());
    d.host = m_host->text().trimmed();
    d.port = quint16(m_port->value());
    d.format = ForwardFormat(m_format->currentData().toInt());
    d.minSeverity = Severity(m_minSeverity->currentData().toInt());
    d.includeEvents = m_events->isChecked();
    if (d.usesTls()) {
        d.caFile = m_caFile->text().trimmed();
        d.fingerprint = m_fingerprint->text().trimmed();
    }
    return d;
}

void ForwardDestinationDialog::accept()
{
    const ForwardDestination d = destination();
    QString problem = d.validate();
    if (problem.isEmpty() && m_taken.contains(d.name))
        problem = tr("Another destination is already called '%1'.").arg(d.name);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tg
