#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

class ConfigFileSet;

// One "key = value" (or "key => value") line. Keys are lower-cased; values are trimmed, with
// comments removed and "\;" unescaped.
struct AstEntry {
    QString key;
    QString value;
    QString file;
    int line = 0;
};

// One "[name]" block: "[name](!)" is a template, "[name](tpl1,tpl2)" inherits from templates.
struct AstSection {
    QString name;
    QString file;
    int line = 0;
    bool isTemplate = false;
    QStringList templates;
    QVector<AstEntry> entries;   // own lines only; see AsteriskConfig::effectiveEntries()
};

// An Asterisk .conf file as Asterisk reads it: sections, templates, "#include"/"#tryinclude"
// (relative to the config root, from a ConfigFileSet), block comments ";-- --;". Bounded: include
// depth, number of includes and lines; a loop, a missing include or a binary file is reported in
// errors() and skipped, never followed. "#exec" is never run (reported).
class AsteriskConfig
{
public:
    static constexpr int kMaxIncludeDepth = 8;
    static constexpr int kMaxIncludes = 256;
    static constexpr int kMaxLines = 1000000;
    static constexpr int kMaxTemplateDepth = 16;
    static constexpr int kMaxErrors = 100;   // then one "more problems" line

    // False when the file is not in the set (errors() then says so only for includes).
    bool parse(const ConfigFileSet &files, const QString &fileName);

    QString fileName() const { return m_fileName; }
    bool isLoaded() const { return m_loaded; }
    const QVector<AstSection> &sections() const { return m_sections; }
    QStringList errors() const { return m_errors; }

    // First non-template section with this name (case-sensitive like Asterisk), or null.
    const AstSection *section(const QString &name) const;
    // All sections with this name: extensions.conf contexts may be split over several blocks.
    QVector<const AstSection *> sectionsNamed(const QString &name) const;
    // Entries inherited from templates (recursively, in order), then the section's own.
    QVector<AstEntry> effectiveEntries(const AstSection &s) const;
    // The last effective entry with this key (Asterisk: the last one wins), or null entry with line 0.
    AstEntry value(const AstSection &s, const QString &key) const;
    bool has(const AstSection &s, const QString &key) const { return value(s, key).line > 0; }
    // All effective entries with this key (permit, deny, allow, exten, include ...).
    QVector<AstEntry> values(const AstSection &s, const QString &key) const;

    // "yes", "true", "on", "1", "y", "t" (ast_true); other values are false.
    static bool isTrue(const QString &value);

private:
    void parseFile(const ConfigFileSet &files, const QString &name, int depth, QStringList &stack);
    void collect(const AstSection &s, QVector<AstEntry> &out, int depth) const;
    void addError(const QString &error, bool limit = false);

    QString m_fileName;
    bool m_loaded = false;
    QVector<AstSection> m_sections;
    QStringList m_errors;
    int m_includes = 0;
    bool m_includesExhausted = false;   // kMaxIncludes hit: no further include is followed
    int m_lines = 0;
    int m_current = -1;          // index of the section lines go to
    bool m_inBlockComment = false;
};

} // namespace tg
