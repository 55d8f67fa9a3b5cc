#include "widgets/ProgramRestart.h"

#include <QCoreApplication>
#include <QProcess>
#include <QWidget>

namespace vp::ProgramRestart {

bool restart(QWidget *mainWindow)
{
    // The window's close asks about phones still being sent and saves its state.
    if (!mainWindow->close())
        return false;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
    return true;
}

} // namespace vp::ProgramRestart
