/// @file broadsheet/text.hpp
/// The first stage of every broadsheet pipeline: caller bytes become a normalized UTF-8
/// view for matching, with a map that takes every normalized offset back to the caller's
/// original bytes. The caller's bytes are never changed.
///
/// Unicode contract: the input may be any bytes. The normalized text is always well-formed
/// UTF-8. Ill-formed sequences are replaced by U+FFFD, one per maximal ill-formed subpart
/// (the W3C/WHATWG practice), each reported as a diagnostic with its byte offset.
#ifndef BROADSHEET_TEXT_HPP
#define BROADSHEET_TEXT_HPP

#include <broadsheet/core.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

BROADSHEET_NAMESPACE_BEGIN

/// The character encodings broadsheet reads. Everything is turned into UTF-8 inside;
/// spans always refer to the caller's original bytes.
enum class Encoding : std::uint8_t {
    utf8,
    utf16le,
    utf16be,
    gb18030,  ///< GB18030, which includes GBK and GB2312 as subsets
    big5,
    unknown,
};
/// "utf-8", "utf-16le", "utf-16be", "gb18030", "big5", "unknown".
BROADSHEET_API const char* to_string(Encoding encoding) noexcept;
/// Parses the names `to_string` gives (case-insensitive; also "utf8", "gbk", "gb2312").
/// Returns `Encoding::unknown` for anything else.
BROADSHEET_API Encoding encoding_from_name(std::string_view name) noexcept;

/// What `detect_encoding()` concluded.
struct EncodingGuess {
    Encoding encoding = Encoding::unknown;
    /// 0-100. 100 for a byte-order mark or well-formed UTF-8; ICU's charset-detector
    /// confidence otherwise.
    int confidence = 0;
    /// The detector's own name for what it saw, e.g. "GB18030", "Big5", "ISO-8859-1".
    std::string name;
};

/// Guesses the encoding of `bytes`: a byte-order mark decides; well-formed UTF-8 is UTF-8;
/// otherwise ICU's charset detector (ucsdet) chooses among what it knows and the result is
/// mapped to `Encoding` (`unknown` when it is none of ours). Short inputs give weak guesses.
/// Thread-safe; no shared state.
BROADSHEET_API EncodingGuess detect_encoding(std::string_view bytes);

/// Which foldings `normalize()` applies. Every default is what the segmenter and the
/// tokenizer expect; switch one off only to see the raw text.
struct NormalizeOptions {
    /// Fold full-width ASCII (U+FF01..U+FF5E, e.g. `１２Ａ，`) to ASCII (`12A,`).
    bool fold_fullwidth_ascii = true;
    /// Fold the ideographic space U+3000 and other Unicode spaces (Zs) to U+0020.
    bool fold_spaces = true;
    /// Drop zero-width and format characters (U+200B..U+200F, U+2060, U+FEFF, soft hyphen)
    /// and C0/C1 controls other than tab and line feed, NUL included.
    bool drop_invisible = true;
    /// Turn CRLF, CR, U+2028, U+2029, U+0085, VT and FF into a single LF.
    bool unify_line_endings = true;
    /// Apply full NFKC (compatibility composition, via utf8proc) to every character.
    /// Off by default: it also folds characters such as `①` or `㎡` that news text uses
    /// deliberately; the foldings above are the ones matching needs.
    bool nfkc = false;
    /// Skip a leading UTF-8 byte-order mark.
    bool skip_bom = true;
    /// How to read the input bytes.
    /// - `utf8` (default): the input is UTF-8. Ill-formed sequences are repaired; when there
    ///   are many and the bytes look like another encoding, an `encoding_suspect` warning
    ///   names it (callers that must not guess can treat that diagnostic as an error).
    /// - `unknown`: detect with `detect_encoding()` and transcode GB18030, Big5 or UTF-16
    ///   (an `info` `transcoded` diagnostic says from what).
    /// - any other value: transcode from that encoding.
    /// Transcoding uses ICU's converters; each decoded character maps back to its bytes.
    Encoding encoding = Encoding::utf8;
    /// Inputs longer than this are cut here (at a character boundary) and an
    /// `input_too_large` error diagnostic is reported; the text before it is processed.
    std::size_t max_input_bytes = std::size_t{256} << 20;
};

/// Whether two option sets normalize any input to the same text and map.
inline bool operator==(const NormalizeOptions& a, const NormalizeOptions& b) noexcept {
    // Every field of NormalizeOptions, in declaration order: keep in step with the struct.
    return a.fold_fullwidth_ascii == b.fold_fullwidth_ascii && a.fold_spaces == b.fold_spaces &&
           a.drop_invisible == b.drop_invisible && a.unify_line_endings == b.unify_line_endings &&
           a.nfkc == b.nfkc && a.skip_bom == b.skip_bom && a.encoding == b.encoding &&
           a.max_input_bytes == b.max_input_bytes;
}
inline bool operator!=(const NormalizeOptions& a, const NormalizeOptions& b) noexcept {
    return !(a == b);
}

/// A normalized view of some input plus the map back to the input's bytes.
///
/// Immutable after construction; safe to read from any number of threads. It does not
/// refer to the input it was made from: it can outlive it.
class BROADSHEET_API NormalizedText {
  public:
    NormalizedText() = default;

    /// The normalized text: well-formed UTF-8, LF line endings (with default options).
    const std::string& text() const noexcept { return text_; }
    /// Size in bytes of the original input this view was made from.
    std::size_t original_size() const noexcept { return original_size_; }

    /// Original offset where the character starting at normalized offset `n` begins.
    /// Characters dropped just before `n` are skipped, so a span starting at `n` does not
    /// absorb them. `n` must be a character boundary in `text()` or `text().size()`.
    std::size_t to_original_begin(std::size_t n) const noexcept;
    /// Original offset where the character ending at normalized offset `n` ends.
    /// Characters dropped just after that character are not included.
    std::size_t to_original_end(std::size_t n) const noexcept;
    /// A normalized span mapped back to the original input.
    Span to_original(Span normalized) const noexcept {
        if (normalized.empty()) {
            const std::size_t at = to_original_begin(normalized.begin);
            return Span{at, at};
        }
        return Span{to_original_begin(normalized.begin), to_original_end(normalized.end)};
    }
    /// Normalized offset of the original offset `o` (`0 <= o <= original_size()`): the
    /// inverse of `to_original_begin` at character boundaries. Returns `npos` when `o` falls
    /// strictly inside a repaired, folded or transcoded sequence, where no normalized
    /// boundary stands for it.
    std::size_t to_normalized(std::size_t o) const noexcept;
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    /// The encoding the input was read as.
    Encoding source_encoding() const noexcept { return source_encoding_; }
    /// True when normalization changed nothing: offsets are the same in both.
    bool is_identity() const noexcept { return edits_.empty() && text_.size() == original_size_; }

    /// What normalization repaired or could not do, offsets into the original input.
    const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

    /// One place where the normalized text differs from the original: `normalized_size`
    /// bytes at `normalized_offset` stand for `original_size` bytes at `original_offset`
    /// (0 normalized bytes: something dropped). Sorted by both offsets.
    struct Edit {
        std::size_t normalized_offset;
        std::size_t original_offset;
        std::uint32_t normalized_size;
        std::uint32_t original_size;
    };
    const std::vector<Edit>& edits() const noexcept { return edits_; }

  private:
    friend class TextBuilder;
    friend class TextComposer;
    std::string text_;
    std::size_t original_size_ = 0;
    Encoding source_encoding_ = Encoding::utf8;
    std::vector<Edit> edits_;
    std::vector<Diagnostic> diagnostics_;
};

/// Normalizes `input` for matching. Never throws (except `std::bad_alloc`), never fails:
/// any bytes are accepted, and what was repaired is reported in the diagnostics.
/// Linear in the input size. Thread-safe: no shared state.
BROADSHEET_API NormalizedText normalize(std::string_view input,
                                        const NormalizeOptions& options = {});

/// Decodes one UTF-8 character at `text[i]`. Returns its code point and sets `length`
/// (1 to 4) when well-formed; otherwise returns U+FFFD and sets `length` to the size of the
/// maximal ill-formed subpart (at least 1). Precondition: `i < text.size()`.
BROADSHEET_API char32_t decode_utf8(std::string_view text, std::size_t i,
                                    std::size_t& length) noexcept;

/// Appends the UTF-8 encoding of `code_point` (must be a Unicode scalar value) to `out`.
BROADSHEET_API void append_utf8(std::string& out, char32_t code_point);

BROADSHEET_NAMESPACE_END

#endif  // BROADSHEET_TEXT_HPP
