#include "settings/CredentialCheckView.h"
#include "ui_CredentialCheckView.h"

#include "model/VicidialSystem.h"

#include "service/ProvisioningService.h"

#include <QCoreApplication>
#include <QIcon>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace vp {

namespace {

QString iconFor(CheckStep::Status status)
{
    switch (status) {
    case CheckStep::Status::Passed:
        return u":/icons/status-added.svg"_s;
    case CheckStep::Status::Failed:
        return u":/icons/status-failed.svg"_s;
    case CheckStep::Status::Running:
        return u":/icons/status-sending.svg"_s;
    case CheckStep::Status::Pending:
    case CheckStep::Status::Skipped:
        break;
    }
    return u":/icons/status-queued.svg"_s;
}

QString statusWord(CheckStep::Status status)
{
    switch (status) {
    case CheckStep::Status::Passed:
        return CredentialCheckView::tr("passed");
    case CheckStep::Status::Failed:
        return CredentialCheckView::tr("failed");
    case CheckStep::Status::Running:
        return CredentialCheckView::tr("checking…");
    case CheckStep::Status::Skipped:
        return CredentialCheckView::tr("not checked");
    case CheckStep::Status::Pending:
        break;
    }
    return CredentialCheckView::tr("waiting");
}

} // namespace

CredentialCheckView::CredentialCheckView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CredentialCheckView>())
{
    m_ui->setupUi(this);
    for (int i = 0; i < CredentialCheck::stepCount(); ++i) {
        CheckStep step;
        step.id = CheckStep::Id(i);
        m_steps.append(step);
        showStep(i, step);
    }
    m_ui->summaryLabel->setText(tr("Nothing is created by this test."));
    connect(&m_check, &CredentialCheck::stepChanged, this, &CredentialCheckView::showStep);
    connect(&m_check, &CredentialCheck::finished, this, [this](bool ok) {
        QString summary;
        if (!ok)
            summary = tr("The test found a problem; see the step marked with a cross.");
        else if (m_check.steps().value(3).status == CheckStep::Status::Passed)
            summary = tr("All good: this user may add and change phones on this server.");
        else
            summary = tr("This user may add phones on this server, but not change them; see the "
                         "step marked with a cross.");
        if (!m_check.rejectedCertificate().isEmpty())
            summary +=
                QLatin1Char(' ') + tr("The server's certificate is not trusted. If you know it is "
                                      "the right server, add this fingerprint in the settings: %1")
                                       .arg(m_check.rejectedCertificate());
        m_ui->summaryLabel->setText(summary);
        growWindowToFit();
        emit finished(ok);
    });
}

CredentialCheckView::~CredentialCheckView() = default;

void CredentialCheckView::run(const ConnectionConfig &config)
{
    m_ui->summaryLabel->setText(tr("Checking…"));
    m_systemKey = VicidialSystem::keyFor(config.apiUrl);
    m_check.start(config.apiUrl, config.credentials, config.method,
                  std::min(config.timeoutMs, 20000), config.trustedCertificates);
}

void CredentialCheckView::cancel()
{
    m_check.cancel();
}

bool CredentialCheckView::isRunning() const
{
    return m_check.isRunning();
}

void CredentialCheckView::showStep(int index, const CheckStep &step)
{
    if (index < 0 || index >= CredentialCheck::stepCount())
        return;
    m_steps[index] = step;
    QLabel *icons[] = {m_ui->reachIconLabel, m_ui->loginIconLabel, m_ui->permissionIconLabel,
                       m_ui->updateIconLabel, m_ui->deleteIconLabel};
    QLabel *titles[] = {m_ui->reachTitleLabel, m_ui->loginTitleLabel, m_ui->permissionTitleLabel,
                        m_ui->updateTitleLabel, m_ui->deleteTitleLabel};
    QLabel *details[] = {m_ui->reachDetailLabel, m_ui->loginDetailLabel,
                         m_ui->permissionDetailLabel, m_ui->updateDetailLabel,
                         m_ui->deleteDetailLabel};
    icons[index]->setPixmap(QIcon(iconFor(step.status)).pixmap(16, 16));
    icons[index]->setToolTip(statusWord(step.status));
    icons[index]->setAccessibleName(statusWord(step.status));
    if (!step.title.isEmpty())
        titles[index]->setText(step.title);
    QFont bold = titles[index]->font();
    bold.setBold(step.status == CheckStep::Status::Failed);
    titles[index]->setFont(bold);
    QString detail = step.detail.isEmpty() ? statusWord(step.status) : step.detail;
    if (!step.fix.isEmpty())
        detail += QLatin1Char('\n') + tr("What to do: %1").arg(step.fix);
    details[index]->setText(detail);
    growWindowToFit();
}

void CredentialCheckView::growWindowToFit()
{
    // A failed step's fix runs to several lines: the dialog grows (never
    // shrinks) so that no step is cut off, up to the screen's height.
    QWidget *top = window();
    if (top == this || !top->isVisible() || !top->layout())
        return;
    // Layouts inside tab pages do not pass a wrapped label's height for its
    // width up to the window: each label asks for the lines it needs.
    for (QLabel *label :
         {m_ui->reachDetailLabel, m_ui->loginDetailLabel, m_ui->permissionDetailLabel,
          m_ui->updateDetailLabel, m_ui->deleteDetailLabel, m_ui->summaryLabel}) {
        if (label->width() > 0)
            label->setMinimumHeight(label->heightForWidth(label->width()));
    }
    // The tab page and the dialog learn of it from posted layout requests.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    top->layout()->activate();
    int wanted =
        top->hasHeightForWidth() ? top->heightForWidth(top->width()) : top->sizeHint().height();
    wanted = std::max(wanted, top->minimumSizeHint().height());
    if (const QScreen *screen = top->screen())
        wanted = std::min(wanted, screen->availableGeometry().height() - 60);
    if (top->height() < wanted)
        top->resize(top->width(), wanted);
}

QString CredentialCheckView::stepText(int index) const
{
    const QLabel *titles[] = {m_ui->reachTitleLabel, m_ui->loginTitleLabel,
                              m_ui->permissionTitleLabel, m_ui->updateTitleLabel,
                              m_ui->deleteTitleLabel};
    const QLabel *details[] = {m_ui->reachDetailLabel, m_ui->loginDetailLabel,
                               m_ui->permissionDetailLabel, m_ui->updateDetailLabel,
                               m_ui->deleteDetailLabel};
    if (index < 0 || index >= CredentialCheck::stepCount())
        return {};
    return titles[index]->text() + ": "_L1 + details[index]->text();
}

CheckStep::Status CredentialCheckView::stepStatus(int index) const
{
    return index >= 0 && index < m_steps.size() ? m_steps[index].status
                                                : CheckStep::Status::Pending;
}

QString CredentialCheckView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

} // namespace vp
