#pragma once

#include "CaptureReader.h"
#include "detect/EventSource.h"

#include <memory>
#include <vector>

namespace tg {

class CaptureStream;

// The input files of one offline analysis: each opened and its format checked up front, then all
// read together as one event stream in time order (CaptureStream per file, EventMerger across
// them), as often as the Analyzer asks for it.
class CaptureFiles
{
public:
    struct File {
        QString path;
        QString pbx;
    };

    CaptureFiles(QVector<File> files, CaptureReader::Format format);
    ~CaptureFiles();

    // Opens every file; false with "FILE: sentence" for each one that cannot be read or whose format
    // is unknown.
    bool open(QStringList *errors);
    // The merged events from the start: the files open() opened the first time, opened again after.
    std::unique_ptr<EventSource> stream();
    // "FILE: sentence" for input the first stream dropped (malformed AMI/ESL); read it once that
    // stream is gone.
    QStringList readErrors() const;

private:
    std::unique_ptr<CaptureStream> openFile(int index, QString *error);

    QVector<File> m_files;
    CaptureReader::Format m_format;
    std::vector<std::unique_ptr<EventSource>> m_opened;
    QVector<QStringList> m_readErrors;
};

} // namespace tg
