#pragma once

#include <QString>
#include <QStringList>

class QXmlStreamAttributes;

namespace tg {

// The element path of each line of a FreeSWITCH XML file, e.g.
// "configuration[event_socket.conf]/settings/param[password]": the innermost element open on the
// line (the last one started on it). The root (<document>, <include>) is left out; elements are
// labelled by their name, id or field attribute, never by a value, so a path never shows a
// secret. A malformed file keeps the paths found up to the error.
class FreeSwitchXmlPath
{
public:
    explicit FreeSwitchXmlPath(const QStringList &lines);

    QStringList paths() const { return m_paths; }
    QString pathAt(int line) const { return m_paths.value(line); }
    bool wellFormed() const { return m_wellFormed; }

    static QString label(const QString &element, const QXmlStreamAttributes &attributes);

private:
    QStringList m_paths;
    bool m_wellFormed = true;
};

} // namespace tg
