# Whole-pipeline benchmarks: throughput and memory, batch speed-up, soak, noise curve.
add_executable(bench_pipeline "${CMAKE_CURRENT_LIST_DIR}/bench_pipeline.cpp")
target_link_libraries(bench_pipeline PRIVATE broadsheet::broadsheet)
target_compile_definitions(bench_pipeline PRIVATE BROADSHEET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

add_executable(soak "${CMAKE_CURRENT_LIST_DIR}/soak.cpp")
target_link_libraries(soak PRIVATE broadsheet::broadsheet)
target_compile_definitions(soak PRIVATE BROADSHEET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

find_package(nlohmann_json QUIET)
if(nlohmann_json_FOUND)
    # eval_noise PAGE.txt...: segmenter scores as OCR-like noise grows.
    add_executable(eval_noise "${CMAKE_CURRENT_LIST_DIR}/eval_noise.cpp")
    target_link_libraries(eval_noise PRIVATE broadsheet::broadsheet nlohmann_json::nlohmann_json)
endif()
