#include "CaptureStream.h"

#include "ami/AmiNormalizer.h"
#include "ami/AmiParser.h"
#include "esl/EslNormalizer.h"
#include "esl/EslParser.h"
#include "logs/LogReader.h"

#include <QCoreApplication>

namespace tg {

namespace {

class LogStream : public CaptureStream
{
public:
    LogStream(const QString &path, LogFormat format, const QString &pbx, const QTimeZone &zone)
        : CaptureStream(path, LogReader::formatName(format)), m_reader(LogReader::create(format, pbx, zone))
    {
    }

protected:
    void decode(QByteArrayView block, EventList &out) override
    {
        m_reader->setKeepRaw(m_keepRaw);
        m_reader->feed(block, out);
    }
    void finish(EventList &out) override { m_reader->finish(out); }

private:
    std::unique_ptr<LogReader> m_reader;
};

// A capture of a message protocol (AMI, ESL): the parser cuts messages, the normalizer makes events.
template<class Parser, class Normalizer>
class MessageStream : public CaptureStream
{
public:
    MessageStream(const QString &path, const QString &formatName, const QString &pbx)
        : CaptureStream(path, formatName), m_normalizer(pbx)
    {
    }

protected:
    void drain(EventList &out)
    {
        const qsizetype before = out.size();
        for (const auto &m : qAsConst(m_out.messages))
            m_normalizer.normalize(m, out);
        if (!m_keepRaw)
            for (qsizetype i = before; i < out.size(); ++i)
                out[i].raw = QByteArray();
        *m_errors += m_out.errors;
        m_out.messages.clear();
        m_out.errors.clear();
    }

    Parser m_parser;
    typename Parser::Output m_out;
    Normalizer m_normalizer;
};

class AmiStream : public MessageStream<AmiParser, AmiNormalizer>
{
public:
    AmiStream(const QString &path, const QString &pbx) : MessageStream(path, QStringLiteral("ami"), pbx) {}

protected:
    void decode(QByteArrayView block, EventList &out) override
    {
        m_parser.feed(block, m_out);
        drain(out);
    }
    void finish(EventList &out) override
    {
        m_parser.feed("\r\n", m_out);   // a capture may end without the final blank line
        drain(out);
    }
};

class EslStream : public MessageStream<EslParser, EslNormalizer>
{
public:
    EslStream(const QString &path, const QString &pbx) : MessageStream(path, QStringLiteral("esl"), pbx) {}

protected:
    void decode(QByteArrayView block, EventList &out) override
    {
        if (m_inComments) {
            // A capture may start with "# ..." lines (where it comes from); ESL itself has none.
            m_head.append(block);
            const QByteArrayView rest = EslParser::skipCaptureComments(m_head);
            if (rest.isEmpty() && m_head.startsWith('#'))
                return;   // still inside the comments (or the last one's line is not complete)
            m_inComments = false;
            const QByteArray head = rest.toByteArray();
            m_head = QByteArray();
            m_parser.feed(head, m_out);
        } else {
            m_parser.feed(block, m_out);
        }
        drain(out);
    }
    void finish(EventList &out) override
    {
        if (m_parser.bufferedBytes() > 0)
            m_out.errors << QCoreApplication::translate("tg::CaptureReader", "The ESL capture ends inside a message.");
        drain(out);
    }

private:
    bool m_inComments = true;
    QByteArray m_head;
};

} // namespace

CaptureStream::CaptureStream(const QString &path, QString formatName) : m_path(path), m_formatName(std::move(formatName))
{
}

CaptureStream::~CaptureStream() = default;

std::unique_ptr<CaptureStream> CaptureStream::open(const QString &path, const QString &pbx, CaptureReader::Format format,
                                                   QString *error)
{
    std::unique_ptr<CaptureStream> s;
    {
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("tg::CaptureReader", "Cannot read %1: %2.").arg(path, probe.errorString());
            return nullptr;
        }
        if (format == CaptureReader::Format::Auto)
            format = CaptureReader::detect(probe.peek(4096));
    }
    if (const std::optional<LogFormat> log = CaptureReader::logFormat(format))
        s = std::make_unique<LogStream>(path, *log, pbx, CaptureReader::logTimeZone());
    else if (format == CaptureReader::Format::Ami)
        s = std::make_unique<AmiStream>(path, pbx);
    else if (format == CaptureReader::Format::Esl)
        s = std::make_unique<EslStream>(path, pbx);
    if (!s) {
        *error = QCoreApplication::translate("tg::CaptureReader",
                                             "%1 is not in a format Tollgate can read (an AMI or ESL capture, an Asterisk security or messages log, a FreeSWITCH log or a fail2ban log); name it with --format.")
                     .arg(path);
        return nullptr;
    }
    s->m_file.setFileName(path);
    if (!s->m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {   // read() fills m_block directly
        *error = QCoreApplication::translate("tg::CaptureReader", "Cannot read %1: %2.").arg(path, s->m_file.errorString());
        return nullptr;
    }
    return s;
}

bool CaptureStream::read(EventList &out)
{
    if (m_finished)
        return false;
    // One buffer per reading thread, whatever the number of files: a block is decoded (and
    // whatever must outlive it copied) before the next is read.
    static thread_local QByteArray block;
    if (block.size() < m_blockBytes)
        block.resize(m_blockBytes);
    const qint64 n = m_file.read(block.data(), m_blockBytes);
    if (n > 0) {
        decode(QByteArrayView(block.constData(), n), out);
        return true;
    }
    if (n < 0)
        *m_errors << QCoreApplication::translate("tg::CaptureReader", "Cannot read %1: %2.").arg(m_path, m_file.errorString());
    m_finished = true;
    finish(out);
    m_file.close();
    return true;   // finish() may have produced the last events; the next read() says the end
}

} // namespace tg
