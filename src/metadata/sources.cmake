# Sources of the metadata component, included from the top-level CMakeLists.txt.
set(BROADSHEET_METADATA_SOURCES
    src/metadata/chars.hpp
    src/metadata/dates.hpp
    src/metadata/dates.cpp
    src/metadata/entities.hpp
    src/metadata/entities.cpp
    src/metadata/gazetteer.hpp
    src/metadata/gazetteer.cpp
    src/metadata/keywords.hpp
    src/metadata/keywords.cpp
    src/metadata/string_index.hpp
    src/metadata/metadata.cpp)

# Embedded tables (see data/gazetteer/README.md and data/NOTICE.md).
broadsheet_embed_file("${PROJECT_BINARY_DIR}/generated/gazetteer_divisions.cpp"
    "${PROJECT_SOURCE_DIR}/data/gazetteer/divisions.tsv" gazetteer_divisions)
broadsheet_embed_file("${PROJECT_BINARY_DIR}/generated/keyword_idf.cpp"
    "${PROJECT_SOURCE_DIR}/data/keywords/idf.tsv" keyword_idf)
broadsheet_embed_file("${PROJECT_BINARY_DIR}/generated/given_name_chars.cpp"
    "${PROJECT_SOURCE_DIR}/data/names/given_chars.txt" given_name_chars)
list(APPEND BROADSHEET_METADATA_SOURCES
    "${PROJECT_BINARY_DIR}/generated/given_name_chars.cpp"
    "${PROJECT_BINARY_DIR}/generated/gazetteer_divisions.cpp"
    "${PROJECT_BINARY_DIR}/generated/keyword_idf.cpp")
