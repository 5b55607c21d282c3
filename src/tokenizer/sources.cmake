# Sources of the tokenizer component, included from the top-level CMakeLists.txt.
#
# The base lexicon (data/lexicon/jieba-words.txt, derived from jieba's dict.txt by
# scripts/build-lexicon) is compiled at build time into a binary trie by a small host tool
# and embedded, so the library parses nothing at start-up.
if(NOT TARGET broadsheet_lexicon_compile)
    add_executable(broadsheet_lexicon_compile
        "${CMAKE_CURRENT_LIST_DIR}/lexicon_compile.cpp"
        "${CMAKE_CURRENT_LIST_DIR}/trie.cpp")
    target_include_directories(broadsheet_lexicon_compile PRIVATE "${PROJECT_SOURCE_DIR}/src")
    target_compile_features(broadsheet_lexicon_compile PRIVATE cxx_std_17)
endif()
set(BROADSHEET_LEXICON_BIN "${PROJECT_BINARY_DIR}/generated/lexicon.bin")
add_custom_command(
    OUTPUT "${BROADSHEET_LEXICON_BIN}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/generated"
    COMMAND broadsheet_lexicon_compile "${PROJECT_SOURCE_DIR}/data/lexicon/jieba-words.txt"
            "${BROADSHEET_LEXICON_BIN}"
    DEPENDS "${PROJECT_SOURCE_DIR}/data/lexicon/jieba-words.txt" broadsheet_lexicon_compile
    COMMENT "Compiling the tokenizer lexicon"
    VERBATIM)
broadsheet_embed_file("${PROJECT_BINARY_DIR}/generated/lexicon_data.cpp"
    "${BROADSHEET_LEXICON_BIN}" tokenizer_lexicon)

set(BROADSHEET_TOKENIZER_SOURCES
    src/tokenizer/trie.cpp
    src/tokenizer/dictionary.cpp
    src/tokenizer/tokenizer.cpp
    src/tokenizer/sentences.cpp
    "${PROJECT_BINARY_DIR}/generated/lexicon_data.cpp")
