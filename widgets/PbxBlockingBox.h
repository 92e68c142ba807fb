#pragma once

#include "PbxProfile.h"
#include "blocking/BlockSettings.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;

namespace tg {

// The PBX dialog's "On the PBX" group: where its configuration lives (read by audits, config
// history and the trunk-peer check) and how addresses are blocked there (backend, fail2ban jail,
// what is dropped). Other block settings (ports, allowlist, sudo) are kept as they were.
class PbxBlockingBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PbxBlockingBox(QWidget *parent = nullptr);

    void setSettings(const BlockSettings &settings);
    BlockSettings settings() const;
    // The configuration folder follows the PBX type unless the admin typed another one.
    void setPbxType(PbxType type);
    // Empty when valid; else one sentence.
    QString validate() const;

    QLineEdit *configDirEdit() const { return m_configDir; }
    QComboBox *backendCombo() const { return m_backend; }
    QLineEdit *jailEdit() const { return m_jail; }
    QComboBox *scopeCombo() const { return m_scope; }

private:
    void updateEnabled();

    BlockSettings m_settings;
    PbxType m_type = PbxType::Asterisk;
    QLineEdit *m_configDir;
    QComboBox *m_backend;
    QLineEdit *m_jail;
    QComboBox *m_scope;
};

} // namespace tg
