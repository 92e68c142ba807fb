#pragma once

#include "forward/ForwardDestination.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tg {

// Add or edit one forwarding destination. OK only closes the dialog when the destination is
// valid and its name is not taken by another one (takenNames).
class ForwardDestinationDialog : public QDialog
{
    Q_OBJECT
public:
    ForwardDestinationDialog(const ForwardDestination &d, const QStringList &takenNames, QWidget *parent = nullptr);
    ForwardDestination destination() const;
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QComboBox *transportBox() const { return m_transport; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *fingerprintEdit() const { return m_fingerprint; }

private:
    void onTransportChanged();

    QStringList m_taken;
    ForwardTransport m_lastTransport;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_transport;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_format;
    QComboBox *m_minSeverity;
    QCheckBox *m_events;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_fingerprint;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace tg
