// Tokenizer: one test per rule, dictionaries, and the span invariants on generated input.
#include <broadsheet/tokenizer.hpp>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

using broadsheet::Dictionary;
using broadsheet::Span;
using broadsheet::Token;
using broadsheet::Tokenizer;
using broadsheet::TokenizerOptions;
using broadsheet::TokenKind;

namespace {

const Tokenizer& default_tokenizer() {
    static const Tokenizer tokenizer;
    return tokenizer;
}

// The non-whitespace tokens of `text` joined by '|'.
std::string words(const Tokenizer& tokenizer, std::string_view text) {
    std::string out;
    for (const Token& t : tokenizer.tokenize(text)) {
        if (t.kind == TokenKind::whitespace) continue;
        if (!out.empty()) out += '|';
        out += std::string(t.text(text));
    }
    return out;
}
std::string words(std::string_view text) {
    return words(default_tokenizer(), text);
}

// The first token whose text is `word`.
Token find_token(std::string_view text, std::string_view word) {
    for (const Token& t : default_tokenizer().tokenize(text))
        if (t.text(text) == word) return t;
    FAIL("no token " << std::string(word) << " in " << std::string(text));
    return {};
}

// Every byte covered exactly once, in order.
void check_cover(std::string_view input, const std::vector<Token>& tokens) {
    std::size_t at = 0;
    for (const Token& t : tokens) {
        REQUIRE(t.span.begin == at);
        REQUIRE(t.span.end > t.span.begin);
        at = t.span.end;
    }
    REQUIRE(at == input.size());
}

std::vector<std::string> sentences(std::string_view text) {
    std::vector<std::string> out;
    for (Span s : default_tokenizer().sentences(text)) out.emplace_back(s.of(text));
    return out;
}

}  // namespace

TEST_CASE("tokenizer segments Han text by the lexicon's most probable path", "[tokenizer]") {
    CHECK(words("我们今天去北京参观") == "我们|今天|去|北京|参观");
    CHECK(words("经济发展") == "经济|发展");
}

TEST_CASE("tokenizer long word penalty decides between lexicon compounds and their parts",
          "[tokenizer]") {
    TokenizerOptions jieba_like;
    jieba_like.long_word_penalty = 0;
    CHECK(words(Tokenizer(jieba_like), "去北京大学参观") == "去|北京大学|参观");
    CHECK(words("去北京大学参观") == "去|北京|大学|参观");
}

TEST_CASE("tokenizer keeps spans in the caller's original bytes after full-width folding",
          "[tokenizer]") {
    const std::string text = "１９９６年，ＡＢＣ公司";
    const auto tokens = default_tokenizer().tokenize(text);
    check_cover(text, tokens);
    REQUIRE(tokens.size() >= 3);
    CHECK(tokens[0].text(text) == "１９９６年");
    CHECK(tokens[0].kind == TokenKind::date);
    CHECK(tokens[1].text(text) == "，");
    CHECK(tokens[1].kind == TokenKind::punctuation);
    CHECK(tokens[2].text(text) == "ＡＢＣ");
    CHECK(tokens[2].kind == TokenKind::latin);
    CHECK(default_tokenizer().normalized(text, tokens[2]) == "ABC");
}

TEST_CASE("tokenizer attaches time and magnitude units to numbers", "[tokenizer]") {
    CHECK(words("2000年") == "2000年");
    CHECK(find_token("增长了90%。", "90%").kind == TokenKind::number);
    CHECK(find_token("投资3.14亿元", "3.14亿").kind == TokenKind::number);
    CHECK(find_token("9时开会", "9时").kind == TokenKind::time);
    CHECK(find_token("共30分", "30分").kind == TokenKind::time);
    CHECK(find_token("共有12,345人", "12,345").kind == TokenKind::number);
}

TEST_CASE("tokenizer reads Chinese numerals with their units", "[tokenizer]") {
    CHECK(find_token("二〇二五年", "二〇二五年").kind == TokenKind::date);
    CHECK(find_token("二○○一年新年", "二○○一年").kind == TokenKind::date);
    CHECK(find_token("约三百五十万人", "三百五十万").kind == TokenKind::number);
}

TEST_CASE("tokenizer tells dates and times from durations and idioms", "[tokenizer]") {
    CHECK(find_token("九时开会", "九时").kind == TokenKind::time);
    CHECK(find_token("五月一日放假", "五月一日").kind == TokenKind::date);
    CHECK(find_token("他十分高兴", "十分").kind == TokenKind::word);
    CHECK(find_token("一时说不出话", "一时").kind == TokenKind::word);
    CHECK(find_token("二十年来", "二十年").kind == TokenKind::number);
    CHECK(words("5年前") == "5|年前");
    CHECK(find_token("1998年", "1998年").kind == TokenKind::date);
    CHECK(find_token("下午3点半到", "下午3点半").kind == TokenKind::time);
}

TEST_CASE("tokenizer attaches measure words when asked (MSR standard)", "[tokenizer]") {
    TokenizerOptions options;
    options.attach_measure_words = true;
    const Tokenizer msr(options);
    CHECK(words(msr, "有8个人，投资20多万元") == "有|8个|人|，|投资|20多万元");
    CHECK(words("有8个人").find("8个") == std::string::npos);
}

TEST_CASE("tokenizer joins whole dates and times into compound tokens with sub-tokens",
          "[tokenizer]") {
    const std::string text = "2025年11月28日上午9时30分召开";
    const Token date = find_token(text, "2025年11月28日");
    CHECK(date.kind == TokenKind::date);
    CHECK(date.compound);
    const auto pieces = default_tokenizer().subtokens(text, date);
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].text(text) == "2025年");
    CHECK(pieces[1].text(text) == "11月");
    CHECK(pieces[2].text(text) == "28日");
    const Token time = find_token(text, "上午9时30分");
    CHECK(time.kind == TokenKind::time);
    CHECK(time.compound);
    CHECK(default_tokenizer().subtokens(text, time).size() == 3);
    CHECK(find_token("日期2025-11-28。", "2025-11-28").kind == TokenKind::date);
    CHECK(find_token("在9:30开始", "9:30").kind == TokenKind::time);
}

TEST_CASE("tokenizer leaves date pieces apart when date merging is off", "[tokenizer]") {
    TokenizerOptions options;
    options.merge_dates_and_times = false;
    const Tokenizer fine(options);
    CHECK(words(fine, "2025年11月28日") == "2025年|11月|28日");
}

TEST_CASE("tokenizer segments across hard line wraps when asked", "[tokenizer]") {
    TokenizerOptions options;
    options.join_wrapped_lines = true;
    const Tokenizer wrapped(options);
    const std::string text = "送上慰问\n品，中国\n人民";
    const auto tokens = wrapped.tokenize(text);
    check_cover(text, tokens);
    const std::string joined = words(wrapped, text);
    CHECK(joined.find("|慰问\n品|，|中国|人民") != std::string::npos);
    CHECK(words(text).find("|慰问|品|，|中国|人民") != std::string::npos);
}

TEST_CASE("tokenizer keeps Latin words and mixed alphanumerics whole", "[tokenizer]") {
    CHECK(find_token("发展AI技术", "AI").kind == TokenKind::latin);
    CHECK(find_token("5G网络", "5G").kind == TokenKind::latin);
    CHECK(find_token("防控COVID-19疫情", "COVID-19").kind == TokenKind::latin);
    CHECK(words("New York的AT&T") == "New|York|的|AT&T");
}

TEST_CASE("tokenizer recognises URLs, e-mail addresses, hashtags and mentions", "[tokenizer]") {
    const std::string text =
        "详见https://example.com/a?b=1，联系news@example.cn #春节# @人民日报 #AI";
    CHECK(find_token(text, "https://example.com/a?b=1").kind == TokenKind::url);
    CHECK(find_token(text, "news@example.cn").kind == TokenKind::email);
    CHECK(find_token(text, "#春节#").kind == TokenKind::hashtag);
    CHECK(find_token(text, "@人民日报").kind == TokenKind::mention);
    CHECK(find_token(text, "#AI").kind == TokenKind::hashtag);
    CHECK(find_token("访问www.gov.cn。", "www.gov.cn").kind == TokenKind::url);
}

TEST_CASE("tokenizer classifies punctuation, symbols and whitespace", "[tokenizer]") {
    const std::string text = "好……走——来 + ¥";
    CHECK(find_token(text, "……").kind == TokenKind::punctuation);
    CHECK(find_token(text, "——").kind == TokenKind::punctuation);
    CHECK(find_token(text, "+").kind == TokenKind::symbol);
    CHECK(find_token(text, "¥").kind == TokenKind::symbol);
    CHECK(find_token(text, " ").kind == TokenKind::whitespace);
}

TEST_CASE("tokenizer joins unknown place names with an administrative suffix", "[tokenizer]") {
    CHECK(words("山东桓台县") == "山东|桓台县");
}

TEST_CASE("tokenizer joins a surname with an unknown given name", "[tokenizer]") {
    CHECK(words("记者穆玲英报道") == "记者|穆玲英|报道");
    CHECK(words("总工程师郑守仁说") == "总工程师|郑守仁|说");
    TokenizerOptions options;
    options.merge_person_names = false;
    CHECK(words(Tokenizer(options), "记者穆玲英报道") != "记者|穆玲英|报道");
}

TEST_CASE("tokenizer joins transliterated names at their middle dot", "[tokenizer]") {
    CHECK(words("古巴领导人菲德尔·卡斯特罗说") == "古巴|领导人|菲德尔·卡斯特罗|说");
    CHECK(words("甲·乙") == "甲|·|乙");
}

TEST_CASE("tokenizer segments other scripts with ICU", "[tokenizer]") {
    const std::string text = "東京で会議 서울특별시 Москва";
    const auto tokens = default_tokenizer().tokenize(text);
    check_cover(text, tokens);
    bool kana = false, hangul = false, cyrillic = false;
    for (const Token& t : tokens) {
        kana |= t.script == broadsheet::Script::kana;
        hangul |= t.script == broadsheet::Script::hangul;
        cyrillic |= t.script == broadsheet::Script::cyrillic && t.text(text) == "Москва";
    }
    CHECK(kana);
    CHECK(hangul);
    CHECK(cyrillic);
}

TEST_CASE("tokenizer user dictionary overrides the base segmentation", "[tokenizer]") {
    const std::string text = "南昆铁路通车";
    CHECK(words(text) != "南昆铁路|通车");
    auto dict = Dictionary::from_text("南昆铁路\n");
    REQUIRE(dict);
    const Tokenizer custom({}, {*dict});
    CHECK(words(custom, text) == "南昆铁路|通车");
}

TEST_CASE("tokenizer learns number suffixes from a user dictionary", "[tokenizer]") {
    // Entries like "8个" (full-width digits, as in corpus word lists) set the standard.
    auto dict = Dictionary::from_text("８个\n12个\n３个\n100个\n7个\n20亿元\n");
    REQUIRE(dict);
    const Tokenizer custom({}, {*dict});
    CHECK(words(custom, "有9个人") == "有|9个|人");
    CHECK(words(custom, "投资20亿元") != "投资|20亿元");  // one number is no standard
    CHECK(dict->contains("8个"));
    CHECK(dict->contains("８个"));
}

TEST_CASE("tokenizer user words only option keeps the user dictionary's standard", "[tokenizer]") {
    auto dict = Dictionary::from_text("北京\n大学\n");
    REQUIRE(dict);
    TokenizerOptions options;
    options.user_words_only = true;
    CHECK(words(Tokenizer(options, {*dict}), "北京大学") == "北京|大学");
}

TEST_CASE("tokenizer dictionary parses jieba format and plain word lists", "[tokenizer]") {
    auto dict =
        Dictionary::from_text("# comment\r\n云计算 5 n\r\n区块链 10\n\n创新办 nz\n大数据\n");
    REQUIRE(dict);
    CHECK(dict->size() == 4);
    CHECK(dict->contains("云计算"));
    CHECK(dict->contains("大数据"));
    CHECK_FALSE(dict->contains("云"));
    CHECK(dict->frequency("区块链") == Approx(10.0));
    CHECK(dict->frequency("大数据") == 0.0);
}

TEST_CASE("tokenizer dictionary reports malformed lines with file and line", "[tokenizer]") {
    auto bad_frequency = Dictionary::from_text("好 1\n坏 12x n\n", "user.dict");
    REQUIRE_FALSE(bad_frequency);
    CHECK(bad_frequency.error().code == broadsheet::ErrorCode::parse_error);
    CHECK(bad_frequency.error().file == "user.dict");
    CHECK(bad_frequency.error().line == 2);

    auto too_many = Dictionary::from_text("a\nb\nc 1 n extra\n", "x.txt");
    REQUIRE_FALSE(too_many);
    CHECK(too_many.error().line == 3);
    CHECK(broadsheet::to_string(too_many.error()).find("x.txt") != std::string::npos);

    auto invalid = Dictionary::from_text("ok\n\xff\xfe\n");
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().line == 2);
}

TEST_CASE("tokenizer dictionary load_file reads files and reports missing ones", "[tokenizer]") {
    auto missing = Dictionary::load_file("/nonexistent/broadsheet/dict.txt");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == broadsheet::ErrorCode::io_error);
    CHECK(missing.error().file == "/nonexistent/broadsheet/dict.txt");

    const std::string path = "broadsheet_test_tokenizer_dict.txt";
    {
        std::ofstream out(path, std::ios::binary);
        out << "测试词 3 n\n坏 行 多 余\n";
    }
    auto bad = Dictionary::load_file(path);
    std::remove(path.c_str());
    REQUIRE_FALSE(bad);
    CHECK(bad.error().file == path);
    CHECK(bad.error().line == 2);
}

TEST_CASE("tokenizer loads jieba's 350k-word dict.txt as a user dictionary", "[tokenizer]") {
    const std::string path = "/usr/lib/python3/dist-packages/jieba/dict.txt";
    bool present = false;
    broadsheet_test::read_file(path, present);
    if (!present) {
        WARN("jieba's dict.txt is not installed; skipped");
        return;
    }
    auto dict = Dictionary::load_file(path);
    REQUIRE(dict);
    CHECK(dict->size() > 340000);
    CHECK(dict->frequency("中华人民共和国") > 0);
}

TEST_CASE("tokenizer is shareable across threads with identical results", "[tokenizer]") {
    const std::string page = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const auto expected = default_tokenizer().tokenize(page);
    std::vector<std::vector<Token>> results(4);
    std::vector<std::thread> threads;
    for (auto& r : results)
        threads.emplace_back([&page, &r] { r = default_tokenizer().tokenize(page); });
    for (auto& t : threads) t.join();
    for (const auto& r : results) {
        REQUIRE(r.size() == expected.size());
        for (std::size_t i = 0; i < r.size(); ++i) REQUIRE(r[i].span == expected[i].span);
    }
}

TEST_CASE("tokenizer builtin lexicon is the embedded jieba dictionary", "[tokenizer]") {
    const Dictionary lexicon = Dictionary::builtin();
    CHECK(lexicon.size() > 300000);
    CHECK(lexicon.contains("中华人民共和国"));
    CHECK(lexicon.frequency("的") > 100000);
    CHECK_FALSE(lexicon.contains("不是一个词语吧"));
}

TEST_CASE("tokenizer names kinds and scripts", "[tokenizer]") {
    CHECK(std::string(broadsheet::to_string(TokenKind::punctuation)) == "punctuation");
    CHECK(std::string(broadsheet::to_string(TokenKind::date)) == "date");
    CHECK(std::string(broadsheet::to_string(broadsheet::Script::han)) == "han");
}

TEST_CASE("tokenizer for_each_token stops when the callback returns false", "[tokenizer]") {
    int seen = 0;
    default_tokenizer().for_each_token("一 二 三 四", [&](const Token&) { return ++seen < 2; });
    CHECK(seen == 2);
}

TEST_CASE("tokenizer covers dropped and invalid bytes and reports them", "[tokenizer]") {
    const std::string text = std::string("a\0b\xff\xfe中\xe2\x80\x8b文\r\n", 14);
    std::vector<broadsheet::Diagnostic> diagnostics;
    const auto tokens = default_tokenizer().tokenize(text, &diagnostics);
    check_cover(text, tokens);
    bool invalid_reported = false;
    for (const auto& d : diagnostics)
        invalid_reported |= d.code == broadsheet::DiagnosticCode::invalid_utf8 && d.span.begin == 3;
    CHECK(invalid_reported);
    CHECK(default_tokenizer().tokenize("").empty());
}

TEST_CASE("tokenizer spans cover every byte exactly once on generated input",
          "[tokenizer][property]") {
    std::mt19937 rng(20251128);
    TokenizerOptions options;  // every optional rule on as well
    options.join_wrapped_lines = true;
    options.attach_measure_words = true;
    options.line_break_ends_sentence = true;
    const Tokenizer all_rules(options);
    const std::vector<std::string> pieces = {"中",
                                             "国",
                                             "人民",
                                             "。",
                                             "，",
                                             "“",
                                             "”",
                                             "１",
                                             "2",
                                             "年",
                                             "月",
                                             "日",
                                             "a",
                                             "Z",
                                             " ",
                                             "\n",
                                             "\r\n",
                                             "\t",
                                             "http://x.cn/",
                                             "@",
                                             "#",
                                             "%",
                                             ".",
                                             "-",
                                             "〇",
                                             "○",
                                             "二",
                                             "十",
                                             "\xe2\x80\x8b",
                                             "\xef\xbb\xbf",
                                             "é",
                                             "ア",
                                             "한",
                                             "😀",
                                             std::string(1, '\0'),
                                             "\x7f"};
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const int n = std::uniform_int_distribution<int>(0, 80)(rng);
        for (int i = 0; i < n; ++i) {
            if (std::uniform_int_distribution<int>(0, 4)(rng) == 0) {
                text += static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
            } else {
                text +=
                    pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
            }
        }
        INFO("round " << round);
        const auto tokens = default_tokenizer().tokenize(text);
        check_cover(text, tokens);
        check_cover(text, all_rules.tokenize(text));
        const auto again = default_tokenizer().tokenize(text);
        REQUIRE(again.size() == tokens.size());
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            REQUIRE(again[i].span == tokens[i].span);
            REQUIRE(again[i].kind == tokens[i].kind);
        }
        Span previous{0, 0};
        for (Span s : default_tokenizer().sentences(text)) {
            REQUIRE(s.begin >= previous.end);
            REQUIRE(s.begin < s.end);
            REQUIRE(s.end <= text.size());
            previous = s;
        }
    }
}

TEST_CASE("tokenizer marks input beyond the size limit as one other token", "[tokenizer]") {
    TokenizerOptions options;
    options.normalize.max_input_bytes = 9;
    const std::string text = "中国人民共和国";
    std::vector<broadsheet::Diagnostic> diagnostics;
    const auto tokens = Tokenizer(options).tokenize(text, &diagnostics);
    check_cover(text, tokens);
    CHECK(tokens.back().kind == TokenKind::other);
    CHECK(tokens.back().span.begin == 9);
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics.back().code == broadsheet::DiagnosticCode::input_too_large);
}

TEST_CASE("tokenizer handles long lines and repeated characters", "[tokenizer][property]") {
    std::string long_han;
    for (int i = 0; i < 20000; ++i) long_han += "中华人民共和国";
    check_cover(long_han, default_tokenizer().tokenize(long_han));
    const std::string repeated(300000, 'a');
    const auto tokens = default_tokenizer().tokenize(repeated);
    check_cover(repeated, tokens);
    CHECK(tokens.size() == 1);
    std::string punctuation;
    for (int i = 0; i < 10000; ++i) punctuation += "。！";
    check_cover(punctuation, default_tokenizer().tokenize(punctuation));
}

TEST_CASE("tokenizer tokenizes the sample page covering every byte", "[tokenizer]") {
    const std::string page = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    check_cover(page, default_tokenizer().tokenize(page));
    CHECK_FALSE(default_tokenizer().sentences(page).empty());
}

TEST_CASE("tokenizer sentences end at CJK terminal punctuation", "[tokenizer][sentences]") {
    const auto s = sentences("今天天气很好。我们去公园！你来吗？");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "今天天气很好。");
    CHECK(s[1] == "我们去公园！");
    CHECK(s[2] == "你来吗？");
}

TEST_CASE("tokenizer sentences keep quotations whole", "[tokenizer][sentences]") {
    const auto s = sentences("“这是对的。”他说。然后走了。");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "“这是对的。”他说。");
    CHECK(s[1] == "然后走了。");
}

TEST_CASE("tokenizer sentences keep closing quotes with their sentence", "[tokenizer][sentences]") {
    const auto s = sentences("他说：“好！”\n\n第二段。");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "他说：“好！”");
    CHECK(s[1] == "第二段。");
    const auto t = sentences("他笑了（大笑。）接着说。下一句。");
    REQUIRE(t.size() == 2);
    CHECK(t[0] == "他笑了（大笑。）接着说。");
}

TEST_CASE("tokenizer sentences end with a quotation followed by another or a line break",
          "[tokenizer][sentences]") {
    const auto s = sentences("她说：“你好！”“再见！”\n他走了。");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "她说：“你好！”");
    CHECK(s[1] == "“再见！”");
    CHECK(s[2] == "他走了。");
}

TEST_CASE("tokenizer sentences do not split book titles", "[tokenizer][sentences]") {
    const auto s = sentences("电影《摔跤吧！爸爸》上映了。很好看。");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "电影《摔跤吧！爸爸》上映了。");
}

TEST_CASE("tokenizer sentences split Latin text at full stops", "[tokenizer][sentences]") {
    const auto s = sentences("Mr. Smith went to Washington. It was 3.5 degrees. Done");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Mr. Smith went to Washington.");
    CHECK(s[1] == "It was 3.5 degrees.");
    CHECK(s[2] == "Done");
}

TEST_CASE("tokenizer sentences end at blank lines, and single lines when configured",
          "[tokenizer][sentences]") {
    CHECK(sentences("标题\n正文第一句").size() == 1);
    CHECK(sentences("标题\n\n正文第一句").size() == 2);
    TokenizerOptions options;
    options.line_break_ends_sentence = true;
    CHECK(Tokenizer(options).sentences("标题\n正文第一句").size() == 2);
    CHECK(sentences("").empty());
}

TEST_CASE("tokenizer max_tokens: the rest is one token, covered, with a diagnostic",
          "[tokenizer][limits]") {
    broadsheet::TokenizerOptions options;
    options.max_tokens = 3;
    const broadsheet::Tokenizer tokenizer(options);
    const std::string text = "河西区 举办 活动 今天 下午";
    std::vector<broadsheet::Diagnostic> diagnostics;
    const auto tokens = tokenizer.tokenize(text, &diagnostics);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens.back().kind == broadsheet::TokenKind::other);
    CHECK(tokens.back().span.end == text.size());
    CHECK(tokens[0].span.begin == 0);
    CHECK(tokens[1].span.begin == tokens[0].span.end);
    CHECK(tokens[2].span.begin == tokens[1].span.end);
    REQUIRE(!diagnostics.empty());
    CHECK(diagnostics.back().code == broadsheet::DiagnosticCode::limit_reached);
    CHECK(diagnostics.back().span.begin == tokens.back().span.begin);
    // Under the limit nothing changes.
    options.max_tokens = 1000;
    CHECK(broadsheet::Tokenizer(options).tokenize(text).size() ==
          broadsheet::Tokenizer().tokenize(text).size());
}
