// QMessageBox behind a seam tests can answer in advance (KeePassXC
// MessageBox::setNextAnswer): a queued answer is returned without showing
// anything, so a test never blocks on a modal box.
#pragma once

#include <QMessageBox>

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

    // The next box returns this instead of showing; NoButton clears it.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked (shown or answered in advance), for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace vp
