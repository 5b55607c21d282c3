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

TEST_CASE("byline: role words with a paper or qualifier prefix keep the prefix as printed",
          "[byline]") {
    const BylineParser parser;
    const auto students = parser.parse_line("学生记者　乔安然　邱梓轩");
    CHECK(students.kind == BylineKind::byline);
    REQUIRE(names_of(students) == Names{"乔安然", "邱梓轩"});
    CHECK(students.authors[0].role_text == "学生记者");
    CHECK(students.authors[1].role == AuthorRole::reporter);

    const auto chief = parser.parse_line("晚报首席记者　罗霄　实习生　葛一凡");
    REQUIRE(names_of(chief) == Names{"罗霄", "葛一凡"});
    CHECK(chief.authors[0].role_text == "晚报首席记者");
    CHECK(chief.authors[0].role == AuthorRole::reporter);
    CHECK(chief.authors[1].role == AuthorRole::intern);
    CHECK(names_of(parser.parse_line("晚报首席记者罗霄实习生葛一凡")) == Names{"罗霄", "葛一凡"});
    // Glued after a name only qualifiers make a prefix (学生, 驻京), not a paper's name.
    CHECK(names_of(parser.parse_line("本报记者 乔安然学生记者 邱梓轩")) ==
          Names{"乔安然", "邱梓轩"});
    CHECK(names_of(parser.parse_line("新华社记者 王明驻京记者 李华")) == Names{"王明", "李华"});

    const std::string paper = "财经证券报记者 梁恒";
    const auto finance = parser.parse_line(paper, 10);
    REQUIRE(finance.authors.size() == 1);
    CHECK(finance.authors[0].role_text == "财经证券报记者");
    CHECK(paper.substr(finance.authors[0].span.begin - 10, finance.authors[0].span.size()) ==
          "梁恒");
    CHECK(finance.confidence > 0.9);

    for (const char* role :
         {"都市报记者", "校园记者", "央视记者", "本报驻京记者", "新华社驻京记者", "学生摄影记者"}) {
        const auto r = parser.parse_line(std::string(role) + " 王晓东");
        CAPTURE(role);
        CHECK(r.kind == BylineKind::byline);
        REQUIRE(names_of(r) == Names{"王晓东"});
        CHECK(r.authors[0].role_text == role);
    }
    CHECK(parser.parse_line("学生摄影记者 王晓东").authors.at(0).role == AuthorRole::photographer);

    broadsheet::RoleWord alone;
    CHECK(parser.is_role_only("■ 校园记者", alone));
    CHECK(alone.text == "校园记者");
    CHECK(alone.role == AuthorRole::reporter);

    // A station's long name is a prefix too, not a name (中央 is no person).
    const auto radio = parser.parse_dateline_prefix(
        "新华社北京7月16日电（中央人民广播电台记者刘振英、新华社记者赵连庆）国家防总今天开会。");
    REQUIRE(names_of(radio) == Names{"刘振英", "赵连庆"});
    CHECK(radio.authors[0].role_text == "中央人民广播电台记者");
    CHECK(radio.authors[1].role_text == "新华社记者");

    const auto lead =
        parser.parse_dateline_prefix("本报讯（学生记者 乔安然）昨天，学校召开运动会。");
    CHECK(lead.kind == BylineKind::dateline);
    CHECK(names_of(lead) == Names{"乔安然"});
}

TEST_CASE("byline: a role prefix never takes a name and never makes a sentence a byline",
          "[byline]") {
    const BylineParser parser;
    // The prefix may not hold a role word: 刘台 is the reporter, not part of 刘台通讯员.
    const auto glued = parser.parse_line("记者刘台通讯员李四");
    REQUIRE(names_of(glued) == Names{"刘台", "李四"});
    CHECK(glued.authors[1].role_text == "通讯员");
    // A word right after a prefixed role word must look like a name (学生记者团 is a club).
    CHECK(parser.parse_line("学生记者团成立").kind == BylineKind::none);
    CHECK(parser.parse_line("他告诉都市报记者").kind == BylineKind::none);
    CHECK(parser.parse_line("今天上午记者 李明").kind == BylineKind::none);
    CHECK(parser.parse_line("数据来源:同花顺iFinD,财经证券报记者整理").kind == BylineKind::none);
    CHECK(parser.parse_line("小记者走进消防队").kind == BylineKind::none);
    broadsheet::RoleWord ignored;
    CHECK_FALSE(parser.is_role_only("最美新闻记者", ignored));
    // 报道 is a label, not a role suffix that a prefix could take: 新闻 is no paper.
    CHECK(parser.parse_line("新闻报道：李明").kind == BylineKind::none);
}

TEST_CASE("byline: a Taiwanese report byline names the place as a dateline, not as a person",
          "[byline]") {
    const BylineParser parser;
    const std::string line = "記者王大明／台北報導";
    const auto r = parser.parse_line(line, 5);
    CHECK(r.kind == BylineKind::byline);
    REQUIRE(names_of(r) == Names{"王大明"});
    CHECK(r.authors[0].role_text == "記者");
    CHECK(r.authors[0].role == AuthorRole::reporter);
    REQUIRE(r.has_dateline);
    CHECK(r.dateline.place == "台北");
    CHECK(line.substr(r.dateline.place_span.begin - 5, r.dateline.place_span.size()) == "台北");
    CHECK(r.dateline.source.empty());

    const auto two = parser.parse_line("記者陳志豪、張雅婷／新北報導");
    CHECK(names_of(two) == Names{"陳志豪", "張雅婷"});
    CHECK(two.dateline.place == "新北");
    const auto ascii_slash = parser.parse_line("记者 张三/北京报道");
    CHECK(names_of(ascii_slash) == Names{"张三"});
    CHECK(ascii_slash.dateline.place == "北京");

    const auto compiled = parser.parse_line("記者陳志豪、張雅婷／綜合報導");
    CHECK(compiled.kind == BylineKind::byline);
    CHECK(names_of(compiled) == Names{"陳志豪", "張雅婷"});
    CHECK_FALSE(compiled.has_dateline);

    // The mainland form with a space: the place also goes to the dateline.
    const auto spaced = parser.parse_line("记者 张三 北京报道");
    CHECK(names_of(spaced) == Names{"张三"});
    CHECK(spaced.has_dateline);
    CHECK(spaced.dateline.place == "北京");

    // In brackets alone on its line it is still a byline (not an end credit).
    const auto bracketed = parser.parse_line("〔本報記者林佳蓉／台中報導〕");
    CHECK(bracketed.kind == BylineKind::byline);
    CHECK(names_of(bracketed) == Names{"林佳蓉"});
    CHECK(bracketed.dateline.place == "台中");
}

TEST_CASE("dateline: a bracketed report byline at the head of a lead", "[byline]") {
    const BylineParser parser;
    for (const std::string open_close : {"〔〕", "【】", "（）"}) {
        const std::string open = open_close.substr(0, 3), close = open_close.substr(3);
        const std::string text = open + "記者林佳蓉／台中報導" + close + "台中市綠空鐵道今天開放。";
        CAPTURE(text);
        const auto r = parser.parse_dateline_prefix(text, 3);
        REQUIRE(r.kind == BylineKind::dateline);
        CHECK(names_of(r) == Names{"林佳蓉"});
        REQUIRE(r.has_dateline);
        CHECK(r.dateline.place == "台中");
        CHECK(r.dateline.source.empty());
        CHECK(text.substr(r.rest_begin - 3) == "台中市綠空鐵道今天開放。");
        CHECK(text.substr(r.byline_span.begin - 3, r.byline_span.size()) ==
              open + "記者林佳蓉／台中報導" + close);
        CHECK(parser.parse_line(text).kind == BylineKind::none);  // a lead, not a byline line
    }
    // As the segmenter sees it, normalized (／ folded to /, （） to ()).
    const auto folded = parser.parse_dateline_prefix("(記者林佳蓉/高雄報導)高雄市今天");
    CHECK(folded.dateline.place == "高雄");

    const auto two = parser.parse_dateline_prefix("〔記者陳志豪、張雅婷／綜合報導〕市府今天宣布");
    REQUIRE(two.kind == BylineKind::dateline);
    CHECK(names_of(two) == Names{"陳志豪", "張雅婷"});
    CHECK_FALSE(two.has_dateline);  // 綜合報導 names no place

    const std::string run_in = "記者王大明／台北報導 台北市捷運工程局昨天表示";
    const auto r = parser.parse_dateline_prefix(run_in);
    REQUIRE(r.kind == BylineKind::dateline);
    CHECK(names_of(r) == Names{"王大明"});
    CHECK(run_in.substr(r.rest_begin) == "台北市捷運工程局昨天表示");

    // Only 綜合報導 closes a bracketed byline without a place: （本报记者X报道） is an end
    // credit, no lead.
    CHECK(parser.parse_dateline_prefix("（本报记者李战吉、罗昌爱报道）今天").kind ==
          BylineKind::none);
    // A paragraph that only mentions a report is no byline.
    CHECK(parser.parse_dateline_prefix("據台北報導，市府今天宣布").kind == BylineKind::none);
    CHECK(parser.parse_dateline_prefix("（台北報導）市府今天宣布").kind == BylineKind::none);
    CHECK(parser.parse_dateline_prefix("记者 张三 北京报道 今天").kind == BylineKind::none);
}

TEST_CASE("byline: labels 报道/摄影 and roles printed after the names", "[byline]") {
    const BylineParser parser;
    const auto labels = parser.parse_line("报道：陈丽玲　摄影：黄伟杰");
    CHECK(labels.kind == BylineKind::byline);
    REQUIRE(names_of(labels) == Names{"陈丽玲", "黄伟杰"});
    CHECK(labels.authors[0].role_text == "报道");
    CHECK(labels.authors[0].role == AuthorRole::writer);
    CHECK(labels.authors[1].role_text == "摄影");
    CHECK(labels.authors[1].role == AuthorRole::photographer);
    CHECK(parser.parse_line("报道：郑慧敏").authors.at(0).role_text == "报道");
    CHECK(parser.parse_line("撰文：陈丽玲").authors.at(0).role_text == "撰文");
    CHECK(names_of(parser.parse_line("文：陈丽玲　图：黄伟杰")) == Names{"陈丽玲", "黄伟杰"});

    const auto after = parser.parse_line("林伟明 报道");
    CHECK(after.kind == BylineKind::byline);
    REQUIRE(names_of(after) == Names{"林伟明"});
    CHECK(after.authors[0].role_text == "报道");
    CHECK(after.authors[0].role == AuthorRole::writer);
    // After a role word, 报道 leaves the role alone.
    CHECK(parser.parse_line("记者 张三 报道").authors.at(0).role_text == "记者");
    // Without a space the word is a place (北京报道), and a place alone is no byline.
    CHECK(parser.parse_line("北京报道").kind == BylineKind::none);
    CHECK(parser.parse_line("北京 报道").kind == BylineKind::none);

    const auto slashed = parser.parse_line("陈晨/文 李明/图");
    CHECK(slashed.kind == BylineKind::byline);
    REQUIRE(names_of(slashed) == Names{"陈晨", "李明"});
    CHECK(slashed.authors[0].role == AuthorRole::writer);
    CHECK(slashed.authors[0].role_text == "文");
    CHECK(slashed.authors[1].role == AuthorRole::photographer);
    CHECK(slashed.authors[1].role_text == "图");
    CHECK(parser.parse_line("李明／图").kind == BylineKind::photo_credit);

    const auto reversed = parser.parse_line("图/蒋一帆　文/叶澜");
    REQUIRE(names_of(reversed) == Names{"蒋一帆", "叶澜"});
    CHECK(reversed.authors[0].role == AuthorRole::photographer);
    CHECK(reversed.authors[1].role == AuthorRole::writer);

    for (const char* line : {"文并摄/蒋一帆", "蒋一帆 文并摄", "蒋一帆/文并摄"}) {
        CAPTURE(line);
        const auto r = parser.parse_line(line);
        CHECK(r.kind == BylineKind::byline);
        REQUIRE(names_of(r) == Names{"蒋一帆"});
        CHECK(r.authors[0].role_text == "文并摄");
        CHECK(r.authors[0].role == AuthorRole::writer);
    }
    CHECK(parser.parse_line("在这里/文化").kind == BylineKind::none);
}

TEST_CASE("byline: 发自 gives a place, not a name", "[byline]") {
    const BylineParser parser;
    CHECK(names_of(parser.parse_line("本报记者陈晨发自杭州")) == Names{"陈晨"});
    // 通讯员 holds no 讯: a byline at a paragraph's head is no dateless 本报…讯 dateline.
    CHECK(parser.parse_dateline_prefix("本报记者 张三 通讯员 李四 近日，全区召开大会。").kind ==
          BylineKind::none);
    CHECK(names_of(parser.parse_line("本报记者　陈晨　发自杭州")) == Names{"陈晨"});
    CHECK(names_of(parser.parse_line("本报记者 孙浩 刘洋 发自绍兴")) == Names{"孙浩", "刘洋"});
}

TEST_CASE("byline: a label naming an interviewee is no byline", "[byline]") {
    const BylineParser parser;
    CHECK(parser.parse_line("受访专家：李文华　省人民医院呼吸与危重症医学科主任").kind ==
          BylineKind::none);
    CHECK(parser.parse_line("受访者：李文华").kind == BylineKind::none);
    CHECK(parser.parse_line("受访者 李文华").kind == BylineKind::none);
    // Not even as names continuing a byline split over lines.
    const broadsheet::RoleWord reporter{"本报记者", AuthorRole::reporter};
    CHECK(parser.parse_continuation("受访者：李文华", 0, reporter).kind == BylineKind::none);
    CHECK(parser.parse_continuation("李文华 王明", 0, reporter).kind == BylineKind::byline);
}

TEST_CASE("byline: letter-spaced three-character names and traditional photo credits", "[byline]") {
    const BylineParser parser;
    const std::string line = "本报记者　张 建 国　通讯员　刘　文";
    const auto r = parser.parse_line(line);
    REQUIRE(names_of(r) == Names{"张建国", "刘文"});
    CHECK(line.substr(r.authors[0].span.begin, r.authors[0].span.size()) == "张 建 国");
    // Four single characters are two names of two.
    CHECK(names_of(parser.parse_line("记者 张 三 李 四")) == Names{"张三", "李四"});
    const auto photo = parser.parse_line("（記者王大明攝）");
    CHECK(photo.kind == BylineKind::photo_credit);
    REQUIRE(photo.authors.size() == 1);
    CHECK(photo.authors[0].role == AuthorRole::photographer);
}

TEST_CASE("byline: generated lines of the new forms keep names clean and spans inside",
          "[byline]") {
    const BylineParser parser;
    static const char* pieces[] = {
        "记者", "学生", "晚报", "报", "／", "/",  "報導", "报道", "〔", "〕",     "王",   "大明",
        "台北", "、",   " ",    "文", "图", "：", "驻",   "京",   "摄", "受访者", "\xE5", "文并摄"};
    constexpr std::size_t piece_count = sizeof(pieces) / sizeof(pieces[0]);
    std::string text;
    unsigned state = 777;
    for (int round = 0; round < 3000; ++round) {
        text.clear();
        const int n = static_cast<int>(state % 24);
        for (int i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            text += pieces[(state >> 16) % piece_count];
        }
        const auto line = parser.parse_line(text, 11);
        const auto head = parser.parse_dateline_prefix(text, 11);
        for (const auto& r : {line, head}) {
            CHECK(r.rest_begin <= text.size() + 11);
            CHECK(r.span.end <= text.size() + 11);
            for (const auto& author : r.authors) {
                CHECK(author.span.begin >= 11);
                CHECK(author.span.begin <= author.span.end);
                CHECK(author.span.end <= text.size() + 11);
                CHECK(!author.name.empty());
                CHECK(author.name.find("记者") == std::string::npos);
                CHECK(author.name.find("报道") == std::string::npos);
                CHECK(author.name.find("報導") == std::string::npos);
            }
            if (r.has_dateline) {
                CHECK(r.dateline.place_span.begin >= 11);
                CHECK(r.dateline.place_span.end <= text.size() + 11);
            }
        }
        // Deterministic.
        CHECK(names_of(parser.parse_line(text, 11)) == names_of(line));
    }
}

TEST_CASE("byline: a sentence cut after a comma is never a byline", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    CHECK(parser.parse_line("在城郊乡红星村，记者看到，").kind ==
          broadsheet::detail::BylineKind::none);
    CHECK(parser.parse_line("走进车间，记者发现，").kind == broadsheet::detail::BylineKind::none);
    CHECK(parser.parse_line("本报记者 张三 通讯员 李四").kind ==
          broadsheet::detail::BylineKind::byline);
}

TEST_CASE("byline: affiliation after a writer's name, 文并摄 after a reporter, bare names",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto writer = parser.parse_line("作者：周明（市社会科学院）");
    REQUIRE(writer.kind == BylineKind::byline);
    REQUIRE(writer.authors.size() == 1);
    CHECK(writer.authors[0].name == "周明");
    CHECK(writer.authors[0].role_text == "作者");
    const auto both = parser.parse_line("本报记者 方舟 文并摄");
    REQUIRE(both.authors.size() == 1);
    CHECK(both.authors[0].name == "方舟");
    const auto photos = parser.parse_line("本报记者 吴桐/文 郑岩/图");
    REQUIRE(photos.authors.size() == 2);
    CHECK(photos.authors[0].role == broadsheet::AuthorRole::reporter);
    CHECK(photos.authors[1].role == broadsheet::AuthorRole::photographer);
    CHECK(photos.authors[1].role_text == "本报记者");
    // A bracketed rubric is no name: a bare name has a person's shape.
    CHECK(parser.parse_line("【农机课堂】").kind == BylineKind::none);
    CHECK(parser.parse_line("（李明）").kind == BylineKind::credit);
}

TEST_CASE("dateline: 【本報消息】 and 本报专讯 lead a paragraph", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto hk = parser.parse_dateline_prefix("【本報消息】特區政府昨日宣布");
    CHECK(hk.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(hk.dateline.source == "本報");
    const auto mainland = parser.parse_dateline_prefix("本报专讯 昨天，全市");
    CHECK(mainland.kind == broadsheet::detail::BylineKind::dateline);
}

TEST_CASE("dateline: a county paper's local dateline (江山讯)", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto local = parser.parse_dateline_prefix("开化讯 7月5日，全县");
    REQUIRE(local.kind == BylineKind::dateline);
    CHECK(local.dateline.place == "开化");
    // Words ending in 讯 are no places.
    CHECK(parser.parse_dateline_prefix("通讯 员们").kind == BylineKind::none);
    CHECK(parser.parse_dateline_prefix("防汛喜讯 传来").kind == BylineKind::none);
}

TEST_CASE("byline: a padded name and a surname cut by the line end after a narrower gap",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    SECTION("the padded name stands alone; the surname is no name of its own") {
        const auto cut = parser.parse_line("本报记者　王　　磊　刘");
        REQUIRE(cut.authors.size() == 1);
        CHECK(cut.authors[0].name == "王磊");
    }
    SECTION("even gaps are a letter-spaced name of three characters") {
        const auto even = parser.parse_line("本报记者　王　磊　刚");
        REQUIRE(even.authors.size() == 1);
        CHECK(even.authors[0].name == "王磊刚");
    }
}

TEST_CASE("dateline: an unbracketed byline with a dotted minority name before the lead",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto d = parser.parse_dateline_prefix(
        "本报阿图什5月21日电 记者 阿不都热合曼·吐尔地 通讯员 孙丽娟 5月20日清晨，松他克镇");
    REQUIRE(d.kind == BylineKind::dateline);
    REQUIRE(d.authors.size() == 2);
    CHECK(d.authors[0].name == "阿不都热合曼·吐尔地");
    CHECK(d.authors[0].role_text == "记者");
    CHECK(d.authors[1].name == "孙丽娟");
}

TEST_CASE("byline: a writer and a translator, each word after the name (X 文 Y 译)", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto r = parser.parse_line("王明 文  陈 露 译");
    REQUIRE(r.authors.size() == 2);
    CHECK(r.authors[0].name == "王明");
    CHECK(r.authors[0].role_text == "文");
    CHECK(r.authors[1].name == "陈露");
    CHECK(r.authors[1].role_text == "译");
    // A masthead with its name in Latin capitals is no local dateline.
    CHECK(parser.parse_dateline_prefix("绿春茶讯  LUCHUN TEA NEWS").kind ==
          broadsheet::detail::BylineKind::none);
}

TEST_CASE("dateline: a county media centre's local dateline (青铜峡融媒讯)", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    SECTION("a three-character county, its byline in brackets") {
        const auto centre = parser.parse_dateline_prefix("青铜峡融媒讯（记者 周永红）5月12日，");
        REQUIRE(centre.kind == BylineKind::dateline);
        CHECK(centre.dateline.place == "青铜峡");
        CHECK(centre.dateline.source == "青铜峡融媒");
        REQUIRE(centre.authors.size() == 1);
        CHECK(centre.authors[0].name == "周永红");
    }
    SECTION("a two-character county with 融媒体") {
        const auto centre = parser.parse_dateline_prefix("琼中融媒体讯 7月8日，湾岭");
        REQUIRE(centre.kind == BylineKind::dateline);
        CHECK(centre.dateline.place == "琼中");
    }
    SECTION("the centre's name alone is no place") {
        CHECK(parser.parse_dateline_prefix("融媒讯 7月8日，全县").kind == BylineKind::none);
    }
}

TEST_CASE("dateline: a paper's own 讯, a correspondent abroad, a desk's compiled report",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto paper = parser.parse_dateline_prefix("法治日报讯 （记者 韩旭）昨天，");
    REQUIRE(paper.kind == BylineKind::dateline);
    CHECK(paper.dateline.source == "法治日报");
    REQUIRE(paper.authors.size() == 1);
    const auto abroad = parser.parse_dateline_prefix("〔駐歐特派員周文/巴黎3日報導〕法國");
    REQUIRE(abroad.kind == BylineKind::dateline);
    REQUIRE(abroad.authors.size() == 1);
    CHECK(abroad.authors[0].name == "周文");
    CHECK(abroad.dateline.place == "巴黎");
    const auto desk = parser.parse_dateline_prefix("〔國際新聞中心/綜合報導〕美國");
    REQUIRE(desk.kind == BylineKind::dateline);
    CHECK(desk.authors.empty());
    CHECK(desk.dateline.source == "國際新聞中心");
    const auto translated = parser.parse_dateline_prefix("〔編譯林芳/綜合報導〕歐洲");
    REQUIRE(translated.authors.size() == 1);
    CHECK(translated.authors[0].role_text == "編譯");
}

TEST_CASE("byline: rubrics and words glued to a role word are no bylines", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    CHECK(parser.parse_line("记者手记").kind == BylineKind::none);
    CHECK(parser.parse_line("【记者调查】").kind == BylineKind::none);
    CHECK(parser.parse_line("读者来信").kind == BylineKind::none);
    const auto reader = parser.parse_line("读者 宋立");
    REQUIRE(reader.kind == BylineKind::byline);
    CHECK(reader.authors[0].name == "宋立");
    CHECK(parser.parse_line("记者李龙伊").kind == BylineKind::byline);
    CHECK(parser.parse_line("编辑：赵倩  校对：孙丽  审核：何伟").kind == BylineKind::editor_line);
}

TEST_CASE("byline: 【本報記者X報道】 leads, a sentence with a comma is no byline", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto lead = parser.parse_dateline_prefix("【本報記者何穎欣報道】社會工作局昨日宣布");
    REQUIRE(lead.kind == BylineKind::dateline);
    REQUIRE(lead.authors.size() == 1);
    CHECK(lead.authors[0].name == "何穎欣");
    CHECK(parser.parse_line("本报讯 记者冯卫东 近日，浙江省瑞安").kind != BylineKind::byline);
}

TEST_CASE("byline: a paper's name whose first characters are no prefix (羊城晚报记者)",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto parse = parser.parse_line("羊城晚报记者 许晴 通讯员 荔宣");
    REQUIRE(parse.kind == BylineKind::byline);
    REQUIRE(parse.authors.size() == 2);
    CHECK(parse.authors[0].role_text == "羊城晚报记者");
    CHECK(parser.parse_line("城晚报记者调查").kind != BylineKind::byline);
}

TEST_CASE(
    "dateline: a place or a paper's exclusive in lenticular brackets (【曼谷讯】, 【明報專訊】)",
    "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto place = parser.parse_dateline_prefix("【清迈讯】清迈府昨日举办水灯节。");
    REQUIRE(place.kind == BylineKind::dateline);
    CHECK(place.dateline.place == "清迈");
    const auto exclusive = parser.parse_dateline_prefix("【星島專訊】溫哥華市議會昨日通過。");
    REQUIRE(exclusive.kind == BylineKind::dateline);
    CHECK(exclusive.dateline.source == "星島");
    // Words ending in 讯 are no places.
    CHECK(parser.parse_dateline_prefix("【快讯】市区今日停水。").kind == BylineKind::none);
    CHECK(parser.parse_dateline_prefix("【资讯】新书上架。").kind == BylineKind::none);
}

TEST_CASE("byline: a paper's sub-brand before 讯 (证券时报e公司讯), 作者為 in traditional script",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto lead =
        parser.parse_dateline_prefix("经济日报e财讯（记者张宁）多家银行下调存款利率。");
    REQUIRE(lead.kind == BylineKind::dateline);
    REQUIRE(lead.authors.size() == 1);
    CHECK(lead.authors[0].name == "张宁");
    CHECK(parser.parse_line("（作者為大學教授，觀點僅供參考）").kind == BylineKind::credit);
}

TEST_CASE("dateline: an unbracketed byline after 本报讯, ended by a space before the lead",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const std::string text = "本报讯 记者 王芳 通讯员 李强 近日，市里举办读书节。";
    const auto lead = parser.parse_dateline_prefix(text);
    REQUIRE(lead.kind == BylineKind::dateline);
    REQUIRE(lead.authors.size() == 2);
    CHECK(lead.authors[1].name == "李强");
    CHECK(text.substr(lead.rest_begin) == "近日，市里举办读书节。");
    // Without a role word the text after 本报讯 is the lead.
    const auto plain = parser.parse_dateline_prefix("本报讯 王家村近日举办读书节。");
    REQUIRE(plain.kind == BylineKind::dateline);
    CHECK(plain.authors.empty());
}

TEST_CASE("byline: places joined by 、 before 报道 are the dateline, not names", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto places = parser.parse_line("本报记者 周敏 杭州、宁波报道");
    REQUIRE(places.kind == BylineKind::byline);
    REQUIRE(places.authors.size() == 1);
    CHECK(places.authors[0].name == "周敏");
    CHECK(places.has_dateline);
    CHECK(places.dateline.place == "杭州、宁波");
    // Names joined by 、 right after the role word stay names.
    const auto names = parser.parse_line("本报记者 周敏、吴涛报道");
    REQUIRE(names.authors.size() == 2);
    CHECK(names.authors[1].name == "吴涛");
}

TEST_CASE(
    "byline: a paper and its app joined by a dot before 记者, 摄 glued to a padded name, a "
    "place and 讯 alone, 【本报综合报道】",
    "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto app = parser.parse_line("江南日报·潮声记者 周  敏 通讯员 陆海");
    REQUIRE(app.kind == BylineKind::byline);
    REQUIRE(app.authors.size() == 2);
    CHECK(app.authors[0].role_text == "江南日报·潮声记者");
    const auto photo = parser.parse_line("本报记者　宋　佳摄");
    REQUIRE(photo.authors.size() == 1);
    CHECK(photo.authors[0].name == "宋佳");
    const auto place = parser.parse_line("棉兰讯");
    REQUIRE(place.kind == BylineKind::dateline);
    CHECK(place.dateline.place == "棉兰");
    CHECK(parser.parse_line("喜讯").kind == BylineKind::none);
    const auto desk = parser.parse_dateline_prefix("【本报综合报道】据统计，上半年贸易额增长。");
    REQUIRE(desk.kind == BylineKind::dateline);
    CHECK(desk.authors.empty());
}

TEST_CASE("byline: a reader's place before the role word is the dateline", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto reader = parser.parse_line("江西赣州 读者 刘明");
    REQUIRE(reader.kind == BylineKind::byline);
    REQUIRE(reader.authors.size() == 1);
    CHECK(reader.authors[0].name == "刘明");
    CHECK(reader.dateline.place == "江西赣州");
    // Only before a reader's or resident's role: a headline's words are no place.
    CHECK(parser.parse_line("喜迎国庆 记者 张三").kind == BylineKind::none);
}

TEST_CASE(
    "byline: 作者：X，post, a hyphen joining a paper and its app, 融媒记者, spaced places "
    "before 报道",
    "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto labelled = parser.parse_line("作者：王立群，南方大学经济学院教授");
    REQUIRE(labelled.kind == BylineKind::byline);
    REQUIRE(labelled.authors.size() == 1);
    CHECK(labelled.authors[0].name == "王立群");
    CHECK(parser.parse_line("作者：这篇文章写得很好，值得一读。").kind == BylineKind::none);
    const auto app = parser.parse_line("江城日报-云上江城记者 林雪");
    REQUIRE(app.authors.size() == 1);
    CHECK(app.authors[0].role_text == "江城日报-云上江城记者");
    const auto county = parser.parse_line("融媒记者 朱慧 通讯员 潘建国");
    REQUIRE(county.authors.size() == 2);
    CHECK(county.authors[0].role_text == "融媒记者");
    const auto places = parser.parse_line("本报记者 韩思远 周敏  深圳 上海报道");
    REQUIRE(places.authors.size() == 2);
    CHECK(places.dateline.place == "深圳 上海");
}

TEST_CASE("dateline: a byline up to a colon after a bracketed dateline (【本報訊】記者X報道：)",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const std::string text = "【本報訊】記者李穎琳報道：颱風過後，海灘堆滿了垃圾。";
    const auto lead = parser.parse_dateline_prefix(text);
    REQUIRE(lead.kind == BylineKind::dateline);
    REQUIRE(lead.authors.size() == 1);
    CHECK(lead.authors[0].name == "李穎琳");
    CHECK(text.substr(lead.rest_begin) == "颱風過後，海灘堆滿了垃圾。");
}

TEST_CASE("byline: a wire's editor line with its date code", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    CHECK(parser.parse_line("（編輯：陳政一）1140823").kind == BylineKind::editor_line);
    CHECK(parser.parse_line("（記者 王明）1140823").kind != BylineKind::editor_line);
}

TEST_CASE(
    "byline: cadets (学员), a bulleted name before the role words, paper and app joined by a "
    "slash or with the app first",
    "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto cadets = parser.parse_line("■ 孟祥宇 学员 张昊天");
    REQUIRE(cadets.kind == BylineKind::byline);
    REQUIRE(cadets.authors.size() == 2);
    CHECK(cadets.authors[0].role_text.empty());
    CHECK(cadets.authors[1].role_text == "学员");
    CHECK(parser.parse_line("■ 示意图 记者 张三").kind == BylineKind::none);
    const auto slash = parser.parse_line("扬子晚报/紫牛新闻记者 朱俊俊 王  甜");
    REQUIRE(slash.authors.size() == 2);
    CHECK(slash.authors[1].name == "王甜");
    const auto app_first = parser.parse_line("新甘肃·甘肃日报记者 马永军");
    REQUIRE(app_first.authors.size() == 1);
    CHECK(app_first.authors[0].role_text == "新甘肃·甘肃日报记者");
}

TEST_CASE("byline: bare names in a dateline's parenthesis, a school, a gap and a name after □",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const std::string text = "本报电（王萍 林雨涵）近日，寻根之旅福建营闭营。";
    const auto lead = parser.parse_dateline_prefix(text);
    REQUIRE(lead.kind == BylineKind::dateline);
    REQUIRE(lead.authors.size() == 2);
    CHECK(lead.authors[0].role_text.empty());
    CHECK(text.substr(lead.rest_begin) == "近日，寻根之旅福建营闭营。");
    // At the head of a lead without a dateline, a parenthesis of bare names is no byline.
    CHECK(parser.parse_byline_parenthesis("（王萍 林雨涵）近日，寻根之旅闭营。").kind ==
          BylineKind::none);
    const auto pupil = parser.parse_line("□北京市海淀区中关村第一小学五年级  陈雨桐");
    REQUIRE(pupil.kind == BylineKind::byline);
    REQUIRE(pupil.authors.size() == 1);
    CHECK(pupil.authors[0].name == "陈雨桐");
}

TEST_CASE("byline: an app's name in 新闻 before 记者 is a role only with names after it",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto app = parser.parse_line("川观新闻记者 吴梦琳");
    REQUIRE(app.kind == BylineKind::byline);
    CHECK(app.authors[0].role_text == "川观新闻记者");
    broadsheet::RoleWord role;
    CHECK_FALSE(parser.is_role_only("最美新闻记者", role));
}

TEST_CASE("byline: an app of five characters after a paper's name (深圳商报·读创客户端记者)",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto app = parser.parse_line("深圳商报·读创客户端记者 陈姝 通讯员 李小路");
    REQUIRE(app.authors.size() == 2);
    CHECK(app.authors[0].role_text == "深圳商报·读创客户端记者");
}

TEST_CASE("byline: 全媒 qualifies a paper's reporter (湖北日报全媒记者)", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto line = parser.parse_line("湖北日报全媒记者 张晓峰  通讯员 周敏 郑凯");
    REQUIRE(line.authors.size() == 3);
    CHECK(line.authors[0].role_text == "湖北日报全媒记者");
}

TEST_CASE("byline: an end credit naming the writer and his post (（作者X系…）)", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    for (const char* line :
         {"（作者黄立新系省社会科学院研究员）", "（作者：黄立新，省社会科学院研究员）",
          "（作者黄立新为市文联副主席）"}) {
        const auto credit = parser.parse_line(line);
        INFO(line);
        REQUIRE(credit.kind == BylineKind::credit);
        REQUIRE(credit.authors.size() == 1);
        CHECK(credit.authors[0].name == "黄立新");
        CHECK(credit.authors[0].role_text == "作者");
    }
    // Without 作者 the post must name a post or a unit; a name like 王为民 keeps its 为.
    const auto bare = parser.parse_line("（王为民系师范大学历史学院教授）");
    REQUIRE(bare.kind == BylineKind::credit);
    REQUIRE(bare.authors.size() == 1);
    CHECK(bare.authors[0].name == "王为民");
    CHECK(bare.authors[0].role_text.empty());
    CHECK(parser.parse_line("（李某系化名）").authors.empty());
    CHECK(parser.parse_line("（赵大勇是我们村的致富带头人）").authors.empty());
}

TEST_CASE("byline: a translator's credit compiled from foreign wires opens a lead", "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const std::string lead = "【編譯林書豪／綜合外電】歐洲央行昨日宣布維持利率不變。";
    const auto prefix = parser.parse_dateline_prefix(lead, 0);
    REQUIRE(prefix.kind != BylineKind::none);
    REQUIRE(prefix.authors.size() == 1);
    CHECK(prefix.authors[0].name == "林書豪");
    CHECK(prefix.authors[0].role_text == "編譯");
    CHECK(lead.substr(prefix.rest_begin) == "歐洲央行昨日宣布維持利率不變。");
    const auto simplified = parser.parse_dateline_prefix("【编译 林书豪／综合外电】欧洲央行", 0);
    REQUIRE(simplified.authors.size() == 1);
    CHECK(simplified.authors[0].role_text == "编译");
}

TEST_CASE("byline: a surname cut from its given name by a stray space, a media centre's reporter",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto split = parser.parse_line("文/ 赵 晓燕");
    REQUIRE(split.authors.size() == 1);
    CHECK(split.authors[0].name == "赵晓燕");
    const auto two = parser.parse_line("记者 赵 晓燕 钱 明");
    REQUIRE(two.authors.size() == 2);
    CHECK(two.authors[0].name == "赵晓燕");
    CHECK(two.authors[1].name == "钱明");
    const auto centre = parser.parse_line("县融媒体中心记者 唐雨欣");
    REQUIRE(centre.authors.size() == 1);
    CHECK(centre.authors[0].role_text == "县融媒体中心记者");
}

TEST_CASE("byline: 报道 glued to a padded name, long dotted names, a correspondent station",
          "[byline]") {
    using broadsheet::detail::BylineKind;
    const broadsheet::detail::BylineParser parser;
    const auto glued = parser.parse_line("通讯员 钱  程、特约记者 余  涛报道");
    REQUIRE(glued.authors.size() == 2);
    CHECK(glued.authors[1].name == "余涛");
    CHECK(glued.authors[1].role_text == "特约记者");
    const auto lead =
        parser.parse_dateline_prefix("本报讯 通讯员 孙  强、特约记者 林  海报道：近日，某部…", 0);
    REQUIRE(lead.authors.size() == 2);
    CHECK(lead.authors[1].name == "林海");
    // A place before 报道 is still the dateline's.
    const auto placed = parser.parse_line("本报记者 王 芳 深圳报道");
    REQUIRE(placed.authors.size() == 1);
    CHECK(placed.authors[0].name == "王芳");
    CHECK(placed.has_dateline);
    const auto dotted = parser.parse_line("本报记者 古丽娜尔·阿不都热依木 通讯员 王红");
    REQUIRE(dotted.authors.size() == 2);
    CHECK(dotted.authors[0].name == "古丽娜尔·阿不都热依木");
    const auto station = parser.parse_line("本报记者 叶青 共享联盟·柯桥站 楼明");
    REQUIRE(station.authors.size() == 2);
    CHECK(station.authors[1].role_text == "共享联盟·柯桥站");
    CHECK(station.authors[1].role == broadsheet::AuthorRole::correspondent);
}

TEST_CASE("byline: an unbracketed byline whose last name is glued to the lead's news time",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const std::string lead = "本报讯 记者 王芳 通讯员 李强日前，市里召开会议。";
    const auto glued = parser.parse_dateline_prefix(lead, 0);
    REQUIRE(glued.authors.size() == 2);
    CHECK(glued.authors[1].name == "李强");
    CHECK(lead.substr(glued.rest_begin) == "日前，市里召开会议。");
    const auto slashed = parser.parse_dateline_prefix("本报讯 记者/王芳 通讯员/李强日前，市里", 0);
    REQUIRE(slashed.authors.size() == 2);
    // Spaced as usual, the same.
    const auto spaced = parser.parse_dateline_prefix("本报讯 记者 王芳 通讯员 李强 近日，浙江", 0);
    REQUIRE(spaced.authors.size() == 2);
}

TEST_CASE("byline: a bracketed report byline printed without separators", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const std::string lead = "（本報記者鍾家豪多倫多報道）安省政府日前宣布調升最低工資。";
    const auto glued = parser.parse_dateline_prefix(lead, 0);
    REQUIRE(glued.authors.size() == 1);
    CHECK(glued.authors[0].name == "鍾家豪");
    CHECK(glued.dateline.place == "多倫多");
    CHECK(lead.substr(glued.rest_begin) == "安省政府日前宣布調升最低工資。");
    // A credit's words before 报道 are no place.
    CHECK(parser.parse_dateline_prefix("（本报记者杨明参与报道）的", 0).authors.empty());
}

TEST_CASE("byline: a bulleted name with its post closing the line", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto post = parser.parse_line("□　周　敏（营养师）");
    CHECK(post.kind == broadsheet::detail::BylineKind::byline);
    REQUIRE(post.authors.size() == 1);
    CHECK(post.authors[0].name == "周敏");
    CHECK(parser.parse_line("■ 李文（北京大学教授）").authors.size() == 1);
    // Text after the parenthesis is a sentence; no bullet, no byline.
    CHECK(parser.parse_line("■ 李文（北京大学教授）说").authors.empty());
    CHECK(parser.parse_line("周　敏（营养师）").authors.empty());
    CHECK(parser.parse_line("■ 图片新闻（组图）").authors.empty());
}

TEST_CASE("byline: traditional staff roles on an editor line", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto staff = parser.parse_line("責任編輯：鄭家豪　美術編輯：林慧儀");
    CHECK(staff.kind == broadsheet::detail::BylineKind::editor_line);
    REQUIRE(staff.authors.size() == 2);
    CHECK(staff.authors[0].name == "鄭家豪");
    CHECK(staff.authors[1].name == "林慧儀");
    CHECK(staff.authors[1].role_text == "美術編輯");
}

TEST_CASE(
    "byline: a pupil's school and grade before the name, doubled given names, "
    "traditional surnames glued to the role",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto pupil = parser.parse_line("江苏省南京市琅琊路小学四年级（2）班 陈思妤");
    CHECK(pupil.kind == broadsheet::detail::BylineKind::byline);
    REQUIRE(pupil.authors.size() == 1);
    CHECK(pupil.authors[0].name == "陈思妤");
    const auto signed_at_end = parser.parse_line("（湖北省武汉市育才小学三年级 李一诺）");
    CHECK(signed_at_end.kind == broadsheet::detail::BylineKind::credit);
    REQUIRE(signed_at_end.authors.size() == 1);
    CHECK(signed_at_end.authors[0].name == "李一诺");
    // A school without a grade, or a word that is no name, signs nothing.
    CHECK(parser.parse_line("（南京大学 李明）").authors.empty());
    CHECK(parser.parse_line("育才小学三年级 春游").authors.empty());

    const auto doubled = parser.parse_dateline_prefix("本报讯（记者 彭园园）截至9月上旬", 0);
    REQUIRE(doubled.authors.size() == 1);
    CHECK(doubled.authors[0].name == "彭园园");
    CHECK(parser.parse_line("记者 科技园").authors.empty());  // still an organisation

    const auto glued = parser.parse_line("記者簡永祥、李孟珊／台北報導");
    REQUIRE(glued.authors.size() == 2);
    CHECK(glued.authors[0].name == "簡永祥");
    CHECK(glued.dateline.place == "台北");
}

TEST_CASE("byline: a padded name before 、 and a name glued to 报道", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto padded = parser.parse_line("通讯员 罗 斌、王子墨报道");
    REQUIRE(padded.authors.size() == 2);
    CHECK(padded.authors[0].name == "罗斌");
    CHECK(padded.authors[1].name == "王子墨");
    CHECK_FALSE(padded.has_dateline);
    // Places joined by 、 before 报道 are still places.
    const auto places = parser.parse_line("本报记者 王芳 深圳、苏州报道");
    REQUIRE(places.authors.size() == 1);
    CHECK(places.has_dateline);
}

TEST_CASE("byline: a letter-spaced 本 报 讯, and 报道 glued to a name before the lead's colon",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto spaced = parser.parse_dateline_prefix("本 报 讯 记者陈国华报道:苏州第二纺织", 0);
    CHECK(spaced.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(spaced.dateline.source == "本报");
    REQUIRE(spaced.authors.size() == 1);
    CHECK(spaced.authors[0].name == "陈国华");
    // The lead run on after the colon: the line is a dateline lead, no byline of two names.
    CHECK(parser.parse_line("记者陈国华报道:苏州").authors.empty());
    CHECK(parser.parse_line("记者陈国华报道:").authors.size() == 1);
    // 报道：X after a space still labels a reporter.
    CHECK(parser.parse_line("报道：林伟明  摄影：黄俊杰").authors.size() == 2);
}

TEST_CASE(
    "byline: long Mongolian names, worker-correspondents, credits naming nobody, a "
    "college signature, a dateline with the lead's first word",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto five =
        parser.parse_dateline_prefix("本报讯（记者 那仁格日勒 通讯员 吴海燕）近日", 0);
    REQUIRE(five.authors.size() == 2);
    CHECK(five.authors[0].name == "那仁格日勒");
    const auto six = parser.parse_line("本报记者 额尔敦毕力格");
    REQUIRE(six.authors.size() == 1);
    CHECK(six.authors[0].name == "额尔敦毕力格");
    CHECK(parser.parse_line("本报记者 王小明李小红").authors.size() == 2);  // two names
    const auto worker = parser.parse_line("工人通讯员  吴树林");
    REQUIRE(worker.authors.size() == 1);
    CHECK(worker.authors[0].role_text == "工人通讯员");
    const auto credits = parser.parse_line("文：黄丽婷  图：受访者提供");
    REQUIRE(credits.authors.size() == 1);
    CHECK(credits.authors[0].name == "黄丽婷");
    const auto reader = parser.parse_line("土木工程学院  赵一凡");
    REQUIRE(reader.authors.size() == 1);
    CHECK(reader.authors[0].name == "赵一凡");
    // 近 starts the lead (日，… on the next line): no byline line.
    CHECK(parser.parse_line("本报讯 记者陈东升 通讯员王楠 近").authors.empty());
    CHECK(parser.parse_line("记者 手把手地教").authors.empty());
}

TEST_CASE("byline: other national agencies, a letter-spaced 读 者 label names nobody", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto wire = parser.parse_dateline_prefix("【加通社渥太華訊】聯邦衞生部宣布", 0);
    CHECK(wire.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(wire.dateline.source == "加通社");
    CHECK(wire.authors.empty());
    CHECK(parser.parse_line("读 者 来 信").authors.empty());
    CHECK(parser.parse_line("读 者 王明").authors.size() == 1);
}

TEST_CASE(
    "byline: a column's preamble before the role, a dateline of several wires, an art "
    "editor on the editor line",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto column = parser.parse_line("（本专栏由本报记者 林  晓 整理）");
    REQUIRE(column.authors.size() == 1);
    CHECK(column.authors[0].name == "林晓");
    CHECK(column.authors[0].role_text == "本报记者");
    const auto wires = parser.parse_dateline_prefix("（巴黎3日综合电）法国网球公开赛今日", 0);
    CHECK(wires.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(wires.dateline.place == "巴黎");
    const auto editors = parser.parse_line("责编：许文静  美术：黄国栋");
    CHECK(editors.kind == broadsheet::detail::BylineKind::editor_line);
    CHECK(editors.authors.size() == 2);
    CHECK(parser.parse_line("美术馆新展开幕").authors.empty());
}

TEST_CASE("byline: a named paper's bracketed report line, a local desk's dateline", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto named = parser.parse_dateline_prefix("【華僑報消息】衛生局昨日公布", 0);
    CHECK(named.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(named.dateline.source == "華僑報");
    const auto reported = parser.parse_dateline_prefix("【成報報道】運輸署表示", 0);
    CHECK(reported.kind == broadsheet::detail::BylineKind::dateline);
    // Unbracketed, the same words are the sentence's own.
    CHECK(parser.parse_dateline_prefix("華僑報消息指衛生局", 0).kind ==
          broadsheet::detail::BylineKind::none);
    const auto local = parser.parse_dateline_prefix("（本地讯）陆路交通管理局宣布", 0);
    CHECK(local.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(local.authors.empty());
    CHECK(parser.parse_dateline_prefix("（综合讯）多国央行", 0).kind ==
          broadsheet::detail::BylineKind::dateline);
}

TEST_CASE(
    "byline: a bracketed town's local dateline, a desk's compiled report, a resident's "
    "signature",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto town = parser.parse_dateline_prefix("（万隆讯）西爪哇省政府昨日宣布", 0);
    CHECK(town.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(town.dateline.place == "万隆");
    // Words ending in 讯 are no places.
    CHECK(parser.parse_dateline_prefix("（简讯）今天", 0).kind ==
          broadsheet::detail::BylineKind::none);
    CHECK(parser.parse_dateline_prefix("（综合报道）据外电报道", 0).kind ==
          broadsheet::detail::BylineKind::dateline);
    const auto resident = parser.parse_line("青山镇石门村村民 刘桂香");
    REQUIRE(resident.authors.size() == 1);
    CHECK(resident.authors[0].name == "刘桂香");
    CHECK(parser.parse_line("返乡村民 李大爷").authors.empty());
}

TEST_CASE(
    "byline: a reporting label before the role, a page coordinator's line, a metro "
    "paper's short name, a box's signer after a dash",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto reported = parser.parse_line("采写：南都记者 陈晓彤 实习生 吴迪");
    REQUIRE(reported.authors.size() == 2);
    CHECK(reported.authors[0].role_text == "南都记者");
    CHECK(reported.authors[1].role_text == "实习生");
    CHECK(parser.parse_line("统筹：南都记者 何静").kind ==
          broadsheet::detail::BylineKind::editor_line);
    CHECK(parser.parse_line("他采写了一篇报道").authors.empty());
    const auto signer = parser.parse_line("——复旦大学经济学院教授 孙立平");
    CHECK(signer.kind == broadsheet::detail::BylineKind::credit);
    REQUIRE(signer.authors.size() == 1);
    CHECK(signer.authors[0].name == "孙立平");
    // An interview's subtitle names its guest; it signs nothing.
    CHECK(parser.parse_line("——访北京大学教授李明").authors.empty());
}

TEST_CASE("byline: a compound surname letter-spaced with its given name", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto spaced = parser.parse_line("本报通讯员   司 马 文 华");
    REQUIRE(spaced.authors.size() == 1);
    CHECK(spaced.authors[0].name == "司马文华");
    const auto split = parser.parse_line("本报记者 上官 云");
    REQUIRE(split.authors.size() == 1);
    CHECK(split.authors[0].name == "上官云");
    CHECK(parser.parse_line("记者 王 五 李 四").authors.size() == 2);
}

TEST_CASE(
    "byline: a page editor's label, a person who supplied the text, a village "
    "signature",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    CHECK(parser.parse_line("版面编辑：吴丽华　校对：陈晨").kind ==
          broadsheet::detail::BylineKind::editor_line);
    const auto supplied = parser.parse_line("（李秀英供稿）");
    CHECK(supplied.kind == broadsheet::detail::BylineKind::credit);
    REQUIRE(supplied.authors.size() == 1);
    CHECK(supplied.authors[0].name == "李秀英");
    CHECK(parser.parse_line("（县委宣传部供稿）").authors.empty());
    const auto village = parser.parse_line("青山镇石门村 赵德明");
    REQUIRE(village.authors.size() == 1);
    CHECK(village.authors[0].name == "赵德明");
    CHECK(parser.parse_line("石门村 赵德明").authors.empty());
}

TEST_CASE("byline: a company department and its writer in an end credit", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto credit = parser.parse_line("（党群工作部 费雅琳）");
    CHECK(credit.kind == broadsheet::detail::BylineKind::credit);
    REQUIRE(credit.authors.size() == 1);
    CHECK(credit.authors[0].name == "费雅琳");
    CHECK(parser.parse_line("（党群工作部）").authors.empty());
}

TEST_CASE(
    "byline: a commentator's column label names nobody, an alumnus' class signature, an "
    "office's byline, a county correspondent's place and name",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    CHECK(parser.parse_line("本报评论员文章").authors.empty());
    const auto alumnus = parser.parse_line("土木工程系2001届 钱立新");
    REQUIRE(alumnus.authors.size() == 1);
    CHECK(alumnus.authors[0].name == "钱立新");
    const auto office = parser.parse_line("校友总会 秘书处 孙慧");
    REQUIRE(office.authors.size() == 1);
    CHECK(office.authors[0].name == "孙慧");
    const auto county = parser.parse_line("（河北威县 刘建华）");
    CHECK(county.kind == broadsheet::detail::BylineKind::credit);
    REQUIRE(county.authors.size() == 1);
    CHECK(county.authors[0].name == "刘建华");
    CHECK(parser.parse_line("（北京市 朝阳区）").authors.empty());
}

TEST_CASE(
    "byline: a dateline with its byline to the line's end, a department's writer who "
    "supplied the text",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto line = parser.parse_dateline_prefix("本报讯 本报记者 王立新 通讯员 李娜", 0);
    CHECK(line.kind == broadsheet::detail::BylineKind::dateline);
    REQUIRE(line.authors.size() == 2);
    CHECK(line.authors[1].name == "李娜");
    const auto supplied = parser.parse_line("（安全质量部 魏晓东 供稿）");
    REQUIRE(supplied.authors.size() == 1);
    CHECK(supplied.authors[0].name == "魏晓东");
    CHECK(parser.parse_line("（执法支队）").authors.empty());
}

TEST_CASE("byline: a bracketed dateline's byline alone on its line, an app before the role",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto line = parser.parse_dateline_prefix("【本報訊】記者 梁家豪", 0);
    REQUIRE(line.authors.size() == 1);
    CHECK(line.authors[0].name == "梁家豪");
    const auto app = parser.parse_line("新湖南客户端 记者 曾晓明 报道");
    REQUIRE(app.authors.size() == 1);
    CHECK(app.authors[0].name == "曾晓明");
}

TEST_CASE(
    "byline: role, name and place set apart by spaces before the lead, a sentence with the "
    "same words is none",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto line =
        parser.parse_dateline_prefix("本报通讯员刘小燕　记者张伟明　萍乡报道　在萍乡市安源区，", 0);
    CHECK(line.kind == broadsheet::detail::BylineKind::dateline);
    REQUIRE(line.authors.size() == 2);
    CHECK(line.authors[0].name == "刘小燕");
    CHECK(line.authors[1].name == "张伟明");
    CHECK(line.dateline.place == "萍乡");
    CHECK(parser.parse_dateline_prefix("记者 张伟明 南昌报道了这件事。", 0).kind ==
          broadsheet::detail::BylineKind::none);
    CHECK(parser.parse_dateline_prefix("记者张伟明在南昌报道 江西省。", 0).kind ==
          broadsheet::detail::BylineKind::none);
    // A layout gap after 报道 may hold the next column's text.
    CHECK(parser.parse_dateline_prefix("记者张伟明 南昌报道      赣江流域国考断面水质持续向好", 0)
              .kind == broadsheet::detail::BylineKind::none);
}

TEST_CASE("byline: a local dateline set off from its lead by a colon, words ending in 讯 are none",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto line =
        parser.parse_dateline_prefix("曼谷讯：由泰国华文教师公会主办的培训班开班。", 0);
    CHECK(line.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(line.dateline.place == "曼谷");
    CHECK(parser.parse_dateline_prefix("喜讯：我校学生在全国竞赛中获奖。", 0).kind ==
          broadsheet::detail::BylineKind::none);
}

TEST_CASE("byline: a scholar's institution named in full and the name, a chief editor's line",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto essay = parser.parse_line("湖南大学经济与贸易学院 周启明");
    CHECK(essay.kind == broadsheet::detail::BylineKind::byline);
    REQUIRE(essay.authors.size() == 1);
    CHECK(essay.authors[0].name == "周启明");
    CHECK(essay.authors[0].role_text.empty());
    // A short unit with one space stays no byline (a headline may read so).
    CHECK(parser.parse_line("大学 周启明").kind == broadsheet::detail::BylineKind::none);
    const auto editors = parser.parse_line("主编：邓立群  责任编辑：方晓蕾");
    CHECK(editors.kind == broadsheet::detail::BylineKind::editor_line);
    CHECK(editors.authors.size() == 2);
}

TEST_CASE("byline: a letter-spaced pen name in brackets, an office's short name and a padded name",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto pen = parser.parse_line("（赣 交）");
    CHECK(pen.kind == broadsheet::detail::BylineKind::credit);
    REQUIRE(pen.authors.size() == 1);
    CHECK(pen.authors[0].name == "赣交");
    CHECK(parser.parse_line("（待 续）").authors.empty());
    CHECK(parser.parse_line("（图 文）").authors.empty());
    const auto office = parser.parse_line("镇党政办 周 蕾");
    CHECK(office.kind == broadsheet::detail::BylineKind::byline);
    REQUIRE(office.authors.size() == 1);
    CHECK(office.authors[0].name == "周蕾");
    CHECK(parser.parse_line("今天 我们 去 看 海").kind == broadsheet::detail::BylineKind::none);
}

TEST_CASE("byline: 文·图 and 口述/整理 labels, a padded name before a trailing 文", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto dotted = parser.parse_line("文·图/柯  婷");
    REQUIRE(dotted.authors.size() == 1);
    CHECK(dotted.authors[0].name == "柯婷");
    CHECK(dotted.authors[0].role_text == "文·图");
    const auto memoir = parser.parse_line("口述：张桂兰 整理：陆  雯");
    REQUIRE(memoir.authors.size() == 2);
    CHECK(memoir.authors[0].role_text == "口述");
    CHECK(memoir.authors[1].name == "陆雯");
    CHECK(memoir.authors[1].role_text == "整理");
    // 整理 is a label only before a colon.
    CHECK(parser.parse_line("整理 王五").kind == broadsheet::detail::BylineKind::none);
    const auto padded = parser.parse_line("本报记者 胡  珂 文  钱一鸣 摄");
    REQUIRE(padded.authors.size() == 2);
    CHECK(padded.authors[0].name == "胡珂");
    CHECK(padded.authors[1].name == "钱一鸣");
}

TEST_CASE("byline: 摄/ as a label, a reporter glued to a bracketed dateline before the lead",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto labels = parser.parse_line("文/程 雪 摄/卢 鹏");
    REQUIRE(labels.authors.size() == 2);
    CHECK(labels.authors[1].name == "卢鹏");
    CHECK(labels.authors[1].role_text == "摄");
    const std::string lead = "【星島日報報道】記者陳浩然 隨着颱風季節臨近，渠務署展開清理工程。";
    const auto dated = parser.parse_dateline_prefix(lead, 0);
    CHECK(dated.kind == broadsheet::detail::BylineKind::dateline);
    REQUIRE(dated.authors.size() == 1);
    CHECK(dated.authors[0].name == "陳浩然");
    CHECK(lead.substr(dated.rest_begin).find("隨着") == 0);
}

TEST_CASE("byline: a unit, a title apart from it and the name sign an answer", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto doctor = parser.parse_line("省人民医院心内科 主任医师 郑国强");
    CHECK(doctor.kind == broadsheet::detail::BylineKind::byline);
    REQUIRE(doctor.authors.size() == 1);
    CHECK(doctor.authors[0].name == "郑国强");
    CHECK(doctor.authors[0].role_text == "主任医师");
}

TEST_CASE(
    "byline: a court named in full signs a piece, a paper's short name with 讯 and the "
    "byline's parenthesis",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto court = parser.parse_line("山东省青岛市市南区人民法院  吴  敏");
    REQUIRE(court.authors.size() == 1);
    CHECK(court.authors[0].name == "吴敏");
    const auto lead =
        parser.parse_dateline_prefix("深晚讯（记者郑雅琪）昨日，记者从福田区教育局获悉。", 0);
    CHECK(lead.kind == broadsheet::detail::BylineKind::dateline);
    REQUIRE(lead.authors.size() == 1);
    CHECK(lead.authors[0].name == "郑雅琪");
}

TEST_CASE(
    "byline: a writer's post after a comma in a bracketed credit is no second name, an "
    "expert's unit and title glued before the name in brackets",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto post = parser.parse_line("（作者：蕭明哲，為投信投資長）");
    REQUIRE(post.authors.size() == 1);
    CHECK(post.authors[0].name == "蕭明哲");
    CHECK(parser.parse_line("（作者单位系江苏省南京市鼓楼区教师发展中心）").authors.empty());
    const auto expert = parser.parse_line("（省农业科学院植物保护研究所研究员 韩秀梅）");
    CHECK(expert.kind == broadsheet::detail::BylineKind::credit);
    REQUIRE(expert.authors.size() == 1);
    CHECK(expert.authors[0].name == "韩秀梅");
}

TEST_CASE("byline: 文图 set solid before a name, a lone 文 or 图 between whole names is a role",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto solid = parser.parse_line("大河报·豫视频记者 高晓燕 文图 马骏");
    REQUIRE(solid.authors.size() == 2);
    CHECK(solid.authors[1].name == "马骏");
    CHECK(solid.authors[1].role_text == "文图");
    CHECK(parser.parse_line("图文直播").authors.empty());
    const auto lone = parser.parse_line("记者 高晓燕 文 马骏 图");
    REQUIRE(lone.authors.size() == 2);
    CHECK(lone.authors[1].name == "马骏");
    CHECK(lone.authors[1].role_text == "记者");
    const auto spaced = parser.parse_line("本报记者 赵 文 斌");
    REQUIRE(spaced.authors.size() == 1);
    CHECK(spaced.authors[0].name == "赵文斌");
}

TEST_CASE(
    "byline: a credit's closing words glued to a padded name, a name before the writer's "
    "university, a student's major and year of entry before the name",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto credit = parser.parse_line("（长沙晚报全媒体记者 周  颖、刘  洋参与采写）");
    REQUIRE(credit.authors.size() == 2);
    CHECK(credit.authors[1].name == "刘洋");
    const auto essay = parser.parse_line("翟  静  河北师范大学文学院");
    REQUIRE(essay.authors.size() == 1);
    CHECK(essay.authors[0].name == "翟静");
    CHECK(essay.authors[0].role_text.empty());
    CHECK(parser.parse_line("春风  中国科学院").authors.empty());
    const auto student = parser.parse_line("物流管理专业 2023级 罗  婷");
    REQUIRE(student.authors.size() == 1);
    CHECK(student.authors[0].name == "罗婷");
}

TEST_CASE(
    "byline: a bracketed section head is no bare name, Taiwan's 國小 in a pupil's signature, "
    "本报 with a place before 讯",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    CHECK(parser.parse_line("【管护】").authors.empty());
    CHECK(parser.parse_line("（王海鸥）").authors.size() == 1);
    const auto pupil = parser.parse_line("臺北市東門國小五年級  李承恩");
    REQUIRE(pupil.authors.size() == 1);
    CHECK(pupil.authors[0].name == "李承恩");
    const auto local = parser.parse_dateline_prefix("本报北京讯 今天上午，全市召开大会。");
    CHECK(local.dateline.source == "本报");
    CHECK(local.dateline.place == "北京");
    const auto brand = parser.parse_dateline_prefix("证券时报e公司讯 今天，公司发布公告。");
    CHECK(brand.dateline.source == "证券时报e公司");
}

TEST_CASE(
    "byline: a centre's department and a name close a brief, a byline with 报道 after the "
    "dateline, before a lead that opens with its date",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto credit = parser.parse_line("（车辆中心 孙明）");
    REQUIRE(credit.authors.size() == 1);
    CHECK(credit.authors[0].name == "孙明");
    const auto lead = parser.parse_dateline_prefix(
        "本报讯 记者唐  静报道 10月18日，中国贸促会在上海举办对接会。");
    REQUIRE(lead.authors.size() == 1);
    CHECK(lead.authors[0].name == "唐静");
}

TEST_CASE("byline: a unit and a title glued before the name sign a commentary, not after a label",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto signer = parser.parse_line("中国国际经济交流中心首席研究员 周立群");
    REQUIRE(signer.authors.size() == 1);
    CHECK(signer.authors[0].name == "周立群");
    CHECK(parser.parse_line("受访专家：市第一人民医院急诊科主任 郑立群").authors.empty());
    CHECK(parser.parse_line("首席研究员 周立群").authors.empty());
}

TEST_CASE("byline: lawyers of a legal-aid case, a student signing with the degree studied",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto lawyers = parser.parse_line("援助律师 吕  志  刚  整理 实习律师 邓佳");
    REQUIRE(lawyers.authors.size() == 2);
    CHECK(lawyers.authors[0].name == "吕志刚");
    CHECK(lawyers.authors[0].role_text == "援助律师");
    CHECK(parser.parse_line("律师说法").authors.empty());
    CHECK(parser.parse_line("【律师信箱】").authors.empty());
    const auto student = parser.parse_line("生物工程学院2023级博士研究生 许诺");
    REQUIRE(student.authors.size() == 1);
    CHECK(student.authors[0].name == "许诺");
}

TEST_CASE("byline: a media group's brand in Latin capitals before the role", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto line = parser.parse_line("YMG全媒体记者 孙丽丽 通讯员 王海涛");
    REQUIRE(line.authors.size() == 2);
    CHECK(line.authors[0].role_text == "YMG全媒体记者");
    CHECK(parser.parse_line("ABC 记者").authors.empty());
    const auto lead = parser.parse_dateline_prefix("本报讯（YMG全媒体记者姜宁）记者从蓬莱区获悉。");
    REQUIRE(lead.authors.size() == 1);
    CHECK(lead.authors[0].name == "姜宁");
}

TEST_CASE("byline: a correspondent's unit before the role word in a bracketed credit", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto credit = parser.parse_line("（县妇联 通讯员 岑 晓）");
    REQUIRE(credit.authors.size() == 1);
    CHECK(credit.authors[0].name == "岑晓");
    CHECK(credit.authors[0].role_text == "通讯员");
}

TEST_CASE("byline: an institution, a wide gap and its experts' names", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto experts = parser.parse_line("河南省动物疫病预防控制中心  王建军  李  华");
    REQUIRE(experts.authors.size() == 2);
    CHECK(experts.authors[1].name == "李华");
    CHECK(experts.authors[1].role_text.empty());
    CHECK(parser.parse_line("河南省动物疫病预防控制中心  发布通知").authors.empty());
}

TEST_CASE(
    "byline: a post after a byline bullet, 文/图 after the name, an administration or a "
    "department before the name, a teacher in traditional characters",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto post = parser.parse_line("■ 科普辅导员 宋佳琪");
    REQUIRE(post.authors.size() == 1);
    CHECK(post.authors[0].role_text == "科普辅导员");
    const auto late = parser.parse_line("邹一鸣 文/图");
    REQUIRE(late.authors.size() == 1);
    CHECK(late.authors[0].role_text == "文/图");
    const auto both = parser.parse_line("记者 张三 通讯员 李四 文/图");
    REQUIRE(both.authors.size() == 2);
    CHECK(both.authors[1].role_text == "通讯员");
    CHECK(parser.parse_line("天津经济技术开发区管委会 杜文斌").authors.size() == 1);
    CHECK(parser.parse_line("省科学技术馆展教部 冯晓霞").authors.size() == 1);
    const auto teacher = parser.parse_line("（指導老師：吳美玲）");
    REQUIRE(teacher.authors.size() == 1);
    CHECK(teacher.authors[0].role_text == "指導老師");
    const auto compiled = parser.parse_dateline_prefix("（曼谷综合报道）泰国机场公司日前表示。");
    CHECK(compiled.kind == broadsheet::detail::BylineKind::dateline);
    CHECK(compiled.dateline.place == "曼谷");
}

TEST_CASE("byline: a bureau before the signer's name", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto signer = parser.parse_line("莲都区林业局 蓝晓峰");
    REQUIRE(signer.authors.size() == 1);
    CHECK(signer.authors[0].name == "蓝晓峰");
}

TEST_CASE(
    "byline: a writer's unit and name in brackets, a department and its two signers, "
    "participants in an interview, a principal's signature",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto unit = parser.parse_line("（作者单位：河北省衡水市故城县农业农村局 韩东旭）");
    REQUIRE(unit.authors.size() == 1);
    CHECK(unit.authors[0].name == "韩东旭");
    CHECK(parser.parse_line("（作者单位：华中师范大学）").authors.empty());
    CHECK(parser.parse_line("监察执法二处 裴振宇 郑书华").authors.size() == 2);
    CHECK(parser.parse_line("（本報記者黃詩婷、林俊宏參與採訪）").authors.size() == 2);
    const auto dotted = parser.parse_line("报道 · 林慧敏");
    REQUIRE(dotted.authors.size() == 1);
    CHECK(dotted.authors[0].role_text == "报道");
}

TEST_CASE("byline: a division signs, a writer's letter-spaced name closing a note about them",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto division = parser.parse_line("省审计厅财政审计处 王海涛");
    REQUIRE(division.authors.size() == 1);
    CHECK(division.authors[0].name == "王海涛");
    const auto spaced = parser.parse_line("（作者为多伦多华人社区义工 许 文 华）");
    REQUIRE(spaced.authors.size() == 1);
    CHECK(spaced.authors[0].name == "许文华");
    CHECK(spaced.authors[0].role_text.empty());
    // A note with no name, or one whose single characters run too long for a name.
    CHECK(parser.parse_line("（作者为益阳市文联主席）").authors.empty());
    CHECK(parser.parse_line("（作者为 某 大 学 教 授）").authors.empty());
    CHECK(parser.parse_line("（作者为市文联 主席）").authors.empty());
}

TEST_CASE("byline: 文·图 before a name, a name and a place glued to 报道", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto dotted = parser.parse_line("文·图 马丽娟");
    REQUIRE(dotted.authors.size() == 1);
    CHECK(dotted.authors[0].role_text == "文·图");
    const auto glued = parser.parse_line("記者林佩珊聖荷西報導");
    REQUIRE(glued.authors.size() == 1);
    CHECK(glued.authors[0].name == "林佩珊");
    CHECK(glued.dateline.place == "聖荷西");
    const auto two = parser.parse_line("记者王芳北京报道");
    REQUIRE(two.authors.size() == 1);
    CHECK(two.authors[0].name == "王芳");
    CHECK(two.dateline.place == "北京");
    const auto lead = parser.parse_dateline_prefix(
        "【本報特約記者林佩珊聖荷西報導】聖荷西市議會25日通過決議。", 0);
    REQUIRE(lead.authors.size() == 1);
    CHECK(lead.authors[0].name == "林佩珊");
}

TEST_CASE("byline: after a bullet, a unit of any kind and two names", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto signed_by_two = parser.parse_line("■ 江南造船 周子航 沈 怡");
    REQUIRE(signed_by_two.authors.size() == 2);
    CHECK(signed_by_two.authors[1].name == "沈怡");
    CHECK(signed_by_two.authors[0].role_text.empty());
    CHECK(parser.parse_line("■ 体坛 速递 新闻").authors.empty());
}

TEST_CASE("byline: units before padded names, a department's short name, a court in full",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto bureau = parser.parse_line("恩施州农业农村局 田  野 向  红");
    REQUIRE(bureau.authors.size() == 2);
    CHECK(bureau.authors[0].name == "田野");
    CHECK(bureau.authors[1].name == "向红");
    CHECK(parser.parse_line("维修二处 王建国 孙  磊").authors.size() == 2);
    const auto court = parser.parse_line("□ 江西省南昌市西湖区人民法院 胡  蕾 邱  敏");
    REQUIRE(court.authors.size() == 2);
    CHECK(court.authors[1].name == "邱敏");
}

TEST_CASE("byline: 文 between even-spaced names before 摄, a station's signers, a reader's home",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto credits = parser.parse_line("本报记者 郝 鹏 文 吉学文 摄");
    REQUIRE(credits.authors.size() == 2);
    CHECK(credits.authors[0].name == "郝鹏");
    CHECK(credits.authors[1].role_text == "本报记者");
    // Without the closing 摄, three single characters are one letter-spaced name.
    const auto spaced = parser.parse_line("记者 张 建 文 李四");
    REQUIRE(spaced.authors.size() == 2);
    CHECK(spaced.authors[0].name == "张建文");
    CHECK(parser.parse_line("临汾市气象台 刘海燕 段志强").authors.size() == 2);
    const auto reader = parser.parse_line("泽州县巴公镇 郭满仓");
    REQUIRE(reader.authors.size() == 1);
    CHECK(reader.authors[0].name == "郭满仓");
}

TEST_CASE("byline: a farm named in full and a subsidiary in brackets before one signer",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto farm = parser.parse_line("北大荒集团八五二农场 孙立新");
    REQUIRE(farm.authors.size() == 1);
    CHECK(farm.authors[0].name == "孙立新");
    const auto subsidiary = parser.parse_line("（惠州公司 冯伟）");
    REQUIRE(subsidiary.authors.size() == 1);
    CHECK(subsidiary.authors[0].name == "冯伟");
}

TEST_CASE("byline: who told and who wrote it down, spaced, names before 报导", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto told = parser.parse_line("口述 徐德明 整理 胡 月");
    REQUIRE(told.authors.size() == 2);
    CHECK(told.authors[0].role_text == "口述");
    CHECK(told.authors[1].name == "胡月");
    CHECK(parser.parse_line("他口述了整理的经过").authors.empty());
    const auto reported = parser.parse_line("（记者 黄家明、陈丽娟报导）");
    REQUIRE(reported.authors.size() == 2);
    CHECK(reported.authors[1].name == "陈丽娟");
}

TEST_CASE("byline: 文 between two padded names before 摄, one gap after a bullet and an institute",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto padded = parser.parse_line("本报记者 谢 雨 文 程 林 摄");
    REQUIRE(padded.authors.size() == 2);
    CHECK(padded.authors[0].name == "谢雨");
    CHECK(padded.authors[1].name == "程林");
    CHECK(padded.authors[1].role_text == "本报记者");
    const auto letter_spaced = parser.parse_line("□ 张 建 文 摄");
    REQUIRE(letter_spaced.authors.size() == 1);
    CHECK(letter_spaced.authors[0].name == "张建文");
    const auto institute = parser.parse_line("■ 电子信息产业研究院集成电路研究所 赵启明");
    REQUIRE(institute.authors.size() == 1);
    CHECK(institute.authors[0].name == "赵启明");
}

TEST_CASE("byline: a name set solid against its writer's bracketed post, Yi clan names",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto tibetan = parser.parse_line("次仁多吉（作者为山南市社科联研究员）");
    REQUIRE(tibetan.authors.size() == 1);
    CHECK(tibetan.authors[0].name == "次仁多吉");
    CHECK(tibetan.authors[0].role_text.empty());
    const auto padded = parser.parse_line("周  红（作者系省委党校教授）");
    REQUIRE(padded.authors.size() == 1);
    CHECK(padded.authors[0].name == "周红");
    // Not a post: the bracket must open with 作者 unless the words before it are shaped like
    // a name (a common surname, or two elements of a Tibetan name).
    CHECK(parser.parse_line("雪域高原（山南市社科联研究员）").authors.empty());
    CHECK(parser.parse_line("次仁多吉（山南市社科联研究员）").authors.size() == 1);
    CHECK(parser.parse_line("本文（作者为山南市社科联研究员）").authors.empty());
    const auto yi = parser.parse_line("◇ 阿苏拉则");
    REQUIRE(yi.authors.size() == 1);
    CHECK(yi.authors[0].name == "阿苏拉则");
}

TEST_CASE(
    "byline: who told it and who wrote it down, each after the name, a province and city "
    "before a reader's name",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto told = parser.parse_line("（王秀兰  口述    本报记者  李  强  整理）");
    REQUIRE(told.authors.size() == 2);
    CHECK(told.authors[0].name == "王秀兰");
    CHECK(told.authors[0].role_text == "口述");
    CHECK(told.authors[1].name == "李强");
    CHECK(told.authors[1].role_text == "本报记者");
    const auto plain = parser.parse_line("（张大山 口述  刘小雨 整理）");
    REQUIRE(plain.authors.size() == 2);
    CHECK(plain.authors[1].role_text == "整理");
    const auto before_names = parser.parse_line("口述 徐德明 整理 胡 月");
    REQUIRE(before_names.authors.size() == 2);
    CHECK(before_names.authors[1].role_text == "整理");
    const auto reader = parser.parse_line("江苏扬州  周建国");
    REQUIRE(reader.authors.size() == 1);
    CHECK(reader.authors[0].name == "周建国");
    CHECK(reader.authors[0].role_text.empty());
    // No province, or one space only: a headline's two parts, not a signature.
    CHECK(parser.parse_line("春耕时节  王建国").authors.empty());
    CHECK(parser.parse_line("江苏扬州 周建国").authors.empty());
}

TEST_CASE("byline: a kindergarten's and an association's signers", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto kindergarten = parser.parse_line("□ 杭州市文晖实验幼儿园 沈一帆");
    REQUIRE(kindergarten.authors.size() == 1);
    CHECK(kindergarten.authors[0].name == "沈一帆");
    const auto association = parser.parse_line("江苏省集邮协会 林国华");
    REQUIRE(association.authors.size() == 1);
    CHECK(association.authors[0].name == "林国华");
    CHECK(association.authors[0].role_text.empty());
}

TEST_CASE("byline: a college's school or library in brackets closes an item", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto school = parser.parse_line("(研究生院 周子涵)");
    REQUIRE(school.authors.size() == 1);
    CHECK(school.authors[0].name == "周子涵");
    CHECK(school.kind == broadsheet::detail::BylineKind::credit);
    const auto library = parser.parse_line("(图书馆 林晓燕)");
    REQUIRE(library.authors.size() == 1);
    CHECK(library.authors[0].name == "林晓燕");
    // Not unbracketed: 研究生院 周子涵 could be a headline's two parts.
    CHECK(parser.parse_line("研究生院 周子涵").authors.empty());
}

TEST_CASE("byline: who told and who wrote, the words set solid after the names", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto credit = parser.parse_line("(吴荣生口述 本报记者 蒋 丽整理)");
    REQUIRE(credit.authors.size() == 2);
    CHECK(credit.kind == broadsheet::detail::BylineKind::credit);
    CHECK(credit.authors[0].name == "吴荣生");
    CHECK(credit.authors[0].role_text == "口述");
    CHECK(credit.authors[1].name == "蒋丽");
    CHECK(credit.authors[1].role_text == "本报记者");
    const auto plain = parser.parse_line("吴荣生口述 蒋丽整理");
    REQUIRE(plain.authors.size() == 2);
    CHECK(plain.authors[1].role_text == "整理");
    CHECK(parser.parse_line("(口述历史整理)").authors.empty());
}

TEST_CASE("byline: a group company in brackets before a name closes an item", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto credit = parser.parse_line("(江阴市港口集团 许文涛)");
    REQUIRE(credit.authors.size() == 1);
    CHECK(credit.authors[0].name == "许文涛");
}

TEST_CASE("byline: a hospital's department, or a city and district of home, before a name",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto doctor = parser.parse_line("江苏省人民医院老年医学科 顾建平");
    REQUIRE(doctor.authors.size() == 1);
    CHECK(doctor.authors[0].name == "顾建平");
    const auto reader = parser.parse_line("温州市鹿城区 叶秀芬");
    REQUIRE(reader.authors.size() == 1);
    CHECK(reader.authors[0].name == "叶秀芬");
    CHECK(reader.authors[0].role_text.empty());
    // No person's name after the place: a headline's two parts.
    CHECK(parser.parse_line("杭州市西湖区 春天").authors.empty());
}

TEST_CASE("byline: a compiler's word after a name, answerers named after a label", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto compiled = parser.parse_line("(陈思远 编译)");
    REQUIRE(compiled.authors.size() == 1);
    CHECK(compiled.authors[0].name == "陈思远");
    CHECK(compiled.authors[0].role_text == "编译");
    const auto expert = parser.parse_line("解答专家：南平市第一医院神经内科主任医师 詹国华");
    REQUIRE(expert.authors.size() == 1);
    CHECK(expert.authors[0].name == "詹国华");
    CHECK(expert.authors[0].role_text == "主任医师");
    const auto host = parser.parse_line("主持人：本报记者 黄晓婷");
    REQUIRE(host.authors.size() == 1);
    CHECK(host.authors[0].role_text == "本报记者");
    const auto dietitian = parser.parse_line("武夷山市妇幼保健院营养科 营养师 徐丽娟");
    REQUIRE(dietitian.authors.size() == 1);
    CHECK(dietitian.authors[0].role_text == "营养师");
    // The host's questions are text, not a byline.
    CHECK(parser.parse_line("主持人：进入秋冬季，医院呼吸科门诊量明显增加。").authors.empty());
}

TEST_CASE(
    "byline: two letter-spaced three-character names, 赖 and 洪 as surnames, a column "
    "of book news is no dateline",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto spaced = parser.parse_line("本报通讯员 曾 宪 武 王 家 富");
    REQUIRE(spaced.authors.size() == 2);
    CHECK(spaced.authors[0].name == "曾宪武");
    CHECK(spaced.authors[1].name == "王家富");
    const auto pupil = parser.parse_line("瑞金市象湖镇第三小学五年级 赖思琪");
    REQUIRE(pupil.authors.size() == 1);
    CHECK(pupil.authors[0].name == "赖思琪");
    CHECK(parser.parse_line("记者 洪涛").authors.size() == 1);
    CHECK(parser.parse_line("【域外书讯】").kind == broadsheet::detail::BylineKind::none);
    CHECK(parser.parse_line("【曼谷讯】").kind == broadsheet::detail::BylineKind::dateline);
}

TEST_CASE("byline: credit words set apart by spaces alone, each before its name", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto told = parser.parse_line("口述 蔡  坤");
    REQUIRE(told.authors.size() == 1);
    CHECK(told.authors[0].name == "蔡坤");
    CHECK(told.authors[0].role_text == "口述");
    const auto pair = parser.parse_line("文 李嘉欣  摄影 吴海波");
    REQUIRE(pair.authors.size() == 2);
    CHECK(pair.authors[0].role_text == "文");
    CHECK(pair.authors[1].name == "吴海波");
    CHECK(pair.authors[1].role_text == "摄影");
    // One pair with a one-character word is too little to tell; words are no names.
    CHECK(parser.parse_line("文 李嘉欣").authors.empty());
    CHECK(parser.parse_line("文 明 图 片").authors.empty());
}

TEST_CASE("byline: a procuratorate's staff as a role word, who told and who recorded, spaced",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto staff = parser.parse_line("通讯员 陈榕 检察官助理 魏思琪");
    REQUIRE(staff.authors.size() == 2);
    CHECK(staff.authors[1].name == "魏思琪");
    CHECK(staff.authors[1].role_text == "检察官助理");
    const auto told = parser.parse_line("口述 钟长生  记录 谢 雯");
    REQUIRE(told.authors.size() == 2);
    CHECK(told.authors[0].role_text == "口述");
    CHECK(told.authors[1].name == "谢雯");
    CHECK(told.authors[1].role_text == "记录");
}

TEST_CASE("byline: signers of columns, letters and answers, a paper's own station in a place",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    // A unit and a title set apart after a bullet: the title is the role as printed.
    const auto doctor = parser.parse_line("□ 市中医院骨伤科 副主任医师 罗建平");
    REQUIRE(doctor.authors.size() == 1);
    CHECK(doctor.authors[0].name == "罗建平");
    CHECK(doctor.authors[0].role_text == "副主任医师");
    // A teacher answering a pupil's letter, in brackets after the answer.
    const auto teacher = parser.parse_line("（区青少年心理辅导中心 心理教师 郑雅文）");
    REQUIRE(teacher.authors.size() == 1);
    CHECK(teacher.authors[0].name == "郑雅文");
    CHECK(teacher.authors[0].role_text == "心理教师");
    // A letter signed after a dash by the kind of writer and a pen name in quotes.
    const auto pen = parser.parse_line("——一位退休老读者“秋枫”");
    REQUIRE(pen.authors.size() == 1);
    CHECK(pen.authors[0].name == "秋枫");
    CHECK(pen.authors[0].role_text.empty());
    CHECK(parser.parse_line("——从“十四五”到“十五五”").authors.empty());
    CHECK(parser.parse_line("——一场关于“乡愁”").authors.empty());
    // A prosecutor or judge signing notes.
    const auto prosecutor = parser.parse_line("检察官 卫明轩");
    REQUIRE(prosecutor.authors.size() == 1);
    CHECK(prosecutor.authors[0].role_text == "检察官");
    CHECK(parser.parse_line("法官 宁静远").authors.at(0).role_text == "法官");
    // 本报 + place + 记者站 is the role as printed.
    const auto station = parser.parse_line("（本报约翰内斯堡记者站 余海川）");
    REQUIRE(station.authors.size() == 1);
    CHECK(station.authors[0].name == "余海川");
    CHECK(station.authors[0].role_text == "本报约翰内斯堡记者站");
    // A guest writer's name set solid against a bracketed unit and title.
    const auto guest = parser.parse_line("邵启明（西南林业大学副教授）");
    REQUIRE(guest.authors.size() == 1);
    CHECK(guest.authors[0].name == "邵启明");
    // (Not a phrase before the bracket, nor a name without a listed surname.)
    CHECK(parser.parse_line("走访林场（大学副教授）").authors.empty());
}

TEST_CASE(
    "byline: a reader signing from home after a dash, a nurse's title, who wrote up "
    "answers, a writer named before the paper's reporter",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto reader = parser.parse_line("——城关街道东门社区 冯 洁");
    REQUIRE(reader.authors.size() == 1);
    CHECK(reader.authors[0].name == "冯洁");
    const auto nurse = parser.parse_line("——县第二人民医院 护士长 蒋丽君");
    REQUIRE(nurse.authors.size() == 1);
    CHECK(nurse.authors[0].role_text == "护士长");
    const auto compiled = parser.parse_line("（文字整理：韩 笑）");
    REQUIRE(compiled.authors.size() == 1);
    CHECK(compiled.authors[0].name == "韩笑");
    CHECK(compiled.authors[0].role_text == "文字整理");
    const auto pair = parser.parse_line("（孟凡军、本报特约记者 邵 磊）");
    REQUIRE(pair.authors.size() == 2);
    CHECK(pair.authors[0].name == "孟凡军");
    CHECK(pair.authors[0].role_text.empty());
    CHECK(pair.authors[1].name == "邵磊");
    CHECK(pair.authors[1].role_text == "本报特约记者");
    // (A dash over a phrase, not a home and a name, signs nothing.)
    CHECK(parser.parse_line("——城关街道东门社区见闻").authors.empty());
}

TEST_CASE(
    "byline: a teacher signing with the school named in full, an agronomist's unit and "
    "title",
    "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto teacher = parser.parse_line("景宁县第一中学 蓝 婷");
    REQUIRE(teacher.authors.size() == 1);
    CHECK(teacher.authors[0].name == "蓝婷");
    const auto agronomist = parser.parse_line("德清县农技推广中心高级农艺师 沈国良");
    REQUIRE(agronomist.authors.size() == 1);
    CHECK(agronomist.authors[0].name == "沈国良");
    // (A short school name alone is no unit named in full.)
    CHECK(parser.parse_line("二中 蓝婷").authors.empty());
}

TEST_CASE("byline: one person's report and photographs under one label", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto both = parser.parse_line("報導/攝影：黃美玲");
    REQUIRE(both.authors.size() == 1);
    CHECK(both.authors[0].name == "黃美玲");
    CHECK(both.authors[0].role_text == "報導/攝影");
}

TEST_CASE("byline: a county's media centre named by its county before the role word", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto centre = parser.parse_line("（琼中融媒记者 王海燕）");
    REQUIRE(centre.authors.size() == 1);
    CHECK(centre.authors[0].name == "王海燕");
    CHECK(centre.authors[0].role_text == "琼中融媒记者");
    // After a name, a person's name glued before the role is no county: 张三 is one more
    // correspondent.
    const auto glued = parser.parse_line("通讯员 王五 张三融媒记者 李四");
    REQUIRE(glued.authors.size() == 3);
    CHECK(glued.authors[1].name == "张三");
    CHECK(glued.authors[2].role_text == "融媒记者");
    // Opening the byline, a county whose name reads like a person's (南 + 雄) is the county.
    const auto nanxiong = parser.parse_line("（南雄融媒记者 李　想　通讯员 曾繁荣）");
    REQUIRE(nanxiong.authors.size() == 2);
    CHECK(nanxiong.authors[0].name == "李想");
    CHECK(nanxiong.authors[0].role_text == "南雄融媒记者");
    CHECK(nanxiong.authors[1].role_text == "通讯员");
}

TEST_CASE("byline: a reader signing as the kind of person who wrote, with one name after a space",
          "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto family = parser.parse_line("患者家属 任小梅");
    REQUIRE(family.authors.size() == 1);
    CHECK(family.authors[0].name == "任小梅");
    CHECK(family.authors[0].role_text == "患者家属");
    // Glued to the word, or after a colon, the rest is a headline or a label's text.
    CHECK(parser.parse_line("市民乐享冬日时光").authors.empty());
    CHECK(parser.parse_line("家长：担心加重功课").authors.empty());
    // One reader signs a letter: two names are no such signature.
    CHECK(parser.parse_line("网友 张三 李四").authors.empty());
    // A science page's writer in an end credit.
    const auto science = parser.parse_line("（科普作者 宫立新）");
    REQUIRE(science.authors.size() == 1);
    CHECK(science.authors[0].name == "宫立新");
    CHECK(science.authors[0].role_text == "科普作者");
}

TEST_CASE("byline: photo reporters named before 摄影报道 with no role word", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto pair = parser.parse_line("卫  涛　张  媛 摄影报道");
    REQUIRE(pair.authors.size() == 2);
    CHECK(pair.authors[0].name == "卫涛");
    CHECK(pair.authors[1].name == "张媛");
    CHECK(pair.authors[1].role_text == "摄影报道");
    CHECK(pair.authors[1].role == broadsheet::AuthorRole::photographer);
    // A role word before the names stays theirs.
    const auto reporters = parser.parse_line("本报记者 刘  强 摄影报道");
    REQUIRE(reporters.authors.size() == 1);
    CHECK(reporters.authors[0].role_text == "本报记者");
    // Not at the line's end: no credit.
    CHECK(parser.parse_line("卫涛 摄影报道了这次比赛").authors.empty());
}

TEST_CASE("byline: a bulleted two-character title before a padded name", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto lawyer =
        parser.parse_line("□ 律师 黄  斌");  // (normalized: the ideographic space is ASCII)
    REQUIRE(lawyer.authors.size() == 1);
    CHECK(lawyer.authors[0].name == "黄斌");
    CHECK(lawyer.authors[0].role_text == "律师");
    // Without the bullet 律师 heads columns and signs answers: no byline here.
    CHECK(parser.parse_line("律师 黄斌").authors.empty());
    CHECK(parser.parse_line("□ 律师说法").authors.empty());
    // A two-character post not known as a title is no role.
    CHECK(parser.parse_line("□ 王师 李  婧").authors.size() != 1);
}

TEST_CASE("byline: a host before a role word, a guest lawyer labelled with a colon", "[byline]") {
    const broadsheet::detail::BylineParser parser;
    const auto host = parser.parse_line("主持人 本报记者 彭 慧");
    REQUIRE(host.authors.size() == 1);
    CHECK(host.authors[0].name == "彭慧");
    CHECK(host.authors[0].role_text == "本报记者");
    // (A bare name after 主持人 and a space is no byline: 主持人 王刚 may be text.)
    CHECK(parser.parse_line("主持人 王刚").authors.empty());
    const auto guest = parser.parse_line("嘉宾律师:谭志刚(湖南东山律师事务所)");
    REQUIRE(guest.authors.size() == 1);
    CHECK(guest.authors[0].name == "谭志刚");
    CHECK(guest.authors[0].role_text == "嘉宾律师");
    const auto commenter = parser.parse_line("(点评教师 彭志华)");
    REQUIRE(commenter.authors.size() == 1);
    CHECK(commenter.authors[0].role_text == "点评教师");
}
