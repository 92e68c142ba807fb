#pragma once

#include "SettingsPage.h"

class QComboBox;
class QSpinBox;

namespace tg {

// Data folder, event retention and language. Keys (read by the application too):
//   store/retentionDays  int, 0 = keep forever, default 90
//   ui/language          string, empty = system language
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    static constexpr int kDefaultRetentionDays = 90;
    static QString retentionKey();
    static QString languageKey();
    static int retentionDays();   // from QSettings

    explicit GeneralSettingsPage(const QString &dataDir, QWidget *parent = nullptr);
    QString title() const override;
    bool save(QString *why) override;

    QSpinBox *retentionSpin() const { return m_retention; }

private:
    QSpinBox *m_retention;
    QComboBox *m_language;
};

} // namespace tg
