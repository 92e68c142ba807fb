#include "HostKeyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tg {

namespace {
// Values from the server or the profile are shown as text, never interpreted as markup.
QLabel *plainLabel(const QString &text, QWidget *parent, bool mono = false)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setText(text);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Fingerprints stay on one line, so they read (and compare) as one word.
    l->setWordWrap(!mono);
    if (mono)
        l->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return l;
}
} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyQuestion &question, QWidget *parent)
    : QDialog(parent), m_question(question)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    const bool changed = question.changed();
    setWindowTitle(changed ? tr("SSH host key CHANGED: %1").arg(question.pbx)
                           : tr("Unknown SSH host key: %1").arg(question.pbx));
    auto *layout = new QVBoxLayout(this);
    // Grows when the confirmation row appears instead of squeezing the warning.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap pix = changed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxQuestion;
    icon->setPixmap(style()->standardIcon(pix).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    head->addWidget(icon);
    QLabel *intro = nullptr;
    if (changed) {
        intro = plainLabel(tr("WARNING: the SSH host key of PBX %1 has CHANGED, and Tollgate refused to connect.\n\n"
                              "Either someone is intercepting the connection (a man-in-the-middle attack), or the PBX "
                              "was reinstalled or its SSH keys were regenerated. Replace the stored key only after "
                              "checking the new fingerprint on the PBX's own console (ssh-keygen -lf %2) or with "
                              "its administrator.")
                               .arg(question.pbx, HostKeyQuestion::serverKeyFile(question.keyType)),
                           this);
        intro->setObjectName(QStringLiteral("changedWarning"));
        intro->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e4; color: #7a1010; border: 1px solid #c62828;"
                                            " padding: 8px; }"));
    } else {
        intro = plainLabel(tr("Tollgate has not connected to PBX %1 over SSH before and does not know its host key. "
                              "Trust it only if the fingerprint below is the one the PBX shows on its own console "
                              "(ssh-keygen -lf %2).")
                               .arg(question.pbx, HostKeyQuestion::serverKeyFile(question.keyType)),
                           this);
    }
    intro->setMinimumWidth(460);
    head->addWidget(intro, 1);
    layout->addLayout(head);
    layout->addWidget(details());

    auto *buttons = new QDialogButtonBox(this);
    m_refuse = buttons->addButton(changed ? tr("Keep refusing") : tr("Don't trust"), QDialogButtonBox::RejectRole);
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    m_accept = buttons->addButton(changed ? tr("Replace key and connect") : tr("Trust and connect"),
                                  QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    // Enter and Escape both refuse: trusting is always a deliberate click.
    m_accept->setAutoDefault(false);
    m_refuse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (changed) {
        m_replaceCheck = new QCheckBox(tr("I verified the new fingerprint on the PBX itself; replace the stored key"),
                                       this);
        m_replaceCheck->setObjectName(QStringLiteral("replaceCheck"));
        layout->addWidget(m_replaceCheck);
        m_confirmRow = new QWidget(this);
        auto *row = new QFormLayout(m_confirmRow);
        row->setContentsMargins(0, 0, 0, 0);
        m_confirm = new QLineEdit(m_confirmRow);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_confirm->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_confirm->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("AbCd1234")));
        row->addRow(tr("First %1 characters after \"SHA256:\" of the new fingerprint:")
                        .arg(HostKeyQuestion::kConfirmChars),
                    m_confirm);
        m_confirmRow->setVisible(false);
        layout->addWidget(m_confirmRow);
        connect(m_replaceCheck, &QCheckBox::toggled, this, [this](bool on) {
            m_confirmRow->setVisible(on);
            QDialog::layout()->activate();   // grow now, before the next paint
            adjustSize();
            if (on)
                m_confirm->setFocus();
            updateAccept();
        });
        connect(m_confirm, &QLineEdit::textChanged, this, &HostKeyDialog::updateAccept);
    }
    layout->addWidget(buttons);
    updateAccept();
    m_refuse->setFocus();
}

QWidget *HostKeyDialog::details()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("PBX:"), plainLabel(m_question.pbx, box));
    form->addRow(tr("Server:"), plainLabel(tr("%1 port %2").arg(m_question.host).arg(m_question.port), box));
    form->addRow(tr("Key type:"), plainLabel(m_question.keyType, box, true));
    if (m_question.changed()) {
        QLabel *known = plainLabel(m_question.knownFingerprint, box, true);
        known->setObjectName(QStringLiteral("knownFingerprint"));
        form->addRow(tr("Trusted before:"), known);
    }
    QLabel *fp = plainLabel(m_question.fingerprint, box, true);
    fp->setObjectName(QStringLiteral("fingerprint"));
    form->addRow(m_question.changed() ? tr("Presented now (SHA-256):") : tr("Fingerprint (SHA-256):"), fp);
    return box;
}

void HostKeyDialog::updateAccept()
{
    if (!m_question.changed())
        return;
    m_accept->setEnabled(m_replaceCheck->isChecked()
                         && HostKeyQuestion::confirmsReplacement(m_question.fingerprint, m_confirm->text()));
}

HostKeyDecision HostKeyDialog::decision() const
{
    if (result() != QDialog::Accepted)
        return HostKeyDecision::Refuse;
    return m_question.changed() ? HostKeyDecision::Replace : HostKeyDecision::Trust;
}

QString HostKeyDialog::confirmation() const
{
    return m_confirm ? m_confirm->text().trimmed() : QString();
}

} // namespace tg
