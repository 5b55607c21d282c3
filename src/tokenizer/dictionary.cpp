#include <broadsheet/tokenizer.hpp>
#include <cmath>
#include <fstream>
#include <iterator>

#include "tokenizer/dictionary_data.hpp"

namespace broadsheet {
namespace detail {
extern const unsigned char tokenizer_lexicon[];
extern const std::size_t tokenizer_lexicon_size;
}  // namespace detail
}  // namespace broadsheet

BROADSHEET_NAMESPACE_BEGIN

Dictionary::Dictionary() : data_(std::make_shared<Data>()) {}
Dictionary::Dictionary(std::shared_ptr<const Data> data) noexcept : data_(std::move(data)) {}

Expected<Dictionary> Dictionary::from_text(std::string_view text, std::string_view name) {
    std::vector<detail::tok::TrieEntry> entries;
    double total = 0;
    detail::tok::DictionaryParseFailure failure;
    if (!detail::tok::parse_dictionary_text(text, entries, total, failure)) {
        Error error;
        error.code = ErrorCode::parse_error;
        error.message = failure.message;
        error.file = std::string(name);
        error.line = failure.line;
        return error;
    }
    auto data = std::make_shared<Data>();
    if (!entries.empty()) {
        data->storage = detail::tok::compile_trie(
            std::move(entries), static_cast<float>(std::log(std::max(total, 1.0))));
        data->attach(data->storage.data(), data->storage.size());
    }
    return Dictionary(std::move(data));
}

Expected<Dictionary> Dictionary::load_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text;
    if (in) text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in.is_open() || in.bad()) {
        Error error;
        error.code = ErrorCode::io_error;
        error.message = "cannot read the dictionary file";
        error.file = path;
        return error;
    }
    return from_text(text, path);
}

Dictionary Dictionary::builtin() {
    static const std::shared_ptr<const Data> data = [] {
        auto d = std::make_shared<Data>();
        // The embedded array is 16-byte aligned (broadsheet_embed) and holds u32 words.
        d->attach(reinterpret_cast<const std::uint32_t*>(detail::tokenizer_lexicon),
                  detail::tokenizer_lexicon_size / sizeof(std::uint32_t));
        return d;
    }();
    return Dictionary(data);
}

std::size_t Dictionary::size() const noexcept {
    return data_->trie.word_count();
}

bool Dictionary::contains(std::string_view word) const noexcept {
    const std::uint32_t node = data_->trie.find(word);
    return node != 0 && data_->trie.weight(node) != detail::tok::kNotAWord;
}

double Dictionary::frequency(std::string_view word) const noexcept {
    const std::uint32_t node = data_->trie.find(word);
    if (node == 0) return 0;
    const float w = data_->trie.weight(node);
    return w >= 0 ? std::exp(static_cast<double>(w)) : 0.0;
}

BROADSHEET_NAMESPACE_END
