# Tokenizer evaluation and benchmark programs (data is passed by path at run time, e.g.
# <clone>/../shared/segmentation/pku_test.utf8).
add_executable(eval_segmentation "${CMAKE_CURRENT_LIST_DIR}/eval_segmentation.cpp")
target_link_libraries(eval_segmentation PRIVATE broadsheet::broadsheet ICU::uc ICU::i18n)

add_executable(bench_tokenizer "${CMAKE_CURRENT_LIST_DIR}/bench_tokenizer.cpp")
target_link_libraries(bench_tokenizer PRIVATE broadsheet::broadsheet ICU::uc ICU::i18n)
