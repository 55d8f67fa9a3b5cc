#include "widgets/PasswordVisibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace vp {

void PasswordVisibility::install(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    auto *action =
        edit->addAction(QIcon(u":/icons/password-show.svg"_s), QLineEdit::TrailingPosition);
    action->setObjectName(edit->objectName() + "ShowAction"_L1);
    action->setCheckable(true);
    action->setToolTip(QCoreApplication::translate("PasswordVisibility", "Show password"));
    // The icon button's accessible name comes from the action's text.
    action->setText(action->toolTip());
    QObject::connect(action, &QAction::toggled, edit, [edit, action](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        action->setIcon(
            QIcon(shown ? u":/icons/password-hide.svg"_s : u":/icons/password-show.svg"_s));
        action->setToolTip(
            shown ? QCoreApplication::translate("PasswordVisibility", "Hide password")
                  : QCoreApplication::translate("PasswordVisibility", "Show password"));
        action->setText(action->toolTip());
    });
}

} // namespace vp
