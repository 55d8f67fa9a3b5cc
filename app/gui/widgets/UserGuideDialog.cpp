#include "widgets/UserGuideDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

#ifndef VICIPROV_DOC_DIR_FROM_BIN
#error "VICIPROV_DOC_DIR_FROM_BIN comes from app/gui/CMakeLists.txt (the install rules' doc folder)"
#endif

namespace vp {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("User Guide"));
    m_browser->setObjectName(u"userGuideTextBrowser"_s);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(820, 600);

    const QString path = guidePath();
    if (path.isEmpty()) {
        m_browser->setPlainText(
            tr("The user guide is not installed on this computer. It is docs/user-guide.md in "
               "the program's source package."));
        return;
    }
    // Its screenshots and the other pages it links to are found beside it.
    m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
}

QString UserGuideDialog::guidePath()
{
    const QStringList folders = {
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QString::fromUtf8(VICIPROV_DOC_DIR_FROM_BIN)),
#ifdef VICIPROV_SOURCE_DOC_DIR
        QString::fromUtf8(VICIPROV_SOURCE_DOC_DIR),
#endif
    };
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(u"user-guide.md"_s);
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

} // namespace vp
