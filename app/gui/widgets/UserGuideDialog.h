// Help > User guide: docs/user-guide.md shown with its screenshots, read from
// where the package installs it (share/doc beside the program's bin folder)
// or, in a build tree, from the sources.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace vp {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The guide's file, or empty when it is neither installed nor in the sources.
    static QString guidePath();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace vp
