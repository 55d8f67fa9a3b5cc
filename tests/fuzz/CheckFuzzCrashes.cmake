# Fails when a fuzz run left a crash, leak or timeout file in WORK.
file(GLOB found ${WORK}/*-crash-* ${WORK}/*-leak-* ${WORK}/*-timeout-* ${WORK}/*-oom-*)
if(found)
    string(REPLACE ";" "\n  " list "${found}")
    message(FATAL_ERROR "fuzzing found inputs that fail (copy each to "
        "tests/fuzz/regressions/<target>/ and fix):\n  ${list}")
endif()
message(STATUS "fuzz: no crash in any target")
