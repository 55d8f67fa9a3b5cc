// The simulator on a free loopback port, a history (in memory or in a file of
// a temporary folder) and a provisioning service writing to it, with every
// result collected: what a test of the service starts in init() and drops in
// cleanup().
#pragma once

#include "history/HistoryStore.h"
#include "service/ProvisioningService.h"
#include "Simulator.h"

#include <memory>
#include <QList>
#include <QTemporaryDir>

namespace vp::test {

class ServiceFixture
{
public:
    enum class History
    {
        InMemory,
        TemporaryFile // history.sqlite in a temporary folder: historyPath()
    };

    // Empty on success, else what failed.
    QString start(const sim::SimConfig &config = sim::SimConfig::defaults(),
                  History history = History::InMemory);
    // Service first: it writes to the history until it is gone.
    void stop();
    // Waits (running the event loop) until the service has nothing queued or
    // in flight.
    bool waitIdle(int timeoutMs = 30000) const;
    QString historyPath() const;

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<sim::Simulator> sim;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<ProvisioningService> service;
    QList<JobResult> results;
};

} // namespace vp::test
