// Internal: the shared, immutable state of a broadsheet::Tokenizer.
#pragma once

#include <broadsheet/tokenizer.hpp>
#include <string>
#include <vector>

#include "tokenizer/trie.hpp"

BROADSHEET_NAMESPACE_BEGIN

struct Tokenizer::Impl {
    TokenizerOptions options;
    Dictionary base_dictionary;
    std::vector<Dictionary> user_dictionaries;
    /// Views into the dictionaries above (which keep the data alive).
    const detail::tok::TrieView* base = nullptr;
    std::vector<const detail::tok::TrieView*> user_tries;
    /// ln of the base lexicon's total frequency: word scores are ln(freq) - log_total.
    float log_total = 0;
    /// Suffixes that the user dictionaries attach to numbers (`个`, `亿元` from entries such as
    /// `8个`, `20亿元`), UTF-8, longest first.
    std::vector<std::string> number_suffixes;
};

BROADSHEET_NAMESPACE_END
