// viciprov: the desktop program. Everything lives in the viciprov_gui library.
#include "DesktopApp.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace {
void setNames()
{
    QCoreApplication::setOrganizationName(u"ViciProvisioner"_s);
    QCoreApplication::setApplicationName(u"viciprov"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(VICIPROV_VERSION));
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
    QApplication::setApplicationDisplayName(u"Vici Provisioner"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/viciprov.svg"_s));
    QApplication::setDesktopFileName(u"viciprov"_s);
    vp::DesktopApp desktop;
    return desktop.run(app);
}
