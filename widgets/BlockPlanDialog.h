#pragma once

#include "blocking/BlockPlan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace tg {

// "Block source IP…": first the addresses, PBXes, duration and reason (checked as they are
// typed); then the plan the PBXes were asked for — the exact commands on each PBX, and what is
// refused and why — and only then the button that runs it. Nothing runs from here: the dialog
// asks for a plan (planRequested) and, once confirmed, hands it back (confirmedPlan()).
class BlockPlanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BlockPlanDialog(BlockRequest::Action action, const QStringList &pbxes, QWidget *parent = nullptr);

    void setAddresses(const QStringList &addresses);
    void setSelectedPbxes(const QStringList &pbxes);
    void setReason(const QString &reason);
    void setAlertId(qint64 id) { m_alertId = id; }

    BlockRequest request() const;
    // Shows the plan (the answer to planRequested) and enables confirming it when it has work.
    void setPlan(const BlockPlan &plan);
    BlockPlan confirmedPlan() const { return m_plan; }
    QString planText() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *showPlanButton() const { return m_showPlan; }
    QLabel *validationLabel() const { return m_validation; }
    QCheckBox *allPbxesBox() const { return m_allPbxes; }

Q_SIGNALS:
    void planRequested(const tg::BlockRequest &request);

private:
    void validate();

    BlockRequest::Action m_action;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_addresses;
    QListWidget *m_pbxes;
    QCheckBox *m_allPbxes;
    QComboBox *m_duration;
    QSpinBox *m_customSeconds;
    QLineEdit *m_reason;
    QLabel *m_validation;
    QLabel *m_planSummary;
    QPlainTextEdit *m_planText;
    QPushButton *m_showPlan;
    QPushButton *m_confirm;
    QPushButton *m_back;
    BlockPlan m_plan;
    qint64 m_alertId = 0;
};

} // namespace tg
