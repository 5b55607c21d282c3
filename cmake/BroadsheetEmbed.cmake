# broadsheet_embed_file(<output.cpp> <input file> <symbol>)
#
# Embeds a data file into the library as
#   namespace broadsheet::detail { extern const unsigned char <symbol>[]; extern const std::size_t <symbol>_size; }
# through a C++ source generated at build time by the small host tool cmake/embed.cpp.
# The generated source holds one string literal in chunks, which compilers read far faster
# than a brace list of numbers.
if(NOT TARGET broadsheet_embed)
    add_executable(broadsheet_embed "${CMAKE_CURRENT_LIST_DIR}/embed.cpp")
    set_target_properties(broadsheet_embed PROPERTIES CXX_VISIBILITY_PRESET default)
endif()

function(broadsheet_embed_file output input symbol)
    add_custom_command(
        OUTPUT "${output}"
        COMMAND broadsheet_embed "${input}" "${output}" "${symbol}"
        DEPENDS "${input}" broadsheet_embed
        COMMENT "Embedding ${symbol}"
        VERBATIM)
endfunction()
