// QFileDialog behind a seam tests can answer in advance (KeePassXC
// FileDialog::setNextFileName).
#pragma once

#include <QString>

class QWidget;

namespace vp {

class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);

    // The next call returns this name without showing a dialog ("" = cancelled).
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};

} // namespace vp
