#include "widgets/FileDialog.h"

#include "config/Settings.h"

#include <optional>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace vp {

namespace {
std::optional<QString> g_nextFileName;
QString g_lastStartPath;
} // namespace

QString FileDialog::lastStartPath()
{
    return g_lastStartPath;
}

QString FileDialog::startPath(const Settings &settings, const QString &fileName)
{
    QString folder = settings.value(SettingKey::LastImportDirectory).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

void FileDialog::remember(Settings &settings, const QString &path)
{
    if (!path.isEmpty())
        settings.setValue(SettingKey::LastImportDirectory, QFileInfo(path).absolutePath());
}

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_nextFileName)
        return false;
    *fileName = *g_nextFileName;
    g_nextFileName.reset();
    return true;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &filter)
{
    g_lastStartPath = directory;
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &filter)
{
    g_lastStartPath = directory;
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

} // namespace vp
