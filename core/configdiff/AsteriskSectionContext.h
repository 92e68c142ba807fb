#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// Which [section] each line of an Asterisk .conf file is in (a dialplan context in
// extensions.conf, a peer or AMI user elsewhere). Headers keep their template marks as written:
// "[1001](!)", "[phone](template)"; lines before the first header have none.
class AsteriskSectionContext
{
public:
    explicit AsteriskSectionContext(const QStringList &lines);

    QStringList sections() const;          // one entry per line: "[internal]" or ""
    QString sectionAt(int line) const;
    QString nameAt(int line) const;        // "internal"
    int headerLine(int line) const;        // index of the header line for `line`, -1 if none
    QStringList names() const;             // every section name, in order of appearance

    // "[name](options) ; comment" -> name and options ("!", "+", "template,other"); false if the
    // line is not a header.
    static bool parseHeader(const QString &line, QString *name, QString *options = nullptr);

private:
    QStringList m_headers;                 // header text per section index
    QStringList m_names;
    QVector<int> m_headerLines;
    QVector<int> m_sectionOfLine;          // index into m_headers, -1 before the first header
};

} // namespace tg
