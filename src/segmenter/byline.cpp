#include "segmenter/byline.hpp"

#include <algorithm>

#include "segmenter/chars.hpp"

namespace broadsheet {
namespace detail {

namespace {

struct BuiltinRole {
    const char* text;
    AuthorRole role;
};

// Role words as printed in bylines, credits and editor lines.
constexpr BuiltinRole builtin_roles[] = {
    {"本报特约记者", AuthorRole::special_correspondent},
    {"本报特约通讯员", AuthorRole::special_correspondent},
    {"特约记者", AuthorRole::special_correspondent},
    {"特约通讯员", AuthorRole::special_correspondent},
    {"特约撰稿人", AuthorRole::special_correspondent},
    {"本报首席记者", AuthorRole::reporter},
    {"本报融媒体记者", AuthorRole::reporter},
    {"本报全媒体记者", AuthorRole::reporter},
    {"融媒体记者", AuthorRole::reporter},
    {"全媒体记者", AuthorRole::reporter},
    {"首席记者", AuthorRole::reporter},
    {"新华社记者", AuthorRole::reporter},
    {"中新社记者", AuthorRole::reporter},
    {"人民日报记者", AuthorRole::reporter},
    {"光明日报记者", AuthorRole::reporter},
    {"经济日报记者", AuthorRole::reporter},
    {"本报摄影记者", AuthorRole::photographer},
    {"摄影记者", AuthorRole::photographer},
    {"本报见习记者", AuthorRole::intern},
    {"见习记者", AuthorRole::intern},
    {"本报实习生", AuthorRole::intern},
    {"实习记者", AuthorRole::intern},
    {"实习生", AuthorRole::intern},
    {"本报记者", AuthorRole::reporter},
    {"本台记者", AuthorRole::reporter},
    {"本刊记者", AuthorRole::reporter},
    {"本网记者", AuthorRole::reporter},
    // A paper's own reporters named by its kind (晚报记者 in an evening paper).
    {"晚报记者", AuthorRole::reporter},
    {"晨报记者", AuthorRole::reporter},
    {"日报记者", AuthorRole::reporter},
    {"商报记者", AuthorRole::reporter},
    {"总台记者", AuthorRole::reporter},
    {"记者", AuthorRole::reporter},
    {"本报通讯员", AuthorRole::correspondent},
    {"通讯员", AuthorRole::correspondent},
    {"责任编辑", AuthorRole::editor},
    {"本版责编", AuthorRole::editor},
    {"本版编辑", AuthorRole::editor},
    {"美术编辑", AuthorRole::editor},
    {"版式设计", AuthorRole::editor},
    {"责编", AuthorRole::editor},
    {"编辑", AuthorRole::editor},
    {"美编", AuthorRole::editor},
    {"校对", AuthorRole::editor},
    {"版式", AuthorRole::editor},
    {"制图", AuthorRole::editor},
    {"摄影", AuthorRole::photographer},
    {"本报特约评论员", AuthorRole::writer},
    {"本报评论员", AuthorRole::writer},
    {"特约评论员", AuthorRole::writer},
    {"评论员", AuthorRole::writer},
    {"撰文", AuthorRole::writer},
    {"撰稿", AuthorRole::writer},
    {"作者", AuthorRole::writer},
    // Traditional forms (Hong Kong, Taiwan and overseas papers).
    {"本報特約記者", AuthorRole::special_correspondent},
    {"特約記者", AuthorRole::special_correspondent},
    {"本報記者", AuthorRole::reporter},
    {"晚報記者", AuthorRole::reporter},
    {"日報記者", AuthorRole::reporter},
    {"中央社記者", AuthorRole::reporter},
    {"新華社記者", AuthorRole::reporter},
    {"記者", AuthorRole::reporter},
    {"本報通訊員", AuthorRole::correspondent},
    {"通訊員", AuthorRole::correspondent},
    {"實習生", AuthorRole::intern},
    {"實習記者", AuthorRole::intern},
    {"攝影記者", AuthorRole::photographer},
    {"攝影", AuthorRole::photographer},
    {"責任編輯", AuthorRole::editor},
    {"編輯", AuthorRole::editor},
    {"美編", AuthorRole::editor},
    {"校對", AuthorRole::editor},
    {"評論員", AuthorRole::writer},
    // One-character roles only count before a slash or colon: 文/X 图/Y.
    {"圖", AuthorRole::photographer},
    {"文", AuthorRole::writer},
    {"图", AuthorRole::photographer},
};

// Words after names that end a credit: "X、Y参与采写", "X 摄".
constexpr std::string_view credit_suffixes[] = {
    "参与采写", "采访整理", "综合报道", "联合报道", "采写", "整理", "报道", "执笔", "摄影",
    "摄",       "參與採寫", "採訪整理", "綜合報導", "採寫", "報道", "報導", "攝影", "攝"};

// A name never ends in one of these: they make an organisation or a place.
constexpr std::string_view organisation_endings[] = {
    "部",   "局",   "委",   "办",   "院",   "所",   "社",   "报",   "台",   "网",
    "站",   "厅",   "处",   "科",   "队",   "中心", "公司", "集团", "大学", "学院",
    "学校", "协会", "政府", "街道", "社区", "省",   "市",   "县",   "区",   "镇",
    "乡",   "村",   "讯",   "电",   "组",   "会",   "馆",   "园",   "厂",   "行"};

// Sources of datelines, longest first within a shared prefix.
constexpr std::string_view agencies[] = {
    "中国新闻社", "国际在线", "人民日报", "光明日报", "经济日报", "工人日报", "中国日报",
    "央视新闻",   "新华社",   "中新社",   "中新网",   "人民网",   "新华网",   "央视网",
    "光明网",     "央广网",   "法新社",   "路透社",   "美联社",   "共同社",   "塔斯社",
    "韩联社",     "本报",     "本刊",     "本台",     "本网",     "中央社",   "新華社",
    "美聯社",     "本報",     "本網"};

// The most common Chinese surnames (single characters, then compound ones).
constexpr const char* common_surnames =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
    "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
constexpr std::string_view compound_surnames[] = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟",
    "长孙", "宇文", "司徒", "夏侯", "端木", "公孙", "轩辕", "独孤", "南宫",
    "西门", "百里", "呼延", "申屠", "澹台", "太史", "闻人", "万俟", "东郭"};

// Characters of editorial notes in parentheses (（全文完）, （待续）, （图片新闻）), rare in names.
bool has_note_char(std::string_view name) {
    for (const char* c : {"完", "续", "图", "版", "页", "讯", "电", "稿", "注", "详", "见", "續",
                          "圖", "頁", "訊", "電"})
        if (name.find(c) != std::string_view::npos) return true;
    return false;
}

bool starts_with_surname(std::string_view name) {
    if (has_note_char(name)) return false;
    for (std::string_view compound : compound_surnames)
        if (starts_with(name, compound)) return true;
    if (name.size() < 3) return false;
    return std::string_view(common_surnames).find(name.substr(0, 3)) != std::string_view::npos &&
           std::string_view(common_surnames).find(name.substr(0, 3)) % 3 == 0;
}

bool is_name_separator(char32_t c) {
    return c == U'、' || c == ',' || c == U'，' || c == ';' || c == U'；' || c == '/' ||
           c == U'／' || c == ':' || c == U'：' || c == U'|' || c == U'｜';
}

bool is_name_char(char32_t c) {
    return is_han(c) || c == U'·' || c == U'•' || c == U'・';
}

// Characters that may end a credit suffix: the suffix must not be the start of a longer word.
bool suffix_boundary(std::string_view text, std::size_t at, std::size_t end) {
    if (at >= end) return true;
    std::size_t length = 0;
    const char32_t c = code_point_at(text, at, length);
    return is_space(c) || is_name_separator(c) || is_close_paren(c) || is_open_paren(c) ||
           is_terminal(c);
}

std::size_t match_any(std::string_view text, std::size_t at, const std::string_view* words,
                      std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        const std::string_view word = words[i];
        if (text.size() - at >= word.size() && text.compare(at, word.size(), word) == 0)
            return word.size();
    }
    return 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end) {
        std::size_t length = 0;
        if (!is_space(code_point_at(text, at, length))) break;
        at += length;
    }
    return at;
}

// A month or day number: 1-3 digits or character numerals (三, 十二, 廿六). Returns bytes
// consumed, 0 if none.
std::size_t scan_number(std::string_view text, std::size_t at, std::size_t end, int& value) {
    std::size_t p = at;
    int count = 0, total = 0, current = 0;
    bool han = false;
    value = 0;
    while (p < end && count < 3) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, p, length);
        if (is_digit(c) && !han) {
            current = current * 10 + static_cast<int>(c >= 0xFF10 ? c - 0xFF10 : c - '0');
        } else if (is_han_numeral(c) && (count == 0 || han)) {
            han = true;
            if (c == U'十') {
                total += (current ? current : 1) * 10;
                current = 0;
            } else if (c == U'廿' || c == U'卅') {
                total += c == U'廿' ? 20 : 30;
                current = 0;
            } else {
                static constexpr char32_t digits[] = {U'零', U'一', U'二', U'三', U'四',
                                                      U'五', U'六', U'七', U'八', U'九'};
                current = 0;
                for (int i = 0; i < 10; ++i)
                    if (digits[i] == c) current = i;
            }
        } else {
            break;
        }
        ++count;
        p += length;
    }
    value = total + current;
    return count == 0 ? 0 : p - at;
}

void set_part(std::string_view text, std::size_t begin, std::size_t end, std::size_t base,
              std::string& out, Span& span) {
    out.assign(text.substr(begin, end - begin));
    span = Span{base + begin, base + end};
}

}  // namespace

const char* to_string(BylineKind kind) noexcept {
    switch (kind) {
        case BylineKind::none:
            return "none";
        case BylineKind::byline:
            return "byline";
        case BylineKind::dateline:
            return "dateline";
        case BylineKind::credit:
            return "credit";
        case BylineKind::photo_credit:
            return "photo_credit";
        case BylineKind::editor_line:
            return "editor_line";
    }
    return "none";
}

struct BylineParser::Parsed {
    std::vector<Author> authors;
    int role_words = 0;
    int rejected = 0;
    int guessed = 0;
    bool photo_suffix = false;
    bool credit_suffix = false;
    bool affiliation = false;
};

BylineParser::BylineParser(const std::vector<RoleWord>& extra_role_words) {
    for (const RoleWord& word : extra_role_words)
        if (!word.text.empty()) role_words_.push_back(word);
    for (const BuiltinRole& word : builtin_roles) role_words_.push_back({word.text, word.role});
    std::stable_sort(
        role_words_.begin(), role_words_.end(),
        [](const RoleWord& a, const RoleWord& b) { return a.text.size() > b.text.size(); });
    for (std::size_t i = 0; i < role_words_.size(); ++i) {
        std::size_t length = 0;
        const char32_t first = code_point_at(role_words_[i].text, 0, length);
        auto it = std::lower_bound(by_first_char_.begin(), by_first_char_.end(), first,
                                   [](const std::pair<char32_t, std::vector<std::size_t>>& e,
                                      char32_t c) { return e.first < c; });
        if (it == by_first_char_.end() || it->first != first)
            it = by_first_char_.insert(it, {first, {}});
        it->second.push_back(i);
    }
}

namespace {

// OCR and some layouts letter-space short lines (本 报 记 者  蒋 涛): `word` (two or more
// characters) printed with one space between its characters. Returns the bytes matched.
std::size_t match_letter_spaced(std::string_view text, std::size_t at, std::string_view word) {
    std::size_t p = at, w = 0, length = 0;
    while (w < word.size()) {
        const char32_t c = code_point_at(word, w, length);
        std::size_t text_length = 0;
        if (p >= text.size() || code_point_at(text, p, text_length) != c) return 0;
        p += text_length;
        w += length;
        if (w < word.size()) {
            if (p >= text.size() || text[p] != ' ') return 0;
            ++p;
        }
    }
    return w > length ? p - at : 0;  // a one-character word is never letter-spaced
}

}  // namespace

std::size_t BylineParser::match_role_word(std::string_view text, std::size_t at,
                                          AuthorRole& role) const {
    if (at >= text.size()) return 0;
    std::size_t first_length = 0;
    const char32_t first = code_point_at(text, at, first_length);
    const auto bucket = std::lower_bound(by_first_char_.begin(), by_first_char_.end(), first,
                                         [](const std::pair<char32_t, std::vector<std::size_t>>& e,
                                            char32_t c) { return e.first < c; });
    if (bucket == by_first_char_.end() || bucket->first != first) return 0;
    for (std::size_t index : bucket->second) {
        const RoleWord& word = role_words_[index];
        std::size_t matched = 0;
        if (text.size() - at >= word.text.size() &&
            text.compare(at, word.text.size(), word.text) == 0)
            matched = word.text.size();
        else if (!(matched = match_letter_spaced(text, at, word.text)))
            continue;
        if (char_count(word.text) == 1) {
            // 文/图 are role words only before a slash or colon (文/张三, 图：李四).
            std::size_t after = matched + at;
            std::size_t length = 0;
            while (after < text.size() && text[after] == ' ') ++after;  // 文 / 王小燕
            if (after >= text.size()) continue;
            const char32_t c = code_point_at(text, after, length);
            if (c != '/' && c != U'／' && c != ':' && c != U'：' && c != U'|') continue;
        }
        role = word.role;
        return matched;
    }
    return 0;
}

bool BylineParser::parse_people(std::string_view text, std::size_t begin, std::size_t end,
                                std::size_t base, const RoleWord& default_role, Parsed& out) const {
    struct Token {
        std::size_t begin, end;
        std::size_t chars;
        bool spaces_only_before;  // separated from the previous token by spaces only
        AuthorRole role;
        std::string role_text;
    };
    std::vector<Token> tokens;
    AuthorRole role = default_role.role;
    std::string role_text = default_role.text;
    bool separator_seen = true;  // nothing to merge with at the start
    std::size_t p = begin;
    while (p < end) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, p, length);
        if (is_space(c) || is_bullet(c)) {
            p += length;
            continue;
        }
        if (is_name_separator(c)) {
            separator_seen = true;
            p += length;
            continue;
        }
        if (starts_with(text.substr(p), "作者为") || starts_with(text.substr(p), "作者系") ||
            starts_with(text.substr(p), "作者是") || starts_with(text.substr(p), "作者单位")) {
            out.affiliation = true;
            return true;
        }
        AuthorRole matched = AuthorRole::unknown;
        if (const std::size_t n = match_role_word(text, p, matched)) {
            role = matched;
            role_text.assign(text.substr(p, n));
            ++out.role_words;
            separator_seen = true;
            p += n;
            continue;
        }
        if (const std::size_t n = match_any(text, p, credit_suffixes, std::size(credit_suffixes))) {
            if (suffix_boundary(text, p + n, end)) {
                if (text.compare(p, n, "摄") == 0 || text.compare(p, n, "摄影") == 0) {
                    out.photo_suffix = true;
                    // The names since the last role word took the photos.
                    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
                        if (it->role != role || it->role_text != role_text) break;
                        it->role = AuthorRole::photographer;
                        if (it->role_text.empty()) it->role_text = "摄";
                    }
                } else {
                    out.credit_suffix = true;
                }
                separator_seen = true;
                p += n;
                continue;
            }
        }
        if (starts_with(text.substr(p), "发自")) {  // 发自北京: a place, not a name
            p += 6;
            while (p < end && is_han(code_point_at(text, p, length))) p += length;
            separator_seen = true;
            continue;
        }
        if (!is_name_char(c)) return false;
        // A run of name characters, cut before a role word or a credit suffix.
        std::size_t q = p, chars = 0;
        // Longer runs of characters are sentences or organisations: not a byline line.
        constexpr std::size_t max_run_chars = 10;
        while (q < end) {
            std::size_t l = 0;
            if (!is_name_char(code_point_at(text, q, l))) break;
            if (chars >= max_run_chars && !starts_with(text.substr(p, q - p), "发自")) return false;
            if (chars >= 2) {
                AuthorRole ignored;
                if (match_role_word(text, q, ignored)) break;
                const std::size_t n =
                    match_any(text, q, credit_suffixes, std::size(credit_suffixes));
                if (n && suffix_boundary(text, q + n, end)) break;
            }
            q += l;
            ++chars;
        }
        const bool place_before_report =  // 记者 张三 北京报道: 北京 is where, not who
            (starts_with(text.substr(q), "报道") || starts_with(text.substr(q), "報導")) &&
            !tokens.empty() && tokens.back().role_text == role_text && !separator_seen;
        if (place_before_report || ends_with(text.substr(p, q - p), "报道") ||
            ends_with(text.substr(p, q - p), "報導")) {
            p = q;
            separator_seen = true;
            continue;
        }
        tokens.push_back({p, q, chars, !separator_seen, role, role_text});
        separator_seen = false;
        p = q;
    }

    // Names padded with spaces (程  龙) come as one-character tokens: join them.
    std::vector<Token> merged;
    for (const Token& token : tokens) {
        if (!merged.empty() && token.chars == 1 && merged.back().chars < 3 &&
            token.spaces_only_before && token.role_text == merged.back().role_text &&
            (merged.back().chars == 1 || merged.back().spaces_only_before == false)) {
            // Only when the previous token was itself a single character, or a single
            // character followed a one-character start (程 龙, 欧阳 修 stays two tokens).
            if (merged.back().chars == 1) {
                merged.back().end = token.end;
                merged.back().chars += 1;
                continue;
            }
        }
        merged.push_back(token);
    }

    for (const Token& token : merged) {
        std::string name;
        for (std::size_t q = token.begin; q < token.end;) {
            std::size_t l = 0;
            if (!is_space(code_point_at(text, q, l))) name.append(text.substr(q, l));
            q += l;
        }
        // Two characters are a surname and a given name (张园, 李村); organisation names are
        // longer, or end in a longer word (中心, 公司).
        bool organisation = false;
        for (std::string_view ending : organisation_endings)
            if (ends_with(name, ending) && (token.chars >= 3 || ending.size() > 3))
                organisation = true;
        const bool foreign =
            name.find("·") != std::string::npos || name.find("•") != std::string::npos;
        if (organisation || token.chars < 2 || (token.chars > 4 && !foreign && token.chars != 6) ||
            token.chars > 16) {
            ++out.rejected;
            continue;
        }
        if (token.chars == 6 && !foreign) {  // two three-character names printed together
            ++out.guessed;
            const std::size_t half = name.size() / 2;
            out.authors.push_back({name.substr(0, half), token.role, token.role_text,
                                   Span{base + token.begin, base + token.begin + half}});
            out.authors.push_back({name.substr(half), token.role, token.role_text,
                                   Span{base + token.begin + half, base + token.end}});
            continue;
        }
        out.authors.push_back({std::move(name), token.role, token.role_text,
                               Span{base + token.begin, base + token.end}});
    }
    return true;
}

BylineResult BylineParser::parse_line(std::string_view line, std::size_t base) const {
    return parse_line_with(line, base, nullptr);
}

bool BylineParser::looks_like_person_name(std::string_view name) {
    const std::size_t chars = char_count(name);
    return chars >= 2 && chars <= 4 && starts_with_surname(name) &&
           (chars <= 3 || std::any_of(std::begin(compound_surnames), std::end(compound_surnames),
                                      [&](std::string_view s) { return starts_with(name, s); }));
}

BylineResult BylineParser::parse_continuation(std::string_view line, std::size_t base,
                                              const RoleWord& role) const {
    BylineResult result = parse_line_with(line, base, &role);
    if (result.kind == BylineKind::dateline) return BylineResult{};
    return result;
}

bool BylineParser::is_role_only(std::string_view line, RoleWord& role) const {
    std::size_t offset = 0;
    std::string_view text = trim(line, &offset);
    while (!text.empty()) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, 0, length);
        if (!is_bullet(c) && !is_space(c)) break;
        text.remove_prefix(length);
    }
    while (ends_with(text, ":") || ends_with(text, "：") || ends_with(text, " "))
        text.remove_suffix(ends_with(text, "：") ? 3 : 1);
    if (text.empty()) return false;
    AuthorRole matched = AuthorRole::unknown;
    const std::size_t n = match_role_word(text, 0, matched);
    if (n != text.size()) return false;
    role.text.assign(text);
    role.role = matched;
    return true;
}

BylineResult BylineParser::parse_line_with(std::string_view line, std::size_t base,
                                           const RoleWord* continued) const {
    BylineResult result;
    // Bylines are short; long lines are body text (and this keeps the parse O(1) per line).
    constexpr std::size_t max_byline_bytes = 300;
    std::size_t offset = 0;
    std::string_view text = trim(line, &offset);
    if (text.empty() || text.size() > max_byline_bytes) return result;
    std::size_t begin = offset, end = offset + text.size();
    while (begin < end) {
        std::size_t length = 0;
        const char32_t c = code_point_at(line, begin, length);
        if (!is_bullet(c) && !is_space(c)) break;
        begin += length;
    }
    if (begin >= end) return result;
    std::size_t first_length = 0;
    const char32_t first = code_point_at(line, offset, first_length);
    const bool bulleted = begin > offset && first != U'|' && first != U'｜' && first != '*';

    // A dateline alone on its line (possibly in parentheses, possibly with its byline).
    BylineResult dateline = parse_dateline_prefix(line.substr(0, end), base);
    if (dateline.kind == BylineKind::dateline && dateline.rest_begin == base + end) {
        dateline.span = Span{base + offset, base + end};
        return dateline;
    }

    std::size_t length = 0;
    bool parenthesized = false;
    if (is_open_paren(code_point_at(line, begin, length))) {
        const Tail tail = tail_of(line.substr(begin, end - begin));
        if (tail.count > 0 && is_close_paren(tail.last[0])) {
            parenthesized = true;
            begin += length;
            std::size_t close = end - 1;
            while (close > begin && (static_cast<unsigned char>(line[close]) & 0xC0) == 0x80)
                --close;
            end = close;
        }
    }
    Parsed parsed;
    if (!parse_people(line, begin, end, base, continued ? *continued : RoleWord{}, parsed))
        return result;
    result.span = Span{base + offset, base + offset + text.size()};
    result.authors = std::move(parsed.authors);
    if (parsed.affiliation) {
        if (!parenthesized) return BylineResult{};
        result.kind = BylineKind::credit;
        result.confidence = 0.9;
        result.rest_begin = result.span.end;
        return result;
    }
    // More rejected words than names: a sentence that happens to start with a role word.
    if (result.authors.empty() || parsed.rejected > static_cast<int>(result.authors.size()))
        return BylineResult{};
    const bool all_editors =
        std::all_of(result.authors.begin(), result.authors.end(),
                    [](const Author& a) { return a.role == AuthorRole::editor; });
    const bool all_photographers =
        std::all_of(result.authors.begin(), result.authors.end(),
                    [](const Author& a) { return a.role == AuthorRole::photographer; });
    // （李明）after a brief: a reporter's name alone in parentheses. Without a role word a
    // name must start with a common surname, so （全文完） or （图片新闻） are not names.
    // ■ 李 文: a byline bullet before a name alone makes a byline too.
    const bool bare_names =
        (parenthesized || bulleted) && parsed.role_words == 0 && !parsed.photo_suffix &&
        !continued && parsed.rejected == 0 && result.authors.size() <= 3 &&
        std::all_of(result.authors.begin(), result.authors.end(),
                    [](const Author& a) { return starts_with_surname(a.name); });
    if (bare_names) {
        result.kind = parenthesized ? BylineKind::credit : BylineKind::byline;
        result.confidence = 0.6;
        result.rest_begin = result.span.end;
        return result;
    }
    if (parsed.role_words == 0 && !parsed.photo_suffix && !continued) return BylineResult{};
    if (all_editors) {
        result.kind = BylineKind::editor_line;
    } else if (all_photographers && (parsed.photo_suffix || parenthesized)) {
        result.kind = BylineKind::photo_credit;
    } else if (parenthesized) {  // 报道, 采写 without parentheses: a byline
        result.kind = BylineKind::credit;
    } else {
        result.kind = BylineKind::byline;
    }
    // In a byline the role word comes first (记者 张三) or 摄 follows (张三 摄): a name
    // before any role word means the line is something else (示意图：新线走向).
    for (const Author& author : result.authors)
        if (author.role == AuthorRole::unknown) return BylineResult{};
    double confidence = parsed.role_words > 0 ? 0.95 : 0.8;
    confidence -= 0.2 * parsed.rejected + 0.15 * parsed.guessed;
    result.confidence = std::max(0.2, confidence);
    result.rest_begin = result.span.end;
    return result;
}

bool BylineParser::parse_parenthesis(std::string_view text, std::size_t at, std::size_t base,
                                     std::vector<Author>& authors, std::size_t& after) const {
    std::size_t length = 0;
    const std::size_t end = text.size();
    if (at >= end || !is_open_paren(code_point_at(text, at, length))) return false;
    const std::size_t inner = at + length;
    std::size_t close = inner;
    constexpr std::size_t max_inner_bytes = 200;
    while (close < end && close - inner < max_inner_bytes) {
        std::size_t l = 0;
        if (is_close_paren(code_point_at(text, close, l))) break;
        close += l;
    }
    if (close >= end || close - inner >= max_inner_bytes) return false;
    Parsed parsed;
    if (!parse_people(text, inner, close, base, RoleWord{}, parsed) || parsed.authors.empty() ||
        parsed.role_words == 0)
        return false;
    code_point_at(text, close, length);
    after = close + length;
    authors = std::move(parsed.authors);
    return true;
}

BylineResult BylineParser::parse_byline_parenthesis(std::string_view text, std::size_t base) const {
    BylineResult result;
    const std::size_t end = text.size();
    const std::size_t start = skip_spaces(text, 0, end);
    std::size_t p = 0;
    if (!parse_parenthesis(text, start, base, result.authors, p)) return BylineResult{};
    result.byline_span = Span{base + start, base + p};
    std::size_t length = 0;
    while (p < end) {  // separators before the lead: spaces, a colon
        const char32_t c = code_point_at(text, p, length);
        if (!is_space(c) && c != ':' && c != U'：') break;
        p += length;
        if (!is_space(c)) result.byline_span.end = base + p;
    }
    result.kind = BylineKind::byline;
    result.span = Span{base + start, base + p};
    result.rest_begin = base + p;
    result.confidence = 0.9;
    return result;
}

BylineResult BylineParser::parse_dateline_prefix(std::string_view text, std::size_t base) const {
    BylineResult result;
    const std::size_t end = text.size();
    std::size_t p = skip_spaces(text, 0, end);
    const std::size_t start = p;
    std::size_t length = 0;
    bool paren = false;
    if (p < end && is_open_paren(code_point_at(text, p, length))) {
        paren = true;
        p = skip_spaces(text, p + length, end);
    }
    Dateline& d = result.dateline;
    if (starts_with(text.substr(p), "据") || starts_with(text.substr(p), "據")) p += 3;
    double confidence = 0.95;
    if (const std::size_t n = match_any(text, p, agencies, std::size(agencies))) {
        set_part(text, p, p + n, base, d.source, d.source_span);
        p += n;
    } else {
        confidence = 0.7;
    }
    // （中央社記者楊明珠東京17日電）: the reporter inside a parenthesized dateline, name and
    // place run together.
    std::size_t reporter_role_end = 0;
    AuthorRole reporter_role = AuthorRole::unknown;
    if (paren && !d.source.empty()) {
        const std::size_t n = match_role_word(text, p, reporter_role);
        if (n && reporter_role == AuthorRole::reporter) {
            reporter_role_end = p + n;
            p = reporter_role_end;
        }
    }
    std::vector<Author> reporters;
    bool found = false;
    if (!d.source.empty() &&
        (starts_with(text.substr(p), "讯") || starts_with(text.substr(p), "訊") ||
         starts_with(text.substr(p), "電") ||
         (starts_with(text.substr(p), "电") && !starts_with(text.substr(p), "电视")))) {
        p += 3;  // 本报讯, 新华社电
        found = true;
    } else {
        // Place (Han characters, at most 10), then the date, then 电 / 专电 / 讯.
        const std::size_t place_begin = p;
        std::size_t q = p, place_chars = 0;
        // 本报北京电, 新华社北京电: an agency, a place and 电 without a date.
        auto dateless_word_at = [&](std::size_t at) -> std::size_t {
            if (d.source.empty() || place_chars < 2) return 0;
            for (const char* word : {"专电", "專電", "电", "電", "讯", "訊"}) {
                if (starts_with(text.substr(at), word) && !starts_with(text.substr(at), "电视") &&
                    !starts_with(text.substr(at), "電視"))
                    return std::string_view(word).size();
            }
            return 0;
        };
        std::size_t dateless_word = 0;
        while (q < end && place_chars <= 10) {
            if ((dateless_word = dateless_word_at(q)) != 0) break;
            const char32_t c = code_point_at(text, q, length);
            if (is_digit(c)) break;
            if (is_han_numeral(c)) {
                int ignored = 0;
                const std::size_t n = scan_number(text, q, end, ignored);
                if (n && (starts_with(text.substr(q + n), "月") ||
                          starts_with(text.substr(q + n), "日")))
                    break;
            }
            if (!is_han(c) && !is_space(c)) return BylineResult{};
            q += length;
            ++place_chars;
        }
        std::size_t place_end = q;
        while (place_end > place_begin && text[place_end - 1] == ' ') --place_end;
        if (reporter_role_end) {
            // Names run into the place: three characters when at least two are left for the
            // place, else two (楊明珠東京, 王麗台北). A guess, with a lower confidence.
            const std::size_t chars = char_count(text.substr(place_begin, place_end - place_begin));
            if (chars < 4) return BylineResult{};
            const std::size_t name_chars = chars >= 5 ? 3 : 2;
            std::size_t name_end = place_begin;
            for (std::size_t i = 0; i < name_chars; ++i)
                code_point_at(text, name_end, length), name_end += length;
            const std::size_t role_begin = d.source_span.begin - base;
            reporters.push_back(
                {std::string(text.substr(place_begin, name_end - place_begin)), reporter_role,
                 std::string(text.substr(role_begin, reporter_role_end - role_begin)),
                 Span{base + place_begin, base + name_end}});
            confidence = std::min(confidence, 0.8);
            set_part(text, name_end, place_end, base, d.place, d.place_span);
        } else if (place_end > place_begin) {
            set_part(text, place_begin, place_end, base, d.place, d.place_span);
        }
        if (d.source.empty() && d.place.empty()) return BylineResult{};
        if (dateless_word) {
            p = q + dateless_word;
            found = true;
        } else {
            const std::size_t date_begin = q;
            int first = 0, second = 0;
            std::size_t n = scan_number(text, q, end, first);
            if (!n) return BylineResult{};
            q += n;
            if (starts_with(text.substr(q), "月")) {
                q += 3;
                n = scan_number(text, q, end, second);
                if (!n || !starts_with(text.substr(q + n), "日")) return BylineResult{};
                q += n + 3;
                d.month = first;
                d.day = second;
            } else if (starts_with(text.substr(q), "日")) {
                q += 3;
                d.day = first;
            } else {
                return BylineResult{};
            }
            set_part(text, date_begin, q, base, d.date, d.date_span);
            q = skip_spaces(text, q, end);
            for (const char* word : {"綜合外電報導", "综合外电报道", "综合报道", "綜合報導", "专电",
                                     "專電", "电讯", "电", "讯", "電", "訊"}) {
                if (starts_with(text.substr(q), word)) {
                    q += std::string_view(word).size();
                    found = true;
                    break;
                }
            }
            if (d.month > 12 || d.day > 31 || d.day == 0) return BylineResult{};
            p = q;
        }
    }
    if (!found) return BylineResult{};
    if (paren) {
        p = skip_spaces(text, p, end);
        if (p >= end || !is_close_paren(code_point_at(text, p, length))) return BylineResult{};
        p += length;
    }
    d.span = Span{base + start, base + p};
    d.confidence = confidence;
    result.kind = BylineKind::dateline;
    result.has_dateline = true;
    result.confidence = confidence;

    // The byline in parentheses after the dateline: （记者李龙伊）; or up to a colon:
    // 本报讯 记者 张明 通讯员 李华报道：.
    if (!paren) {
        const std::size_t q = skip_spaces(text, p, end);
        std::size_t close_end = 0;
        if (parse_parenthesis(text, q, base, result.authors, close_end)) {
            result.byline_span = Span{base + q, base + close_end};
            p = close_end;
        } else {
            constexpr std::size_t max_byline_bytes = 90;
            const std::size_t window = std::min(end, q + max_byline_bytes);
            std::size_t colon = std::string_view::npos, colon_length = 0;
            for (std::size_t i = q; i < window;) {
                const char32_t c = code_point_at(text, i, length);
                if (c == ':' || c == U'：') {
                    colon = i;
                    colon_length = length;
                    break;
                }
                i += length;
            }
            Parsed parsed;
            if (colon != std::string_view::npos && colon > q &&
                parse_people(text, q, colon, base, RoleWord{}, parsed) && !parsed.authors.empty() &&
                parsed.role_words > 0 && parsed.rejected == 0) {
                p = colon + colon_length;
                result.byline_span = Span{base + q, base + p};
                result.authors = std::move(parsed.authors);
            }
        }
    }
    if (!reporters.empty()) result.authors = std::move(reporters);
    // Separators between the dateline and the lead: spaces, a colon, a dash. The visible
    // ones belong to the dateline (or to its byline parenthesis).
    std::size_t visible_end = 0;
    while (p < end) {
        const char32_t c = code_point_at(text, p, length);
        if (!is_space(c) && c != ':' && c != U'：' && c != U'—' && c != '-') break;
        p += length;
        if (!is_space(c)) visible_end = p;
    }
    if (visible_end > 0) {
        Span& owner = result.byline_span.empty() ? d.span : result.byline_span;
        owner.end = std::max(owner.end, base + visible_end);
    }
    result.span = Span{base + start, base + p};
    result.rest_begin = base + p;
    return result;
}

}  // namespace detail
}  // namespace broadsheet

BROADSHEET_NAMESPACE_BEGIN
const char* to_string(AuthorRole role) noexcept {
    switch (role) {
        case AuthorRole::reporter:
            return "reporter";
        case AuthorRole::correspondent:
            return "correspondent";
        case AuthorRole::intern:
            return "intern";
        case AuthorRole::special_correspondent:
            return "special_correspondent";
        case AuthorRole::photographer:
            return "photographer";
        case AuthorRole::writer:
            return "writer";
        case AuthorRole::editor:
            return "editor";
        case AuthorRole::unknown:
            return "unknown";
    }
    return "unknown";
}
BROADSHEET_NAMESPACE_END
