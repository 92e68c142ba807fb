#include "AsteriskDialplan.h"

#include "AsteriskConfig.h"

#include <QSet>

namespace tg {

namespace {

// "App(data)" or "App,data" (old form) -> app and data.
void splitApp(const QString &text, QString *app, QString *data)
{
    const QString t = text.trimmed();
    const int paren = int(t.indexOf(QLatin1Char('(')));
    const int comma = int(t.indexOf(QLatin1Char(',')));
    if (paren > 0 && (comma < 0 || paren < comma)) {
        *app = t.left(paren).trimmed();
        const int close = int(t.lastIndexOf(QLatin1Char(')')));
        *data = t.mid(paren + 1, (close > paren ? close : t.size()) - paren - 1);
    } else if (comma > 0) {
        *app = t.left(comma).trimmed();
        *data = t.mid(comma + 1);
    } else {
        *app = t;
        data->clear();
    }
}

} // namespace

void AsteriskDialplan::load(const AsteriskConfig &conf)
{
    m_contexts.clear();
    m_order.clear();
    for (const AstSection &s : conf.sections()) {
        if (s.name == QLatin1String("general") || s.name == QLatin1String("globals"))
            continue;
        if (!m_contexts.contains(s.name)) {
            m_contexts.insert(s.name, Context{s.name, {}, {}});
            m_order << s.name;
        }
        Context &ctx = m_contexts[s.name];
        Extension *last = nullptr;
        // Templates' lines count too: contexts may be built from templates.
        for (const AstEntry &e : conf.effectiveEntries(s)) {
            if (e.key == QLatin1String("include")) {
                ctx.includes << e.value.section(QLatin1Char(','), 0, 0).trimmed();
                continue;
            }
            QString rest;
            if (e.key == QLatin1String("exten")) {
                const int c1 = int(e.value.indexOf(QLatin1Char(',')));
                if (c1 <= 0)
                    continue;
                QString pattern = e.value.left(c1).trimmed();
                // "pattern/callerid" restricts by caller: keep only the number part.
                const int slash = int(pattern.indexOf(QLatin1Char('/')));
                if (slash > 0)
                    pattern = pattern.left(slash);
                rest = e.value.mid(c1 + 1);
                Extension *found = nullptr;
                for (Extension &x : ctx.extensions)
                    if (x.pattern == pattern)
                        found = &x;
                if (!found) {
                    ctx.extensions << Extension{pattern, e.file, e.line, {}};
                    found = &ctx.extensions.last();
                }
                last = found;
            } else if (e.key == QLatin1String("same")) {
                if (!last)
                    continue;
                rest = e.value;
            } else {
                continue;
            }
            const int c2 = int(rest.indexOf(QLatin1Char(',')));
            if (c2 < 0)
                continue;
            Step step;
            splitApp(rest.mid(c2 + 1), &step.app, &step.data);
            step.file = e.file;
            step.line = e.line;
            last->steps << step;
        }
    }
}

const AsteriskDialplan::Context *AsteriskDialplan::context(const QString &name) const
{
    const auto it = m_contexts.constFind(name);
    return it == m_contexts.cend() ? nullptr : &it.value();
}

QStringList AsteriskDialplan::reachable(const QStringList &roots) const
{
    QStringList out;
    QSet<QString> seen;
    QStringList todo = roots;
    while (!todo.isEmpty() && out.size() < 10000) {
        const QString n = todo.takeFirst();
        if (seen.contains(n) || !m_contexts.contains(n))
            continue;
        seen.insert(n);
        out << n;
        todo += m_contexts.value(n).includes;
    }
    return out;
}

bool AsteriskDialplan::isOpenEnded(const QString &pattern)
{
    return pattern.startsWith(QLatin1Char('_'))
        && (pattern.contains(QLatin1Char('.')) || pattern.contains(QLatin1Char('!')));
}

bool AsteriskDialplan::isWideOrInternational(const QString &pattern)
{
    if (!pattern.startsWith(QLatin1Char('_')))
        return false;
    QString p = pattern.mid(1).toUpper();
    // Literal digits before the first wildcard.
    QString prefix;
    for (const QChar c : std::as_const(p)) {
        if (c.isDigit() || c == QLatin1Char('+'))
            prefix += c;
        else
            break;
    }
    const bool open = p.contains(QLatin1Char('.')) || p.contains(QLatin1Char('!'));
    if (!open)
        return prefix.startsWith(QLatin1String("00")) && p.size() >= 10;   // fixed-length but international
    if (prefix.size() <= 1)
        return true;   // _X., _., _9X.: (almost) any number, international included
    for (const char *intl : {"00", "011", "9011", "900", "1900", "0900", "+"})
        if (prefix.startsWith(QLatin1String(intl)))
            return true;
    return false;
}

bool AsteriskDialplan::appIs(const Step &s, const char *name)
{
    return s.app.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

} // namespace tg
