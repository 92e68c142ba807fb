#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace tg {

// One AMI packet (event, response or banner) as it arrived. Headers are kept as offsets
// into the raw bytes so parsing a message costs one allocation, not one per header.
class AmiMessage
{
public:
    struct Field {
        quint32 keyPos = 0;
        quint32 keyLen = 0;   // 0 for a bare output line (old-style Command output)
        quint32 valuePos = 0;
        quint32 valueLen = 0;
    };

    QByteArray raw;                       // exact bytes, line endings included
    QVarLengthArray<Field, 24> fields;

    int size() const { return int(fields.size()); }
    QByteArrayView key(int i) const { return view(fields[i].keyPos, fields[i].keyLen); }
    QByteArrayView value(int i) const { return view(fields[i].valuePos, fields[i].valueLen); }

    // First value of a header, matched case-insensitively; empty when absent.
    QByteArrayView value(QByteArrayView name) const;
    bool has(QByteArrayView name) const;
    QString text(QByteArrayView name) const { return QString::fromUtf8(value(name)); }
    // All values of a repeated header (e.g. "Output").
    QList<QByteArrayView> values(QByteArrayView name) const;
    // Bare lines of an old-style "Response: Follows" command output.
    QStringList outputLines() const;

    bool isEvent() const { return !fields.isEmpty() && keyIs(0, "Event"); }
    bool isResponse() const { return !fields.isEmpty() && keyIs(0, "Response"); }
    QByteArrayView eventName() const { return isEvent() ? value(0) : QByteArrayView(); }

private:
    QByteArrayView view(quint32 pos, quint32 len) const
    {
        return QByteArrayView(raw.constData() + pos, qsizetype(len));
    }
    bool keyIs(int i, QByteArrayView name) const;
};

} // namespace tg
