#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tg {

// The Demo PBX's script: real captures from Asterisk 20.20.1 played one after another as one
// session: the attack run from many addresses (brute force, scanner sweep, distributed brute
// force, an office's calls) and then calls to international numbers (toll fraud).
class DemoCapture
{
public:
    static QStringList parts();   // Qt resource paths, in playing order
    // One AMI stream: the first part whole, later parts without their banner and login reply,
    // their Timestamp headers moved to follow the previous part after gapMs.
    static QByteArray build(QString *error, qint64 gapMs = 5000);
};

} // namespace tg
