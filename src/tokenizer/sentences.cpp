// Sentence segmentation over the normalized text: terminal punctuation outside quotations
// and book-title marks ends a sentence, together with the closing marks that follow it.
#include <broadsheet/tokenizer.hpp>
#include <string_view>

#include "tokenizer/chars.hpp"
#include "tokenizer/tokenizer_impl.hpp"

BROADSHEET_NAMESPACE_BEGIN

namespace {

using detail::tok::CharClass;
using detail::tok::classify;
using detail::tok::next_code_point;

bool is_cjk_terminal(char32_t cp) {
    return cp == U'。' || cp == '!' || cp == '?' || cp == U'｡';
}
bool is_opening(char32_t cp) {
    return cp == U'“' || cp == U'‘' || cp == U'「' || cp == U'『' || cp == U'《' || cp == U'〈' ||
           cp == '(' || cp == U'【' || cp == U'〔' || cp == '[';
}
bool is_closing(char32_t cp) {
    return cp == U'”' || cp == U'’' || cp == U'」' || cp == U'』' || cp == U'》' || cp == U'〉' ||
           cp == ')' || cp == U'】' || cp == U'〕' || cp == ']';
}

// An unbalanced opening mark must not swallow a whole paragraph.
constexpr std::size_t kMaxEnclosedChars = 400;

bool is_abbreviation_before(std::string_view t, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0 && ((t[b - 1] | 0x20) >= 'a' && (t[b - 1] | 0x20) <= 'z')) --b;
    const std::string_view word = t.substr(b, dot - b);
    if (word.size() == 1) return true;  // an initial: "J. Smith", "U.S."
    static const std::string_view known[] = {"Mr", "Mrs", "Ms",  "Dr", "Prof", "St", "vs",  "etc",
                                             "No", "Inc", "Ltd", "Co", "Jr",   "Sr", "e.g", "i.e"};
    for (auto k : known)
        if (word == k) return true;
    return false;
}

}  // namespace

std::vector<Span> Tokenizer::sentences(std::string_view input) const {
    const NormalizedText normalized = normalize(input, impl_->options.normalize);
    const std::string_view t = normalized.text();
    const bool line_ends = impl_->options.line_break_ends_sentence;
    std::vector<Span> out;

    auto emit = [&](std::size_t b, std::size_t e) {
        while (b < e && classify(static_cast<unsigned char>(t[b])) == CharClass::space &&
               static_cast<unsigned char>(t[b]) < 0x80)
            ++b;
        while (e > b && static_cast<unsigned char>(t[e - 1]) < 0x80 &&
               classify(static_cast<unsigned char>(t[e - 1])) == CharClass::space)
            --e;
        if (b >= e) return;
        out.push_back(normalized.to_original(Span{b, e}));
    };

    std::size_t start = 0;
    int depth = 0;                 // open quotations and brackets
    bool ascii_quote = false;      // inside "..."
    std::size_t enclosed = 0;      // characters since the outermost opening mark
    bool quoted_terminal = false;  // the current quotation ends with terminal punctuation
    std::size_t p = 0;
    while (p < t.size()) {
        std::size_t len;
        const char32_t cp = next_code_point(t, p, len);
        if (cp == '\n') {
            // A blank line (or any line break when configured) ends the sentence.
            std::size_t q = p + 1;
            while (q < t.size() && (t[q] == ' ' || t[q] == '\t')) ++q;
            if (line_ends || (q < t.size() && t[q] == '\n')) {
                emit(start, p);
                start = p + 1;
                depth = 0;
                ascii_quote = false;
            }
            p += len;
            continue;
        }
        const bool was_enclosed = depth > 0 || ascii_quote;
        if (is_opening(cp)) {
            if (depth == 0 && !ascii_quote) enclosed = 0;
            ++depth;
        } else if (is_closing(cp)) {
            if (depth > 0) --depth;
        } else if (cp == '"') {
            ascii_quote = !ascii_quote;
            if (ascii_quote && depth == 0) enclosed = 0;
        }
        if (depth > 0 || ascii_quote) {
            // Remember whether the quotation's last words end a sentence.
            if (is_cjk_terminal(cp) || cp == '.' || cp == U'…')
                quoted_terminal = true;
            else if (!is_closing(cp) && cp != '"')
                quoted_terminal = false;
            if (++enclosed > kMaxEnclosedChars) {
                depth = 0;
                ascii_quote = false;
            }
            p += len;
            continue;
        }
        bool terminal = is_cjk_terminal(cp);
        if (was_enclosed && quoted_terminal) {
            // “你好！”“再见！” or a quotation ending its line: the sentence ends with it;
            // “这是对的。”他说。 goes on.
            quoted_terminal = false;
            const std::size_t after = p + len;
            std::size_t l2 = 0;
            const char32_t next = after < t.size() ? next_code_point(t, after, l2) : U'\n';
            if (next == '\n' || next == U'“' || next == U'「' || next == U'『') {
                p += len;
                emit(start, p);
                start = p;
                continue;
            }
        }
        if (!terminal && (cp == '.' || cp == U'…')) {
            // Latin full stop (or an ellipsis) before whitespace or the end, not after an
            // abbreviation or inside a number.
            const std::size_t after = p + len;
            const bool at_space = after >= t.size() || t[after] == ' ' || t[after] == '\n';
            terminal = at_space && (cp != '.' || !is_abbreviation_before(t, p));
        }
        p += len;
        if (!terminal) continue;
        // Take further terminals and closing marks with this sentence.
        while (p < t.size()) {
            std::size_t l;
            const char32_t c = next_code_point(t, p, l);
            if (is_cjk_terminal(c) || c == '.' || c == U'…' || is_closing(c) || c == '"' ||
                c == '\'')
                p += l;
            else
                break;
        }
        emit(start, p);
        start = p;
    }
    emit(start, t.size());
    return out;
}

BROADSHEET_NAMESPACE_END
