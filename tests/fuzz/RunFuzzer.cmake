# Runs one fuzz target for its budget without stopping the `fuzz` target on a
# crash, so that every target gets its run; CheckFuzzCrashes.cmake fails the
# build afterwards if any left a crash file.
#   cmake -DEXE=... -DNAME=... -DSECONDS=... -DWORK=... -DSOURCE=... -P RunFuzzer.cmake
file(MAKE_DIRECTORY ${WORK}/${NAME})
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        ${EXE} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=8192
        -print_final_stats=1 -artifact_prefix=${WORK}/${NAME}-
        -dict=${SOURCE}/dict/${NAME}.dict ${WORK}/${NAME} ${SOURCE}/corpus/${NAME}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
file(WRITE ${WORK}/${NAME}.log "${output}")
string(REGEX MATCH "stat::number_of_executed_units: [0-9]+" executed "${output}")
string(REGEX MATCH "fuzz invariant broken: [^\n]*" invariant "${output}")
string(REGEX MATCH "SUMMARY: [^\n]*" summary "${output}")
message(STATUS "fuzz_${NAME}: exit ${result}, ${executed} ${invariant} ${summary}")
