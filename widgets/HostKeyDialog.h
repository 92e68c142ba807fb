#pragma once

#include "HostKeyQuestion.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QWidget;

namespace tg {

// Asks the user about an SSH host key (trust on first use). First contact: the host, key type
// and SHA-256 fingerprint, with Trust and Don't trust (the default). A changed key: a loud
// warning of what it can mean, Keep refusing as the default, and a deliberate path to replace
// the stored key: tick that the new fingerprint was verified on the PBX, then type its first
// characters. The answer is read with decision() and confirmation() after the dialog closes.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyQuestion &question, QWidget *parent = nullptr);

    const HostKeyQuestion &question() const { return m_question; }
    HostKeyDecision decision() const;
    QString confirmation() const;

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *refuseButton() const { return m_refuse; }
    QCheckBox *replaceCheck() const { return m_replaceCheck; }
    QLineEdit *confirmEdit() const { return m_confirm; }

private:
    QWidget *details();
    void updateAccept();

    HostKeyQuestion m_question;
    QPushButton *m_accept = nullptr;
    QPushButton *m_refuse = nullptr;
    QCheckBox *m_replaceCheck = nullptr;
    QLineEdit *m_confirm = nullptr;
    QWidget *m_confirmRow = nullptr;
};

} // namespace tg
