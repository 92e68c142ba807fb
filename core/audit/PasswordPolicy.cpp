#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::PasswordPolicy", text);
}

int editDistance(const QString &a, const QString &b)
{
    if (a.size() > 64 || b.size() > 64)
        return 99;
    QVector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

const QSet<QString> &commonSet()
{
    static const QSet<QString> set = [] {
        const QStringList &l = PasswordPolicy::commonPasswords();
        return QSet<QString>(l.cbegin(), l.cend());
    }();
    return set;
}

} // namespace

const QStringList &PasswordPolicy::commonPasswords()
{
    static const QStringList list = [] {
        QStringList out;
        QFile f(QStringLiteral(":/audit/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine()).trimmed();
                if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                    out << line.toLower();
            }
        }
        if (out.isEmpty())   // resources not linked (a library test): the worst of them
            out = QStringList{QStringLiteral("1234"), QStringLiteral("12345"), QStringLiteral("123456"),
                              QStringLiteral("password"), QStringLiteral("secret"), QStringLiteral("admin"),
                              QStringLiteral("cluecon"), QStringLiteral("amp111"),
                              QStringLiteral("asterisk"), QStringLiteral("freeswitch"), QStringLiteral("0000")};
        return out;
    }();
    return list;
}

bool PasswordPolicy::isCommon(const QString &secret)
{
    return commonSet().contains(secret.toLower());
}

PasswordPolicy::Verdict PasswordPolicy::judge(const QString &secret, const QString &user)
{
    Verdict v;
    const QString s = secret.trimmed();
    const QString lower = s.toLower();
    const QString u = user.trimmed().toLower();
    bool allDigits = !s.isEmpty();
    for (const QChar c : s)
        allDigits = allDigits && c.isDigit();

    if (s.isEmpty()) {
        v = {Weakness::Empty, Severity::Critical, tr("is empty")};
    } else if (isCommon(s)) {
        v = {Weakness::Common, Severity::Critical, tr("is in the list of common passwords attackers try first")};
    } else if (!u.isEmpty() && lower == u) {
        v = {Weakness::SameAsUser, Severity::Critical, tr("is the same as the account name")};
    } else if (allDigits && s.size() < 8) {
        v = {Weakness::Numeric, Severity::Critical, tr("is a short number (%1 digits)").arg(s.size())};
    } else if (!u.isEmpty() && u.size() >= 3
               && (lower.contains(u) || u.contains(lower) || editDistance(lower, u) <= 2)) {
        v = {Weakness::SimilarToUser, Severity::High, tr("is close to the account name")};
    } else if (allDigits) {
        v = {Weakness::Numeric, Severity::High, tr("is only digits")};
    } else if (s.size() < kMinLength) {
        v = {Weakness::Short, Severity::High, tr("is shorter than %1 characters").arg(kMinLength)};
    }
    return v;
}

QString PasswordPolicy::generate(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    const int n = int(sizeof(alphabet)) - 1;
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]);
    return out;
}

} // namespace tg
