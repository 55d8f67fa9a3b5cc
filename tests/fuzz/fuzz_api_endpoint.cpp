// libFuzzer entry point; the checks live in FuzzTargets.h (see docs/reliability.md).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    vp::fuzz::apiEndpoint(data, size);
    return 0;
}
