#include <broadsheet/text.hpp>

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

BROADSHEET_NAMESPACE_BEGIN

namespace {

// A page of binary garbage would otherwise yield one diagnostic per byte; adjacent
// diagnostics of one code are merged and the total is capped.
constexpr std::size_t kMaxDiagnostics = 1000;

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

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

bool is_line_separator(char32_t cp) { return cp == 0x0085 || cp == 0x2028 || cp == 0x2029; }

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

NormalizedText normalize(std::string_view input, const NormalizeOptions& options) {
    NormalizedText result;
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
        // Fast path: a run of printable ASCII, tab and LF stays as it is.
        std::size_t run = i;
        while (run < text.size()) {
            const auto b = static_cast<unsigned char>(text[run]);
            if ((b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t') {
                ++run;
            } else {
                break;
            }
        }
        // With NFKC on, an ASCII letter followed by a combining mark must reach the
        // cluster path below, so the run stops one character short.
        if (options.nfkc && run > i && run < text.size() &&
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
                const std::size_t end = (i + 1 < text.size() && text[i + 1] == '\n') ? i + 2 : i + 1;
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
        char32_t cp = decode_utf8(text, i, length);
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
                const char32_t next = decode_utf8(text, cluster_end, next_length);
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
    return result;
}

std::size_t NormalizedText::to_original_begin(std::size_t n) const noexcept {
    // The last edit starting at or before n decides; drops at n lie before the character.
    auto it = std::upper_bound(edits_.begin(), edits_.end(), n, [](std::size_t value, const Edit& e) {
        return value < e.normalized_offset;
    });
    if (it == edits_.begin()) return n;
    const Edit& e = *(it - 1);
    if (n >= e.normalized_offset + e.normalized_size) {
        return e.original_offset + e.original_size + (n - e.normalized_offset - e.normalized_size);
    }
    return n == e.normalized_offset ? e.original_offset : e.original_offset + e.original_size;
}

std::size_t NormalizedText::to_original_end(std::size_t n) const noexcept {
    // The last edit starting strictly before n decides; drops at n lie after the character.
    auto it = std::lower_bound(edits_.begin(), edits_.end(), n, [](const Edit& e, std::size_t value) {
        return e.normalized_offset < value;
    });
    if (it == edits_.begin()) return n;
    const Edit& e = *(it - 1);
    if (n >= e.normalized_offset + e.normalized_size) {
        return e.original_offset + e.original_size + (n - e.normalized_offset - e.normalized_size);
    }
    return e.original_offset + e.original_size;
}

BROADSHEET_NAMESPACE_END
