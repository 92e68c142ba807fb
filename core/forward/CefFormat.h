#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVector>

namespace tg {

// ArcSight Common Event Format:
//   CEF:0|Vendor|Product|Version|SignatureID|Name|Severity|key=value key=value ...
// Header fields escape '\' and '|' (line breaks become spaces: the header is one line);
// extension values escape '\' and '=' and write line breaks as \n and \r.
class CefFormat
{
public:
    struct Header {
        QString signatureId;
        QString name;
        int severity = 5;   // 0..10
    };
    using Extension = QVector<QPair<QString, QString>>;   // key (CEF dictionary or csN) -> value

    static QByteArray encode(const Header &header, const Extension &extension);
    static QString escapeHeader(const QString &field);
    static QString escapeValue(const QString &value);
};

} // namespace tg
