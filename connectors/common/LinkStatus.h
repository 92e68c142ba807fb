#pragma once

#include "Event.h"
#include "LiveSnapshot.h"

#include <QString>

namespace tg {

// Connection state of one connector and the ConnectorState Event that reports a change.
// Protocol-neutral: AmiClient and EslClient report their link the same way (same Event
// fields, same "no event when nothing changed" rule), so the store and the GUI need not
// know which protocol a PBX speaks.
class LinkStatus
{
public:
    LinkStatus(QString pbx, QString service, QString account = QString());

    // False (and nothing to report) when state and reason are unchanged.
    bool update(LinkState state, const QString &reason);
    Event event() const;   // the ConnectorState Event of the current state

    LinkState state() const { return m_state; }
    const QString &reason() const { return m_reason; }

private:
    QString m_pbx;
    QString m_service;
    QString m_account;
    LinkState m_state = LinkState::Disabled;
    QString m_reason;
};

} // namespace tg
