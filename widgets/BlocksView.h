#pragma once

#include "BlockPlanDialog.h"
#include "blocking/BlockPlan.h"
#include "blocking/BlockRecord.h"
#include "blocking/PbxOutcome.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tg {

class BlockTableModel;

// The Blocks tab: every block with its state on each PBX, entries the PBXes block that
// Tollgate did not make, and the block/unblock actions. It never talks to a PBX or the store:
// it asks through signals (planRequested, executeRequested, refreshRequested) and shows what
// the application answers (setRecords, setListings, showPlan, showOutcome).
class BlocksView : public QWidget
{
    Q_OBJECT
public:
    explicit BlocksView(QWidget *parent = nullptr);

    BlockTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    BlockPlanDialog *planDialog() const { return m_dialog.data(); }   // the open one, or null
    bool showEnded() const;

    // PBXes that can be blocked on (with SSH access).
    void setPbxes(const QStringList &pbxes);

public Q_SLOTS:
    void setRecords(const tg::BlockRecordList &records);
    void setListings(const QVector<tg::PbxOutcome> &listings);
    // Opens the dialog, filled in (from an alert: its address, PBX, id and title).
    void requestBlock(const QStringList &addresses, const QString &pbx = QString(), qint64 alertId = 0,
                      const QString &reason = QString());
    void requestUnblock(const QStringList &addresses, const QStringList &pbxes);
    // The answer to planRequested: shown in the open dialog for confirmation.
    void showPlan(const tg::BlockPlan &plan);
    // The answer to executeRequested: one sentence per PBX that failed, in the status line.
    void showOutcome(const QVector<tg::PbxOutcome> &outcomes);

Q_SIGNALS:
    void planRequested(const tg::BlockRequest &request);
    void executeRequested(const tg::BlockPlan &plan);
    void refreshRequested(bool includeEnded);
    void message(const QString &text);

private:
    void openDialog(BlockRequest::Action action, const QStringList &addresses, const QStringList &pbxes,
                    qint64 alertId, const QString &reason);
    void unblockSelected();
    void updateActions();

    BlockTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_block;
    QPushButton *m_unblock;
    QPushButton *m_refresh;
    QCheckBox *m_ended;
    QLabel *m_status;
    QStringList m_pbxes;
    QPointer<BlockPlanDialog> m_dialog;
};

} // namespace tg
