#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

class ConfigFileSet;

// One XML element of a FreeSWITCH configuration after pre-processing.
struct FsXmlAttr {
    QString name;
    QString value;   // with $${var} expanded
    QString raw;     // as written in the file
};

struct FsXmlNode {
    QString name;
    QVector<FsXmlAttr> attrs;
    QString file;
    int line = 0;
    int parent = -1;
    QVector<int> children;

    QString attr(const QString &n) const;
    const FsXmlAttr *attribute(const QString &n) const;
};

// A "set" pre-processing variable: <X-PRE-PROCESS cmd="set" data="name=value"/>.
struct FsVariable {
    QString value;
    QString file;
    int line = 0;
};

// FreeSWITCH's XML configuration as FreeSWITCH assembles it: the X-PRE-PROCESS "include"
// (globs, relative to the including file) and "set" directives are applied, $${var} is expanded
// in attribute values, an included <include> document is spliced into the element that includes
// it. Read with QXmlStreamReader; bounded in include depth, includes, elements and nesting.
// Invalid XML, loops and missing includes are reported in errors() and skipped.
class FreeSwitchConfig
{
public:
    static constexpr int kMaxIncludeDepth = 8;
    static constexpr int kMaxIncludes = 1000;
    static constexpr int kMaxNodes = 500000;
    static constexpr int kMaxNesting = 64;
    static constexpr int kMaxErrors = 100;   // then one "more problems" line

    // A single document (freeswitch.xml) and everything it includes.
    bool parseDocument(const ConfigFileSet &files, const QString &fileName);
    // A conf folder without freeswitch.xml: vars.xml, autoload_configs/, sip_profiles/,
    // directory/, dialplan/, each read once under a synthetic root.
    bool parseLayout(const ConfigFileSet &files);

    const QVector<FsXmlNode> &nodes() const { return m_nodes; }
    const FsXmlNode &node(int i) const { return m_nodes.at(i); }
    // Every element with this tag name, in document order.
    QVector<int> findAll(const QString &name) const;
    // Direct children with this tag name.
    QVector<int> children(int parent, const QString &name) const;
    // <param name="key" value="..."/> below `parent` (any depth): the last one, or -1.
    int param(int parent, const QString &key) const;
    // Nearest ancestor with this tag name, or -1.
    int ancestor(int node, const QString &name) const;
    // <configuration name="event_socket.conf"> elements, or -1.
    int configuration(const QString &name) const;

    const QMap<QString, FsVariable> &variables() const { return m_vars; }
    QStringList errors() const { return m_errors; }
    QStringList filesRead() const { return m_visited; }

private:
    void parseFile(const ConfigFileSet &files, const QString &name, int parent, int depth);
    void include(const ConfigFileSet &files, const QString &fromFile, int line, const QString &pattern,
                 int parent, int depth);
    QString expand(const QString &value) const;
    int addNode(const QString &name, const QString &file, int line, int parent);
    void addError(const QString &error, bool limit = false);

    QVector<FsXmlNode> m_nodes;
    QMap<QString, FsVariable> m_vars;
    QStringList m_errors;
    QStringList m_stack;
    QStringList m_visited;
    int m_includes = 0;
    bool m_includesExhausted = false;   // kMaxIncludes hit: no further include is followed
    bool m_full = false;
};

} // namespace tg
