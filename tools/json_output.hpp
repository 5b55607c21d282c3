// JSON and text renderings of broadsheet results for the CLI. The schema is documented in
// docs/json-schema.md; bump kSchemaVersion on any incompatible change.
#pragma once

#include <broadsheet/broadsheet.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet_cli {

using Json = nlohmann::ordered_json;

inline constexpr int kSchemaVersion = 1;

Json to_json(broadsheet::Span span);
Json to_json(const broadsheet::Diagnostic& diagnostic);
Json to_json(const broadsheet::Author& author);
Json to_json(const broadsheet::Page& page, bool with_explanation);
Json to_json(const broadsheet::ArticleMetadata& metadata);
Json to_json(const broadsheet::PageInfo& page_info);

/// Serializes without ever throwing on invalid UTF-8 (replaced by U+FFFD).
std::string dump(const Json& json, int indent);

/// A human outline of a page: headlines, authors, the first words of each paragraph.
std::string to_outline(const broadsheet::Page& page);

/// The line-by-line reasoning of explain mode, as text.
std::string to_explanation_text(std::string_view input, const broadsheet::Page& page);

/// A self-contained HTML page: the input with each article in its own colour and each
/// line's class and reasoning on hover.
std::string to_html(std::string_view input, const broadsheet::Page& page, const std::string& title);

}  // namespace broadsheet_cli
