# Segmenter evaluation and benchmark programs.
find_package(nlohmann_json QUIET)

if(nlohmann_json_FOUND)
    # eval_pages PAGE.txt...: scores each page against PAGE.gold.json beside it.
    add_executable(eval_pages "${CMAKE_CURRENT_SOURCE_DIR}/eval_pages.cpp")
    target_link_libraries(eval_pages PRIVATE broadsheet::broadsheet nlohmann_json::nlohmann_json)
endif()

# bench_segmenter [PAGE.txt]: throughput on a page, on many short lines and on one long line.
add_executable(bench_segmenter "${CMAKE_CURRENT_SOURCE_DIR}/bench_segmenter.cpp")
target_compile_definitions(bench_segmenter PRIVATE BROADSHEET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(bench_segmenter PRIVATE broadsheet::broadsheet)
