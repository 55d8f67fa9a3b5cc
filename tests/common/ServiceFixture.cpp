#include "ServiceFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace vp::test {

QString ServiceFixture::start(const sim::SimConfig &config, History historyKind)
{
    stop();
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return u"no temporary folder: "_s + dir->errorString();
    sim = std::make_unique<sim::Simulator>(config);
    if (!sim->listen(0))
        return u"the simulator cannot listen on a loopback port"_s;
    history = std::make_unique<HistoryStore>();
    QString error;
    const bool opened = historyKind == History::InMemory ? history->openInMemory(&error)
                                                         : history->open(historyPath(), &error);
    if (!opened)
        return error;
    service = std::make_unique<ProvisioningService>(history.get());
    results.clear();
    QObject::connect(service.get(), &ProvisioningService::jobFinished, service.get(),
                     [this](const JobResult &result) { results << result; });
    return {};
}

void ServiceFixture::stop()
{
    service.reset();
    history.reset();
    sim.reset();
    dir.reset();
}

bool ServiceFixture::waitIdle(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return service->isIdle(); }, timeoutMs);
}

QString ServiceFixture::historyPath() const
{
    return dir ? dir->filePath(u"history.sqlite"_s) : QString();
}

} // namespace vp::test
