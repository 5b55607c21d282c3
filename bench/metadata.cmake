# Metadata extractor evaluation and benchmark programs. Data is passed by path at run time:
#   eval_ner --ner <clone>/../shared/ner/peoples_daily_1998_bio.test
#            --dates tests/data/dates/resolution.tsv
add_executable(eval_ner "${CMAKE_CURRENT_LIST_DIR}/eval_ner.cpp")
target_link_libraries(eval_ner PRIVATE broadsheet::broadsheet)

add_executable(bench_metadata "${CMAKE_CURRENT_LIST_DIR}/bench_metadata.cpp")
target_link_libraries(bench_metadata PRIVATE broadsheet::broadsheet)
target_compile_definitions(bench_metadata PRIVATE BROADSHEET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

find_package(nlohmann_json QUIET)
if(nlohmann_json_FOUND)
    # eval_keywords [--show] [PAGE.gold.json...]: TF-IDF against TextRank, the headline as the
    # proxy for gold keywords (default: tests/data/pages/*.gold.json).
    add_executable(eval_keywords "${CMAKE_CURRENT_LIST_DIR}/eval_keywords.cpp")
    target_link_libraries(eval_keywords PRIVATE broadsheet::broadsheet nlohmann_json::nlohmann_json)
    target_compile_definitions(eval_keywords PRIVATE BROADSHEET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
