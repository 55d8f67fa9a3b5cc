#include "widgets/PasswordVisibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>

namespace vp {

void PasswordVisibility::install(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    auto *action = edit->addAction(QIcon(QStringLiteral(":/icons/password-show.svg")),
                                   QLineEdit::TrailingPosition);
    action->setObjectName(edit->objectName() + QLatin1String("ShowAction"));
    action->setCheckable(true);
    action->setToolTip(QCoreApplication::translate("PasswordVisibility", "Show password"));
    // The icon button's accessible name comes from the action's text.
    action->setText(action->toolTip());
    QObject::connect(action, &QAction::toggled, edit, [edit, action](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        action->setIcon(QIcon(shown ? QStringLiteral(":/icons/password-hide.svg")
                                    : QStringLiteral(":/icons/password-show.svg")));
        action->setToolTip(
            shown ? QCoreApplication::translate("PasswordVisibility", "Hide password")
                  : QCoreApplication::translate("PasswordVisibility", "Show password"));
        action->setText(action->toolTip());
    });
}

} // namespace vp
