// QMessageBox behind a seam tests can answer in advance (KeePassXC
// MessageBox::setNextAnswer): a queued answer is returned without showing
// anything, so a test never blocks on a modal box.
#pragma once

#include <functional>
#include <QList>
#include <QMessageBox>
#include <utility>

namespace vp {

class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);

    // A box whose buttons say what they do ("Try again", "Settings…"): each
    // standard button keeps its role and gets the caller's text.
    using Choice = std::pair<QMessageBox::StandardButton, QString>;
    static QMessageBox::StandardButton choose(QWidget *parent, QMessageBox::Icon icon,
                                              const QString &title, const QString &text,
                                              const QList<Choice> &choices,
                                              QMessageBox::StandardButton defaultButton);

    // The next box returns this instead of showing; NoButton clears it.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Every box (after a queued next answer) is answered by this function,
    // given the box's text, instead of being shown; empty clears it. For a
    // test that must act between two boxes (start a server, then "Try again").
    using Answerer = std::function<QMessageBox::StandardButton(const QString &text)>;
    static void setAnswerer(Answerer answerer);
    // The text of the last box asked (shown or answered in advance), for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QList<Choice> &texts = {});
};

} // namespace vp
