// Word segmentation: a scanner splits normalized text into runs (whitespace, Latin and
// numbers, URLs, punctuation, Han, other scripts); Han runs are segmented by the most
// probable path through the word graph of the lexicon (jieba's model without its HMM);
// then news-aware rules join dates, times, places, organisations and person names.
// Everything works on the normalized text and maps spans back at the end.
#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <algorithm>
#include <broadsheet/tokenizer.hpp>
#include <cmath>
#include <map>
#include <memory>

#include "tokenizer/chars.hpp"
#include "tokenizer/dictionary_data.hpp"
#include "tokenizer/tokenizer_impl.hpp"

namespace broadsheet {
namespace detail {
namespace tok {

CharClass classify(char32_t cp) noexcept {
    if (cp < 0x80) {
        if (cp >= '0' && cp <= '9') return CharClass::digit;
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::latin;
        if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D)) return CharClass::space;
        if (cp < 0x20 || cp == 0x7F) return CharClass::other;
        switch (cp) {
            case '$':
            case '+':
            case '<':
            case '=':
            case '>':
            case '^':
            case '`':
            case '|':
            case '~':
                return CharClass::symbol;
            default:
                return CharClass::punctuation;
        }
    }
    if (is_han(cp)) return CharClass::han;
    if (cp == 0xFFFD) return CharClass::replacement;
    switch (u_charType(static_cast<UChar32>(cp))) {
        case U_UPPERCASE_LETTER:
        case U_LOWERCASE_LETTER:
        case U_TITLECASE_LETTER:
        case U_MODIFIER_LETTER:
        case U_OTHER_LETTER:
        case U_NON_SPACING_MARK:
        case U_COMBINING_SPACING_MARK:
        case U_ENCLOSING_MARK:
            if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
                (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x300 && cp <= 0x36F))
                return CharClass::latin;
            return CharClass::other_letter;
        case U_DECIMAL_DIGIT_NUMBER:
        case U_LETTER_NUMBER:
        case U_OTHER_NUMBER:
            return CharClass::other_letter;
        case U_SPACE_SEPARATOR:
        case U_LINE_SEPARATOR:
        case U_PARAGRAPH_SEPARATOR:
            return CharClass::space;
        case U_DASH_PUNCTUATION:
        case U_START_PUNCTUATION:
        case U_END_PUNCTUATION:
        case U_CONNECTOR_PUNCTUATION:
        case U_OTHER_PUNCTUATION:
        case U_INITIAL_PUNCTUATION:
        case U_FINAL_PUNCTUATION:
            return CharClass::punctuation;
        case U_MATH_SYMBOL:
        case U_CURRENCY_SYMBOL:
        case U_MODIFIER_SYMBOL:
        case U_OTHER_SYMBOL:
            return CharClass::symbol;
        default:
            return CharClass::other;
    }
}

}  // namespace tok
}  // namespace detail
}  // namespace broadsheet

BROADSHEET_NAMESPACE_BEGIN

using detail::tok::CharClass;
using detail::tok::classify;
using detail::tok::next_code_point;

const char* to_string(TokenKind kind) noexcept {
    switch (kind) {
        case TokenKind::word:
            return "word";
        case TokenKind::number:
            return "number";
        case TokenKind::date:
            return "date";
        case TokenKind::time:
            return "time";
        case TokenKind::latin:
            return "latin";
        case TokenKind::punctuation:
            return "punctuation";
        case TokenKind::symbol:
            return "symbol";
        case TokenKind::url:
            return "url";
        case TokenKind::email:
            return "email";
        case TokenKind::hashtag:
            return "hashtag";
        case TokenKind::mention:
            return "mention";
        case TokenKind::whitespace:
            return "whitespace";
        case TokenKind::other:
            return "other";
    }
    return "other";
}

const char* to_string(Script script) noexcept {
    switch (script) {
        case Script::common:
            return "common";
        case Script::han:
            return "han";
        case Script::latin:
            return "latin";
        case Script::kana:
            return "kana";
        case Script::hangul:
            return "hangul";
        case Script::cyrillic:
            return "cyrillic";
        case Script::greek:
            return "greek";
        case Script::arabic:
            return "arabic";
        case Script::other:
            return "other";
    }
    return "other";
}

namespace {

// ---------------------------------------------------------------------------------------
// Character sets of the news rules.

bool is_chinese_digit(char32_t cp) {
    return detail::han_digit_value(cp) >= 0 || cp == U'十' || cp == U'两';
}
bool is_chinese_numeral(char32_t cp) {
    return is_chinese_digit(cp) || cp == U'百' || cp == U'千' || cp == U'万' || cp == U'亿';
}

// What a number + unit means.
TokenKind unit_kind(char32_t unit) {
    switch (unit) {
        case U'年':
        case U'月':
        case U'日':
        case U'号':
            return TokenKind::date;
        case U'时':
        case U'点':
        case U'分':
        case U'秒':
            return TokenKind::time;
        default:
            return TokenKind::number;
    }
}
bool is_calendar_unit(char32_t cp) {
    return unit_kind(cp) != TokenKind::number;
}
bool is_magnitude_unit(char32_t cp) {
    return cp == U'万' || cp == U'亿';
}

// Rank of date/time pieces; pieces join only in this order.
int date_rank(char32_t unit) {
    switch (unit) {
        case U'年':
            return 1;
        case U'月':
            return 2;
        case U'日':
        case U'号':
            return 3;
        default:
            return 0;
    }
}
int time_rank(char32_t unit) {
    switch (unit) {
        case U'时':
        case U'点':
            return 1;
        case U'分':
            return 2;
        case U'秒':
            return 3;
        default:
            return 0;
    }
}

// Characters that are function words or common verbs: never part of a guessed name.
// A membership table over the Basic Multilingual Plane, built once.
class CharSet {
  public:
    explicit CharSet(std::u32string_view chars) : bits_(0x10000, false) {
        for (char32_t c : chars)
            if (c < 0x10000) bits_[c] = true;
    }
    bool contains(char32_t cp) const { return cp < 0x10000 && bits_[cp]; }

  private:
    std::vector<bool> bits_;
};

bool is_stop_char(char32_t cp) {
    static const CharSet stops(
        U"的了在是和与及或也都就而从对向把被将为于以这那个我你他她它们有不没很最更说要会让给到"
        U"并又还才已其之中上下前后里内外年月日时人等各本该全每此此该所地得着过来去出入一");
    return stops.contains(cp);
}

bool is_common_surname(char32_t cp) {
    static const CharSet surnames(
        U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
        U"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
        U"龚邵万钱严覃武戴莫孔向汤穆常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
        U"俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
        U"滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
        U"臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝");
    return surnames.contains(cp);
}

bool ends_with_any(std::u32string_view word, std::initializer_list<std::u32string_view> suffixes,
                   std::size_t& suffix_length) {
    for (auto s : suffixes) {
        if (word.size() >= s.size() && word.substr(word.size() - s.size()) == s) {
            suffix_length = s.size();
            return true;
        }
    }
    return false;
}

const std::initializer_list<std::u32string_view> kPlaceSuffixes = {
    U"自治州", U"自治区", U"自治县", U"街道", U"省", U"市", U"县",
    U"区",     U"镇",     U"乡",     U"村",   U"州", U"旗", U"盟"};
const std::initializer_list<std::u32string_view> kOrganizationSuffixes = {
    U"委员会", U"办事处", U"研究院", U"研究所", U"公司", U"集团", U"医院",
    U"大学",   U"学院",   U"中学",   U"小学",   U"银行", U"协会", U"学会",
    U"法院",   U"检察院", U"局",     U"厅",     U"署",   U"厂",   U"社"};
// Characters common in transliterated foreign names.
bool is_transliteration_char(char32_t cp) {
    static const CharSet chars(
        U"阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁东杜多厄恩法菲费芬丰弗"
        U"福盖甘冈戈格贡古瓜哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库拉莱兰朗劳勒雷蕾里利"
        U"莉连列林琳卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米密明莫默穆纳娜内尼妮涅纽努诺欧帕潘佩彭皮珀普"
        U"齐奇契乔切琼丘让热瑞萨塞桑瑟森沙尚舍施什斯松苏索塔泰坦汤唐特提图托瓦万维温文沃乌伍西希"
        U"锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹珍朱卓兹佐尔娃夫茨姆买义烈铁木");
    return chars.contains(cp);
}
bool is_name_dot(char32_t cp) {
    return cp == 0xB7 || cp == 0x30FB || cp == 0x2027 || cp == 0x2022;
}

// The last characters of the suffixes above: a cheap first test.
bool is_suffix_final(char32_t cp) {
    static const CharSet finals(U"州区县道省市镇乡村旗盟会处院所司团学行局厅署厂社");
    return finals.contains(cp);
}

const std::initializer_list<std::u32string_view> kTimePrefixes = {
    U"上午", U"下午", U"晚上", U"凌晨", U"早上", U"中午", U"傍晚",
    U"早晨", U"清晨", U"深夜", U"夜间", U"当晚", U"当天", U"今晨"};

Script script_of(char32_t cp, CharClass cls) {
    switch (cls) {
        case CharClass::han:
            return Script::han;
        case CharClass::latin:
            return Script::latin;
        case CharClass::other_letter:
            break;
        default:
            return Script::common;
    }
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
            return Script::kana;
        case USCRIPT_HANGUL:
            return Script::hangul;
        case USCRIPT_CYRILLIC:
            return Script::cyrillic;
        case USCRIPT_GREEK:
            return Script::greek;
        case USCRIPT_ARABIC:
            return Script::arabic;
        case USCRIPT_LATIN:
            return Script::latin;
        default:
            return Script::other;
    }
}

bool ascii_alnum(char32_t cp) {
    return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
}
bool is_digit(char32_t cp) {
    return cp >= '0' && cp <= '9';
}

// A token while it is being built: offsets into the normalized text.
struct RawToken {
    std::size_t begin;
    std::size_t end;
    TokenKind kind;
    Script script;
    bool compound = false;
    bool single_han = false;    // one Han character
    bool foreign_name = false;  // a joined transliterated name (菲德尔·卡斯特罗)
    char32_t unit = 0;          // the unit of a number token (年, 分, %, ...), else 0
};

// Longest Han run segmented at once; longer runs are cut (a 50 MB line stays linear).
constexpr std::size_t kMaxHanRun = 1024;
// Tokens per refinement block before the block is flushed regardless of punctuation.
constexpr std::size_t kMaxBlockTokens = 2048;
// Scores (natural log of frequency) of guessed words, on the lexicon's scale.
constexpr float kNumeralLogFrequency = 9.0f;  // a Chinese numeral expression
// A user-dictionary word without frequency: its base score, or that of a common word
// (frequency ~8000) when the base lexicon lacks it, plus a bonus per character.
constexpr float kUserWordLogFrequency = 9.0f;
constexpr float kUserWordCharBonus = 4.0f;
// A two-character lexicon word rarer than this (frequency 20) after a surname is taken for a
// given name: 郑守仁, 辛志强.
constexpr float kRareGivenNameLogFrequency = 3.0f;

// ---------------------------------------------------------------------------------------

// One tokenization call: the normalized text, the scan position, and reusable buffers.
class TokenizerRun {
  public:
    TokenizerRun(const Tokenizer::Impl& impl, std::string_view input,
                 bool (*callback)(void*, const Token&), void* context)
        : impl_(impl),
          options_(impl.options),
          input_(input),
          normalized_(normalize(input, impl.options.normalize)),
          t_(normalized_.text()),
          identity_(normalized_.is_identity()),
          callback_(callback),
          context_(context) {}

    void run() {
        std::size_t p = 0;
        while (p < t_.size() && !stopped_) {
            p = scan(p);
            if (block_.empty()) continue;
            const TokenKind last = block_.back().kind;
            // Rules never join across whitespace or punctuation, except a name's middle dot.
            const bool boundary =
                last == TokenKind::whitespace ||
                (last == TokenKind::punctuation && !is_name_dot(at(block_.back().begin)));
            if (boundary || block_.size() >= kMaxBlockTokens) flush();
        }
        flush();
        if (!stopped_ && cursor_ < input_.size()) {
            // Dropped characters at the end, or what was cut beyond max_input_bytes.
            const bool unprocessed =
                cursor_ >= normalized_.to_original_end(t_.size()) &&
                !normalized_.diagnostics().empty() &&
                normalized_.diagnostics().back().code == DiagnosticCode::input_too_large;
            deliver(Token{Span{cursor_, input_.size()},
                          unprocessed ? TokenKind::other : TokenKind::whitespace, Script::common});
        }
    }

    /// Normalization's diagnostics, then the token limit's.
    std::vector<Diagnostic> diagnostics() const {
        std::vector<Diagnostic> all = normalized_.diagnostics();
        all.insert(all.end(), limit_.begin(), limit_.end());
        return all;
    }

  private:
    char32_t at(std::size_t p, std::size_t& len) const { return next_code_point(t_, p, len); }
    char32_t at(std::size_t p) const {
        std::size_t len;
        return next_code_point(t_, p, len);
    }

    void push(std::size_t b, std::size_t e, TokenKind kind, Script script, char32_t unit = 0) {
        RawToken r{b, e, kind, script};
        r.unit = unit;
        block_.push_back(r);
    }

    // Scans one run starting at p; returns where the next starts.
    std::size_t scan(std::size_t p) {
        std::size_t len;
        const char32_t cp = at(p, len);
        const CharClass cls = classify(cp);
        switch (cls) {
            case CharClass::space: {
                std::size_t q = p + len;
                while (q < t_.size()) {
                    std::size_t l;
                    if (classify(at(q, l)) != CharClass::space) break;
                    q += l;
                }
                push(p, q, TokenKind::whitespace, Script::common);
                return q;
            }
            case CharClass::digit:
            case CharClass::latin: {
                std::size_t q;
                if ((q = scan_url(p)) != p) return q;
                if ((q = scan_email(p)) != p) return q;
                return scan_alphanumeric(p);
            }
            case CharClass::han:
                return scan_han(p);
            case CharClass::other_letter:
                return scan_other_script(p);
            case CharClass::punctuation: {
                std::size_t q;
                if (cp == '#' && (q = scan_hashtag(p)) != p) return q;
                if (cp == '@' && (q = scan_mention(p)) != p) return q;
                // The Chinese ellipsis and dash are written as two marks: "……", "——".
                q = p + len;
                if (cp == U'…' || cp == U'—' || cp == U'―')
                    while (q + len <= t_.size() && t_.compare(q, len, t_, p, len) == 0) q += len;
                push(p, q, TokenKind::punctuation, Script::common);
                return q;
            }
            case CharClass::symbol:
                if (cp == U'○' && p + len < t_.size() && is_chinese_digit(at(p + len)))
                    return scan_han(p);
                push(p, p + len, TokenKind::symbol, Script::common);
                return p + len;
            case CharClass::replacement:
            case CharClass::other:
                push(p, p + len, TokenKind::other, Script::common);
                return p + len;
        }
        return p + len;
    }

    bool starts_with_ci(std::size_t p, std::string_view prefix) const {
        if (p + prefix.size() > t_.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            char c = t_[p + i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (c != prefix[i]) return false;
        }
        return true;
    }

    std::size_t scan_url(std::size_t p) {
        std::size_t q = p;
        if (starts_with_ci(p, "https://"))
            q = p + 8;
        else if (starts_with_ci(p, "http://"))
            q = p + 7;
        else if (starts_with_ci(p, "ftp://"))
            q = p + 6;
        else if (starts_with_ci(p, "www."))
            q = p + 4;
        else
            return p;
        const std::size_t body = q;
        while (q < t_.size()) {
            const auto c = static_cast<unsigned char>(t_[q]);
            if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>') break;
            ++q;
        }
        while (q > body &&
               std::string_view(".,;:!?'\")]}").find(t_[q - 1]) != std::string_view::npos)
            --q;
        if (q == body) return p;
        push(p, q, TokenKind::url, Script::latin);
        return q;
    }

    std::size_t scan_email(std::size_t p) {
        auto local_char = [](char c) {
            return ascii_alnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
                   c == '+' || c == '-';
        };
        std::size_t q = p;
        // Bounded look-ahead keeps long runs like "a.a.a.a..." linear.
        while (q < t_.size() && q - p < 64 && local_char(t_[q])) ++q;
        if (q == p || q >= t_.size() || t_[q] != '@') return p;
        std::size_t d = q + 1;
        std::size_t last_dot = 0;
        const std::size_t domain = d;
        while (d < t_.size() && d - domain < 255) {
            const char c = t_[d];
            if (ascii_alnum(static_cast<unsigned char>(c)) || c == '-') {
                ++d;
            } else if (c == '.' && d > domain && t_[d - 1] != '.' && d + 1 < t_.size() &&
                       ascii_alnum(static_cast<unsigned char>(t_[d + 1]))) {
                last_dot = d++;
            } else {
                break;
            }
        }
        if (last_dot == 0 || d - last_dot < 3) return p;
        push(p, d, TokenKind::email, Script::latin);
        return d;
    }

    std::size_t scan_hashtag(std::size_t p) {
        // Weibo style "#话题#" (closed within a short distance, no spaces) or "#tag".
        std::size_t q = p + 1;
        std::size_t chars = 0;
        while (q < t_.size() && chars < 40) {
            std::size_t l;
            const char32_t c = at(q, l);
            if (c == '#') {
                if (chars == 0) return p;
                push(p, q + 1, TokenKind::hashtag, Script::common);
                return q + 1;
            }
            const CharClass cls = classify(c);
            if (cls == CharClass::space || c == '\n') break;
            q += l;
            ++chars;
        }
        q = p + 1;
        while (q < t_.size() && (ascii_alnum(static_cast<unsigned char>(t_[q])) || t_[q] == '_'))
            ++q;
        if (q == p + 1 || is_digit(static_cast<unsigned char>(t_[p + 1]))) return p;
        push(p, q, TokenKind::hashtag, Script::latin);
        return q;
    }

    std::size_t scan_mention(std::size_t p) {
        std::size_t q = p + 1;
        std::size_t chars = 0;
        while (q < t_.size() && chars < 30) {
            std::size_t l;
            const char32_t c = at(q, l);
            const CharClass cls = classify(c);
            if (!(cls == CharClass::latin || cls == CharClass::digit || cls == CharClass::han ||
                  c == '_' || c == '-'))
                break;
            q += l;
            ++chars;
        }
        if (chars == 0) return p;
        push(p, q, TokenKind::mention, Script::common);
        return q;
    }

    bool is_thousands_group(std::size_t d) const {
        for (std::size_t k = 0; k < 3; ++k)
            if (d + k >= t_.size() || !is_digit(static_cast<unsigned char>(t_[d + k])))
                return false;
        return d + 3 >= t_.size() || !is_digit(static_cast<unsigned char>(t_[d + 3]));
    }

    // Latin words, numbers, mixed alphanumerics; a number takes its unit.
    std::size_t scan_alphanumeric(std::size_t p) {
        std::size_t q = p;
        bool letters = false;
        bool only_digits_and_points = true;
        bool has_point = false;
        std::size_t dashes = 0, slashes = 0, colons = 0;
        while (q < t_.size()) {
            std::size_t l;
            const char32_t c = at(q, l);
            const CharClass cls = classify(c);
            if (cls == CharClass::digit || cls == CharClass::latin) {
                if (cls == CharClass::latin) letters = true;
                q += l;
                continue;
            }
            if (q + 1 >= t_.size()) break;
            std::size_t nl;
            const char32_t next = at(q + 1, nl);
            const CharClass next_cls = classify(next);
            const bool next_alnum = next_cls == CharClass::digit || next_cls == CharClass::latin;
            const bool prev_digit = is_digit(static_cast<unsigned char>(t_[q - 1]));
            if (!next_alnum) break;
            if (c == '.') {
                has_point = true;
            } else if (c == '-') {
                ++dashes;
            } else if (c == '_' || c == '&' || c == '\'') {
                letters = true;
            } else if (c == ',' && prev_digit && is_thousands_group(q + 1)) {
                // 12,345: a comma followed by exactly three digits.
            } else if (c == ':' && prev_digit && next_cls == CharClass::digit) {
                ++colons;
            } else if (c == '/' && prev_digit && next_cls == CharClass::digit) {
                ++slashes;
            } else {
                break;
            }
            q += 1;
        }
        for (std::size_t i = p; i < q; ++i) {
            const char c = t_[i];
            if (!(is_digit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '-' ||
                  c == ':' || c == '/'))
                only_digits_and_points = false;
        }
        if (letters || !only_digits_and_points) {
            push(p, q, TokenKind::latin, Script::latin);
            return q;
        }
        TokenKind kind = TokenKind::number;
        const std::size_t digits_before_first_separator = [&] {
            std::size_t i = p;
            while (i < q && is_digit(static_cast<unsigned char>(t_[i]))) ++i;
            return i - p;
        }();
        if ((dashes == 2 || slashes == 2) && digits_before_first_separator == 4 && !has_point)
            kind = TokenKind::date;
        else if (colons >= 1 && colons <= 2 && dashes == 0 && slashes == 0 && !has_point)
            kind = TokenKind::time;
        char32_t unit = 0;
        if (kind == TokenKind::number && q < t_.size()) {
            std::size_t l;
            const char32_t c = at(q, l);
            const std::string* learned = nullptr;
            if (dashes == 0 && slashes == 0 && colons == 0)
                for (const std::string& suffix : impl_.number_suffixes)
                    if (t_.compare(q, suffix.size(), suffix) == 0) {
                        learned = &suffix;
                        break;
                    }
            if (c == '%' || c == U'‰') {
                unit = c;
                q += l;
            } else if (learned) {
                // The user dictionary's standard (e.g. 8个, 20亿元 whole).
                unit = c;
                if (learned->size() == l && is_calendar_unit(c) && !has_point) kind = unit_kind(c);
                if (c == U'年' && q - p < 3) kind = TokenKind::number;
                q += learned->size();
            } else if (options_.attach_units && dashes == 0 && slashes == 0 && colons == 0) {
                if (is_magnitude_unit(c)) {
                    unit = c;
                    q += l;
                    if (c == U'万' && q < t_.size() && at(q, l) == U'亿') q += l;
                } else if (is_calendar_unit(c) && !has_point && (c != U'年' || q - p >= 3)) {
                    // 2025年 is a year; 10年 (ten years) is a duration, whose 年 is a measure
                    // word (see attach_measure_words).
                    unit = c;
                    kind = unit_kind(c);
                    q += l;
                    if (c == U'点' && q < t_.size() && at(q, l) == U'半') q += l;  // 3点半
                }
            }
        }
        if (options_.attach_measure_words && kind == TokenKind::number && dashes == 0 &&
            slashes == 0 && colons == 0 && (unit == 0 || is_magnitude_unit(unit)))
            q = attach_measure_word(q, unit == 0);
        push(p, q, kind, Script::common, unit);
        return q;
    }

    // "8个", "20多个", "20万元", "21世纪": an approximation mark and a measure word after a
    // number (MSR's standard).
    std::size_t attach_measure_word(std::size_t q, bool may_approximate) {
        std::size_t r = q;
        std::size_t l;
        if (may_approximate && r < t_.size() && (at(r, l) == U'多' || at(r, l) == U'余')) {
            r += l;
            if (r < t_.size() && is_magnitude_unit(at(r, l))) q = r = r + l;  // 20多万
        }
        for (std::string_view word : measure_words()) {
            if (t_.compare(r, word.size(), word) == 0) return r + word.size();
        }
        return q;
    }

    static const std::vector<std::string_view>& measure_words() {
        static const std::vector<std::string_view> words = [] {
            std::vector<std::string_view> w = {
                "平方公里", "平方米", "立方米", "千瓦时", "年代", "世纪", "公里", "千米", "厘米",
                "毫米",     "公斤",   "千克",   "公顷",   "美元", "港元", "日元", "欧元", "英镑",
                "万元",     "亿元",   "小时",   "分钟",   "多个", "多名", "多家", "多万", "元",
                "角",       "个",     "名",     "位",     "家",   "项",   "种",   "次",   "件",
                "条",       "天",     "岁",     "米",     "吨",   "亩",   "倍",   "人",   "户",
                "所",       "座",     "台",     "辆",     "架",   "艘",   "部",   "本",   "头",
                "匹",       "批",     "届",     "周",     "度",   "斤",   "克",   "升",   "块",
                "张",       "份",     "篇",     "场",     "期",   "层",   "颗",   "枚",   "支",
                "套",       "级",     "股",     "只",     "首",   "集",   "瓦",   "卷",   "年"};
            std::stable_sort(w.begin(), w.end(), [](std::string_view a, std::string_view b) {
                return a.size() > b.size();
            });
            return w;
        }();
        return words;
    }

    std::size_t scan_other_script(std::size_t p) {
        std::size_t q = p;
        while (q < t_.size()) {
            std::size_t l;
            if (classify(at(q, l)) != CharClass::other_letter) break;
            q += l;
        }
        const Script script = script_of(at(p), CharClass::other_letter);
        if (!options_.use_icu_for_other_scripts || !icu_words(p, q, script))
            push(p, q, TokenKind::word, script);
        return q;
    }

    // Splits [p, q) with ICU's word BreakIterator over UTF-8 (UText, no conversion).
    bool icu_words(std::size_t p, std::size_t q, Script script) {
        UErrorCode status = U_ZERO_ERROR;
        if (!break_iterator_) {
            break_iterator_.reset(
                icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
            if (U_FAILURE(status)) {
                break_iterator_.reset();
                return false;
            }
        }
        UText text = UTEXT_INITIALIZER;
        utext_openUTF8(&text, t_.data() + p, static_cast<int64_t>(q - p), &status);
        if (U_FAILURE(status)) return false;
        break_iterator_->setText(&text, status);
        if (U_FAILURE(status)) {
            utext_close(&text);
            return false;
        }
        std::size_t begin = p;
        for (int32_t b = break_iterator_->next(); b != icu::BreakIterator::DONE;
             b = break_iterator_->next()) {
            const std::size_t end = p + static_cast<std::size_t>(b);
            if (end <= begin) continue;
            push(begin, end, TokenKind::word, script_of(at(begin), CharClass::other_letter));
            begin = end;
        }
        if (begin < q) push(begin, q, TokenKind::word, script);
        utext_close(&text);
        return true;
    }

    // ---- Han runs: the word graph -------------------------------------------------------

    std::size_t scan_han(std::size_t p) {
        cps_.clear();
        offsets_.clear();
        ends_.clear();
        std::size_t q = p;
        while (q < t_.size() && cps_.size() < kMaxHanRun) {
            std::size_t l;
            const char32_t c = at(q, l);
            if (c == '\n' && options_.join_wrapped_lines && !cps_.empty() && q + 1 < t_.size() &&
                detail::tok::is_han(at(q + 1))) {
                ++q;  // a hard line wrap inside Han text: segment across it
                continue;
            }
            bool take = detail::tok::is_han(c);
            if (!take && c == U'○') {
                // "二○○一年" writes zero with a circle; it joins the numeral around it.
                const bool after = !cps_.empty() && is_chinese_digit(cps_.back());
                const bool before = q + l < t_.size() && is_chinese_digit(at(q + l));
                take = after || before;
            }
            if (!take) break;
            cps_.push_back(c);
            offsets_.push_back(q);
            q += l;
            ends_.push_back(q);
        }
        if (cps_.empty()) {  // defensive: always make progress
            std::size_t l;
            at(p, l);
            push(p, p + l, TokenKind::other, Script::common);
            return p + l;
        }
        offsets_.push_back(q);
        segment_han();
        return q;
    }

    // Candidate words starting at the current position: end, score, and whether a user
    // dictionary has the word.
    struct Candidate {
        std::size_t end;
        float score;
        bool user;
    };

    Candidate* find_candidate(std::size_t end) {
        for (auto& c : candidates_)
            if (c.end == end) return &c;
        return nullptr;
    }

    void segment_han() {
        const std::size_t m = cps_.size();
        route_.assign(m + 1, 0.0);
        next_.assign(m + 1, 0);
        numeral_end_.assign(m + 1, 0);
        unit_end_.assign(m + 1, 0);
        const float log_total = impl_.log_total;
        const float unknown = -log_total;  // frequency 1
        // Numeral runs: numeral_run[i] = numeral characters starting at i.
        numeral_run_.assign(m + 1, 0);
        for (std::size_t i = m; i-- > 0;)
            numeral_run_[i] = is_chinese_numeral(cps_[i]) ? numeral_run_[i + 1] + 1 : 0;

        for (std::size_t i = m; i-- > 0;) {
            candidates_.clear();
            candidates_.push_back({i + 1, unknown, false});
            if (impl_.base) walk_base(i, m);
            for (const detail::tok::TrieView* user : impl_.user_tries) walk_user(*user, i, m);
            // A Chinese numeral expression, with its unit: 二〇二五年, 三百五十万, 三十一日.
            const std::size_t k = numeral_run_[i];
            if (k >= 1 && is_chinese_digit(cps_[i]) &&
                (i == 0 || !is_chinese_numeral(cps_[i - 1]))) {
                const float s = kNumeralLogFrequency - log_total;
                if (k >= 2) {
                    add_candidate_max(i + k, s);
                    numeral_end_[i] = i + k;
                }
                // One digit and a unit: 九时, 五月, 三日; not 十分, 三年 (three years), or 一时,
                // 一点 (idioms with 一).
                const bool unit_follows =
                    options_.attach_units && i + k < m &&
                    (is_calendar_unit(cps_[i + k]) || is_magnitude_unit(cps_[i + k]));
                const bool first_of_month = i > 0 && cps_[i - 1] == U'月';  // 五月一日
                const bool single_digit_unit =
                    k == 1 && (cps_[i] != U'一' || first_of_month) && unit_follows &&
                    std::u32string_view(U"月日号时点").find(cps_[i + 1]) !=
                        std::u32string_view::npos;
                if (unit_follows && (k >= 2 || single_digit_unit)) {
                    add_candidate_max(i + k + 1, s);
                    unit_end_[i] = i + k + 1;
                }
            }
            double best = -1e300;
            std::size_t best_end = i + 1;
            for (const auto& c : candidates_) {
                if (options_.user_words_only && !c.user && c.end > i + 1) continue;
                const double s = c.score + route_[c.end];
                if (s > best || (s == best && c.end > best_end)) {
                    best = s;
                    best_end = c.end;
                }
            }
            route_[i] = best;
            next_[i] = best_end;
        }
        for (std::size_t i = 0; i < m;) {
            const std::size_t j = next_[i];
            RawToken r{offsets_[i], ends_[j - 1], TokenKind::word, Script::han};
            r.single_han = j == i + 1;
            if (numeral_end_[i] != 0 && j == numeral_end_[i]) {
                r.kind = TokenKind::number;
                r.script = Script::common;
            } else if (unit_end_[i] != 0 && j == unit_end_[i]) {
                r.unit = cps_[j - 1];
                r.kind = unit_kind(r.unit);
                // 二〇二五年, 九八年 are years; 二十年 (twenty years) is a duration.
                if (r.unit == U'年' && !is_year_numeral(i, j - 1)) r.kind = TokenKind::number;
                r.script = Script::common;
            }
            block_.push_back(r);
            i = j;
        }
    }

    // A guessed word (a numeral): kept as a user word so no option filters it out.
    bool is_year_numeral(std::size_t begin, std::size_t end) const {
        if (end - begin < 2) return false;
        for (std::size_t x = begin; x < end; ++x)
            if (!is_chinese_digit(cps_[x]) || cps_[x] == U'十') return false;
        return true;
    }

    void add_candidate_max(std::size_t end, float score) {
        if (Candidate* c = find_candidate(end)) {
            c->score = std::max(c->score, score);
            c->user = true;
        } else {
            candidates_.push_back({end, score, true});
        }
    }

    float long_word_penalty(std::size_t length) const {
        return length > 2 ? options_.long_word_penalty * static_cast<float>(length - 2) : 0.0f;
    }

    void walk_base(std::size_t i, std::size_t m) {
        const detail::tok::TrieView& trie = *impl_.base;
        std::uint32_t node = 0;
        for (std::size_t j = i; j < m; ++j) {
            node = j == i ? trie.root_child(cps_[j]) : trie.child(node, cps_[j]);
            if (node == 0) return;
            const float w = trie.weight(node);
            if (w < 0) continue;
            const float score = w - impl_.log_total - long_word_penalty(j - i + 1);
            if (j == i)
                candidates_[0].score = score;  // the single character
            else
                candidates_.push_back({j + 1, score, false});
        }
    }

    // User words override: a frequency replaces the base one (and is scored like one); a word
    // without frequency keeps the base frequency when the base lexicon has the word, else that
    // of a common word, plus a bonus per character that prefers it over the splits of it.
    void walk_user(const detail::tok::TrieView& trie, std::size_t i, std::size_t m) {
        std::uint32_t node = 0;
        for (std::size_t j = i; j < m; ++j) {
            node = j == i ? trie.root_child(cps_[j]) : trie.child(node, cps_[j]);
            if (node == 0) return;
            const float w = trie.weight(node);
            if (w == detail::tok::kNotAWord) continue;
            Candidate* c = find_candidate(j + 1);
            float score;
            if (w >= 0)
                score = w - impl_.log_total - long_word_penalty(j - i + 1);
            else if (c && (!c->user || j == i))
                score = c->score + long_word_penalty(j - i + 1) +
                        kUserWordCharBonus * static_cast<float>(j - i + 1);
            else
                score = kUserWordLogFrequency + kUserWordCharBonus * static_cast<float>(j - i + 1) -
                        impl_.log_total;
            if (c) {
                c->score = score;
                c->user = true;
            } else {
                candidates_.push_back({j + 1, score, true});
            }
        }
    }

    // ---- Refinement -----------------------------------------------------------------------

    std::u32string_view han_text(const RawToken& r) {
        scratch_.clear();
        for (std::size_t p = r.begin; p < r.end;) {
            std::size_t l;
            scratch_.push_back(at(p, l));
            p += l;
        }
        return scratch_;
    }

    // Joins tokens [first, last) of the block into one.
    void join(std::size_t first, std::size_t last, TokenKind kind, Script script, bool compound) {
        RawToken& r = block_[first];
        r.end = block_[last - 1].end;
        r.kind = kind;
        r.script = script;
        r.compound = compound;
        r.single_han = false;
        r.foreign_name = false;
        r.unit = 0;
        block_.erase(block_.begin() + static_cast<std::ptrdiff_t>(first + 1),
                     block_.begin() + static_cast<std::ptrdiff_t>(last));
    }

    void merge_dates_and_times() {
        for (std::size_t i = 0; i < block_.size(); ++i) {
            // Dates: 2025年 11月 28日 in this order.
            std::size_t j = i;
            int rank = 0;
            while (j < block_.size() &&
                   (block_[j].kind == TokenKind::date ||
                    (block_[j].kind == TokenKind::number && block_[j].unit == U'年')) &&
                   date_rank(block_[j].unit) > rank) {
                rank = date_rank(block_[j].unit);
                ++j;
            }
            if (j - i >= 2) {
                join(i, j, TokenKind::date, Script::common, true);
                continue;
            }
            // Times: [上午] 9时 30分 [15秒].
            j = i;
            bool prefix = false;
            if (block_[i].kind == TokenKind::word && block_[i].script == Script::han &&
                i + 1 < block_.size() && block_[i + 1].kind == TokenKind::time) {
                const std::u32string_view w = han_text(block_[i]);
                for (auto p : kTimePrefixes)
                    if (w == p) prefix = true;
                if (prefix) ++j;
            }
            const std::size_t pieces_begin = j;
            rank = 0;
            while (j < block_.size() && block_[j].kind == TokenKind::time &&
                   time_rank(block_[j].unit) > rank) {
                rank = time_rank(block_[j].unit);
                ++j;
            }
            const std::size_t pieces = j - pieces_begin;
            if ((prefix && pieces >= 1) || pieces >= 2)
                join(i, j, TokenKind::time, Script::common, true);
        }
    }

    char32_t last_code_point(const RawToken& r) const {
        if (r.end == r.begin) return 0;
        std::size_t p = r.end - 1;
        while (p > r.begin && (static_cast<unsigned char>(t_[p]) & 0xC0) == 0x80) --p;
        return at(p);
    }

    // A two-character word that the lexicon knows only as rare: a likely given name (守仁).
    bool is_rare_given_name(const RawToken& r) const {
        if (r.kind != TokenKind::word || r.script != Script::han || r.end - r.begin != 6 ||
            !impl_.base)
            return false;
        const std::uint32_t node = impl_.base->find(t_.substr(r.begin, r.end - r.begin));
        return node != 0 && impl_.base->weight(node) < kRareGivenNameLogFrequency;
    }

    bool is_name_char_token(const RawToken& r) {
        return r.single_han && r.kind == TokenKind::word && !is_stop_char(at(r.begin));
    }

    bool is_transliteration_token(const RawToken& r) {
        if (r.foreign_name) return true;
        if (r.kind != TokenKind::word || r.script != Script::han) return false;
        for (char32_t cp : han_text(r))
            if (!is_transliteration_char(cp)) return false;
        return true;
    }

    // Transliterated foreign names joined at their middle dot: 菲德尔·卡斯特罗, 马丁·路德·金.
    void merge_foreign_names() {
        for (std::size_t i = 1; i + 1 < block_.size(); ++i) {
            const RawToken& dot = block_[i];
            if (dot.kind != TokenKind::punctuation || !is_name_dot(at(dot.begin))) continue;
            std::size_t first = i;
            while (first > 0 && i - first < 4 && is_transliteration_token(block_[first - 1]))
                --first;
            std::size_t last = i + 1;
            while (last < block_.size() && last - i <= 4 && is_transliteration_token(block_[last]))
                ++last;
            if (first == i || last == i + 1) continue;
            join(first, last, TokenKind::word, Script::han, false);
            block_[first].foreign_name = true;
            i = first;
        }
    }

    void merge_names() {
        for (std::size_t i = 0; i < block_.size(); ++i) {
            if (block_[i].kind != TokenKind::word || block_[i].script != Script::han) continue;
            // Places and organisations: 2-3 unknown single characters + a suffix word.
            if (options_.merge_places_and_organizations && i >= 2 &&
                is_suffix_final(last_code_point(block_[i]))) {
                const std::u32string_view w = han_text(block_[i]);
                std::size_t suffix = 0;
                const bool place = ends_with_any(w, kPlaceSuffixes, suffix) && suffix == w.size();
                const bool org =
                    !place && ends_with_any(w, kOrganizationSuffixes, suffix) && suffix == w.size();
                if (place || org) {
                    std::size_t s = i;
                    // A suffix character ends the previous name: 木耳镇|吾固村, not 镇吾固村.
                    while (s > 0 && i - s < 3 && is_name_char_token(block_[s - 1]) &&
                           !is_suffix_final(at(block_[s - 1].begin)))
                        --s;
                    if (i - s >= 2) {
                        join(s, i + 1, TokenKind::word, Script::han, false);
                        i = s;
                        continue;
                    }
                }
            }
            // Person names: a surname + 1-2 unknown single characters, or a rare word.
            if (options_.merge_person_names && block_[i].single_han &&
                is_common_surname(at(block_[i].begin))) {
                std::size_t j = i + 1;
                while (j < block_.size() && j - i <= 2 && is_name_char_token(block_[j])) ++j;
                if (j == i + 1 && j < block_.size() && is_rare_given_name(block_[j])) ++j;
                if (j - i >= 2) join(i, j, TokenKind::word, Script::han, false);
            }
        }
    }

    void flush() {
        if (block_.empty()) return;
        if (options_.merge_dates_and_times) merge_dates_and_times();
        if (options_.merge_person_names) merge_foreign_names();
        if (options_.merge_person_names || options_.merge_places_and_organizations) merge_names();
        for (const RawToken& r : block_) {
            if (stopped_) break;
            Span span;
            if (identity_) {
                span = Span{r.begin, r.end};
            } else {
                span = Span{normalized_.to_original_begin(r.begin),
                            normalized_.to_original_end(r.end)};
            }
            if (span.begin > cursor_)
                deliver(Token{Span{cursor_, span.begin}, TokenKind::whitespace, Script::common});
            if (span.begin < cursor_) span.begin = cursor_;
            if (span.end <= span.begin) continue;  // folded into the previous token
            Token token{span, r.kind, r.script, r.compound};
            deliver(token);
        }
        block_.clear();
    }

    void deliver(const Token& token) {
        if (stopped_) return;
        if (delivered_ + 1 == options_.max_tokens && token.span.end < input_.size()) {
            // The limit: the rest of the input becomes one last token, so every byte is
            // still covered, and the caller is told where tokenization stopped.
            limit_.push_back(Diagnostic{
                DiagnosticCode::limit_reached, Severity::error,
                Span{token.span.begin, input_.size()},
                fmt::format("TokenizerOptions::max_tokens ({}) reached; bytes [{}, {}) are one "
                            "unsegmented token",
                            options_.max_tokens, token.span.begin, input_.size())});
            cursor_ = input_.size();
            callback_(context_, Token{Span{token.span.begin, input_.size()}, TokenKind::other,
                                      Script::common});
            stopped_ = true;
            return;
        }
        ++delivered_;
        cursor_ = token.span.end;
        if (!callback_(context_, token)) stopped_ = true;
    }

    const Tokenizer::Impl& impl_;
    const TokenizerOptions& options_;
    std::string_view input_;
    NormalizedText normalized_;
    std::string_view t_;
    bool identity_;
    bool (*callback_)(void*, const Token&);
    void* context_;
    bool stopped_ = false;
    std::size_t cursor_ = 0;
    std::size_t delivered_ = 0;
    std::vector<Diagnostic> limit_;  // the max_tokens diagnostic, if reached

    std::vector<RawToken> block_;
    std::vector<char32_t> cps_;
    std::vector<std::size_t> offsets_;  // where each character of a Han run begins
    std::vector<std::size_t> ends_;     // and ends (a skipped line wrap lies between)
    std::vector<double> route_;
    std::vector<std::size_t> next_;
    std::vector<std::size_t> numeral_run_;
    std::vector<std::size_t> numeral_end_;  // end of the numeral starting here, or 0
    std::vector<std::size_t> unit_end_;     // end of the numeral + unit starting here, or 0
    std::vector<Candidate> candidates_;
    std::u32string scratch_;
    std::unique_ptr<icu::BreakIterator> break_iterator_;
};

}  // namespace

// ---------------------------------------------------------------------------------------
// A user dictionary that lists numbers with units (`8个`, `20亿元`, `1996年`) sets the standard
// for attaching units: a Han suffix found after at least kMinSuffixNumbers different numbers
// is attached to every number.

namespace {

constexpr std::size_t kMinSuffixNumbers = 5;
constexpr std::size_t kMaxSuffixLength = 4;

using SuffixCounts = std::map<std::u32string, std::size_t>;

void count_suffixes(const detail::tok::TrieView& trie, std::uint32_t node, std::u32string& suffix,
                    SuffixCounts& counts) {
    if (trie.weight(node) != detail::tok::kNotAWord) ++counts[suffix];
    if (suffix.size() == kMaxSuffixLength) return;
    for (std::uint32_t c = trie.first_child(node); c < trie.first_child(node + 1); ++c) {
        if (!detail::tok::is_han(trie.code_point(c))) continue;
        suffix.push_back(trie.code_point(c));
        count_suffixes(trie, c, suffix, counts);
        suffix.pop_back();
    }
}

void walk_number_prefixes(const detail::tok::TrieView& trie, std::uint32_t node, std::size_t digits,
                          SuffixCounts& counts) {
    if (digits > 16) return;
    for (std::uint32_t c = trie.first_child(node); c < trie.first_child(node + 1); ++c) {
        const char32_t cp = trie.code_point(c);
        if (is_digit(cp) || (cp == '.' && digits > 0)) {
            walk_number_prefixes(trie, c, digits + 1, counts);
        } else if (digits > 0 && detail::tok::is_han(cp)) {
            std::u32string suffix(1, cp);
            count_suffixes(trie, c, suffix, counts);
        }
    }
}

std::vector<std::string> learn_number_suffixes(
    const std::vector<const detail::tok::TrieView*>& tries) {
    SuffixCounts counts;
    for (const detail::tok::TrieView* trie : tries) walk_number_prefixes(*trie, 0, 0, counts);
    std::vector<std::string> suffixes;
    for (const auto& entry : counts) {
        if (entry.second < kMinSuffixNumbers) continue;
        std::string utf8;
        for (char32_t cp : entry.first) append_utf8(utf8, cp);
        suffixes.push_back(std::move(utf8));
    }
    std::stable_sort(
        suffixes.begin(), suffixes.end(),
        [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return suffixes;
}

}  // namespace

Tokenizer::Tokenizer(TokenizerOptions options, std::vector<Dictionary> user_dictionaries) {
    auto impl = std::make_shared<Impl>();
    impl->options = std::move(options);
    if (impl->options.use_builtin_lexicon) {
        impl->base_dictionary = Dictionary::builtin();
        const detail::tok::TrieView& trie = impl->base_dictionary.data_->trie;
        if (!trie.empty()) impl->base = &trie;
    }
    impl->log_total = impl->base ? impl->base->log_total() : 17.9f;  // jieba's total, ~6e7
    impl->user_dictionaries = std::move(user_dictionaries);
    for (const Dictionary& d : impl->user_dictionaries)
        if (!d.data_->trie.empty()) impl->user_tries.push_back(&d.data_->trie);
    if (impl->options.attach_units) impl->number_suffixes = learn_number_suffixes(impl->user_tries);
    impl_ = std::move(impl);
}

const TokenizerOptions& Tokenizer::options() const noexcept {
    return impl_->options;
}

void Tokenizer::for_each_token_impl(std::string_view input, RawCallback callback, void* context,
                                    std::vector<Diagnostic>* diagnostics) const {
    TokenizerRun run(*impl_, input, callback, context);
    run.run();
    if (diagnostics) {
        const std::vector<Diagnostic> found = run.diagnostics();
        diagnostics->insert(diagnostics->end(), found.begin(), found.end());
    }
}

std::vector<Token> Tokenizer::tokenize(std::string_view input,
                                       std::vector<Diagnostic>* diagnostics) const {
    std::vector<Token> tokens;
    tokens.reserve(input.size() / 3 + 1);
    for_each_token(
        input, [&](const Token& t) { tokens.push_back(t); }, diagnostics);
    return tokens;
}

std::vector<Token> Tokenizer::subtokens(std::string_view input, const Token& token) const {
    if (!token.compound || token.span.end > input.size()) return {token};
    Impl fine = *impl_;
    fine.options.merge_dates_and_times = false;
    std::vector<Token> pieces;
    TokenizerRun run(
        fine, token.span.of(input),
        [](void* context, const Token& t) {
            static_cast<std::vector<Token>*>(context)->push_back(t);
            return true;
        },
        &pieces);
    run.run();
    for (Token& t : pieces) {
        t.span.begin += token.span.begin;
        t.span.end += token.span.begin;
    }
    return pieces;
}

std::string Tokenizer::normalized(std::string_view input, const Token& token) const {
    if (token.span.end > input.size() || token.span.begin > token.span.end) return {};
    return normalize(token.span.of(input), impl_->options.normalize).text();
}

BROADSHEET_NAMESPACE_END
