# Fails when translations/*.ts are not what lupdate makes of today's sources:
# a tr() string added, changed or removed without updating the .ts files.
# Runs lupdate on copies, so the source tree is never touched.
#   -DLUPDATE=… -DPROJECT_CMAKE=… -DPROJECT_GENERATOR=… -DTS_DIR=… -DWORK_DIR=…
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
# The same lupdate project that the update_translations target uses.
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${WORK_DIR}/source.json
            -P "${PROJECT_GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_CMAKE}")
endif()
file(READ "${WORK_DIR}/source.json" project)
foreach(name plandesk_zh_CN.ts plandesk_en.ts)
    file(COPY "${TS_DIR}/${name}" DESTINATION "${WORK_DIR}")
    string(REPLACE "${TS_DIR}/${name}" "${WORK_DIR}/${name}" project "${project}")
endforeach()
file(WRITE "${WORK_DIR}/project.json" "${project}")

execute_process(
    COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()

foreach(name plandesk_zh_CN.ts plandesk_en.ts)
    file(READ "${TS_DIR}/${name}" committed)
    file(READ "${WORK_DIR}/${name}" fresh)
    if(NOT committed STREQUAL fresh)
        message(FATAL_ERROR "translations/${name} is out of date with the sources. Run\n"
            "  cmake --build build --target update_translations\n"
            "then translate what is new.\nlupdate said:\n${output}")
    endif()
endforeach()
message(STATUS "translations are up to date")
