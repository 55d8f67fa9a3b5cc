// QFileDialog behind a seam tests can answer in advance (KeePassXC
// FileDialog::setNextFileName), and where every file dialog starts: next to
// the file last opened or saved, whichever dialog that was.
#pragma once

#include <QString>

class QWidget;

namespace vp {

class Settings;

class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);

    // The next call returns this name without showing a dialog ("" = cancelled).
    static void setNextFileName(const QString &fileName);
    // The directory argument of the last call (for tests).
    static QString lastStartPath();

    // fileName in the folder of the file last opened or saved (else the
    // Documents folder, else home); just the folder when fileName is empty.
    static QString startPath(const Settings &settings, const QString &fileName = {});
    // A file was opened or saved: the next dialog starts in its folder.
    static void remember(Settings &settings, const QString &path);

private:
    static bool takeNext(QString *fileName);
};

} // namespace vp
