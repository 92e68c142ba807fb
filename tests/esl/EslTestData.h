#pragma once

// Shared by the ESL tests: where the captures are and what they must give. The expected counts
// were counted from the capture files themselves (frames, Event-Name and Event-Subclass lines,
// channels grouped per call), not from the code under test.

#include "AmiTestData.h"   // dataPath, readData, KindCounts, countKinds, describe
#include "esl/EslParser.h"

namespace tg::test {

inline QByteArray eslCapture(const QString &name)
{
    const QByteArray bytes = readData(QStringLiteral("esl/") + name);
    return EslParser::skipCaptureComments(bytes).toByteArray();
}

inline const QStringList &eslCaptures()
{
    static const QStringList all = {
        QStringLiteral("freeswitch-1.10.12-session.esl"),   QStringLiteral("freeswitch-1.10.12-api.esl"),
        QStringLiteral("freeswitch-1.10.12-badauth.esl"),   QStringLiteral("esl-docs-event-json.esl"),
        QStringLiteral("esl-docs-disconnect-notice.esl"),   QStringLiteral("esl-docs-rude-rejection.esl"),
    };
    return all;
}

// freeswitch-1.10.12-session.esl ("event plain ALL"), normalized:
//   pre_register 36 -> AuthChallenge; register_attempt RENEWED 5 -> AuthSuccess (FORBIDDEN 31: no Event);
//   register_failure 31 -> AuthFailure; register 2 -> Registration;
//   calls: b3d5fd97 (1001->1002, two legs), 2fb5cef2 (->0097150123456), 6d10b53a (->011442079460000) start,
//   answer and end; 75c97ccd (CALL_REJECTED, no CHANNEL_CREATE) ends only: CallStart 3, CallAnswer 3, CallEnd 4;
//   API 6 -> Raw; HEARTBEAT 2 and the other channel events: no Event.
inline KindCounts sessionKinds()
{
    using K = EventKind;
    return {{K::AuthChallenge, 36}, {K::AuthSuccess, 5},  {K::AuthFailure, 31}, {K::Registration, 2},
            {K::CallStart, 3},      {K::CallAnswer, 3},   {K::CallEnd, 4},      {K::Raw, 6}};
}

// The same capture through a client with the default subscription (no API events).
inline KindCounts sessionKindsSubscribed()
{
    KindCounts k = sessionKinds();
    k.remove(EventKind::Raw);
    return k;
}

constexpr int kSessionEvents = 215;   // text/event-plain frames in the session capture
constexpr int kSessionFrames = 218;   // plus auth/request and two command/reply

} // namespace tg::test
