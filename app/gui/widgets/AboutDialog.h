// Help > About: what the program is, its version, the Qt it runs on, its
// licence (with the full text), and where this profile keeps its settings and
// history, which is what an administrator asks for first.
#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class AboutDialog;
}

namespace vp {

class AppContext;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(AppContext &context, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // SPDX identifier of the licence, e.g. "GPL-3.0-or-later".
    static QString licenceId();
    // The licence's full text, embedded from LICENSE at the top of the tree.
    static QString licenceText();
    // Version, Qt and paths as plain lines, for "Copy details".
    QString detailsText() const;

private:
    const std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace vp
