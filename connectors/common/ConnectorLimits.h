#pragma once

#include <QtGlobal>

namespace tg {

// Bounds every PBX connection keeps, whatever the protocol, so one hostile or broken peer
// cannot exhaust the console's memory. AMI and ESL share them.
struct ConnectorLimits {
    static constexpr qsizetype kReadBufferBytes = 256 * 1024;        // socket back-pressure on a flooding peer
    static constexpr int kMaxPendingRequests = 1000;                  // actions/commands awaiting an answer
    static constexpr qsizetype kMaxAnswerBytes = 64 * 1024 * 1024;    // one answer (list, api output) in all
};

} // namespace tg
