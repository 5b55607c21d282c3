#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <utf8proc.h>

#include <algorithm>
#include <broadsheet/text.hpp>
#include <cctype>
#include <cstdlib>
#include <memory>

#include "unicode.hpp"

BROADSHEET_NAMESPACE_BEGIN

namespace {

// A page of binary garbage would otherwise yield one diagnostic per byte; adjacent
// diagnostics of one code are merged and the total is capped.
constexpr std::size_t kMaxDiagnostics = 1000;

bool is_continuation(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

bool is_unicode_space(char32_t cp) {
    return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

// Zero-width and format characters that carry nothing for matching. The BOM is handled
// apart at the start of input; inside the text U+FEFF is a zero-width no-break space.
bool is_invisible(char32_t cp) {
    return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || (cp >= 0x80 && cp <= 0x9F);
}

bool is_line_separator(char32_t cp) {
    return cp == 0x0085 || cp == 0x2028 || cp == 0x2029;
}

}  // namespace

char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t& length) noexcept {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = at(i);
    const std::size_t n = text.size();
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    // Well-formed byte sequences, Unicode Table 3-7. On failure the maximal subpart is the
    // longest prefix that could still have started a well-formed sequence.
    std::size_t need;
    char32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        length = 1;
        return 0xFFFD;
    }
    std::size_t k = 1;
    for (; k <= need; ++k) {
        if (i + k >= n) break;
        const unsigned char b = at(i + k);
        if (k == 1 ? (b < lo || b > hi) : !is_continuation(b)) break;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (k <= need) {
        length = k;
        return 0xFFFD;
    }
    length = need + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Builds a NormalizedText: copies runs that stay as they are and records an edit for
/// every character replaced or dropped.
class TextBuilder {
  public:
    TextBuilder(NormalizedText& out, std::string_view input) : out_(out), input_(input) {
        out_.original_size_ = input.size();
        out_.text_.reserve(input.size());
    }

    void copy(std::size_t begin, std::size_t end) {
        out_.text_.append(input_.data() + begin, end - begin);
    }

    void replace(std::size_t begin, std::size_t end, std::string_view replacement) {
        if (replacement == input_.substr(begin, end - begin)) {
            copy(begin, end);
            return;
        }
        out_.edits_.push_back(NormalizedText::Edit{out_.text_.size(), begin,
                                                   static_cast<std::uint32_t>(replacement.size()),
                                                   static_cast<std::uint32_t>(end - begin)});
        out_.text_.append(replacement);
    }

    void drop(std::size_t begin, std::size_t end) { replace(begin, end, {}); }

    void report(DiagnosticCode code, Severity severity, std::size_t begin, std::size_t end,
                const char* what) {
        auto& diagnostics = out_.diagnostics_;
        if (!diagnostics.empty()) {
            Diagnostic& last = diagnostics.back();
            if (last.code == code && last.span.end == begin) {
                last.span.end = end;
                last.message = fmt::format("{} at bytes [{}, {})", what, last.span.begin, end);
                return;
            }
        }
        if (diagnostics.size() == kMaxDiagnostics) {
            diagnostics.push_back(Diagnostic{
                DiagnosticCode::limit_reached, Severity::info, Span{begin, input_.size()},
                fmt::format("more than {} diagnostics; further ones from byte {} are not reported",
                            kMaxDiagnostics, begin)});
        }
        if (diagnostics.size() > kMaxDiagnostics) return;
        diagnostics.push_back(Diagnostic{code, severity, Span{begin, end},
                                         fmt::format("{} at bytes [{}, {})", what, begin, end)});
    }

  private:
    NormalizedText& out_;
    std::string_view input_;
};

namespace {

// True when NFKC leaves `cp` unchanged whatever starter follows it: no decomposition, no
// part in any composition, a starter itself, and no Hangul (composed by rule, not by table).
bool nfkc_stable_alone(char32_t cp) {
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) ||
        (cp >= 0xAC00 && cp <= 0xD7FF) || cp > 0x10FFFF)
        return false;
    const utf8proc_property_t* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    return property->combining_class == 0 && property->decomp_seqindex == UINT16_MAX &&
           property->comb_index == UINT16_MAX;
}

// True when no option of `options` changes the well-formed character `cp` (whatever
// character follows it: under NFKC it neither decomposes nor composes).
bool unchanged_by(char32_t cp, const NormalizeOptions& options) {
    if (cp == 0xFFFD) return false;  // ill-formed input decodes to it: the slow path decides
    if (options.fold_fullwidth_ascii && cp >= 0xFF01 && cp <= 0xFF5E) return false;
    if (options.fold_spaces && is_unicode_space(cp)) return false;
    if (options.unify_line_endings && is_line_separator(cp)) return false;
    if (options.drop_invisible && is_invisible(cp)) return false;
    return !options.nfkc || nfkc_stable_alone(cp);
}

// Applies NFKC to one base character with the combining marks that follow it.
std::string nfkc_cluster(std::string_view cluster) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    const utf8proc_ssize_t size =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(cluster.data()),
                     static_cast<utf8proc_ssize_t>(cluster.size()), &mapped, options);
    std::string result;
    if (size >= 0 && mapped != nullptr) {
        result.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(size));
    } else {
        result.assign(cluster);
    }
    std::free(mapped);
    return result;
}

}  // namespace

namespace {

void normalize_utf8(std::string_view input, const NormalizeOptions& options,
                    NormalizedText& result);

}  // namespace

/// Reaches NormalizedText's internals for the transcoding path.
class TextComposer {
  public:
    static std::string& text(NormalizedText& t) { return t.text_; }
    static std::size_t& original_size(NormalizedText& t) { return t.original_size_; }
    static Encoding& source_encoding(NormalizedText& t) { return t.source_encoding_; }
    static std::vector<NormalizedText::Edit>& edits(NormalizedText& t) { return t.edits_; }
    static std::vector<Diagnostic>& diagnostics(NormalizedText& t) { return t.diagnostics_; }
};

namespace {

// ------------------------------------------------------------------------------------
// Encodings

const char* icu_converter_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::utf16le:
            return "UTF-16LE";
        case Encoding::utf16be:
            return "UTF-16BE";
        case Encoding::gb18030:
            return "GB18030";
        case Encoding::big5:
            return "Big5";
        default:
            return "UTF-8";
    }
}

bool is_well_formed_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        if (decode_utf8(bytes, i, length) == 0xFFFD && bytes.compare(i, 3, "\xEF\xBF\xBD") != 0)
            return false;
        i += length;
    }
    return true;
}

// ICU's detector reads at most this much; more costs time and changes nothing.
constexpr std::size_t kDetectionSample = 64 * 1024;

// One decoded character: where its UTF-8 starts in the decoded text, and the original
// bytes it came from.
struct DecodedChar {
    std::size_t decoded;
    std::size_t original_begin;
    std::size_t original_end;
};

// Transcodes `input` from `encoding` to UTF-8 with ICU, recording where each character
// came from. Ill-formed input becomes U+FFFD with a diagnostic.
void transcode(std::string_view input, Encoding encoding, std::string& decoded,
               std::vector<DecodedChar>& chars, TextBuilder& report);

}  // namespace

const char* to_string(Encoding encoding) noexcept {
    switch (encoding) {
        case Encoding::utf8:
            return "utf-8";
        case Encoding::utf16le:
            return "utf-16le";
        case Encoding::utf16be:
            return "utf-16be";
        case Encoding::gb18030:
            return "gb18030";
        case Encoding::big5:
            return "big5";
        case Encoding::unknown:
            return "unknown";
    }
    return "unknown";
}

Encoding encoding_from_name(std::string_view name) noexcept {
    std::string lower;
    for (char c : name) {
        if (c != '-' && c != '_')
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (lower == "utf8") return Encoding::utf8;
    if (lower == "utf16le") return Encoding::utf16le;
    if (lower == "utf16be") return Encoding::utf16be;
    if (lower == "gb18030" || lower == "gbk" || lower == "gb2312" || lower == "cp936")
        return Encoding::gb18030;
    if (lower == "big5" || lower == "cp950") return Encoding::big5;
    return Encoding::unknown;
}

EncodingGuess detect_encoding(std::string_view bytes) {
    EncodingGuess guess;
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        return EncodingGuess{Encoding::utf8, 100, "UTF-8"};
    }
    if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFF\xFE") == 0) {
        return EncodingGuess{Encoding::utf16le, 100, "UTF-16LE"};
    }
    if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFE\xFF") == 0) {
        return EncodingGuess{Encoding::utf16be, 100, "UTF-16BE"};
    }
    const std::string_view sample = bytes.substr(0, kDetectionSample);
    // Cut the sample at a UTF-8 boundary so a long valid text is not judged by a
    // character the cut split.
    std::string_view whole_chars = sample;
    if (sample.size() < bytes.size()) {
        std::size_t cut = sample.size();
        while (cut > 0 && sample.size() - cut < 4 &&
               is_continuation(static_cast<unsigned char>(sample[cut])))
            --cut;
        whole_chars = sample.substr(0, cut);
    }
    if (is_well_formed_utf8(whole_chars)) return EncodingGuess{Encoding::utf8, 100, "UTF-8"};

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_FAILURE(status)) return guess;
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr) return guess;
    const char* name = ucsdet_getName(match, &status);
    guess.confidence = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status) || name == nullptr) return EncodingGuess{};
    guess.name = name;
    guess.encoding = encoding_from_name(guess.name);
    if (guess.encoding == Encoding::utf8) guess.encoding = Encoding::unknown;  // not well formed
    return guess;
}

NormalizedText normalize(std::string_view input, const NormalizeOptions& options) {
    NormalizedText result;
    Encoding encoding = options.encoding;
    EncodingGuess guess;
    if (encoding == Encoding::unknown) {
        guess = detect_encoding(input);
        encoding = guess.encoding == Encoding::unknown ? Encoding::utf8 : guess.encoding;
    }
    if (encoding == Encoding::utf8) {
        normalize_utf8(input, options, result);
        if (options.encoding == Encoding::utf8) {
            // Many repairs suggest the caller has the encoding wrong: say which it may be.
            std::size_t invalid = 0;
            for (const auto& d : result.diagnostics())
                if (d.code == DiagnosticCode::invalid_utf8) invalid += d.span.size();
            if (invalid >= 8 && invalid * 50 >= std::min(input.size(), kDetectionSample)) {
                guess = detect_encoding(input);
                if (guess.encoding != Encoding::unknown && guess.encoding != Encoding::utf8) {
                    TextComposer::diagnostics(result).push_back(Diagnostic{
                        DiagnosticCode::encoding_suspect, Severity::warning, Span{0, input.size()},
                        fmt::format("input is not valid UTF-8 and looks like {} (ICU confidence "
                                    "{}); set NormalizeOptions::encoding to read it as such",
                                    to_string(guess.encoding), guess.confidence)});
                }
            }
        }
        return result;
    }

    // Legacy encodings: decode to UTF-8, normalize that, then compose the two maps.
    std::size_t limit = std::min(input.size(), options.max_input_bytes);
    std::string decoded;
    std::vector<DecodedChar> chars;
    NormalizedText decode_report;
    TextBuilder report(decode_report, input);
    transcode(input.substr(0, limit), encoding, decoded, chars, report);
    const std::size_t consumed = chars.empty() ? 0 : chars.back().original_end;

    NormalizeOptions inner_options = options;
    inner_options.max_input_bytes = static_cast<std::size_t>(-1);
    NormalizedText inner;
    normalize_utf8(decoded, inner_options, inner);

    // decoded offset (a character boundary) -> original offset
    const auto original_begin = [&](std::size_t d) {
        auto it =
            std::lower_bound(chars.begin(), chars.end(), d,
                             [](const DecodedChar& c, std::size_t v) { return c.decoded < v; });
        return it == chars.end() ? consumed : it->original_begin;
    };
    const auto original_end = [&](std::size_t d) {
        auto it =
            std::lower_bound(chars.begin(), chars.end(), d,
                             [](const DecodedChar& c, std::size_t v) { return c.decoded < v; });
        return it == chars.begin() ? std::size_t{0} : (it - 1)->original_end;
    };

    std::string& text = TextComposer::text(result);
    text = inner.text();
    TextComposer::original_size(result) = input.size();
    TextComposer::source_encoding(result) = encoding;
    auto& edits = TextComposer::edits(result);
    const auto add_unit = [&](std::size_t n0, std::size_t n1, std::size_t o0, std::size_t o1) {
        if (n1 - n0 == o1 - o0 && text.compare(n0, n1 - n0, input.substr(o0, o1 - o0)) == 0) return;
        edits.push_back(NormalizedText::Edit{n0, o0, static_cast<std::uint32_t>(n1 - n0),
                                             static_cast<std::uint32_t>(o1 - o0)});
    };
    // Walk the decoded text: inner edits are units of their own; between them, every
    // decoded character maps to itself in the normalized text and to its original bytes.
    std::size_t d = 0, n = 0, k = 0;
    const auto identity_until = [&](std::size_t d_end) {
        while (k < chars.size() && chars[k].decoded < d) ++k;
        while (d < d_end && k < chars.size()) {
            const std::size_t next = k + 1 < chars.size() ? chars[k + 1].decoded : decoded.size();
            add_unit(n, n + (next - d), chars[k].original_begin, chars[k].original_end);
            n += next - d;
            d = next;
            ++k;
        }
    };
    for (const auto& e : inner.edits()) {
        identity_until(e.original_offset);
        const std::size_t o0 = original_begin(e.original_offset);
        const std::size_t o1 =
            e.original_size == 0 ? o0 : original_end(e.original_offset + e.original_size);
        add_unit(e.normalized_offset, e.normalized_offset + e.normalized_size, o0,
                 std::max(o0, o1));
        d = e.original_offset + e.original_size;
        n = e.normalized_offset + e.normalized_size;
    }
    identity_until(decoded.size());

    auto& diagnostics = TextComposer::diagnostics(result);
    diagnostics = decode_report.diagnostics();
    diagnostics.insert(diagnostics.begin(),
                       Diagnostic{DiagnosticCode::transcoded, Severity::info, Span{0, consumed},
                                  guess.confidence > 0
                                      ? fmt::format("decoded from {} (detected, ICU confidence {})",
                                                    to_string(encoding), guess.confidence)
                                      : fmt::format("decoded from {}", to_string(encoding))});
    for (auto d2 : inner.diagnostics()) {
        d2.span = Span{original_begin(d2.span.begin),
                       std::max(original_begin(d2.span.begin), original_end(d2.span.end))};
        diagnostics.push_back(std::move(d2));
    }
    if (consumed < input.size()) {
        diagnostics.push_back(Diagnostic{
            DiagnosticCode::input_too_large, Severity::error, Span{consumed, input.size()},
            "input longer than NormalizeOptions::max_input_bytes; the rest was not processed"});
    }
    return result;
}

namespace {

void transcode(std::string_view input, Encoding encoding, std::string& decoded,
               std::vector<DecodedChar>& chars, TextBuilder& report) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
        ucnv_open(icu_converter_name(encoding), &status), &ucnv_close);
    if (U_FAILURE(status)) return;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    decoded.reserve(input.size() * 3 / 2);
    chars.reserve(input.size() / 2);
    const char* const base = input.data();
    const char* source = base;
    const char* const limit = base + input.size();
    while (source < limit) {
        const char* before = source;
        status = U_ZERO_ERROR;
        const UChar32 c = ucnv_getNextUChar(converter.get(), &source, limit, &status);
        if (source <= before) source = before + 1;  // always make progress
        const auto begin = static_cast<std::size_t>(before - base);
        const auto end = static_cast<std::size_t>(source - base);
        chars.push_back(DecodedChar{decoded.size(), begin, end});
        if (U_FAILURE(status) || c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            ucnv_resetToUnicode(converter.get());
            append_utf8(decoded, 0xFFFD);
            report.report(DiagnosticCode::invalid_utf8, Severity::warning, begin, end,
                          "byte sequence invalid in the input encoding replaced by U+FFFD");
            continue;
        }
        append_utf8(decoded, static_cast<char32_t>(c));
    }
}

void normalize_utf8(std::string_view input, const NormalizeOptions& options,
                    NormalizedText& result) {
    std::size_t limit = input.size();
    bool truncated = false;
    if (limit > options.max_input_bytes) {
        limit = options.max_input_bytes;
        // Never cut inside a character.
        while (limit > 0 && is_continuation(static_cast<unsigned char>(input[limit]))) --limit;
        truncated = true;
    }
    const std::string_view text = input.substr(0, limit);
    TextBuilder out(result, input);

    std::size_t i = 0;
    if (options.skip_bom && text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
        out.drop(0, 3);
        out.report(DiagnosticCode::byte_order_mark, Severity::info, 0, 3,
                   "UTF-8 byte-order mark skipped");
        i = 3;
    }
    char encoded[8];
    while (i < text.size()) {
        // Fast path: a run of printable ASCII, tab, LF and characters no option changes
        // (most of a Chinese page) stays as it is, copied at once.
        std::size_t run = i;
        bool last_ascii = false;
        while (run < text.size()) {
            const auto b = static_cast<unsigned char>(text[run]);
            if ((b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t') {
                ++run;
                last_ascii = true;
                continue;
            }
            if (b < 0x80) break;
            std::size_t plain_length = 0;
            if (!unchanged_by(detail::decode_utf8_fast(text, run, plain_length), options)) break;
            run += plain_length;
            last_ascii = false;
        }
        // With NFKC on, an ASCII letter followed by a combining mark must reach the
        // cluster path below, so the run stops one character short.
        if (options.nfkc && last_ascii && run > i && run < text.size() &&
            static_cast<unsigned char>(text[run]) >= 0x80) {
            --run;
        }
        if (run > i) {
            out.copy(i, run);
            i = run;
            continue;
        }
        const auto b = static_cast<unsigned char>(text[i]);
        const bool printable_ascii = b >= 0x20 && b < 0x7F;
        if (b < 0x80 && !printable_ascii) {
            if (b == '\r' && options.unify_line_endings) {
                const std::size_t end =
                    (i + 1 < text.size() && text[i + 1] == '\n') ? i + 2 : i + 1;
                out.replace(i, end, "\n");
                out.report(DiagnosticCode::line_endings, Severity::info, i, end,
                           "line ending unified to LF");
                i = end;
            } else if ((b == 0x0B || b == 0x0C) && options.unify_line_endings) {
                out.replace(i, i + 1, "\n");
                i += 1;
            } else if (options.drop_invisible && b != '\r') {
                out.drop(i, i + 1);
                if (b == 0) {
                    out.report(DiagnosticCode::nul_byte, Severity::warning, i, i + 1,
                               "NUL byte dropped");
                } else {
                    out.report(DiagnosticCode::control_character, Severity::info, i, i + 1,
                               "control character dropped");
                }
                i += 1;
            } else {
                out.copy(i, i + 1);
                i += 1;
            }
            continue;
        }
        std::size_t length = 0;
        char32_t cp = detail::decode_utf8_fast(text, i, length);
        if (cp == 0xFFFD && !(length == 3 && text.substr(i, 3) == "\xEF\xBF\xBD")) {
            out.replace(i, i + length, "\xEF\xBF\xBD");
            out.report(DiagnosticCode::invalid_utf8, Severity::warning, i, i + length,
                       "ill-formed UTF-8 replaced by U+FFFD");
            i += length;
            continue;
        }
        const std::size_t end = i + length;
        if (options.fold_fullwidth_ascii && cp >= 0xFF01 && cp <= 0xFF5E) {
            encoded[0] = static_cast<char>(cp - 0xFEE0);
            out.replace(i, end, std::string_view(encoded, 1));
        } else if (options.fold_spaces && is_unicode_space(cp)) {
            out.replace(i, end, " ");
        } else if (options.unify_line_endings && is_line_separator(cp)) {
            out.replace(i, end, "\n");
        } else if (options.drop_invisible && is_invisible(cp)) {
            out.drop(i, end);
            out.report(DiagnosticCode::control_character, Severity::info, i, end,
                       "invisible or format character dropped");
        } else if (options.nfkc) {
            // Gather the combining marks that follow, so NFKC sees the whole cluster.
            std::size_t cluster_end = end;
            while (cluster_end < text.size()) {
                std::size_t next_length = 0;
                const char32_t next = detail::decode_utf8_fast(text, cluster_end, next_length);
                const utf8proc_property_t* property =
                    utf8proc_get_property(static_cast<utf8proc_int32_t>(next));
                if (next == 0xFFFD || property->combining_class == 0) break;
                cluster_end += next_length;
            }
            const std::string_view cluster = text.substr(i, cluster_end - i);
            out.replace(i, cluster_end, nfkc_cluster(cluster));
            i = cluster_end;
            continue;
        } else {
            out.copy(i, end);
        }
        i = end;
    }
    if (truncated) {
        out.report(DiagnosticCode::input_too_large, Severity::error, limit, input.size(),
                   "input longer than NormalizeOptions::max_input_bytes; the rest was not "
                   "processed");
    }
}

}  // namespace

std::size_t NormalizedText::to_original_begin(std::size_t n) const noexcept {
    // The last edit starting at or before n decides; drops at n lie before the character.
    auto it = std::upper_bound(
        edits_.begin(), edits_.end(), n,
        [](std::size_t value, const Edit& e) { return value < e.normalized_offset; });
    if (it == edits_.begin()) return n;
    const Edit& e = *(it - 1);
    if (n >= e.normalized_offset + e.normalized_size) {
        return e.original_offset + e.original_size + (n - e.normalized_offset - e.normalized_size);
    }
    return n == e.normalized_offset ? e.original_offset : e.original_offset + e.original_size;
}

std::size_t NormalizedText::to_original_end(std::size_t n) const noexcept {
    // The last edit starting strictly before n decides; drops at n lie after the character.
    auto it = std::lower_bound(
        edits_.begin(), edits_.end(), n,
        [](const Edit& e, std::size_t value) { return e.normalized_offset < value; });
    if (it == edits_.begin()) return n;
    const Edit& e = *(it - 1);
    if (n >= e.normalized_offset + e.normalized_size) {
        return e.original_offset + e.original_size + (n - e.normalized_offset - e.normalized_size);
    }
    return e.original_offset + e.original_size;
}

std::size_t NormalizedText::to_normalized(std::size_t o) const noexcept {
    // The last edit starting at or before o decides.
    auto it = std::upper_bound(
        edits_.begin(), edits_.end(), o,
        [](std::size_t value, const Edit& e) { return value < e.original_offset; });
    if (it == edits_.begin()) return o;
    const Edit& e = *(it - 1);
    const std::size_t edit_end = e.original_offset + e.original_size;
    if (o >= edit_end) return e.normalized_offset + e.normalized_size + (o - edit_end);
    if (o == e.original_offset) return e.normalized_offset;
    return npos;
}

BROADSHEET_NAMESPACE_END
