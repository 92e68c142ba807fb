#include "AllowlistSettingsPage.h"

#include "detect/Allowlist.h"
#include "detect/DetectionSettingsFile.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace tg {

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.section(QLatin1Char('#'), 0, 0).trimmed(); // "10.0.0.0/8  # office"
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

QPlainTextEdit *listEdit(const QStringList &values, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(values.join(QLatin1Char('\n')), parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

bool isDestinationPrefix(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9]{1,20}$"));
    return re.match(s).hasMatch();
}

} // namespace

AllowlistSettingsPage::AllowlistSettingsPage(const QString &settingsPath, QWidget *parent)
    : DetectionFilePage(settingsPath, parent)
{
    const DetectionSettings &s = stored();
    m_ips = listEdit(s.allowIps, tr("One address or network per line, e.g. 192.0.2.10 or 10.0.0.0/8"), this);
    m_accounts = listEdit(s.allowAccounts, tr("One account per line, e.g. 1001"), this);
    m_destinations = listEdit(s.allowDestinations, tr("One number prefix per line, e.g. +4420 or 0044"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *intro = new QLabel(tr("Alerts about these sources, accounts and destinations are not raised. Keep the list "
                                "short: an allowlisted address that is compromised goes unnoticed. Text after # is a "
                                "comment."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Trusted addresses"), m_ips);
    form->addRow(tr("Trusted accounts"), m_accounts);
    form->addRow(tr("Allowed destinations"), m_destinations);
    form->addRow(m_status);
    for (QPlainTextEdit *e : {m_ips, m_accounts, m_destinations})
        connect(e, &QPlainTextEdit::textChanged, this, &AllowlistSettingsPage::updateStatus);
    updateStatus();
}

QString AllowlistSettingsPage::title() const
{
    return tr("Allowlist");
}

void AllowlistSettingsPage::updateStatus()
{
    QString why;
    if (validate(&why)) {
        m_status->setText(tr("%1 addresses or networks, %2 accounts, %3 destination prefixes.")
                              .arg(linesOf(m_ips).size())
                              .arg(linesOf(m_accounts).size())
                              .arg(linesOf(m_destinations).size()));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(why);
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
}

bool AllowlistSettingsPage::validate(QString *why) const
{
    if (!fileUsable(why))
        return false;
    QStringList invalid;
    Allowlist().set(linesOf(m_ips), {}, {}, &invalid);
    if (!invalid.isEmpty()) {
        *why = tr("Not an IP address or network: %1").arg(invalid.join(QStringLiteral(", ")));
        return false;
    }
    for (const QString &d : linesOf(m_destinations)) {
        if (!isDestinationPrefix(d)) {
            *why = tr("Not a number prefix (digits, optionally starting with +): %1").arg(d);
            return false;
        }
    }
    return true;
}

bool AllowlistSettingsPage::save(QString *why)
{
    return update([this](DetectionSettings &s) {
        s.allowIps = linesOf(m_ips);
        s.allowAccounts = linesOf(m_accounts);
        s.allowDestinations = linesOf(m_destinations);
    }, why);
}

} // namespace tg
