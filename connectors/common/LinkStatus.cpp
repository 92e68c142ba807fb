#include "LinkStatus.h"

#include <QDateTime>

namespace tg {

LinkStatus::LinkStatus(QString pbx, QString service, QString account)
    : m_pbx(std::move(pbx)), m_service(std::move(service)), m_account(std::move(account))
{
}

bool LinkStatus::update(LinkState state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return false;
    m_state = state;
    m_reason = reason;
    return true;
}

Event LinkStatus::event() const
{
    Event e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.pbx = m_pbx;
    e.kind = EventKind::ConnectorState;
    e.type = linkStateName(m_state);
    e.service = m_service;
    e.account = m_account;
    e.detail = m_reason;
    return e;
}

} // namespace tg
