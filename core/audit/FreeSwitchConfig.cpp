#include "FreeSwitchConfig.h"

#include "ConfigFileSet.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::FreeSwitchConfig", text);
}

QString dirOf(const QString &path)
{
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? QString() : path.left(slash + 1);
}

} // namespace

QString FsXmlNode::attr(const QString &n) const
{
    const FsXmlAttr *a = attribute(n);
    return a ? a->value : QString();
}

const FsXmlAttr *FsXmlNode::attribute(const QString &n) const
{
    for (const FsXmlAttr &a : attrs)
        if (a.name == n)
            return &a;
    return nullptr;
}

int FreeSwitchConfig::addNode(const QString &name, const QString &file, int line, int parent)
{
    FsXmlNode n;
    n.name = name;
    n.file = file;
    n.line = line;
    n.parent = parent;
    m_nodes << n;
    const int idx = int(m_nodes.size()) - 1;
    if (parent >= 0)
        m_nodes[parent].children << idx;
    return idx;
}

bool FreeSwitchConfig::parseDocument(const ConfigFileSet &files, const QString &fileName)
{
    *this = FreeSwitchConfig();
    const QString name = files.normalize(fileName);
    if (!files.contains(name))
        return false;
    parseFile(files, name, -1, 0);
    return !m_nodes.isEmpty();
}

bool FreeSwitchConfig::parseLayout(const ConfigFileSet &files)
{
    *this = FreeSwitchConfig();
    const int root = addNode(QStringLiteral("document"), QString(), 0, -1);
    const int cfg = addNode(QStringLiteral("section"), QString(), 0, root);
    m_nodes[cfg].attrs << FsXmlAttr{QStringLiteral("name"), QStringLiteral("configuration"), QStringLiteral("configuration")};
    const int dialplan = addNode(QStringLiteral("section"), QString(), 0, root);
    m_nodes[dialplan].attrs << FsXmlAttr{QStringLiteral("name"), QStringLiteral("dialplan"), QStringLiteral("dialplan")};
    const int directory = addNode(QStringLiteral("section"), QString(), 0, root);
    m_nodes[directory].attrs << FsXmlAttr{QStringLiteral("name"), QStringLiteral("directory"), QStringLiteral("directory")};

    const struct {
        const char *pattern;
        int parent;
    } order[] = {{"vars.xml", root},
                 {"autoload_configs/*.xml", cfg},
                 {"sip_profiles/*.xml", cfg},
                 {"sip_profiles/*/*.xml", cfg},
                 {"directory/*.xml", directory},
                 {"directory/*/*.xml", directory},
                 {"dialplan/*.xml", dialplan},
                 {"dialplan/*/*.xml", dialplan}};
    for (const auto &o : order)
        for (const QString &f : files.glob(QLatin1String(o.pattern)))
            if (!m_visited.contains(f))   // already pulled in by another file's include
                parseFile(files, f, o.parent, 0);
    return m_visited.size() > 0;
}

QString FreeSwitchConfig::expand(const QString &value) const
{
    if (!value.contains(QLatin1String("$${")))
        return value;
    static const QRegularExpression re(QStringLiteral("\\$\\$\\{([^}]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        const auto var = m_vars.constFind(m.captured(1));
        out += var != m_vars.cend() ? var->value : m.captured(0);
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

void FreeSwitchConfig::include(const ConfigFileSet &files, const QString &fromFile, int line, const QString &pattern,
                               int parent, int depth)
{
    const QString full = pattern.startsWith(QLatin1Char('/')) ? pattern : dirOf(fromFile) + pattern;
    const QStringList targets = files.glob(full);
    if (targets.isEmpty() && !pattern.contains(QLatin1Char('*')))
        addError(tr("%1:%2: the included file %3 was not found.").arg(fromFile).arg(line).arg(pattern));
    for (const QString &t : targets) {
        if (m_stack.contains(t)) {
            addError(tr("%1:%2: including %3 would include it again; the loop was not followed.")
                            .arg(fromFile).arg(line).arg(t));
            continue;
        }
        if (depth + 1 > kMaxIncludeDepth) {
            addError(tr("%1:%2: includes nested deeper than %3; %4 was not read.")
                            .arg(fromFile).arg(line).arg(kMaxIncludeDepth).arg(t));
            continue;
        }
        if (m_includesExhausted)
            return;
        if (++m_includes > kMaxIncludes) {
            addError(tr("%1:%2: more than %3 includes; %4 and later includes were not read.")
                         .arg(fromFile).arg(line).arg(kMaxIncludes).arg(t), true);
            m_includesExhausted = true;
            return;
        }
        parseFile(files, t, parent, depth + 1);
    }
}

void FreeSwitchConfig::parseFile(const ConfigFileSet &files, const QString &name, int parent, int depth)
{
    if (m_full)
        return;
    const QByteArray data = files.content(name);
    if (data.contains('\0')) {
        addError(tr("%1 contains binary data and was not read as XML.").arg(name));
        return;
    }
    m_stack << name;
    if (!m_visited.contains(name))
        m_visited << name;

    QXmlStreamReader xml(data);
    // Element stack: node index, or -1 for an element that adds no node (X-PRE-PROCESS, a spliced <include>).
    QVector<int> open;
    auto current = [&]() {
        for (auto it = open.crbegin(); it != open.crend(); ++it)
            if (*it >= 0)
                return *it;
        return parent;
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const int line = int(xml.lineNumber());
            const QString tag = xml.name().toString();
            if (open.size() >= kMaxNesting) {
                addError(tr("%1:%2: elements nested deeper than %3; the rest of the file was not read.")
                                .arg(name).arg(line).arg(kMaxNesting), true);
                break;
            }
            if (tag == QLatin1String("X-PRE-PROCESS")) {
                const QString cmd = xml.attributes().value(QLatin1String("cmd")).toString().toLower();
                const QString arg = xml.attributes().value(QLatin1String("data")).toString();
                open << -1;
                if (cmd == QLatin1String("include")) {
                    include(files, name, line, expand(arg), current(), depth);
                } else if (cmd == QLatin1String("set")) {
                    const int eq = int(arg.indexOf(QLatin1Char('=')));
                    if (eq > 0)
                        m_vars.insert(arg.left(eq).trimmed(), FsVariable{expand(arg.mid(eq + 1)), name, line});
                } else if (cmd == QLatin1String("exec") || cmd == QLatin1String("exec-set")) {
                    addError(tr("%1:%2: X-PRE-PROCESS %3 runs a program when FreeSWITCH loads its configuration; "
                                   "Tollgate does not run it, so its output was not audited.")
                                    .arg(name).arg(line).arg(cmd));
                }
                continue;
            }
            if (open.isEmpty() && parent >= 0 && tag == QLatin1String("include")) {
                open << -1;   // spliced: its children go straight into the including element
                continue;
            }
            if (m_nodes.size() >= kMaxNodes) {
                addError(tr("%1: more than %2 XML elements in total; the rest was not read.").arg(name).arg(kMaxNodes), true);
                m_full = true;
                break;
            }
            const int idx = addNode(tag, name, line, current());
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QString raw = a.value().toString();
                m_nodes[idx].attrs << FsXmlAttr{a.name().toString(), expand(raw), raw};
            }
            open << idx;
        } else if (token == QXmlStreamReader::EndElement) {
            if (!open.isEmpty())
                open.removeLast();
        }
        if (m_full)
            break;
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        addError(tr("%1:%2: not valid XML (%3); the rest of the file was not read.")
                        .arg(name).arg(xml.lineNumber()).arg(xml.errorString()));
    else if (xml.hasError())
        addError(tr("%1: the XML ends before its elements are closed.").arg(name));
    m_stack.removeLast();
}

QVector<int> FreeSwitchConfig::findAll(const QString &name) const
{
    QVector<int> out;
    // Document order: a depth-first walk from the roots.
    QVector<int> todo;
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i)
        if (m_nodes[i].parent < 0)
            todo << i;
    while (!todo.isEmpty()) {
        const int i = todo.takeLast();
        if (m_nodes[i].name == name)
            out << i;
        const QVector<int> &ch = m_nodes[i].children;
        for (auto it = ch.crbegin(); it != ch.crend(); ++it)
            todo << *it;
    }
    return out;
}

QVector<int> FreeSwitchConfig::children(int parent, const QString &name) const
{
    QVector<int> out;
    if (parent < 0 || parent >= m_nodes.size())
        return out;
    for (int c : m_nodes[parent].children)
        if (m_nodes[c].name == name)
            out << c;
    return out;
}

int FreeSwitchConfig::param(int parent, const QString &key) const
{
    if (parent < 0)
        return -1;
    int found = -1;
    QVector<int> todo{parent};
    while (!todo.isEmpty()) {
        const int i = todo.takeLast();
        // A nested profile or user has its own params; do not look into it.
        if (i != parent && (m_nodes[i].name == QLatin1String("profile") || m_nodes[i].name == QLatin1String("user")))
            continue;
        if (m_nodes[i].name == QLatin1String("param") && m_nodes[i].attr(QStringLiteral("name")) == key)
            found = qMax(found, i);
        const QVector<int> &ch = m_nodes[i].children;
        for (auto it = ch.crbegin(); it != ch.crend(); ++it)
            todo << *it;
    }
    return found;
}

int FreeSwitchConfig::ancestor(int node, const QString &name) const
{
    for (int p = node >= 0 ? m_nodes[node].parent : -1; p >= 0; p = m_nodes[p].parent)
        if (m_nodes[p].name == name)
            return p;
    return -1;
}

int FreeSwitchConfig::configuration(const QString &name) const
{
    for (int i : findAll(QStringLiteral("configuration")))
        if (m_nodes[i].attr(QStringLiteral("name")) == name)
            return i;
    return -1;
}

void FreeSwitchConfig::addError(const QString &error, bool limit)
{
    // A limit that was hit is always reported: it explains why the audit is incomplete.
    if (limit || m_errors.size() < kMaxErrors)
        m_errors << error;
    else if (m_errors.size() == kMaxErrors)
        m_errors << tr("More problems were found and not listed.");
}

} // namespace tg
