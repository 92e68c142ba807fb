#include "AsteriskConfig.h"

#include "ConfigFileSet.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::AsteriskConfig", text);
}

// Drops a ';' comment (not "\;") and unescapes "\;". Handles the ";--" block comment opener.
QString stripComment(const QString &line, bool *opensBlock)
{
    QString out;
    out.reserve(line.size());
    *opensBlock = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char(';')) {
            out += QLatin1Char(';');
            ++i;
            continue;
        }
        if (c == QLatin1Char(';')) {
            if (line.mid(i, 3) == QLatin1String(";--")) {
                // The comment may close on the same line.
                const int end = line.indexOf(QLatin1String("--;"), i + 3);
                if (end >= 0) {
                    i = end + 2;
                    continue;
                }
                *opensBlock = true;
            }
            break;
        }
        out += c;
    }
    return out;
}

} // namespace

bool AsteriskConfig::parse(const ConfigFileSet &files, const QString &fileName)
{
    *this = AsteriskConfig();
    m_fileName = files.normalize(fileName);
    if (!files.contains(m_fileName))
        return false;
    m_loaded = true;
    QStringList stack;
    parseFile(files, m_fileName, 0, stack);
    return true;
}

void AsteriskConfig::parseFile(const ConfigFileSet &files, const QString &name, int depth, QStringList &stack)
{
    const QByteArray data = files.content(name);
    if (data.contains('\0')) {
        addError(tr("%1 contains binary data and was not read as a configuration file.").arg(name));
        return;
    }
    stack << name;
    const QString text = QString::fromUtf8(data);
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        if (++m_lines > kMaxLines) {
            if (m_lines == kMaxLines + 1)
                addError(tr("%1: more than %2 lines in total; the rest was not read.").arg(name).arg(kMaxLines), true);
            break;
        }
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = text.size();
        QString raw = text.mid(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);

        if (m_inBlockComment) {
            const int end = int(raw.indexOf(QLatin1String("--;")));
            if (end < 0)
                continue;
            m_inBlockComment = false;
            raw = raw.mid(end + 3);
        }
        bool opensBlock = false;
        const QString line = stripComment(raw, &opensBlock).trimmed();
        if (opensBlock)
            m_inBlockComment = true;
        if (line.isEmpty())
            continue;

        if (line.startsWith(QLatin1Char('#'))) {
            const int sp = int(line.indexOf(QRegularExpression(QStringLiteral("\\s"))));
            const QString directive = (sp < 0 ? line : line.left(sp)).toLower();
            QString arg = sp < 0 ? QString() : line.mid(sp).trimmed();
            if (arg.size() >= 2 && ((arg.startsWith(QLatin1Char('"')) && arg.endsWith(QLatin1Char('"')))
                                    || (arg.startsWith(QLatin1Char('<')) && arg.endsWith(QLatin1Char('>')))))
                arg = arg.mid(1, arg.size() - 2);
            if (directive == QLatin1String("#include") || directive == QLatin1String("#tryinclude")) {
                const bool optional = directive == QLatin1String("#tryinclude");
                const QStringList targets = files.glob(arg);
                if (targets.isEmpty() && !optional)
                    addError(tr("%1:%2: the included file %3 was not found.").arg(name).arg(lineNo).arg(arg));
                for (const QString &t : targets) {
                    if (stack.contains(t)) {
                        addError(tr("%1:%2: #include %3 would include itself again; the loop was not followed.")
                                        .arg(name).arg(lineNo).arg(arg));
                        continue;
                    }
                    if (depth + 1 > kMaxIncludeDepth) {
                        addError(tr("%1:%2: includes nested deeper than %3; %4 was not read.")
                                        .arg(name).arg(lineNo).arg(kMaxIncludeDepth).arg(t));
                        continue;
                    }
                    if (m_includesExhausted)
                        break;
                    if (++m_includes > kMaxIncludes) {
                        addError(tr("%1:%2: more than %3 includes; %4 and later includes were not read.")
                                     .arg(name).arg(lineNo).arg(kMaxIncludes).arg(t), true);
                        m_includesExhausted = true;
                        break;
                    }
                    parseFile(files, t, depth + 1, stack);
                }
            } else if (directive == QLatin1String("#exec")) {
                addError(tr("%1:%2: #exec runs a program when Asterisk loads this file; Tollgate does not run it, "
                               "so its output was not audited.").arg(name).arg(lineNo));
            }
            continue;
        }

        if (line.startsWith(QLatin1Char('['))) {
            const int close = int(line.indexOf(QLatin1Char(']')));
            if (close < 0) {
                addError(tr("%1:%2: a section header without \"]\".").arg(name).arg(lineNo));
                continue;
            }
            AstSection s;
            s.name = line.mid(1, close - 1).trimmed();
            s.file = name;
            s.line = lineNo;
            const QString rest = line.mid(close + 1).trimmed();
            bool append = false;
            if (rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'))) {
                const QStringList opts = rest.mid(1, rest.size() - 2).split(QLatin1Char(','));
                for (const QString &o : opts) {
                    const QString t = o.trimmed();
                    if (t == QLatin1String("!"))
                        s.isTemplate = true;
                    else if (t == QLatin1String("+"))
                        append = true;
                    else if (!t.isEmpty())
                        s.templates << t;
                }
            }
            if (append) {
                // "[name](+)" adds to the last section of that name.
                for (int i = int(m_sections.size()) - 1; i >= 0; --i)
                    if (m_sections[i].name == s.name) {
                        m_current = i;
                        break;
                    }
                if (m_current >= 0 && m_sections[m_current].name == s.name)
                    continue;
            }
            m_sections << s;
            m_current = int(m_sections.size()) - 1;
            continue;
        }

        // "key => value" or "key = value": whichever separator comes first.
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq <= 0) {
            addError(tr("%1:%2: a line that is neither a section nor \"key = value\".").arg(name).arg(lineNo));
            continue;
        }
        AstEntry e;
        e.key = line.left(eq).trimmed().toLower();
        QString value = line.mid(eq + 1);
        if (value.startsWith(QLatin1Char('>')))
            value.remove(0, 1);
        e.value = value.trimmed();
        e.file = name;
        e.line = lineNo;
        if (m_current < 0) {
            addError(tr("%1:%2: \"%3\" outside any section is ignored by Asterisk.").arg(name).arg(lineNo).arg(e.key));
            continue;
        }
        m_sections[m_current].entries << e;
    }
    stack.removeLast();
}

const AstSection *AsteriskConfig::section(const QString &name) const
{
    for (const AstSection &s : m_sections)
        if (!s.isTemplate && s.name == name)
            return &s;
    return nullptr;
}

QVector<const AstSection *> AsteriskConfig::sectionsNamed(const QString &name) const
{
    QVector<const AstSection *> out;
    for (const AstSection &s : m_sections)
        if (s.name == name)
            out << &s;
    return out;
}

void AsteriskConfig::collect(const AstSection &s, QVector<AstEntry> &out, int depth) const
{
    if (depth > kMaxTemplateDepth)
        return;   // a template cycle: Asterisk refuses it too
    for (const QString &t : s.templates) {
        // The last template block with that name defined before use; the simple reading is enough here.
        for (const AstSection &cand : m_sections)
            if (cand.name == t && cand.isTemplate && &cand != &s) {
                collect(cand, out, depth + 1);
                break;
            }
    }
    out += s.entries;
}

QVector<AstEntry> AsteriskConfig::effectiveEntries(const AstSection &s) const
{
    QVector<AstEntry> out;
    collect(s, out, 0);
    return out;
}

AstEntry AsteriskConfig::value(const AstSection &s, const QString &key) const
{
    const QVector<AstEntry> all = effectiveEntries(s);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (it->key == key)
            return *it;
    return {};
}

QVector<AstEntry> AsteriskConfig::values(const AstSection &s, const QString &key) const
{
    QVector<AstEntry> out;
    for (const AstEntry &e : effectiveEntries(s))
        if (e.key == key)
            out << e;
    return out;
}

bool AsteriskConfig::isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("y")
        || v == QLatin1String("t") || v == QLatin1String("1") || v == QLatin1String("on");
}

void AsteriskConfig::addError(const QString &error, bool limit)
{
    // A limit that was hit is always reported: it explains why the audit is incomplete.
    if (limit || m_errors.size() < kMaxErrors)
        m_errors << error;
    else if (m_errors.size() == kMaxErrors)
        m_errors << tr("More problems were found and not listed.");
}

} // namespace tg
