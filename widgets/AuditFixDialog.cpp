#include "AuditFixDialog.h"

#include "configdiff/RevertPlanner.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace tg {

AuditFixDialog::AuditFixDialog(const QString &pbx, const FixPlan &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan)
{
    const bool revert = RevertPlanner::isRevert(plan);
    setWindowTitle(revert ? tr("Revert on %1").arg(pbx) : tr("Fix on %1").arg(pbx));
    setObjectName(QStringLiteral("auditFixDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(plan.description, this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *file = new QLabel(tr("File: %1. A timestamped backup is made before writing, and you can roll back to "
                               "it afterwards.").arg(plan.file.toHtmlEscaped()),
                            this);
    file->setWordWrap(true);
    layout->addWidget(file);

    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(QStringLiteral("fixDiff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlainText(plan.diff);
    // Added and removed lines in the usual colours.
    for (QTextBlock b = m_diff->document()->begin(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        QColor bg;
        if (t.startsWith(QLatin1Char('+')) && !t.startsWith(QLatin1String("+++")))
            bg = QColor(QStringLiteral("#dff5e1"));
        else if (t.startsWith(QLatin1Char('-')) && !t.startsWith(QLatin1String("---")))
            bg = QColor(QStringLiteral("#fbe3e4"));
        if (!bg.isValid())
            continue;
        QTextBlockFormat f;
        f.setBackground(bg);
        QTextCursor bc(b);
        bc.setBlockFormat(f);
    }
    m_diff->setMinimumSize(640, 240);
    layout->addWidget(m_diff, 1);
    if (plan.reload != ReloadAction::None) {
        auto *reload = new QLabel((revert ? tr("Then Tollgate runs \"%1\" on the PBX and reads the file back.")
                                          : tr("Then Tollgate runs \"%1\" on the PBX and checks the finding again."))
                                      .arg(FixPlanner::reloadName(plan.reload)),
                                  this);
        reload->setWordWrap(true);
        layout->addWidget(reload);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(revert ? tr("Revert") : tr("Apply fix"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyFix"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);   // Enter does not change a PBX
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace tg
