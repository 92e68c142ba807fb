#pragma once

#include "report/IncidentReport.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace tg {

// Asks for the period (and optionally the PBX) of an incident report: every alert active between
// From and To goes in, as with `tollgate-cli report --from --to`. Defaults to the last 24 hours
// before now; the times are local, the scope is in epoch milliseconds.
class IncidentPeriodDialog : public QDialog
{
    Q_OBJECT
public:
    // pbxes: the names offered besides "All PBXes"; currentPbx is preselected when among them.
    IncidentPeriodDialog(const QStringList &pbxes, const QString &currentPbx, const QDateTime &now,
                         QWidget *parent = nullptr);

    IncidentScope scope() const;

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QComboBox *pbxBox() const { return m_pbx; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    void validate();

    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_pbx;
    QLabel *m_problem;
    QPushButton *m_accept = nullptr;
};

} // namespace tg
