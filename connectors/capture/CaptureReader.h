#pragma once

#include "Event.h"

#include <QString>
#include <QStringList>

namespace tg {

// Reads a recorded PBX byte stream (an AMI capture today; ESL and logs as readers are added)
// into normalized Events, the same way a live connection would.
class CaptureReader
{
public:
    enum class Format { Auto, Ami };

    struct Result {
        EventList events;
        QStringList errors;      // sentences: unreadable file, dropped malformed input
        QString format;          // what was detected
    };

    static Result readFile(const QString &path, const QString &pbx, Format format = Format::Auto);
    static Result readAmi(const QByteArray &bytes, const QString &pbx);
    static Format detect(const QByteArray &head);
};

} // namespace tg
