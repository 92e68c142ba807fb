#pragma once

#include "LiveSnapshot.h"

#include <QFrame>

class QLabel;

namespace tg {

// One PBX at a glance on the dashboard: link state and why, events/s, last event, active calls,
// open critical alerts. Clicking it filters the console to that PBX.
class PbxHealthTile : public QFrame
{
    Q_OBJECT
public:
    explicit PbxHealthTile(const QString &name, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    void setStatus(const PbxStatus &s, qint64 nowMs);
    void setSelected(bool selected);
    QString stateText() const;

Q_SIGNALS:
    void clicked(const QString &name);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString m_name;
    QLabel *m_title;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_reason;
    QLabel *m_rate;
    QLabel *m_last;
    QLabel *m_calls;
    QLabel *m_critical;
    bool m_selected = false;
};

} // namespace tg
