// Internal: what a broadsheet::Dictionary holds.
#pragma once

#include <broadsheet/tokenizer.hpp>
#include <cstdint>
#include <vector>

#include "tokenizer/trie.hpp"

BROADSHEET_NAMESPACE_BEGIN

struct Dictionary::Data {
    /// Owned trie words (empty for the embedded lexicon, which is used in place).
    std::vector<std::uint32_t> storage;
    detail::tok::TrieView trie;
    /// The trie root's children by code point (see TrieView::root_child).
    std::vector<std::uint32_t> root_index;

    /// Attaches `trie` to `words` and indexes its root.
    void attach(const std::uint32_t* words, std::size_t count) {
        if (!trie.attach(words, count)) return;
        root_index = detail::tok::build_root_index(trie);
        trie.set_root_index(root_index.data());
    }
};

BROADSHEET_NAMESPACE_END
