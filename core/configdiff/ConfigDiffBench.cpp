#include "ConfigDiffBench.h"

#include "ChangeClassifier.h"
#include "ConfigDiff.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>

namespace tg {

namespace {

QByteArray generate(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 256);
    int peer = 1000;
    while (out.size() < bytes) {
        out += "[" + QByteArray::number(peer) + "]\ntype = friend\nhost = dynamic\nsecret = s"
            + QByteArray::number(peer * 7919) + "\ncontext = internal\nnat = no\ncallerid = \"Phone "
            + QByteArray::number(peer) + "\" <" + QByteArray::number(peer) + ">\n\n";
        ++peer;
    }
    return out;
}

QJsonObject measure(const char *name, const QByteArray &a, const QByteArray &b)
{
    QElapsedTimer t;
    t.start();
    DiffResult d = ConfigDiff::compute(a, b);
    const qint64 diffMs = t.elapsed();
    ConfigDiff::annotate(d, ConfigFormat::AsteriskConf);
    const qint64 annotateMs = t.elapsed() - diffMs;
    const ChangeAssessment c = ChangeClassifier::classify(QStringLiteral("/etc/asterisk/sip.conf"), d);
    const qint64 classifyMs = t.elapsed() - diffMs - annotateMs;
    return QJsonObject{{QStringLiteral("case"), QLatin1String(name)},
                       {QStringLiteral("old_bytes"), double(a.size())},
                       {QStringLiteral("new_bytes"), double(b.size())},
                       {QStringLiteral("lines"), int(d.newLines.size())},
                       {QStringLiteral("added"), d.added},
                       {QStringLiteral("removed"), d.removed},
                       {QStringLiteral("hunks"), int(d.hunks.size())},
                       {QStringLiteral("approximate"), d.approximate},
                       {QStringLiteral("binary"), d.binary},
                       {QStringLiteral("findings"), int(c.findings.size())},
                       {QStringLiteral("diff_ms"), double(diffMs)},
                       {QStringLiteral("annotate_ms"), double(annotateMs)},
                       {QStringLiteral("classify_ms"), double(classifyMs)}};
}

} // namespace

QJsonObject ConfigDiffBench::run(qint64 bytes)
{
    const QByteArray base = generate(bytes);
    QList<QByteArray> lines = base.split('\n');

    QList<QByteArray> few = lines;
    for (int i : {10, int(few.size() / 3), int(few.size() / 2), int(few.size() - 20)})
        few[i] = "secret = changed" + QByteArray::number(i);
    few.insert(few.size() / 4, "permit = 0.0.0.0/0.0.0.0");

    QList<QByteArray> many = lines;
    for (int i = 0; i < many.size(); i += 50)
        many[i] += " ; edited";

    QByteArray binA(int(qMin<qint64>(bytes, 1 << 20)), '\0');
    QRandomGenerator rng(42);
    for (char &c : binA)
        c = char(rng.bounded(256));
    QByteArray binB = binA;
    binB[binB.size() / 2] = char(binB.at(binB.size() / 2) ^ 1);

    QJsonArray cases;
    cases.append(measure("few_edits", base, few.join('\n')));
    cases.append(measure("every_50th_line", base, many.join('\n')));
    cases.append(measure("binary", binA, binB));
    return QJsonObject{{QStringLiteral("bench"), QStringLiteral("configdiff")}, {QStringLiteral("cases"), cases}};
}

} // namespace tg
