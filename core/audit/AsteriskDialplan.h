#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

class AsteriskConfig;

// extensions.conf read as contexts of extensions, each with its priorities (application and
// data), and the contexts each includes. Only what the audit needs: no evaluation.
class AsteriskDialplan
{
public:
    struct Step {
        QString app;       // "Dial", lower-case compare with appIs()
        QString data;      // inside the parentheses
        QString file;
        int line = 0;
    };
    struct Extension {
        QString pattern;   // as written: "_00X.", "100", "i"
        QString file;
        int line = 0;      // of the first priority
        QVector<Step> steps;
    };
    struct Context {
        QString name;
        QVector<Extension> extensions;
        QStringList includes;
    };

    void load(const AsteriskConfig &conf);
    bool isEmpty() const { return m_contexts.isEmpty(); }
    const Context *context(const QString &name) const;
    QStringList contextNames() const { return m_order; }
    // The contexts and everything they include, transitively (bounded; unknown names dropped).
    QStringList reachable(const QStringList &roots) const;

    // A pattern that matches international or premium numbers: _00., _011., _9011., _900., _+.,
    // or one that matches (almost) anything: _X., _., _!, _N., _Z.
    static bool isWideOrInternational(const QString &pattern);
    // Variable length: the pattern can match characters beyond digits ('.' and '!').
    static bool isOpenEnded(const QString &pattern);
    static bool appIs(const Step &s, const char *name);

private:
    QHash<QString, Context> m_contexts;
    QStringList m_order;
};

} // namespace tg
