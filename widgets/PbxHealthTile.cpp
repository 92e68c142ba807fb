#include "PbxHealthTile.h"

#include "ConsoleStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>

namespace tg {

PbxHealthTile::PbxHealthTile(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_title(new QLabel(name, this))
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_last(new QLabel(this))
    , m_calls(new QLabel(this))
    , m_critical(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(220);
    setMaximumWidth(320);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setToolTip(tr("Click to show only this PBX in the console"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    auto *g = new QGridLayout(this);
    g->setContentsMargins(10, 8, 10, 8);
    g->setVerticalSpacing(2);
    auto *head = new QHBoxLayout;
    head->addWidget(m_dot);
    head->addWidget(m_title, 1);
    g->addLayout(head, 0, 0, 1, 2);
    g->addWidget(m_state, 1, 0, 1, 2);
    g->addWidget(m_reason, 2, 0, 1, 2);
    g->addWidget(m_rate, 3, 0);
    g->addWidget(m_calls, 3, 1);
    g->addWidget(m_last, 4, 0);
    g->addWidget(m_critical, 4, 1);
    m_reason->hide();
}

void PbxHealthTile::setStatus(const PbxStatus &s, qint64 nowMs)
{
    const bool saysDemo = s.name.contains(QStringLiteral("demo"), Qt::CaseInsensitive);
    const QString title = s.demo && !saysDemo ? tr("%1 — Demo PBX").arg(s.name) : s.name;
    if (m_title->text() != title)
        m_title->setText(title);
    m_dot->setPixmap(ConsoleStyle::dotIcon(ConsoleStyle::linkStateColor(s.state)).pixmap(12, 12));
    QString state = ConsoleStyle::linkStateText(s.state);
    if (!s.version.isEmpty())
        state += QStringLiteral(" · ") + s.version;
    m_state->setText(state);
    const bool showReason = s.state != LinkState::Connected && !s.reason.isEmpty();
    m_reason->setVisible(showReason);
    if (showReason) {
        m_reason->setText(fontMetrics().elidedText(s.reason, Qt::ElideRight, 2 * 260));
        m_reason->setToolTip(s.reason);
    }
    m_rate->setText(tr("%1 events/s").arg(QLocale().toString(s.eventsPerSec, 'f', 1)));
    m_last->setText(s.lastEventMs > 0 ? tr("Last event %1").arg(ConsoleStyle::formatAge(nowMs - s.lastEventMs))
                                      : tr("No events yet"));
    m_calls->setText(tr("Active calls: %1").arg(s.activeCalls));
    m_critical->setText(tr("Critical alerts: %1").arg(s.openCritical));
    m_critical->setStyleSheet(s.openCritical > 0 ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

QString PbxHealthTile::stateText() const
{
    return m_state->text();
}

void PbxHealthTile::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setStyleSheet(selected ? QStringLiteral("tg--PbxHealthTile { border: 2px solid palette(highlight); }") : QString());
    setFrameShadow(selected ? QFrame::Sunken : QFrame::Raised);
}

void PbxHealthTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked(m_name);
    QFrame::mouseReleaseEvent(event);
}

} // namespace tg
