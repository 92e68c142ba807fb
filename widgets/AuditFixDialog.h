#pragma once

#include "audit/FixPlanner.h"

#include <QDialog>

class QPlainTextEdit;
class QLabel;
class QPushButton;

namespace tg {

// Shows the exact change a fix makes (unified diff, secrets as ********) and what reloads, and
// asks the admin to confirm. Nothing is changed unless "Apply fix" is pressed.
class AuditFixDialog : public QDialog
{
    Q_OBJECT
public:
    AuditFixDialog(const QString &pbx, const FixPlan &plan, QWidget *parent = nullptr);

    const FixPlan &plan() const { return m_plan; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPushButton *applyButton() const { return m_apply; }

private:
    FixPlan m_plan;
    QPlainTextEdit *m_diff;
    QPushButton *m_apply;
};

} // namespace tg
