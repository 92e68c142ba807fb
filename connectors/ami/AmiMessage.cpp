#include "AmiMessage.h"

namespace tg {

namespace {
bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x + 32);
        if (y >= 'A' && y <= 'Z') y = char(y + 32);
        if (x != y)
            return false;
    }
    return true;
}
} // namespace

bool AmiMessage::keyIs(int i, QByteArrayView name) const
{
    return equalsIgnoreCase(key(i), name);
}

QByteArrayView AmiMessage::value(QByteArrayView name) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].keyLen && keyIs(i, name))
            return value(i);
    return {};
}

bool AmiMessage::has(QByteArrayView name) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].keyLen && keyIs(i, name))
            return true;
    return false;
}

QList<QByteArrayView> AmiMessage::values(QByteArrayView name) const
{
    QList<QByteArrayView> out;
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].keyLen && keyIs(i, name))
            out.append(value(i));
    return out;
}

QStringList AmiMessage::outputLines() const
{
    QStringList out;
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].keyLen == 0)
            out.append(QString::fromUtf8(value(i)));
    return out;
}

} // namespace tg
