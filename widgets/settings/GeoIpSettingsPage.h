#pragma once

#include "DetectionFilePage.h"

class QLabel;
class QLineEdit;

namespace tg {

class GeoIpLookup;

// The country database (newSource.geoIpDatabase in detection.json): a GeoLite2/DB-IP .mmdb the
// admin downloaded. The file is referenced, not copied, so geoipupdate's weekly refresh is used.
// The status line says what the chosen file is (opened on a worker thread) or why it cannot be used.
class GeoIpSettingsPage : public DetectionFilePage
{
    Q_OBJECT
public:
    explicit GeoIpSettingsPage(const QString &settingsPath, QWidget *parent = nullptr);
    QString title() const override;
    bool validate(QString *why) const override;
    bool save(QString *why) override;

    QLineEdit *pathEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }
    // Whether the status line describes the path now in the edit (the file was opened or refused).
    bool isChecked() const { return m_checkedPath == currentPath(); }

Q_SIGNALS:
    void checked(bool ok);

private:
    QString currentPath() const;
    void choose();
    void check();
    void showResult(bool ok, const QString &status);

    QLineEdit *m_edit;
    QLabel *m_status;
    GeoIpLookup *m_probe;
    QString m_checkedPath;
    bool m_checkedOk = true;
};

} // namespace tg
