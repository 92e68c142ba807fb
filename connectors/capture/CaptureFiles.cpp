#include "CaptureFiles.h"

#include "CaptureStream.h"
#include "detect/EventMerger.h"

#include <algorithm>

namespace tg {

CaptureFiles::CaptureFiles(QVector<File> files, CaptureReader::Format format)
    : m_files(std::move(files)), m_format(format), m_readErrors(m_files.size())
{
}

CaptureFiles::~CaptureFiles() = default;

std::unique_ptr<CaptureStream> CaptureFiles::openFile(int index, QString *error)
{
    std::unique_ptr<CaptureStream> s = CaptureStream::open(m_files[index].path, m_files[index].pbx, m_format, error);
    if (s) {
        s->setKeepRaw(false);   // detectors never read it
        // Together the files' blocks stay near 16 MiB, however many there are.
        s->setBlockBytes(std::max<qint64>(64 * 1024, 16 * CaptureStream::kBlockBytes / std::max<qsizetype>(1, m_files.size())));
    }
    return s;
}

bool CaptureFiles::open(QStringList *errors)
{
    m_opened.clear();
    bool ok = true;
    for (int i = 0; i < m_files.size(); ++i) {
        QString error;
        std::unique_ptr<CaptureStream> s = openFile(i, &error);
        if (!s) {
            *errors << m_files[i].path + QStringLiteral(": ") + error;
            ok = false;
            continue;
        }
        s->reportErrorsTo(&m_readErrors[i]);
        m_opened.push_back(std::move(s));
    }
    return ok;
}

std::unique_ptr<EventSource> CaptureFiles::stream()
{
    std::vector<std::unique_ptr<EventSource>> lanes;
    if (!m_opened.empty()) {
        lanes.swap(m_opened);
    } else {
        for (int i = 0; i < m_files.size(); ++i) {
            QString error;
            std::unique_ptr<CaptureStream> s = openFile(i, &error);
            if (!s)
                return std::make_unique<EventMerger>(std::vector<std::unique_ptr<EventSource>>());   // gone since: not the same events
            lanes.push_back(std::move(s));
        }
    }
    return std::make_unique<EventMerger>(std::move(lanes));
}

QStringList CaptureFiles::readErrors() const
{
    QStringList all;
    for (int i = 0; i < m_files.size(); ++i)
        for (const QString &e : m_readErrors[i])
            all << m_files[i].path + QStringLiteral(": ") + e;
    return all;
}

} // namespace tg
