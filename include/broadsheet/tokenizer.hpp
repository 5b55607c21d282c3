/// @file broadsheet/tokenizer.hpp
/// Word and sentence segmentation of Chinese news text (with Latin, numbers, URLs, ...).
///
/// The tokenizer normalizes its input internally (see broadsheet/text.hpp), segments Han
/// text over an embedded lexicon (derived from jieba's dict.txt, MIT) by the most probable
/// word path, refines numbers, dates, times, names and places, and hands tokens back as
/// byte spans into the caller's ORIGINAL input. The tokens of one call cover every input
/// byte exactly once, in order: bytes that normalization drops (controls, zero-width
/// characters, a BOM) or that are not valid UTF-8 still land in a token.
///
/// Thread-safety: `Dictionary` and `Tokenizer` are immutable after construction; one
/// instance may be used from any number of threads at once. Copies are cheap (shared data).
#ifndef BROADSHEET_TOKENIZER_HPP
#define BROADSHEET_TOKENIZER_HPP

#include <broadsheet/core.hpp>
#include <broadsheet/text.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

BROADSHEET_NAMESPACE_BEGIN

/// What a token is. Stable: new kinds are only ever appended.
enum class TokenKind : std::uint8_t {
    word,         ///< A word of running text (Han, or another script segmented by ICU).
    number,       ///< Digits, decimals, Chinese numerals, with an attached unit (`90%`, `3.14亿`).
    date,         ///< `2025年11月28日`, `12月`, `二〇二五年`, `2025-11-28`.
    time,         ///< `上午9时30分`, `9:30`, `30分`.
    latin,        ///< Latin letters or mixed alphanumerics: `AI`, `5G`, `COVID-19`.
    punctuation,  ///< One punctuation mark, or a run of the same mark (`……`, `——`).
    symbol,       ///< A symbol (`+`, `¥`, `©`).
    url,          ///< `https://example.com/a`, `www.example.com`.
    email,        ///< `name@example.com`.
    hashtag,      ///< `#topic`, `#话题#`.
    mention,      ///< `@name`.
    whitespace,   ///< Spaces, tabs, line breaks, and bytes normalization drops (controls, NUL,
                  ///< zero-width characters, a byte-order mark).
    other,        ///< Anything else: invalid UTF-8, unassigned or private-use characters.
};

/// The writing system of a token's characters.
enum class Script : std::uint8_t {
    common,  ///< Digits, punctuation, symbols, whitespace.
    han,
    latin,
    kana,
    hangul,
    cyrillic,
    greek,
    arabic,
    other,
};

/// Stable lowercase name, e.g. "word", "punctuation".
BROADSHEET_API const char* to_string(TokenKind kind) noexcept;
/// Stable lowercase name, e.g. "han", "latin".
BROADSHEET_API const char* to_string(Script script) noexcept;

/// One token: a span of the caller's original input and what it is.
struct Token {
    /// Byte offsets into the caller's original input.
    Span span;
    TokenKind kind = TokenKind::other;
    Script script = Script::common;
    /// True when the token joins finer pieces (a whole date `2025年11月28日`, a time
    /// `上午9时30分`); `Tokenizer::subtokens()` returns them.
    bool compound = false;

    /// The token's original bytes. Precondition: `input` is what was tokenized.
    std::string_view text(std::string_view input) const noexcept { return span.of(input); }
};

/// Options of a `Tokenizer`. Plain values; the defaults are what the library's pipeline uses.
struct TokenizerOptions {
    /// How the input is normalized for matching (full-width folding etc.). Token spans are
    /// always in the original bytes.
    NormalizeOptions normalize;
    /// Join a number and a following time or magnitude unit into one number/date/time token:
    /// `2000年`, `12月`, `31日`, `9时`, `九时`, `30分`, `90%`, `3.14亿`, `二〇二五年`. 年 joins
    /// years (three or more digits); `10年` (ten years) is a duration, see
    /// `attach_measure_words`. Default on.
    bool attach_units = true;
    /// Also join a number and a following measure word or currency, with an approximation
    /// mark: `8个`, `20多个`, `20万元`, `21世纪`, `3000亩` (the MSR corpus's standard; the PKU
    /// standard keeps them apart). Default off.
    bool attach_measure_words = false;
    /// Join the date and time pieces into one compound token: `2025年11月28日` (date),
    /// `上午9时30分` (time). The pieces stay available through `Tokenizer::subtokens()`.
    /// Default on.
    bool merge_dates_and_times = true;
    /// Join runs of unknown single characters ending in an administrative suffix
    /// (省 市 县 区 镇 乡 村 州 自治州 街道 ...) into one place name, and before an institutional
    /// suffix (公司 集团 委员会 医院 大学 局 ...) into one organisation name. Default on.
    bool merge_places_and_organizations = true;
    /// Join a surname and a one- or two-character given name that the lexicon does not
    /// know into one word (`穆玲英`). Default on.
    bool merge_person_names = true;
    /// Segment letters of scripts the lexicon does not cover (Japanese kana, Hangul, Thai,
    /// ...) with ICU's word BreakIterator; when off, each run of such letters is one word.
    bool use_icu_for_other_scripts = true;
    /// Treat a single line break between two Han characters as a hard wrap of the page's
    /// layout: words are segmented across it (`慰问\n品` is one token, its span includes the
    /// line break; a break between words becomes a whitespace token). For hard-wrapped page
    /// text (see the segmenter's `hard_wrapped`). Default off.
    bool join_wrapped_lines = false;
    /// Sentences: a single line break ends a sentence. Off by default because page text
    /// (pdftotext, OCR) wraps lines inside sentences; a blank line always ends one.
    bool line_break_ends_sentence = false;
    /// At most this many tokens per call. When it is reached, the rest of the input is
    /// delivered as one `other` token (every byte stays covered) and an `error` diagnostic
    /// `limit_reached` says where tokenization stopped. Default: no practical limit.
    std::size_t max_tokens = static_cast<std::size_t>(-1);
    /// Use the embedded lexicon. Off: only the user dictionaries are used (each Han character
    /// that no dictionary covers is a word).
    bool use_builtin_lexicon = true;
    /// Subtracted from the log-frequency score of an embedded-lexicon word for each character
    /// beyond two. jieba's lexicon lists many compounds (`新世纪`, `改革开放`, `检察机关`) that
    /// news segmentation standards split; 0 reproduces jieba's path choice. It applies to every
    /// word scored by a frequency (user-dictionary entries with a frequency included), never to
    /// user-dictionary words listed without one. Default 3.
    float long_word_penalty = 3.0f;
    /// Only words of the user dictionaries (and what the rules above build: numbers, dates,
    /// names) become multi-character words; the embedded lexicon still supplies word
    /// frequencies. Use it when a user dictionary defines a segmentation standard (e.g. a
    /// corpus's training word list). Off by default; without user dictionaries it leaves
    /// every Han character a word.
    bool user_words_only = false;
};

/// An immutable word list with optional frequencies, used as a user dictionary.
///
/// Formats (UTF-8, one entry a line, `#` starts a comment line, blank lines ignored,
/// CR LF accepted): jieba's `word [freq] [tag]` and plain word lists (`word`). Entries are
/// folded like normalized text (full-width ASCII to ASCII). A word with a frequency competes
/// with the base lexicon by that frequency (jieba's scale, where the base lexicon's
/// frequencies sum to about 60 million); a word without one keeps the base frequency (or that
/// of a common word) plus a bonus per character, so it wins over the base segmentation.
/// Entries made of a number and a Han suffix (`8个`, `20亿元`) set the standard for numbers: a
/// suffix listed after at least five different numbers is attached to every number.
///
/// Copies share the compiled data: copy freely, use from any thread.
class BROADSHEET_API Dictionary {
  public:
    /// An empty dictionary.
    Dictionary();

    /// Loads a dictionary file. Errors: `io_error` when it cannot be read, `parse_error`
    /// naming the file and the 1-based line of the first malformed entry.
    static Expected<Dictionary> load_file(const std::string& path);
    /// Compiles dictionary text; `name` is used as the file name in errors.
    static Expected<Dictionary> from_text(std::string_view text, std::string_view name = "<text>");
    /// The embedded base lexicon (jieba 0.42.1 dict.txt, ~349k words). No parsing: it is
    /// a precompiled trie in the library's read-only data.
    static Dictionary builtin();

    /// Number of distinct words.
    std::size_t size() const noexcept;
    /// True when `word` (UTF-8; full-width ASCII folded as in entries) is an entry.
    bool contains(std::string_view word) const noexcept;
    /// The entry's frequency; 0 when the word is absent or has no frequency.
    double frequency(std::string_view word) const noexcept;

    /// Implementation detail.
    struct Data;

  private:
    explicit Dictionary(std::shared_ptr<const Data> data) noexcept;
    std::shared_ptr<const Data> data_;
    friend class Tokenizer;
};

/// Splits text into tokens and sentences.
///
/// Immutable after construction and safe to share across threads. Processing never throws
/// (except `std::bad_alloc`) and accepts any bytes: invalid UTF-8, NUL bytes, very long
/// lines. Time is linear in the input size.
class BROADSHEET_API Tokenizer {
  public:
    /// A tokenizer over the embedded lexicon plus `user_dictionaries`; a later dictionary
    /// overrides an earlier one and all override the base lexicon. Nothing is parsed: the
    /// first construction in a process indexes the embedded trie's root (~0.2 ms), later ones
    /// take about a microsecond.
    explicit Tokenizer(TokenizerOptions options = {},
                       std::vector<Dictionary> user_dictionaries = {});

    const TokenizerOptions& options() const noexcept;

    /// All tokens of `input`, in order, covering every byte exactly once. What normalization
    /// repaired (invalid UTF-8, NUL bytes, ...; offsets into `input`) is appended to
    /// `diagnostics` when given.
    std::vector<Token> tokenize(std::string_view input,
                                std::vector<Diagnostic>* diagnostics = nullptr) const;

    /// Calls `callback(const Token&)` for each token in order without materializing them
    /// all; return `false` from the callback to stop early (or return void to go on).
    /// No heap allocation per token. `diagnostics` as in `tokenize()`.
    template <class Callback>
    void for_each_token(std::string_view input, Callback&& callback,
                        std::vector<Diagnostic>* diagnostics = nullptr) const {
        using F = typename std::remove_reference<Callback>::type;
        for_each_token_impl(input, &invoke_callback<F>, &callback, diagnostics);
    }

    /// The finer pieces of a compound token (a date, a time), as tokens with spans in
    /// `input`; a token that is not compound comes back as itself.
    /// Precondition: `token` came from tokenizing `input`.
    std::vector<Token> subtokens(std::string_view input, const Token& token) const;

    /// Sentence spans of `input` (original bytes), in order, without the whitespace between
    /// them. Terminal punctuation: 。！？!?, and `.` or `…` before whitespace (not after an
    /// abbreviation or an initial); closing quotes and brackets stay with their sentence; no
    /// split inside 《》, 「」, 『』, brackets or a quotation (`“这是对的。”他说。` is one
    /// sentence); a quotation ending in terminal punctuation ends the sentence when a line
    /// break or another quotation follows. A blank line always ends a sentence.
    std::vector<Span> sentences(std::string_view input) const;

    /// The normalized form of a token (full-width folded etc., per `options().normalize`).
    std::string normalized(std::string_view input, const Token& token) const;

    /// Implementation detail.
    struct Impl;

  private:
    using RawCallback = bool (*)(void* context, const Token& token);
    template <class F>
    static bool invoke_callback(void* context, const Token& token) {
        return call_and_continue(*static_cast<F*>(context), token);
    }
    template <class F>
    static auto call_and_continue(F& f, const Token& token)
        -> decltype(static_cast<bool>(f(token))) {
        return static_cast<bool>(f(token));
    }
    template <class F, class... Ignored>
    static bool call_and_continue(F& f, const Token& token, Ignored...) {
        f(token);
        return true;
    }
    void for_each_token_impl(std::string_view input, RawCallback callback, void* context,
                             std::vector<Diagnostic>* diagnostics) const;

    std::shared_ptr<const Impl> impl_;
};

BROADSHEET_NAMESPACE_END

#endif  // BROADSHEET_TOKENIZER_HPP
