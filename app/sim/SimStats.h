#pragma once

#include <QHash>
#include <QString>

namespace sim {

// Counters and in-flight maxima observed by the simulator, so that client tests
// can prove they never had two requests for one extension or login in flight.
struct SimStats
{
    int totalRequests = 0;              // API requests (not /sim/ inspection)
    QHash<QString, int> perFunction;    // by cleaned function name
    int inFlight = 0;                   // now
    int maxConcurrent = 0;              // any API requests at once
    int maxConcurrentSameExtension = 0; // add_phone/update_phone for one extension+server
    int maxConcurrentSameLogin = 0;     // add_phone for one phone_login
    int phonesInserted = 0;
    int duplicateKeyErrors = 0; // inserts refused by the unique key (HTTP 500)
    int faultsInjected = 0;
};

} // namespace sim
