#pragma once

#include <QJsonObject>

namespace tg {

// Numbers for the diff on large inputs (no pass/fail): two generated Asterisk-style files of
// about `bytes` each, (1) with a few scattered edits, (2) with every 50th line changed, and
// (3) a binary pair. Reports sizes, lines, hunks and milliseconds for each.
class ConfigDiffBench
{
public:
    static QJsonObject run(qint64 bytes = 10 * 1024 * 1024);
};

} // namespace tg
