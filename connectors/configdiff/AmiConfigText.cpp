#include "AmiConfigText.h"

#include "ami/AmiMessage.h"

#include <QMap>

namespace tg {

QByteArray AmiConfigText::fromGetConfig(const AmiMessage &m)
{
    // Category-NNNNNN, IsTemplate-NNNNNN, Templates-NNNNNN, Line-NNNNNN-MMMMMM, by category number.
    struct Category {
        QByteArray name;
        bool isTemplate = false;
        QByteArray templates;
        QMap<int, QByteArray> lines;
    };
    QMap<int, Category> cats;
    for (int i = 0; i < m.size(); ++i) {
        const QByteArray key = m.key(i).toByteArray();
        const QByteArray value = m.value(i).toByteArray();
        const int dash = key.indexOf('-');
        if (dash < 0)
            continue;
        const QByteArray kind = key.left(dash);
        const QList<QByteArray> nums = key.mid(dash + 1).split('-');
        bool ok = false;
        const int cat = nums.value(0).toInt(&ok);
        if (!ok)
            continue;
        if (kind == "Category")
            cats[cat].name = value;
        else if (kind == "IsTemplate")
            cats[cat].isTemplate = value.trimmed() == "1";
        else if (kind == "Templates")
            cats[cat].templates = value.trimmed();
        else if (kind == "Line" && nums.size() == 2) {
            const int line = nums[1].toInt(&ok);
            if (ok)
                cats[cat].lines.insert(line, value);
        }
    }
    QByteArray out;
    bool first = true;
    for (const Category &c : std::as_const(cats)) {
        if (!first)
            out += '\n';
        first = false;
        out += '[' + c.name + ']';
        if (c.isTemplate || !c.templates.isEmpty()) {
            QByteArray opts = c.isTemplate ? QByteArray("!") : QByteArray();
            if (!c.templates.isEmpty())
                opts += (opts.isEmpty() ? "" : ",") + c.templates;
            out += '(' + opts + ')';
        }
        out += '\n';
        for (const QByteArray &l : c.lines)
            out += l + '\n';
    }
    return out;
}

} // namespace tg
