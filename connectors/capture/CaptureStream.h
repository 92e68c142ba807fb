#pragma once

#include "CaptureReader.h"
#include "detect/EventSource.h"

#include <QFile>

#include <memory>

namespace tg {

// One capture or log file read a block at a time into normalized Events: what CaptureReader::readFile
// does, without holding the file or its events. Each read() decodes one block (kBlockBytes), so
// the events buffered are bounded by what one block holds.
class CaptureStream : public EventSource
{
public:
    static constexpr qint64 kBlockBytes = 1024 * 1024;   // the default and the largest

    ~CaptureStream() override;

    // Opens `path` and detects its format from its first bytes when `format` is Auto. Null, with a
    // sentence in *error, when the file cannot be read or is in no format Tollgate reads.
    static std::unique_ptr<CaptureStream> open(const QString &path, const QString &pbx,
                                               CaptureReader::Format format, QString *error);

    bool read(EventList &out) override;

    const QString &path() const { return m_path; }
    // "ami", "asterisk-messages", ...: what was detected.
    const QString &formatName() const { return m_formatName; }
    // Sentences about input dropped so far (malformed AMI/ESL, an unreadable block).
    const QStringList &errors() const { return *m_errors; }
    // Appends them to `list` instead (which must outlive the stream), for a caller that hands the
    // stream on and reads the sentences after it is gone.
    void reportErrorsTo(QStringList *list) { m_errors = list; }
    // Keep each event's raw protocol text (default). An analysis does not need it.
    void setKeepRaw(bool keep) { m_keepRaw = keep; }
    // Smaller blocks hold fewer events at once (many files read together).
    void setBlockBytes(qint64 bytes) { m_blockBytes = qBound<qint64>(4096, bytes, kBlockBytes); }

protected:
    CaptureStream(const QString &path, QString formatName);
    // One block of the file, in order; then finish() once at its end.
    virtual void decode(QByteArrayView block, EventList &out) = 0;
    virtual void finish(EventList &out) = 0;

    QStringList m_ownErrors;
    QStringList *m_errors = &m_ownErrors;
    bool m_keepRaw = true;

private:
    QFile m_file;
    QString m_path;
    QString m_formatName;
    qint64 m_blockBytes = kBlockBytes;
    bool m_finished = false;
};

} // namespace tg
