#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace tg {

// Application settings kept in QSettings. Keys (read by the application too):
//   store/retentionDays  int, 0 = keep forever, default 90
//   ui/language          string, empty = system language
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultRetentionDays = 90;
    static QString retentionKey();
    static QString languageKey();
    static int retentionDays();   // from QSettings

    SettingsDialog(const QString &dataDir, QWidget *parent = nullptr);
    void accept() override;        // writes QSettings

    QSpinBox *retentionSpin() const { return m_retention; }

private:
    QSpinBox *m_retention;
    QComboBox *m_language;
};

} // namespace tg
