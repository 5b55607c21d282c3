// Unit tests of the byline and dateline parser (src/segmenter/byline.hpp).
#include <string>
#include <vector>

#include "catch.hpp"
#include "segmenter/byline.hpp"

using broadsheet::AuthorRole;
using broadsheet::detail::BylineKind;
using broadsheet::detail::BylineParser;
using broadsheet::detail::BylineResult;

namespace {

std::vector<std::string> names_of(const BylineResult& result) {
    std::vector<std::string> names;
    for (const auto& author : result.authors) names.push_back(author.name);
    return names;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("byline: bullet and correspondent", "[byline]") {
    const BylineParser parser;
    const std::string line = "■ 通讯员 金志成";
    const auto r = parser.parse_line(line, 100);
    CHECK(r.kind == BylineKind::byline);
    REQUIRE(r.authors.size() == 1);
    CHECK(r.authors[0].name == "金志成");
    CHECK(r.authors[0].role == AuthorRole::correspondent);
    CHECK(r.authors[0].role_text == "通讯员");
    CHECK(line.substr(r.authors[0].span.begin - 100, r.authors[0].span.size()) == "金志成");
    CHECK(r.confidence > 0.8);
}

TEST_CASE("byline: several names after one role word", "[byline]") {
    const BylineParser parser;
    CHECK(names_of(parser.parse_line("本报记者 张三 李四")) == Names{"张三", "李四"});
    CHECK(names_of(parser.parse_line("■ 通讯员 高建东 孙鹏")) == Names{"高建东", "孙鹏"});
    CHECK(names_of(parser.parse_line("本报记者 王小明、李红")) == Names{"王小明", "李红"});
}

TEST_CASE("byline: two role words on one line", "[byline]") {
    const BylineParser parser;
    const auto r = parser.parse_line("记者 王五 通讯员 赵六");
    REQUIRE(r.authors.size() == 2);
    CHECK(r.authors[0].role == AuthorRole::reporter);
    CHECK(r.authors[1].role == AuthorRole::correspondent);
    CHECK(r.authors[1].name == "赵六");
    const auto glued = parser.parse_line("记者李龙伊通讯员宋丽");
    CHECK(names_of(glued) == Names{"李龙伊", "宋丽"});
}

TEST_CASE("byline: intern, special correspondent and local role words", "[byline]") {
    const BylineParser parser;
    const auto r = parser.parse_line("本报记者 周强 实习生 吴敏 特约记者 郑和平");
    REQUIRE(r.authors.size() == 3);
    CHECK(r.authors[1].role == AuthorRole::intern);
    CHECK(r.authors[2].role == AuthorRole::special_correspondent);
    CHECK(r.authors[2].role_text == "特约记者");
    CHECK(parser.parse_line("本报通讯员 陈立").authors.at(0).role_text == "本报通讯员");
    const BylineParser custom({{"本台记者站", AuthorRole::reporter}});
    CHECK(names_of(custom.parse_line("本台记者站 冯涛")) == Names{"冯涛"});
}

TEST_CASE("byline: names padded with spaces are joined", "[byline]") {
    const BylineParser parser;
    const std::string line = "本报记者 程  龙 李四";
    const auto r = parser.parse_line(line);
    REQUIRE(names_of(r) == Names{"程龙", "李四"});
    CHECK(line.substr(r.authors[0].span.begin, r.authors[0].span.size()) == "程  龙");
    CHECK(names_of(parser.parse_line("通讯员　程　龙")) == Names{"程龙"});
}

TEST_CASE("byline: writer and photographer credits", "[byline]") {
    const BylineParser parser;
    const auto r = parser.parse_line("文/陈晓 图/刘洋");
    REQUIRE(r.authors.size() == 2);
    CHECK(r.kind == BylineKind::byline);
    CHECK(r.authors[0].role == AuthorRole::writer);
    CHECK(r.authors[1].role == AuthorRole::photographer);
    CHECK(r.authors[1].name == "刘洋");

    const auto photo = parser.parse_line("（李明 摄）");
    CHECK(photo.kind == BylineKind::photo_credit);
    REQUIRE(photo.authors.size() == 1);
    CHECK(photo.authors[0].role == AuthorRole::photographer);

    const auto wire = parser.parse_line("新华社记者 张晓 摄");
    CHECK(wire.kind == BylineKind::photo_credit);
    REQUIRE(wire.authors.size() == 1);
    CHECK(wire.authors[0].name == "张晓");
    CHECK(wire.authors[0].role == AuthorRole::photographer);
}

TEST_CASE("byline: end credits in parentheses", "[byline]") {
    const BylineParser parser;
    const auto r = parser.parse_line("（本报记者 孙立、何静参与采写）");
    CHECK(r.kind == BylineKind::credit);
    CHECK(names_of(r) == Names{"孙立", "何静"});
    const auto interview = parser.parse_line("（本报记者 马林采访整理）");
    CHECK(interview.kind == BylineKind::credit);
    CHECK(names_of(interview) == Names{"马林"});
    const auto affiliation = parser.parse_line("（作者为南开大学经济学院教授）");
    CHECK(affiliation.kind == BylineKind::credit);
    CHECK(affiliation.authors.empty());
}

TEST_CASE("byline: editor lines", "[byline]") {
    const BylineParser parser;
    const auto r = parser.parse_line("责任编辑：王丽 美编：张伟 校对：刘强");
    CHECK(r.kind == BylineKind::editor_line);
    CHECK(names_of(r) == Names{"王丽", "张伟", "刘强"});
    CHECK(r.authors[0].role_text == "责任编辑");
    const auto two = parser.parse_line("本版责编：李明 赵红");
    CHECK(two.kind == BylineKind::editor_line);
    CHECK(names_of(two) == Names{"李明", "赵红"});
}

TEST_CASE("byline: never a role word, organisation, place or date as a name", "[byline]") {
    const BylineParser parser;
    CHECK(parser.parse_line("本报记者").kind == BylineKind::none);
    CHECK(parser.parse_line("通讯员 河西区委宣传部").authors.empty());
    const auto r = parser.parse_line("本报记者 张三 北京报道");
    CHECK(names_of(r) == Names{"张三"});
    CHECK(parser.parse_line("2025年11月28日 星期五").kind == BylineKind::none);
    CHECK(parser.parse_line("近日，记者从市教育局获悉，全市中小学将开展课后服务。").kind ==
          BylineKind::none);
    CHECK(parser.parse_line("张三 李四").kind == BylineKind::none);  // no role word
}

TEST_CASE("dateline: agency, place and date with byline parenthesis", "[byline]") {
    const BylineParser parser;
    const std::string text = "本报北京3月4日电 （记者李龙伊）近日，国务院常务会议召开。";
    const auto r = parser.parse_dateline_prefix(text);
    REQUIRE(r.kind == BylineKind::dateline);
    CHECK(r.dateline.source == "本报");
    CHECK(r.dateline.place == "北京");
    CHECK(r.dateline.date == "3月4日");
    CHECK(r.dateline.month == 3);
    CHECK(r.dateline.day == 4);
    CHECK(names_of(r) == Names{"李龙伊"});
    CHECK(r.authors[0].role_text == "记者");
    CHECK(text.substr(r.rest_begin) == "近日，国务院常务会议召开。");
    CHECK(text.substr(r.dateline.date_span.begin, r.dateline.date_span.size()) == "3月4日");
}

TEST_CASE("dateline: 本报讯 with reporter and correspondent", "[byline]") {
    const BylineParser parser;
    const std::string text = "本报讯（记者 陈晨 通讯员 王志）昨天上午，全区召开大会。";
    const auto r = parser.parse_dateline_prefix(text);
    REQUIRE(r.kind == BylineKind::dateline);
    CHECK(r.dateline.source == "本报");
    CHECK(r.dateline.place.empty());
    CHECK(names_of(r) == Names{"陈晨", "王志"});
    CHECK(r.authors[1].role == AuthorRole::correspondent);
    CHECK(text.substr(r.rest_begin) == "昨天上午，全区召开大会。");
}

TEST_CASE("dateline: wire copy, with and without parentheses", "[byline]") {
    const BylineParser parser;
    const auto wire = parser.parse_line("新华社北京6月10日电");
    CHECK(wire.kind == BylineKind::dateline);
    CHECK(wire.dateline.source == "新华社");
    CHECK(wire.dateline.day == 10);
    const auto trailing = parser.parse_line("（新华社北京3月4日电）");
    CHECK(trailing.kind == BylineKind::dateline);
    CHECK(trailing.dateline.place == "北京");
    const auto han = parser.parse_dateline_prefix("新华社上海十二月廿六日电 记者报道");
    CHECK(han.dateline.month == 12);
    CHECK(han.dateline.day == 26);
    CHECK(parser.parse_dateline_prefix("本报记者从市里获悉").kind == BylineKind::none);
    CHECK(parser.parse_dateline_prefix("北京时间3月4日，比赛开始。").kind == BylineKind::none);
}

TEST_CASE("byline: arbitrary bytes never crash and spans stay inside", "[byline]") {
    const BylineParser parser;
    std::string text;
    unsigned state = 12345;
    for (int round = 0; round < 2000; ++round) {
        text.clear();
        const int n = static_cast<int>(state % 40);
        for (int i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            static const char* pieces[] = {"记者", " ",  "（", "）", "\xE5", "摄", "张",   "、",
                                           "3",    "月", "日", "电", "本报", "讯", "\xFF", "程"};
            text += pieces[(state >> 16) % 16];
        }
        for (const auto& r : {parser.parse_line(text, 7), parser.parse_dateline_prefix(text, 7)}) {
            for (const auto& author : r.authors) {
                CHECK(author.span.begin >= 7);
                CHECK(author.span.end <= text.size() + 7);
                CHECK(!author.name.empty());
            }
            CHECK(r.span.end <= text.size() + 7);
        }
    }
}

TEST_CASE("byline: spaces around the slash, bare names in parentheses", "[byline]") {
    const BylineParser parser;
    const auto writer = parser.parse_line("文 / 王小燕");
    CHECK(writer.kind == BylineKind::byline);
    REQUIRE(writer.authors.size() == 1);
    CHECK(writer.authors[0].role == AuthorRole::writer);
    const auto bare = parser.parse_line("（李明）");
    CHECK(bare.kind == BylineKind::credit);
    CHECK(names_of(bare) == Names{"李明"});
    CHECK(bare.authors[0].role == AuthorRole::unknown);
    CHECK(parser.parse_line("（全文完）").kind == BylineKind::none);
    CHECK(parser.parse_line("（图片新闻）").kind == BylineKind::none);
    CHECK(parser.parse_line("示意图：新线走向").kind == BylineKind::none);
}

TEST_CASE("dateline: 本报讯 with a byline ending in 报道 and a colon", "[byline]") {
    const BylineParser parser;
    const std::string text = "本报讯 记者 张明 通讯员 李华报道：10月14日，活动启动。";
    const auto r = parser.parse_dateline_prefix(text);
    REQUIRE(r.kind == BylineKind::dateline);
    CHECK(names_of(r) == Names{"张明", "李华"});
    CHECK(text.substr(r.rest_begin) == "10月14日，活动启动。");
}

TEST_CASE("byline: a paper's own reporters named by its kind (晚报记者)", "[byline]") {
    const BylineParser parser;
    const auto r = parser.parse_line("晚报记者 钱晓 通讯员 方圆");
    CHECK(r.kind == BylineKind::byline);
    REQUIRE(r.authors.size() == 2);
    CHECK(r.authors[0].name == "钱晓");
    CHECK(r.authors[0].role_text == "晚报记者");
    CHECK(r.authors[0].role == AuthorRole::reporter);
    const auto lead =
        parser.parse_dateline_prefix("本报讯（晚报记者 冯佳）昨天，记者从市住建部门了解到");
    CHECK(lead.kind == BylineKind::dateline);
    CHECK(names_of(lead) == Names{"冯佳"});
}

TEST_CASE("byline: a letter-spaced role word (本 报 记 者  蒋 涛)", "[byline]") {
    const BylineParser parser;
    const std::string line = "本 报 记 者  蒋 涛";
    const auto r = parser.parse_line(line);
    CHECK(r.kind == BylineKind::byline);
    REQUIRE(r.authors.size() == 1);
    CHECK(r.authors[0].name == "蒋涛");
    CHECK(r.authors[0].role == AuthorRole::reporter);
    CHECK(r.authors[0].role_text == "本 报 记 者");
    // Letter spacing is one space between characters, not any gap.
    CHECK(parser.parse_line("本报  记者看到了变化").kind == BylineKind::none);
}

TEST_CASE("byline: a dateline with a place and no date (本报北京电)", "[byline]") {
    const BylineParser parser;
    const auto r = parser.parse_dateline_prefix("本报北京电 记者刘志强报道：国家铁路部门发布消息");
    REQUIRE(r.kind == BylineKind::dateline);
    CHECK(r.dateline.source == "本报");
    CHECK(r.dateline.place == "北京");
    CHECK(r.dateline.date.empty());
    CHECK(names_of(r) == Names{"刘志强"});
    const auto wire = parser.parse_dateline_prefix("新华社天津专电 港口迎来首艘邮轮。");
    REQUIRE(wire.kind == BylineKind::dateline);
    CHECK(wire.dateline.place == "天津");
    // 电视 is not 电: a sentence about a TV station is no dateline.
    CHECK(parser.parse_dateline_prefix("本报北京电视台记者昨天报道了这件事。").kind ==
          BylineKind::none);
    // A place needs two characters at least.
    CHECK(parser.parse_dateline_prefix("本报电 消息").kind != BylineKind::none);
}

TEST_CASE("byline: the shape of a person's name", "[byline]") {
    CHECK(BylineParser::looks_like_person_name("刘建华"));
    CHECK(BylineParser::looks_like_person_name("欧阳明华"));
    CHECK_FALSE(BylineParser::looks_like_person_name("王者归来啊"));
    CHECK_FALSE(BylineParser::looks_like_person_name("刘建华明"));
    CHECK_FALSE(BylineParser::looks_like_person_name("读者来信"));
}

TEST_CASE("byline: a reporter inside a parenthesized wire dateline (中央社記者X東京17日電)",
          "[byline]") {
    const BylineParser parser;
    const auto r =
        parser.parse_dateline_prefix("（中央社記者楊明珠東京17日電）日本央行今天結束會議");
    REQUIRE(r.kind == BylineKind::dateline);
    CHECK(r.dateline.source == "中央社");
    CHECK(r.dateline.place == "東京");
    CHECK(r.dateline.day == 17);
    REQUIRE(r.authors.size() == 1);
    CHECK(r.authors[0].name == "楊明珠");
    CHECK(r.authors[0].role_text == "中央社記者");
    const auto two_chars = parser.parse_dateline_prefix("（中央社記者王麗台北5日電）今天");
    REQUIRE(two_chars.authors.size() == 1);
    CHECK(two_chars.authors[0].name == "王麗");
    CHECK(two_chars.dateline.place == "台北");
    const auto compiled = parser.parse_dateline_prefix("（中央社布魯塞爾17日綜合外電報導）歐盟");
    REQUIRE(compiled.kind == BylineKind::dateline);
    CHECK(compiled.authors.empty());
    CHECK(compiled.dateline.place == "布魯塞爾");
}
