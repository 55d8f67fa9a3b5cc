// A "show password" eye inside a password line edit (KeePassXC PasswordWidget
// does the same with a trailing action).
#pragma once

class QLineEdit;

namespace vp {

class PasswordVisibility
{
public:
    // Puts the edit in Password echo mode with a toggle action named
    // "<editName>ShowAction".
    static void install(QLineEdit *edit);
};

} // namespace vp
