#pragma once

#include "PbxProfile.h"
#include "audit/AccessPolicy.h"
#include "blocking/BlockSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tg {

class PbxBlockingBox;

// Add or edit one PBX profile. The secret typed here is handed to the application for the OS
// keychain (pbxSaveRequested) and never kept by the dialog or stored with the profile.
class PbxDialog : public QDialog
{
    Q_OBJECT
public:
    // existingNames: names already taken (for uniqueness when adding).
    PbxDialog(const PbxProfile &profile, bool isNew, const QStringList &existingNames,
              QWidget *parent = nullptr);

    PbxProfile profile() const;   // what the fields say (fingerprint normalised)
    QString secret() const;
    // The access review settings of this PBX (approved AMI/ESL users, inactivity period).
    void setAccessPolicy(const AccessPolicy &policy);
    AccessPolicy accessPolicy() const;
    // Configuration folder and blocking on this PBX.
    void setBlockSettings(const BlockSettings &settings);
    BlockSettings blockSettings() const;
    PbxBlockingBox *blockingBox() const { return m_blocking; }
    bool isNew() const { return m_isNew; }
    // Empty when the fields are valid; else one sentence, and *field is the field to fix.
    QString validate(QWidget **field = nullptr) const;
    void showTestResult(const QStringList &lines);
    void accept() override;

    // Test hooks: the widgets by role.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QSpinBox *portSpin() const { return m_port; }
    QComboBox *typeCombo() const { return m_type; }
    QCheckBox *tlsCheck() const { return m_tls; }
    QLineEdit *fingerprintEdit() const { return m_fingerprint; }
    QCheckBox *viaSshCheck() const { return m_viaSsh; }
    QLineEdit *sshUserEdit() const { return m_sshUser; }
    QLineEdit *sshKeyEdit() const { return m_sshKey; }
    QPushButton *testButton() const { return m_test; }
    QLabel *errorLabel() const { return m_error; }
    QLineEdit *approvedEdit() const { return m_approved; }
    QSpinBox *inactiveDaysSpin() const { return m_inactiveDays; }

    static QString normalizeFingerprint(const QString &text);
    static bool isValidHost(const QString &host);

Q_SIGNALS:
    void testRequested(const tg::PbxProfile &profile, const QString &secret);

private:
    void onTypeChanged();
    void updateEnabled();
    void onTest();

    PbxProfile m_original;
    bool m_isNew;
    QStringList m_existing;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QCheckBox *m_tls;
    QLineEdit *m_fingerprint;
    QCheckBox *m_viaSsh;
    QLineEdit *m_sshHost;
    QSpinBox *m_sshPort;
    QLineEdit *m_sshUser;
    QLineEdit *m_sshKey;
    QPushButton *m_browseKey;
    QCheckBox *m_enabled;
    QLineEdit *m_approved;
    QSpinBox *m_inactiveDays;
    PbxBlockingBox *m_blocking;
    QPushButton *m_test;
    QPlainTextEdit *m_testResult;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tg
