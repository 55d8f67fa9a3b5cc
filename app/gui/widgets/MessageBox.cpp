#include "widgets/MessageBox.h"

#include <QPushButton>

namespace vp {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
MessageBox::Answerer g_answerer;
} // namespace

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QList<Choice> &texts)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (g_answerer)
        return g_answerer(text);
    QMessageBox box(icon, title, text, buttons, parent);
    for (const auto &[button, buttonText] : texts) {
        if (QAbstractButton *shown = box.button(button))
            shown->setText(buttonText);
    }
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::choose(QWidget *parent, QMessageBox::Icon icon,
                                               const QString &title, const QString &text,
                                               const QList<Choice> &choices,
                                               QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButtons buttons;
    for (const Choice &choice : choices)
        buttons |= choice.first;
    return ask(icon, parent, title, text, buttons, defaultButton, choices);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, QMessageBox::NoButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text)
{
    return ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setAnswerer(Answerer answerer)
{
    g_answerer = std::move(answerer);
}

QString MessageBox::lastText()
{
    return g_lastText;
}

} // namespace vp
