// Starts this program again, with the same arguments, once its main window
// closed (for a setting used only at start-up, such as the history's place).
#pragma once

class QWidget;

namespace vp::ProgramRestart {

// False when the window stayed open (the user kept phones being sent).
bool restart(QWidget *mainWindow);

} // namespace vp::ProgramRestart
