#pragma once

#include <QWidget>

namespace tg {

// One tab of the settings dialog. A page reads its values when built and writes them only in
// save(), which the dialog calls for every page when the admin presses OK (after every page's
// validate() passed).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    // Returns false with a reason (shown to the admin, dialog stays open) when a value is invalid.
    virtual bool validate(QString *why) const
    {
        Q_UNUSED(why);
        return true;
    }
    // False with a reason when writing failed (the dialog then stays open and shows it).
    virtual bool save(QString *why) = 0;
};

} // namespace tg
