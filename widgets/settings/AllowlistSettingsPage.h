#pragma once

#include "DetectionFilePage.h"

class QLabel;
class QPlainTextEdit;

namespace tg {

// Trusted sources, accounts and destinations: alerts about them are dropped (detection.json).
class AllowlistSettingsPage : public DetectionFilePage
{
    Q_OBJECT
public:
    explicit AllowlistSettingsPage(const QString &settingsPath, QWidget *parent = nullptr);
    QString title() const override;
    bool validate(QString *why) const override;
    bool save(QString *why) override;

    QPlainTextEdit *ipsEdit() const { return m_ips; }
    QPlainTextEdit *accountsEdit() const { return m_accounts; }
    QPlainTextEdit *destinationsEdit() const { return m_destinations; }

private:
    void updateStatus();

    QPlainTextEdit *m_ips;
    QPlainTextEdit *m_accounts;
    QPlainTextEdit *m_destinations;
    QLabel *m_status;
};

} // namespace tg
