// Internal: rule-based recognition of places, organisations, people, quotes, dates and
// times in normalized article text.
#pragma once

#include <broadsheet/metadata.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metadata/dates.hpp"

namespace broadsheet {
namespace detail {

/// One mention found in the analysed text (byte offsets into that text).
struct Mention {
    EntityType type = EntityType::person;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
    std::string normalized;
    double confidence = 0;
    std::string role;
    std::string hierarchy;
    std::string speaker;
    std::string subtype;
    DateValue date;
    /// Mentions with the same type and key are one entity (a place's code, a name).
    std::string key;
};

struct RecognizerOptions {
    std::optional<CivilDate> reference;
    bool people = true;
    bool places = true;
    bool organizations = true;
    bool dates = true;
    bool quotes = true;
    /// Names known from bylines: recognised wherever they occur.
    std::vector<std::string> known_people;
};

/// Finds every mention in `text` (normalized UTF-8), sorted by position. Mentions of
/// different types never overlap except quotes, which contain other mentions.
std::vector<Mention> recognize(std::string_view text, const RecognizerOptions& options);

/// True when `name` (UTF-8) starts with a common Chinese surname.
bool starts_with_surname(std::string_view name);

}  // namespace detail
}  // namespace broadsheet
