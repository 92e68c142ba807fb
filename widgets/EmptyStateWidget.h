#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class QHBoxLayout;

namespace tg {

// A centred title, a sentence or two and optional buttons: what a pane shows when it has
// nothing to show yet, or when its feature is not in this version. Never fake data.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    EmptyStateWidget(const QString &title, const QString &text, QWidget *parent = nullptr);

    QPushButton *addButton(const QString &text);
    void setText(const QString &text);
    QString title() const;
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace tg
