// viciprov: the desktop program. Everything lives in the viciprov_gui library.
#include "DesktopApp.h"

#include <QApplication>
#include <QIcon>

namespace {
void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ViciProvisioner"));
    QCoreApplication::setApplicationName(QStringLiteral("viciprov"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VICIPROV_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    if (vp::DesktopApp::wantsTextOnly(argc, argv)) {
        // --help and --version need no display.
        QCoreApplication app(argc, argv);
        setNames();
        vp::DesktopApp::loadTranslations(app);
        vp::DesktopApp::parseArguments(app);
        return 0;
    }
    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Vici Provisioner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/viciprov.svg")));
    QApplication::setDesktopFileName(QStringLiteral("viciprov"));
    vp::DesktopApp desktop;
    return desktop.run(app);
}
