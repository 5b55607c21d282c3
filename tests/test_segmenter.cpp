// Unit and property tests of the article segmenter, one phenomenon per test, on text
// written for these tests.
#include <algorithm>
#include <broadsheet/segmenter.hpp>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "support.hpp"

using broadsheet::ArticleSegmenter;
using broadsheet::AuthorRole;
using broadsheet::FurnitureKind;
using broadsheet::HeadlineRole;
using broadsheet::JumpDirection;
using broadsheet::Page;
using broadsheet::SegmenterOptions;
using broadsheet::Span;

namespace {

Page segment(const std::string& text, SegmenterOptions options = {}) {
    return ArticleSegmenter(std::move(options)).segment(text);
}

std::vector<std::string> headline_texts(const broadsheet::Article& article) {
    std::vector<std::string> out;
    for (const auto& h : article.headlines) out.push_back(h.text);
    return out;
}

std::vector<std::string> paragraph_texts(const broadsheet::Article& article) {
    std::vector<std::string> out;
    for (const auto& p : article.paragraphs) out.push_back(p.text);
    return out;
}

using Texts = std::vector<std::string>;

// Every span the page holds that stands for a piece of the input (authors' spans lie inside
// byline spans and are not counted).
std::vector<Span> placed_spans(const Page& page) {
    std::vector<Span> spans;
    for (const auto& a : page.articles) {
        for (const auto& h : a.headlines) spans.push_back(h.span);
        for (const auto& s : a.byline_spans) spans.push_back(s);
        if (a.has_dateline) spans.push_back(a.dateline.span);
        for (const auto& p : a.paragraphs)
            for (const auto& s : p.spans) spans.push_back(s);
        for (const auto& c : a.crossheads) spans.push_back(c.span);
        for (const auto& c : a.captions) spans.push_back(c.span);
        for (const auto& s : a.credit_spans) spans.push_back(s);
    }
    for (const auto& f : page.furniture) spans.push_back(f.span);
    for (const auto& u : page.unplaced) spans.push_back(u.span);
    return spans;
}

// Checks the page invariants: spans inside the input, no input byte in two places, every
// non-blank line placed somewhere (its first and last visible bytes are covered).
void check_invariants(const std::string& input, const Page& page) {
    // A paragraph's pieces follow the input's order except where a diagnostic says the
    // reading order was repaired at that piece.
    for (const auto& article : page.articles)
        for (const auto& paragraph : article.paragraphs)
            for (std::size_t k = 1; k < paragraph.spans.size(); ++k)
                if (paragraph.spans[k].begin < paragraph.spans[k - 1].end)
                    REQUIRE(std::any_of(
                        page.diagnostics.begin(), page.diagnostics.end(), [&](const auto& d) {
                            return d.span == paragraph.spans[k] &&
                                   d.code == broadsheet::DiagnosticCode::reading_order_repaired;
                        }));
    std::vector<Span> spans = placed_spans(page);
    for (const Span& s : spans) {
        REQUIRE(s.begin <= s.end);
        REQUIRE(s.end <= input.size());
    }
    std::sort(spans.begin(), spans.end(), [](Span a, Span b) {
        return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
    });
    for (std::size_t i = 1; i < spans.size(); ++i) {
        INFO("span " << spans[i - 1].begin << "-" << spans[i - 1].end << " and " << spans[i].begin
                     << "-" << spans[i].end);
        REQUIRE(spans[i].begin >= spans[i - 1].end);
    }
    auto covered = [&](std::size_t offset) {
        auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                                   [](std::size_t o, Span s) { return o < s.begin; });
        return it != spans.begin() && (it - 1)->contains(offset);
    };
    // Every line that is not blank once normalized (controls dropped, CR and CRLF unified)
    // has its visible bytes placed somewhere.
    const broadsheet::NormalizedText normalized = broadsheet::normalize(input);
    const std::string& text = normalized.text();
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        std::size_t first = begin, last = end;
        while (first < last && (text[first] == ' ' || text[first] == '\t')) ++first;
        while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
        if (first < last) {
            const Span original = normalized.to_original(Span{first, last});
            INFO("line at " << original.begin << ": " << original.of(input));
            CHECK(covered(original.begin));
            CHECK(covered(original.end - 1));
        }
        if (end == text.size()) break;
        begin = end + 1;
    }
}

}  // namespace

TEST_CASE("segmenter: a column break in mid-word is joined with nothing added", "[segmenter]") {
    const std::string text =
        "社区举办便民服务日活动\n\n■ 通讯员 "
        "李明\n\n活动现场，志愿者为居民提供义诊、理发和家电维修等服务，还送上了慰\n\n\n\n"
        "品,鼓励大家积极参与社区建设。\n\n活动持续了一上午，受到居民欢迎。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    const auto& a = page.articles[0];
    REQUIRE(a.paragraphs.size() == 2);
    CHECK(a.paragraphs[0].text ==
          "活动现场，志愿者为居民提供义诊、理发和家电维修等服务，还送上了慰品,"
          "鼓励大家积极参与社区建设。");
    REQUIRE(a.paragraphs[0].spans.size() == 2);
    CHECK(a.paragraphs[0].spans[1].of(text) == "品,鼓励大家积极参与社区建设。");
    CHECK(a.paragraphs[0].confidence < a.paragraphs[1].confidence);
}

TEST_CASE("segmenter: an unfinished paragraph is never continued into a headline", "[segmenter]") {
    const std::string text =
        "第一篇文章标题\n\n■ 记者 张明\n\n这是第一篇文章的正文，最后一段没有结束\n\n"
        "第二篇文章标题\n\n■ 记者 王强\n\n第二篇文章的正文在这里。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"第二篇文章标题"});
    REQUIRE(paragraph_texts(page.articles[0]) == Texts{"这是第一篇文章的正文，最后一段没有结束"});
    CHECK(page.articles[0].paragraphs[0].confidence <= 0.6);
}

TEST_CASE("segmenter: a caption between column pieces does not break the paragraph",
          "[segmenter]") {
    const std::string text =
        "湖边步道开放\n\n■ 通讯员 "
        "周文\n\n新建的湖边步道全长两公里，沿途设置了\n\n图为市民在步道上散步。\n\n"
        "休息座椅和照明设施。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"新建的湖边步道全长两公里，沿途设置了休息座椅和照明设施。"});
    REQUIRE(page.articles[0].captions.size() == 1);
    CHECK(page.articles[0].captions[0].text == "图为市民在步道上散步。");
}

TEST_CASE("segmenter: hard-wrapped text with indented paragraphs", "[segmenter]") {
    const std::string text =
        "农贸市场完成升级改造\n本报记者 刘强\n"
        "\u3000\u3000经过三个月的施工，城东农贸市场完成\n升级改造，于本周一重新开业。市场内\n"
        "划分了蔬菜、肉类和水产等区域。\n"
        "\u3000\u3000开业当天，前来购物的居民络绎不绝。\n"
        "\u3000\u3000市场负责人表示，将加强日常管理，为\n居民提供干净整洁的购物环境。\n";
    const Page page = segment(text);
    CHECK(page.hard_wrapped);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"经过三个月的施工，城东农贸市场完成升级改造，于本周一重新开业。市场内划分了蔬菜、肉"
                "类和水产等区域。",
                "开业当天，前来购物的居民络绎不绝。",
                "市场负责人表示，将加强日常管理，为居民提供干净整洁的购物环境。"});
    CHECK(page.articles[0].paragraphs[0].spans.size() == 3);
}

TEST_CASE("segmenter: hard-wrapped text with paragraphs ended by punctuation only", "[segmenter]") {
    const std::string text =
        "\n公交线路优化调整\n记者 陈红\n"
        "从下月起，全市将有十二条公交线路进行优化调\n整，涉及站点四十余个，方便市民出行。\n"
        "调整后的线路将更好地连接地铁站和居民区，\n减少乘客换乘次数。\n"
        "换乘站点\n"
        "公交公司将在各站点张贴调整公告，市民也可\n以通过手机应用查询最新线路信息。\n";
    const Page page = segment(text);
    CHECK(page.hard_wrapped);
    REQUIRE(page.articles.size() == 1);
    const auto& a = page.articles[0];
    CHECK(a.paragraphs.size() == 3);
    REQUIRE(a.crossheads.size() == 1);
    CHECK(a.crossheads[0].text == "换乘站点");
    CHECK(a.crossheads[0].paragraph_index == 2);
    // A wrap between two ASCII words gets a space, a wrap between CJK characters nothing.
    SegmenterOptions wrapped;  // too few lines to detect the style: say it
    wrapped.wrap_style = SegmenterOptions::WrapStyle::hard_wrapped;
    const Page latin = segment(
        "标题行\n记者 张明\nThe new line connects\nstations and stops。\n"
        "第二段的内容写在这里，\n继续写完。\n第三段也写完了。\n",
        wrapped);
    REQUIRE(latin.articles.size() == 1);
    CHECK(paragraph_texts(latin.articles[0]) == Texts{"The new line connects stations and stops。",
                                                      "第二段的内容写在这里，继续写完。",
                                                      "第三段也写完了。"});
}

TEST_CASE("segmenter: a full wrapped line ending in a full stop does not end its paragraph",
          "[segmenter]") {
    // Ambiguous by nature: a paragraph's last line is rarely exactly full, while a full line
    // often ends in 。 mid-paragraph. The join is made with a lower confidence.
    const std::string text =
        "标题\n记者 "
        "张明\n一二三四五六七八九十一二三四五六七八九十。\n一二三四五六七八九十一二三四五六七八九十"
        "\n"
        "一二三四五六七八九十结束。\n一二三四五六七八九十一二三四五六七八九十\n第二段结束。\n";
    const Page page = segment(text);
    REQUIRE(page.hard_wrapped);
    REQUIRE(page.articles.size() == 1);
    const auto& paragraphs = page.articles[0].paragraphs;
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[0].spans.size() == 3);
    CHECK(paragraphs[0].confidence < 0.9);
    CHECK(paragraphs[1].spans.size() == 2);
}

TEST_CASE("segmenter: headline roles: kicker with dash, subtitle with dash, column name",
          "[segmenter]") {
    const std::string text =
        "奋进新征程——\n\n港口吞吐量再创新高\n\n——一季度外贸运行观察\n\n本报记者 "
        "许文\n\n今年一季度，港口货物吞吐量同比增长。\n\n"
        "让阅读成为习惯\n\n（评论员观察）\n\n■ 本报评论员 孙平\n\n阅读是一种生活方式。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    const auto& first = page.articles[0];
    REQUIRE(first.headlines.size() == 3);
    CHECK(first.headlines[0].role == HeadlineRole::kicker);
    CHECK(first.headlines[1].role == HeadlineRole::title);
    CHECK(first.headlines[2].role == HeadlineRole::subtitle);
    const auto& second = page.articles[1];
    REQUIRE(second.headlines.size() == 2);
    CHECK(second.headlines[1].text == "（评论员观察）");
    CHECK(second.headlines[1].role == HeadlineRole::column_name);
    REQUIRE(second.authors.size() == 1);
    CHECK(second.authors[0].name == "孙平");
    CHECK(std::string(to_string(HeadlineRole::column_name)) == "column_name");
}

TEST_CASE("segmenter: dashed kicker and subtitle lines may carry commas", "[segmenter]") {
    const std::string text =
        "坚持稳中求进，推动高质量发展——\n\n全年经济运行总体平稳\n\n——写在年终岁尾，回望发展历程\n\n"
        "本报记者 许文\n\n"
        "今年以来，全区经济运行总体平稳。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].headlines.size() == 3);
    CHECK(page.articles[0].headlines[0].role == HeadlineRole::kicker);
    CHECK(page.articles[0].headlines[2].role == HeadlineRole::subtitle);
}

TEST_CASE("segmenter: one instance shared by several threads gives the same pages", "[segmenter]") {
    const std::string text = broadsheet_test::read_fixture("pages/tianjin-hexi-2025.txt");
    const ArticleSegmenter segmenter;
    const Page expected = segmenter.segment(text);
    std::vector<std::size_t> paragraphs(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < paragraphs.size(); ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 20; ++i) {
                const Page page = segmenter.segment(text);
                std::size_t n = 0;
                for (const auto& a : page.articles) n += a.paragraphs.size();
                paragraphs[t] = n;
            }
        });
    for (auto& thread : threads) thread.join();
    std::size_t expected_paragraphs = 0;
    for (const auto& a : expected.articles) expected_paragraphs += a.paragraphs.size();
    for (std::size_t n : paragraphs) CHECK(n == expected_paragraphs);
}

TEST_CASE("segmenter: couplet headline lines with an inner space", "[segmenter]") {
    const std::string text =
        "稳就业 促发展 惠民生\n\n开发区举办春季招聘会\n\n■ 通讯员 "
        "杨光\n\n本次招聘会共有六十家企业参加。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"稳就业 促发展 惠民生", "开发区举办春季招聘会"});
}

TEST_CASE("segmenter: a byline and lead printed before their headline", "[segmenter]") {
    const std::string text =
        "第一篇标题\n\n■ 通讯员 王芳\n\n第一篇的正文。\n\n"
        "■ 通讯员 李强\n\n日前，区里举办了一场科普展览，吸引了众多市民参观。\n\n"
        "科普展览走进社区\n\n展览分为航天、海洋和生命科学三个展区。\n\n参观者纷纷表示收获很大。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    const auto& a = page.articles[1];
    CHECK(headline_texts(a) == Texts{"科普展览走进社区"});
    REQUIRE(a.authors.size() == 1);
    CHECK(a.authors[0].name == "李强");
    CHECK(a.paragraphs.size() == 3);
    CHECK(a.crossheads.empty());
}

TEST_CASE("segmenter: crossheads inside a bylined article", "[segmenter]") {
    const std::string text =
        "全区推进垃圾分类\n\n本报记者 赵敏\n\n全区垃圾分类工作取得积极进展。\n\n"
        "设施更完善\n\n各小区新建分类投放点一百余个。\n\n习惯在养成\n\n居民分类投放准确率明显提高。"
        "\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    const auto& a = page.articles[0];
    REQUIRE(a.crossheads.size() == 2);
    CHECK(a.crossheads[0].text == "设施更完善");
    CHECK(a.crossheads[0].paragraph_index == 1);
    CHECK(a.crossheads[1].paragraph_index == 2);
    CHECK(a.paragraphs.size() == 3);
}

TEST_CASE("segmenter: page furniture is kept out of article bodies", "[segmenter]") {
    const std::string text =
        "2025年11月28日 星期五\n\n第3版\n\n新区建设加速推进\n\n本报记者 "
        "高远\n\n新区建设正在加速推进，\n\n"
        "（下转第二版）\n\n责任编辑：王丽 美编：张伟\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    std::vector<FurnitureKind> kinds;
    for (const auto& f : page.furniture) kinds.push_back(f.kind);
    CHECK(kinds == std::vector<FurnitureKind>{FurnitureKind::date_line, FurnitureKind::page_number,
                                              FurnitureKind::jump_marker,
                                              FurnitureKind::editor_line});
    CHECK(page.furniture[3].people.size() == 2);
    CHECK(page.furniture[3].people[0].role == AuthorRole::editor);
    REQUIRE(page.articles[0].jumps.size() == 1);
    CHECK(page.articles[0].jumps[0].direction == JumpDirection::continued_to);
    CHECK(page.articles[0].jumps[0].page == "二");
    CHECK(paragraph_texts(page.articles[0]) == Texts{"新区建设正在加速推进，"});
}

TEST_CASE("segmenter: drawn rules and notes about the page are furniture", "[segmenter]") {
    const std::string text =
        "【短评】\n\n好政策要落地\n\n■ 李 "
        "文\n\n政策的生命力在于执行。\n\n——————\n\n本版邮箱：news@example.com\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"【短评】", "好政策要落地"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "李文");
    CHECK(page.articles[0].authors[0].role == AuthorRole::unknown);
    REQUIRE(page.furniture.size() == 2);
    CHECK(page.furniture[0].kind == FurnitureKind::other);
    CHECK(page.unplaced.empty());
}

TEST_CASE("segmenter: a jump marker at the end of a paragraph line", "[segmenter]") {
    const std::string text =
        "标题在这里\n\n■ 记者 马力\n\n这一段写到这里就转到别的版面。（下转第6版）\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]) == Texts{"这一段写到这里就转到别的版面。"});
    REQUIRE(page.furniture.size() == 1);
    CHECK(page.furniture[0].text == "（下转第6版）");
    REQUIRE(page.articles[0].jumps.size() == 1);
    CHECK(page.articles[0].jumps[0].page == "6");
}

TEST_CASE("segmenter: a continued-from marker opens an article without headline", "[segmenter]") {
    const std::string text =
        "（上接第一版）\n\n会议要求，各部门要抓好落实。\n\n会议还部署了其他工作。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].headlines.empty());
    REQUIRE(page.articles[0].jumps.size() == 1);
    CHECK(page.articles[0].jumps[0].direction == JumpDirection::continued_from);
    CHECK(page.articles[0].paragraphs.size() == 2);
}

TEST_CASE("segmenter: paper and section names and furniture patterns from the options",
          "[segmenter]") {
    SegmenterOptions options;
    options.paper_names = {"滨海晚报"};
    options.section_names = {"城事"};
    options.furniture_patterns = {"本版邮箱"};
    options.caption_prefixes = {"示意图："};  // full-width colon: matched after normalization
    const std::string text =
        "滨海晚报\n\n城事\n\n地铁新线开通\n\n记者 "
        "宋佳\n\n地铁新线今天开通运营。\n\n示意图：新线走向\n\n本版邮箱：abc@example.com\n";
    const Page page = segment(text, options);
    REQUIRE(page.furniture.size() == 3);
    CHECK(page.furniture[0].kind == FurnitureKind::paper_name);
    CHECK(page.furniture[1].kind == FurnitureKind::section_name);
    CHECK(page.furniture[2].kind == FurnitureKind::other);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"地铁新线开通"});
    CHECK(page.articles[0].captions.size() == 1);
}

TEST_CASE("segmenter: captions and photo credits", "[segmenter]") {
    const std::string text =
        "花展开幕\n\n本报记者 林青\n\n市花展今天开幕。\n\n图为游客在花展上拍照。\n\n（李明 "
        "摄）\n\n新华社记者 张晓 摄\n\n受访者供图\n\n"
        "区博物馆提供\n\n花展将持续一个月，为市民提供\n\n赏花好去处。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    const auto& a = page.articles[0];
    CHECK(a.captions.size() == 5);
    CHECK(paragraph_texts(a) ==
          Texts{"市花展今天开幕。", "花展将持续一个月，为市民提供赏花好去处。"});
    REQUIRE(a.captions[1].credits.size() == 1);
    CHECK(a.captions[1].credits[0].role == AuthorRole::photographer);
    CHECK(a.authors.size() == 1);
}

TEST_CASE("segmenter: a caption ending in a photo credit without parentheses", "[segmenter]") {
    const std::string text =
        "劳动创造美好生活\n\n本报记者 方圆\n\n节日到来之际，记者走进车间。\n\n"
        "4月30日，工人在生产线上作业，节日期间订单饱满。 本报记者 方圆 "
        "摄\n\n车间主任说，大家轮班生产。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].captions.size() == 1);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"节日到来之际，记者走进车间。", "车间主任说，大家轮班生产。"});
}

TEST_CASE("segmenter: end marks are furniture, 摄影报道 bylines are bylines", "[segmenter]") {
    const std::string text =
        "标题一\n\n记者 张三 摄影报道\n\n正文一。\n\n（完）\n\n标题二\n\n本报记者 李四\n\n"
        "正文二。\n\n（未完待续）\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"标题一"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "张三");
    CHECK(headline_texts(page.articles[1]) == Texts{"标题二"});
    CHECK(page.furniture.size() == 2);
    CHECK(page.unplaced.empty());
}

TEST_CASE("segmenter: a brief signed with a bare name after a bylined article", "[segmenter]") {
    const std::string text =
        "全区推进垃圾分类\n\n本报记者 赵敏\n\n全区垃圾分类工作取得积极进展。\n\n"
        "社区运动会举行\n\n周末，幸福里社区举办居民运动会。\n\n（王芳）\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"社区运动会举行"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "王芳");
}

TEST_CASE("segmenter: briefs with 本报讯 and without headline", "[segmenter]") {
    const std::string text =
        "本报讯（记者 陈晨 通讯员 王志）昨天上午，全区召开安全生产大会。\n\n"
        "本报讯 近日，区文化馆举办书法展。\n\n"
        "冬季长跑开赛\n\n本报讯（通讯员 李娜）今天，冬季长跑比赛开赛。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].headlines.empty());
    CHECK(page.articles[0].has_dateline);
    CHECK(page.articles[0].dateline.source == "本报");
    CHECK(paragraph_texts(page.articles[0]) == Texts{"昨天上午，全区召开安全生产大会。"});
    CHECK(page.articles[0].authors.size() == 2);
    CHECK(paragraph_texts(page.articles[1]) == Texts{"近日，区文化馆举办书法展。"});
    CHECK(headline_texts(page.articles[2]) == Texts{"冬季长跑开赛"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "李娜");
}

TEST_CASE("segmenter: wire datelines and end credits", "[segmenter]") {
    const std::string text =
        "航线恢复运营\n\n新华社北京6月10日电\n\n中断多年的国际航线10日恢复运营。\n\n"
        "短讯标题\n\n一则简短的消息内容。\n\n（新华社北京6月9日电）\n\n"
        "民生项目落地\n\n本报记者 张三\n\n民生项目全部落地。\n\n（本报记者 李四、王五参与采写）\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].dateline.source == "新华社");
    CHECK(page.articles[0].dateline.day == 10);
    CHECK(page.articles[1].has_dateline);
    CHECK(page.articles[1].dateline.day == 9);
    const auto& third = page.articles[2];
    REQUIRE(third.authors.size() == 3);
    CHECK(third.authors[2].name == "王五");
    CHECK(third.credit_spans.size() == 1);
}

TEST_CASE("segmenter: traditional Chinese role words, datelines and markers", "[segmenter]") {
    const std::string text =
        "港口貨運量創新高\n\n本報記者 陳大文\n\n本報訊 今年首季，港口貨運量按年上升一成。\n\n"
        "圖為貨櫃碼頭。（李明 攝）\n\n業界預期全年增長持續。（下轉第二版）\n\n責任編輯：王小明\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    const auto& a = page.articles[0];
    REQUIRE(a.authors.size() == 1);
    CHECK(a.authors[0].role == AuthorRole::reporter);
    CHECK(a.has_dateline);
    CHECK(a.captions.size() == 1);
    CHECK(a.jumps.size() == 1);
    CHECK(paragraph_texts(a) ==
          Texts{"今年首季，港口貨運量按年上升一成。", "業界預期全年增長持續。"});
    REQUIRE(page.furniture.size() == 2);
    CHECK(page.furniture[1].kind == FurnitureKind::editor_line);
}

TEST_CASE("segmenter: spans map back to the original bytes", "[segmenter]") {
    // Full-width punctuation and ideographic spaces are folded internally; the output keeps
    // the caller's bytes.
    const std::string text =
        "\xEF\xBB\xBF标题　一行\r\n\r\n■　通讯员　金志成\r\n\r\n正文第一段，有全角逗号。\r\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    const auto& a = page.articles[0];
    CHECK(a.headlines.at(0).span.of(text) == "标题　一行");
    CHECK(a.headlines.at(0).text == "标题　一行");
    CHECK(a.paragraphs.at(0).text == "正文第一段，有全角逗号。");
    CHECK(a.paragraphs.at(0).spans.at(0).of(text) == "正文第一段，有全角逗号。");
    CHECK(a.authors.at(0).span.of(text) == "金志成");
    // The NormalizedText overload gives the same result.
    const broadsheet::NormalizedText normalized = broadsheet::normalize(text);
    const Page again = ArticleSegmenter().segment(text, normalized);
    CHECK(again.articles.at(0).paragraphs.at(0).spans.at(0) == a.paragraphs.at(0).spans.at(0));
}

TEST_CASE("segmenter: explain mode gives one entry per line with a rule", "[segmenter]") {
    SegmenterOptions options;
    options.explain = true;
    const std::string text = "标题\n\n■ 通讯员 金志成\n\n正文。\n";
    const Page page = segment(text, options);
    REQUIRE(page.explanation.size() == 6);
    CHECK(page.explanation[0].line_class == broadsheet::LineClass::headline);
    CHECK(page.explanation[2].line_class == broadsheet::LineClass::byline);
    CHECK(page.explanation[4].line_class == broadsheet::LineClass::body);
    CHECK(page.explanation[4].article == 0);
    CHECK(!page.explanation[0].rule.empty());
    CHECK(!page.explanation[0].features.empty());
    CHECK(segment(text).explanation.empty());
}

TEST_CASE("segmenter: extra role words and the article limit", "[segmenter]") {
    SegmenterOptions options;
    options.extra_role_words = {{"本台记者站", AuthorRole::reporter}};
    options.max_articles = 1;
    const std::string text =
        "甲标题\n\n本台记者站 冯涛\n\n甲正文。\n\n乙标题\n\n记者 王强\n\n乙正文。\n";
    const Page page = segment(text, options);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "冯涛");
    CHECK(page.unplaced.size() == 3);
    bool limit = false;
    for (const auto& d : page.diagnostics)
        limit |= d.code == broadsheet::DiagnosticCode::limit_reached;
    CHECK(limit);
    check_invariants(text, page);
}

TEST_CASE("segmenter: headline lines with a comma or a question mark above a byline",
          "[segmenter]") {
    const std::string text =
        "稳字当头，进字为先\n\n本报记者 张三\n\n正文内容。\n\n这个夏天去哪儿玩？\n\n■ 记者 "
        "李四\n\n暑期旅游市场升温。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"稳字当头，进字为先"});
    CHECK(headline_texts(page.articles[1]) == Texts{"这个夏天去哪儿玩？"});
}

TEST_CASE("segmenter: a body line starting with a role word is not a byline", "[segmenter]") {
    const std::string text =
        "助餐点增至八十个\n\n通讯员 "
        "黄蕾\n\n记者从区民政局了解到，全区老年助餐点已增至八十个，基本实\n\n现街道全覆盖。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].authors.size() == 1);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"记者从区民政局了解到，全区老年助餐点已增至八十个，基本实现街道全覆盖。"});
}

TEST_CASE("segmenter: bare page numbers and photo arrows", "[segmenter]") {
    const std::string text =
        "A3\n\n新桥通车\n\n记者 钱明\n\n新桥今天通车。\n\n▲ 车辆驶过新桥。\n\n— 3 —\n";
    const Page page = segment(text);
    REQUIRE(page.furniture.size() == 2);
    CHECK(page.furniture[0].kind == FurnitureKind::page_number);
    CHECK(page.furniture[1].kind == FurnitureKind::page_number);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].captions.size() == 1);
    CHECK(page.articles[0].paragraphs.size() == 1);
}

TEST_CASE("segmenter: a byline split over several lines by the extractor", "[segmenter]") {
    const std::string text =
        "河道治理见成效\n\n本报记者\n\n张  伟 "
        "李娜\n\n通讯员\n\n赵强\n\n经过一年治理，河道水质明显改善。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    const auto& a = page.articles[0];
    CHECK(headline_texts(a) == Texts{"河道治理见成效"});
    REQUIRE(a.authors.size() == 3);
    CHECK(a.authors[0].name == "张伟");
    CHECK(a.authors[0].role_text == "本报记者");
    CHECK(a.authors[2].name == "赵强");
    CHECK(a.authors[2].role == AuthorRole::correspondent);
    CHECK(a.byline_spans.size() == 4);
    CHECK(a.paragraphs.size() == 1);
}

TEST_CASE("segmenter: body text before any headline is kept as unplaced", "[segmenter]") {
    const std::string text = "开头一段没有标题的正文。\n\n正式标题\n\n■ 记者 丁一\n\n正文。\n";
    const Page page = segment(text);
    REQUIRE(page.unplaced.size() == 1);
    CHECK(page.unplaced[0].text == "开头一段没有标题的正文。");
    CHECK(page.articles.size() == 1);
}

TEST_CASE("segmenter property: sample page invariants and determinism", "[segmenter][property]") {
    const std::string text =
        "■ 通讯员 金志成\n\n近日,考察团赴甘肃。\n\n标题\n\n正文\n\n\n\n继续。\n";
    const Page a = segment(text), b = segment(text);
    check_invariants(text, a);
    REQUIRE(a.articles.size() == b.articles.size());
}

TEST_CASE("segmenter property: generated pages never crash, spans are placed once",
          "[segmenter][property]") {
    static const char* const pieces[] = {
        "标题行", "■ 通讯员 金志成", "本报记者 张三 李四", "本报讯（记者 王五）", "正文内容，",
        "继续写。", "慰", "品,鼓励", "（下转第二版）", "2025年11月28日 星期五", "第3版",
        "责任编辑：王丽", "图为现场。", "（李明 摄）", "（新华社北京3月4日电）", "——",
        "（评论员观察）", "\u3000\u3000", " ", "\n", "\n", "\n", "\n\n", "\r\n", "\xFF", "\xE5\x80",
        "\0", "\t", "。", "文/陈晓 图/刘洋", "（本报记者 孙立参与采写）", "新华社北京6月10日电",
        "打造 新样板", "A", "1",
        // forms of the rules added for unseen layouts
        "本报记者 尹", "丽华", "图片新闻", "■ 体坛速递", "游泳冠军赛落幕 本届", "。（通讯员 吴越）",
        "本报北京电 记者刘志强报道：", "刘建华", "近日，", "本报记者 韩冰 摄",
        "（中央社記者楊明珠東京17日電）", "本 报 记 者  蒋 涛"};
    constexpr std::size_t count = sizeof(pieces) / sizeof(pieces[0]);
    unsigned state = 2024;
    const ArticleSegmenter segmenter;
    SegmenterOptions explaining;
    explaining.explain = true;
    const ArticleSegmenter explainer(explaining);
    for (int round = 0; round < 1500; ++round) {
        std::string text;
        state = state * 1103515245u + 12345u;
        const std::size_t n = (state >> 16) % 60;
        for (std::size_t i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            const char* piece = pieces[(state >> 16) % count];
            if (piece[0] == '\0' && piece == pieces[26])
                text.push_back('\0');
            else
                text += piece;
        }
        const Page page = segmenter.segment(text);
        check_invariants(text, page);
        const Page again = segmenter.segment(text);
        REQUIRE(page.articles.size() == again.articles.size());
        for (std::size_t i = 0; i < page.articles.size(); ++i)
            REQUIRE(page.articles[i].span == again.articles[i].span);
        const Page explained = explainer.segment(text);
        REQUIRE(explained.articles.size() == page.articles.size());
        for (const auto& e : explained.explanation) REQUIRE(e.span.end <= text.size());
    }
}

TEST_CASE("segmenter property: arbitrary bytes never crash", "[segmenter][property]") {
    unsigned state = 99;
    const ArticleSegmenter segmenter;
    for (int round = 0; round < 300; ++round) {
        std::string text;
        state = state * 1103515245u + 12345u;
        const std::size_t n = (state >> 16) % 300;
        for (std::size_t i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            text.push_back(static_cast<char>((state >> 16) & 0xFF));
        }
        const Page page = segmenter.segment(text);
        check_invariants(text, page);
    }
}

TEST_CASE("segmenter property: every test page keeps its spans apart and covers its lines",
          "[segmenter][property]") {
    const std::filesystem::path dir = std::filesystem::path(BROADSHEET_TEST_DATA_DIR) / "pages";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 100);
    const ArticleSegmenter segmenter;
    for (const auto& file : files) {
        const std::string text = broadsheet_test::read_fixture("pages/" + file.filename().string());
        INFO(file.filename().string());
        check_invariants(text, segmenter.segment(text));
    }
}

TEST_CASE("segmenter property: shuffled lines of real and synthetic pages",
          "[segmenter][property]") {
    std::vector<std::string> lines;
    for (const char* name : {"pages/tianjin-hexi-2025.txt", "pages/synthetic-narrow-columns.txt",
                             "pages/synthetic-wire.txt", "pages/synthetic-daily-header.txt"}) {
        const std::string page = broadsheet_test::read_fixture(name);
        std::size_t begin = 0;
        while (begin < page.size()) {
            std::size_t end = page.find('\n', begin);
            if (end == std::string::npos) end = page.size();
            lines.push_back(page.substr(begin, end - begin));
            begin = end + 1;
        }
    }
    REQUIRE(!lines.empty());
    unsigned state = 7;
    const ArticleSegmenter segmenter;
    for (int round = 0; round < 200; ++round) {
        std::string text;
        state = state * 1103515245u + 12345u;
        const std::size_t n = (state >> 16) % 80;
        for (std::size_t i = 0; i < n; ++i) {
            state = state * 1103515245u + 12345u;
            text += lines[(state >> 8) % lines.size()];
            text += '\n';
        }
        const Page page = segmenter.segment(text);
        check_invariants(text, page);
    }
}

TEST_CASE("segmenter: a section name right above a page header mid-page is furniture",
          "[segmenter]") {
    const std::string text =
        "项目建设提速\n\n本报记者 邓杰\n\n今年以来，全市重点项目建设加速推进。\n\n"
        "全市建立了项目专班服务机制，\n\n经济新闻\n2026年4月2日 星期四\n第3版\n\n"
        "协调解决各类问题一百余个。\n\n下一步将继续优化审批流程。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"今年以来，全市重点项目建设加速推进。",
                "全市建立了项目专班服务机制，协调解决各类问题一百余个。",
                "下一步将继续优化审批流程。"});
    const bool section_found =
        std::any_of(page.furniture.begin(), page.furniture.end(), [](const auto& f) {
            return f.kind == FurnitureKind::section_name && f.text == "经济新闻";
        });
    CHECK(section_found);
}

TEST_CASE("segmenter: a name alone under a commentary title is its byline", "[segmenter]") {
    const std::string text =
        "数字乡村建设要接地气\n\n刘建华\n\n推进数字乡村建设，关键在于让技术服务农民。\n\n"
        "（作者为省社会科学院研究员）\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"数字乡村建设要接地气"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "刘建华");
    CHECK(page.articles[0].authors[0].role_text.empty());
    // Not a name: a short second headline line stays a headline.
    const Page two_lines =
        segment("城郊花海迎来最佳观赏期\n读者来信\n\n这个周末，城郊花海迎来观赏期。\n");
    REQUIRE(two_lines.articles.size() == 1);
    CHECK(two_lines.articles[0].authors.empty());
    CHECK(two_lines.articles[0].headlines.size() == 2);
}

TEST_CASE("segmenter: photo news items get their text as body and the photographer as author",
          "[segmenter]") {
    const std::string text =
        "社区食堂开进老小区\n本报记者 朱琳\n\n上个月，街道第三家社区食堂开业。\n\n"
        "街道表示，今年还将建设两家社区食堂。\n\n图片新闻\n\n"
        "龙舟队备战端午赛\n5月11日，龙舟队队员在护城河上训练。 本报记者 韩冰 摄\n\n"
        "小小消防员\n5月11日，小朋友体验使用水枪。（通讯员 邱实 摄）\n\n"
        "月季花开满城红\n初夏时节，城区月季花竞相开放。\n本报记者 韩冰 摄\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 4);
    CHECK(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"龙舟队备战端午赛"});
    CHECK(paragraph_texts(page.articles[1]) == Texts{"5月11日，龙舟队队员在护城河上训练。"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "韩冰");
    CHECK(page.articles[1].authors[0].role == AuthorRole::photographer);
    CHECK(paragraph_texts(page.articles[2]) == Texts{"5月11日，小朋友体验使用水枪。"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "邱实");
    CHECK(paragraph_texts(page.articles[3]) == Texts{"初夏时节，城区月季花竞相开放。"});
    REQUIRE(page.articles[3].authors.size() == 1);
    CHECK(page.articles[3].authors[0].role_text == "本报记者");
    const bool label_is_furniture = std::any_of(page.furniture.begin(), page.furniture.end(),
                                                [](const auto& f) { return f.text == "图片新闻"; });
    CHECK(label_is_furniture);
    // A caption under an article's body (no title right above it) stays a caption.
    const Page captioned = segment(
        "公益市集助力特殊儿童\n\n■ 记者 赵倩\n\n周末，一场公益市集在中心广场举行。\n\n"
        "市民在公益市集上选购手工艺品。 本报记者 赵倩 摄\n");
    REQUIRE(captioned.articles.size() == 1);
    CHECK(captioned.articles[0].captions.size() == 1);
    CHECK(captioned.articles[0].paragraphs.size() == 1);
}

TEST_CASE("segmenter: a brief opened by a dateline without date after a bylined article",
          "[segmenter]") {
    const std::string text =
        "北方地区气温回升明显\n本报北京3月4日电 中央气象台预计，北方气温将持续回升。\n\n"
        "本报北京电 记者刘志强报道：春运期间全国铁路运输秩序总体平稳。\n\n"
        "铁路部门表示，将继续优化列车开行方案。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[1].headlines.empty());
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "刘志强");
    CHECK(page.articles[1].dateline.place == "北京");
    CHECK(paragraph_texts(page.articles[1]) ==
          Texts{"春运期间全国铁路运输秩序总体平稳。", "铁路部门表示，将继续优化列车开行方案。"});
}

TEST_CASE("segmenter: a letter-spaced OCR byline under a letter-spaced title", "[segmenter]") {
    const std::string text =
        "秋 季 开 学 第 一 课\n本 报 记 者  蒋 涛\n9月1日，全市中小学迎来秋季开学。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].headlines.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "蒋涛");
}

TEST_CASE("segmenter: run-in briefs under a briefs label are articles of their own",
          "[segmenter]") {
    const std::string text =
        "海港队重返榜首\n\n本报讯（记者 崔凯）昨晚，海港队以3比1逆转对手。\n\n"
        "赛后，主教练表示，球队展现了顽强的斗志。\n\n■ 体坛速递\n\n"
        "全国游泳冠军赛落幕 本届冠军赛8月2日落幕，六人次破纪录。\n\n"
        "市民马拉松报名开启 城市马拉松赛8月2日开启报名。\n\n赛事设全程和半程两个项目。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[1].headlines.empty());
    CHECK(paragraph_texts(page.articles[1]) ==
          Texts{"全国游泳冠军赛落幕 本届冠军赛8月2日落幕，六人次破纪录。"});
    // A paragraph without a run-in head continues the brief above it.
    CHECK(paragraph_texts(page.articles[2]).size() == 2);
    // Without a briefs label a paragraph that happens to start with a short phrase and a
    // space stays in its article.
    const Page plain = segment(
        "海港队重返榜首\n\n本报讯（记者 崔凯）昨晚，海港队以3比1逆转对手。\n\n"
        "全国游泳冠军赛落幕 本届冠军赛8月2日落幕。\n");
    REQUIRE(plain.articles.size() == 1);
    CHECK(plain.articles[0].paragraphs.size() == 2);
}

TEST_CASE("segmenter: a byline whose names are cut by line ends is joined", "[segmenter]") {
    const std::string text =
        "银发课堂教老人防骗\n\n本报记者 尹\n丽华 通讯员 郭\n明\n\n"
        "近日，民警走进社区为老年人讲解常见诈骗手法。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"银发课堂教老人防骗"});
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[0].name == "尹丽华");
    CHECK(page.articles[0].authors[0].role_text == "本报记者");
    CHECK(page.articles[0].authors[1].name == "郭明");
    // The name's span covers both pieces in the caller's input.
    const Span span = page.articles[0].authors[0].span;
    CHECK(text.substr(span.begin, span.size()) == "尹\n丽华");
    // A headline directly above a byline is not glued to it.
    const Page glued = segment("社区食堂开进老小区\n本报记者 朱琳\n\n上个月，社区食堂开业。\n");
    REQUIRE(glued.articles.size() == 1);
    CHECK(headline_texts(glued.articles[0]) == Texts{"社区食堂开进老小区"});
    REQUIRE(glued.articles[0].authors.size() == 1);
    CHECK(glued.articles[0].authors[0].name == "朱琳");
}

TEST_CASE("segmenter: a compound surname ending a byline line, more byline on the next",
          "[segmenter]") {
    const std::string text =
        "春茶产销两旺\n\n□本报记者　欧阳\n晓峰　特约通讯员　彭　程\n\n"
        "清明前后，茶园里采茶工们指尖翻飞。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"春茶产销两旺"});
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[0].name == "欧阳晓峰");
    CHECK(page.articles[0].authors[1].name == "彭程");
    CHECK(page.articles[0].authors[1].role_text == "特约通讯员");
}

TEST_CASE("segmenter: a padded name, then a surname cut from its given name by the line end",
          "[segmenter]") {
    const std::string text =
        "一片草原“热”起来\n\n本报记者　王　　磊　刘\n晓峰\n通讯员\n张建军　李　娜\n\n"
        "初秋时节，空中草原上野花还没有完全凋谢。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 4);
    CHECK(page.articles[0].authors[0].name == "王磊");
    CHECK(page.articles[0].authors[1].name == "刘晓峰");
    CHECK(page.articles[0].authors[1].role_text == "本报记者");
    CHECK(page.articles[0].authors[3].name == "李娜");
    CHECK(page.articles[0].authors[3].role_text == "通讯员");
}

TEST_CASE("segmenter: an end credit after the last sentence on the same line", "[segmenter]") {
    const std::string text =
        "银发课堂教老人防骗\n\n本报记者 尹丽华\n\n近日，民警走进社区讲解诈骗手法。\n\n"
        "反诈宣讲已走进社区八十余场。（通讯员 吴 越 本报记者 尹丽华）\n\n"
        "小区噪音问题解决了\n\n目前，该工地已调整作业时间。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 2);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"近日，民警走进社区讲解诈骗手法。", "反诈宣讲已走进社区八十余场。"});
    CHECK(page.articles[0].credit_spans.size() == 1);
    const bool correspondent_found =
        std::any_of(page.articles[0].authors.begin(), page.articles[0].authors.end(),
                    [](const auto& a) { return a.name == "吴越" && a.role_text == "通讯员"; });
    CHECK(correspondent_found);
    CHECK(headline_texts(page.articles[1]) == Texts{"小区噪音问题解决了"});
}

TEST_CASE("segmenter: one-paragraph briefs after a bylined article are not its crossheads",
          "[segmenter]") {
    const std::string text =
        "全省冬季文旅消费季启动\n\n本报记者 覃丽\n\n12月1日，全省冬季文旅消费季启动。\n\n"
        "消费季期间将发放文旅消费券。\n\n柳州螺蛳粉产业园扩建\n\n"
        "近日，产业园二期扩建项目开工，新增就业岗位三千个。\n\n"
        "北部湾港集装箱吞吐量创新高\n\n今年前十一个月，北部湾港集装箱吞吐量同比增长。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"柳州螺蛳粉产业园扩建"});
    CHECK(page.articles[1].authors.empty());
    CHECK(headline_texts(page.articles[2]) == Texts{"北部湾港集装箱吞吐量创新高"});
    // Sections that do not open like a news lead stay crossheads.
    const Page sections = segment(
        "绘就和美乡村新画卷\n\n本报记者 任涛\n\n金秋时节，走进红旗镇。\n\n产业兴旺群众增收了\n\n"
        "红旗镇立足资源优势，发展特色种植。\n\n生态宜居环境更美了\n\n全镇累计改造农村户厕三千余户。"
        "\n");
    REQUIRE(sections.articles.size() == 1);
    CHECK(sections.articles[0].crossheads.size() == 2);
}

TEST_CASE("segmenter: a letter's salutation under its title is a paragraph", "[segmenter]") {
    const std::string text =
        "读者来信\n公交站台能否加装座椅\n\n编辑同志：\n\n"
        "我家附近的公交站台没有座椅，老年人候车很不方便。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"编辑同志：", "我家附近的公交站台没有座椅，老年人候车很不方便。"});
    CHECK(page.furniture.empty());
    // Text cut after a colon by a column break still continues.
    const Page cut = segment("标题一行\n\n本报记者 张三\n\n他在会上说：\n\n“要把好事办好。”\n");
    REQUIRE(cut.articles.size() == 1);
    CHECK(paragraph_texts(cut.articles[0]) == Texts{"他在会上说：“要把好事办好。”"});
}

TEST_CASE("segmenter: numbered section headings may hold a comma", "[segmenter]") {
    const std::string text =
        "以新发展理念引领县域发展\n\n□张明远\n\n县域经济是国民经济的基本单元。\n\n"
        "一、坚持创新驱动，培育发展新动能\n\n创新是引领发展的第一动力。\n\n"
        "（二）坚持协调发展，促进城乡融合\n\n要统筹推进新型城镇化。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].crossheads[0].text == "一、坚持创新驱动，培育发展新动能");
    CHECK(page.articles[0].paragraphs.size() == 3);
    // A number with a decimal point opening text cut by a column break is no heading.
    const Page cut = segment(
        "景区迎来客流高峰\n\n本报记者 "
        "张三\n\n假期里，\n\n2.5万名游客涌入景区，创下新高\n\n纪录。\n");
    REQUIRE(cut.articles.size() == 1);
    CHECK(cut.articles[0].crossheads.empty());
    CHECK(paragraph_texts(cut.articles[0]) == Texts{"假期里，2.5万名游客涌入景区，创下新高纪录。"});
}

TEST_CASE("segmenter: a weekday alone on its line is page furniture", "[segmenter]") {
    const std::string text =
        "乡村周刊\n2026年4月25日\n星期六\n\n春茶飘香采摘忙\n\n■ 通讯员 柏 "
        "林\n\n谷雨前后，茶园里一片繁忙。\n";
    const Page page = segment(text);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"春茶飘香采摘忙"});
    const bool weekday_found = std::any_of(
        page.furniture.begin(), page.furniture.end(),
        [](const auto& f) { return f.kind == FurnitureKind::date_line && f.text == "星期六"; });
    CHECK(weekday_found);
}

TEST_CASE("segmenter: header lines known by two kinds of furniture token or a layout gap",
          "[segmenter]") {
    // Paper name beside a section across a gap; a tabloid page number (B05); a masthead block
    // above the first header line.
    const std::string text =
        "南湖日报\n南湖市委机关报      南湖日报社出版\n"
        "2027年3月2日 星期二 第4版\n\n"
        "B05 民生        南湖晚报\n\n"
        "春季招聘会本周六举行\n\n本报记者 王一鸣\n\n本周六，全市春季招聘会将在会展中心举行。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"春季招聘会本周六举行"});
    CHECK(page.furniture.size() == 4);
    // A plain headline that names a paper is still a headline.
    const Page plain =
        segment("南湖日报创刊七十周年\n\n本报记者 王一鸣\n\n今天是本报创刊七十周年。\n");
    REQUIRE(plain.articles.size() == 1);
    CHECK(headline_texts(plain.articles[0]) == Texts{"南湖日报创刊七十周年"});
}

TEST_CASE("segmenter: a label over briefs ends the article above, each credited brief is an item",
          "[segmenter]") {
    const std::string text =
        "老街改造完工\n\n本报记者 周青\n\n历时半年，老街改造工程昨天完工。\n\n"
        "◆ 快讯\n\n"
        "市图书馆昨起延长开放时间，工作日闭馆时间推迟到晚上九点。\n\n（记者 高远）\n\n"
        "全市首批智能路灯在滨江路亮灯，可根据人流自动调节亮度。\n\n（通讯员 孟佳）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].paragraphs.size() == 1);
    CHECK(page.articles[1].headlines.empty());
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "高远");
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "孟佳");
    const bool label_is_furniture = std::any_of(page.furniture.begin(), page.furniture.end(),
                                                [](const auto& f) { return f.text == "◆ 快讯"; });
    CHECK(label_is_furniture);
    // A label known by its ending (…动态) over briefs with headlines is furniture; over bare
    // paragraphs it titles one box.
    const Page headed = segment(
        "【社区动态】\n\n老年食堂开业\n\n社区老年食堂昨天开业。\n\n"
        "义诊进社区\n\n医生走进社区开展义诊。\n");
    REQUIRE(headed.articles.size() == 2);
    CHECK(headline_texts(headed.articles[0]) == Texts{"老年食堂开业"});
    const Page box = segment(
        "钢厂完成技改\n\n本报记者 周青\n\n钢厂技改项目投产。\n\n行业动态\n\n"
        "某集团签约新项目。\n\n某公司发布新产品。\n");
    REQUIRE(box.articles.size() == 2);
    CHECK(headline_texts(box.articles[1]) == Texts{"行业动态"});
    CHECK(box.articles[1].paragraphs.size() == 2);
}

TEST_CASE("segmenter: a link box beside an article is an item of its own", "[segmenter]") {
    const std::string text =
        "古镇保护迎来新规\n\n本报记者 许宁\n\n"
        "省人大常委会昨天表决通过古镇保护条例，明年1月1日起施行。\n\n"
        "条例明确，古镇内新建建筑的高度和色彩应与传统风貌相协调。\n\n"
        "延伸阅读\n\n全省现有省级历史文化名镇四十二个。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"延伸阅读"});
}

TEST_CASE("segmenter: a labelled note between byline and body opens no article", "[segmenter]") {
    const std::string text =
        "冬季养生话饮食\n\n本报记者 陈静\n\n受访者：刘明 市中医院营养科主任\n\n"
        "冬季饮食宜温补，但不宜过量。\n\n专家建议多吃应季蔬菜。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"冬季养生话饮食"});
    CHECK(page.articles[0].paragraphs.size() == 2);  // the note is no text of the article
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text.rfind("受访者：刘明", 0) == 0; }));
    // A short heading there, without a colon, is a crosshead.
    const Page crosshead =
        segment("冬季养生话饮食\n\n本报记者 陈静\n\n饮食要点\n\n冬季饮食宜温补，但不宜过量。\n");
    REQUIRE(crosshead.articles.size() == 1);
    REQUIRE(crosshead.articles[0].crossheads.size() == 1);
    CHECK(crosshead.articles[0].crossheads[0].text == "饮食要点");
}

TEST_CASE("segmenter: a byline after the body, right before the next headline, ends its article",
          "[segmenter]") {
    const std::string text =
        "春天的第一场雨\n\n雨落在屋檐上，也落在田野里。\n\n这是春天写给大地的信。\n\n文/林夕\n\n"
        "全市植树活动启动\n\n本报记者 赵川\n\n昨天，全市春季植树活动启动。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "林夕");
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "赵川");
}

TEST_CASE("segmenter: source notes end a reprinted item, data sources are notes, not text",
          "[segmenter]") {
    const std::string text =
        "多国举行活动纪念世界水日\n\n联合国呼吁各国加强水资源保护。\n\n（据新华社）\n\n"
        "一季度工业增加值增长6%\n\n本报记者 孙亮\n\n一季度，全省规模以上工业增加值同比增长6%。\n\n"
        "数据来源：省统计局\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"一季度工业增加值增长6%"});
    CHECK(page.articles[0].credit_spans.size() == 1);
    CHECK(page.articles[1].paragraphs.size() == 1);
    CHECK(page.articles[1].captions.size() == 1);
}

TEST_CASE("segmenter: a numbered line under a headline is the first crosshead", "[segmenter]") {
    const std::string text =
        "春耕备耕技术要点\n\n一、选好种子\n\n要选择通过审定的优良品种。\n\n"
        "二、科学施肥\n\n底肥以有机肥为主。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"春耕备耕技术要点"});
    REQUIRE(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].crossheads[0].text == "一、选好种子");
    CHECK(page.articles[0].crossheads[0].paragraph_index == 0);
}

TEST_CASE("segmenter: a dateline-led news item has no crossheads in its first paragraphs",
          "[segmenter]") {
    const std::string text =
        "高铁新站开工建设\n\n本报讯（记者 罗兰）昨天，高铁新站开工建设。\n\n"
        "市民文化节开幕\n\n文化节为期一个月，共安排活动五十余场。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"市民文化节开幕"});
}

TEST_CASE("segmenter: a section closed by a credit naming other reporters is its own item",
          "[segmenter]") {
    const std::string text =
        "车市回暖势头明显\n\n本报记者 钱多\n\n一季度，全市汽车销量同比增长一成。\n\n"
        "新能源车占比继续提高，已接近四成。\n\n"
        "二手车交易量创新高\n\n今年以来，二手车交易量持续增长。\n\n（本报记者 石磊）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "石磊");
    // A credit adding reporters to the story (参与采写) keeps the section in it.
    const Page added = segment(
        "车市回暖势头明显\n\n本报记者 钱多\n\n一季度，全市汽车销量同比增长一成。\n\n"
        "新能源车占比继续提高，已接近四成。\n\n"
        "二手车交易活跃\n\n今年以来，二手车交易量持续增长。\n\n（本报记者 石磊参与采写）\n");
    REQUIRE(added.articles.size() == 1);
    CHECK(added.articles[0].crossheads.size() == 1);
}

TEST_CASE("segmenter: letter-spaced headlines in a hard-wrapped page", "[segmenter]") {
    const std::string text =
        "河 道 整 治 工 程 完 工\n"
        "——沿岸居民告别臭水沟的日子\n"
        "　　本报讯　经过半年施工，城\n"
        "北河道整治工程日前完工。河道\n"
        "两岸新建了步道和绿地，成为居\n"
        "民休闲的好去处。\n"
        "　　据介绍，工程共清淤三万立\n"
        "方米，新建护岸两千米。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"河 道 整 治 工 程 完 工", "——沿岸居民告别臭水沟的日子"});
    CHECK(page.articles[0].paragraphs.size() == 2);
}

TEST_CASE("segmenter: a section signed by its own end byline is an item of its own",
          "[segmenter]") {
    const std::string text =
        "图书馆新馆开放\n\n报道：何敏\n\n市图书馆新馆昨天开放，首日接待读者五千人次。\n\n"
        "地铁三号线开通\n\n地铁三号线今天开通运营，全线设站二十座。\n\n张立 报道\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.empty());
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "张立");
}

TEST_CASE("segmenter: quoted verse lines are paragraphs of their own, never joined",
          "[segmenter]") {
    const std::string text =
        "读诗札记\n\n□ 林默\n\n诗人在诗集开篇写道：\n\n山是不说话的老人，\n\n"
        "河是走不完的路，\n\n我在山河之间，\n\n数着回家的日子。\n\n"
        "短短几行，写尽了游子的乡愁。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"诗人在诗集开篇写道：", "山是不说话的老人，", "河是走不完的路，", "我在山河之间，",
                "数着回家的日子。", "短短几行，写尽了游子的乡愁。"});
    // One short piece before a column break is still joined.
    const Page cut = segment(
        "新馆开放\n\n本报记者 林默\n\n新馆开放首日，读者排起长队，\n\n\n\n一直延伸到街口。\n");
    REQUIRE(cut.articles.size() == 1);
    CHECK(paragraph_texts(cut.articles[0]) ==
          Texts{"新馆开放首日，读者排起长队，一直延伸到街口。"});
}

TEST_CASE("segmenter: header block lines under the date line, compiled-source lines",
          "[segmenter]") {
    const std::string text =
        "7\n2027年5月6日 星期四\n东江晚报 · 国际\n\n"
        "欧洲多国遭遇热浪\n综合外电\n\n欧洲多国近日持续高温，多地气温突破40摄氏度。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"欧洲多国遭遇热浪"});
    CHECK(page.articles[0].paragraphs.size() == 1);
    CHECK(page.furniture.size() == 3);
}

TEST_CASE(
    "segmenter: a box label like 专家提醒 starts an item, a column name in 【】 above "
    "the title is a headline line",
    "[segmenter]") {
    const std::string text =
        "【健康课堂】\n秋季腹泻如何预防\n\n记者 方圆\n\n"
        "入秋以来，儿童腹泻病例有所增加。\n\n医生建议家长注意饮食卫生。\n\n"
        "温馨提示\n\n饭前便后要洗手，生冷食物要少吃。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"【健康课堂】", "秋季腹泻如何预防"});
    CHECK(headline_texts(page.articles[1]) == Texts{"温馨提示"});
}

TEST_CASE("segmenter: a one-line brief's end credit, 【】 sections in news, numbered captions",
          "[segmenter]") {
    const std::string text =
        "今日东湖\n2027年4月9日 星期五 第3版\n东湖县融媒体中心主办\n\n"
        "县医院开设便民门诊\n\n本报讯 近日，县医院开设便民门诊。（通讯员 章敏）\n\n"
        "租客转租被判返还收益\n\n本报讯（记者 夏雨）一起租赁纠纷日前审结。\n\n【案情】\n\n"
        "租客未经同意将房屋转租。\n\n【判决】\n\n法院判决租客返还转租收益。\n\n"
        "清晨的菜市场\n\n文/图 方舟\n\n天还没亮，菜市场已经热闹起来。\n\n"
        "①摊主在整理刚到的青菜。\n\n市场里人来人往，一直忙到中午。\n\n"
        "编辑：夏雨 校对：章敏 审核：方舟\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"县医院开设便民门诊"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "章敏");
    CHECK(paragraph_texts(page.articles[0]) == Texts{"近日，县医院开设便民门诊。"});
    CHECK(page.articles[1].crossheads.size() == 2);
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].role_text == "文/图");
    CHECK(page.articles[2].captions.size() == 1);
    CHECK(page.articles[2].paragraphs.size() == 2);
    const bool editors = std::any_of(
        page.furniture.begin(), page.furniture.end(),
        [](const auto& f) { return f.kind == FurnitureKind::editor_line && f.people.size() == 3; });
    CHECK(editors);
}

TEST_CASE("segmenter: the page's top block is furniture whole, teasers point to pages",
          "[segmenter]") {
    const std::string text =
        "滨海晨报\nBINHAI MORNING NEWS\n2027年9月1日 星期三 今日12版\n\n"
        "开学第一天\n\n本报记者 魏然 摄\n\n今天，全市中小学开学。\n\n"
        "导读\n\n地铁延长运营时间\n\n本周起，地铁末班车延后半小时。\n\n详见A04版\n\n"
        "本报地址：滨海市海港路1号 邮编：300000 零售价：1.00元\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"开学第一天"});
    CHECK(headline_texts(page.articles[1]) == Texts{"地铁延长运营时间"});
    CHECK(page.articles[1].paragraphs.size() == 1);
    REQUIRE(page.articles[1].jumps.size() == 1);
    CHECK(page.articles[1].jumps[0].page == "A04");
}

TEST_CASE(
    "segmenter: a subtitle ends the headline block, 【】 sections without a byline, "
    "a photographer under the byline",
    "[segmenter]") {
    const std::string text =
        "夜游古镇\n\n傍晚，古镇亮起了灯。\n\n【夜游】\n\n沿着老街走一圈。\n\n【夜宿】\n\n"
        "民宿由老宅改造而成。\n\n文/图 林晓\n\n"
        "一场虚假诉讼的背后\n——检察机关办理一起民事监督案纪实\n\n可疑的借条\n\n"
        "起初，这只是一起普通的借贷纠纷。\n\n本报记者 顾言\n\n"
        "主队逆转取胜\n\n本报记者 王川\n李进 摄\n\n昨晚，主队在落后的情况下连进两球。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].crossheads.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "林晓");
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"一场虚假诉讼的背后", "——检察机关办理一起民事监督案纪实"});
    REQUIRE(page.articles[1].crossheads.size() == 1);
    CHECK(page.articles[1].crossheads[0].text == "可疑的借条");
    REQUIRE(page.articles[2].authors.size() == 2);
    CHECK(page.articles[2].authors[1].name == "李进");
}

TEST_CASE("segmenter: photo positions and agency credits mark captions, advice boxes are items",
          "[segmenter]") {
    const std::string text =
        "暑期游泳安全须知\n\n本报记者 杜鹃\n\n暑期到来，游泳安全不容忽视。\n\n"
        "救生员张明（左）在指导孩子游泳。\n\n"
        "市民在海边消暑。（新华社发）\n\n专家建议选择正规场所游泳。\n\n"
        "安全提示\n\n不要到无人看管的水域游泳。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].captions.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"安全提示"});
}

TEST_CASE("segmenter: letters, rubrics, reporter's notes and provider credits", "[segmenter]") {
    const std::string text =
        "财经周刊 2027.3.15 封面故事 A4-A5\n\n"
        "咖啡馆开进老厂房\n\n本报记者 韩松\n\n【记者调查】\n\n老厂房改造的咖啡馆周末人气很旺。\n\n"
        "店内保留了老厂房的行车和砖墙。受访者供图\n\n记者手记\n\n城市更新离不开烟火气。\n\n"
        "读者来信\n\n楼下噪声何时能管管\n\n编者按：近来多位读者反映夜间噪声扰民。\n\n"
        "编辑同志：\n\n我家楼下的商铺每晚营业到深夜。\n\n读者 宋立\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"咖啡馆开进老厂房"});
    REQUIRE(page.articles[0].crossheads.size() == 1);
    CHECK(page.articles[0].crossheads[0].text == "【记者调查】");
    CHECK(page.articles[0].captions.size() == 1);
    CHECK(headline_texts(page.articles[1]) == Texts{"记者手记"});
    CHECK(page.articles[1].authors.empty());
    CHECK(headline_texts(page.articles[2]) == Texts{"读者来信", "楼下噪声何时能管管"});
    CHECK(paragraph_texts(page.articles[2]) == Texts{"编者按：近来多位读者反映夜间噪声扰民。",
                                                     "编辑同志：",
                                                     "我家楼下的商铺每晚营业到深夜。"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "宋立");
}

TEST_CASE("segmenter: short masthead lines across blank lines at the top of the page",
          "[segmenter]") {
    const std::string text =
        "南山农民报\n\n乡村振兴 3\n\n2027年5月8日 星期六 本版主编：黎明\n\n"
        "合作社带富一方\n\n本报记者 陆平\n\n今年以来，合作社带动农户增收。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"合作社带富一方"});
    CHECK(page.furniture.size() == 3);
}

TEST_CASE(
    "segmenter: a label right above a title is its column name, a one-clause question "
    "over a byline is a headline, short section-and-page header lines",
    "[segmenter]") {
    const std::string text =
        "要闻 | 03版\n\n2027.4.2  星期五\n\n"
        "【简讯】\n城区新增停车泊位五百个\n\n城区今年新增公共停车泊位五百个。\n\n"
        "【法律门诊】\n租房押金不退怎么办？\n本报记者 施然\n问：房东以各种理由不退押金，怎么办？\n"
        "答：可以先协商，协商不成可以起诉。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"【简讯】", "城区新增停车泊位五百个"});
    CHECK(headline_texts(page.articles[1]) == Texts{"【法律门诊】", "租房押金不退怎么办？"});
    CHECK(page.furniture.size() == 2);
}

TEST_CASE(
    "segmenter: titles under bracketed column names, long 【】 section heads, an end "
    "credit repeating the byline",
    "[segmenter]") {
    const std::string text =
        "【以案说法】\n网购会员被封号，钱能要回来吗\n作者 邹明\n（一）基本案情\n"
        "小刘在网上购买了游戏代练服务。\n（二）法理分析\n这类合同通常违反平台协议。\n\n"
        "【办税热线】\n专项附加扣除可以中途补报吗？\n\n可以。纳税人可在次年汇算时补报。\n\n"
        "歌手宣布开唱\n\n歌手昨日宣布将举行演唱会。\n\n【重新编曲经典老歌】\n\n"
        "演唱会将重新编曲多首老歌。\n\n文：何颖 图：梁轩\n\n"
        "古城墙修缮完工\n\n本报记者 田骞\n\n古城墙修缮工程完工。\n\n（本报记者 田骞 通讯员 "
        "邓玮）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"【以案说法】", "网购会员被封号，钱能要回来吗"});
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"【办税热线】", "专项附加扣除可以中途补报吗？"});
    CHECK(page.articles[2].crossheads.size() == 1);
    CHECK(page.articles[2].authors.size() == 2);
    CHECK(page.articles[3].authors.size() == 2);
}

TEST_CASE(
    "segmenter: names continuing a byline, photo-news credits after a blank line, "
    "（转A6） markers, book notices",
    "[segmenter]") {
    const std::string text =
        "断头路何时打通\n\n本报记者 骆 平\n曹紫涵\n\n记者日前来到现场察看，\n\n"
        "道路施工已经停了两年多。（转A6）\n\n"
        "天门山云海\n\n10月14日清晨，天门山出现大面积云海。\n\n向卫民 摄\n\n"
        "书讯\n\n散文集《海风》近日出版。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[1].name == "曹紫涵");
    CHECK(page.articles[0].authors[1].role_text == "本报记者");
    REQUIRE(page.articles[0].jumps.size() == 1);
    CHECK(page.articles[0].jumps[0].page == "A6");
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "向卫民");
    CHECK(headline_texts(page.articles[2]) == Texts{"书讯"});
}

TEST_CASE(
    "segmenter: a bracketed section after bracketed sections stays a section, an "
    "affiliation line is no column name",
    "[segmenter]") {
    const std::string text =
        "低价游背后的骗局\n\n本报记者 何静\n\n警方近日破获一起旅游诈骗案。\n\n【低价诱饵】\n\n"
        "嫌疑人以低价招揽游客。\n\n【警方提醒】\n\n报名旅游要选择正规旅行社。\n\n"
        "读书的滋味\n\n□ 沈梅\n\n读书是一种慢生活。\n\n（作者单位：南京师范大学）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"读书的滋味"});
}

TEST_CASE(
    "segmenter: a bracketed byline under the headline, a title broken after a colon, short "
    "questions as crossheads",
    "[segmenter]") {
    const std::string text =
        "侨团举办中秋联谊会\n\n（本报记者 孙  蕾 马德里报道）\n\n"
        "9月14日晚，马德里华人侨团举办中秋联谊会，约两百人出席。\n\n"
        "【人物专访】\n青年画家陈一帆：\n画笔下的两座城\n\n（本报记者 方志远 米兰报道）\n\n"
        "在米兰的画室里，陈一帆正在准备新的展览。\n\n为何选择米兰？\n\n"
        "他说，这里的美术馆和老城区给了他很多灵感，他在这里一住就是八年。\n\n"
        "下一步做什么？\n\n他计划明年回国举办个人画展，把这些年的作品带给家乡的观众。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "孙蕾");
    CHECK(headline_texts(page.articles[0]) == Texts{"侨团举办中秋联谊会"});
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"【人物专访】", "青年画家陈一帆：", "画笔下的两座城"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "方志远");
    CHECK(page.articles[1].crossheads.size() == 2);
    CHECK(page.articles[1].paragraphs.size() == 3);
}

TEST_CASE("segmenter: one question alone between paragraphs stays body text", "[segmenter]") {
    const std::string text =
        "小区加装电梯难在哪\n\n本报记者 韩梅\n\n老旧小区加装电梯的呼声越来越高，但进展并不快。\n\n"
        "难点在哪里？\n\n记者走访发现，资金分摊和低层住户的意见是两大难题。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(page.articles[0].paragraphs.size() == 3);
}

TEST_CASE(
    "segmenter: a list after a colon starts its items on new lines, a paper's name before "
    "记者, a name wrapped below a byline",
    "[segmenter]") {
    const std::string text =
        "国道改造期间分段限行\n\n江城晚报记者 高原 通讯员 何川\n\n"
        "记者从市交通局获悉，国道改造将分段进行。具体安排如下：\n\n"
        "1.东段：3月1日至3月20日，封闭北侧车道；\n2.西段：3月21日至4月10日，封闭南侧车道。\n\n"
        "牧民合作社分红\n\n通讯员 阿依古丽·买买提\n叶尔兰·哈力克\n\n"
        "日前，县里的牧民合作社举行年终分红大会。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[0].name == "高原");
    CHECK(page.articles[0].authors[0].role_text == "江城晚报记者");
    CHECK(page.articles[0].paragraphs.size() == 3);
    REQUIRE(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].authors[1].name == "叶尔兰·哈力克");
    CHECK(page.articles[1].crossheads.empty());
}

TEST_CASE(
    "segmenter: a wire source closing a brief is cut from its text, a brief of several "
    "sentences closed by an agency is no caption",
    "[segmenter]") {
    const std::string text =
        "商会举办年会\n\n本报记者 林立\n\n商会日前举办年会，三百余名会员出席。\n\n"
        "会上还表彰了一批优秀会员。\n\n"
        "侨乡举办民俗文化节\n\n侨乡民俗文化节日前开幕，海外乡亲两千余人参加。"
        "活动期间举行了舞龙舞狮表演。（中新社）\n\n"
        "我国成功发射一颗试验卫星\n\n今天上午，我国成功发射一颗试验卫星，卫星顺利进入预定轨道。"
        "（新华社北京3月5日电）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[1].paragraphs.size() == 1);
    CHECK(page.articles[1].paragraphs[0].text.find("中新社") == std::string::npos);
    REQUIRE(page.articles[2].paragraphs.size() == 1);
    CHECK(page.articles[2].paragraphs[0].text.find("新华社") == std::string::npos);
    CHECK(page.articles[2].authors.empty());
}

TEST_CASE(
    "segmenter: stray marks and hotline lines are furniture, a title with a comma under a "
    "kicker, an unindented line over an indented paragraph stands alone",
    "[segmenter]") {
    const std::string kicker_text =
        "皖南·宏村\n月沼边，画里乡村醒来了\n\n文/图 本报记者 周  琪\n\n"
        "清晨的宏村还笼罩在薄雾里，月沼边已有写生的学生支起了画架。\n\n"
        "本报读者热线：0551-62623456  欢迎提供新闻线索\n";
    const Page kicker = segment(kicker_text);
    check_invariants(kicker_text, kicker);
    REQUIRE(kicker.articles.size() == 1);
    CHECK(headline_texts(kicker.articles[0]) == Texts{"皖南·宏村", "月沼边，画里乡村醒来了"});
    CHECK(kicker.articles[0].paragraphs.size() == 1);
    const std::string ocr_text =
        "县城新建三座口袋公园\n　　本报讯 近日，县城新建的三\n座口袋公园陆续向市民开放。\n丨\n\n"
        "县图书馆延长开放时间\n　　本报讯 从本月起，县图书馆\n每天开放到晚上九点。\n一\n";
    const Page ocr = segment(ocr_text);
    check_invariants(ocr_text, ocr);
    REQUIRE(ocr.articles.size() == 2);
    CHECK(headline_texts(ocr.articles[1]) == Texts{"县图书馆延长开放时间"});
    std::size_t stray = 0;
    for (const auto& f : ocr.furniture) stray += f.text == "丨" || f.text == "一";
    CHECK(stray == 2);
}

TEST_CASE(
    "segmenter: result lines are paragraphs, an unbracketed agency credit makes a caption, a "
    "school under a byline belongs to it",
    "[segmenter]") {
    const std::string text =
        "首轮赛果\n\n江城队 2∶1 东湖队\n南岭队 0∶0 北港队\n\n"
        "省运会足球赛战罢首轮\n\n本报记者 方舟\n\n省运会男子足球赛昨天战罢首轮，"
        "八支球队悉数登场。\n\n选手在比赛中拼抢。 新华社发\n\n"
        "春天的小秘密\n\n本报小记者 许朵朵\n（实验小学三年级二班）\n\n"
        "春天来了，我发现柳树先发芽。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"首轮赛果"});
    CHECK(page.articles[1].paragraphs.size() == 1);
    CHECK(page.articles[1].captions.size() == 1);
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "许朵朵");
    CHECK(page.articles[2].paragraphs.size() == 1);
    CHECK(page.articles[2].byline_spans.size() == 2);
}

TEST_CASE(
    "segmenter: a series of sections (镜头一：, 镜头二：) under a column-named title, a caption's "
    "photographer in its credits",
    "[segmenter]") {
    const std::string text =
        "【基层见闻】\n清晨，一次突击检查\n\n场景一：五点的集合哨\n\n"
        "天还没亮，集合哨声就响了起来，官兵们迅速整理装具。\n\n"
        "营区外的车辆早已发动。  马  超摄\n\n"
        "场景二：山口的考题\n\n车队行至山口，导调组临时下达了新的任务。\n\n"
        "（通讯员 何亮）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"【基层见闻】", "清晨，一次突击检查"});
    CHECK(page.articles[0].crossheads.size() == 2);
    REQUIRE(page.articles[0].captions.size() == 1);
    REQUIRE(page.articles[0].captions[0].credits.size() == 1);
    CHECK(page.articles[0].captions[0].credits[0].name == "马超");
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "何亮");
}

TEST_CASE(
    "segmenter: a data box of label lines is an item of its own, an end byline signs an "
    "article whose dateline names nobody, QR prompts and 供稿 notes are no headlines",
    "[segmenter]") {
    const std::string text =
        "港口吞吐量稳步增长\n\n记者林立／高雄報導\n\n高雄港上半年貨櫃吞吐量穩定成長。\n\n"
        "港務公司表示，下半年將持續擴建碼頭。\n\n"
        "昨日主要數據\n\n加權指數：收22,815點。\n櫃買指數：收263點。\n成交值：4,286億元。\n\n"
        "侨社举办中秋晚会\n\n【本报棉兰讯】当地侨社日前举办中秋晚会，三百余人出席。\n\n"
        "文/图：吴丽珠\n\n扫码看晚会视频\n\n"
        "好书推荐\n\n本期推荐三本新书。\n\n（市图书馆供稿）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[1]) == Texts{"昨日主要數據"});
    CHECK(page.articles[1].paragraphs.size() == 3);
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "吴丽珠");
    CHECK(headline_texts(page.articles[3]) == Texts{"好书推荐"});
}

TEST_CASE("segmenter: a letter signed by a reader with a place", "[segmenter]") {
    const std::string text =
        "小区门口的路灯亮了\n\n江西赣州 读者 刘明\n\n前不久，我给社区写信反映路灯不亮的问题，"
        "没想到一周就修好了。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "刘明");
    CHECK(page.articles[0].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: one-line paragraphs under title lines of one width are no hard wrap, footnote "
    "markers end sentences, citations are footnotes, not captions",
    "[segmenter]") {
    const std::string one_line =
        "全運會武術套路賽事落幕\n澳門隊收穫一銅兩個第五\n"
        "【本報消息】第十五屆全國運動會武術套路項目十五日在廣州落下帷幕，澳門代表隊收穫一枚銅牌。\n"
        "女子太極拳項目中，澳門選手黃嘉欣獲得銅牌。她賽後表示，賽前一直在內地集訓。\n\n"
        "本地力量三比一勝賓菲加\n甲組聯賽榜首之爭白熱化\n"
        "澳門足球甲組聯賽第八輪十五日晚進行焦點戰，本地力量以三比一擊敗賓菲加。\n"
        "本地力量主教練賽後表示，球隊的防守組織比上季有明顯進步。\n";
    const Page wire = segment(one_line);
    check_invariants(one_line, wire);
    CHECK_FALSE(wire.hard_wrapped);
    REQUIRE(wire.articles.size() == 2);
    CHECK(wire.articles[0].paragraphs.size() == 2);
    CHECK(wire.articles[1].paragraphs.size() == 2);

    const std::string notes =
        "以创新驱动推动产业升级\n作者：王立群，南方大学经济学院教授\n\n"
        "一、创新是第一动力\n科技成果只有转化为现实生产力，才能真正发挥作用。①\n"
        "二、产业是主战场\n传统产业同样是升级的重要内容。②\n"
        "注释\n①参见《科技统计年鉴2024》，统计出版社2024年版。\n"
        "②《经济论集》第二卷，人民出版社2023年版，第120页。\n";
    const Page theory = segment(notes);
    check_invariants(notes, theory);
    REQUIRE(theory.articles.size() == 1);
    REQUIRE(theory.articles[0].authors.size() == 1);
    CHECK(theory.articles[0].authors[0].name == "王立群");
    CHECK(theory.articles[0].crossheads.size() == 3);
    CHECK(theory.articles[0].paragraphs.size() == 4);
    CHECK(theory.articles[0].captions.empty());
}

TEST_CASE(
    "segmenter: a byline printed after the lead, a title with a comma alone right over a "
    "byline",
    "[segmenter]") {
    const std::string text =
        "签证审查标准调整\n\n　　入管厅近日发布通知，将于明年起调整审查标准。\n本报记者 王晓晴\n"
        "　　根据通知，注册资本门槛将大幅提高。\n　　相关人士建议及早咨询专业人士。\n\n"
        "老院落加装电梯，“一户一议”化解分歧\n本报记者 郑露\n\n"
        "在锦江区一处老院落里，一部崭新的电梯刚刚完成验收。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "王晓晴");
    CHECK(page.articles[0].paragraphs.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"老院落加装电梯，“一户一议”化解分歧"});
    REQUIRE(page.articles[1].authors.size() == 1);
}

TEST_CASE(
    "segmenter: a headline over a lead naming its source (记者从…获悉) after a bylined "
    "article starts a news item",
    "[segmenter]") {
    const std::string text =
        "老旧小区加装电梯提速\n\n本报记者 郑露\n\n今年以来，全区已完成老旧小区电梯加装82部。\n\n"
        "补贴加快落地\n\n每部电梯可申请最高20万元补贴，审批时间也大大缩短。\n\n"
        "绿道沿线新增6处驿站\n\n记者从市公园城市建设管理局获悉，绿道沿线新增6处驿站。\n\n"
        "驿站提供饮水、充电和简易维修服务。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 1);
    CHECK(headline_texts(page.articles[1]) == Texts{"绿道沿线新增6处驿站"});
    CHECK(page.articles[1].paragraphs.size() == 2);
    CHECK(page.articles[1].authors.empty());
}

TEST_CASE(
    "segmenter: a section name under the header (生态　3, 志愿青春), a jump closing an "
    "article, table rows as paragraphs",
    "[segmenter]") {
    const std::string text =
        "青年周刊\n\n2025年7月4日　星期五　第4版\n\n志愿青春\n\n"
        "扎根边疆三年，他们把青春写在天山脚下\n\n本报记者 李然\n\n"
        "三年前，二十名大学生志愿者来到天山脚下的小镇。他们说，这里有他们的青春\n"
        "（下转第3版）\n\n"
        "本周农机参考价\n本周，农机价格总体平稳。\n"
        "机型　　　　喂入量　　参考价（万元）\n谷神GM80　　8kg/s　　16.9\n锐龙4LZ　　8kg/"
        "s　　14.2\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"扎根边疆三年，他们把青春写在天山脚下"});
    CHECK(page.articles[0].jumps.size() == 1);
    CHECK(headline_texts(page.articles[1]) == Texts{"本周农机参考价"});
    CHECK(page.articles[1].paragraphs.size() == 4);
    CHECK(page.articles[1].crossheads.empty());
    const std::string numbered =
        "科技日报\n\n2025年9月18日　星期四\n\n3　综合新闻\n\n新型电池效率创新高\n\n"
        "本报讯（记者 王立）研究团队研制出新型叠层电池。\n";
    const Page science = segment(numbered);
    check_invariants(numbered, science);
    REQUIRE(science.articles.size() == 1);
    CHECK(headline_texts(science.articles[0]) == Texts{"新型电池效率创新高"});
}

TEST_CASE(
    "segmenter: a question title a blank line under a bracketed column name, 数读 and notices "
    "as items, results one blank line apart as an item, source notes and distribution lists",
    "[segmenter]") {
    const std::string text =
        "会訊\u3000\u3000第五十八期\u3000\u3000二〇二五年十月\n\n"
        "秋粮收获进度过半\n\n本报记者 汪洋\n\n全省秋粮收获进度已经过半。\n\n"
        "【农事问答】\n\n玉米收后如何储存？\n\n问：玉米收后怎样防霉？\n\n答：要及时晾晒，含水量降到"
        "14%以下再入仓。\n\n"
        "数读\n\n全省今年秋粮播种面积稳定在5000万亩以上。\n\n机收率达到九成。\n\n"
        "會務通告\n\n一、本會會員大會定於十一月十六日舉行。\n\n二、年度會費即日起開始收取。\n\n"
        "昨日战果\n\n江城队 2：1 东湖队（加时）\n\n南岭队 0：0 北港队\n\n"
        "（信息来源：市农业农村局）\n\n报：市委办公室。\n（共印120份）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(headline_texts(page.articles[1]) == Texts{"【农事问答】", "玉米收后如何储存？"});
    CHECK(headline_texts(page.articles[2]) == Texts{"数读"});
    CHECK(headline_texts(page.articles[3]) == Texts{"會務通告"});
    CHECK(headline_texts(page.articles[4]) == Texts{"昨日战果"});
    CHECK(page.articles[4].paragraphs.size() == 2);
    bool header = false;
    for (const auto& f : page.furniture) header = header || f.kind == FurnitureKind::page_header;
    CHECK(header);
}

TEST_CASE(
    "segmenter: schedule lines are paragraphs, a caption credit after a gap, a lone ■ is a "
    "stray mark",
    "[segmenter]") {
    const std::string text =
        "本周法治节目导视\n\n10月20日（周一）20:00 CCTV-12《庭审现场》 高空抛物案\n"
        "10月21日（周二）21:30 CCTV-12《法律讲堂》 民法典里的居住权\n\n"
        "地铁新线开始试运行\n\n扬子晚报记者 "
        "朱俊俊\n\n地铁新线今天开始试运行，沿线居民十分期待。\n\n"
        "新线车站站台  扬子晚报记者 万凌云 摄\n\n首班车将于清晨六点发出。\n■\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[1].paragraphs.size() == 2);
    CHECK(page.articles[1].captions.size() == 1);
    REQUIRE(page.articles[1].authors.size() == 1);
}

TEST_CASE(
    "segmenter: a notice titled 关于…的通告 is an item with its signature lines, a short line "
    "with a comma over the headline's second line",
    "[segmenter]") {
    const std::string text =
        "天冷了，老人要当心“心脑”\n村医上门量血压 慢病随访进农家\n本报记者 蒋文华\n\n"
        "入冬以来，心脑血管疾病进入高发期，村医开始上门随访。\n\n"
        "关于轨道交通2号线部分车站临时调整运营的通告\n\n因设备维护需要，现将有关事项通告如下：\n\n"
        "一、每日21时30分后，两站之间暂停运营。\n\n特此通告。\n\n重庆市轨道交通（集团）有限公司\n"
        "2025年11月27日\n\n嘉华大桥下周起夜间施工\n\n本报讯（记者 "
        "王立）嘉华大桥北引道下周起夜间施工。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"天冷了，老人要当心“心脑”", "村医上门量血压 慢病随访进农家"});
    CHECK(headline_texts(page.articles[1]) == Texts{"关于轨道交通2号线部分车站临时调整运营的通告"});
    CHECK(page.articles[1].paragraphs.size() == 5);
    CHECK(headline_texts(page.articles[2]) == Texts{"嘉华大桥下周起夜间施工"});
}

TEST_CASE(
    "segmenter: figure lines of a data box are paragraphs, a comma or question line opening a "
    "block above the headline's next line is the headline's first line",
    "[segmenter]") {
    const std::string text =
        "晚报\u3000\u30002025年5月20日\u3000星期二\n\n花3万元办的健身卡，门店说关就关了\n\n"
        "——市场监管局介入，已为会员追回预付款\n\n本报记者 "
        "王琳\n\n健身房突然闭店，会员维权无门。\n\n"
        "数读\n\n1.86亿吨 前4个月货物吞吐量，同比增长3.1%\n\n782万标准箱 前4个月集装箱吞吐量\n\n"
        "外卖平台“满减”变“满贵”？\n\n消保委约谈三家平台\n\n本报讯（记者 "
        "李娜）市消保委昨天约谈三家平台。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]).size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"数读"});
    CHECK(page.articles[1].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[2]) ==
          Texts{"外卖平台“满减”变“满贵”？", "消保委约谈三家平台"});
}

TEST_CASE(
    "segmenter: a bracketed section closing a headline block with siblings further on, a long "
    "notice title is an item",
    "[segmenter]") {
    const std::string text =
        "公益诉讼典型案例②\n守护一方“水缸”的安全\n【案情】\n\n某水源地周边农家乐污水直排。\n\n"
        "【办案】\n\n市检察院立案后召开公开听证会。\n\n（本报记者 孙智慧）\n\n"
        "澳門特別行政區政府旅遊局公告\n\n塔石廣場將於十二月四日暫停開放。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"公益诉讼典型案例②", "守护一方“水缸”的安全"});
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"澳門特別行政區政府旅遊局公告"});
}

TEST_CASE(
    "segmenter: a feature signed only at its end keeps its section headings, briefs with "
    "titles as long as the first one's, or leads opening with their news time, stay apart",
    "[segmenter]") {
    const std::string feature =
        "晚报\u30002026年3月6日\u3000星期五\n\n老街巷里的手艺人\n\n"
        "城南的老街不长，却住着七八位老手艺人。\n\n修表\n\n"
        "周师傅的修表摊摆了四十年，街坊的表坏了都找他。\n\n补鞋\n\n"
        "补鞋的刘阿姨手脚麻利，一双鞋十分钟就能补好。\n\n"
        "（作者孙明远系市民俗学会会员）\n\n"
        "春季招聘会下周举行\n\n本报讯（记者 高远）市人社局昨天发布消息。\n";
    const Page page = segment(feature);
    check_invariants(feature, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"老街巷里的手艺人"});
    REQUIRE(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].crossheads[0].text == "修表");
    CHECK(page.articles[0].paragraphs.size() == 3);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "孙明远");

    const std::string briefs =
        "城区新增两处口袋公园\n\n日前，城区两处口袋公园建成开放。\n\n"
        "全市春耕备耕有序推进\n\n3月5日，全市春耕备耕工作会议召开。\n\n（本报记者 钱伟）\n\n"
        "地铁三号线试运行\n\n本报讯（记者 高远）地铁三号线昨天开始试运行。\n";
    const Page brief_page = segment(briefs);
    check_invariants(briefs, brief_page);
    REQUIRE(brief_page.articles.size() == 3);
    CHECK(brief_page.articles[0].authors.empty());
    REQUIRE(brief_page.articles[1].authors.size() == 1);
    CHECK(brief_page.articles[1].authors[0].name == "钱伟");
}

TEST_CASE(
    "segmenter: an unsigned brief whose lead restates its headline is an item after a bylined "
    "article, a section heading sharing a phrase with its text stays a crosshead",
    "[segmenter]") {
    const std::string text =
        "高铁站改造工程全面开工\n\n本报记者 陈晨\n\n市重点工程高铁站改造昨日开工。\n\n"
        "从等车到候车\n\n改造后，旅客将从“等车”变为舒适地“候车”，候车室面积扩大一倍。\n\n"
        "全市中学生篮球联赛闭幕\n\n第十二届全市中学生篮球联赛昨日闭幕，共有48支球队参赛。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].crossheads.size() == 1);
    CHECK(page.articles[0].crossheads[0].text == "从等车到候车");
    CHECK(headline_texts(page.articles[1]) == Texts{"全市中学生篮球联赛闭幕"});
    CHECK(page.articles[1].authors.empty());
}

TEST_CASE(
    "segmenter: a caption credited 記者X／攝影, （供稿：X） ends an item, a letter-spaced notice "
    "title is no name",
    "[segmenter]") {
    const std::string text =
        "港口貨運量創新高\n\n【記者林志明／高雄報導】高雄港上月貨櫃裝卸量創新高。\n\n"
        "高雄港碼頭作業情形。\u3000記者黃建華／攝影\n\n"
        "夜市攤商推行動支付\n\n攤商普遍接受行動支付。\n\n（供稿：市場管理處）\n\n"
        "公\u3000告\n\n本所將於十二月一日起調整辦公時間。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].captions.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"港口貨運量創新高"});
    CHECK(headline_texts(page.articles[1]) == Texts{"夜市攤商推行動支付"});
    CHECK(headline_texts(page.articles[2]) == Texts{"公\u3000告"});
    CHECK(page.articles[2].authors.empty());
}

TEST_CASE("segmenter: a poem without punctuation under its title and poet is verse",
          "[segmenter]") {
    const std::string text =
        "校报\u3000\u30002026年4月8日\n\n写给春天\n\n■ 林小禾\n\n"
        "你从南方的河口来\n带着潮湿的风\n\n把桃花一朵一朵\n挂上我的窗台\n\n"
        "老城墙下的时光\n——读散文集《城南旧忆》\n\n周亦凡\n\n这本散文集写的是一座小城的旧事。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"写给春天"});
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"你从南方的河口来", "带着潮湿的风", "把桃花一朵一朵", "挂上我的窗台"});
    CHECK(headline_texts(page.articles[1]) == Texts{"老城墙下的时光", "——读散文集《城南旧忆》"});
}

TEST_CASE(
    "segmenter: a masthead block over the date line (paper name, Latin name, 机关报, CN "
    "number, 今日N版, 内部资料) is furniture, a comma title over a —— subtitle over the byline",
    "[segmenter]") {
    const std::string text =
        "江海日报\nJIANGHAI DAILY\n中共江海市委机关报\n\n2026年3月2日\u3000星期一\n"
        "今日12版\u3000国内统一连续出版物号CN32-0001\n\n"
        "春寒料峭，菜价稳不稳\n——访市农业农村局局长周立新\n\n本报记者 陈晨\n\n"
        "记者：近期蔬菜供应情况如何？\n\n周立新：总体平稳。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"春寒料峭，菜价稳不稳", "——访市农业农村局局长周立新"});
    CHECK(page.furniture.size() == 5);

    const std::string newsletter =
        "柳岸社讯\n柳岸村经济合作社 编印  第3期  2026年4月1日\n内部资料 免费交流\n\n"
        "合作社召开社员大会\n\n日前，合作社召开社员大会。\n";
    const Page news_page = segment(newsletter);
    check_invariants(newsletter, news_page);
    REQUIRE(news_page.articles.size() == 1);
    CHECK(headline_texts(news_page.articles[0]) == Texts{"合作社召开社员大会"});
}

TEST_CASE(
    "segmenter: bulleted briefs under a 传真 or 快讯 banner are items of their own, without "
    "their bullets, （本报综合） closes them",
    "[segmenter]") {
    const std::string text =
        "体育快讯\n\n■ 市马拉松将于11月1日鸣枪开跑，报名下周开启。\n\n"
        "■ 市篮球队昨天宣布与两名外援完成签约。\n\n（本报综合）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"市马拉松将于11月1日鸣枪开跑，报名下周开启。"});
    CHECK(paragraph_texts(page.articles[1]) == Texts{"市篮球队昨天宣布与两名外援完成签约。"});
    CHECK(page.unplaced.empty());

    const std::string banner =
        "乡镇传真\n\n白沙镇：新建三座农村公路桥\n\n白沙镇三座农村公路桥日前建成通车。\n\n"
        "青山镇：茶叶春季开采\n\n青山镇五千亩茶园近日开采。\n";
    const Page banner_page = segment(banner);
    check_invariants(banner, banner_page);
    REQUIRE(banner_page.articles.size() == 2);
    CHECK(headline_texts(banner_page.articles[0]) == Texts{"白沙镇：新建三座农村公路桥"});
}

TEST_CASE(
    "segmenter: a notice's issuer over a date line closes it without 特此, a long addressee "
    "line is a salutation, an office's name in brackets closes a brief",
    "[segmenter]") {
    const std::string text =
        "道路施工通告\n\n各有关单位、广大市民：\n\n因管道改造，中山路将于九月七日起封闭施工。\n\n"
        "查询电话：8866 1234\n\n市交通局\n\n二〇二六年九月二日\n\n"
        "冷库投入使用\n\n合作社新建的冷库日前投入使用。（合作社办公室）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"各有关单位、广大市民：", "因管道改造，中山路将于九月七日起封闭施工。",
                "查询电话：8866 1234", "市交通局", "二〇二六年九月二日"});
    CHECK(paragraph_texts(page.articles[1]) == Texts{"合作社新建的冷库日前投入使用。"});
}

TEST_CASE(
    "segmenter: a hard-wrapped page whose articles wrap at different widths, paragraphs set "
    "apart by blank lines, goes on after a line ending in 。”",
    "[segmenter]") {
    const std::string text =
        "社区食堂开进老小区\n\n本报记者 陈晨\n\n"
        "今年以来，全市把社区食堂建设列入民生实\n事，新建社区食堂四十六家，覆盖老旧小区\n"
        "一百二十个，日均服务老人八千余人次。\n\n"
        "“在家门口就能吃上热乎饭，孩子也放心了。”\n八十岁的居民周大爷说。\n\n"
        "县城公交线路优化调整\n\n本报记者 钱明\n\n"
        "为方便群众出行，县交通运输局近日对城区公交线路进行\n优化调整，新开通两条线路，"
        "延长三条线路，城区公\n交站点覆盖率提高到百分之九十五。\n\n"
        "调整后，县城主要居民小区、学校、医院和商业区实现公\n交全覆盖，群众平均候车时间缩"
        "短到十分钟以内。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    CHECK(page.hard_wrapped);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].paragraphs[1].text ==
          "“在家门口就能吃上热乎饭，孩子也放心了。”八十岁的居民周大爷说。");
}

TEST_CASE(
    "segmenter: a headline printed inside a paragraph cut by a column break goes to the next "
    "article that opens without one, the paragraph joins across it",
    "[segmenter]") {
    const std::string text =
        "电池回收产业加速成链\n\n本报记者 张明\n\n"
        "去年，公司梯次利用产品销售额突破2.3亿\n\n城北区新增三家国家级“小巨人”\n\n"
        "元，订单已排到明年。\n\n补链强链 "
        "打造闭环\n\n全市已建成回收网点一百二十个，覆盖所有县区。\n\n"
        "本报讯（记者 王思远）日前，工业和信息化部公布新一批名单，城北区三家企业入选。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(paragraph_texts(page.articles[0]).front() ==
          "去年，公司梯次利用产品销售额突破2.3亿元，订单已排到明年。");
    REQUIRE(page.articles[0].crossheads.size() == 1);
    CHECK(page.articles[0].crossheads[0].text == "补链强链 打造闭环");
    CHECK(headline_texts(page.articles[1]) == Texts{"城北区新增三家国家级“小巨人”"});
}

TEST_CASE(
    "segmenter: questions of two clauses in a series are crossheads, a line holding a full "
    "stop is no headline, a title over an editor's note opens an item",
    "[segmenter]") {
    const std::string text =
        "春管难题怎么破\n\n本报记者 韩超\n\n春分过后，冬小麦陆续进入返青拔节期。\n\n"
        "倒春寒来了，麦苗受冻怎么办？\n\n3月中旬，一股冷空气南下，最低气温降至零下3摄氏度。\n\n"
        "病害露头，防控怎么办？\n\n今年条锈病发生时间比常年偏早半个月左右。\n\n"
        "旱情露头，浇水怎么办？\n\n部分地块出现缺墒，建议及时浇水。\n\n"
        "记者：为何要早防？\n\n专家：这是关键。我们的做法是早\n\n\n\n查早治，效果明显。\n\n"
        "作业减量之后，课堂如何提质\n\n编者按：“双减”以来，作业负担明显减轻。\n\n"
        "作业少了，课堂就必须实起来。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].crossheads.size() == 3);
    CHECK(page.articles[0].crossheads[0].text == "倒春寒来了，麦苗受冻怎么办？");
    CHECK(paragraph_texts(page.articles[0]).back() ==
          "专家：这是关键。我们的做法是早查早治，效果明显。");
    CHECK(headline_texts(page.articles[1]) == Texts{"作业减量之后，课堂如何提质"});
}

TEST_CASE(
    "segmenter: a chart printed as text over its source note is a caption a paragraph joins "
    "across, 读者热线 and 专家观点 boxes are items, run-in heads after an ideographic space",
    "[segmenter]") {
    const std::string text =
        "外贸开局良好\n\n本报记者 叶青\n\n记者走访发现，新兴市场正成为增长引擎。一季度，对东\n\n"
        "一季度主要数据\n进出口总额\u30001.36万亿元\u3000增长9.2%\n出口\u30009856亿元\u3000增长10."
        "1%\n"
        "数据来源：杭州海关\n\n盟出口增长15.2%。\n\n专家观点\n\n外需回暖仍需观察。\n\n"
        "城事速览\n\n地铁新线开通试运营\u30006月8日，地铁新线开通。\n\n"
        "西城试点“错时共享停车”\u3000西城区近日试点错时共享停车。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"记者走访发现，新兴市场正成为增长引擎。一季度，对东盟出口增长15.2%。"});
    CHECK(page.articles[0].captions.size() == 4);
    CHECK(headline_texts(page.articles[1]) == Texts{"专家观点"});
    CHECK(page.articles[2].headlines.empty());
    CHECK(page.articles[3].headlines.empty());
}

TEST_CASE("segmenter: verse in a hard-wrapped page, its last line an exclamation", "[segmenter]") {
    const std::string text =
        "冬修水利掀高潮\n本报通讯员 孟宪文\n"
        "全县冬修水利工程全面展开，各公社组织\n劳力三万余人奔赴工地，日夜奋战，计划\n"
        "新修渠道二十公里，扩建塘坝四十座，确\n保明年春灌用水，为农业丰收打好基础。\n"
        "公社社员编了一首歌：\n北风吹,雪花飘,\n冬修工地红旗招.\n千军万马齐上阵,\n"
        "劈开山梁把渠造.\n社员笑声比天高!\n\n县广播站举办学习班\n本报讯 县广播站于十一月\n"
        "二十五日至二十九日举办了农村通讯员\n学习班，来自各公社的五十多名通讯员参\n加了学习。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    CHECK(page.hard_wrapped);
    REQUIRE(page.articles.size() == 2);
    const Texts paragraphs = paragraph_texts(page.articles[0]);
    REQUIRE(paragraphs.size() >= 6);
    CHECK(paragraphs.back() == "社员笑声比天高!");
    CHECK(headline_texts(page.articles[1]) == Texts{"县广播站举办学习班"});
}

TEST_CASE(
    "segmenter: a notice signed by two issuer lines over its date, a letter-spaced title, "
    "labelled lines of its own",
    "[segmenter]") {
    const std::string text =
        "关于两起违规问题的通报\n\n近期，县纪委监委查处了两起违规问题。\n\n"
        "各级党组织要引以为戒。\n\n中共某县纪律检查委员会\n某县监察委员会\n2026年5月28日\n\n"
        "停 水 通 知\n\n因管网改造，1 月 18 日全天停水。\n新地址：中山路88号\n"
        "联系电话：0571-8888 6666\n特此通知。\n\n某街道办事处\n\n2026 年 1 月 14 日\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"近期，县纪委监委查处了两起违规问题。", "各级党组织要引以为戒。",
                "中共某县纪律检查委员会", "某县监察委员会", "2026年5月28日"});
    CHECK(headline_texts(page.articles[1]) == Texts{"停 水 通 知"});
    CHECK(paragraph_texts(page.articles[1]) ==
          Texts{"因管网改造，1 月 18 日全天停水。", "新地址：中山路88号",
                "联系电话：0571-8888 6666", "特此通知。", "某街道办事处", "2026 年 1 月 14 日"});
}

TEST_CASE(
    "segmenter: a label over one item is its column name, a plain label right over the first "
    "of several briefs is a banner, boxes by their names, numbered items with notes",
    "[segmenter]") {
    const std::string one =
        "理论版\u3000\u30002026年6月1日\n\n长文标题在这里\n\n■ 陈启航\n\n正文第一段。\n\n"
        "学术动态\n\n研讨会在京举行\n\n本报讯（记者 赵晓雯）研讨会日前在京举行。\n";
    const Page one_page = segment(one);
    check_invariants(one, one_page);
    REQUIRE(one_page.articles.size() == 2);
    CHECK(headline_texts(one_page.articles[1]) == Texts{"学术动态", "研讨会在京举行"});

    const std::string briefs =
        "简\u3000讯\n厂工会举办读书会\n\u3000\u3000日前，厂工会举办读书会。\n\n"
        "三车间完成技改\n\u3000\u3000三车间日前完成技术改造。\n";
    const Page brief_page = segment(briefs);
    check_invariants(briefs, brief_page);
    REQUIRE(brief_page.articles.size() == 2);
    CHECK(headline_texts(brief_page.articles[0]) == Texts{"厂工会举办读书会"});

    const std::string riddles =
        "会唱歌的信箱\n\n文/林小禾\n\n小镇的邮局门口有一个绿色的信箱，它每天都在等待新的来信。"
        "孩子们喜欢往里面投信，信箱就会轻轻地唱起歌来。\n\n"
        "猜谜语\n\n1．红口袋，绿口袋，有人害怕有人爱。（打一蔬菜）\n"
        "2．小小姑娘满身黑，秋去江南春来归。（打一动物）\n谜底：1．辣椒　2．燕子\n";
    const Page riddle_page = segment(riddles);
    check_invariants(riddles, riddle_page);
    REQUIRE(riddle_page.articles.size() == 2);
    CHECK(headline_texts(riddle_page.articles[1]) == Texts{"猜谜语"});
    CHECK(riddle_page.articles[1].paragraphs.size() == 3);
}

TEST_CASE(
    "segmenter: result rows apart by single spaces, a plain subtitle over a lead, the weather "
    "box, a caption credited after one space, a section signed by strangers after four "
    "paragraphs",
    "[segmenter]") {
    const std::string text =
        "云溪报\n中共云溪县委机关报\u3000\u30002026年9月16日\u3000星期三\n\n"
        "天气\u3000今天 多云 "
        "23℃～30℃\n\n坚持项目为王\u3000奋力攻坚四季度\n全县23个重大项目集中开工\n"
        "总投资86.3亿元，涵盖先进制造、交通水利等领域\n\n"
        "本报讯（记者 俞晓峰）9月15日上午，全县重大项目集中开工。\n\n"
        "5月12日，开工现场彩旗飘扬 云溪报记者 俞晓峰 摄\n\n"
        "中国代表团昨日赛况\n游泳 女子200米蝶泳半决赛 林书瑶 小组第三晋级决赛\n"
        "射击 男子50米步枪三姿 吐尔逊 第11名无缘决赛\n\n"
        "小麦收获进度过半\n\n河北日报记者 马涛\n\n麦收进度过半。\n\n"
        "小小香菇撑起大产业\n\n第一段。\n\n第二段。\n\n第三段。\n\n第四段。\n\n（河北日报记者 "
        "宋敏）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() >= 4);
    CHECK(headline_texts(page.articles[0]).size() == 3);
    CHECK(page.articles[0].captions.size() == 1);
    const auto& results = page.articles[1];
    CHECK(results.paragraphs.size() == 2);
    const auto& last = page.articles.back();
    CHECK(headline_texts(last) == Texts{"小小香菇撑起大产业"});
    REQUIRE(last.authors.size() == 1);
    CHECK(last.authors[0].name == "宋敏");
}

TEST_CASE(
    "segmenter: points counted 一是 after a colon, a long 亲爱的 salutation, timed schedule "
    "rows and race results are records",
    "[segmenter]") {
    const std::string text =
        "会议部署下半年工作\n\n本报记者 陈晨\n\n会议强调，重点抓好以下几个方面：\n"
        "一是持续推进生态环境保护修复。\n二是加快建设现代化产业体系。\n\n"
        "致学弟学妹的一封信\n\n文/何思远\n\n亲爱的学弟学妹们：\n你们好！离开母校已经十九年了。\n\n"
        "本周荧屏\n\n央视一套\u3000每晚19:30\u3000《山海之间》\n江苏卫视\u3000每晚19:"
        "30\u3000《长街灯火》\n\n"
        "田径锦标赛决赛成绩\n\n男子100米\u3000张子豪（石家庄）\u300010秒52\n"
        "女子100米\u3000李欣然（保定）\u300011秒87\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(paragraph_texts(page.articles[0]).size() == 3);
    CHECK(paragraph_texts(page.articles[1]).front() == "亲爱的学弟学妹们：");
    CHECK(page.articles[2].paragraphs.size() == 2);
    CHECK(page.articles[3].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: a caption without a marker over its photographer's credit inside a cut "
    "paragraph, a bare-name signature closing an unsigned piece, verse of five lines in a block",
    "[segmenter]") {
    const std::string text =
        "辣椒丰收订单足\n\n本报讯（通讯员 "
        "李明）近日，县里的辣椒喜获丰收。村民们将晒干的辣椒分拣包装，"
        "通过冷链物流销往\n\n村民在合作社晾晒场分拣辣椒\n记者 田野 摄\n\n全国各地的商超。\n\n"
        "记者观察\n\n低空经济要飞得稳\n\n无人机配送方兴未艾，安全监管要跟上。\n\n邝诗琪\n\n"
        "菜市场门口的车该清一清了\n\n菜市场门口停着几辆僵尸车，占道多年无人管。\n\n刘淑芬（退休教师"
        "）\n\n"
        "重回哨所\n\n□ 刘向东\n\n去年夏天，我回到了当年的哨所。我写下这样几行字：\n\n"
        "风还是那年的风\n雪还是那年的雪\n哨楼换了新的模样\n界碑依旧站得笔直\n我把右手举过眉梢\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(paragraph_texts(page.articles[0]).back() ==
          "近日，县里的辣椒喜获丰收。村民们将晒干的辣椒分拣包装，通过冷链物流销往全国各地的商超。");
    REQUIRE(page.articles[0].captions.size() == 1);  // the caption with its credit line
    CHECK(page.articles[0].captions[0].credits.size() == 1);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "邝诗琪");
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "刘淑芬");
    CHECK(page.articles[3].paragraphs.size() == 6);
}

TEST_CASE(
    "segmenter: an index table with its header row, a credit naming others after a sentence "
    "ending in 参与 still signs its own item, fact boxes, a pupil's byline with the school",
    "[segmenter]") {
    const std::string text =
        "科技股领涨 创业板指涨逾1.7%\n\n证券时报记者 吴少龙\n\n5月13日，A股三大指数集体收涨。\n\n"
        "指数名称\u3000收盘点位\u3000涨跌幅\n上证指数\u30003386.52\u3000+0.84%\n"
        "深证成指\u300010512.37\u3000+1.26%\n\n"
        "公募基金加仓电子板块\n\n证券时报记者 孙璐\n\n一季度主动权益类基金加仓电子。\n\n"
        "上市首日 新股平均涨幅超过两倍\n\n本周新股首日平均涨幅达到213%，投资者应理性参与。"
        "（证券时报记者 许畅）\n\n"
        "住警器小档案\n\n●安装位置：卧室、客厅。\n\n"
        "我家阳台上的气象站\n郑可欣（嘉兴市南湖实验小学三年级）\n\n我在阳台上建了一个小小的气象站。"
        "\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(page.articles[0].paragraphs.size() == 4);
    CHECK(headline_texts(page.articles[2]) == Texts{"上市首日 新股平均涨幅超过两倍"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "许畅");
    CHECK(headline_texts(page.articles[3]) == Texts{"住警器小档案"});
    REQUIRE(page.articles[4].authors.size() == 1);
    CHECK(page.articles[4].authors[0].name == "郑可欣");
}

TEST_CASE(
    "segmenter: a doctor's post in brackets after the name under a title, ranked result rows, a "
    "box of voices, a box title after a bylined report is no signature, a notice dated by month",
    "[segmenter]") {
    const std::string text =
        "春季过敏高发如何应对\n\n□ 李建平（北京协和医院变态反应科主任医师）\n\n"
        "春天到了，过敏人群要做好防护。\n\n"
        "无锡马拉松鸣枪开跑\n\n本报记者 蒋一帆 发自无锡\n\n3万名跑者参加比赛。\n\n"
        "成绩榜\n\n男子全程\n1\u3000李明（浙江）\u30002:10:12\n2\u3000王刚（河北）\u30002:11:40\n\n"
        "台胞心声\n\n“第一次来泉州，感觉像回家一样。”\n\n"
        "征稿启事\n\n本报文艺副刊长期征集诗歌、散文。\n北方青年报社文艺部\n一九八五年六月\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "李建平");
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "蒋一帆");
    CHECK(headline_texts(page.articles[2]).front() == "成绩榜");
    CHECK(page.articles[2].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[3]) == Texts{"台胞心声"});
    CHECK(paragraph_texts(page.articles[4]).size() == 3);
}

TEST_CASE("segmenter: labelled figure lines, dated table rows with their header, a 须知 box",
          "[segmenter]") {
    const std::string text =
        "深中通道通车一周年\n\n南方日报记者 梁振华\n\n一年来，深中通道车流量稳步增长。\n\n"
        "湾区数据\n\n日均车流量 10万车次以上\n累计通行车辆 超7500万车次\n\n"
        "多条道路封闭施工\n\n本报记者 周杰\n\n具体封闭路段如下：\n\n"
        "道路名称\u3000封闭路段\u3000封闭时间\n建设大道\u3000解放路口至青年路口\u30007月1日至10月31"
        "日\n"
        "青年路\u3000建设大道至汉阳街\u30007月1日至12月31日\n\n"
        "考生须知\n\n1.考生须于开考前30分钟进入考场。\n2.严禁携带手机进入考场。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[1]) == Texts{"湾区数据"});
    CHECK(page.articles[1].paragraphs.size() == 2);
    CHECK(page.articles[2].paragraphs.size() == 4);
    CHECK(headline_texts(page.articles[3]) == Texts{"考生须知"});
}

TEST_CASE(
    "segmenter: labelled box lines are records unless they head a byline, a numbered heading "
    "stands on one line, a bulleted brief's dateline, a 检察官说法 box, 本厂通讯员",
    "[segmenter]") {
    const std::string text =
        "流感疫苗开打首月 "
        "接种人数破200万\n疾管署：65岁以上长者接种率仍偏低\n记者林奕萱／台北报导\n\n"
        "公费流感疫苗自10月起开打。\n\n"
        "展览资讯\n\n展期：即日起至2027年3月31日\n\n地点：故宫南院第二展厅\n\n"
        "红色引擎激活乡村治理\n\n本厂通讯员 刘淑芬\n\n初夏时节，走进石门镇。\n\n"
        "一、建强主心骨，让支部更有战斗力\n镇党委坚持选优配强村党组织书\n\n"
        "记，去年换届后书记平均年龄下降。\n\n"
        "【检察官说法】\n\n此类案件中，犯罪分子往往利用老年人的心理。\n\n"
        "三农简讯\n\n■本报讯（通讯员 郭静）连日来，周口市12家粮食烘干中心昼夜运转。\n\n"
        "■本报讯 麦收过后，新乡市原阳县的麦秸打捆离田。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 6);
    CHECK(headline_texts(page.articles[0]).size() == 2);
    CHECK(page.articles[1].paragraphs.size() == 2);
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].role_text == "本厂通讯员");
    CHECK(page.articles[2].crossheads.size() == 1);
    CHECK(headline_texts(page.articles[3]) == Texts{"【检察官说法】"});
    REQUIRE(page.articles[4].authors.size() == 1);
    CHECK(page.articles[4].authors[0].name == "郭静");
    CHECK(paragraph_texts(page.articles[4]).front().rfind("连日来", 0) == 0);
}

TEST_CASE(
    "segmenter: a caption ending in a full stop over its credit inside a cut paragraph, 专家建议 "
    "and 读者问答 boxes",
    "[segmenter]") {
    const std::string text =
        "2026年9月1日 星期二 健康周刊\n\n"
        "【读者问答】\n\n血糖偏高，秋天能吃板栗吗？\n\n问：我今年58岁，血糖偏高。\n\n答：可以少量吃"
        "。\n\n"
        "动力装备产业集群年产值突破两千亿元\n\n本报记者 王树森\n\n"
        "创新平台建设同步提速。潍坊围绕大功率发动机、\n\n"
        "工人在总装车间调试发动机。\n本报记者 王树森 摄\n\n船用动力等方向布局重大科技专项。\n\n"
        "专家建议\n\n选购玉米种子时，要看审定区域。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]).front() == "【读者问答】");
    CHECK(paragraph_texts(page.articles[1]).back() ==
          "创新平台建设同步提速。潍坊围绕大功率发动机、船用动力等方向布局重大科技专项。");
    CHECK(headline_texts(page.articles[2]) == Texts{"专家建议"});
}

TEST_CASE(
    "segmenter: a bulleted byline a blank line under a comma title, a two-clause question under "
    "a column name over the reader's question, a labelled table box with thousands commas and "
    "its source, a bulleted brief after result lines",
    "[segmenter]") {
    const std::string text =
        "健康周刊　第10版\n2026年10月15日　星期三　营养课堂\n\n"
        "秋季进补，先别急着“贴秋膘”\n\n□　周　敏（营养师）\n\n"
        "立秋过后，不少人家里开始炖肉煲汤，说是要“贴秋膘”。\n\n"
        "【读者问答】\n血糖偏高，秋天能吃板栗吗？\n\n读者孙先生问：我今年58岁，血糖偏高。\n"
        "营养师答：可以少量吃，每次五六颗为宜。\n\n"
        "市場數據\n\n指數　收市　升跌　升跌幅\n恒生指數　19,842.31　+215.46　+1.10%\n"
        "國企指數　7,031.58　+88.20　+1.27%\n資料來源：香港交易所\n\n"
        "昨日战况\n广东　108：96　辽宁\n浙江　101：104　北京\n\n"
        "■　中国篮协昨日公布新一期集训名单，共有18名球员入选。\n\n"
        "責任編輯：鄭家豪　美術編輯：林慧儀\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(headline_texts(page.articles[0]) == Texts{"秋季进补，先别急着“贴秋膘”"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "周敏");
    CHECK(headline_texts(page.articles[1]) == Texts{"【读者问答】", "血糖偏高，秋天能吃板栗吗？"});
    CHECK(headline_texts(page.articles[2]) == Texts{"市場數據"});
    CHECK(paragraph_texts(page.articles[2]).size() == 3);
    REQUIRE(page.articles[2].captions.size() == 1);
    CHECK(page.articles[2].captions[0].text == "資料來源：香港交易所");
    CHECK(paragraph_texts(page.articles[3]).size() == 2);
    CHECK(page.articles[4].headlines.empty());
    CHECK(paragraph_texts(page.articles[4]) ==
          Texts{"中国篮协昨日公布新一期集训名单，共有18名球员入选。"});
    const auto editors =
        std::find_if(page.furniture.begin(), page.furniture.end(),
                     [](const auto& f) { return f.kind == FurnitureKind::editor_line; });
    REQUIRE(editors != page.furniture.end());
    CHECK(editors->people.size() == 2);
}

TEST_CASE(
    "segmenter: a two-clause question over a dash subtitle, a title broken after a colon over a "
    "bulleted byline, bracketed sections over news-time leads, a 简报 label, a caption sentence "
    "over its credit between paragraphs, a piece ending in a semicolon goes on",
    "[segmenter]") {
    const std::string text =
        "2026年5月12日 星期二 第3版 校园新闻\n\n"
        "“人工智能时代，我们还需要读书吗？”\n——作家梁晓峰做客东湖讲坛\n\n文/陈雨桐  图/黄子轩\n\n"
        "4月20日晚，作家梁晓峰做客我校讲坛，四百余名师生到场聆听。\n\n"
        "家庭教育指导师刘静：\n陪伴不是“盯着”，而是“看见”\n\n■本报记者 唐韵\n\n"
        "刘静从事家庭教育指导工作十余年，河道的兴衰与小城的变迁相互映照；河运衰落后，年轻人外出谋生"
        "；\n\n"
        "而当古运河申遗成功、沿岸街区重新焕发生机，周家的孙辈又选择回到故乡，开起了茶馆。\n\n"
        "10月14日，沙雅县一处棉田里，采棉机正在作业。\n本报记者 李 航 摄\n\n"
        "据地区农业农村局介绍，今年全地区推广棉花全程机械化种植技术，机械化率已超过百分之九十五。\n"
        "\n"
        "“铁医生”守护千里钢轨\n\n特约通讯员 李春明  通讯员 孙  浩\n\n"
        "盛夏时节，钢轨表面温度常常超过六十摄氏度，职工们推着探伤仪仔细“体检”钢轨。\n\n"
        "【智能检测“看”得准】\n\n今年以来，工务段引入钢轨智能探伤系统，由系统自动识别疑似伤损。\n\n"
        "【“师带徒”练出硬功夫】\n\n面对新设备、新技术，工区坚持“师带徒”传统，每周开展一次实作演练。"
        "\n\n"
        "■ 要闻简报\n\n本市新增二十处口袋公园\n\n今年以来，本市已建成口袋公园二十处。\n\n"
        "地铁夜间延时运营范围扩大\n\n本月15日起，八条线路周五、周六运营时间延长一小时。（记者 "
        "耿诺）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"“人工智能时代，我们还需要读书吗？”", "——作家梁晓峰做客东湖讲坛"});
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"家庭教育指导师刘静：", "陪伴不是“盯着”，而是“看见”"});
    const Texts story = paragraph_texts(page.articles[1]);
    REQUIRE(story.size() == 2);
    CHECK(story[0].find("外出谋生；而当古运河") != std::string::npos);
    REQUIRE(page.articles[1].captions.size() == 1);  // the caption with its credit line
    CHECK(page.articles[1].captions[0].text.rfind("10月14日，沙雅县一处棉田里，采棉机正在作业。\n",
                                                  0) == 0);
    REQUIRE(page.articles[1].captions[0].credits.size() == 1);
    CHECK(page.articles[1].captions[0].credits[0].name == "李航");
    CHECK(headline_texts(page.articles[2]) == Texts{"“铁医生”守护千里钢轨"});
    CHECK(page.articles[2].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[3]) == Texts{"本市新增二十处口袋公园"});
    CHECK(headline_texts(page.articles[4]) == Texts{"地铁夜间延时运营范围扩大"});
}

TEST_CASE(
    "segmenter: numbered sections of a hard-wrapped bylined feature, a brief whose hard-wrapped "
    "lead restates its headline, a paper's Latin name repeated over the running header",
    "[segmenter]") {
    std::string feature =
        "青年时报  2026年7月8日  星期三  第5版\n\n在戈壁滩上“追光”的年轻人\n\n"
        "本报记者 乔子健\n\n"
        "　　凌晨五点半，天还没有亮透，青海海西州的戈\n壁滩上已经响起了工程车的轰鸣声。27岁的项目\n"
        "技术员韩雨辰裹紧冲锋衣，往现场赶去。\n\n"
        "一、风沙里打下第一根桩\n\n"
        "　　去年3月，韩雨辰和十几名同事第一批来到这\n片戈壁。放眼望去，除了砂石就是骆驼刺，最近\n"
        "的镇子也在五十公里以外。\n\n"
        "二、把家安在戈壁边上\n\n"
        "　　随着电站逐步并网发电，不少年轻人选择留了\n下来。项目部为员工建起了标准化宿舍和食堂，\n"
        "还种下了一千多棵沙枣树。\n\n"
        "合肥百货大楼开设夜间商场\n\n"
        "　　为方便群众购物,合肥百\n货大楼从四月十五日起开设\n夜间商场,"
        "营业时间延长到\n晚上九点。\n";
    const Page page = segment(feature);
    check_invariants(feature, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"合肥百货大楼开设夜间商场"});

    const std::string evening =
        "A06\n城市新闻\n2026年6月3日 星期三\n\n老街夜市重新开张\n\n本报讯（记者 周敏）"
        "据南湖区商务局介绍，此次改造对老街的雨污管网进行了全面升级，食品经营户\n\n"
        "南湖晚报 NANHU EVENING NEWS\n2026年6月3日 星期三 A06\n\n"
        "全部持证上岗。周边三个公共停车场夜间对市民免费开放。\n";
    const Page night = segment(evening);
    check_invariants(evening, night);
    REQUIRE(night.articles.size() == 1);
    CHECK(paragraph_texts(night.articles[0]).size() == 1);
    CHECK(std::any_of(night.furniture.begin(), night.furniture.end(), [](const auto& f) {
        return f.kind == FurnitureKind::paper_name && f.text == "南湖晚报 NANHU EVENING NEWS";
    }));
}

TEST_CASE(
    "segmenter: a dotted section name under the header, the first numbered section of an essay "
    "signed at its end, a quoted title with a comma, a caption with its picture's source, a "
    "专家答疑 box, a caption sentence over its credit before the next headline",
    "[segmenter]") {
    const std::string text =
        "光华日报\n\n2026年5月12日　星期二　　　　11\n\n理论·文化\n\n"
        "以文化自觉涵养城市精神\n——关于历史文化名城保护与传承的几点思考\n\n"
        "城市是文明的载体，也是文化的容器，记录着一座城市的来路。\n\n"
        "一、把历史文化保护放在城市发展的突出位置\n\n历史文化遗产是不可再生的宝贵资源。\n\n"
        "二、在活化利用中延续文化生命\n\n文化遗产不是博物馆里的标本，而是仍在呼吸的生命体。\n\n"
        "（作者：梁思远，系同济大学教授）\n\n"
        "“在平潭，我找到了事业的第二个起点”\n\n"
        "清晨七点，台湾青年陈柏宇已经来到位于平潭的民宿，开始一天的忙碌。\n\n"
        "深睡眠期间，脑脊液流动加快（示意图）。图片来源：视觉中国\n\n"
        "五年前，他从台北来到平潭创业，如今经营着两家海景民宿和一家文创小店。\n\n"
        "5月10日，在平潭一家民宿，游客在体验贝壳手作。\n本报记者 郑凯 摄\n\n"
        "专家答疑\n\n问：午睡多长时间比较合适？\n\n答：一般建议控制在20至30分钟。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"以文化自觉涵养城市精神", "——关于历史文化名城保护与传承的几点思考"});
    CHECK(page.articles[0].crossheads.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "梁思远");
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text == "理论·文化"; }));
    CHECK(headline_texts(page.articles[1]) == Texts{"“在平潭，我找到了事业的第二个起点”"});
    CHECK(paragraph_texts(page.articles[1]).size() == 2);
    CHECK(page.articles[1].captions.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"专家答疑"});
    CHECK(paragraph_texts(page.articles[2]).size() == 2);
}

TEST_CASE("segmenter: a notice's issuer and date taken for header parts sign the notice",
          "[segmenter]") {
    const std::string text =
        "安平周报\n2026年3月20日 星期五 第2版\n\n"
        "安平县自然资源局\n关于开展春季森林防火专项检查的通告\n\n"
        "为切实做好春季森林防火工作，现就有关事项通告如下：\n"
        "一、检查时间为2026年3月20日至5月31日。\n二、进入林区的人员应当自觉接受检查。\n"
        "森林火情报警电话：12119。\n\n安平县自然资源局\n2026年3月18日\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    const Texts paragraphs = paragraph_texts(page.articles[0]);
    REQUIRE(paragraphs.size() >= 2);
    CHECK(paragraphs[paragraphs.size() - 2] == "安平县自然资源局");
    CHECK(paragraphs.back() == "2026年3月18日");
}

TEST_CASE(
    "segmenter: a teacher's credit ends a pupil's piece, a box of labelled rankings and a box of "
    "figure lines with their source are items of their own after a bylined article",
    "[segmenter]") {
    const std::string pupils =
        "2026年6月1日 星期一 第4版 小作家\n\n我家的“小菜园”\n\n"
        "江苏省南京市琅琊路小学四年级（2）班 陈思妤\n\n"
        "我家阳台上有一个小菜园，是爸爸用泡沫箱搭起来的。\n\n"
        "我明白了，只要用心照顾，再小的地方也能长出希望。\n\n指导老师：王丽\n\n"
        "第一次自己坐公交\n\n那天，妈妈让我一个人坐公交车去奶奶家。\n\n"
        "（湖北省武汉市育才小学三年级 李一诺）\n";
    const Page page = segment(pupils);
    check_invariants(pupils, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[0].name == "陈思妤");
    CHECK(page.articles[0].authors[1].name == "王丽");
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "李一诺");

    const std::string boxes =
        "2026年1月5日 星期一 第6版 体育\n\n厦门马拉松男子组国产选手包揽前二\n\n"
        "本报记者 郑宇 发自厦门\n\n"
        "1月4日清晨7时30分，3万名跑者从厦门国际会展中心出发。\n\n"
        "女子组方面，埃塞俄比亚选手阿贝贝以2小时22分16秒夺冠。\n\n"
        "本届厦门马拉松主要成绩\n\n"
        "男子全程：1.何杰（中国）2小时07分42秒；2.杨绍辉（中国）2小时08分09秒。\n\n"
        "女子全程：1.阿贝贝（埃塞俄比亚）2小时22分16秒；2.切蓬戈（肯尼亚）2小时23分40秒。\n\n"
        "散熱模組廠擴產\n\n記者簡永祥／台北報導\n\n"
        "AI伺服器出貨持續暢旺，帶動散熱模組需求大增。\n\n"
        "2月外銷訂單重點\n2月外銷訂單金額503.2億美元，年增21.4%。\n"
        "電子產品接單142.1億美元，年增18.3%。\n資料來源：經濟部統計處\n";
    const Page sports = segment(boxes);
    check_invariants(boxes, sports);
    REQUIRE(sports.articles.size() == 4);
    CHECK(headline_texts(sports.articles[1]) == Texts{"本届厦门马拉松主要成绩"});
    CHECK(paragraph_texts(sports.articles[1]).size() == 2);
    CHECK(sports.articles[2].authors.size() == 1);
    CHECK(headline_texts(sports.articles[3]) == Texts{"2月外銷訂單重點"});
}

TEST_CASE(
    "segmenter: scan residue lines, e-mail lines under bylines, photo news after a headless brief",
    "[segmenter]") {
    const std::string text =
        "2026年10月9日 星期五 第2版 县域新闻\n\n"
        "全县秋冬季农田水利建设全面铺开\n\n融媒记者 李晓峰\n\nhejk@nysb.com.sg\n\n"
        "连日来，在县内各乡镇的农田水利建设工地上，机械轰鸣，一派繁忙景象。\n\n"
        "．．：′\n\n"
        "本报讯（通讯员 吴立新 "
        "钱程）日前，县人民医院与县内12家乡镇卫生院签订远程心电诊断合作协议。\n\n"
        "金秋柑橘俏销\n\n近日，在横塘乡柑橘种植基地，果农们正忙着采摘、分拣、装箱。\n\n周敏 摄\n\n"
        "■■  ▲\n\n县图书馆“夜读时光”受欢迎\n\n"
        "每周五晚上，县图书馆的阅览室里总是座无虚席。（通讯员 郑雨晴）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(page.articles[1].headlines.empty());
    CHECK(page.articles[1].authors.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"金秋柑橘俏销"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "周敏");
    CHECK(headline_texts(page.articles[3]) == Texts{"县图书馆“夜读时光”受欢迎"});
    const auto marks = std::count_if(page.furniture.begin(), page.furniture.end(),
                                     [](const auto& f) { return f.kind == FurnitureKind::other; });
    CHECK(marks == 3);
}

TEST_CASE(
    "segmenter: a review's 《work》：title printed after its byline and lead, a 问答 box with its "
    "question title, a box of results told in sentences, briefs whose lead spells their headline "
    "after an interview, scattered scan marks",
    "[segmenter]") {
    const std::string text =
        "2026年11月3日 星期二 第7版 综合\n\n"
        "文/林  溪\n\n影片讲述了一位失聪多年的录音师重新获得听力后，回到故乡小镇的故事。\n\n"
        "《回声》：学会倾听，才能被听见\n\n"
        "导演用大量环境声构成了一张细密的声音地图，观众仿佛置身小镇。\n\n"
        "林立再見安打 桃猿逆轉獅\n\n記者林志偉／台中報導\n\n"
        "台灣大賽第三戰昨天在台中洲際棒球場開打，兩隊纏鬥到延長11局。\n\n"
        "昨日賽果\n\n台灣大賽第三戰，樂天桃猿5：4勝統一獅，勝投宋家豪。\n\n"
        "亞洲冬季棒球聯盟，中華隊7：2勝日本社會人明星隊，勝投李晨薰。\n\n"
        ". ‘ ,\n\n"
        "老兵新传\n从“兵支书”到致富带头人\n\n记者 柯佳 通讯员 李军\n\n"
        "初冬时节，竹溪县水坪镇柏树村的茶园里，村党支部书记周德胜正带着村民修剪茶树。\n\n"
        "九龍塘洋房億元易手\n\n"
        "市場消息指，九龍塘一幢獨立洋房以約1.38億元易手，呎價約三萬四千元。\n\n"
        "政策问答\n\n退役军人参加职业技能培训有哪些支持？\n\n"
        "问：退役军人参加职业技能培训，需要自己承担费用吗？\n\n答：培训费用由政府承担。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 6);
    CHECK(headline_texts(page.articles[0]) == Texts{"《回声》：学会倾听，才能被听见"});
    CHECK(page.articles[0].authors.size() == 1);
    CHECK(headline_texts(page.articles[2]) == Texts{"昨日賽果"});
    CHECK(paragraph_texts(page.articles[2]).size() == 2);
    CHECK(headline_texts(page.articles[4]) == Texts{"九龍塘洋房億元易手"});
    CHECK(headline_texts(page.articles[5]) ==
          Texts{"政策问答", "退役军人参加职业技能培训有哪些支持？"});
    CHECK(paragraph_texts(page.articles[5]).size() == 2);
}

TEST_CASE(
    "segmenter: section heads share one style, a subtitled or end-signed feature keeps its "
    "sections, an end credit after a bracket inside the sentence, a column name after a notice",
    "[segmenter]") {
    const std::string text =
        "2026年5月12日 星期二 第6版 零售\n\n"
        "即时零售“最后一公里”跑出加速度\n——一季度社区零售市场观察\n本报记者 朱晓敏\n\n"
        "下单后二十八分钟，一箱矿泉水和两袋青菜就送到了家门口。\n\n【门店变身“前置仓”】\n\n"
        "在上海市闵行区一家连锁超市，店内专门辟出一块区域作为线上订单拣货区。\n\n"
        "【规范发展仍需发力】\n\n记者注意到，部分商品价格线上线下不一致。\n\n"
        "白洋淀畔的“新农人”\n近年来，一批在外打拼的年轻人回到淀边，种莲藕、养淡水鱼。\n\n"
        "从打工者到创业者\n清晨6点，34岁的王立强已经划着小船在荷塘里查看藕苗。\n"
        "从单打独斗到抱团发展\n去年，王立强牵头成立了淀边种养专业合作社。\n"
        "如今，合作社的莲藕通过电商平台销往京津等地。\n（河北日报记者 韩立群）\n\n"
        "永辉超市启动门店调改二期\n永辉超市日前宣布启动第二批门店调改。\n\n"
        "“江南文房”特展开幕\n\n"
        "日前，特展在上海市历史博物馆开幕，展出文物一百八十余件（组），展期至明年3月。（记者 "
        "顾一鸣）\n\n"
        "关于地铁施工期间交通管制的通告\n\n一、施工期间请绕行。\n特此通告。\n\n"
        "［读者热线］\n出行“烦心事” 有了回音\n晚报记者  肖  楠\n\n"
        "本周，晚报热线共接到市民关于交通出行的反映四十余件。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 6);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[1].crossheads.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "韩立群");
    CHECK(headline_texts(page.articles[2]) == Texts{"永辉超市启动门店调改二期"});
    REQUIRE(page.articles[3].authors.size() == 1);
    CHECK(page.articles[3].authors[0].name == "顾一鸣");
    CHECK(paragraph_texts(page.articles[4]).back() == "特此通告。");
    CHECK(headline_texts(page.articles[5]) == Texts{"［读者热线］", "出行“烦心事” 有了回音"});
}

TEST_CASE(
    "segmenter: a section name under the page number, a subtitled report's sections, hard-wrapped "
    "crossheads under a subtitle, boxes of labelled figures, captions of works and providers, "
    "a letter's signature and the editor's reply, distribution lines",
    "[segmenter]") {
    const std::string text =
        "贵州日报\n2026年5月27日 星期三\n\n7\n数字经济\n\n"
        "我国实现逻辑量子比特高保真纠错\n——“天衍”团队突破容错量子计算关键技术\n\n"
        "本报合肥11月27日电 （记者 夏启航 通讯员 罗佳）记者27日获悉，团队实现了纠错。\n\n"
        "越纠越准\n\n量子比特极易受环境干扰，计算中的错误会不断累积。\n\n"
        "芯片是关键\n\n团队改进了约瑟夫森结的制备工艺，比特相干时间明显延长。\n\n"
        "王思远 隶书 《陶渊明饮酒诗》\n\n"
        "■展览展出一套繪有歐洲家族紋章的廣彩餐具。  香港藝術館提供\n\n"
        "本周农产品行情\n\n大白菜：每公斤1.40元，比上周下降0.10元。\n\n"
        "西兰花：每公斤4.60元，与上周持平。\n\n鸡蛋：每公斤8.10元，比上周下降0.20元。\n\n"
        "图书馆考试周能否延长开放\n\n编辑同志：\n\n希望学校能在考试周期间适当延长图书馆开放时间。\n"
        "\n"
        "土木工程学院  赵一凡\n\n编者：记者就此事联系了图书馆，图书馆已决定延长开放时间。\n\n"
        "报送：县委、县人大常委会主要领导\n发送：各乡镇人民政府\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]).front() == "我国实现逻辑量子比特高保真纠错");
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].captions.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"本周农产品行情"});
    CHECK(paragraph_texts(page.articles[1]).size() == 3);
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "赵一凡");
    CHECK(paragraph_texts(page.articles[2]).back().rfind("编者：", 0) == 0);
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text == "数字经济"; }));
    CHECK(std::count_if(page.furniture.begin(), page.furniture.end(), [](const auto& f) {
              return f.text.rfind("报送", 0) == 0 || f.text.rfind("发送", 0) == 0;
          }) == 2);
}

TEST_CASE(
    "segmenter: a hard-wrapped newsletter feature under a subtitle keeps its one-word "
    "sections, a paragraph's short last line is no headline across a blank line",
    "[segmenter]") {
    const std::string text =
        "晋华电气报                          2026年9月30日\n第186期  第2版  综合新闻\n\n"
        "织密安全防护网\n——公司“安全生产月”活动综述\n"
        "　　今年6月以来，公司以“人人讲安全、个个会应急”为主\n题开展“安全生产月”活动。\n"
        "查隐患\n　　公司组织专业人员成立五个检查组，对生产车间开展拉\n网式排查。\n"
        "强培训\n　　各单位利用班前会开展安全知识学习，累计培训一千四\n百余人次。\n"
        "（安全环保部供稿）\n\n"
        "红星公社水利冬修\n　　不少地方还组织了技术小组，由老农和水利技术员一道，\n"
        "逐塘逐坝进行检查，发现问题及时处理，保证了工程质\n量o\n\n"
        "红星公社第三生产队是怎样积肥的\n本报通讯员  谭正明\n"
        "　　长沙县红星人民公社第三生产队今年积肥多，肥效高。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"红星公社第三生产队是怎样积肥的"});
}

TEST_CASE(
    "segmenter: couplet section heads with a comma, a question title over the box's byline, a "
    "box after a box of questions, a dateline alone under its headline, a newsletter's issue "
    "line",
    "[segmenter]") {
    const std::string text =
        "物流通讯  2026年第4期（总第152期）  省物流与采购联合会主办\n\n"
        "海上练兵 砺剑深蓝\n\n■本报记者 李  剑 通讯员 王  凯\n\n"
        "8月中旬，南海某海域风急浪高，某驱逐舰支队展开实战化训练。\n\n"
        "“敌情”突至，临机决断\n\n凌晨2时许，编队航行至预定海域，雷达发现多批不明目标。\n\n"
        "复盘检讨，查纠短板\n\n训练结束后，支队组织各舰逐项复盘，梳理出问题18个。\n\n"
        "【宠物医生答疑】\n夏天到了，给狗狗剃毛好不好？\n晚报记者 陈露\n\n"
        "问：我家金毛毛很厚，想给它剃光毛降温，可以吗？\n\n答：不建议剃光。\n\n"
        "晒晒我家的毛孩子\n\n上周我们发起“晒萌宠”征集活动，收到读者来稿300多份。\n\n"
        "前4月全省规上工业增加值增长7.3%\n装备制造业拉动作用明显\n\n"
        "本报西安6月2日讯（记者 赵一鸣 通讯员 秦悦）\n"
        "记者从省统计局获悉，今年前4个月，全省规模以上工业增加值同比增长7.3%。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[0]) == Texts{"海上练兵 砺剑深蓝"});
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"【宠物医生答疑】", "夏天到了，给狗狗剃毛好不好？"});
    CHECK(headline_texts(page.articles[2]) == Texts{"晒晒我家的毛孩子"});
    CHECK(headline_texts(page.articles[3]) ==
          Texts{"前4月全省规上工业增加值增长7.3%", "装备制造业拉动作用明显"});
    CHECK(page.articles[3].authors.size() == 2);
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text.rfind("物流通讯", 0) == 0; }));
}

TEST_CASE(
    "segmenter: a wire's editor line glued to its last paragraph, an agency's file photo, "
    "games of a match glued to names, a brief spelling its headline but for one character",
    "[segmenter]") {
    const std::string text =
        "財經新聞\n\n央行維持利率不變\n\n"
        "（中央社記者李文華台北5日電）央行今天召開理監事會，決議維持政策利率不變。\n\n"
        "央行總裁表示，將持續關注國際經濟情勢。\n\n"
        "央行理監事會今天召開。（中央社檔案照片）\n\n"
        "出口連續三月成長\n\n"
        "（中央社台北5日電）財政部今天公布上月出口金額，較去年同期成長一成。（編輯：張家豪）"
        "1150905\n\n"
        "羽球公开赛次日赛果\n\n"
        "女单：林美琪（马）21-15、18-21、21-19 朴秀妍（韩）\n"
        "男双：王建/李明（中）21-12、21-17 丹麦组合\n\n"
        "新馆长昨就职典礼\n\n"
        "市博物馆新馆长昨日出席就职典礼，表示将推动馆藏数码化。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(page.articles[0].captions.size() == 1);
    CHECK(paragraph_texts(page.articles[0]).size() == 2);
    CHECK(paragraph_texts(page.articles[1]) ==
          Texts{"財政部今天公布上月出口金額，較去年同期成長一成。"});
    const auto editor =
        std::find_if(page.furniture.begin(), page.furniture.end(),
                     [](const auto& f) { return f.kind == FurnitureKind::editor_line; });
    REQUIRE(editor != page.furniture.end());
    CHECK(editor->text == "（編輯：張家豪）1150905");
    REQUIRE(editor->people.size() == 1);
    CHECK(editor->people[0].name == "張家豪");
    CHECK(headline_texts(page.articles[2]) == Texts{"羽球公开赛次日赛果"});
    CHECK(paragraph_texts(page.articles[2]).size() == 2);
    CHECK(headline_texts(page.articles[3]) == Texts{"新馆长昨就职典礼"});
}

TEST_CASE(
    "segmenter: a second subtitle line set solid over the byline, a bylined story's briefs "
    "restating their heads, the third numbered section of an unsigned article signed by name",
    "[segmenter]") {
    const std::string text =
        "江南古城遗址考古取得重要进展\n——发现一处春秋时期大型城址\n出土大批陶器和青铜兵器\n\n"
        "本报记者 周  明\n\n近日，记者从省考古研究所获悉，江南古城遗址考古取得重要进展。\n\n"
        "一、城墙与城门\n\n考古人员确认城址四面均有城墙。\n\n"
        "二、大型建筑基址\n\n城址中部发现夯土台基三座。\n\n"
        "歌手林晓彤巡演圆满落幕\n\n文：陈思　图：黄伟\n\n"
        "歌手林晓彤巡回演唱会前晚在体育馆举行尾场，全场观众大合唱。\n\n"
        "她表示明年将推出新专辑。\n\n"
        "黄子健夺得最佳男配角\n\n"
        "新晋演员黄子健凭电影《长街》夺得今届影展最佳男配角奖，他昨日向团队致谢。\n\n"
        "城市更新项目推进顺利\n\n本报讯 近日，区住建局印发通知，对今年城市更新项目提出明确要求，"
        "确保各项工程按期完工、群众满意。\n\n"
        "一、加快老旧小区改造\n\n通知要求，各街道要在年底前完成四十个老旧小区改造任务，"
        "同步推进管网更新和加装电梯。\n\n"
        "二、整治背街小巷环境\n\n各街道要对背街小巷开展集中整治，重点解决路面破损、"
        "照明不足等问题。\n\n"
        "三、建设口袋公园\n\n区里将利用边角地新建口袋公园十五处，方便居民就近休闲。\n\n"
        "（张  华）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[0]).size() == 3);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[1].crossheads.empty());
    CHECK(headline_texts(page.articles[2]) == Texts{"黄子健夺得最佳男配角"});
    CHECK(page.articles[3].crossheads.size() == 3);
    REQUIRE(page.articles[3].authors.size() == 1);
    CHECK(page.articles[3].authors[0].name == "张华");
}

TEST_CASE(
    "segmenter: a photo by the article's reporter under its end credit is its caption, a "
    "short line over a piece opening with a verb of saying was cut from it",
    "[segmenter]") {
    const std::string text =
        "茶园里的“新农人”\n\n"
        "在福建省安溪县，越来越多的年轻人返乡种茶，把直播间开进了茶园。\n\n"
        "合作社理事长说，今年茶叶线上销售额比去年翻了一番。\n\n（本报记者 林海峰）\n\n"
        "5月8日，安溪县一家茶叶合作社的社员在采摘春茶。\n本报记者 林海峰 摄\n\n"
        "社区增设乐龄健身角\n\n"
        "（本地讯）为鼓励年长居民多运动，市镇理事会将在各社区增设健身角。\n\n"
        "负责社区事务的国会议员在面簿上\n\n"
        "表示，希望通过改善社区设施，帮助年长居民保持身心健康。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].captions.size() == 1);
    REQUIRE(page.articles[0].captions[0].credits.size() == 1);
    CHECK(page.articles[0].captions[0].credits[0].name == "林海峰");
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "林海峰");
    CHECK(page.articles[1].crossheads.empty());
    CHECK(paragraph_texts(page.articles[1]) ==
          Texts{"为鼓励年长居民多运动，市镇理事会将在各社区增设健身角。",
                "负责社区事务的国会议员在面簿上表示，希望通过改善社区设施，帮助年长居民保持身心健康"
                "。"});
}

TEST_CASE(
    "segmenter: a table set solid under its title inside an article stays in it, 本 报 讯 "
    "over run-in briefs labels them",
    "[segmenter]") {
    const std::string text =
        "新能源车企销量创新高\n\n本报记者 方晓\n\n"
        "今年前四个月，多家新能源车企销量创出新高，行业景气度持续回升。\n\n"
        "  三家车企前四月销量\n"
        "  企业      销量(万辆)   同比(%)\n"
        "  甲公司     12.5         35.2\n"
        "  乙公司     9.8          28.1\n"
        "  数据来源：公司公告\n\n"
        "业内人士认为，海外市场的拓展是销量增长的重要原因。\n\n"
        "          本 报 讯\n\n"
        "平安新建一座污水处理厂  平安县新建的日处理两万吨污水处理厂日前投入运行。\n\n"
        "乐都开展秋季造林  乐都区近日组织干部群众开展秋季造林活动，共植树十万株。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    const Texts story = paragraph_texts(page.articles[0]);
    REQUIRE(story.size() == 6);
    CHECK(story[1] == "三家车企前四月销量");
    CHECK(story.back() == "业内人士认为，海外市场的拓展是销量增长的重要原因。");
    CHECK(page.articles[1].headlines.empty());
    CHECK(paragraph_texts(page.articles[1]).front().rfind("平安新建一座污水处理厂", 0) == 0);
    CHECK(page.articles[2].headlines.empty());
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text == "本 报 讯"; }));
}

TEST_CASE(
    "segmenter: a two-line interview title inside a cut paragraph heads the next article "
    "opened by a byline, figure lines under a table's rows, a caption closed by 摄影/X, an "
    "expert's box signed after a dash",
    "[segmenter]") {
    const std::string text =
        "光伏组件价格止跌回升\n\n本刊记者 赵一鸣\n\n"
        "今年以来，光伏组件价格持续低位运行，不少企业利润承压。\n\n"
        "记者走访多家组件企业了解到，一家企业负责人介绍，目前订单已经排到了\n\n"
        "对话光伏企业创始人周明：\n“技术迭代是唯一出路”\n\n"
        "三季度。\n\n"
        "业内人士建议，加快淘汰落后产能，推动行业健康发展。\n\n"
        "本刊记者 钱程\n\n"
        "今年上半年，国内光伏新增装机同比增长超过三成，行业竞争日趋激烈。\n\n"
        "记者：行业价格战很激烈，企业如何应对？\n\n"
        "周明：价格下降是行业走向成熟的必然，但不能以牺牲质量为代价。\n\n"
        "市场主要指标\n"
        "上证指数　3,285　+12\n"
        "深证成指　10,512　+56\n"
        "成交额（亿元）9,860\n"
        "北向资金（亿元）+52\n"
        "数据来源：交易所\n\n"
        "古城夜游受青睐\n\n文/林晓\n\n"
        "入夜的古城灯火通明，游客沿着老街慢慢游览。\n\n"
        "灯笼映照下的古城老街。    摄影/方 舟\n\n"
        "不少游客表示，夜游让古城有了新的魅力。\n\n"
        "■ 专家点评\n\n"
        "夜间经济是城市活力的重要体现，古城夜游的探索值得借鉴。\n\n"
        "——北京联合大学旅游学院教授 张文\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(paragraph_texts(page.articles[0])[1].find("排到了三季度。") != std::string::npos);
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"对话光伏企业创始人周明：", "“技术迭代是唯一出路”"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "钱程");
    CHECK(headline_texts(page.articles[2]) == Texts{"市场主要指标"});
    CHECK(paragraph_texts(page.articles[2]).size() == 4);
    REQUIRE(page.articles[3].captions.size() == 1);
    REQUIRE(page.articles[3].captions[0].credits.size() == 1);
    CHECK(page.articles[3].captions[0].credits[0].name == "方舟");
    CHECK(paragraph_texts(page.articles[3]).size() == 2);
    CHECK(headline_texts(page.articles[4]) == Texts{"■ 专家点评"});
    REQUIRE(page.articles[4].authors.size() == 1);
    CHECK(page.articles[4].authors[0].name == "张文");
}

TEST_CASE(
    "segmenter: a book box's line of labelled fields is text, not a title line, a results "
    "box's group name set solid on its rows is its section",
    "[segmenter]") {
    const std::string text =
        "新书推荐\n\n《运河边的小镇》\n作者：李明远　出版：江南文艺出版社\n"
        "本书以运河古镇的百年变迁为线索，讲述了几代人的生活故事。\n\n"
        "赛果\n\n甲级联赛第六轮\n东风 2:1 红星\n海港 0:0 蓝天\n山城 3:1 北岸\n\n"
        "全运会集训名单公布\n\n"
        "省体育局昨日公布全运会集训名单，共有一百二十名运动员入选。\n\n"
        "责任编辑：许文静 电话：12345678\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"新书推荐", "《运河边的小镇》"});
    CHECK(paragraph_texts(page.articles[0]).front() == "作者：李明远　出版：江南文艺出版社");
    CHECK(headline_texts(page.articles[1]) == Texts{"赛果"});
    REQUIRE(page.articles[1].crossheads.size() == 1);
    CHECK(page.articles[1].crossheads[0].text == "甲级联赛第六轮");
    CHECK(paragraph_texts(page.articles[1]).size() == 3);
}

TEST_CASE(
    "segmenter: the paper's and section's names under a page number, a number cut at its "
    "decimal point, bulleted items after a colon, a market box label, a short caption closing "
    "an article whose byline credits its photos",
    "[segmenter]") {
    const std::string text =
        "2026年9月15日 星期二\n编辑：吴敏 版式：陈亮\n\n5\n滨江日报\n要闻\n\n"
        "高新区前8个月投资增长两成\n\n本报记者 高峰 文/图\n\n"
        "今年以来，高新区坚持项目为王，重大项目建设提速。\n\n"
        "其中，智能制造产业园完成投资4.\n\n"
        "2亿元，主体厂房已全面封顶，部分车间开始调试设备。\n\n"
        "区发改局负责人介绍，下一步重点做好以下工作：\n\n"
        "●加快在建项目进度，确保年底前全部封顶；\n\n"
        "●强化要素保障，及时协调解决用地问题。\n\n"
        "建设中的智能制造产业园。\n\n"
        "行情分析\n\n"
        "随着北方露地蔬菜陆续退市，预计下旬蔬菜价格将由降转升，但整体涨幅有限。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"高新区前8个月投资增长两成"});
    const Texts story = paragraph_texts(page.articles[0]);
    REQUIRE(story.size() == 5);
    CHECK(story[1] ==
          "其中，智能制造产业园完成投资4.2亿元，主体厂房已全面封顶，部分车间开始调试设备。");
    CHECK(story[3].rfind("●加快", 0) == 0);
    REQUIRE(page.articles[0].captions.size() == 1);
    CHECK(page.articles[0].captions[0].text == "建设中的智能制造产业园。");
    CHECK(headline_texts(page.articles[1]) == Texts{"行情分析"});
    CHECK(std::count_if(page.furniture.begin(), page.furniture.end(), [](const auto& f) {
              return f.text == "滨江日报" || f.text == "要闻";
          }) == 2);
}

TEST_CASE("segmenter: an end credit cut by the hard wrap closes its brief", "[segmenter]") {
    const std::string text =
        "县医院开通胸痛中心\n"
        "　　日前，县人民医院胸痛中心正式运\n"
        "行，急性心肌梗死患者从入院到血管开\n"
        "通平均时间缩短至七十分钟以内。（通讯员 周晓丽 \n"
        "陈敏）\n"
        "八里湾镇茶园开采\n"
        "　　清明前后，八里湾镇三千亩茶园陆\n"
        "续开采，新茶收购价每斤比去年高出二\n"
        "十元左右，茶农户均增收约四千元。\n"
        "（通讯员 潘志勇）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[1].name == "陈敏");
    CHECK(paragraph_texts(page.articles[0]).back().find("以内。") != std::string::npos);
    CHECK(paragraph_texts(page.articles[0]).back().find("通讯员") == std::string::npos);
    CHECK(headline_texts(page.articles[1]) == Texts{"八里湾镇茶园开采"});
}

TEST_CASE("segmenter: every line at the page's margin marks no paragraph", "[segmenter]") {
    const std::string text =
        "   江城晚报                       2026 年 6 月 9 日   星期二                  A05\n\n"
        "   老旧小区加装电梯提速\n"
        "   本报记者 唐嘉怡\n"
        "   记者从市住建局获悉，今年我市计划完成老旧小区加装电梯 300 部，截至 5 月底已开工 126 "
        "部，\n"
        "   其中 58 部已投入使用。\n"
        "   市住建局相关负责人介绍，今年起加装电梯的审批流程进一步简化，由原来的多部门串联审批改\n"
        "   为“一窗受理、并联审批”，平均审批时间从 45 个工作日压缩至 20 个工作日。\n"
        "   "
        "据了解，加装电梯费用由财政补贴、住户分摊和公积金提取等方式共同承担，每部电梯最高可获补\n"
        "   贴 20 万元。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]).size() == 3);
}

TEST_CASE(
    "segmenter: a related-news box of titles with their pages, the interviewed expert's line "
    "is no title line",
    "[segmenter]") {
    const std::string text =
        "乐龄人士晨运热情高\n\n早报记者 陈俊杰\n\n"
        "75岁的退休巴士司机林亚福几乎每天早上都到公园晨运。\n\n"
        "相关新闻\n· 乐龄人士数码学习计划扩大（A8）\n· 社区关怀计划新增三项援助（A10）\n\n"
        "高温天 “热射病”离我们有多远？\n\n受访专家：市第一人民医院急诊科主任 郑立群\n"
        "本报记者 方晓梅\n\n"
        "入伏以来，多地持续出现高温天气，不少医院急诊科接诊了中暑患者。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"相关新闻"});
    CHECK(paragraph_texts(page.articles[1]).size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"高温天 “热射病”离我们有多远？"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "方晓梅");
}

TEST_CASE(
    "segmenter: a kicker opening with a dash, an end mark run into the last paragraph, a "
    "quoted couplet after a colon, a photographer's credit alone signing an unsigned story, a "
    "finance disclaimer",
    "[segmenter]") {
    const std::string text =
        "——秭归脐橙产业链调查\n一颗橙子的“三级跳”\n\n本报记者 周敏\n\n"
        "秭归脐橙今年迎来丰收，全县脐橙综合产值预计突破两百亿元。\n\n"
        "桥头石碑上刻着的一句诗，他至今记得：\n\n“溪声不断廊桥晚，一半斜阳一半山。”\n\n"
        "那时他并不懂诗里的意思，只觉得念起来好听。\n\n"
        "全国秋粮收获进度过一成\n\n"
        "新华社北京9月15日电 记者从农业农村部获悉，全国秋粮收获进度已过一成。（完）\n\n"
        "氹仔秋日市集人头涌涌\n\n"
        "由文化局主办的秋日市集昨日开幕，吸引大批市民和游客。\n\n"
        "记者　何嘉欣　摄\n\n"
        "港股三连升\n\n恒生指数昨日收报两万三千点，成交额增至一千八百亿元。\n\n"
        "本刊不构成任何投资建议。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[0]) == Texts{"——秭归脐橙产业链调查", "一颗橙子的“三级跳”"});
    CHECK(page.articles[0].crossheads.empty());
    const Texts story = paragraph_texts(page.articles[0]);
    REQUIRE(story.size() == 4);
    CHECK(story[2] == "“溪声不断廊桥晚，一半斜阳一半山。”");
    CHECK(paragraph_texts(page.articles[1]).back() ==
          "记者从农业农村部获悉，全国秋粮收获进度已过一成。");
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "何嘉欣");
    CHECK(paragraph_texts(page.articles[3]).size() == 1);
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text == "（完）"; }));
}

TEST_CASE(
    "segmenter: a poem's title and stanzas, then an essay under its own title, standings rows "
    "and long-labelled figures are rows, paragraphs one a line beside a table are no wrap",
    "[segmenter]") {
    const std::string text =
        "秋收时节\n◎陈远山\n\n稻穗低下头\n把一整个夏天的阳光\n交还给土地\n\n"
        "父亲站在田埂上\n数着远处的谷垛\n像数他的年岁\n\n"
        "老街上的豆腐坊\n\n"
        "小时候，我家住在青溪老街的北头。每天天还没亮，街口那家豆腐坊就亮起了昏黄的灯。\n\n"
        "豆腐坊的主人是一对老夫妻，我们都叫他们刘爷爷、刘奶奶。\n\n"
        "那时候，一块豆腐只要几分钱，母亲常常让我端着搪瓷碗去买。\n\n"
        "后来我去县城读书，又到外地工作，老街渐渐冷清了。\n\n◇周慧敏\n\n"
        "味全龙3连胜\n\n"
        "〔记者吴志豪／综合报导〕味全龙昨在天母主场以6比2击败统一狮，豪取3连胜，战绩以半场差重返联"
        "盟龙头宝座。\n"
        "打线方面，龙队在3局下靠着刘家宏的2分炮先驰得点，6局再串联4支安打攻下3分，一举拉开比分。\n"
        "统一狮则是近5场吞下4败，打线陷入低潮，全场仅敲出5支安打，总教练坦言球队必须尽快调整。\n\n"
        "中职战绩\n味全龙　38胜26败1和　胜率.594\n中信兄弟　37胜26败2和　胜率.587\n"
        "乐天桃猿　33胜31败　胜率.516\n统一狮　30胜34败1和　胜率.469\n\n"
        "楼市数据\n\n上周二手成交量：1,086宗（按周+8.4%）\n上周一手成交量：742宗（按周+21.6%）\n"
        "中原城市领先指数：150.3点（按周+0.6%）\n资料来源：土地注册处\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(headline_texts(page.articles[0]) == Texts{"秋收时节"});
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"老街上的豆腐坊"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "周慧敏");
    CHECK(paragraph_texts(page.articles[2]).size() == 3);
    CHECK(headline_texts(page.articles[3]) == Texts{"中职战绩"});
    CHECK(paragraph_texts(page.articles[3]).size() == 4);
    CHECK(paragraph_texts(page.articles[4]).size() == 3);
}

TEST_CASE(
    "segmenter: a bulletin's issue and issuer lines, a data box between articles, a spaced "
    "简讯 label over dateline-led briefs",
    "[segmenter]") {
    const std::string text =
        "生态环境简报\n\n2026年第9期（总第143期）\n\n临川市生态环境局办公室编　　2026年10月20日\n\n"
        "台股量缩震荡 终场小跌38点\n\n"
        "台股昨日在美股涨跌互见、市场观望下量缩震荡，加权指数终场下跌38点。\n\n"
        "投顾业者分析，资金多采取观望态度，预期台股短线将维持区间整理。\n\n"
        "外资动向\n（单位：亿元）\n台积电 卖超 42.6\n鸿海 买超 15.3\n长荣 买超 9.8\n"
        "资料来源：证交所\n\n"
        "寿险业前8月获利年增2成\n\n金管会昨日公布最新统计，寿险业今年前8月税前获利合计1926亿元。\n"
        "\n"
        "简    讯\n\n"
        "本报讯 县农机站日前举办秋收农机手培训班，八十多名农机手参加。\n\n"
        "本报讯 县供销社新建的化肥仓库日前投入使用，可储存化肥五百吨。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(headline_texts(page.articles[0]) == Texts{"台股量缩震荡 终场小跌38点"});
    CHECK(headline_texts(page.articles[1]) == Texts{"外资动向"});
    CHECK(paragraph_texts(page.articles[1]).size() == 3);
    CHECK(page.articles[3].headlines.empty());
    CHECK(page.articles[4].headlines.empty());
    CHECK(std::count_if(page.furniture.begin(), page.furniture.end(), [](const auto& f) {
              return f.text.rfind("2026年第9期", 0) == 0 || f.text.rfind("临川市", 0) == 0 ||
                     f.text == "简    讯";
          }) == 3);
}

TEST_CASE(
    "segmenter: a newsletter's name in its header, a letter's exclamation ending a cut "
    "sentence is no title over the signature, a doctor's tips box",
    "[segmenter]") {
    const std::string text =
        "南湖大学校友通讯 2026年第4期（总第86期） 第2版\n\n"
        "母校七十华诞\n\n"
        "亲爱的母校、敬爱的老师们：\n\n"
        "离开南湖已经整整三十年了。这次因在国外工作，未能回校参加庆典，谨以此信遥祝母校七十华诞，"
        "祝老师们身体健康，祝学弟学妹们\n"
        "学业有成！\n\n"
        "机械工程系1996届 冯家骏\n\n"
        "天冷血管收缩 心肌梗塞急诊增两成\n\n"
        "近日气温骤降，市某医学中心统计，上周因急性心肌梗塞送急诊的病患比前一周增加两成。\n\n"
        "医师小叮咛\n\n"
        "一、清晨起床先在床上坐一下再下床，避免血压剧烈变化。\n\n"
        "二、外出注意头颈部保暖，避免从温暖室内直接走到户外。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"母校七十华诞"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "冯家骏");
    CHECK(paragraph_texts(page.articles[0]).back().find("学业有成！") != std::string::npos);
    CHECK(headline_texts(page.articles[2]) == Texts{"医师小叮咛"});
    CHECK(page.articles[2].crossheads.empty());
}

TEST_CASE(
    "segmenter: a weather box with its header row and issuer's note, long rows apart by wide "
    "gaps, a news label over briefs, a caption printed under its bracketed credit",
    "[segmenter]") {
    const std::string text =
        "台风今夜逼近沿海\n\n本报讯（记者 "
        "郑可欣）今年第8号台风正向西北方向移动，预计今天夜间到明天上午登陆。\n\n"
        "天气预报\n城市    天气          温度\n福州    暴雨转大雨     26～31℃\n"
        "宁德    大暴雨         25～29℃\n厦门    阵雨           27～33℃\n市气象台7月21日6时发布\n\n"
        "电网检修完成过半\n\n本报通讯员 任宏伟\n\n今年检修工作突出效率，各单位完成情况如下：\n\n"
        "单位        变电站（座）  输电线路（条）  完成率\n"
        "湖北公司        14            23          100%\n"
        "湖南公司        11            18           97%\n\n"
        "检修人员首次应用带电检测机器人对设备开展局部放电检测。\n\n"
        "（资料图片）\n东涌线列车驶经欣澳站。\n\n"
        "交通消息\n\n青马大桥周日封一条行车线\n\n运输署宣布，青马大桥周日凌晨起封闭一条行车线进行维"
        "修。\n\n"
        "的士车费下月起上调\n\n的士车费下月起上调，首两公里收费增至二十九元。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(headline_texts(page.articles[1]) == Texts{"天气预报"});
    CHECK(paragraph_texts(page.articles[1]).size() == 4);
    const Texts grid = paragraph_texts(page.articles[2]);
    REQUIRE(grid.size() == 5);
    CHECK(grid[2].rfind("湖北公司", 0) == 0);
    CHECK(page.articles[2].captions.size() == 2);
    CHECK(headline_texts(page.articles[3]) == Texts{"青马大桥周日封一条行车线"});
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text == "交通消息"; }));
}

TEST_CASE(
    "segmenter: a section label in brackets under the byline, a reporter's photo credit under "
    "the headline signs the story, a block of hotlines is furniture",
    "[segmenter]") {
    const std::string text =
        "以案说法\n网购“代拍”定金能否退还\n□ 陈亚楠\n【案情】\n"
        "2025年6月，王某通过社交平台联系某代拍工作室，支付定金五百元。\n【审理】\n"
        "法院审理认为，双方约定的代拍服务未能履行，定金应予退还。\n\n"
        "议员倡设长者社区饭堂\n記者　林曉彤　攝\n\n"
        "【本報消息】多名议员昨日联署，建议在各区增设长者社区饭堂。\n\n"
        "热线\n援助热线                 1800-222-0000\n乐龄热线                 1800-650-6060\n"
        "心理健康求助热线         1767\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "林曉彤");
    CHECK(page.unplaced.empty());
    CHECK(std::count_if(page.furniture.begin(), page.furniture.end(), [](const auto& f) {
              return f.text.find("热线") != std::string::npos;
          }) == 4);
}

TEST_CASE(
    "segmenter: a piece opening with the closing quote goes on, a knowledge box label, the "
    "app's credit for the article's own reporter closes it",
    "[segmenter]") {
    const std::string text =
        "社区课堂受欢迎\n\n本报记者 钱悦\n\n"
        "服务队队长许国强说：“刚开始只有几个孩子来，现在每次都有四五十个，孩子们也开朗了。\n\n"
        "”他说。\n\n"
        "新湖南客户端 记者 钱悦 报道\n\n"
        "古籍修复小知识\n\n"
        "古籍修复讲究“修旧如旧”，所用纸张须与原书纸张的颜色、厚薄相近。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(paragraph_texts(page.articles[0]).size() == 1);
    CHECK(paragraph_texts(page.articles[0])[0].find("开朗了。”他说。") != std::string::npos);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(headline_texts(page.articles[1]) == Texts{"古籍修复小知识"});
}

TEST_CASE(
    "segmenter: an issue number with its running number in the header, dated forecast rows a "
    "blank line apart, a brief opening with its time and the reporter's source",
    "[segmenter]") {
    const std::string text =
        "红星机械厂报\n1986年4月15日 第3期(总第128期)\n\n"
        "合肥新能源汽车产业集群加速成势\n\n本报记者 汪洋\n\n"
        "走进开发区的一家新能源汽车整车工厂，冲压、焊装、涂装、总装四大车间满负荷运转。\n\n"
        "今年上半年，全市新能源汽车整车产量同比增长三成以上。\n\n"
        "芜湖港集装箱吞吐量创新高\n\n"
        "日前，记者从芜湖港口管理部门获悉，今年前八个月芜湖港累计完成集装箱吞吐量约八十万标箱。\n\n"
        "据介绍，芜湖港近年来加快推进江海联运、铁水联运发展。\n\n"
        "天气预测\n\n7月8日（星期三） 天晴酷热 28至35度\n\n7月9日（星期四） 大致天晴 28至35度\n\n"
        "7月10日（星期五） 有一两阵骤雨 27至33度\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"合肥新能源汽车产业集群加速成势"});
    CHECK(headline_texts(page.articles[1]) == Texts{"芜湖港集装箱吞吐量创新高"});
    CHECK(page.articles[1].authors.empty());
    CHECK(headline_texts(page.articles[2]) == Texts{"天气预测"});
    CHECK(paragraph_texts(page.articles[2]).size() == 3);
}

TEST_CASE(
    "segmenter: a masthead's running issue number, a byline after the page footer heads the "
    "next headline, not the brief above",
    "[segmenter]") {
    const std::string text =
        "湘江日报\n\n第24817号 今日12版\n\n"
        "全省一季度进出口增长8.7%\n\n"
        "据长沙海关统计，一季度全省货物贸易进出口总值1620.3亿元，同比增长8.7%。\n\n"
        "湘江日报社出版 国内统一连续出版物号 CN43-0001\n\n"
        "本报记者 覃思远\n\n"
        "省政府常务会议研究部署防汛工作\n\n"
        "5月11日，省政府召开常务会议，研究部署当前防汛抗旱和地质灾害防治工作。\n\n"
        "会议还审议通过了《全省农村公路管理养护实施办法》。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"全省一季度进出口增长8.7%"});
    CHECK(page.articles[0].authors.empty());
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "覃思远");
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text == "第24817号 今日12版"; }));
}

TEST_CASE(
    "segmenter: under a displaced headline, a question of a series and a short line like the "
    "heads further on open the first section, a lone question among crossheads is one",
    "[segmenter]") {
    const std::string questions =
        "記者 麥詠詩\n\n"
        "政府昨日公布新一輪「簡約公屋」申請安排，首批單位下月接受申請。\n\n"
        "簡約公屋下月接受申請\n\n輪候三年以上家庭優先\n\n"
        "哪些人可以申請？\n\n"
        "房屋局發言人表示，已登記輪候公屋滿三年的家庭可優先申請，名額有限。\n\n"
        "租金怎樣釐定？\n\n"
        "發言人指出，簡約公屋租金約為同區公屋租金的九成，並會提供基本設施。\n";
    const Page first = segment(questions);
    check_invariants(questions, first);
    REQUIRE(first.articles.size() == 1);
    CHECK(headline_texts(first.articles[0]) ==
          Texts{"簡約公屋下月接受申請", "輪候三年以上家庭優先"});
    REQUIRE(first.articles[0].crossheads.size() == 2);
    CHECK(first.articles[0].crossheads[0].text == "哪些人可以申請？");

    const std::string siblings =
        "本报特派记者 甘立航 发自重庆\n\n"
        "昨晚的中甲联赛中，重庆队主场2比1逆转积分榜领头羊，保住了冲超希望。\n\n"
        "小将绝杀 山城逆转领头羊\n\n下半场换人见效\n\n"
        "上半场，客队凭借一次快速反击率先破门。易边再战，主队连换两人，攻势明显加强。\n\n"
        "赛后主帅表示，球队上半场过于保守，下半场打出了应有的精神面貌。\n\n"
        "争冠悬念延续\n\n"
        "本轮过后，前三名球队积分差距缩小到两分以内，最后五轮的争夺将更加激烈。\n\n"
        "二手设备为何走俏？\n\n"
        "业内人士分析，国产设备性价比高，维修配件供应充足，在海外市场很受欢迎。\n";
    const Page second = segment(siblings);
    check_invariants(siblings, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(headline_texts(second.articles[0]) == Texts{"小将绝杀 山城逆转领头羊"});
    REQUIRE(second.articles[0].crossheads.size() == 3);
    CHECK(second.articles[0].crossheads[0].text == "下半场换人见效");
    CHECK(second.articles[0].crossheads[2].text == "二手设备为何走俏？");
}

TEST_CASE("segmenter: OCR's Latin o for a full stop after a Han character ends the paragraph",
          "[segmenter]") {
    const std::string text =
        "全省春播进度快于往年\n\n"
        "本报讯 据省农业厅统计，截至4月10日，全省已播种早稻秧田一百二十万亩。\n\n"
        "今年以来，各地积极组织化肥、农药和良种供应，基本满足了农民的需要o\n\n"
        "不少地方还举办农业技术培训班，向农民传授科学种田知识。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]).size() == 3);
}

TEST_CASE(
    "segmenter: a data box whose title stands a blank line over its rows, a briefs label over "
    "titles set solid under the brief above",
    "[segmenter]") {
    const std::string box =
        "义乌跨境电商提速\n\n本报记者 沈婕\n\n"
        "一季度，义乌跨境电商综试区实现进出口额三百二十亿元，同比增长百分之二十一。\n\n"
        "义乌跨境电商一季度主要数据\n\n"
        "进出口额 320亿元 同比增长21%\n跨境电商主体 4.6万家 同比增长12%\n"
        "海外仓 210个 覆盖50多个国家和地区\n数据来源：义乌市商务局\n\n"
        "全省首单数据资产质押融资落地湖州\n\n"
        "本报湖州6月2日电（记者 钱卫东）日前，湖州一家企业以数据资产作质押获得贷款。\n";
    const Page first = segment(box);
    check_invariants(box, first);
    REQUIRE(first.articles.size() == 3);
    CHECK(headline_texts(first.articles[1]) == Texts{"义乌跨境电商一季度主要数据"});
    CHECK(paragraph_texts(first.articles[1]).size() == 3);

    const std::string briefs =
        "北部都會區再推兩幅用地\n\n"
        "【大公報訊】記者陳穎報道：發展局昨日公布，北部都會區再推出兩幅用地。\n"
        "港聞簡訊\n\n"
        "長者醫療券上調至三千元\n\n"
        "【大公報訊】記者鄧慧報道：醫務衞生局宣布，由下月起長者醫療券金額上調。\n"
        "天星小輪推夜遊維港航線\n\n"
        "【大公報訊】天星小輪由本周五起推出夜遊維港航線，每晚開出兩班。\n";
    const Page second = segment(briefs);
    check_invariants(briefs, second);
    REQUIRE(second.articles.size() == 3);
    CHECK(headline_texts(second.articles[1]) == Texts{"長者醫療券上調至三千元"});
    CHECK(std::any_of(second.furniture.begin(), second.furniture.end(),
                      [](const auto& f) { return f.text == "港聞簡訊"; }));
}

TEST_CASE(
    "segmenter: a quotation heading a section of the text that quotes it, short sibling heads "
    "in an item opened by its dateline, a caption under a page header over its credit",
    "[segmenter]") {
    const std::string quoted =
        "《长河渡》首映礼昨晚在杭举行\n\n首席记者 方可欣\n\n"
        "昨晚，电影《长河渡》在杭州举行首映礼，导演与主演亮相并分享幕后故事。\n\n"
        "这部影片讲述钱塘江边一个摆渡人家庭三代人的命运变迁，前后拍摄了四年。\n\n"
        "“江水每天都不一样”\n\n"
        "“江水每天都不一样，有时候为了等一场雾，我们要在江边守好几天。”导演说。\n";
    const Page first = segment(quoted);
    check_invariants(quoted, first);
    REQUIRE(first.articles.size() == 1);
    REQUIRE(first.articles[0].crossheads.size() == 1);
    CHECK(first.articles[0].crossheads[0].text == "“江水每天都不一样”");

    const std::string siblings =
        "彰化鹿港燈會 明年元宵登場\n\n"
        "〔記者劉曉欣／彰化報導〕二○二六台灣燈會確定由彰化縣鹿港鎮主辦，縣府昨公布籌備進度。\n\n"
        "交通接駁\n\n"
        "縣府表示，燈會期間將規劃十二條接駁專車路線，並於外圍設置大型轉乘停車場。\n\n"
        "在地參與\n\n"
        "縣府也邀集在地工藝師與學校師生共同製作花燈，展現鹿港傳統工藝之美。\n\n"
        "中市增設公共自行車站\n\n"
        "台中市交通局昨表示，今年底前將再增設公共自行車租賃站八十站。\n";
    const Page second = segment(siblings);
    check_invariants(siblings, second);
    REQUIRE(second.articles.size() == 2);
    REQUIRE(second.articles[0].crossheads.size() == 2);
    CHECK(second.articles[0].crossheads[1].text == "在地參與");

    const std::string caption =
        "“断卡”行动持续推进\n\n本报记者 王梓涵\n\n"
        "今年以来，市检察院联合公安机关开展“断卡”专项行动，起诉相关犯罪嫌疑人四十余名。\n\n"
        "检察日报    2025年4月17日    第3版\n\n"
        "检察官在某高校开展“断卡”普法宣讲。\n黄丽萍 摄\n\n"
        "“年轻人法律意识淡薄，是被不法分子利用的重要原因。”办案检察官表示。\n";
    const Page third = segment(caption);
    check_invariants(caption, third);
    REQUIRE(third.articles.size() == 1);
    CHECK(third.articles[0].captions.size() == 1);
    CHECK(paragraph_texts(third.articles[0]).size() == 2);
}

TEST_CASE(
    "segmenter: a name set solid over the writer's unit signs the piece above, bulleted news "
    "sentences under a briefs label are briefs",
    "[segmenter]") {
    const std::string text =
        "读懂乡土中国的当代变迁\n\n"
        "《村庄里的中国》一书以作者十余年田野调查为基础，选取东中西部六个村庄作为观察样本。\n\n"
        "为读者理解乡村振兴提供了一个可信的微观视角。\n\n"
        "罗晓燕\n（作者单位：华中师范大学中国农村研究院）\n\n"
        "财经简讯\n"
        "●日前，我省发布第二批制造业数字化转型项目名单，共有八十六个项目入选。\n"
        "●截至2月末，全省本外币贷款余额同比增长百分之九点二。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "罗晓燕");
    CHECK(page.articles[1].headlines.empty());
    CHECK(page.articles[2].headlines.empty());
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text == "财经简讯"; }));
}

TEST_CASE(
    "segmenter: a reader's letter signed without a name keeps the editor's reply, the page "
    "header's words repeated mid-page are furniture",
    "[segmenter]") {
    const std::string letter =
        "孩子不愿跟我说话了怎么办\n\n"
        "编辑同志：\n\n"
        "我女儿今年上初二，以前放学回家总是讲学校里的事，现在一进门就关上房门。\n\n"
        "我很担心她在学校遇到什么事不愿告诉我。请问我该怎么和她沟通？\n\n"
        "河北石家庄 一位焦虑的母亲\n\n"
        "编者：\n\n"
        "这位妈妈，您好！青春期的孩子开始有了独立意识，这是成长中的正常现象。\n\n"
        "父母再忙，也要留出固定的陪伴时间。\n\n"
        "社区“妈妈课堂”覆盖十万余户家庭\n\n"
        "本报讯 记者从省妇联获悉，全省社区“妈妈课堂”已覆盖十万余户家庭。\n";
    const Page first = segment(letter);
    check_invariants(letter, first);
    REQUIRE(first.articles.size() == 2);
    CHECK(first.articles[0].authors.empty());
    CHECK(paragraph_texts(first.articles[0]).size() == 6);
    CHECK(paragraph_texts(first.articles[0])[3] == "编者：");

    const std::string header =
        "教育时报                                       2026年10月22日 星期四\n"
        "基础教育                                                     3\n"
        "主编：邓立群  责任编辑：方晓蕾\n\n"
        "课后服务“提质”进行时\n\n本报记者 蒋亦凡\n\n"
        "下午四点半，南京市某小学的操场上，足球、合唱、编程等社团活动同时开展。\n\n"
        "教育时报 · 基础教育\n\n"
        "学校负责人介绍，课后服务已覆盖全校九成以上学生，家长满意度明显提升。\n";
    const Page second = segment(header);
    check_invariants(header, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(second.articles[0].crossheads.empty());
    CHECK(paragraph_texts(second.articles[0]).size() == 2);
    CHECK(second.unplaced.empty());
}

TEST_CASE(
    "segmenter: a classical couplet quoted line by line under a colon, a related-news pointer, "
    "a headline printed at the page's end after its dateline and text",
    "[segmenter]") {
    const std::string couplet =
        "诗人笔下的重阳\n\n本报记者 林晓\n\n"
        "唐代诗人对重阳多有吟咏。王维少年客居长安，写下了流传千古的思乡之句：\n"
        "独在异乡为异客，\n每逢佳节倍思亲。\n"
        "杜甫晚年漂泊夔州，重阳登高时百感交集，留下了许多名篇。\n";
    const Page first = segment(couplet);
    check_invariants(couplet, first);
    REQUIRE(first.articles.size() == 1);
    CHECK(paragraph_texts(first.articles[0]).size() == 4);

    const std::string tail =
        "連假人潮湧入大稻埕\n\n"
        "〔記者陳怡君／台北報導〕四天連假期間，台北市大稻埕、北投等商圈湧入大批遊客。\n\n"
        "觀傳局回應，將研議於假日加開接駁公車。\n\n"
        "（相關新聞見A7）\n\n"
        "〔記者黃志明／新竹報導〕新竹市政府昨宣布，護城河親水公園整修完成，今起重新開放。\n"
        "護城河親水公園重新開放\n";
    const Page second = segment(tail);
    check_invariants(tail, second);
    REQUIRE(second.articles.size() == 2);
    CHECK(headline_texts(second.articles[1]) == Texts{"護城河親水公園重新開放"});
    CHECK(std::any_of(second.furniture.begin(), second.furniture.end(),
                      [](const auto& f) { return f.text == "（相關新聞見A7）"; }));
    CHECK(second.unplaced.empty());
}

TEST_CASE("segmenter: a centred title in a hard-wrapped page after its signer and first paragraph",
          "[segmenter]") {
    const std::string text =
        "      镇党政办 周 蕾\n"
        "  8月12日，我镇召开秋季防汛暨安全生产\n"
        "工作会议，镇班子成员、各村（社区）党组\n"
        "织书记参加会议。\n"
        "       我镇召开秋季防汛暨安全生产工作会议\n"
        "  会议通报了上半年全镇安全生产形势，\n"
        "部署了秋汛期间河道巡查、山塘水库安全度\n"
        "汛等重点工作。镇党委书记王德明要求，各\n"
        "村要落实二十四小时值班制度，对地质灾害\n"
        "隐患点逐一落实监测责任人，确保不漏一处、\n"
        "不留死角。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"我镇召开秋季防汛暨安全生产工作会议"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "周蕾");
}

TEST_CASE(
    "segmenter: a byline printed over its headline after an unsigned article, an editor's note "
    "over the page's first headline, a bare caption at the page's end",
    "[segmenter]") {
    const std::string text =
        "編者按：畢業季臨近，本報今起推出系列報道，講述青年人在基層建功立業的故事。\n\n"
        "北部都會區三幅用地招標\n\n"
        "本報訊（記者 梁嘉儀）發展局昨日公布，三幅用地位於新田科技城一帶，總面積約十二公頃。\n\n"
        "文：黃詠琳 圖：李卓賢\n\n"
        "石澳漁村 百年茶檔的堅持\n\n"
        "清晨六時，石澳村口的茶檔已經開爐。第三代傳人何伯一邊沖奶茶，一邊招呼熟客。\n\n"
        "何伯說，近年不少年輕人專程入村打卡，茶檔生意比以前更好。\n\n"
        "何伯在茶檔沖奶茶。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(paragraph_texts(page.articles[0]).size() == 2);
    CHECK(paragraph_texts(page.articles[0])[0].find("編者按") == 0);
    CHECK(headline_texts(page.articles[1]) == Texts{"石澳漁村 百年茶檔的堅持"});
    CHECK(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].captions.size() == 1);
    CHECK(paragraph_texts(page.articles[1]).size() == 2);
    CHECK(page.unplaced.empty());
}

TEST_CASE(
    "segmenter: a label over briefs opened by their datelines, a Q&A box's first question is "
    "no title, marks left by a scan after finished text",
    "[segmenter]") {
    const std::string briefs =
        "社區新聞\n"
        "【本報消息】社會工作局與多個社團合辦的長者健康講座昨日舉行，逾百名長者參加。\n\n"
        "【本報消息】民政總署轄下路環圖書館完成翻新工程，今日起重新開放。\n\n"
        "格蘭披治大賽車周末開鑼\n\n"
        "第七十二屆澳門格蘭披治大賽車本周末舉行，交通部門將實施臨時交通措施。\n";
    const Page first = segment(briefs);
    check_invariants(briefs, first);
    REQUIRE(first.articles.size() == 3);
    CHECK(first.articles[0].headlines.empty());
    CHECK(std::any_of(first.furniture.begin(), first.furniture.end(),
                      [](const auto& f) { return f.text == "社區新聞"; }));

    const std::string box =
        "【科技问答】\n"
        "问：什么是5G-A？和5G有什么区别？\n"
        "答：5G-A即5G-Advanced，是5G的演进版本，在速率、时延等方面都有提升。\n"
        "问：现在的5G手机能用5G-A网络吗？\n"
        "答：需要手机芯片和系统支持5G-A。\n\n"
        "C919执飞深圳至上海航线满月\n\n"
        "本报讯（记者 林晓）国产大飞机C919执飞深圳至上海航线已满一个月，运行平稳。\n"
        "．、\n";
    const Page second = segment(box);
    check_invariants(box, second);
    REQUIRE(second.articles.size() == 2);
    CHECK(headline_texts(second.articles[0]) == Texts{"【科技问答】"});
    CHECK(paragraph_texts(second.articles[0]).size() == 4);
    REQUIRE(paragraph_texts(second.articles[1]).size() == 1);
    CHECK(paragraph_texts(second.articles[1])[0].find("．、") == std::string::npos);
}

TEST_CASE("segmenter: 本版简讯, a note about the page, labels the run-in briefs under it",
          "[segmenter]") {
    const std::string text =
        "让红色资源“活”起来\n\n本报记者 钟晓芸\n\n"
        "井冈山市近年来推动红色旅游提质升级，今年一季度接待游客同比增长百分之十二。\n\n"
        "本版简讯\n\n"
        "瑞金“红色走读”线路开通 近日，瑞金市推出5条“红色走读”精品线路，串联起多处旧址。\n\n"
        "萍乡安源举办工运史料展 4月15日，安源路矿工人运动史料展开展，展出史料300余件。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[1].headlines.empty());
    CHECK(page.articles[2].headlines.empty());
}

TEST_CASE(
    "segmenter: a credit for a contributor signs no section, a question crosshead may quote a "
    "word, a lawyer's sign-off under an answer, a caption after a result line is no photo news",
    "[segmenter]") {
    const std::string feature =
        "县城青年创业观察\n\n中青报·中青网记者 唐逸舟\n\n"
        "越来越多的青年选择回到县城创业，带动了当地就业和消费。\n\n"
        "一间工作室带动三十户\n\n"
        "95后返乡青年开设的竹编工作室，已带动周边三十户村民增收。\n\n"
        "一片竹林怎样变成“碳票”？\n\n"
        "县里把竹林碳汇量核算成碳票，村民可以凭票获得收益，已有两百户领到碳票。\n\n"
        "（中青报·中青网记者 刘思源对本文亦有贡献）\n\n"
        "网购退货有哪些例外\n\n"
        "读者李女士问：网购的定制商品能否七天无理由退货？\n\n"
        "答：定制商品、鲜活易腐商品等不适用七天无理由退货，但商品有质量问题的除外。\n\n"
        "律师 黄立军\n\n"
        "中超第十轮部分赛果\n\n上海海港 2:0 成都蓉城\n\n浙江队 0:2 武汉三镇\n\n"
        "申花队员在比赛中拼抢。 新民晚报记者 郭新洋 摄\n\n"
        "申花客场拿下一分\n\n新民晚报记者 厉苒苒\n\n"
        "昨晚，申花队客场1比1战平国安，积分榜上保持领先。\n";
    const Page page = segment(feature);
    check_invariants(feature, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].authors.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "黄立军");
    CHECK(page.articles[1].authors[0].role_text == "律师");
    CHECK(page.articles[2].authors.empty());
    CHECK(page.articles[2].captions.size() == 1);
}

TEST_CASE(
    "segmenter: a list of names and posts under a title, a column name over a displaced title "
    "whose second line is a short question",
    "[segmenter]") {
    const std::string list =
        "2026年度局“火车头奖章”获奖人员名单\n\n"
        "马永福 格尔木工务段关角线路工区工长\n\n李秀兰 西宁客运段列车长\n\n"
        "赵国庆 西宁机务段动车组司机\n\n王晓军 格尔木电务段信号工\n\n"
        "太原局开展冬季行车安全专项检查\n\n通讯员 张晋\n\n"
        "为确保冬季运输安全，太原局集团公司近日启动冬季行车安全专项检查。\n";
    const Page first = segment(list);
    check_invariants(list, first);
    REQUIRE(first.articles.size() == 2);
    CHECK(headline_texts(first.articles[0]) == Texts{"2026年度局“火车头奖章”获奖人员名单"});
    CHECK(paragraph_texts(first.articles[0]).size() == 4);
    REQUIRE(first.articles[1].authors.size() == 1);

    const std::string column =
        "【街坊有事】\n\n文/羊城晚报记者 梁嘉欣\n\n"
        "“以前落楼买餸要扶住栏杆慢慢行，而家有电梯，一按就到。”今年七十岁的陈伯笑着说。\n\n"
        "加装电梯“最后一票”\n点样搞掂？\n\n"
        "老旧小区加装电梯，往往卡在低层住户的“最后一票”上。\n\n"
        "低层住户有顾虑怎么办？\n\n"
        "街道请来设计单位现场讲解，调整电梯井位置，减少对低层采光的影响。\n\n"
        "资金从哪里来？\n\n"
        "按照政策，每台电梯可申请财政补贴，其余费用由业主按楼层分摊。\n";
    const Page second = segment(column);
    check_invariants(column, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(headline_texts(second.articles[0]) ==
          Texts{"【街坊有事】", "加装电梯“最后一票”", "点样搞掂？"});
    CHECK(second.articles[0].crossheads.size() == 2);
}

TEST_CASE(
    "segmenter: quotations attributed after a dash end their paragraphs, a masthead line in "
    "Latin capitals mid-page, question crossheads right after a dateline lead",
    "[segmenter]") {
    const std::string quotes =
        "台胞心声\n\n"
        "“三年前我来平潭开民宿，现在已经开到第三家了。这里的政策实实在在。”——台湾青年林彦廷\n"
        "“在福州做茶文创，客人一半来自大陆各地。”——台湾青年许嘉玲\n";
    const Page first = segment(quotes);
    check_invariants(quotes, first);
    REQUIRE(first.articles.size() == 1);
    CHECK(paragraph_texts(first.articles[0]).size() == 2);

    const std::string science =
        "我国科学家揭示水稻耐盐新机制\n\n——有望为盐碱地作物育种提供新靶点\n\n"
        "本报讯（记者 林晓）我国科研团队近日在国际期刊发表论文，揭示了水稻耐盐的新机制。\n\n"
        "为什么有的水稻更“耐咸”？\n\n"
        "论文通讯作者介绍，团队对来自沿海滩涂的数百份水稻材料进行了比较研究。\n\n"
        "中国科学报　　CHINA SCIENCE DAILY\n\n"
        "离田间应用还有多远？\n\n"
        "研究团队已将优异等位变异导入两个主栽品种，正在盐碱地开展试种。\n";
    const Page second = segment(science);
    check_invariants(science, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(second.articles[0].crossheads.size() == 2);
    CHECK(std::any_of(second.furniture.begin(), second.furniture.end(),
                      [](const auto& f) { return f.text == "中国科学报　　CHINA SCIENCE DAILY"; }));
}

TEST_CASE(
    "segmenter: a section name and labelled editors on one line are page furniture, a "
    "salutation naming the editor is not",
    "[segmenter]") {
    const std::string text =
        "要闻  责任编辑：龙  敏  版式设计：潘  婷\n\n"
        "黔东南州茶产业链条持续延伸\n\n本报记者 王芳\n\n"
        "今年春茶季，黔东南州茶叶产值同比增长两成以上，茶农收入稳步提高。\n\n"
        "读者来信\n\n"
        "编辑同志：我家小区地下车库至今没有充电桩，每次充电都要开到两公里外。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"黔东南州茶产业链条持续延伸"});
    REQUIRE(paragraph_texts(page.articles[1]).size() == 1);
    CHECK(paragraph_texts(page.articles[1])[0].find("编辑同志") == 0);
}

TEST_CASE("segmenter: whole lines of a classical poem under their introduction are verse",
          "[segmenter]") {
    const std::string text =
        "秋天的诗意\n\n林晚枫\n\n"
        "杜甫一生颠沛，写秋的诗尤其多。最为人熟知的，大概是那首《登高》：\n\n"
        "风急天高猿啸哀，渚清沙白鸟飞回。\n\n"
        "无边落木萧萧下，不尽长江滚滚来。\n\n"
        "千年之后读来，秋的苍凉与壮阔依然扑面而来。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(paragraph_texts(page.articles[0]).size() == 4);
}

TEST_CASE(
    "segmenter: a bracketed section head set off by blank lines in a hard-wrapped bylined "
    "report, an unfinished line under a numbered head a blank line apart, cut by a page header",
    "[segmenter]") {
    const std::string hard_wrapped =
        "口岸通关再提速\n\n本报记者　邵明辉\n\n"
        "　　8月下旬，前湾港区集装箱码头，一批冷冻水产品刚卸\n"
        "下船，便直接装上等候在船边的冷藏车驶离港区。\n\n"
        "【“一次申报”少跑腿】\n\n"
        "　　今年以来，海关推动进出口货物“一次申报、分步处置”\n"
        "改革扩面，企业在货物抵港前即可完成申报。\n"
        "　　据统计，整体通关时间较去年同期压缩了一成以上。\n";
    const Page first = segment(hard_wrapped);
    check_invariants(hard_wrapped, first);
    REQUIRE(first.articles.size() == 1);
    REQUIRE(first.articles[0].crossheads.size() == 1);
    CHECK(first.articles[0].crossheads[0].text == "【“一次申报”少跑腿】");

    const std::string cut =
        "哈尔滨日报　　2026年12月22日　星期二　　　　　　3　冰城要闻\n\n"
        "冰雪季开局红火\n\n本报记者　孙博文\n\n"
        "入冬以来，冰城冰雪旅游持续升温，全市累计接待游客约420万人次。\n\n"
        "（一）新项目引客来\n\n"
        "今冬，哈尔滨冰雪\n\n"
        "哈尔滨日报　　2026年12月22日　星期二　　　　　　3　冰城要闻\n\n"
        "大世界园区面积进一步扩大，新增冰雪演艺等体验项目。\n\n"
        "（二）服务细节暖人心\n\n"
        "中央大街沿线增设了20余处“温暖驿站”，为游客免费提供热水。\n";
    const Page second = segment(cut);
    check_invariants(cut, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(second.articles[0].crossheads.size() == 2);
    const Texts paragraphs = paragraph_texts(second.articles[0]);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(),
                    "今冬，哈尔滨冰雪大世界园区面积进一步扩大，新增冰雪演艺等体验项目。") !=
          paragraphs.end());
}

TEST_CASE(
    "segmenter: a headline line printed under the byline joins the headline, an organisation "
    "alone under the headline signs the piece but is no author, a dated bare caption",
    "[segmenter]") {
    const std::string under_byline =
        "“三街两巷”夜游人气旺\n\n记者 韦思颖 通讯员 陆海燕\n\n邕江两岸夜景提升\n\n"
        "入夏以来，南宁市持续推进邕江两岸夜景提升工程，新增亮化灯具两千余套。\n\n"
        "街区运营方介绍，今年暑期街区日均客流量超过五万人次。\n\n"
        "多品牌推出限时置换补贴\n\n本报记者 许文杰 贾\n婷\n\n年末车市促销升温——\n\n"
        "临近年末，各地车市促销活动明显升温，部分新能源车型综合优惠超过两万元。\n";
    const Page first = segment(under_byline);
    check_invariants(under_byline, first);
    REQUIRE(first.articles.size() == 2);
    CHECK(headline_texts(first.articles[0]) == Texts{"“三街两巷”夜游人气旺", "邕江两岸夜景提升"});
    CHECK(first.articles[0].authors.size() == 2);
    REQUIRE(first.articles[1].headlines.size() == 2);
    CHECK(std::any_of(first.articles[1].headlines.begin(), first.articles[1].headlines.end(),
                      [](const auto& h) {
                          return h.text == "年末车市促销升温——" && h.role == HeadlineRole::kicker;
                      }));
    REQUIRE(first.articles[1].authors.size() == 2);
    CHECK(first.articles[1].authors[1].name == "贾婷");

    const std::string unit =
        "守好“最后一公里”的温度\n\n浙江省安吉县邮政分公司\n\n"
        "今年以来，我们在全县推行“一村一员”投递服务模式，每位乡邮员固定负责若干行政村。\n\n"
        "对于独居老人，乡邮员还会主动上门代收代寄，帮忙读信填单。\n";
    const Page second = segment(unit);
    check_invariants(unit, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(headline_texts(second.articles[0]) == Texts{"守好“最后一公里”的温度"});
    CHECK(second.articles[0].authors.empty());
    CHECK(paragraph_texts(second.articles[0]).size() == 2);

    const std::string caption =
        "夜经济“点亮”老城区\n\n记者 高晓燕 文图 马骏\n\n"
        "今年入夏以来，二七区在德化街等老街区推出“夜游二七”系列活动。\n\n"
        "7月16日晚，市民在德化步行街文创集市选购商品。\n\n"
        "摊主收入稳步增长\n\n"
        "据区商务局统计，6月以来，二七广场周边夜间客流同比增长31%。\n";
    const Page third = segment(caption);
    check_invariants(caption, third);
    REQUIRE(third.articles.size() == 1);
    CHECK(third.articles[0].captions.size() == 1);
    CHECK(paragraph_texts(third.articles[0]).size() == 2);
}

TEST_CASE(
    "segmenter: bulleted briefs with run-in heads under a label, classical verse under a "
    "dateline lead that introduces it",
    "[segmenter]") {
    const std::string briefs =
        "园区动态\n\n"
        "●　太湖国际科技园举办产学研对接会　6月1日，40余名专家与园区企业开展技术对接。\n\n"
        "●　梅村街道开展安全生产专项检查　近日，梅村街道组织专家开展安全生产检查。\n\n"
        "●　硕放街道人才公寓投入使用　首批400套人才公寓近日交付。\n";
    const Page first = segment(briefs);
    check_invariants(briefs, first);
    REQUIRE(first.articles.size() == 3);
    for (const auto& a : first.articles) CHECK(a.headlines.empty());
    CHECK(paragraph_texts(first.articles[1])[0].find("梅村街道") == 0);

    const std::string verse =
        "东枝华人社团联合举办中秋晚会\n\n"
        "【本报东枝讯】东枝华人各社团日前联合举办中秋晚会。晚会上，华校师生表演了诗朗诵"
        "《静夜思》：\n\n"
        "床前明月光，疑是地上霜。\n\n举头望明月，低头思故乡。\n\n"
        "主办方表示，希望通过节庆活动传承中华文化。\n";
    const Page second = segment(verse);
    check_invariants(verse, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(paragraph_texts(second.articles[0]).size() == 4);
}

TEST_CASE(
    "segmenter: a two-character section name over the page's first byline, a plain title "
    "twice as long as the plain section heads before it, the top header repeated line by line",
    "[segmenter]") {
    const std::string text =
        "贵阳晚报 2025年7月22日 星期二 A05\n\n民生\n\n贵阳晚报记者 杨正华\n\n"
        "连日来，花溪区多个社区开展“避暑纳凉进社区”活动，志愿者上门看望独居老人。\n\n"
        "社区志愿者送清凉到家门\n\n"
        "花溪区民政部门介绍，全区已组建社区志愿服务队一百余支。\n\n"
        "观山湖区新增口袋公园十二个\n\n贵阳晚报记者 龙琳\n\n"
        "记者从观山湖区获悉，今年以来，该区新建口袋公园十二个。\n\n"
        "小空间有大用途\n\n"
        "在金阳街道一处口袋公园里，健身器材和休息座椅一应俱全。\n\n"
        "居民参与设计\n\n"
        "每个口袋公园在设计阶段都征集了居民意见。\n\n"
        "多条公交线路延长夜间运营时间\n\n"
        "为方便市民夏季夜间出行，公交集团自7月20日起延长十余条线路末班车时间。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"社区志愿者送清凉到家门"});
    CHECK(page.articles[1].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"多条公交线路延长夜间运营时间"});

    const std::string repeated =
        "青岛早报\n\n2025年6月12日 星期四\n\nA04 城事\n\n"
        "崂山茶园迎来夏茶采摘季\n\n早报记者 孙晓雯\n\n"
        "入夏以来，崂山区一带的茶园陆续开采夏茶，今年茶农普遍采用遮阳网覆盖，茶叶鲜嫩度明显"
        "提\n\n青岛早报\n\n2025年6月12日 星期四\n\nA04 城事\n\n"
        "高。\n\n"
        "村规民约公示\n\n本报记者 王五\n\n"
        "经村民代表大会讨论通过，现将修订后的村规民约予以公示。\n\n"
        "青岛早报\n2025年6月11日\n";
    const Page second = segment(repeated);
    check_invariants(repeated, second);
    REQUIRE(second.articles.size() == 2);
    // The top header's name set solid on a date under a notice is its signature, not furniture.
    CHECK(std::count_if(second.furniture.begin(), second.furniture.end(),
                        [](const auto& f) { return f.text == "青岛早报"; }) == 2);
    REQUIRE(paragraph_texts(second.articles[0]).size() == 1);
    const std::string joined = paragraph_texts(second.articles[0])[0];
    const std::string tail = "明显提高。";
    CHECK(joined.compare(joined.size() - tail.size(), tail.size(), tail) == 0);
}

TEST_CASE(
    "segmenter: triangle-led briefs under a briefs label, run-in heads with a bracketed place "
    "or a figure, a caption set solid under a photographer's credit line",
    "[segmenter]") {
    const std::string text =
        "柬埔寨简讯\n\n"
        "▲柬埔寨上半年大米出口约50万吨，同比增长超过一成，主要出口市场为中国和欧盟。\n\n"
        "▲暹粒省将于本月举办乡村旅游推介会，推广当地手工艺品和特色农产品。\n\n"
        "行业速递\n\n"
        "中欧班列（郑州）开通跨境电商专列  9月15日，一列中欧班列从郑州圃田站驶出。\n\n"
        "上半年快递业务收入同比增长10.2%  据国家邮政局统计，今年上半年快递业务收入同比增长。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    for (const auto& a : page.articles) CHECK(a.captions.empty());
    CHECK(paragraph_texts(page.articles[0])[0].find("柬埔寨上半年") == 0);

    const std::string caption =
        "圖書館分館擴建計畫出爐\n\n記者顏嘉瑩／法拉盛報導\n\n"
        "館方負責人說，法拉盛分館是全市借閱量最高的分館之一。\n\n"
        "圖／記者顏嘉瑩攝\n家長在說明會上發言。\n\n"
        "擴建工程預計明年春季動工，施工期間將設立臨時服務點。\n";
    const Page second = segment(caption);
    check_invariants(caption, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(paragraph_texts(second.articles[0]).size() == 2);
}

TEST_CASE(
    "segmenter: a name alone after a signed piece, over the next title, is that piece's "
    "byline, a dated caption mid-way through a photo story, a paper's imprint line",
    "[segmenter]") {
    const std::string text =
        "跨境电商综试区发展再提速\n□ 本报记者　钟  毅\n"
        "记者从有关部门获悉，今年前三季度，我国跨境电商进出口规模同比增长15%。\n"
        "苏文博\n以高水平开放稳住外贸基本盘\n"
        "当前，全球贸易格局深刻调整，外需不确定性增加。\n"
        "（作者单位：中国国际贸易促进委员会研究院）\n\n"
        "市民踏青正当时\n文/朱  浩　图/刘晓东\n"
        "连日来，随着气温回升，秦淮河沿岸的数百株樱花竞相绽放。\n"
        "4月6日，市民在秦淮河畔赏樱拍照。\n"
        "秦淮区文旅部门提示，赏花高峰期请市民错峰出行。\n\n"
        "南京日报社出版　地址：南京市建邺区江东中路369号\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"以高水平开放稳住外贸基本盘"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "苏文博");
    CHECK(page.articles[2].captions.size() == 1);
    CHECK(paragraph_texts(page.articles[2]).size() == 2);
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.text.find("南京日报社出版") == 0; }));
}

TEST_CASE("segmenter: rows of a data box a blank line apart, cells apart by wide gaps",
          "[segmenter]") {
    const std::string text =
        "稳外贸需在“新”字上下功夫\n\n本报记者 李勇\n\n"
        "今年以来，外贸企业加快开拓新兴市场，新业态新模式持续发力。\n\n"
        "5月份主要经济指标\n\n"
        "制造业PMI  50.3%  较上月+0.6\n\n"
        "非制造业商务活动指数  51.2%  较上月+0.4\n\n"
        "综合PMI产出指数  51.0%  较上月+0.5\n\n"
        "数据来源：国家统计局\n\n"
        "粤港澳大湾区跨境理财通扩容\n\n本报记者 陈明\n\n"
        "自跨境理财通2.0实施以来，大湾区个人投资者参与热情持续提升。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"5月份主要经济指标"});
    CHECK(paragraph_texts(page.articles[1]).size() == 3);
    CHECK(headline_texts(page.articles[2]) == Texts{"粤港澳大湾区跨境理财通扩容"});
}

TEST_CASE(
    "segmenter: a column label over a byline over the title, a signature closing an unsigned "
    "piece before the next byline printed over its headline, a title line ending in a particle",
    "[segmenter]") {
    const std::string text =
        "唐山劳动日报 2025年9月4日 星期四 A2 工会·职工\n\n"
        "一碗粉的\n\n产业新答卷\n\n晚报记者 蓝海燕\n\n"
        "螺蛳粉产业园区内，一条新投产的自动化包装线正全速运转。\n\n"
        "工匠风采\n文/本报记者 郑凯 图/通讯员 霍建国\n\n"
        "钢花飞溅处 他把误差控制在0.1毫米\n\n"
        "清晨六点，唐钢冷轧车间里机器轰鸣，高级技师冯长青已经在产线上巡检。\n\n"
        "【青年学者说】\n\n做科研要耐得住寂寞\n\n"
        "刚进实验室时，我以为科研就是不断有新发现。\n\n"
        "生物工程学院2023级博士研究生 许诺\n\n"
        "通讯员 尹思远 学生记者 蔡佳宁\n\n研究生学术论坛举行\n\n"
        "近日，学校第十届研究生学术论坛举行，三百余名研究生参加。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[0]) == Texts{"一碗粉的", "产业新答卷"});
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"工匠风采", "钢花飞溅处 他把误差控制在0.1毫米"});
    CHECK(page.articles[1].authors.size() == 2);
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "许诺");
    CHECK(page.articles[3].authors.size() == 2);
}

TEST_CASE(
    "segmenter: plain section heads of a hard-wrapped feature under a subtitle, a bracketed "
    "label followed by another column's label is over one item, a caption before a dateline "
    "brief",
    "[segmenter]") {
    const std::string hard_wrapped =
        "海上明月照琴岛\n\n——鼓浪屿音乐季即将开幕\n\n晚报记者 郭晓燕\n\n"
        "　　鹭岛的夏夜，总少不了一场音乐会。今年的“海上\n"
        "明月”系列音乐会将于本月下旬在鼓浪屿音乐厅开幕。\n\n"
        "音乐课进校园\n\n"
        "　　今年首次推出“小岛音乐课”，每周六下午由乐团\n"
        "演奏员为中小学生讲解乐器知识，全部免费参加。\n\n"
        "老琴师的夏天\n\n"
        "　　在鼓浪屿生活了四十多年的钢琴调音师陈德发说，\n"
        "岛上的老钢琴每年音乐季之前都要逐台调试。\n\n"
        "厦金航线增开夜班船\n\n"
        "　　记者从市交通运输部门获悉，厦门至金门航线本月\n"
        "起增开夜间航班，末班船延长至晚上八点半。\n";
    const Page first = segment(hard_wrapped);
    check_invariants(hard_wrapped, first);
    REQUIRE(first.articles.size() == 2);
    CHECK(first.articles[0].crossheads.size() == 2);

    const std::string labels =
        "【工作动态】\n\n全省法律援助案件\n上半年同比增长18%\n\n本报记者 钱进\n\n"
        "今年上半年，全省各级法律援助机构共办理法律援助案件三万余件。\n\n"
        "【以案说法】\n\n农民工被拖欠工资 法律援助助其追回\n\n援助律师 吕志刚 实习律师 邓佳\n\n"
        "2024年11月，农民工黄某等七人务工结束后被拖欠工资。\n";
    const Page second = segment(labels);
    check_invariants(labels, second);
    REQUIRE(second.articles.size() == 2);
    CHECK(headline_texts(second.articles[0]).front() == "【工作动态】");
    CHECK(second.articles[1].authors.size() == 2);

    const std::string caption =
        "牡丹花开引客来\n\n首席记者 张晓峰 通讯员 周建设 文/图\n\n"
        "4月14日，王城公园内各色牡丹竞相绽放，前来赏花的游客络绎不绝。\n\n"
        "游客在王城公园赏牡丹。\n\n"
        "本报洛阳4月14日讯（记者 李想） 今天上午，洛阳市举行牡丹文化节开幕式。\n";
    const Page third = segment(caption);
    check_invariants(caption, third);
    REQUIRE(third.articles.size() == 2);
    CHECK(third.articles[0].captions.size() == 1);
}

TEST_CASE(
    "segmenter: bracketed and news labels over bulleted briefs, a column's compiler note is "
    "furniture, a name set solid over text in a piece closed by its writer's unit",
    "[segmenter]") {
    const std::string briefs =
        "【城事速递】\n\n"
        "●水磨沟区新增3处便民早餐点　记者从水磨沟区商务局获悉，该区新增便民早餐点。\n\n"
        "●“夜游红山”活动启幕　6月1日起，红山公园延长开放时间至23时。\n\n"
        "行业简讯\n\n"
        "●国家药监局近日发布通知，要求各地加强零售药店处方药销售管理。\n\n"
        "●某省医保局宣布，自10月1日起将符合条件的定点药店纳入门诊统筹。\n\n"
        "（本栏目由本报记者 赵  婷 整理）\n";
    const Page first = segment(briefs);
    check_invariants(briefs, first);
    REQUIRE(first.articles.size() == 4);
    for (const auto& a : first.articles) {
        CHECK(a.headlines.empty());
        CHECK(a.authors.empty());
    }

    const std::string signed_essay =
        "汛期矿井防治水工作要抓细抓实\n\n本报记者 郑卫东\n\n"
        "进入主汛期，矿井水害防治形势严峻，各矿要把防治水工作作为重中之重。\n\n"
        "李振宇\n"
        "　　在煤矿生产一线，班组长直接组织生产、带领作业，是落实安全规程的最后一道关口。\n\n"
        "班组长是安全生产的“兵头将尾”\n\n"
        "　　近年来，我们矿坚持把班组建设作为安全管理的基础工程。\n"
        "（作者单位：山西某煤业有限公司）\n";
    const Page second = segment(signed_essay);
    check_invariants(signed_essay, second);
    REQUIRE(second.articles.size() == 2);
    CHECK(headline_texts(second.articles[1]) == Texts{"班组长是安全生产的“兵头将尾”"});
    REQUIRE(second.articles[1].authors.size() == 1);
    CHECK(second.articles[1].authors[0].name == "李振宇");
}

TEST_CASE(
    "segmenter: a bracketed end credit cut in a name, a photo credit over the next headline "
    "after a closed article, a comma couplet title after a data box, labelled figure rows a "
    "blank line apart",
    "[segmenter]") {
    const std::string text =
        "齐齐哈尔冰雪季开幕\n\n"
        "本报讯（记者 王五）12月1日，齐齐哈尔冰雪季正式开幕，并首次推出夜间烤肉集市。\n\n"
        "（记者 宋佳\n怡）\n\n"
        "通讯员 杜鹏飞 摄\n\n嫩江岸边春耕忙\n\n"
        "连日来，嫩江岸边的农户抢抓农时，开展春耕备耕。\n\n"
        "株洲一季度主要经济指标\n\n"
        "规模工业增加值　同比增长7.2%\n\n"
        "固定资产投资　同比增长6.5%\n\n"
        "社会消费品零售总额　同比增长5.8%\n\n"
        "一次献血，一生难忘\n\n"
        "我第一次献血是在大学二年级。那天献完血，护士递给我一本献血证。\n\n"
        "冯晓光\n（作者单位：市中心医院检验科）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[1].name == "宋佳怡");
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "杜鹏飞");
    CHECK(headline_texts(page.articles[2]) == Texts{"株洲一季度主要经济指标"});
    CHECK(paragraph_texts(page.articles[2]).size() == 3);
    CHECK(headline_texts(page.articles[3]) == Texts{"一次献血，一生难忘"});
}

TEST_CASE("segmenter: a short label over the first title, like labels further down the page",
          "[segmenter]") {
    const std::string text =
        "夕阳红学苑\n第48期　　2026年4月30日　　星海区老年大学主办\n\n"
        "学员风采\n\n八旬学员的“书法人生”\n\n文/孟淑华\n\n"
        "走进书法教室，第一排靠窗的位置总坐着一位满头银发的老人。\n\n"
        "活动剪影\n\n春日踏青走进植物园\n\n"
        "四月中旬，学校组织两百余名学员走进市植物园踏青写生。\n\n"
        "诗词园地\n\n春日郊游偶成\n\n"
        "学校诗词班学员近日创作了一批咏春作品，现选登一首。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"学员风采", "八旬学员的“书法人生”"});
}

TEST_CASE(
    "segmenter: 續見 jump markers, captions credited 圖／, unnamed 本報記者攝 or placed (右3), a "
    "right-set signature under the text",
    "[segmenter]") {
    const std::string text =
        "竹北高鐵特區交通改善\n\n"
        "〔記者林佳蓉／竹北報導〕竹北高鐵特區人口快速成長，縣府昨天宣布新增兩條公車路線。\n\n"
        "新竹縣府新增公車路線，改善高鐵特區交通。圖／縣府提供\n\n"
        "吳振宏指出，縣府也將在主要路口調整號誌時制。\n\n"
        "（續見B3版）\n\n"
        "浸大研發讀寫評估工具\n\n"
        "浸會大學團隊研發一套讀寫評估工具，協助老師及早識別有讀寫困難的學生。\n\n"
        "團隊計劃今年內將工具免費開放予全港學校使用。\n"
        "                                                    ■香港文匯報記者 李穎欣\n\n"
        "浸大團隊示範如何使用閱讀評估工具。（資料圖片）\n\n"
        "本澳球會主場勝出\n\n"
        "【本報訊】本澳球會昨晚主場以二比一擊敗對手，取得聯賽三連勝。\n\n"
        "■本澳球會球員（紅衣）入球後慶祝。本報記者攝\n\n"
        "郑国华（右3）代表培华华小接领拨款支票。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].captions.size() == 1);
    CHECK(paragraph_texts(page.articles[0]).size() == 2);
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.kind == FurnitureKind::jump_marker; }));
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "李穎欣");
    CHECK(page.articles[2].captions.size() == 2);
}

TEST_CASE(
    "segmenter: a heading repeating the title's words in a hard-wrapped dateline item, "
    "bulleted briefs under 動態, run-in briefs under 资讯",
    "[segmenter]") {
    const std::string text =
        "氹仔社區中心辦親子閱讀日\n\n"
        "　　【本報消息】氹仔社區中心上周六舉辦親子閱讀日\n"
        "，邀請本地兒童文學作家分享創作經驗。\n\n"
        "親子閱讀日吸引逾百個家庭參加\n\n"
        "　　中心負責人李嘉欣表示，閱讀是親子溝通的橋樑，\n"
        "中心每月將定期舉辦主題故事會。\n\n"
        "社區動態\n\n"
        "　　●望廈坊會本周六舉辦社區清潔日，向參加居民派發清潔用品，歡迎居民踴躍報名參加。\n"
        "　　●下環街坊會將於四月舉辦長者智能手機班，即日起接受報名，名額三十個。\n\n"
        "行业资讯\n\n"
        "奶牛乳房炎新型检测试纸获批  一种可在15分钟内判读结果的检测试纸日前获批。\n\n"
        "全国兽药残留监控计划发布  农业农村部日前印发年度兽药残留监控计划。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(page.articles[0].crossheads.size() == 1);
    for (std::size_t i = 1; i < page.articles.size(); ++i)
        CHECK(page.articles[i].headlines.empty());
}

TEST_CASE(
    "segmenter: triangle briefs closed by a bracketed credit under 简讯, a compiled report's "
    "place in a bracketed dateline",
    "[segmenter]") {
    const std::string text =
        "简讯\n\n"
        "▲5月15日，贵阳轨道交通3号线二期工程首台架桥机完成拼装，进入调试阶段。\n\n"
        "▲近日，中铁十八局城轨公司组织开展汛期应急抢险演练，模拟车站进水处置。（通讯员 赵晓宁）\n\n"
        "▲长沙地铁8号线北延段全部车站主体结构封顶，计划明年6月开通运营。\n\n"
        "清迈机场扩建明年动工\n\n"
        "（曼谷综合报道）泰国机场公司日前表示，清迈国际机场扩建工程已完成环境影响评估。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "赵晓宁");
    CHECK(paragraph_texts(page.articles[3])[0].find("泰国机场公司") == 0);
}

TEST_CASE(
    "segmenter: an unsigned one-paragraph item at the page's end after a bylined article with "
    "no section heads, a section head with more text after it stays one",
    "[segmenter]") {
    const std::string tail =
        "紡織業轉型機能布料\n文／張家瑋　圖／許文宏\n\n"
        "彰化一家創立四十年的織布廠，三年前投入回收聚酯纖維研發，如今機能布料已占營收六成。\n\n"
        "第二代經營者表示，傳統代工毛利不到一成，轉型後毛利率拉升至兩成以上。\n\n"
        "石化報價小幅走揚\n\n"
        "受國際原油價格回升帶動，本週亞洲乙烯、丙烯報價小幅上漲。\n\n"
        "編輯／黃淑芬　　　經濟日報 產業 A13\n";
    const Page first = segment(tail);
    check_invariants(tail, first);
    REQUIRE(first.articles.size() == 2);
    CHECK(first.articles[1].authors.empty());

    const std::string section =
        "紡織業轉型機能布料\n文／張家瑋\n\n"
        "彰化一家創立四十年的織布廠，三年前投入回收聚酯纖維研發。\n\n"
        "第二代經營者表示，傳統代工毛利不到一成。\n\n"
        "轉型之路並不平坦\n\n"
        "廠方坦言，研發初期投入大量資金，良率一度不到五成。\n\n"
        "如今產品已通過多項國際認證，訂單穩定成長。\n";
    const Page second = segment(section);
    check_invariants(section, second);
    REQUIRE(second.articles.size() == 1);
    CHECK(second.articles[0].crossheads.size() == 1);
}

TEST_CASE("segmenter: a full line set solid under a hard-wrapped lead's unfinished first line",
          "[segmenter]") {
    const std::string text =
        "冬季林下“绿色银行”越抚越旺\n\n记者 于海洋\n\n"
        "    连日来，海林市各林场抓住冬季\n有利时机，组织人员开展森林抚育作\n"
        "业，截至目前已完成抚育面积三万二\n千亩。\n\n"
        "    近年来，海林市把森林抚育与林下\n经济结合起来，在抚育后的林地套种\n"
        "五味子、刺五加等中药材，带动林区\n职工增收。\n\n"
        "雪乡冰雪季首日迎客过万\n\n"
        "    本报讯  12月1日，位于牡丹江\n市所辖海林市的中国雪乡景区正式开\n"
        "启新一季冰雪旅游，首日接待游客一\n万零三百人次。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"雪乡冰雪季首日迎客过万"});
    REQUIRE(paragraph_texts(page.articles[1]).size() == 1);
}

TEST_CASE(
    "segmenter: a signature a blank line over its writer's unit, bracketed sibling heads "
    "before a label, sections under a two-line headline of a dateline story, a wire item "
    "opening with its source, a quoted couplet over two lines",
    "[segmenter]") {
    const std::string text =
        "读诗识汉中\n\n"
        "读诗，是与古人对话，也是与山河对话。汉中的文脉，就藏在这些诗句里。\n\n"
        "刘文博\n\n（作者单位：汉中市博物馆）\n\n"
        "林子揚開轟飆5打點\n統一獅主場橫掃樂天桃猿\n\n"
        "〔記者吳政宏／台南報導〕統一獅昨在台南球場以8比3擊敗樂天桃猿，完成主場三連勝。\n\n"
        "先發投手穩健\n\n"
        "統一獅先發洋投摩爾主投6局僅失1分，飆出7次三振，本季拿下第2勝。\n\n"
        "日本拟扩大外国护理人员接收规模\n\n"
        "据日本共同社20日报道，日本政府计划从明年起进一步放宽外国护理人员在日工作的条件。\n\n"
        "竹刻老人刘永福\n\n本报记者 李娟\n\n"
        "刘永福最得意的一件作品，是一方刻有古诗的竹制笔筒，另一面刻着他最喜欢的两句诗：\n\n"
        "“孤帆远影碧空尽，\n唯见长江天际流。”\n\n"
        "如今，他的竹刻作品已被多家博物馆收藏。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "刘文博");
    CHECK(page.articles[1].crossheads.size() == 1);
    CHECK(headline_texts(page.articles[2]) == Texts{"日本拟扩大外国护理人员接收规模"});
    CHECK(paragraph_texts(page.articles[3]).size() == 4);
}

TEST_CASE(
    "segmenter: numbered sections under a headless dateline item, couplet headlines with "
    "figures are no table rows, a masthead over a date line with the editor",
    "[segmenter]") {
    const std::string text =
        "中国农村信用合作报\n2025年10月14日　星期二　　第3版　　基层动态　　本版编辑：何静\n\n"
        "营口港海铁联运班列开行\n\n记者　王五\n\n"
        "7月8日，一列满载汽车配件的“海铁联运”班列从营口港驶出。\n\n"
        "本报营口7月8日电（记者　田甜）　营口市今天发布上半年口岸运行数据。\n\n"
        "（一）海关通关时间压缩\n\n"
        "据营口海关介绍，上半年进口整体通关时间压缩至二十小时以内。\n\n"
        "（二）跨境电商保持增长\n\n"
        "上半年，营口跨境电商进出口额同比增长一成以上。\n\n"
        "詐團假冒檢警　騙走退休教師800萬\n銀行行員警覺報案　警方逮捕車手3人\n\n"
        "〔記者林佳蓉／新北報導〕新北市一名70歲退休教師接到假冒檢警的電話，遭騙走800萬元。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) == Texts{"营口港海铁联运班列开行"});
    CHECK(page.articles[1].headlines.empty());
    CHECK(page.articles[1].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[2]).size() == 2);
}

TEST_CASE(
    "segmenter: a header line repeated with a one-digit page number, numbered sections whose "
    "text opens with the news time, Singapore-style 报道 · bylines",
    "[segmenter]") {
    const std::string text =
        "乐山日报\n要闻　３\n2026年4月15日　星期三\n\n"
        "水毁工程修复进度过半\n——全省水利设施灾后恢复重建综述\n\n本报记者 张三\n\n"
        "汛期过后，全省水毁水利工程修复全面展开，各地加快推进工程建设。\n\n"
        "一、摸清底数，分类施策\n"
        "各地组织技术人员对水毁工程逐一排查，建立问题清单和修复台账。\n\n"
        "乐山日报　要闻　３\n\n"
        "二、加快进度，保证质量\n"
        "截至8月底，已完成修复水毁堤防320公里、护岸85处、灌排泵站46座。\n\n"
        "组屋楼下小贩中心翻新\n\n报道 · 林慧敏\n摄影 · 陈志强\n\n"
        "位于宏茂桥的一个小贩中心完成翻新，重新开放后人流明显增加。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].authors[0].role_text == "报道");
}

TEST_CASE("segmenter: a byline at an article's end before a label over briefs", "[segmenter]") {
    const std::string text =
        "龙子湖畔夜跑人群渐多\n\n"
        "夏夜的龙子湖畔，凉风习习。每到晚上7点以后，环湖步道上跑步的市民越来越多。\n\n"
        "为保障夜间安全，景区管理部门近期对环湖步道照明进行了升级。\n\n"
        "□记者 武梦 通讯员 孔丽\n\n"
        "【民生快讯】\n\n"
        "●淮上区新建3座公厕投用　近日，淮上区曹老集镇新建的3座公厕投入使用。\n\n"
        "●禹会区开展防溺水宣传　连日来，禹会区组织志愿者到河塘沿岸开展宣传。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].authors.size() == 2);
}

TEST_CASE(
    "segmenter: a surname cut at a byline line's end with more roles after its given name, "
    "a Taiwan jump marker 續C3版",
    "[segmenter]") {
    const std::string text =
        "宝鸡高新区新增专精特新企业十家\n\n"
        "本报记者 孙晓明 王\n婷 实习生 赵一鸣 通讯员 何静\n\n"
        "今年以来，宝鸡高新区新增国家级专精特新“小巨人”企业十家。\n\n"
        "（續C3版）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 4);
    CHECK(page.articles[0].authors[1].name == "王婷");
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const auto& f) { return f.kind == FurnitureKind::jump_marker; }));
}

TEST_CASE(
    "segmenter: short heads in a story continued from another page, the third of a numbered "
    "series before a label over briefs",
    "[segmenter]") {
    const std::string continued =
        "右江日报　　2025年5月15日　星期四　　第3版\n\n（上接第一版）\n\n"
        "田东县林逢镇的芒果园里，一串串青绿的芒果挂满枝头，果农正忙着给果子套袋。\n\n"
        "果园里的笑脸\n\n"
        "百色是全国最大的芒果生产基地之一，全市芒果种植面积达到138万亩。\n\n"
        "冷链补短板\n\n"
        "今年全市新建产地冷库二十座，芒果采后损耗明显下降。\n";
    const Page first = segment(continued);
    check_invariants(continued, first);
    REQUIRE(first.articles.size() == 1);
    CHECK(first.articles[0].crossheads.size() == 2);

    const std::string series =
        "货运量持续增长\n\n本报记者 白晓宁\n\n"
        "今年以来，路局货运工作稳中有进，各项指标持续向好。\n\n"
        "（一）大宗物资运输保持稳定\n\n煤炭、粮食等大宗物资运量同比增长。\n\n"
        "（二）集装箱运输快速增长\n\n路局新开通三条集装箱班列线路。\n\n"
        "（三）服务质量持续提升\n\n路局全面推行货运业务网上办理。\n\n"
        "路局快讯\n\n"
        "■新站房投用　近日，某站新站房正式投入使用。\n\n"
        "■冬运动员会召开　路局日前召开冬运动员会。\n";
    const Page second = segment(series);
    check_invariants(series, second);
    REQUIRE(second.articles.size() == 3);
    CHECK(second.articles[0].crossheads.size() == 3);
}

TEST_CASE(
    "segmenter: a role word left at a byline line's end names everyone on the next line, a "
    "title set solid under the header over a byline is no furniture",
    "[segmenter]") {
    const std::string dangling =
        "景区试行分时段预约\n\n本报全媒体记者 宋 晴 见习记者\n龙 欣  实习生 彭 瑶\n\n"
        "5月起，景区试行分时段预约游览。\n";
    const Page wrapped = segment(dangling);
    check_invariants(dangling, wrapped);
    REQUIRE(wrapped.articles.size() == 1);
    REQUIRE(wrapped.articles[0].authors.size() == 3);
    CHECK(wrapped.articles[0].authors[1].name == "龙欣");
    CHECK(wrapped.articles[0].authors[1].role_text == "见习记者");
    CHECK(wrapped.articles[0].authors[2].name == "彭瑶");

    const std::string solid =
        "泰安日报\n2026年4月16日 星期四 03\n泰山区·岱岳区\n聚焦“拼经济、抓项目”\n"
        "泰山区一季度重点项目开工率达九成\n——新开工亿元以上项目18个\n\n"
        "本报记者 韩晓东 通讯员 孟凡荣\n\n今年以来，泰山区坚持把项目建设作为稳增长的“压舱石”。\n";
    const Page top = segment(solid);
    check_invariants(solid, top);
    REQUIRE(top.articles.size() == 1);
    CHECK(headline_texts(top.articles[0]) == Texts{"聚焦“拼经济、抓项目”",
                                                   "泰山区一季度重点项目开工率达九成",
                                                   "——新开工亿元以上项目18个"});
    CHECK(top.articles[0].authors.size() == 2);
}

TEST_CASE(
    "segmenter: a run-in brief head naming its source before a colon, a data box after an "
    "article closed by its credit",
    "[segmenter]") {
    const std::string briefs =
        "竹科營業額年增18%\n〔記者 "
        "陳怡萱／新竹報導〕竹科今年前三季營業額年增18.3%。\n\n財經短波\n\n"
        "壽險業9月保費收入回溫　壽險公會統計，9月保費收入月增9%。\n\n"
        "央行：房市管制措施將續檢視　央行官員表示，將持續觀察房市交易量。\n";
    const Page news = segment(briefs);
    check_invariants(briefs, news);
    REQUIRE(news.articles.size() == 3);
    CHECK(paragraph_texts(news.articles[2]) ==
          Texts{"央行：房市管制措施將續檢視　央行官員表示，將持續觀察房市交易量。"});

    const std::string box =
        "春耕用肥进入旺季\n\n本周国内尿素主流出厂价小幅上涨。\n（本刊记者 周建华）\n\n"
        "本周主要农资参考价格\n尿素（小颗粒）　2180元/吨　较上周↑40\n"
        "磷酸二铵（64%）　3650元/吨　持平\n氯化钾（60%）　2820元/吨　较上周↓20\n"
        "数据来源：本报市场监测点\n\n小麦返青期追肥要“看苗施策”\n\n"
        "山东省农业科学院　刘永刚\n\n小麦返青后进入营养生长旺盛期。\n";
    const Page boxed = segment(box);
    check_invariants(box, boxed);
    REQUIRE(boxed.articles.size() == 3);
    CHECK(headline_texts(boxed.articles[1]) == Texts{"本周主要农资参考价格"});
    CHECK(boxed.articles[1].paragraphs.size() == 3);
}

TEST_CASE(
    "segmenter: a photo credit alone after an article's last paragraph is its author, an "
    "agency's story takes no local 文/图 credit, a piece signed at its end by someone else is "
    "no section",
    "[segmenter]") {
    const std::string credit =
        "天门山索道完成年度检修\n\n5月7日，天门山索道完成年度安全检修，恢复运营。\n\n"
        "杨 帆 摄\n\n市区新增一处口袋公园\n\n位于赫山区康富路的口袋公园近日建成开放。\n";
    const Page photo = segment(credit);
    check_invariants(credit, photo);
    REQUIRE(photo.articles.size() == 2);
    REQUIRE(photo.articles[0].authors.size() == 1);
    CHECK(photo.articles[0].authors[0].name == "杨帆");
    // In brackets, a credit under a photo mid-article stays the caption's.
    const std::string bracketed =
        "老街开街\n\n本报记者 秦川\n\n开街当天，不少老居民专程赶来。\n\n（记者 张伟 摄）\n\n"
        "商户回归带来人气\n\n随着老字号陆续回归，老街的人气旺了起来。\n";
    const Page caption = segment(bracketed);
    REQUIRE(caption.articles.size() == 1);
    CHECK(caption.articles[0].authors.size() == 1);

    const std::string wire =
        "安省宣布上调最低工资\n\n加通社多伦多5月7日电 安大略省政府7日宣布上调最低工资。\n\n"
        "文/林 晓  图/赵 明\n\n唐人街春季美食节周末登场\n\n"
        "唐人街本周末将举办春季美食节。\n\n主办方提醒，部分路段将临时封闭。\n\n"
        "移民二十年再回首\n\n二十年前，我拖着两只箱子落地皮尔逊机场。\n\n"
        "这座城市给了我们新的开始。\n\n（作者为多伦多华人社区义工 许 文 华）\n\n"
        "图书馆开设中文讲座\n\n一家公共图书馆本月起开设中文健康讲座。\n";
    const Page page = segment(wire);
    check_invariants(wire, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(page.articles[0].authors.empty());
    REQUIRE(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].crossheads.empty());
    CHECK(headline_texts(page.articles[2]) == Texts{"移民二十年再回首"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "许文华");
}

TEST_CASE("segmenter: in a hard-wrapped page a sentence set solid over a credit is a caption",
          "[segmenter]") {
    const std::string text =
        "风电装备产业链加速成形\n\n本报记者　苏　敏\n\n"
        "　　今年以来，松原市新能源产业发展提速，风电装\n备、光伏组件等项目陆续投产，带动了一批配套"
        "企\n"
        "业落户，全市新能源装机规模占全市电力总装机的\n比重由五年前的不足三成提高到\n\n\n六成以上。"
        "\n\n"
        "松原经开区一家风电装备企业的生产车间。\n本报记者　闫志强　摄\n\n"
        "　　下一步，松原市将继续围绕新能源装备制造延\n链补链，推动产业集群发展，力争明年产值再上\n"
        "新台阶，为全市经济增长提供新的支撑和动力。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].paragraphs.size() == 2);
    REQUIRE(page.articles[0].captions.size() >= 1);
}

TEST_CASE(
    "segmenter: a data box whose source note stands a blank line under its rows, a byline "
    "under the box heads the next headline",
    "[segmenter]") {
    const std::string text =
        "绿色船舶订单保持高位\n\n本报记者 王海\n\n今年以来，国内主要船企新接订单保持高位。\n\n"
        "前7个月全国造船三大指标\n\n造船完工量　3120万载重吨　同比增长8.6%\n"
        "新接订单量　5480万载重吨　同比增长12.3%\n手持订单量　21650万载重吨　同比增长9.1%\n\n"
        "数据来源：中国船舶工业行业协会\n\n■ 江南造船　周子航　沈　怡\n\n大型LNG运输船\n"
        "实现“一次试航成功”\n\n8月中旬，江南造船建造的大型液化天然气运输船完成试航。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"前7个月全国造船三大指标"});
    CHECK(page.articles[1].paragraphs.size() == 3);
    CHECK(page.articles[1].authors.empty());
    CHECK(page.articles[2].authors.size() == 2);
}

TEST_CASE(
    "segmenter: a title's second line of six characters is no pair of glued names, briefs "
    "with credits on lines of their own under 简讯",
    "[segmenter]") {
    const std::string title =
        "报道：陈慧敏\n\n（大山脚12日讯）威省大山脚新巴士总站工程已完成约85%。\n\n"
        "大山脚新巴士总站\n明年首季启用\n\n市议会工程局主任黄文杰今日在巡视工地后表示。\n";
    const Page displaced = segment(title);
    check_invariants(title, displaced);
    REQUIRE(displaced.articles.size() == 1);
    CHECK(headline_texts(displaced.articles[0]) == Texts{"大山脚新巴士总站", "明年首季启用"});
    REQUIRE(displaced.articles[0].authors.size() == 1);
    CHECK(displaced.articles[0].authors[0].name == "陈慧敏");

    const std::string briefs =
        "侗寨迎来旅游旺季\n\n本报记者 潘虹\n\n肇兴侗寨近日迎来旅游旺季。\n\n简讯\n\n"
        "●台江“村BA”夏季赛下周开打　记者从台江县获悉，夏季赛将于6月8日开赛。\n\n（记者　潘　婧）\n"
        "\n"
        "●黎平侗族大歌进高校　5月29日，侗族大歌传承人走进贵州大学。\n\n（通讯员　吴桂芳）\n";
    const Page page = segment(briefs);
    check_invariants(briefs, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(paragraph_texts(page.articles[1]) ==
          Texts{"台江“村BA”夏季赛下周开打　记者从台江县获悉，夏季赛将于6月8日开赛。"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "吴桂芳");
}

TEST_CASE(
    "segmenter: a question over a box of questions and answers after numbered sections, "
    "titles over a dash subtitle or with a comma subtitle, a photo label over one item",
    "[segmenter]") {
    const std::string qa =
        "儿童安全座椅抽查：近三成批次不合格\n\n本报记者 何静\n\n暑期自驾出游增多。\n\n"
        "一、卡扣强度不达标问题突出\n\n抽查结果显示，不合格项目集中在卡扣强度。\n\n"
        "二、专家建议认准3C标志\n\n专家表示，消费者购买时要认准3C标志。\n\n"
        "家用燃气报警器怎么选？\n\n问：家里用天然气，有必要安装燃气报警器吗？\n\n答：很有必要。\n\n"
        "（本报记者　梁晓燕　采访整理）\n";
    const Page boxed = segment(qa);
    check_invariants(qa, boxed);
    REQUIRE(boxed.articles.size() == 2);
    CHECK(boxed.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(boxed.articles[1]) == Texts{"家用燃气报警器怎么选？"});
    REQUIRE(boxed.articles[1].authors.size() == 1);
    CHECK(boxed.articles[1].authors[0].name == "梁晓燕");

    const std::string dash =
        "明年起，我市城乡居民医保“一老一小”待遇再提升\n——市医保局负责人解读新出台的五项惠民措施\n\n"
        "□本报记者 戴梦瑶  实习生 卞雨晴\n\n近日，市医保局出台五项惠民措施。\n";
    const Page dashed = segment(dash);
    REQUIRE(dashed.articles.size() == 1);
    CHECK(dashed.articles[0].headlines.size() == 2);

    const std::string comma =
        "句容：“一棵草莓”带富一方百姓\n草莓设施大棚面积突破3万亩，全产业链产值超20亿元\n\n"
        "走进句容市白兔镇的草莓种植基地，一排排连栋大棚整齐排列。\n\n"
        "从种苗到品牌，句容草莓走出了一条全产业链发展之路。\n";
    const Page subtitled = segment(comma);
    REQUIRE(subtitled.articles.size() == 1);
    CHECK(subtitled.articles[0].headlines.size() == 2);
    CHECK(subtitled.articles[0].paragraphs.size() == 2);

    const std::string photo =
        "老小区加装电梯提速\n\n本报记者 王敏\n\n今年全区已加装电梯120部。\n\n图片新闻\n\n"
        "锂电装备“出海”忙\n11月29日，工人正在调试即将发往欧洲的锂电设备。\n本报记者 陈暖 摄\n\n"
        "茶园冬管正当时\n\n本报通讯员 刘思远\n\n初冬时节，茶园里一派忙碌景象。\n";
    const Page labelled = segment(photo);
    check_invariants(photo, labelled);
    REQUIRE(labelled.articles.size() == 3);
    CHECK(headline_texts(labelled.articles[1]) == Texts{"图片新闻", "锂电装备“出海”忙"});
}

TEST_CASE(
    "segmenter: a box of labelled figures one blank line apart, a photo label over one item "
    "credited first, a bulleted brief cut by a column break",
    "[segmenter]") {
    const std::string box =
        "碉楼活化利用提速\n\n记者 冯少芳\n\n下一步，塘口镇将编制古村落活化利用导则。\n\n"
        "数读·江门侨乡古村落\n\n现存碉楼：1833座\n\n列入世界文化遗产的碉楼：20座\n\n"
        "已完成修缮的传统村落：56个\n\n数据来源：江门市文化广电旅游体育局\n\n"
        "恩平温泉小镇获评省级旅游度假区\n\n江门日报讯（记者 冯少芳）日前，恩平温泉小镇榜上有名。\n";
    const Page boxed = segment(box);
    check_invariants(box, boxed);
    REQUIRE(boxed.articles.size() == 3);
    CHECK(headline_texts(boxed.articles[1]) == Texts{"数读·江门侨乡古村落"});
    CHECK(paragraph_texts(boxed.articles[1]) ==
          Texts{"现存碉楼：1833座", "列入世界文化遗产的碉楼：20座", "已完成修缮的传统村落：56个"});
    CHECK(boxed.articles[1].authors.empty());

    const std::string photo =
        "稻田综合种养扩面\n\n本报记者 林晓\n\n今年全市稻田综合种养面积继续扩大。\n\n图片新闻\n\n"
        "沙琅江畔晚稻开镰\n\n通讯员　李健宁　摄\n\n连日来，沙琅镇的晚稻陆续成熟，农户抢抓晴好天气收"
        "割。\n\n"
        "本报讯　近日，信宜市举办三华李种植技术培训班。\n";
    const Page labelled = segment(photo);
    check_invariants(photo, labelled);
    REQUIRE(labelled.articles.size() == 3);
    CHECK(headline_texts(labelled.articles[1]) == Texts{"图片新闻", "沙琅江畔晚稻开镰"});

    const std::string briefs =
        "澄海玩具出口增长\n\n本报记者 "
        "陈岚\n\n今年1至10月，澄海区玩具出口额同比增长12%。\n\n【鮀城简讯】\n\n"
        "●汕头港集装箱吞吐量创新高　记者从汕头港务部门获悉，今年汕头港累计完成吞吐量160万标箱。\n\n"
        "●南澳岛迎来观鸟季　随着气温下降，大批候鸟陆续飞抵南澳岛及周边\n\n"
        "海域越冬。南澳县林业部门提醒游客观鸟时保持距离。\n\n"
        "●市图书馆推出潮剧赏析讲座　12月6日起，市图书馆将每周六举办潮剧赏析讲座。\n";
    const Page cut = segment(briefs);
    check_invariants(briefs, cut);
    REQUIRE(cut.articles.size() == 4);
    CHECK(paragraph_texts(cut.articles[2]) ==
          Texts{"南澳岛迎来观鸟季　随着气温下降，大批候鸟陆续飞抵南澳岛及周边海域越冬。"
                "南澳县林业部门提醒游客观鸟时保持距离。"});
}

TEST_CASE(
    "segmenter: a padded name at a byline line's end is no cut surname, a piece with numbered "
    "sections signed at its end by others is its own",
    "[segmenter]") {
    const std::string padded =
        "银发门诊开诊\n\n全媒体记者 刘  坤\n通讯员 夏  丽 "
        "谭志勇\n\n近日，市中心医院银发门诊正式开诊。\n";
    const Page byline = segment(padded);
    check_invariants(padded, byline);
    REQUIRE(byline.articles.size() == 1);
    REQUIRE(byline.articles[0].authors.size() == 3);
    CHECK(byline.articles[0].authors[0].name == "刘坤");
    CHECK(byline.articles[0].authors[1].role_text == "通讯员");

    const std::string signed_piece =
        "青春匠心——\n\n记主控室里的“00后”操纵员\n\n文/图 谢  晴\n\n凌晨两点，主控室里灯火通明。\n\n"
        "设备可靠性管理的几点体会\n\n近年来，我们以设备可靠性管理为抓手推动维修转型。\n\n一、用好数"
        "据\n\n"
        "建立关键设备状态监测数据库。\n\n二、抓好老化管理\n\n针对老旧设备制订老化管理大纲。\n\n"
        "维修二处 王建国 孙  磊\n\n化学处开展取样操作技能比武\n\n本报讯 "
        "近日，化学处开展技能比武。\n";
    const Page page = segment(signed_piece);
    check_invariants(signed_piece, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"设备可靠性管理的几点体会"});
    CHECK(page.articles[1].crossheads.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].authors[1].name == "孙磊");
}

TEST_CASE(
    "segmenter: a sentence over a provider's credit is a caption, a data box over the next "
    "item's byline and lead, a poem whose poet's name stands alone under its title",
    "[segmenter]") {
    const std::string provided =
        "湿地公园开园\n\n本报讯 调兵山市湿地公园日前开园迎客。\n\n改造后的湿地公园一角。\n"
        "（调兵山市委宣传部供图）\n\n据介绍，该项目总面积三百二十公顷，新增水面面积八十公顷。\n";
    const Page photo = segment(provided);
    check_invariants(provided, photo);
    REQUIRE(photo.articles.size() == 1);
    CHECK(photo.articles[0].paragraphs.size() == 2);
    CHECK(photo.articles[0].captions.size() >= 1);

    const std::string box =
        "前三季度我市地区生产总值同比增长6.8%\n□遂宁日报全媒体记者 杨帆\n\n"
        "前三季度，全市经济运行稳中有进。\n\n前三季度全市主要经济指标\n"
        "地区生产总值　1326.5亿元　增长6.8%\n社会消费品零售总额　512.3亿元　增长6.9%\n"
        "数据来源：遂宁市统计局\n\n遂宁日报全媒体记者 胡晓 通讯员 罗艺\n\n"
        "走进射洪经济开发区的一家锂电材料企业，生产线正在满负荷运转。\n\n"
        "射洪锂电材料企业\n智能化改造跑出“加速度”\n\n企业生产部负责人介绍，今年产能提升三成。\n";
    const Page boxed = segment(box);
    check_invariants(box, boxed);
    REQUIRE(boxed.articles.size() == 3);
    CHECK(headline_texts(boxed.articles[1]) == Texts{"前三季度全市主要经济指标"});
    CHECK(boxed.articles[1].paragraphs.size() == 2);

    const std::string poem =
        "四是守牢安全生产底线，深入开展隐患排查。\n\n【职工园地】\n夜巡\n罗小兵\n\n"
        "车灯划开山间的雾\n反光锥在身后排成一行\n对讲机里传来轻轻一句\n“前方畅通，可以返航”\n\n"
        "天快亮的时候\n我们把一夜的风霜\n交给第一辆驶过的车\n\n编辑：邓丽华　审核：何远\n";
    const Page verse = segment(poem);
    check_invariants(poem, verse);
    REQUIRE(verse.articles.size() == 1);
    CHECK(headline_texts(verse.articles[0]) == Texts{"【职工园地】", "夜巡"});
    REQUIRE(verse.articles[0].authors.size() == 1);
    CHECK(verse.articles[0].authors[0].name == "罗小兵");
    CHECK(verse.articles[0].paragraphs.size() == 7);
}

TEST_CASE(
    "segmenter: a jump to another page ends the paragraph, a photo label over an item with no "
    "title, a box of spaced figure rows, a comma title over a writer's name",
    "[segmenter]") {
    const std::string jump =
        "长寿之乡绘新景\n\n本报记者 罗海燕\n\n巴马县相关负责人介绍，该县将进一步完善医疗、交通\n\n"
        "（下转第二版）\n\n图片新闻\n\n11月22日，南丹县白裤瑶群众在晒谷场上进行传统陀螺竞技。\n\n"
        "本报记者 覃德明 摄\n\n河池市1—10月主要经济指标\n\n地区生产总值 1032.6亿元 增长5.8%\n\n"
        "规模以上工业增加值 增长7.2%\n\n社会消费品零售总额 412.3亿元 增长4.6%\n\n"
        "数据来源:河池市统计局\n\n地震来了,室内避险记住这几点\n\n梁晓峰\n\n"
        "地震发生时，身处室内的人员应保持冷静。\n\n（作者单位:广东省地震局）\n";
    const Page page = segment(jump);
    check_invariants(jump, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(paragraph_texts(page.articles[0]) ==
          Texts{"巴马县相关负责人介绍，该县将进一步完善医疗、交通"});
    CHECK(headline_texts(page.articles[1]) == Texts{"图片新闻"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "覃德明");
    CHECK(headline_texts(page.articles[2]) == Texts{"河池市1—10月主要经济指标"});
    CHECK(page.articles[2].paragraphs.size() == 3);
    CHECK(headline_texts(page.articles[3]) == Texts{"地震来了,室内避险记住这几点"});
    REQUIRE(page.articles[3].authors.size() == 1);
    CHECK(page.articles[3].authors[0].name == "梁晓峰");
}

TEST_CASE(
    "segmenter: a caption after its photographer's credit, a bulleted brief closed by a note "
    "after its last sentence",
    "[segmenter]") {
    const std::string credit_first =
        "牡丹花会筹备就绪\n\n晚报记者 "
        "张建民\n\n记者昨日获悉，第二十一届牡丹花会将于4月15日开幕。\n\n"
        "本报记者 王晓东 摄  图为王城公园内含苞待放的牡丹。\n\n"
        "为方便市民和游客赏花，市公交公司将开通5条赏花专线。\n";
    const Page photo = segment(credit_first);
    check_invariants(credit_first, photo);
    REQUIRE(photo.articles.size() == 1);
    CHECK(photo.articles[0].paragraphs.size() == 2);
    CHECK(photo.articles[0].captions.size() == 1);

    const std::string briefs =
        "大學生走進社區\n\n本報記者　梁嘉慧\n\n一群大學生走進社區教長者用手機。\n\n澳門簡訊\n\n"
        "●氹仔圖書館延長開放時間　氹仔中央圖書館由下月起延長開放時間。（子晴）\n\n"
        "●中學生科技展下周開幕　第十屆中學生科技創新作品展將於下周六開幕。\n";
    const Page page = segment(briefs);
    check_invariants(briefs, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(paragraph_texts(page.articles[2]) ==
          Texts{"中學生科技展下周開幕　第十屆中學生科技創新作品展將於下周六開幕。"});
}

TEST_CASE("segmenter: bulleted briefs headed by a place's short name under a label",
          "[segmenter]") {
    const std::string text =
        "松山湖科创活力足\n\n本报记者 "
        "钟琳\n\n今年以来，松山湖新增高新技术企业一百余家。\n\n镇街速递\n\n"
        "●塘厦　塘厦镇近日启动年度招聘月活动，八十余家企业提供就业岗位两千三百多个。（吴恺）\n\n"
        "●麻涌　麻涌镇华阳湖湿地公园观鸟季开幕，今年已记录到越冬候鸟二十余种。（陈丹）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(paragraph_texts(page.articles[1]) ==
          Texts{"塘厦　塘厦镇近日启动年度招聘月活动，八十余家企业提供就业岗位两千三百多个。"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "陈丹");
}

TEST_CASE(
    "segmenter: sibling sections of a subtitled feature opening with a reporter's source, a "
    "book list under its title",
    "[segmenter]") {
    const std::string feature =
        "玉米期价震荡走弱 新粮上市压力渐显\n\n——东北产区售粮进度加快,贸易商建库谨慎\n\n本报记者 "
        "谭志远\n\n"
        "上周,玉米期货主力合约震荡走弱,周五收于2186元/吨。\n\n产区售粮节奏加快\n\n"
        "记者从黑龙江多家粮食贸易企业了解到,东北产区售粮进度明显加快。\n\n"
        "\"今年产区玉米质量整体不错。\"一位吉林粮商对记者说。\n\n下游需求表现平淡\n\n"
        "从需求端看,饲料企业多按需采购,库存天数维持在30天左右。\n";
    const Page sections = segment(feature);
    check_invariants(feature, sections);
    REQUIRE(sections.articles.size() == 1);
    CHECK(sections.articles[0].crossheads.size() == 2);

    const std::string books =
        "全民阅读活动启动\n\n本报记者 "
        "王静\n\n全省全民阅读活动日前启动。\n\n11月出版发行行业推荐书目\n\n"
        "《黑土地上的守望》　北方文艺出版社\n《冰雪之城：哈尔滨百年建筑记》　黑龙江人民出版社\n"
        "《中国古籍修复手记》　中华书局\n\n让好书走进更多人的生活\n\n马立群\n\n"
        "阅读是一件个人的事，也是一件公共的事。\n";
    const Page listed = segment(books);
    check_invariants(books, listed);
    REQUIRE(listed.articles.size() == 3);
    CHECK(headline_texts(listed.articles[1]) == Texts{"11月出版发行行业推荐书目"});
    CHECK(listed.articles[1].paragraphs.size() == 3);
    REQUIRE(listed.articles[2].authors.size() == 1);
    CHECK(listed.articles[2].authors[0].name == "马立群");
}

TEST_CASE("segmenter: in an indented hard-wrapped page a paragraph's first line is no table row",
          "[segmenter]") {
    const std::string text =
        "孝感农业生产稳中向好\n\n本报记者 黄思远\n\n"
        "　　今年以来，孝感市农业生产总体稳定，粮食\n播种面积保持在八百万亩以上，秋粮丰收已成定\n"
        "局，农民收入稳步增长，乡村产业加快发展。\n\n县市区动态\n\n汉川：秋冬种进度过七成\n"
        "　　截至11月25日，汉川市已完成小麦、油菜\n等秋冬作物播种52.3万亩，占计划面积的71%。\n\n"
        "应城：盐化工园区新项目开工\n　　11月24日，应城市盐化工园区年产10万\n"
        "吨精细化学品项目开工建设，总投资8.6亿元，\n建成后预计年产值可达15亿元。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[2]) == Texts{"应城：盐化工园区新项目开工"});
    CHECK(page.articles[2].paragraphs.size() == 1);
}

TEST_CASE("segmenter: a caption wholly in brackets, the publisher's line under the masthead",
          "[segmenter]") {
    const std::string text =
        "草原乳业报\n第2版　牧场·生产\n2026年11月25日　总第618期\n主办：内蒙古草原乳业集团有限公司"
        "\n\n"
        "■ 通讯员 包  娜 "
        "高晓峰\n智慧牧场“数”说养殖新变化\n在集团万头牧场，每头奶牛都挂着智能项圈。\n\n"
        "（图为技术员在查看牧场管理平台数据。）\n\n牧场负责人说，数据让养殖更精准。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"智慧牧场“数”说养殖新变化"});
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].captions.size() == 1);
}

TEST_CASE(
    "segmenter: a column name between a headline and its byline, a name cut after one "
    "character",
    "[segmenter]") {
    const std::string column =
        "让节约粮食成为自觉\n\n（周末谈）\n\n□ 张  伟\n\n"
        "粮食安全是国之大者，节约粮食人人有责。\n\n从餐桌做起，从点滴做起。\n";
    const Page named = segment(column);
    check_invariants(column, named);
    REQUIRE(named.articles.size() == 1);
    CHECK(headline_texts(named.articles[0]) == Texts{"让节约粮食成为自觉", "（周末谈）"});
    REQUIRE(named.articles[0].authors.size() == 1);
    CHECK(named.articles[0].authors[0].name == "张伟");

    const std::string cut =
        "牧区冬储饲草充足\n\n本报记者 格桑次\n仁 白玛央宗\n\n"
        "入冬以来，那曲市各县抓紧储备饲草料，确保牲畜安全越冬。\n";
    const Page joined = segment(cut);
    check_invariants(cut, joined);
    REQUIRE(joined.articles.size() == 1);
    REQUIRE(joined.articles[0].authors.size() == 2);
    CHECK(joined.articles[0].authors[0].name == "格桑次仁");
    CHECK(joined.articles[0].authors[1].name == "白玛央宗");
}

TEST_CASE(
    "segmenter: parallel section heads, a caption sentence between paragraphs of a "
    "photo-credited report",
    "[segmenter]") {
    const std::string parallel =
        "古村焕新颜\n\n本报记者 王  芳\n\n"
        "走进泰宁县的古村落，白墙黛瓦间处处是新景象。这里的老屋，不仅能住人，还能“生钱”。\n\n"
        "老屋让村民变房东\n\n"
        "近年来，泰宁县推行闲置农房盘活改革，由文旅公司与村集体合作经营，村民按份额分红，\n\n"
        "老屋改造成特色民宿后，去年接待游客两万人次。\n\n古街让游客变“回头客”\n\n"
        "今年，古街上新开了十多家小店，村民在家门口就能挣钱，不少游客一年要来好几趟。\n\n"
        "县图书馆开展冬季读书月活动\n\n"
        "近日，县图书馆启动冬季读书月活动，推出讲座、展览等二十余场。\n\n（县融媒体中心 刘  洋）\n";
    const Page heads = segment(parallel);
    check_invariants(parallel, heads);
    REQUIRE(heads.articles.size() == 2);
    CHECK(heads.articles[0].crossheads.size() == 2);

    const std::string photo =
        "茶园秋采正当时\n\n本报记者 李  明 文/图\n\n"
        "秋分过后，武夷山的茶园迎来秋茶采摘季，茶农们趁着晴好天气上山采茶。\n\n"
        "茶农在山间茶园采摘秋茶。\n\n"
        "“今年秋茶品质不错，价格也比去年高一些。”茶农陈大姐说。\n";
    const Page captioned = segment(photo);
    check_invariants(photo, captioned);
    REQUIRE(captioned.articles.size() == 1);
    CHECK(captioned.articles[0].captions.size() == 1);
    CHECK(captioned.articles[0].paragraphs.size() == 2);
}

TEST_CASE("segmenter: a comma title one blank line over a byline that opens with its role word",
          "[segmenter]") {
    const std::string text =
        "学校举行秋季运动会\n\n本报讯（通讯员 张  敏）11月20日，学校第四十届秋季运动会开幕。\n\n"
        "两千余名师生参加了比赛。\n\n"
        "扎根十年，她把青春写在山村讲台\n\n文 / 王  磊    图 / 校宣传部\n\n"
        "清晨六点，山村小学的铃声准时响起。\n\n她已经在这里教了整整十年书。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"扎根十年，她把青春写在山村讲台"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "王磊");
    CHECK(page.articles[1].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: a header repeated with its page number bare, a caption's second line, a "
    "circle for a full stop",
    "[segmenter]") {
    // Narrow hard-wrapped columns, paragraphs opened by two ideographic spaces.
    const std::string text =
        "江城日报\n2026年11月27日　星期五\n第7版　江城经济\n\n"
        "老街新市集开张\n本报记者　周  宁\n"
        "　　入冬以来，老城区的周末\n市集迎来客流高峰，摊位从\n五十个增加到一百二十个。\n"
        "　　据介绍，市集由街道和商\n户联合运营，每个周末开放\n"
        "\n\n江城日报　2026年11月27日\n7　江城经济\n\n\n"
        "两天，主打本地小吃和手工\n艺品〇\n\n"
        "图为老街市集上的手工艺品\n摊位吸引市民驻足。\n本报记者　周  宁　摄\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    const broadsheet::Article& a = page.articles[0];
    CHECK(headline_texts(a) == Texts{"老街新市集开张"});
    REQUIRE(a.paragraphs.size() == 2);
    CHECK(a.paragraphs[1].text ==
          "据介绍，市集由街道和商户联合运营，每个周末开放两天，主打本地小吃和手工艺品〇");
    CHECK(a.captions.size() >= 1);
    for (const auto& p : a.paragraphs) CHECK(p.text.find("摊位吸引") == std::string::npos);
}

TEST_CASE(
    "segmenter: a clause closed by a semicolon goes on after a page number, a word cut "
    "after a comma is no subtitle",
    "[segmenter]") {
    const std::string semicolon =
        "湿地迎来越冬候鸟\n本报记者　陈  静\n"
        "　　保护区今年对周边农田实行\n“留粮于鸟”，稻谷收割后部分\n不再收获，为候鸟提供食物;\n"
        "\n　　　　　　　　　　　　4\n\n"
        "同时在核心区增设监测摄像头\n二十个，实现全天候观测。\n"
        "　　护鸟员每天清晨都要沿着湖\n堤巡护十几公里。\n";
    const Page joined = segment(semicolon);
    check_invariants(semicolon, joined);
    REQUIRE(joined.articles.size() == 1);
    CHECK(joined.articles[0].paragraphs.size() == 2);

    const std::string cut =
        "玉器街上的新变化\n\n本报记者 林  海\n\n"
        "走进玉器街，一家家店铺里玉雕师傅正忙着赶制订单。\n\n新匠人\n\n"
        "街道联合高校设立设计中心，每年评选“玉都工匠”。\n\n质检上门服务\n"
        "在质检环节，市检验所在玉器街设立了检测服务站，商\n\n\n"
        "户送检的饰品当天出证。\n";
    const Page sections = segment(cut);
    check_invariants(cut, sections);
    REQUIRE(sections.articles.size() == 1);
    CHECK(headline_texts(sections.articles[0]) == Texts{"玉器街上的新变化"});
    CHECK(sections.articles[0].crossheads.size() == 2);
}

TEST_CASE(
    "segmenter: a caption sentence over a bracketed credit before a dateline lead, a "
    "signed run-in brief after finished text",
    "[segmenter]") {
    const std::string caption =
        "湖畔花火節壓軸\n\n〔記者王小明／魚池報導〕花火節昨晚在碼頭登場，吸引上萬名遊客。\n\n"
        "業者表示，今年住房率比去年提高一成。\n\n湖面倒映繽紛煙火,遊客拍照留念。\n(記者王小明攝)"
        "\n\n"
        "〔記者李大華／埔里報導〕紅甘蔗進入採收期，蔗農趁著天氣晴朗搶收。\n";
    const Page photo = segment(caption);
    check_invariants(caption, photo);
    REQUIRE(photo.articles.size() == 2);
    CHECK(photo.articles[0].paragraphs.size() == 2);
    CHECK(photo.articles[0].captions.size() >= 1);

    const std::string brief =
        "■ 本报通讯员 王  明\n\n"
        "入冬以来，沿黄各地开展堤防工程排查，共发现并处置问题一百余处。\n\n"
        "冬季堤防排查完成过半\n\n今年首次大范围使用无人机巡查，效率提高好几倍。\n\n"
        "排查工作将于12月中旬全部完成。\n\n"
        "水库完成年度设备检修  近日，水库管理中心完成年度设备检修，为冬季调度提供了保障。（赵  "
        "亮）\n";
    const Page signed_brief = segment(brief);
    check_invariants(brief, signed_brief);
    REQUIRE(signed_brief.articles.size() == 2);
    CHECK(headline_texts(signed_brief.articles[0]) == Texts{"冬季堤防排查完成过半"});
    CHECK(signed_brief.articles[0].paragraphs.size() == 3);
    REQUIRE(signed_brief.articles[1].authors.size() == 1);
    CHECK(signed_brief.articles[1].authors[0].name == "赵亮");
}

TEST_CASE(
    "segmenter: a pen name over the writer's unit signs an essay of its own, a work "
    "labelled by its medium is a caption",
    "[segmenter]") {
    const std::string text =
        "晚报副刊\n\n老巷的槐树\n◇ 林  风\n\n"
        "老巷口有一棵槐树，据说已经一百多岁了。\n\n每到五月，槐花开满枝头，整条巷子都是甜香。\n\n"
        "父亲的旧自行车\n\n父亲有一辆旧自行车，是他年轻时攒了半年工资买的。\n\n"
        "如今车已经骑不动了，父亲却一直舍不得卖。\n\n"
        "□ 雁  南\n（作者单位：市第三中学）\n\n"
        "（国画）秋山图    陈墨生  作\n\n"
        "征文启事\n\n本报副刊即日起举办“我的家乡”征文活动，欢迎投稿。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"父亲的旧自行车"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "雁南");
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[2]) == Texts{"征文启事"});
}

TEST_CASE(
    "segmenter: question heads run into replies under a label, a post in brackets under "
    "an end signature, a comma title under a bracketed label",
    "[segmenter]") {
    const std::string replies =
        "社区来信解决了\n\n本报记者 王  芳\n\n居民反映的路灯问题已经修好。\n\n"
        "来信简复\n\n"
        "医保报销需要哪些材料？  唐山读者来信询问。记者了解到，可通过手机在线办理。\n\n"
        "小区何时加装电梯？  廊坊读者来信反映。街道回复，明年将启动改造。\n";
    const Page briefs = segment(replies);
    check_invariants(replies, briefs);
    REQUIRE(briefs.articles.size() == 3);
    CHECK(briefs.articles[1].headlines.empty());
    CHECK(briefs.articles[2].headlines.empty());

    const std::string signed_post =
        "【观点】\n华小的明天靠大家\n\n一所学校能走过百年，靠的是一代又一代人的坚持。\n\n"
        "学校的明天，需要持续的关心与投入。\n\n◎ 邱振华\n（作者是退休校长）\n";
    const Page post = segment(signed_post);
    check_invariants(signed_post, post);
    REQUIRE(post.articles.size() == 1);
    REQUIRE(post.articles[0].authors.size() == 1);
    CHECK(post.articles[0].authors[0].name == "邱振华");

    const std::string labelled =
        "【读者之声】\n\n公园开放了，管理不能松\n\n"
        "公园免费开放是好事，但管理不能因此放松。希望有关部门加强巡查。\n\n读者  汤美华\n";
    const Page letter = segment(labelled);
    check_invariants(labelled, letter);
    REQUIRE(letter.articles.size() == 1);
    REQUIRE(!letter.articles[0].headlines.empty());
    CHECK(letter.articles[0].headlines.back().text == "公园开放了，管理不能松");
    CHECK(letter.articles[0].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: a headline and its byline printed inside a cut paragraph are held for "
    "the article after the paragraph's rest",
    "[segmenter]") {
    const std::string text =
        "药材交易额再创新高\n\n本报记者 李  明\n\n"
        "今年以来，药材市场交易活跃，商户数量明显增加。\n\n"
        "数据显示，今年1至10月，市场日均客流量超过五万人次。据测算，全年交易\n\n"
        "菊花满田野 增收有门路——\n城郊镇菊花种植面积达1.2万亩\n本报记者 王  强 通讯员 赵  丽\n\n"
        "额有望突破一千三百亿元，继续位居全国同类市场首位。\n\n"
        "11月26日，城郊镇的菊花烘干车间里热气腾腾，一筐筐刚采下的菊花被送上烘干线。\n\n"
        "种植大户说，一亩菊花毛收入七八千元，比种小麦强多了。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].paragraphs[1].text ==
          "数据显示，今年1至10月，市场日均客流量超过五万人次。据测算，全年交易额有望突破一千三百"
          "亿元，继续位居全国同类市场首位。");
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"菊花满田野 增收有门路——", "城郊镇菊花种植面积达1.2万亩"});
    REQUIRE(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].authors[0].name == "王强");
    CHECK(page.articles[1].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: a headline inside a cut paragraph before a headless dateline lead, a cut "
    "after a comma",
    "[segmenter]") {
    const std::string lead =
        "红叶节筹备启动\n\n本报记者 苟  勇\n\n"
        "记者从南江县获悉，第十九届光雾山红叶节筹备工作全面启动。\n\n"
        "景区已完成游客中心改造和环线公路提升，新增观景平台\n\n古镇夜游项目上线\n\n"
        "9处，并在主要景点设置临时医疗点和应急救援站，保障游客安全。\n\n"
        "本报讯（特约记者 向  明）近日，古镇夜游项目正式上线，游客可乘坐画舫夜游古镇。\n";
    const Page held = segment(lead);
    check_invariants(lead, held);
    REQUIRE(held.articles.size() == 2);
    CHECK(held.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(held.articles[1]) == Texts{"古镇夜游项目上线"});

    const std::string comma =
        "宣纸技艺走进课堂\n\n本报记者 汪晓东\n\n"
        "传承班采取“学校+企业+传承人”培养模式，学员一半时间在车间实训。\n\n"
        "“捞纸看似简单，没有三五年练不出来。”指导老师周东红说，希望通过学校培养，\n\n"
        "皖南片区项目集中签约\n\n让更多年轻人愿意走进这门手艺。\n\n"
        "新华社合肥6月5日电（记者 刘  方）5日，皖南片区重点项目集中签约活动举行。\n";
    const Page cut = segment(comma);
    check_invariants(comma, cut);
    REQUIRE(cut.articles.size() == 2);
    CHECK(cut.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(cut.articles[1]) == Texts{"皖南片区项目集中签约"});
}

TEST_CASE(
    "segmenter: a numbered series under a byline printed over its headline, a data box "
    "before a signed item, a photo credit over a caption under the headline",
    "[segmenter]") {
    const std::string series =
        "园区项目加快建设\n\n本报讯（记者 乌  兰）园区内塔吊林立，项目主体厂房已经封顶。\n\n"
        "全媒体记者　高志刚　通讯员　其木格\n\n镇里医疗服务送到家门口\n\n"
        "“大夫每个月都来家里量血压。”老人巴图说。\n\n一、家庭医生签约全覆盖\n\n"
        "今年，镇卫生院组建了八支家庭医生团队。\n\n二、蒙医药特色服务受欢迎\n\n"
        "卫生院开设了蒙医科，门诊量同比增长三成。\n";
    const Page numbered = segment(series);
    check_invariants(series, numbered);
    REQUIRE(numbered.articles.size() == 2);
    CHECK(numbered.articles[1].crossheads.size() == 2);

    const std::string box =
        "前8月主要港口集装箱吞吐量\n\n上海港　3580万标准箱　同比增长6.2%\n\n"
        "宁波舟山港　2780万标准箱　同比增长8.5%\n\n数据来源：行业协会\n\n"
        "冷链物流标准体系加快完善\n\n"
        "近年来，我国冷链物流标准体系建设提速，已发布相关标准八十余项。\n\n"
        "（本报记者　林佳欣　整理）\n";
    const Page signed_item = segment(box);
    check_invariants(box, signed_item);
    REQUIRE(signed_item.articles.size() == 2);
    CHECK(signed_item.articles[0].authors.empty());
    REQUIRE(signed_item.articles[1].authors.size() == 1);
    CHECK(signed_item.articles[1].authors[0].name == "林佳欣");

    const std::string photo =
        "春耕正忙\n“飞手”上阵\n\n记者 王  凯 朱文博 摄\n\n"
        "图为麦田里，植保无人机正在喷洒作业。\n\n"
        "4月上旬以来，全市小麦陆续进入拔节期，各地抢抓农时开展“一喷三防”。\n";
    const Page credited = segment(photo);
    check_invariants(photo, credited);
    REQUIRE(credited.articles.size() == 1);
    CHECK(credited.articles[0].authors.size() == 2);
}

TEST_CASE(
    "segmenter: a title under a byline is no wrapped name, a photographer's name cut over "
    "two lines",
    "[segmenter]") {
    const std::string text =
        "茶旅融合带火研学游\n\n本报记者 陈  静\n\n"
        "暑假刚开始，茶园里就迎来了一批批研学团队。\n"
        "本报记者 游  丽 通讯员 张宏斌\n建瓯笋竹产业\n“链”出增收新路子\n\n"
        "走进笋竹加工厂，一根根毛竹变成竹地板、竹餐具等产品。\n\n"
        "松溪百年蔗\n喜获丰收\n\n通讯员 刘\n军 摄\n\n"
        "据了解，松溪百年蔗种植历史已有近三百年。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"建瓯笋竹产业", "“链”出增收新路子"});
    CHECK(page.articles[1].authors.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"松溪百年蔗", "喜获丰收"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "刘军");
}

TEST_CASE(
    "segmenter: bulleted section heads in a hard-wrapped report, a caption's credit "
    "bracket wrapped",
    "[segmenter]") {
    const std::string bullets =
        "煤层气产业加快发展\n本报记者 王  强\n"
        "今年以来，我市煤层气抽采量和利用量同\n比分别增长12.4%和16.1%，减排效果明显。\n"
        "\n■地面井群规模扩大\n\n"
        "在盂县一处煤层气开发区块，一口口抽采井\n整齐排列，输气管道沿着山势蜿蜒延伸。\n"
        "目前，全市已建成地面抽采井2100余口，抽\n采能力持续提升。\n"
        "\n■就地转化延伸链条\n\n"
        "我市积极推进煤层气发电、液化和化工利用\n，产业链条不断延伸。\n";
    const Page sections = segment(bullets);
    check_invariants(bullets, sections);
    REQUIRE(sections.articles.size() == 1);
    CHECK(sections.articles[0].crossheads.size() == 2);

    const std::string blank_set =
        "云计算产业集群加快成势\n\n文/刘晓东　图/马　瑞\n\n"
        "从高空俯瞰，一座座数据中心整齐排列在沙漠边缘。\n"
        "这里是西部云基地，目前已建成数据中心16个，标准\n机架超过8万架，算力规模位居西部前列。\n\n"
        "气候冷凉、电力充足，让这里的数据中心节能优势明显\n，年均能耗指标低于全国平均水平。\n\n"
        "图为西部云基地的数据中心机房一角。（市融媒体中心\n供图）\n";
    const Page joined = segment(blank_set);
    check_invariants(blank_set, joined);
    REQUIRE(joined.articles.size() == 1);
    CHECK(headline_texts(joined.articles[0]) == Texts{"云计算产业集群加快成势"});
    CHECK(joined.articles[0].captions.size() == 2);  // the caption's two lines
    for (const auto& p : joined.articles[0].paragraphs)
        CHECK(p.text.find("供图") == std::string::npos);
}

TEST_CASE("segmenter: a slash after a run-in 本報訊 is no part of the lead", "[segmenter]") {
    const std::string text =
        "漁港燈光秀延長\n本報訊／漁港彩色屋夜間燈光秀原訂本月底結束，市府決定延長至九月底。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].paragraphs.size() == 1);
    CHECK(page.articles[0].paragraphs[0].text.rfind("漁港彩色屋", 0) == 0);
}

TEST_CASE(
    "segmenter: a headline over a jump marker from another page heads the continued "
    "story, a news brief closed by a supplier's note",
    "[segmenter]") {
    const std::string jump =
        "古巷话礼让\n\n本报记者 方  圆\n\n初夏时节，古巷游人如织。\n\n礼让文化进社区\n\n"
        "近年来，市里把礼让精神融入基层治理，调解成功率达96%以上。\n\n"
        "文献整理取得新进展\n\n（上接第一版）\n\n"
        "据介绍，此次整理出版的文集共收录诗文1800余篇。\n\n"
        "专家认为，这套文集为研究地方文化提供了珍贵资料。\n";
    const Page continued = segment(jump);
    check_invariants(jump, continued);
    REQUIRE(continued.articles.size() == 2);
    CHECK(headline_texts(continued.articles[1]) == Texts{"文献整理取得新进展"});
    CHECK(continued.articles[1].authors.empty());

    const std::string brief =
        "渔港迎来检修高峰\n\n本报记者 黄泽辉\n\n伏季休渔进入后半程，渔港内机器轰鸣。\n\n"
        "“趁休渔期把船修好。”船长陈阿水说。\n\n红树林面积十年增长近三成\n\n"
        "近日发布的监测结果显示，沿岸红树林面积已达312公顷。\n\n（市生态环境局供稿）\n\n"
        "守护好这片蓝色家园\n\n海洋是我们共同的家园，保护海洋人人有责。\n";
    const Page briefs = segment(brief);
    check_invariants(brief, briefs);
    REQUIRE(briefs.articles.size() == 3);
    CHECK(headline_texts(briefs.articles[1]) == Texts{"红树林面积十年增长近三成"});
    CHECK(briefs.articles[0].crossheads.empty());
}

TEST_CASE(
    "segmenter: a letter-spaced briefs label over pointed briefs, a label over a headed "
    "brief, then bulleted and run-in ones",
    "[segmenter]") {
    const std::string pointed =
        "银饰技艺传承人收徒\n\n通讯员  龙  "
        "飞\n\n11月22日，银饰锻制技艺代表性传承人举行收徒仪式。\n\n"
        "简  讯\n\n"
        "▲丹江镇近日启动冬季农民工技能培训，开设苗绣、厨师、电工等五个班次。\n\n"
        "▲大塘镇新桥村千亩茶园今年完成冬季管护，茶农采用生物防治代替化学农药。\n";
    const Page briefs = segment(pointed);
    check_invariants(pointed, briefs);
    REQUIRE(briefs.articles.size() == 3);
    CHECK(briefs.articles[1].headlines.empty());
    CHECK(briefs.articles[2].headlines.empty());

    const std::string mixed =
        "【乡镇快讯】\n\n网岭镇完成冬修水利项目十二处\n\n"
        "本报讯  近日，网岭镇十二处山塘清淤和渠道硬化工程全部完工。\n\n"
        "●宁家坪镇近日组织开展秋冬季森林防火专项演练，镇村两级扑火队员参加。\n\n"
        "菜花坪镇举办农民丰收节　11月22日，菜花坪镇在石羊塘村举办农民丰收节。\n";
    const Page run = segment(mixed);
    check_invariants(mixed, run);
    REQUIRE(run.articles.size() == 3);
    CHECK(headline_texts(run.articles[0]) == Texts{"网岭镇完成冬修水利项目十二处"});
    CHECK(run.articles[1].headlines.empty());
    CHECK(run.articles[2].headlines.empty());
}

TEST_CASE("segmenter: a section name beside 本版责编 is the page header", "[segmenter]") {
    const std::string text =
        "安吉新闻　　2025年11月20日　星期四　　第3版\n综合新闻　　本版责编：潘　颖\n"
        "一根竹子全产业链产值破百亿\n本报记者　钟立群\n\n"
        "走进竹产业园，一根竹子被加工成竹地板、竹纤维等上百种产品。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"一根竹子全产业链产值破百亿"});
}

TEST_CASE("segmenter: a bulleted byline set solid over the next headline is that article's",
          "[segmenter]") {
    const std::string text =
        "县图书馆新增二十个流通点\n　　日前，县图书馆在全县二十个行政村新设图书流通点。\n\n"
        "■ 通讯员 刘建波\n年画传承人走进校园课堂\n"
        "　　11月24日，年画传承人马秀芬在县第二小学的课堂上，手把手教学生套色印刷。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].authors.empty());
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "刘建波");
}

TEST_CASE("segmenter: a bare page number beside the paper's or the section's name is a header",
          "[segmenter]") {
    const std::string gap =
        "今日腾冲　　　　　　　　　　综合　　03\n\n2026年3月6日　星期五\n\n"
        "火山热海景区开春客流持续攀升\n\n"
        "本报讯 （通讯员 杨丽仙）3月以来，火山热海旅游区迎来开春出游小高峰。\n";
    const Page gapped = segment(gap);
    check_invariants(gap, gapped);
    REQUIRE(gapped.articles.size() == 1);
    CHECK(headline_texts(gapped.articles[0]) == Texts{"火山热海景区开春客流持续攀升"});

    const std::string bar =
        "欧华周刊　　第1186期　　2026年3月5日\n\n旅西华人　|　03\n\n"
        "移民新规实施满半年\n华人办理居留续签更便捷\n\n本报记者　周思远\n\n"
        "新规实施以来，华人办理居留续签的时间明显缩短。\n";
    const Page barred = segment(bar);
    check_invariants(bar, barred);
    REQUIRE(barred.articles.size() == 1);
    CHECK(headline_texts(barred.articles[0]) ==
          Texts{"移民新规实施满半年", "华人办理居留续签更便捷"});
}

TEST_CASE("segmenter: a run-in brief's head may be as long as a one-line title", "[segmenter]") {
    const std::string text =
        "【校园速递】\n\n"
        "第二十届校园读书节开幕　4月13日，第二十届校园读书节在图书馆广场开幕。\n\n"
        "我校学子获全国大学生植物保护技能竞赛一等奖　在日前举行的竞赛中，我校代表队获得团体"
        "一等奖。\n\n"
        "校运动会报名工作启动　第六十三届校田径运动会将于5月9日至10日举行。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    for (const auto& article : page.articles) CHECK(article.paragraphs.size() == 1);
}

TEST_CASE("segmenter: a paper's name spelt in capitals with its edition is masthead",
          "[segmenter]") {
    const std::string text =
        "和田日报\n\nHETIAN RIBAO　　汉文版\n\n"
        "2026年12月3日　星期四　　第2版　综合新闻\n\n"
        "冬闲变冬忙——\n\n和田地区冬季农牧民技能培训全面铺开\n\n"
        "本报讯（记者 阿依古丽）入冬以来，和田地区各县市组织农牧民参加技能培训。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"冬闲变冬忙——", "和田地区冬季农牧民技能培训全面铺开"});
}

TEST_CASE(
    "segmenter: a headline block set apart inside a cut paragraph, the letter's "
    "signature after its rest",
    "[segmenter]") {
    const std::string text =
        "【读者来信】\n\n老小区加装电梯　能否再快一点\n\n"
        "我家住在梁丰新村五楼，家里两位老人都已年过八旬，上下楼全靠我们背。\n\n"
        "希望有关部门能帮忙理一理流程，给我们一个明确的时间表，\n\n"
        "【记者回音】\n\n审批材料已补齐　电梯有望年内开工\n\n"
        "让楼里的老人早日坐上电梯。\n\n杨舍镇　读者　陈志刚\n\n本报记者\n\n张　蕾　季文斌\n\n"
        "接到来信后，记者先后走访了社区和市住房和城乡建设局。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "陈志刚");
    CHECK(page.articles[0].paragraphs.back().text ==
          "希望有关部门能帮忙理一理流程，给我们一个明确的时间表，让楼里的老人早日坐上电梯。");
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"【记者回音】", "审批材料已补齐　电梯有望年内开工"});
    CHECK(page.articles[1].authors.size() == 2);
}

TEST_CASE(
    "segmenter: a held headline's article opens at the next paragraph when no lead "
    "comes before the next headline",
    "[segmenter]") {
    const std::string text =
        "新州擴大長者交通優惠\n\n【本報記者林嘉欣悉尼報道】新州政府上週宣布，長者車資上限下調。\n\n"
        "華人長者會主席陳麗華表示，不少會員每星期都要往返醫院，車資調\n\n"
        "讀者來函\n\n社區停車位不足　盼市議會正視\n\n整後可省下不少開支。\n\n"
        "本人在寶活居住已有十五年，近年區內新建公寓越來越多，停車位卻沒有增加。\n\n"
        "讀者　黃志明\n\n移民政策調整　留學生應及早規劃\n\n■　周嘉倫\n\n"
        "聯邦政府近期公布新一輪技術移民政策調整。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"讀者來函", "社區停車位不足　盼市議會正視"});
    REQUIRE(page.articles[1].paragraphs.size() == 1);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "黃志明");
}

TEST_CASE("segmenter: bulleted pen names sign over the next byline and under a title",
          "[segmenter]") {
    const std::string text =
        "外婆的棉花地\n\n外婆家在庵东，离海不远。小时候每年暑假，我都被送到那里。\n\n"
        "□　一　苇\n\n孙阿土　口述　　　胡晓燕　整理\n\n"
        "孙阿土今年八十三岁，先后参加了海涂的七次围垦。\n\n【口述历史】\n\n挑着泥担围海的那些年\n\n"
        "我第一次上海涂是十九岁，那年冬天公社组织围垦。\n\n"
        "一碗鱼片粥的讲究\n\n■　凤　言\n\n顺德人吃粥，讲究的是粥底绵滑、鱼片鲜嫩。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "一苇");
    CHECK(page.articles[1].authors.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"【口述历史】", "挑着泥担围海的那些年"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "凤言");
}

TEST_CASE(
    "segmenter: a further poem's title under a title announcing it is a crosshead, a "
    "painting's label after its title makes a caption",
    "[segmenter]") {
    const std::string text =
        "挑着泥担围海的那些年\n\n我第一次上海涂是十九岁，那年冬天公社组织围垦，每个生产队都要出劳"
        "力。我们背着铺盖、挑着箩筐走了大半天才到海边。\n\n最难忘的是合龙那天。\n\n"
        "海塘秋色（国画）　　沈建国　作\n\n在杨梅林里（外一首）\n\n◎　苏小满\n\n"
        "五月的雨是甜的\n落在横河的山坡上\n一颗颗杨梅红了脸\n\n"
        "海　堤\n\n父亲说这条堤\n是用扁担挑出来的\n我沿着它走到天黑\n\n"
        "读《三北记》\n\n地方文史学者方立民新著《三北记》近日出版。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"在杨梅林里（外一首）"});
    REQUIRE(page.articles[1].crossheads.size() == 1);
    CHECK(page.articles[1].crossheads[0].text == "海　堤");
    CHECK(page.articles[1].paragraphs.size() == 6);
}

TEST_CASE(
    "segmenter: an interview's guest line is a note, a photographer over a caption "
    "credits it",
    "[segmenter]") {
    const std::string text =
        "“粤菜师傅”是怎样炼成的\n\n嘉宾：顺德职业技术学院院长　梁建华\n\n"
        "本报记者　何嘉敏\n\n粤菜师傅工程实施以来，学院培养了大批厨师。\n\n"
        "摄影　金　晨\n\n图为医护人员在救护车上为患者进行远程心电传输。\n\n"
        "市人民医院胸痛中心主任说，心肌梗死救治讲究时间就是心肌。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"“粤菜师傅”是怎样炼成的"});
    CHECK(page.articles[0].paragraphs.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "何嘉敏");
}

TEST_CASE("segmenter: names continuing a byline printed after the lead join it", "[segmenter]") {
    const std::string text =
        "陶瓷行业协会发布紫砂泥料溯源标准\n\n"
        "日前，宜兴市陶瓷行业协会发布紫砂泥料溯源管理规范团体标准。\n\n"
        "本报记者　周婷婷　通讯员\n\n宋　杰\n\n"
        "根据标准，每批次紫砂泥料都将赋予唯一的溯源码。\n\n目前，全市已有一百二十余家企业申请。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[1].name == "宋杰");
    CHECK(page.articles[0].paragraphs.size() == 3);
}

TEST_CASE(
    "segmenter: a later column printed between the headline and the lead goes after "
    "the text",
    "[segmenter]") {
    const std::string text =
        "一季度全市规上工业产值同比增长9.8%\n\n"
        "术改造和数字化转型。全市已有86家企业申报今年的智改数转项目。\n\n"
        "市工信局相关负责人表示，二季度将聚焦重大项目投产达效。\n\n"
        "本报讯（记者 缪佳）4月以来，一季度的良好开局正在转化为二季度的冲刺动力。\n\n"
        "市工信局年初出台了十条措施，组织专家团队深入重点企业，推动企业开展技\n\n"
        "长江岸线“复绿”再添新景\n\n本报记者　沈　丹\n\n初夏时节，漫步在长江岸线，芦苇摇曳。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    const auto& a = page.articles[0];
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(a.paragraphs[0].text == "4月以来，一季度的良好开局正在转化为二季度的冲刺动力。");
    CHECK(a.paragraphs[1].text ==
          "市工信局年初出台了十条措施，组织专家团队深入重点企业，推动企业开展技术改造和数字化"
          "转型。全市已有86家企业申报今年的智改数转项目。");
    CHECK(a.paragraphs[2].text == "市工信局相关负责人表示，二季度将聚焦重大项目投产达效。");
    REQUIRE(a.authors.size() == 1);
}

TEST_CASE(
    "segmenter: text before the page's first headline ends the one article cut "
    "unfinished before a headline",
    "[segmenter]") {
    const std::string text =
        "證，切勿透露銀行卡密碼及驗證碼。\n\n社區中心主任表示，中心今年將再舉辦四場講座。\n\n"
        "新西蘭央行維持利率不變\n\n【中新社惠靈頓5月6日電】新西蘭儲備銀行6日宣布維持利率不變。\n\n"
        "丨\n\n騙徒冒充使領館　長者須提高警覺\n\n本報記者　林嘉慧\n\n"
        "近年針對華人社區的電話詐騙案件有上升趨勢。\n\n"
        "陳偉明提醒，如接到可疑電話，應立即掛斷並向家人或警方求\n\n"
        "北岸華人商會完成換屆\n\n本報訊　北岸華人商會日前舉行換屆大會。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    const auto& cut = page.articles[1];
    REQUIRE(cut.paragraphs.size() == 3);
    CHECK(cut.paragraphs[1].text ==
          "陳偉明提醒，如接到可疑電話，應立即掛斷並向家人或警方求證，切勿透露銀行卡密碼及驗證碼。");
    CHECK(page.unplaced.empty());
}

TEST_CASE(
    "segmenter: a title-long line listing three items is text, a department alone in "
    "brackets closes a notice",
    "[segmenter]") {
    const std::string text =
        "公司开展夏季安全生产大检查\n\n为切实做好汛期安全生产工作，公司组织各部门开展检查。\n\n"
        "此次检查重点围绕防暑降温、防汛排涝、用电安全和危险化\n\n\n"
        "学品管理等内容，采取“四不两直”方式深入生产现场。\n\n（安全环保部）\n\n"
        "青年职工技能比武决出名次\n\n本报讯（通讯员　刘　畅）7月10日，公司团委举办技能比武。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].authors.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"青年职工技能比武决出名次"});
}

TEST_CASE("segmenter: a poem of one-line stanzas under a title and its poet set apart",
          "[segmenter]") {
    const std::string text =
        "外婆家的柿子树\n\n■ "
        "厉雨萌\n\n小时候，外婆家在歌山脚下。每到秋天，屋后的柿子树就挂满了果子，"
        "外婆总要摘下最红的留给我。\n\n后来外婆走了，老屋也翻建成了新房。\n\n"
        "卢宅听雨\n\n楼晓峰\n\n江南的雨，落在白墙黛瓦上\n\n落在卢宅肃雍堂的檐角\n\n一声，一声\n\n"
        "敲醒了五百年的光阴\n\n木雕的花窗里\n\n藏着多少人的故事\n\n（作者单位：东阳市文化馆）\n\n"
        "老街索面香\n\n文·图　陈伟强\n\n初冬的清晨，横店镇的老街还笼罩在薄雾中，做索面的人家已经忙"
        "开了。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"卢宅听雨"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "楼晓峰");
    CHECK(page.articles[1].paragraphs.size() == 6);
    CHECK(headline_texts(page.articles[2]) == Texts{"老街索面香"});
}

TEST_CASE(
    "segmenter: a quoted crosshead's length counts its words, a caption over its "
    "credit after a cut paragraph's end",
    "[segmenter]") {
    const std::string text =
        "让好种子“长”在江汉平原\n\n文/图　万  里\n\n"
        "六月的江汉平原，早稻已进入分蘖盛期。在荆州市的一块试验田里，研究人员正在观察稻苗长势。\n\n"
        "一粒种子的十年\n\n“育成一个水稻新品种，少则七八年，多则十几年。”杨晓明说。\n\n"
        "从“看天吃饭”到“知天而作”\n\n在研究所的智慧农业实验室，大屏幕上实时显示着各试验点的数据。\n"
        "\n"
        "红原县首届牧民技能大赛开赛\n\n"
        "本报红原讯（记者　益西卓玛）9月13日，红原县首届牧民技能大赛在瓦切镇开赛。\n\n"
        "赛场上，选手们各显身手。县农牧农村和科技局负责人介绍，举办技能大赛能激发牧民学技术、\n\n\n"
        "比技能的热情。\n\n9月13日，红原县首届牧民技能大赛现场，选手在进行酥油制作比赛。\n"
        "本报记者　益西卓玛　摄\n\n川西北高原气象观测网基本建成\n\n"
        "本报讯　近日，川西北高原气象观测网基本建成。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].crossheads.size() == 2);
    const auto& fair = page.articles[1];
    CHECK(fair.paragraphs.size() == 2);
    CHECK(fair.captions.size() == 1);
}

TEST_CASE("segmenter: bulleted pen names under short titles and over stanzas", "[segmenter]") {
    const std::string text =
        "黄洋界上（外一首）\n\n□ 竹　溪\n\n云在脚下翻涌\n像当年的炮声\n一声一声\n\n"
        "哨口的石头还记得\n那些年轻的脸庞\n\n挑粮小道\n\n一条小道\n从山脚爬到山顶\n我走得很慢\n\n"
        "茨坪的雨\n\n◎ "
        "山　樵\n\n茨坪的雨，是说来就来的。刚才还是满天阳光，一阵山风吹过，雨点就落在湖上。\n\n"
        "雨停得也快。太阳从云缝里钻出来，整座小镇像刚洗过一样。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "竹溪");
    REQUIRE(page.articles[0].crossheads.size() == 1);
    CHECK(page.articles[0].crossheads[0].text == "挑粮小道");
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "山樵");
}

TEST_CASE(
    "segmenter: a pupil's signature with the teacher's credit under it, a poem whose "
    "stanza is verse already",
    "[segmenter]") {
    const std::string text =
        "红井边的思考\n\n　　“吃水不忘挖井人，时刻想念毛主席。”站在沙洲坝的红井边，读着石碑上的这行"
        "字，"
        "我心里久久不能平静。\n\n　　我俯下身，捧起一口井水。水很凉，一直凉到心里。\n\n"
        "瑞金市第一中学高一（7）班　杨子涵\n（指导教师　谢丽华）\n\n"
        "我的家乡在瑞金\n瑞金市象湖镇第三小学五年级　赖思琪\n\n"
        "我的家乡在瑞金\n这里有叶坪的老樟树\n这里有沙洲坝的红井水\n还有绵江河边\n奶奶哼唱的山歌\n\n"
        "我要快快长大\n把家乡的故事\n讲给更多的人听\n\n"
        "沙洲坝小学培训“红色小讲解员”\n\n"
        "　　本报讯（通讯员　刘光明）近日，沙洲坝小学启动第五期“红色小讲解员”培训。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[1].name == "谢丽华");
    CHECK(page.articles[0].authors[1].role_text == "指导教师");
    CHECK(page.articles[1].paragraphs.size() == 8);
    CHECK(headline_texts(page.articles[2]) == Texts{"沙洲坝小学培训“红色小讲解员”"});
}

TEST_CASE(
    "segmenter: a letter's salutation with 敬爱的, its signature from abroad and the "
    "date it was signed",
    "[segmenter]") {
    const std::string text =
        "寄自三藩市的一封家書\n\n"
        "編者按：旅美鄉親關煥榮先生今年八十五歲，日前託人將一封寫給家鄉父老的信寄到本報。\n\n"
        "敬愛的家鄉父老：\n\n離開百合已經六十六年了。這些年，我在三藩市開過洗衣館、做過廚師。\n\n"
        "我年紀大了，只盼家鄉越來越好。\n\n美國三藩市　關煥榮\n二〇二六年七月二十日\n\n"
        "碉樓裡的童年\n\n我出生在塘口鎮的一座碉樓裡。碉樓有四層高，牆有一尺多厚。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 4);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "關煥榮");
    CHECK(headline_texts(page.articles[1]) == Texts{"碉樓裡的童年"});
}

TEST_CASE(
    "segmenter: a bureau signing its reply at the end, sections numbered as a series "
    "under a feature credited at its end",
    "[segmenter]") {
    const std::string text =
        "【部门回复】\n\n关于绿道增设遮阳座椅的回复\n\n"
        "市民朋友：您反映的绿道缺少遮阳座椅的问题，我局已会同街道实地查看。\n\n"
        "目前已同步增设遮阳座椅二十余组，欢迎市民继续建言献策。\n\n上虞区综合行政执法局\n\n"
        "专业户的新烦恼\n\n今年，我县农村各类专业户发展到四千二百多户，不少专业户向记者诉说了新烦恼"
        "。\n\n"
        "烦恼之一：买不到好种苗\n\n养鸡专业户王金根打算明年扩大规模，可是都买不到良种鸡苗。\n\n"
        "烦恼之二：信息不灵\n\n种蘑菇的专业户蒋秀英因为不了解行情，只好低价卖给小贩。\n\n"
        "（本报记者　彭晓红）\n\n"
        "江苏农村电话网初具规模\n\n新华社南京十二月三日电　江苏省农村电话网已经初具规模。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].authors.empty());
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"专业户的新烦恼"});
    CHECK(page.articles[1].crossheads.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "彭晓红");
}

TEST_CASE(
    "segmenter: short wrapped paragraphs set apart by blank lines are still a "
    "hard-wrapped page",
    "[segmenter]") {
    // Eight paragraphs wrapped at 20 characters over two lines and nine of one line, blank
    // lines between them: fewer runs of text than most wrapped pages, one width throughout.
    std::string text = "平潭夜游热度攀升\n\n■本报记者　林晓岚\n\n";
    for (int k = 0; k < 8; ++k) {
        text += "第" + std::to_string(k + 1) + "处海滩接连出现蓝眼泪景观，吸引大批游\n";
        text += "客连夜赶海观赏。\n\n游客量同比增长约六成。\n\n";
    }
    text += "酒店民宿周末入住率超过九成。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.hard_wrapped);
    CHECK(page.articles[0].paragraphs.size() == 17);
}

TEST_CASE("segmenter: jump markers that name no page, and a Malaysian paper's 文转",
          "[segmenter]") {
    const std::string text =
        "（接上頁）\n\n論壇上，多位與會者認為社區服務需要更多年輕義工參與。\n\n"
        "加帛长屋遭水淹　居民撤离\n\n（诗巫16日讯）连日豪雨导致加帛多间长屋遭水淹，数十户居民连夜撤"
        "离，"
        "民防部队已在当地设立临时疏散中心。\n\n（文转A7）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].headlines.empty());
    REQUIRE(page.articles[0].jumps.size() == 1);
    CHECK(page.articles[0].jumps[0].direction == broadsheet::JumpDirection::continued_from);
    CHECK(page.articles[0].jumps[0].page.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"加帛长屋遭水淹　居民撤离"});
    REQUIRE(page.articles[1].jumps.size() == 1);
    CHECK(page.articles[1].jumps[0].page == "A7");
}

TEST_CASE("segmenter: a kicker of eight characters over the byline, the title under it",
          "[segmenter]") {
    const std::string text =
        "走进乡村振兴一线\n\n全媒体记者 斯琴高娃 见习记者 周  敏\n\n博斯腾湖畔芦苇变“金苇”\n"
        "——博湖县芦苇产业年产值突破三亿元\n\n"
        "盛夏时节，博斯腾湖西岸的大片芦苇随风起伏，芦苇加工厂里工人们正忙着编织苇帘。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"走进乡村振兴一线", "博斯腾湖畔芦苇变“金苇”", "——博湖县芦苇产业年产值突破三亿元"});
    CHECK(page.articles[0].authors.size() == 2);
}

TEST_CASE(
    "segmenter: a photo credit under a headline, the tail of the paragraph above "
    "printed between them",
    "[segmenter]") {
    const std::string text =
        "渔港码头实现一站式服务\n\n记者　许晴\n\n"
        "近日，石浦渔港码头服务中心正式启用。渔民办理进出港报告、渔获申报等业务，只需在窗口\n\n"
        "“蓝色粮仓”里的科技范\n\n就能一键办理。\n\n记者 赵梦怡 文 周  涛 摄\n\n"
        "在象山县高泥村附近海域，一座座深远海养殖平台矗立在碧波之上，养殖人员通过监控屏幕查看网箱。"
        "\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 1);
    REQUIRE(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].authors[0].name == "赵梦怡");
}

TEST_CASE("segmenter: a held headline's letter runs to the page's end, signed there",
          "[segmenter]") {
    const std::string text =
        "“小切口”里见治理“大文章”\n\n□ 徐丽娟\n\n"
        "每周三晚上，清湖一村的文化礼堂里总是灯火通明。\n\n"
        "基层治理千头万绪，关键在于多到田间地头走一走、听一听，让基层治理既有力度又有\n\n"
        "老旧小区加装电梯应再提速\n\n温度。\n\n"
        "我家住在城区一个建成二十多年的老小区，楼里住着不少七八十岁的老人，上下楼非常不便。\n\n"
        "建议有关部门进一步简化审批流程，让加装电梯这件好事早日落地。\n\n"
        "江山市虎山街道 姜建国\n\n江山日报社出版   地址：江山市鹿溪南路   新闻热线：4012345\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"老旧小区加装电梯应再提速"});
    CHECK(page.articles[1].paragraphs.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "姜建国");
}

TEST_CASE(
    "segmenter: a reporter's photo credit under the headline, over the first numbered "
    "section head",
    "[segmenter]") {
    const std::string text =
        "保护性耕作为黑土地“盖被子”\n\n记者　孙　 洋　李　 雪　摄\n\n一、秸秆还田 土壤越种越肥\n\n"
        "在秦家屯镇的一块示范田里，去年还田的秸秆已经腐烂，翻开表层，土壤黑油油的。\n\n"
        "二、科技助力 农民尝到甜头\n\n为推广保护性耕作技术，我市建立了二十个县级示范基地。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[0].name == "孙洋");
    CHECK(page.articles[0].crossheads.size() == 2);
}

TEST_CASE("segmenter: a spaced page number in the header, numerals heading the poems of a set",
          "[segmenter]") {
    const std::string text =
        "黄岩新闻 HUANGYAN NEWS\n2026年3月14日 星期六\n\n第 7 版\n橘乡·副刊\n\n"
        "山居（组诗）\n\n◎ 叶青禾\n\n一\n\n雾从竹林里走出来\n带着昨夜的露水\n一只白鹭\n\n二\n\n"
        "阳光落在茶垄上\n采茶的阿婆不说话\n她的竹篓里\n\n三\n\n炊烟是山村的签名\n写在黄昏的信纸上\n"
        "\n"
        "一封没有寄出的家书\n\n■ 黄岩区实验中学 王晓岚\n\n"
        "整理旧物时，我翻出一封没有寄出的家书，信纸已经泛黄。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"山居（组诗）"});
    REQUIRE(page.articles[0].crossheads.size() == 3);
    CHECK(page.articles[0].crossheads[0].text == "一");
    CHECK(page.articles[0].paragraphs.size() == 8);
}

TEST_CASE(
    "segmenter: a comma subtitle one blank line under the title and over a role-led "
    "byline, a bureau and a name in brackets closing an item",
    "[segmenter]") {
    const std::string text =
        "日月湾浪起 中国小将踏浪夺冠\n\n2026万宁国际冲浪节落幕，本土选手包揽青年组前二\n\n"
        "特约记者 符明哲\n\n11月19日，2026万宁国际冲浪节在日月湾落下帷幕，中国选手表现亮眼。\n\n"
        "石牛山杜鹃迎来盛花期\n\n连日来，石牛山上的杜鹃花竞相绽放，吸引大批游客前来观赏。\n\n"
        "（县文旅局 "
        "戴雅婷）\n\n德化瓷都马拉松开始报名\n\n本报讯　记者从县体育中心获悉，马拉松开始报名。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"日月湾浪起 中国小将踏浪夺冠", "2026万宁国际冲浪节落幕，本土选手包揽青年组前二"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "戴雅婷");
    CHECK(headline_texts(page.articles[2]) == Texts{"德化瓷都马拉松开始报名"});
}

TEST_CASE("segmenter: a question of ten characters set solid under a title line ends the title",
          "[segmenter]") {
    const std::string text =
        "【律师说法】\n\n邻居在门口装摄像头\n正对我家大门怎么办？\n\n"
        "宝华镇读者笪女士来信：邻居在自家门口安装了摄像头，镜头正对我家大门，我该怎么办？\n\n"
        "答：根据民法典的规定，自然人享有隐私权，邻居安装摄像头不得侵犯他人隐私。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"【律师说法】", "邻居在门口装摄像头", "正对我家大门怎么办？"});
    CHECK(page.articles[0].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: an answer addressed to a letter's signer stays with the letter, a label and a "
    "colon after a line ending in a colon opens a paragraph",
    "[segmenter]") {
    const std::string text =
        "【心灵驿站】\n\n和同桌闹别扭了怎么办？\n\n"
        "老师您好：我和同桌因为一点小事吵了架，已经一周没说话了，我该怎么办？\n\n"
        "——一名苦恼的五年级学生“晓晓”\n\n"
        "晓晓同学：同学之间闹点小矛盾很正常，不妨主动写张小纸条，说出你的想法。\n\n"
        "（区青少年心理辅导中心 心理教师 郑雅文）\n\n"
        "路灯不亮问题已解决\n\n"
        "6月3日本版刊登读者来信反映路灯不亮后，区城管局高度重视，现答复如下：\n\n"
        "区城管局答复：经现场排查，该路段12盏路灯线路老化，已于6月10日全部更换。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"【心灵驿站】", "和同桌闹别扭了怎么办？"});
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].authors[0].name == "晓晓");
    CHECK(page.articles[0].authors[1].name == "郑雅文");
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[1].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: a comma title set solid between one-line paragraphs, after a byline and lead "
    "printed first",
    "[segmenter]") {
    const std::string text =
        "古镇保护要久久为功\n◎清江客\n"
        "古镇是一座城市的记忆。近年来，我县对老街进行了修缮，游客明显增多。\n"
        "保护古镇，既要有规划，也要有耐心，不能急于求成。\n"
        "邵启明（西南林业大学副教授）\n"
        "今年以来，全县民宿数量增加到两百余家，旺季一房难求。\n"
        "民宿升温，管理要跟上\n"
        "民宿升温是好事，但消防、卫生等管理也要同步跟进，让游客住得放心。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"民宿升温，管理要跟上"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "邵启明");
    CHECK(page.articles[1].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: a box of figures between the pieces of a cut paragraph is set aside and the "
    "pieces join, a given name under a byline ending in a compound surname completes it",
    "[segmenter]") {
    const std::string text =
        "古镇研学游持续升温\n\n记者 司马\n文涛\n\n"
        "暑假以来，古镇已接待研学团队两百余批次。为做好服务，镇里培训了一批讲解员，并引导村民开办"
        "特色小吃\n\n今日天气\n今天：晴转多云 24℃～33℃\n明天：多云转阵雨 23℃～31℃\n\n"
        "店、民宿，吃上了旅游饭。\n\n"
        "茶叶市场行情平稳\n\n本报讯 本周各产区茶叶交易量平稳，名优茶价格小幅上涨，部分茶企积极拓展"
        "销售渠\n\n本周名优绿茶均价  每斤  +3.2%\n\n道，减少对单一市场的依赖。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "司马文涛");
    REQUIRE(page.articles[0].paragraphs.size() == 1);
    CHECK(page.articles[0].paragraphs[0].spans.size() == 2);
    REQUIRE(page.articles[1].paragraphs.size() == 1);
    CHECK(page.articles[1].paragraphs[0].text.find("渠道") != std::string::npos);
}

TEST_CASE(
    "segmenter: match results with their games and standings rows a blank line apart are one "
    "paragraph each, a running head repeating the paper's name is furniture",
    "[segmenter]") {
    const std::string text =
        "南洋商聲報　　2026年9月3日　星期四　　第8版　體育\n\n"
        "州乒乓球賽決賽成績\n\n男單：李志明（詩巫）勝王家豪（古晉）11-8、9-11、11-6\n\n"
        "女單：陳美玲（美里）勝張惠君（古晉）11-5、11-7\n\n"
        "男雙：林國強／吳俊傑（詩巫）勝黃子健／周文彬（美里）11-9、11-8\n\n"
        "南洋商聲報　體育　2026.9.3\n\n"
        "聯賽積分榜\n\n1.古晉警察　9場　積21分\n\n2.詩巫青年　9場　積18分\n\n"
        "3.美里聯隊　8場　積15分\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"州乒乓球賽決賽成績"});
    CHECK(page.articles[0].paragraphs.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"聯賽積分榜"});
    CHECK(page.articles[1].paragraphs.size() == 3);
    CHECK(page.articles[1].crossheads.empty());
    CHECK(page.furniture.size() == 2);
}

TEST_CASE(
    "segmenter: pdftotext -layout's left margin is no indentation, a lone l or i is scan "
    "noise",
    "[segmenter]") {
    const std::string text =
        "  东阳报                                  2026年4月2日    星期四\n\n"
        "                      竹编产业迎来订单旺季\n"
        "                本报记者  何  静    通讯员  楼晓东\n\n"
        "      4月1日，南马镇的竹编工坊里一派忙碌，十几名工人\n"
        "  正在赶制一批出口欧洲的竹编收纳篮。工坊负责人介绍，今\n"
        "  年一季度订单同比增长三成。\n"
        "      近年来，当地推动竹编与文创融合，开发了茶具、灯具\n"
        "  等新品类，带动周边三百多名村民在家门口就业。\n"
        "  l\n"
        "                      横店影视城推出夜游新线路\n\n"
        "      本报讯（记者 王  芳）4月1日起，横店影视城推出夜游新线路，\n"
        "  游客可在灯光秀中感受古城夜色。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"横店影视城推出夜游新线路"});
    CHECK(page.articles[1].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: stanzas closed by a full stop are one paragraph each, a poem signed after its "
    "stanzas, an essay signed with a pen name in brackets",
    "[segmenter]") {
    const std::string text =
        "山城的雨\n\n◎ 周若溪\n\n雨落在石阶上\n一级一级\n数着回家的路\n"
        "数到巷口就停了。\n\n母亲在窗前\n把灯拧亮一些\n好让雨\n看清归人的脸。\n\n"
        "外婆的菜园\n\n每年开春，外婆都要在屋后的菜园里种上几垄青菜，再沿着篱笆点几棵丝瓜。\n\n"
        "菜园不大，却养活了一家人的四季。如今外婆走了，菜园还在，丝瓜藤年年爬满篱笆。\n\n"
        "（云岫）\n\n"
        "渡口\n\n河水慢慢\n把渡船推远\n艄公的号子\n落进芦苇深处\n\n"
        "对岸的灯\n一盏一盏亮起\n像谁\n在数星星。\n\n■ 柯远帆\n\n"
        "责任编辑：邱晓雯\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].paragraphs.size() == 2);
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "云岫");
    CHECK(page.articles[1].crossheads.empty());
    CHECK(headline_texts(page.articles[2]) == Texts{"渡口"});
    REQUIRE(page.articles[2].authors.size() == 1);
    CHECK(page.articles[2].authors[0].name == "柯远帆");
    CHECK(page.articles[2].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: an office over a notice's title heads the notice, a notice's title is no "
    "section head, an obituary's issuer and date close it",
    "[segmenter]") {
    const std::string text =
        "讣　告\n\n退休教师王守仁同志，因病医治无效，于2026年3月2日逝世，享年八十六岁。\n\n"
        "王守仁同志治丧小组\n\n2026年3月3日\n\n"
        "城南片区完成雨污分流改造\n\n本报讯（记者 "
        "刘晓雯）3月2日，城南片区雨污分流改造工程完工。\n\n"
        "改造后片区污水收集率明显提升，居民反映良好。\n\n"
        "县交通运输局\n\n关于县道临时封闭施工的通告\n\n"
        "因道路养护需要，县道X205线将于3月10日至15日封闭施工。\n\n特此通告。\n\n"
        "县交通运输局\n\n2026年3月5日\n\n"
        "春耕备耕有序推进\n\n记者 "
        "陈立新\n\n眼下正值春耕备耕关键期，各乡镇组织农技人员下田指导。\n\n"
        "停电通知\n\n因线路检修，3月8日8时至18时城东片区停电，请用户提前做好准备。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 5);
    CHECK(page.articles[0].paragraphs.size() == 3);
    CHECK(headline_texts(page.articles[2]) == Texts{"县交通运输局", "关于县道临时封闭施工的通告"});
    CHECK(page.articles[3].crossheads.empty());
    CHECK(headline_texts(page.articles[4]) == Texts{"停电通知"});
}

TEST_CASE(
    "segmenter: a header printed one field a line, two words around a middle dot under it "
    "name the section",
    "[segmenter]") {
    const std::string text =
        "景宁报\n2026年10月8日\n星期四\n第2版\n畲乡·文旅\n"
        "大均古村迎来国庆客流高峰\n记者 雷晓燕\n"
        "国庆假期，大均古村接待游客两万余人次，畲族歌舞表演场场爆满。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) == Texts{"大均古村迎来国庆客流高峰"});
    CHECK(std::any_of(
        page.furniture.begin(), page.furniture.end(), [](const broadsheet::Furniture& f) {
            return f.kind == broadsheet::FurnitureKind::section_name && f.text == "畲乡·文旅";
        }));
}

TEST_CASE(
    "segmenter: a question under a bracketed column name is its title, the masthead alone "
    "over the section's name, a comma subtitle one blank line over the lead",
    "[segmenter]") {
    const std::string text =
        "2026年6月2日　星期二　　　　A4\n\n江洲日报\n\n民生\n\n"
        "【群众来信】\n\n小区门口修路，“临时通道”能不能早点开？\n\n编辑同志：\n\n"
        "我家小区门口修路已经两个多月，居民只能绕行一公里，老人出行很不方便。\n\n"
        "——城关街道东门社区　冯　洁\n\n"
        "全市夏粮收购进度过半\n\n小麦收购价格稳中有升\n\n"
        "同比增长12.6%，优质麦占比创新高\n\n"
        "本报讯（记者 孙立平）记者从市粮食和物资储备局获悉，全市夏粮收购进度已过半。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"【群众来信】", "小区门口修路，“临时通道”能不能早点开？"});
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "冯洁");
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"全市夏粮收购进度过半", "小麦收购价格稳中有升", "同比增长12.6%，优质麦占比创新高"});
    CHECK(page.articles[1].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: the asker's name after a question stays in it, a caption after a jump marker, "
    "a two-clause title ending in a quoted word",
    "[segmenter]") {
    const std::string text =
        "【专家答疑】\n\n柑橘裂果怎么防\n\n"
        "问：我家柑橘每年秋天都裂果，这是什么原因？（临江镇　周先生）\n\n"
        "答：柑橘裂果多因水分供应不均，干旱后突降大雨时最为常见。\n\n"
        "（本报记者　严冬梅　整理）\n\n"
        "古镇夜市人气旺\n\n文/林晓峰　图/许　安\n\n"
        "入夜，古镇老街灯火通明，各色小吃摊前排起长队。夜市运营方表示，周末日均客流已超过两万人次，"
        "带动周边民宿入住率明显提升。\n\n（下转第3版）\n\n游客在夜市品尝特色小吃。\n\n"
        "防汛不放松，守好“安全线”\n\n"
        "当前正值主汛期，各地要压紧压实防汛责任，加强巡查值守，确保安全度汛。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].paragraphs.size() == 2);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "严冬梅");
    CHECK(page.articles[1].captions.size() == 1);
    CHECK(headline_texts(page.articles[2]) == Texts{"防汛不放松，守好“安全线”"});
    CHECK(page.articles[2].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: a pupil's poem of one-line stanzas closed by the teacher's credit, a title "
    "announcing more poems heads the next poem and the poet signs after both",
    "[segmenter]") {
    const std::string text =
        "海岛晨报　　2026年6月1日　星期一　　第6版\n\n海　鸥\n\n实验小学三（2）班　林小满\n\n海鸥是"
        "大海的信使\n\n每天早上\n\n"
        "它把浪花的歌声\n\n送到我的窗前\n\n我也想做一只海鸥\n\n飞过那片蓝\n\n"
        "指导教师：何丽萍\n\n"
        "古桥听风（外一首）\n\n风从桥洞穿过\n\n带走一声叹息\n\n三百年了\n\n桥还在等那个人\n\n\n"
        "老井\n\n井绳磨出的沟痕\n\n是祖母的年轮\n\n如今井口长满青苔\n\n只有月亮还来打水\n\n"
        "（沈青禾）\n\n"
        "本版编辑：顾晓东\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 6);
    CHECK(page.articles[0].authors.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"古桥听风（外一首）"});
    REQUIRE(page.articles[1].crossheads.size() == 1);
    CHECK(page.articles[1].crossheads[0].text == "老井");
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "沈青禾");
}

TEST_CASE(
    "segmenter: a caption naming who stands where, its photographer credited after it, and a "
    "page header repeated between the pieces of a cut paragraph",
    "[segmenter]") {
    const std::string text =
        "北婆日報　　2026年9月2日（星期三）　　A5　地方新聞\n\n"
        "山打根海濱步道竣工\n\n報導：陳家樂\n\n"
        "　　山打根市議會今日宣佈，全長三公里的海濱步道已經竣工，將於本月中旬開放。\n\n"
        "市議會主席（右二）巡視海濱步道。（圖：吳文華）\n\n"
        "　　他表示，步道沿途設有照明及休憩亭，並將與市區巴士路線連接，方便\n\n"
        "北婆日報　　2026年9月2日（星期三）　　A5　地方新聞\n\n"
        "居民及遊客前往。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].captions.size() == 1);
    REQUIRE(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].paragraphs[1].spans.size() == 2);
    CHECK(page.furniture.size() == 2);
}

TEST_CASE(
    "segmenter: where no blank line parts anything, a question set solid under a bracketed "
    "column name and over its byline is the title, and a four-character head under the byline "
    "is no wrapped name",
    "[segmenter]") {
    const std::string text =
        "闽南家庭报　2026年7月6日　星期一　第3版\n"
        "县图书馆暑期开放时间延长\n"
        "本报讯(记者 何丽娟)7月1日起,县图书馆暑期开放时间延长至晚上9时,方便学生阅读。\n"
        "【以案说法】\n"
        "离婚时,彩礼要不要退还?\n"
        "本报通讯员 郑晓琳 魏  芳\n"
        "案情回顾\n"
        "小李与小王2024年登记结婚,婚前小王家给付彩礼18万元。婚后双方感情不和,"
        "小王诉至法院要求离婚。\n"
        "法院审理\n"
        "法院审理认为,双方共同生活时间较短,酌情判决返还部分彩礼。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"【以案说法】", "离婚时,彩礼要不要退还?"});
    REQUIRE(page.articles[1].authors.size() == 2);
    CHECK(page.articles[1].authors[1].name == "魏芳");
    CHECK(page.articles[1].crossheads.size() == 2);
}

TEST_CASE(
    "segmenter: an unsigned item closed by its unit after a bylined article is an item of its "
    "own, a bracketed unit closing an item heads nothing, a dated piece is no couplet",
    "[segmenter]") {
    const std::string text =
        "城东新闻　　2026年6月3日　星期三　　第2版\n\n"
        "社区食堂开到家门口\n\n本报记者　林晓晨\n\n"
        "6月1日，城东街道第三家社区食堂开张，六十岁以上老人就餐可享八折优惠。\n\n"
        "街道负责人介绍，年内还将新建两家社区食堂，覆盖辖区所有社区。\n\n"
        "我区开展汛前河道清淤\n\n入汛前，区水务部门组织专业队伍对辖区河道开展清淤。\n\n"
        "截至6月2日，共清理淤\n\n泥一万两千立方米。\n\n（区水务局）\n\n"
        "职工书画展开幕\n\n6月2日，区总工会举办职工书画展，展出作品一百二十余件。\n\n"
        "（区总工会）\n\n"
        "夏夜的萤火\n\n◇ 青　禾\n\n小时候的夏夜，萤火虫在稻田上空飞来飞去，像撒落人间的星星。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(page.articles[0].crossheads.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"我区开展汛前河道清淤"});
    CHECK(page.articles[1].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[3]) == Texts{"夏夜的萤火"});
}

TEST_CASE(
    "segmenter: a notice's issuer and date on one line close it, a question under a plain "
    "column name over 问： is the title, a portrait's name and life dates are a caption",
    "[segmenter]") {
    const std::string text =
        "厂区报　　2025年6月20日　星期五　　第3版\n\n"
        "关于开展职工健康体检的通知\n\n"
        "各分公司、各部门：\n\n"
        "经研究，决定组织开展年度职工健康体检，请各单位按日程分批参检。\n\n"
        "集团公司工会　　2025年6月10日\n\n"
        "普法小课堂\n\n"
        "邻居装摄像头对着我家门口，合法吗？\n\n"
        "问：我家对门的邻居在门框上装了一个摄像头，正对着我家门口。\n\n"
        "答：自然人享有隐私权，任何组织或者个人不得侵害他人的隐私权。\n\n"
        "老院长遗体告别仪式举行\n\n"
        "本报讯（记者　邱　红）4月2日上午，老院长遗体告别仪式在殡仪馆举行。\n\n"
        "杨怀谦（1936—2025）\n\n"
        "他一生扎根乡村，为群众看病五十余年。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].paragraphs.size() == 3);
    CHECK(page.articles[0].paragraphs[2].text == "集团公司工会　　2025年6月10日");
    CHECK(headline_texts(page.articles[1]) ==
          Texts{"普法小课堂", "邻居装摄像头对着我家门口，合法吗？"});
    CHECK(page.articles[1].paragraphs.size() == 2);
    REQUIRE(page.articles[2].captions.size() == 1);
    CHECK(page.articles[2].paragraphs.size() == 2);
}

TEST_CASE(
    "segmenter: a head marked like the sections before it is the next section whatever its "
    "words, a plain box label after marked sections is none, a life story is an item",
    "[segmenter]") {
    const std::string text =
        "法治周刊　　2025年9月23日　星期二　　第7版\n\n"
        "借条上的“高息”被法院砍掉了\n\n"
        "通讯员　曾　琳\n\n"
        "■案情回顾\n\n2022年3月，刘某向陈某借款30万元，约定月息2%。\n\n"
        "■法院审理\n\n法院认为，预先扣除的利息应按实际借款数额计算本金。\n\n"
        "■法官说法\n\n承办法官介绍，民间借贷中“砍头息”的做法较为常见。\n\n"
        "火山“睡着”了还是“熄灭”了\n\n"
        "文/隋文博\n\n"
        "站在老黑山顶，脚下是黑褐色的火山渣。\n\n"
        "◎老黑山为什么是“黑”的\n\n老黑山是最年轻的火山之一。\n\n"
        "◎“石龙”是怎么形成的\n\n熔岩流动时表面冷却，形成了“石龙”。\n\n"
        "小问号\n\n"
        "这里的矿泉水喝起来有一种刺舌的感觉，是因为溶有二氧化碳。\n\n"
        "杨怀谦同志生平\n\n"
        "杨怀谦，男，汉族，1936年5月出生。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(page.articles[0].crossheads.size() == 3);
    CHECK(page.articles[1].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"小问号"});
    CHECK(headline_texts(page.articles[3]) == Texts{"杨怀谦同志生平"});
}

TEST_CASE(
    "segmenter: a continued-from marker run into the head of the text opens the continued "
    "story, the marker kept as furniture",
    "[segmenter]") {
    const std::string text =
        "古堰晚报　　2026年4月3日　星期五　　第6版\n\n"
        "（上接01版）的游客在南桥两岸驻足观看。据景区统计，小长假接待游客十二万人次。\n\n"
        "景区负责人表示，小长假期间景区增派安保和志愿者。\n\n"
        "放水节“搬”进夜色里\n\n"
        "本报讯（记者 罗川）清明放水节非遗展演今年首次推出夜场。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].headlines.empty());
    REQUIRE(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].paragraphs[0].text.rfind("的游客", 0) == 0);
    REQUIRE(page.articles[0].jumps.size() == 1);
    CHECK(page.articles[0].jumps[0].direction == JumpDirection::continued_from);
    CHECK(page.unplaced.empty());
}

TEST_CASE(
    "segmenter: a kind of news over the first byline is the section's name, a running head "
    "repeating the header's words across a gap is furniture, a data label's figure is a note",
    "[segmenter]") {
    const std::string text =
        "山城周刊　　　　　　　　　　2025年12月16日　星期二\n\n"
        "第3版　城乡·民生\n\n"
        "综合新闻\n\n"
        "记者 张  凯 通讯员 杜红霞\n\n"
        "12月13日，随着最后一车核桃仁装车发往郑州，核桃加工产业园今年的加工任务全部完成。\n\n"
        "小核桃“敲”出大产业\n\n"
        "“以前核桃青皮要自己剥，现在交给产业园，一斤还能多卖两毛钱。”\n\n"
        "【数据】2025年1—11月全县核桃产量同比增长9.3%　　　本报资料\n\n"
        "山城周刊　　　　　　　　城乡·民生\n\n"
        "古城里的“年味”提前到\n\n"
        "本报记者 刘  强\n\n"
        "12月1日，古城里的手工艺人赶制剪纸、面花、灯笼，迎接元旦和春节。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(headline_texts(page.articles[0]) == Texts{"小核桃“敲”出大产业"});
    REQUIRE(page.articles[0].authors.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].captions.size() == 1);
    CHECK(headline_texts(page.articles[1]) == Texts{"古城里的“年味”提前到"});
}

TEST_CASE(
    "segmenter: a bulleted head closing a headline block is the first section when a later "
    "head opens with the same bullet",
    "[segmenter]") {
    const std::string text =
        "河海校报　　2026年5月20日　　第4版\n\n"
        "【青春河海】\n"
        "“小水滴”支教队：八年守护一所山村小学\n\n"
        "▍一块黑板的故事\n\n"
        "2018年夏天，三名学生背着行囊来到山村小学，教室里只有一块裂了缝的黑板。\n\n"
        "这一问，让“小水滴”支教队坚持了八年。\n\n"
        "▍接力棒传到00后手里\n\n"
        "今年，支教队迎来了第一批00后队员，他们带去了编程课和科学实验。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(headline_texts(page.articles[0]) ==
          Texts{"【青春河海】", "“小水滴”支教队：八年守护一所山村小学"});
    REQUIRE(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].crossheads[0].text == "▍一块黑板的故事");
}

TEST_CASE(
    "segmenter: where no blank line parts anything, a quoted line between indented paragraphs "
    "of a told story is its section head and a unit in brackets closes the item",
    "[segmenter]") {
    const std::string text =
        "凤阳新闻　　　　　　　　2026年4月9日　星期四\n"
        "第4版　　岁月·记忆\n"
        "扛着扁担上了凤阳山\n"
        "口述／刘长海　　整理／葛　楠\n"
        "　　1975年冬天，县里号召修凤阳山水库，我报名上了工地。\n"
        "“一根扁担两只筐”\n"
        "　　那时候工地上没有挖掘机，全靠人挖肩挑，一天下来肩膀磨破了皮。\n"
        "“水库通水那天，全村人都哭了”\n"
        "　　水库前前后后修了三年多。1979年春天通水那天，渠水一路流进了村里。\n"
        "（凤阳县委党史研究室供稿）\n"
        "县档案馆征集老照片老物件\n"
        "　　为留存县域发展记忆，县档案馆即日起面向社会征集老照片、老物件。\n"
        "（县档案馆）\n"
        "凤阳花鼓走进城西小学课堂\n"
        "　　4月7日，凤阳花鼓非遗传承人走进城西小学，为三年级学生上了一堂花鼓课。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"县档案馆征集老照片老物件"});
    CHECK(headline_texts(page.articles[2]) == Texts{"凤阳花鼓走进城西小学课堂"});
}

TEST_CASE(
    "segmenter: readers' letters — a question over a salutation is the title, a head over a "
    "letter is no section, a labelled reply after the signature belongs to the letter, a few "
    "characters after text cut mid-word end it, a sentence between a cut and its last word is "
    "a caption",
    "[segmenter]") {
    const std::string text =
        "临高融媒　　2026年8月6日　星期三　　第3版\n\n"
        "记者回访：南宝镇积水路段已修复\n\n"
        "本报记者　吴海燕\n\n"
        "7月中旬，本栏目刊发了读者反映南宝镇松梅路段逢雨必涝的来信。8月初，路段完成改造，"
        "有居民建议在施工前向街坊介绍交通安排，让居民早作准\n\n"
        "改造后的南宝镇松梅路段。\n\n"
        "备。\n\n"
        "校车能否多开一班？\n\n"
        "编辑同志：我家孩子在波莲镇中心小学读书，家离学校有8公里，希望校车能多开一班。\n\n"
        "读者　符秀梅\n\n"
        "县教育局回复：经与学校及校车运营公司沟通，自秋季学期起增开一班校车。\n\n"
        "（本报记者　陈　颖　整理）\n\n"
        "感谢好心人帮我找回钱包\n\n"
        "编辑同志：7月25日，我在农贸市场买菜时不慎丢失钱包，一位摊主捡到后四处打听失主，"
        "我不知道怎么感谢他才好，只想对他说一声谢\n\n"
        "谢你！\n\n"
        "读者　李丽珍\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].paragraphs.size() == 1);
    CHECK(page.articles[0].captions.size() == 1);
    CHECK(headline_texts(page.articles[1]) == Texts{"校车能否多开一班？"});
    CHECK(page.articles[1].paragraphs.size() == 2);
    CHECK(page.articles[1].authors.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"感谢好心人帮我找回钱包"});
    REQUIRE(page.articles[2].paragraphs.size() == 1);
    CHECK(page.articles[2].authors.size() == 1);
}

TEST_CASE(
    "segmenter: a lone modifier letter between the pieces of a cut paragraph is scan noise, "
    "and in a pdftotext -layout page a head centred like the last section head is the next",
    "[segmenter]") {
    const std::string noisy =
        "瑞丽江报　　1995年12月9日　星期六　第2版\n\n"
        "姐告边贸区建设步伐加快\n"
        "本报记者  岩  温\n\n"
        "为方便客商，边贸区简化了出入境手续，前来采购的缅甸商人吴丁说，现在办手续方便多了，一般半天"
        "就\n\n\n"
        "ˊ\n\n"
        "能办完。\n\n"
        "弄岛乡甘蔗喜获丰收\n"
        "通讯员  段家祥\n\n"
        "眼下正是甘蔗收获季节，弄岛乡的傣族群众忙着砍甘蔗、装车。\n";
    const Page noisy_page = segment(noisy);
    check_invariants(noisy, noisy_page);
    REQUIRE(noisy_page.articles.size() == 2);
    CHECK(noisy_page.articles[0].paragraphs.size() == 1);
    CHECK(headline_texts(noisy_page.articles[1]) == Texts{"弄岛乡甘蔗喜获丰收"});

    const std::string layout =
        "        吉首大学报                                   2026年12月18日     第2版\n\n\n"
        "                    一针一线绣出“非遗新青年”\n"
        "        文/向思雨                              图/彭　浩\n\n\n"
        "            每周三下午，苗绣工作坊总是座无虚席，十多名学生围坐在绣架前学习针法。\n\n\n"
        "                    从“零基础”到“能出活”\n"
        "            “刚开始连针都拿不稳，一个下午只绣了指甲盖大小。”大二学生麻晓婷说。\n"
        "            授课的苗绣传承人石银花说，手艺传下去，才不会断。\n\n\n"
        "                    把课堂作品变成文创产品\n"
        "            今年以来，学员把苗绣纹样用到布包、书签等文创产品上，已开发产品16款。\n\n"
        "                 湘西州首届大学生乡村振兴创意大赛在我校举行\n"
        "        本报记者   田　甜\n\n"
        "            12月13日至14日，湘西州首届大学生乡村振兴创意大赛决赛在我校举行。\n";
    const Page layout_page = segment(layout);
    check_invariants(layout, layout_page);
    REQUIRE(layout_page.articles.size() == 2);
    CHECK(layout_page.articles[0].crossheads.size() == 2);
}

TEST_CASE(
    "segmenter: a letters package — bracketed labels under an editor's note and a reply's "
    "label after the letter's signature head sections of one article",
    "[segmenter]") {
    const std::string text =
        "临高融媒　　2026年8月6日　星期三　　第3版\n\n"
        "村道路灯“罢工”三个月　何时能亮？\n\n"
        "编者按：近期，本报“民声热线”陆续收到多位读者反映农村路灯损坏的问题，本期刊登其中一封来信及"
        "有关部门的回复。\n\n"
        "【读者来信】\n\n"
        "编辑同志：我是临城镇美台村的村民。我们村通往镇上的村道两侧路灯已经三个月不亮了。\n\n"
        "我们向村委会反映过几次，希望有关部门尽快派人来修。\n\n"
        "临城镇美台村　读者　王家福\n\n"
        "【部门回复】\n\n"
        "读者王家福同志：您反映的情况收悉。经核查，路灯蓄电池老化，已于8月3日全部更换。\n\n"
        "（临高县住房和城乡建设局）\n\n"
        "记者回访：南宝镇积水路段已修复\n\n"
        "本报记者　吴海燕\n\n"
        "7月中旬，本栏目刊发了读者反映南宝镇松梅路段逢雨必涝的来信，8月初路段完成改造。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 4);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "王家福");
}

TEST_CASE(
    "segmenter: the rest of a paragraph cut after a comma, printed after a whole short item "
    "opened by its dateline, goes back to its paragraph",
    "[segmenter]") {
    const std::string text =
        "云浮日报　　2026年6月23日　星期二　　A3　城事·民生\n\n"
        "云城区“微改造”让老街区焕发新颜\n\n"
        "本报记者　黎嘉欣\n\n"
        "走进云城街道解放路，修缮一新的骑楼立面错落有致，老街区焕发出新的活力。\n\n"
        "云城区住建局负责人表示，今年还将启动新兴路、环城路等老街区的微改造，\n\n"
        "市区新增3处“口袋公园”\n\n"
        "本报讯（记者　陈思颖）日前，位于星岩四路、府前路的3处“口袋公园”建成开放。\n\n"
        "让更多老街区在留住烟火气的同时变得更加宜居。\n\n"
        "罗定“稻米节”开镰\n\n"
        "本报记者　谭伟业\n\n"
        "6月20日，第六届罗定稻米节在素龙街道开镰。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].paragraphs[1].spans.size() == 2);
    CHECK(page.articles[1].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: a column label over a report with its own byline line is its column name, a "
    "soldier signs a letter with unit and rank, the salutation under that signature is a "
    "paragraph, and a brief may open with 眼下",
    "[segmenter]") {
    const std::string text =
        "秦川农村报　　2026年9月22日　星期二　　第5版\n\n"
        "【产区动态】\n\n"
        "周至猕猴桃开园采摘\n\n"
        "本报记者　杨  帆　实习生　党佳怡\n\n"
        "9月18日，周至县2026年猕猴桃开园仪式在楼观镇举行。\n\n"
        "走进楼观镇周一村的猕猴桃园，一串串果实挂满枝头。\n\n"
        "写给妈妈的一封信\n\n"
        "阿里某边防团　上等兵　胡晓宇\n\n"
        "妈妈：\n\n"
        "您好！这是我到连队后给您写的第一封信。\n\n"
        "妈妈，您不用担心我。等明年休假回家，我给您带一块雪山上的石头。\n\n"
        "东宁黑木耳秋耳进入采收期\n\n"
        "眼下，黑龙江东宁市30余万亩秋耳陆续进入采收期。\n\n"
        "西峡香菇出口专列首发\n\n"
        "10月10日，满载香菇的中欧班列从西峡县发车。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 4);
    CHECK(headline_texts(page.articles[0]) == Texts{"【产区动态】", "周至猕猴桃开园采摘"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].role_text == "上等兵");
    CHECK(page.articles[1].paragraphs.size() == 3);
    CHECK(headline_texts(page.articles[2]) == Texts{"东宁黑木耳秋耳进入采收期"});
}

TEST_CASE(
    "segmenter: a bulleted head restated by its text is still a section of a bylined "
    "article, and an end credit repeating the byline's reporter signs a brief of its own",
    "[segmenter]") {
    const std::string text =
        "華聲報　　2026年5月4日　星期一　　第6版\n\n"
        "卡達亞灣節將登場\n"
        "本報記者　林　佩珊\n\n"
        "一年一度的納卯「卡達亞灣節」將於本月中旬舉行，今年華社再度組隊參加花車遊行。\n"
        "●花車以「海上絲路」為主題\n"
        "籌委會主任委員許志強介紹，今年的華社花車以「海上絲路」為主題，長約十五米。\n"
        "●舞龍舞獅隊加緊排練\n"
        "除花車外，華社還將派出舞龍隊及醒獅隊共六十人參加遊行。\n\n"
        "記者鍾文華／後龍報導\n"
        "後龍鎮外埔漁港旁的「綠色隧道」木麻黃步道，經過半年整修後重新開放。\n\n"
        "後龍外埔綠色隧道　整修完工重新開放\n\n"
        "後龍鎮公所表示，這條步道長約1.5公里，兩旁木麻黃林蔭蔽日。\n\n"
        "公館紅棗　試種新品種有成\n"
        "苗栗縣公館鄉農會與農業改良場合作試種的紅棗新品種，今年首度採收。\n"
        "（記者鍾文華）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[1].paragraphs.size() == 2);
    CHECK(headline_texts(page.articles[2]) == Texts{"公館紅棗　試種新品種有成"});
}

TEST_CASE(
    "segmenter: notices set solid — a numbered head after a colon is a section, a correction "
    "closed by 特此更正 is signed by its issuer, a footer naming its staff is furniture, a "
    "numbered head and its first sub-head set solid are sections",
    "[segmenter]") {
    const std::string notices =
        "今日长汀　　2026年9月24日　星期四　　第4版\n\n"
        "关于做好城乡居民医疗保险集中参保缴费工作的通告\n"
        "为保障城乡居民基本医疗需求，现将有关事项通告如下：\n"
        "一、参保对象\n"
        "除职工基本医疗保险应参保人员以外的本县户籍居民。\n"
        "二、缴费时间\n"
        "集中缴费期为2026年10月1日至12月31日。\n"
        "特此通告。\n"
        "长汀县医疗保障局\n"
        "2026年9月20日\n\n"
        "更正\n"
        "本报9月17日第2版一文中，“店头街”应为“水东街”，特此更正，并向读者致歉。\n"
        "本报编辑部\n\n"
        "广告热线：0597-6822088　　　　校对：王　珊\n";
    const Page notice_page = segment(notices);
    check_invariants(notices, notice_page);
    REQUIRE(notice_page.articles.size() == 2);
    CHECK(notice_page.articles[0].crossheads.size() == 2);
    // (The issuer signs the correction: a signature, as in most golds, not a paragraph.)
    CHECK(notice_page.articles[1].paragraphs.size() == 1);
    CHECK(notice_page.articles[1].credit_spans.size() == 1);

    const std::string theory =
        "宁化报　　2026年10月10日　　第3版\n\n"
        "传承红色基因　赓续长征精神\n\n"
        "□ 张  建华\n\n"
        "宁化是中央苏区县和中央红军长征出发地之一，红色资源丰富。\n\n"
        "一、深刻认识红色资源的独特价值\n\n"
        "红色资源是党的历史的见证，是开展党员教育的生动教材。\n\n"
        "二、我县用好红色资源的实践探索\n"
        "（一）把红色旧址变成“教室”\n\n"
        "近年来，我县依托中央红军村等旧址建成现场教学点12个。\n\n"
        "（二）把红色故事变成“教材”\n\n"
        "组织党史工作者深入乡村收集红色故事，编印读本三册。\n";
    const Page theory_page = segment(theory);
    check_invariants(theory, theory_page);
    REQUIRE(theory_page.articles.size() == 1);
    CHECK(theory_page.articles[0].crossheads.size() == 4);
}

TEST_CASE(
    "segmenter: 本报综合 under a title is a byline naming nobody, and on a page without blank "
    "lines a sentence between a cut and its last few characters is a caption",
    "[segmenter]") {
    const std::string text =
        "大埔报　　2026年10月9日　星期五　　第2版\n\n"
        "县人民医院新住院大楼投入使用\n\n"
        "大埔县融媒体中心记者　何平\n\n"
        "10月8日，县人民医院新住院大楼正式投入使用，新增床位300张。\n\n"
        "梅州启动秋冬季森林防火工作\n"
        "本报综合\n\n"
        "10月起，梅州全市进入秋冬季森林防火期，各地加强巡山护林。\n\n"
        "雷州菠萝抢“鲜”上市\n"
        "记者 陈俊豪\n"
        "2月下旬，雷州市英利镇的菠萝田里一片繁忙，首批鲜果装车发往北京、上海等地。\n"
        "雷州是全国菠萝主产区之一，今年预计有一半以上的鲜果将通过冷链运往\n\n\n"
        "果农在英利镇菠萝田里采收菠萝。\n"
        "北方市场。\n"
        "雷州市农业农村局负责人表示，今年将继续推进菠萝品牌建设。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"梅州启动秋冬季森林防火工作"});
    CHECK(page.articles[1].authors.empty());
    REQUIRE(page.articles[2].paragraphs.size() == 3);
    CHECK(page.articles[2].paragraphs[1].spans.size() == 2);
    CHECK(page.articles[2].captions.size() == 1);
}

TEST_CASE(
    "segmenter: bulleted heads in an unsigned box are its sections, and a 本版 sentence set "
    "solid under a short title is a box's text, not a note about the page",
    "[segmenter]") {
    const std::string text =
        "今日宜黄　　2026年2月27日　星期五　　第3版\n\n"
        "【健康小贴士】\n"
        "春季乍暖还寒 谨防流感“找上门”\n"
        "春季气温变化大，是流感、诺如病毒等呼吸道和肠道传染病的高发期。\n\n"
        "● 勤洗手、常通风\n"
        "外出回家、饭前便后要用流动水和洗手液洗手，室内每天开窗通风。\n\n"
        "● 及时接种疫苗\n"
        "60岁以上老人、慢性病患者和儿童是流感的高危人群，应及时接种疫苗。\n"
        "（宜黄县疾控中心供稿）\n\n"
        "欢迎来信\n"
        "本版欢迎读者反映身边的民生问题，来信请写明真实姓名和联系方式，我们将为您保密。\n\n"
        "责任编辑：黄  山　　校对：向  丽\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"欢迎来信"});
    CHECK(page.articles[1].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: text without a headline after an item closed by its credit is the rest of "
    "the paragraph cut after a comma above the item, and 本报记者团 signs naming nobody",
    "[segmenter]") {
    const std::string text =
        "光泽报　　2026年3月27日　星期五　　第2版\n\n"
        "“一只鸡”带富一方人\n\n"
        "本报记者　官晓琳\n\n"
        "在崇仁乡的一家现代化养殖场里，一栋栋鸡舍整齐排列。\n\n"
        "养殖规模上去了，农户怎么分享产业链的收益，\n\n"
        "华桥乡举办春季招聘会\n\n"
        "3月24日，华桥乡在乡政府广场举办春季招聘会，20余家企业提供岗位300多个。\n\n"
        "（通讯员　傅雅婷）\n\n"
        "每批次利润有保底，市场风险由企业承担。\n\n"
        "县农业农村局负责人表示，下一步将继续延伸产业链。\n\n"
        "“我和我的老师”\n\n"
        "本报记者团\n\n"
        "初登讲台时的紧张，第一次被学生叫“老师”的激动，三位青年教师都记得清清楚楚。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].paragraphs.size() == 3);
    CHECK(page.articles[0].paragraphs[1].spans.size() == 2);
    CHECK(page.articles[1].paragraphs.size() == 1);
    CHECK(page.articles[2].crossheads.empty());
    CHECK(page.articles[2].authors.empty());
}

TEST_CASE(
    "segmenter: extractor damage — a running header's name line set apart above its date line "
    "mid-page, a lone hyphen as scan noise, a title's first line in the top block, a line wrapped "
    "at a clock time",
    "[segmenter]") {
    const std::string running =
        "五指山红茶春茶采摘进入旺季\n\n融媒记者　王　飞\n\n"
        "清明过后，五指山脚下的水满乡云雾缭绕，茶农们与茶企签订了\n\n"
        "五指山融媒　WUZHISHAN RONGMEI\n2026年4月16日　星期四　第2版　要闻\n\n"
        "收购协议，按保底价收购鲜叶，让茶农吃下“定心丸”。\n\n"
        "毛阳镇黎锦传习所迎来新学员\n\n通讯员　吉文秀\n\n"
        "4月13日下午，毛阳镇黎锦传习所里坐满了前来学艺的年轻人。\n";
    const Page running_page = segment(running);
    check_invariants(running, running_page);
    REQUIRE(running_page.articles.size() == 2);
    CHECK(running_page.articles[0].crossheads.empty());
    REQUIRE(running_page.articles[0].paragraphs.size() == 1);
    CHECK(running_page.articles[0].paragraphs[0].spans.size() == 2);

    const std::string scan =
        "罗  田  报\n1992年10月9日   星期五   第 3 版\n中共罗田县委主办\n·\n"
        "我县板栗喜获丰收\n产量预计突破三千万公斤\n\n本报记者  方 志强\n\n"
        "金秋时节，走进大别山腹地的罗田县，满山遍野的板栗树挂满了果实。\n\n-\n\n"
        "天堂寨林场开展秋季防火检查\n\n本报讯（通讯员 "
        "叶红）进入秋季以来，林场组织人员开展防火检查。\n";
    const Page scan_page = segment(scan);
    check_invariants(scan, scan_page);
    REQUIRE(scan_page.articles.size() == 2);
    CHECK(headline_texts(scan_page.articles[0]) ==
          Texts{"我县板栗喜获丰收", "产量预计突破三千万公斤"});
    CHECK(headline_texts(scan_page.articles[1]) == Texts{"天堂寨林场开展秋季防火检查"});

    const std::string wrapped =
        "红河学院报　　2026年6月30日　　第4版\n\n"
        "图书馆暑期开放时间调整\n\n"
        "7月6日至8月30日，图书馆实行暑期开放时间：周一至周五8:30至\n"
        "17:30开放，周六、周日闭馆。暑期留校学生可凭校园卡进入一楼自习区\n"
        "学习。\n\n"
        "借阅图书的同学请于7月3日前办理续借或归还手续，暑期借阅期限统一延长\n"
        "至9月10日。\n";
    const Page wrapped_page = segment(wrapped);
    check_invariants(wrapped, wrapped_page);
    REQUIRE(wrapped_page.articles.size() == 1);
    CHECK(wrapped_page.articles[0].paragraphs.size() == 2);
}

TEST_CASE("segmenter: split end credits, split stacked names, names over their unit",
          "[segmenter]") {
    // An end credit cut after a whole padded name: the two lines join with a space.
    const std::string credit =
        "城西湖沿湖公路全线贯通\n\n"
        "6月9日，城西湖沿湖公路最后一段路面完成铺设，全长38公里的沿湖公路实现全线贯通。\n\n"
        "（记者　汤　婷\n见习记者　鲁　阳）\n\n编辑：孟　楠\n";
    const Page credit_page = segment(credit);
    check_invariants(credit, credit_page);
    REQUIRE(credit_page.articles.size() == 1);
    const auto& credited = credit_page.articles[0].authors;
    REQUIRE(credited.size() == 2);
    CHECK(credited[0].name == "汤婷");
    CHECK(credited[0].role_text == "记者");
    CHECK(credited[1].name == "鲁阳");
    CHECK(credited[1].role_text == "见习记者");
    CHECK(credit.substr(credited[1].span.begin, credited[1].span.size()) == "鲁　阳");

    // A stacked byline whose last name was cut at the line end, one character left over.
    const std::string stacked =
        "姚李镇：一根柳条编出亿元产业\n\n本报记者\n黄　磊\n陈思\n源\n\n"
        "在姚李镇的一家柳编工艺品厂，几十名工人正埋头编织，柔软的柳条在她们手中上下翻飞。\n";
    const Page stacked_page = segment(stacked);
    check_invariants(stacked, stacked_page);
    REQUIRE(stacked_page.articles.size() == 1);
    CHECK(stacked_page.articles[0].crossheads.empty());
    const auto& stacked_authors = stacked_page.articles[0].authors;
    REQUIRE(stacked_authors.size() == 2);
    CHECK(stacked_authors[1].name == "陈思源");
    CHECK(stacked_authors[1].role_text == "本报记者");

    // Two people named with no role word between the title and their unit.
    const std::string unit =
        "农网改造让茶乡用上“放心电”\n\n王　斌　储小兰\n\n国网潜山市供电公司\n\n"
        "水吼镇是潜山市主要的茶叶产区之一，今年初，供电公司对6条10千伏线路进行改造。\n";
    const Page unit_page = segment(unit);
    check_invariants(unit, unit_page);
    REQUIRE(unit_page.articles.size() == 1);
    CHECK(headline_texts(unit_page.articles[0]) == Texts{"农网改造让茶乡用上“放心电”"});
    const auto& signers = unit_page.articles[0].authors;
    REQUIRE(signers.size() == 2);
    CHECK(signers[0].name == "王斌");
    CHECK(signers[1].name == "储小兰");
    CHECK(signers[1].role_text.empty());
}

TEST_CASE("segmenter: a box set between the pieces of a cut paragraph is set aside",
          "[segmenter]") {
    // The rest after the box joins the cut paragraph; the section after it stays the
    // article's; the box is an article of its own after it.
    const std::string cut =
        "渠水进村润千家\n\n本报记者　申晓峰\n\n"
        "初春的太行山，山桃花开得正艳。村民们说，自来水通到了灶台边。\n\n"
        "渠水进村　旱塬变良田\n\n"
        "“红旗渠是先辈们一锤一钎凿出来的，我们这一代人的任务，就是让渠水流得更远。”水利局负责人说，"
        "去年全市新建提灌站12座，渠水经过\n\n\n"
        "知识链接\n\n"
        "红旗渠是20世纪60年代林县人民在太行山悬崖峭壁上修建的引漳入林工程。\n\n\n"
        "净化后直接送到山区群众家门口，彻底告别了“水窖存雨水”的日子。\n\n"
        "管护有人　长效才有保障\n\n"
        "工程建得好，更要管得好。我市推行县级统管、乡镇监管、村级自管的管护模式。\n\n"
        "姚村镇桃花节下周开幕\n\n"
        "本报讯（记者　郝　静）记者从姚村镇获悉，第十二届姚村桃花节将于3月22日开幕。\n";
    const Page page = segment(cut);
    check_invariants(cut, page);
    REQUIRE(page.articles.size() == 3);
    const auto& story = page.articles[0];
    CHECK(headline_texts(story) == Texts{"渠水进村润千家"});
    REQUIRE(story.paragraphs.size() == 3);
    CHECK(story.paragraphs[1].spans.size() == 2);
    CHECK(paragraph_texts(story)[1].find("渠水经过净化后") != std::string::npos);
    REQUIRE(story.crossheads.size() == 2);
    CHECK(story.crossheads[1].text == "管护有人　长效才有保障");
    CHECK(headline_texts(page.articles[1]) == Texts{"知识链接"});
    CHECK(page.articles[1].paragraphs.size() == 1);
    CHECK(headline_texts(page.articles[2]) == Texts{"姚村镇桃花节下周开幕"});

    // A box between a section's head and its text: the head keeps its text.
    const std::string head =
        "火山湖畔的秋天\n\n■融媒记者　隋　悦\n\n"
        "十月的龙湾，层林尽染。清晨的薄雾还未散去，湖面像一面镜子。\n\n"
        "■ “冷资源”变“热经济”\n\n\n\n"
        "延伸阅读\n\n龙湾群国家森林公园\n\n"
        "龙湾群国家森林公园位于辉南县东南部，地处长白山西麓龙岗火山区。\n\n\n\n"
        "过去，龙湾的旅游“一季火”，过了秋天游客就少了。这两年，县里发展冰雪旅游。\n\n"
        "样子哨镇举办首届农民丰收节\n\n"
        "本报讯　10月13日，样子哨镇首届农民丰收节在镇文化广场开幕。\n";
    const Page head_page = segment(head);
    check_invariants(head, head_page);
    REQUIRE(head_page.articles.size() == 3);
    REQUIRE(head_page.articles[0].crossheads.size() == 1);
    CHECK(head_page.articles[0].crossheads[0].text == "■ “冷资源”变“热经济”");
    CHECK(head_page.articles[0].paragraphs.size() == 2);
    CHECK(headline_texts(head_page.articles[1]) == Texts{"延伸阅读", "龙湾群国家森林公园"});

    // Without a cut or a waiting head, a box after finished text stays where it is.
    const std::string finished =
        "渠水进村润千家\n\n本报记者　申晓峰\n\n"
        "初春的太行山，山桃花开得正艳。村民们说，自来水通到了灶台边。\n\n\n"
        "知识链接\n\n"
        "红旗渠是20世纪60年代林县人民在太行山悬崖峭壁上修建的引漳入林工程。\n\n\n"
        "工程全长1500公里，被誉为“人工天河”。\n";
    const Page finished_page = segment(finished);
    check_invariants(finished, finished_page);
    REQUIRE(finished_page.articles.size() == 2);
    CHECK(finished_page.articles[0].paragraphs.size() == 1);
    CHECK(finished_page.articles[1].paragraphs.size() == 2);
}

TEST_CASE("segmenter: a bracketed box between the pieces of a paragraph cut mid-sentence",
          "[segmenter]") {
    // Ordinary blank lines all round, no column gap: the label in lenticular brackets and the
    // unfinished piece above tell the box apart.
    const std::string text =
        "一张纸的千年坚守\n\n文/汪　洁\n\n"
        "清晨七点，纸厂里蒸腾的水汽从车间的窗户里飘出来。\n\n"
        "二、晒纸：一张纸要过“火墙”\n\n"
        "晒纸工要把湿纸贴到烧热的火墙上。火墙的温度常年保持在60摄氏度左右，夏天车间里\n\n"
        "【相关链接】\n宣纸制作技艺\n\n"
        "宣纸传统制作技艺2006年被列入第一批国家级非物质文化遗产名录。\n\n"
        "热得像蒸笼，“一天下来，衣服能拧出水来。”\n\n"
        "三、传承：年轻人回来了\n\n"
        "近几年厂里来了不少年轻人。\n\n"
        "本报讯（记者　章晓雯）11月3日，宣纸博物馆推出历代书画用纸特展。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    const auto& story = page.articles[0];
    SECTION("the rest joins the cut paragraph, the later section stays the story's") {
        REQUIRE(story.paragraphs.size() == 3);
        CHECK(paragraph_texts(story)[1].find("夏天车间里热得像蒸笼") != std::string::npos);
        REQUIRE(story.crossheads.size() == 2);
    }
    SECTION("the box is an article of its own, apart from the dateline's brief after it") {
        CHECK(headline_texts(page.articles[1]) == Texts{"【相关链接】", "宣纸制作技艺"});
        CHECK(page.articles[1].paragraphs.size() == 1);
        CHECK(page.articles[1].authors.empty());
        CHECK(page.articles[2].headlines.empty());
        REQUIRE(page.articles[2].authors.size() == 1);
    }
}

TEST_CASE("segmenter: a data box's ranked rows, wrapped numbered tips, a wrapped caption",
          "[segmenter]") {
    // Under a sidebar label, the line over the rows is the box's title; ranked rows with
    // works' titles are rows.
    const std::string ranked =
        "国庆档票房34.6亿元\n\n本报记者　杜若溪\n\n"
        "据国家电影专资办数据，国庆档全国电影票房达到34.6亿元。\n\n"
        "数据\n\n国庆档票房前五影片\n"
        "1.《长河向东》　12.8亿元\n2.《我家那口灶》　7.1亿元\n3.《老赵的春天》　5.4亿元\n";
    const Page ranked_page = segment(ranked);
    check_invariants(ranked, ranked_page);
    REQUIRE(ranked_page.articles.size() == 2);
    CHECK(headline_texts(ranked_page.articles[1]) == Texts{"数据", "国庆档票房前五影片"});
    CHECK(ranked_page.articles[1].paragraphs.size() == 3);
    CHECK(ranked_page.articles[1].crossheads.empty());

    // Numbered tips wrapped at one narrow width, each rest set solid under it.
    const std::string tips =
        "小贴士\n机插秧苗管理要点\n"
        "一、秧苗移栽后及时灌浅水护苗，水层\n以不淹没秧心为宜。\n"
        "二、栽后5至7天施用返青分蘖肥，促进\n早发快长。\n"
        "三、发现漂秧、缺穴要及时补栽，确保\n基本苗数。\n";
    const Page tips_page = segment(tips);
    check_invariants(tips, tips_page);
    REQUIRE(tips_page.articles.size() == 1);
    CHECK(tips_page.articles[0].crossheads.empty());
    REQUIRE(tips_page.articles[0].paragraphs.size() == 3);
    CHECK(paragraph_texts(tips_page.articles[0])[1] ==
          "二、栽后5至7天施用返青分蘖肥，促进早发快长。");

    // A caption without a marker wrapped over two lines, its credit on the second.
    const std::string caption =
        "射阳推广工厂化育秧\n\n记者　顾春华\n\n"
        "今年，我县新建和改造育秧中心26个，机插秧比例提高15个百分点。\n\n"
        "洋马镇育秧工厂内，工作人员查看秧\n苗长势。　记者　顾春华　摄\n\n"
        "育秧中心还把秧苗卖给周边农户，推出了“秧苗超市”。\n";
    const Page caption_page = segment(caption);
    check_invariants(caption, caption_page);
    REQUIRE(caption_page.articles.size() == 1);
    CHECK(caption_page.articles[0].paragraphs.size() == 2);
    CHECK(caption_page.articles[0].captions.size() == 2);
}

TEST_CASE("segmenter: a caption between a cut and a rest opening with a bare quantity",
          "[segmenter]") {
    const std::string page =
        "琼中绿橙提质增效\n\n本报记者　王亚东\n\n"
        "近年来，县里推广水肥一体化、生物防治等技术，绿橙的糖度平均提高了\n\n"
        "果农在绿橙园修剪枝条。\n\n"
        "1.5度，优果率达到七成以上。\n\n"
        "5月8日，县里还举办了绿橙采摘节，吸引游客两万人次。\n";
    const Page segmented = segment(page);
    check_invariants(page, segmented);
    REQUIRE(segmented.articles.size() == 1);
    const auto texts = paragraph_texts(segmented.articles[0]);
    REQUIRE(texts.size() == 2);
    CHECK(texts[0].find("提高了1.5度，优果率") != std::string::npos);
    REQUIRE(segmented.articles[0].captions.size() == 1);

    // A rest opening with a date is a paragraph of its own: the sentence above stays text.
    const std::string dated =
        "琼中绿橙提质增效\n\n本报记者　王亚东\n\n"
        "近年来，县里推广水肥一体化、生物防治等技术，绿橙品质不断提高\n\n"
        "果农在绿橙园修剪枝条。\n\n"
        "5月8日，县里还举办了绿橙采摘节，吸引游客两万人次。\n";
    const Page dated_page = segment(dated);
    check_invariants(dated, dated_page);
    REQUIRE(dated_page.articles.size() == 1);
    CHECK(dated_page.articles[0].captions.empty());
}

TEST_CASE("segmenter: signed bulleted briefs after finished text, an institution's note",
          "[segmenter]") {
    const std::string page =
        "让窑洞留住乡愁\n\n（米脂时评）\n\n惠　宁\n\n"
        "保护窑洞，不是简单地把它“供起来”，而是要让它“活起来”。\n\n"
        "■桃镇组织开展秋季森林防火宣传活动，向群众发放宣传资料2000余份。（李　瑶）\n\n"
        "■县医院专家团队近日深入银州街道各社区开展义诊。（郝晓东）\n\n"
        "图书馆推出“毕业季”专属服务\n\n"
        "本报讯　为方便毕业生集中办理离校手续，图书馆即日起推出专属服务。（图书馆）\n";
    const Page segmented = segment(page);
    check_invariants(page, segmented);
    REQUIRE(segmented.articles.size() == 4);
    REQUIRE(segmented.articles[0].authors.size() == 1);
    CHECK(segmented.articles[0].authors[0].name == "惠宁");
    CHECK(segmented.articles[0].paragraphs.size() == 1);
    REQUIRE(segmented.articles[1].authors.size() == 1);
    CHECK(segmented.articles[1].authors[0].name == "李瑶");
    CHECK(segmented.articles[1].headlines.empty());
    REQUIRE(segmented.articles[2].authors.size() == 1);
    CHECK(segmented.articles[2].authors[0].name == "郝晓东");
    // The library's note closes the brief and names no one.
    const auto& library = segmented.articles[3];
    CHECK(library.authors.empty());
    REQUIRE(library.paragraphs.size() == 1);
    CHECK(library.paragraphs[0].text.find("（图书馆）") == std::string::npos);
}

TEST_CASE("segmenter: letters, Q&A heads, poems, comments, notices and results of rarer pages",
          "[segmenter]") {
    SECTION("letter title") {
        // A question with a comma over a letter's salutation is the letter's title.
        const std::string letter =
            "【读者来信】\n老旧小区加装电梯，何时能落地？\n\n编辑同志：\n"
            "我家住在城南社区粮食局宿舍5栋，这栋楼建于1996年，共7层，没有电梯。\n\n"
            "读者　夏文斌\n";
        const Page letter_page = segment(letter);
        check_invariants(letter, letter_page);
        REQUIRE(letter_page.articles.size() == 1);
        CHECK(headline_texts(letter_page.articles[0]) ==
              Texts{"【读者来信】", "老旧小区加装电梯，何时能落地？"});
    }
    SECTION("bulleted question head") {
        // A bulleted question over a reader's asked question heads its section.
        const std::string qa =
            "家门口的法律事\n\n本报记者　彭　慧\n\n“律师坐堂”栏目开办以来，收到不少读者来电来信。\n"
            "\n"
            "■ 婚前按揭买房，婚后共同还贷，离婚时房子归谁？\n"
            "读者刘女士问：我丈夫婚前首付买了一套房，房产证上只有他的名字。\n"
            "谭志刚答：夫妻共同还贷支付的款项及其相对应的财产增值部分，应予补偿。\n\n"
            "■ 上班途中骑车摔伤算不算工伤\n"
            "读者小罗问：我上个月早上骑电动车上班时摔伤了。\n"
            "谭志刚答：非本人主要责任的交通事故伤害，应认定为工伤。\n";
        const Page qa_page = segment(qa);
        check_invariants(qa, qa_page);
        REQUIRE(qa_page.articles.size() == 1);
        REQUIRE(qa_page.articles[0].crossheads.size() == 2);
        CHECK(qa_page.articles[0].crossheads[0].text ==
              "■ 婚前按揭买房，婚后共同还贷，离婚时房子归谁？");
    }
    SECTION("next poem") {
        // A poem's last stanza, then a short title over a name: the next poem and its poet.
        const std::string poems =
            "【诗韵桃江】\n桃花江边\n◎ 符　秋云\n\n三月的风从江面走过\n把桃花一朵一朵\n"
            "吹进渔家的窗口。\n\n我站在桥上等一个人\n等来的却是\n一整条江的桃花。\n\n"
            "采茶谣\n刘　旭\n\n天刚蒙蒙亮\n采茶的姑娘就上了山，\n露水打湿了裤脚，\n"
            "歌声惊醒了山雀。\n";
        const Page poems_page = segment(poems);
        check_invariants(poems, poems_page);
        REQUIRE(poems_page.articles.size() == 2);
        CHECK(headline_texts(poems_page.articles[1]) == Texts{"采茶谣"});
        REQUIRE(poems_page.articles[1].authors.size() == 1);
        CHECK(poems_page.articles[1].authors[0].name == "刘旭");
    }
    SECTION("teacher comment") {
        // A teacher's signed comment on a pupil's essay is the essay's section.
        const std::string essay =
            "外婆的菜园\n■ 深柳镇中学八年级（2）班　龚雨萱\n指导教师：刘春梅\n\n"
            "外婆家门前有一块菜园，不大，却是外婆的“宝贝”。\n\n"
            "如今，外婆的身体已经好了，又开始在菜园里忙碌。\n\n"
            "【点评】\n这是一篇感情真挚的记叙文，语言朴实，细节动人。\n（点评教师　彭志华）\n";
        const Page essay_page = segment(essay);
        check_invariants(essay, essay_page);
        REQUIRE(essay_page.articles.size() == 1);
        REQUIRE(essay_page.articles[0].crossheads.size() == 1);
        CHECK(essay_page.articles[0].crossheads[0].text == "【点评】");
        CHECK(essay_page.articles[0].authors.size() == 3);
    }
    SECTION("notice signature") {
        // Under 特此公告。 the issuer and the date sign the notice, though they look like a
        // section name beside a date line.
        const std::string notice =
            "隆回新闻\n2026年7月3日　星期五\n\n隆回县自然资源局\n关于桃洪镇城北片区集体土地征收的公"
            "告\n"
            "根据《中华人民共和国土地管理法》有关规定，现将有关事项公告如下。\n特此公告。\n"
            "隆回县自然资源局\n2026年7月2日\n\n更　正\n本报6月30日第2版刊发的稿件中人名有误，特此更"
            "正。"
            "\n";
        const Page notice_page = segment(notice);
        check_invariants(notice, notice_page);
        REQUIRE(notice_page.articles.size() == 2);
        const auto notice_texts = paragraph_texts(notice_page.articles[0]);
        REQUIRE(notice_texts.size() == 4);
        CHECK(notice_texts[2] == "隆回县自然资源局");
        CHECK(notice_texts[3] == "2026年7月2日");
    }
    SECTION("results box") {
        // A day's results set solid, scores with the ratio sign: a results box, no section.
        const std::string results =
            "皂市镇主场险胜\n本报记者　覃思宇\n\n8月10日晚，皂市镇灯光球场座无虚席，比赛打得难解难"
            "分。"
            "\n\n"
            "第五轮比赛结果\n8月9日：易家渡镇92∶70维新镇；新关镇81∶77夹山镇；壶瓶山镇65∶69所街乡。"
            "\n"
            "8月10日：皂市镇78∶75蒙泉镇；楚江街道88∶80白云镇；磐石镇72∶74太平镇。\n";
        const Page results_page = segment(results);
        check_invariants(results, results_page);
        REQUIRE(results_page.articles.size() == 2);
        CHECK(headline_texts(results_page.articles[1]) == Texts{"第五轮比赛结果"});
        CHECK(results_page.articles[1].paragraphs.size() == 2);
    }
}

TEST_CASE("segmenter: a titled box of short rows between the pieces of a comma-cut paragraph",
          "[segmenter]") {
    const std::string page =
        "小童装“织”出大产业\n\n本报记者　孙立华\n\n"
        "走进即墨区童装产业园的一家服装企业，设计部里灯火通明。\n\n"
        "近年来，即墨推动童装企业从“贴牌代工”向“自主品牌”转型，为帮助企业拓展销售渠道，\n\n"
        "数说即墨童装\n\n"
        "童装生产企业5600余家，从业人员约12万人。\n\n"
        "年产童装5亿件左右，占全国市场份额一成以上。\n\n"
        "拥有童装类省级以上知名品牌18个。\n\n"
        "区里还与多家电商平台合作，开设“即墨童装”官方旗舰店，组织企业参加各类线上购物节。\n\n"
        "区商务局有关负责人表示，下一步将重点培育一批童装自主品牌。\n\n"
        "即墨老酒开酿\n\n"
        "本报讯（记者　周　鹏）9月1日，即墨老酒酿造技艺传承基地举行秋季开酿仪式。\n";
    const Page segmented = segment(page);
    check_invariants(page, segmented);
    REQUIRE(segmented.articles.size() == 3);
    const auto story = paragraph_texts(segmented.articles[0]);
    REQUIRE(story.size() == 3);
    CHECK(story[1].find("销售渠道，区里还与") != std::string::npos);
    CHECK(segmented.articles[0].crossheads.empty());
    CHECK(headline_texts(segmented.articles[1]) == Texts{"数说即墨童装"});
    CHECK(segmented.articles[1].paragraphs.size() == 3);
}

TEST_CASE("segmenter: a labelled data box set solid inside a comma-cut paragraph", "[segmenter]") {
    const std::string page =
        "新会陈皮交易价格稳中有升\n本报记者　陈思远\n\n"
        "10月的新会，柑园里的茶枝柑渐渐转黄，陈皮行业又将迎来收获季。\n\n"
        "老板林国栋说，老陈皮供不应求，价格比去年同期高出一成多，而三年以内的新皮价格变化不大，\n\n"
        "【数据看板】\n三季度新会陈皮参考价格\n"
        "2025年新皮：每斤180元至220元，环比上涨3%。\n"
        "2020年陈皮：每斤650元至800元，环比上涨5%。\n"
        "数据来源：新会陈皮交易中心监测，本报整理\n\n"
        "市场整体呈现“老皮俏、新皮稳”的格局。\n\n"
        "规范交易　遏制“炒作”\n"
        "价格上涨的同时，市场规范也在加强。今年以来，新会区开展了专项检查。\n";
    const Page segmented = segment(page);
    check_invariants(page, segmented);
    REQUIRE(segmented.articles.size() == 2);
    const auto story = paragraph_texts(segmented.articles[0]);
    REQUIRE(story.size() == 3);
    CHECK(story[1].find("变化不大，市场整体呈现") != std::string::npos);
    REQUIRE(segmented.articles[0].crossheads.size() == 1);
    CHECK(headline_texts(segmented.articles[1]) == Texts{"【数据看板】", "三季度新会陈皮参考价格"});
}

TEST_CASE(
    "segmenter: a comma kicker block over a byline, OCR stops in quotes, lost indents, "
    "a repeated masthead",
    "[segmenter]") {
    SECTION("unpunctuated block over a byline") {
        const std::string page =
            "绥德报\n2026年5月20日　星期三\n\n"
            "从“一口窑”到“一条街”，从“单打独斗”到“抱团发展”\n绥德石雕闯出新天地\n"
            "全县石雕产业年产值突破5亿元　带动就业1.2万人\n\n记者　马　骁\n\n"
            "走进绥德县石雕文化产业园，叮叮当当的錾凿声此起彼伏。\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 1);
        CHECK(segmented.articles[0].headlines.size() == 3);
        CHECK(segmented.unplaced.empty());
    }
    SECTION("a misread stop inside closing quotes, then an unindented paragraph") {
        const std::string page =
            "胡桥乡农民集资修路\n"
            "　　胡桥乡地处太行山区，过去交通闭\n"
            "塞，山货运不出去。去年全乡群众集资十\n"
            "二万元，投工三万多个，一条盘山公路最\n"
            "近己经通车。群众高兴地说：这回好了，\n"
            "“这条路是咱们的致富路○”\n"
            "据了解，路通以后，乡里已有两户专业户\n"
            "购买了汽车跑运输，山货外销量翻了一番\n"
            "。\n"
            "　　乡里还组织了护路队，每月检查一次\n"
            "路况，保证道路畅通无阻，群众非常满意\n"
            "。\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 1);
        const auto texts = paragraph_texts(segmented.articles[0]);
        REQUIRE(texts.size() == 3);
        CHECK(texts[1].rfind("据了解", 0) == 0);
    }
    SECTION("the masthead repeated between two columns") {
        const std::string page =
            "汝州时讯\n第3版　乡村振兴\n\n汝瓷小镇“烧”出致富路\n\n融媒记者 郭晓峰\n\n"
            "初春的严和店村，山坡上的窑口冒着袅袅青烟。近年来，村里先后引进了\n\n\n"
            "乡村振兴　　2026年3月19日　星期四\n\n汝州时讯\n\n"
            "12家汝瓷企业和工作室，建成汝瓷展销中心和研学基地。\n\n"
            "汝州市春季植树造林3.2万亩\n\n"
            "本报讯（融媒记者　王　璐）连日来，我市各地抢抓春季植树造林有利时机。\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 2);
        REQUIRE(segmented.articles[0].paragraphs.size() == 1);
        CHECK(paragraph_texts(segmented.articles[0])[0].find("引进了12家") != std::string::npos);
    }
}

TEST_CASE("segmenter: a continuation after a finished brief, a Q&A title, a caption before 且",
          "[segmenter]") {
    SECTION("text after （上接第1版） under a finished brief is a headless continuation") {
        const std::string page =
            "金沙江下游梯级电站开展汛前联合调度演练\n\n"
            "本报讯（通讯员　谢云帆）6月18日，金沙江下游各梯级电站开展了汛前联合调度演练。\n\n"
            "（上接第1版）\n\n"
            "据介绍，今年以来，集团持续加强流域水情监测，在干支流新建了一批水文站。\n\n"
            "集团有关负责人表示，各电站要严格落实防汛责任。\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 2);
        CHECK(segmented.articles[0].paragraphs.size() == 1);
        CHECK(segmented.articles[1].headlines.empty());
        CHECK(segmented.articles[1].paragraphs.size() == 2);
        REQUIRE(segmented.articles[1].jumps.size() == 1);
    }
    SECTION("a short question set apart over an asked question is the box's title") {
        const std::string page =
            "暴雨夜里的援手\n编辑同志：6月20日晚，我们夫妻俩开车回县城，途中遭遇暴雨。\n\n"
            "借贵报一角，向这些好心人表示衷心的感谢！\n\n读者　江世兴　何桂英\n\n"
            "医保异地备案怎么办？\n问：我在厦门工作，父母在泰宁参保，他们去厦门看病怎么报销？\n\n"
            "答：参保人异地长期居住或临时外出就医，可通过国家医保服务平台备案。\n\n"
            "（本报记者　李晓薇采访整理）\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 2);
        CHECK(segmented.articles[0].authors.size() == 2);
        CHECK(headline_texts(segmented.articles[1]) == Texts{"医保异地备案怎么办？"});
    }
    SECTION("a short sentence between a comma cut and a rest opening with 且 is a caption") {
        const std::string page =
            "滨海新城首条智轨线路开工\n首席记者　郑　辉\n"
            "15日上午，滨海新城首条智轨线路开工建设。\n"
            "智轨是一种以胶轮代替钢轮、沿地面虚拟轨道行驶的新型公共交通工具，建设周期短，\n\n"
            "施工现场一派繁忙。\n\n"
            "且可利用现有道路改造，对城市交通影响较小。\n"
            "市民林先生家住滨海新城，在机场附近上班。\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 1);
        CHECK(segmented.articles[0].captions.size() == 1);
        const auto texts = paragraph_texts(segmented.articles[0]);
        REQUIRE(texts.size() == 3);
        CHECK(texts[1].find("建设周期短，且可利用") != std::string::npos);
    }
}

TEST_CASE(
    "segmenter: bulleted comma heads, a 背景 box, an office's signature over a question "
    "title",
    "[segmenter]") {
    SECTION("a bulleted head with a comma alone between blank lines is a section head") {
        const std::string page =
            "宣威火腿走向日常消费\n\n■本报记者　普春燕\n\n"
            "三月的乌蒙山区乍暖还寒，火腿企业的发酵库里一排排火腿整齐悬挂。\n\n"
            "■切片即食，打开年轻人市场\n\n"
            "“过去火腿主要是整只卖，买回去不好切、不好存。”徐建林说。\n\n"
            "■标准护航，守住“金字招牌”\n\n"
            "品质是火腿产业的生命线，当地制定了地方标准和生产技术规范。\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 1);
        REQUIRE(segmented.articles[0].crossheads.size() == 2);
        CHECK(segmented.articles[0].crossheads[0].text == "■切片即食，打开年轻人市场");
    }
    SECTION("a box under the label 背景 is an item of its own") {
        const std::string page =
            "一条公交线 串起南山脚下五个村\n\n本报记者　宋晓东\n\n"
            "早上7点10分，一辆城乡公交从南山村站准时发车，车上坐满了赶集的村民。\n\n"
            "背景\n\n2025年，我市被列为全省城乡交通运输一体化示范创建城市。\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 2);
        CHECK(headline_texts(segmented.articles[1]) == Texts{"背景"});
    }
    SECTION("an office's signature over a short question title of the next letter") {
        const std::string page =
            "城区路灯何时修好？\n\n读者黄先生来信反映，城区多处路灯损坏。\n\n"
            "县城市管理局回复：黄先生您好！来信反映的情况我局已派人核实，路灯已全部修复。\n\n"
            "惠安县城市管理局\n\n农村客运班次能否加密？\n\n"
            "我是东岭镇的一名村民，平时经常要到县城办事、看病，希望增加客运班次。\n\n"
            "（读者　曾阿水）\n\n"
            "冬季取暖谨防一氧化碳中毒\n\n进入冬季，使用燃气热水器取暖的家庭要注意通风。\n\n"
            "（惠安县消防救援大队）\n";
        const Page segmented = segment(page);
        check_invariants(page, segmented);
        REQUIRE(segmented.articles.size() == 3);
        CHECK(headline_texts(segmented.articles[1]) == Texts{"农村客运班次能否加密？"});
        CHECK(segmented.articles[2].paragraphs.size() == 1);
        CHECK(segmented.articles[2].authors.empty());
    }
}

TEST_CASE("segmenter: an office's reply under a reader's signed letter is the letter's section",
          "[segmenter]") {
    const std::string page =
        "农村客运班次能否加密？\n\n"
        "我是东岭镇的一名村民，平时经常要到县城办事、看病，希望增加客运班次。\n\n"
        "（读者　曾阿水）\n\n【答复】\n\n"
        "曾阿水您好！针对东岭镇部分村庄客运班次少的问题，我局已调整线路，\n\n\n"
        "满5人即可发车。\n\n惠安县交通运输局\n\n"
        "冬季取暖谨防一氧化碳中毒\n\n进入冬季，使用燃气热水器取暖的家庭要注意通风。\n";
    const Page segmented = segment(page);
    check_invariants(page, segmented);
    REQUIRE(segmented.articles.size() == 2);
    const auto& letter = segmented.articles[0];
    REQUIRE(letter.authors.size() == 1);
    CHECK(letter.authors[0].role_text == "读者");
    REQUIRE(letter.crossheads.size() == 1);
    CHECK(letter.crossheads[0].text == "【答复】");
    const auto texts = paragraph_texts(letter);
    REQUIRE(texts.size() == 2);
    CHECK(texts[1].find("调整线路，满5人") != std::string::npos);
}

TEST_CASE("segmenter: a price box titled after a brief, its rows labelled with graded products",
          "[segmenter]") {
    const std::string page =
        "云南高原特色食品展销会在昆开幕\n\n"
        "本报昆明3月20日讯（记者　邵雨佳）3月19日，2026云南高原特色食品展销会在昆明开幕。\n\n"
        "本周部分特色食品批发价格\n\n"
        "宣威火腿（两年陈，整只）：每公斤98元至120元，较上周上涨5元。\n\n"
        "鲜花饼（玫瑰，散装）：每公斤42元，较上周下降2元。\n\n"
        "普洱熟茶（散茶，一级）：每公斤160元至210元，与上周持平。\n";
    const Page segmented = segment(page);
    check_invariants(page, segmented);
    REQUIRE(segmented.articles.size() == 2);
    CHECK(segmented.articles[0].crossheads.empty());
    CHECK(headline_texts(segmented.articles[1]) == Texts{"本周部分特色食品批发价格"});
    CHECK(segmented.articles[1].paragraphs.size() == 3);
}

TEST_CASE("segmenter: the office signing a correction is its signature, not a paragraph",
          "[segmenter]") {
    const std::string page =
        "更　正\n\n本报3月10日第3版刊发的稿件中，“王建国”应为“王建华”，特此更正，并向读者致歉。\n\n"
        "本报编辑部\n\n责任编辑：马　良　　校对：吴　鹏\n";
    const Page segmented = segment(page);
    check_invariants(page, segmented);
    REQUIRE(segmented.articles.size() == 1);
    CHECK(segmented.articles[0].paragraphs.size() == 1);
    CHECK(segmented.articles[0].credit_spans.size() == 1);
}

TEST_CASE(
    "segmenter: a dotted kicker set solid with its headline block, a Tibetan name as a "
    "signature, names over a bulleted section head",
    "[segmenter]") {
    SECTION("a dotted line over a headline block and its byline, all set solid, is the kicker") {
        const std::string text =
            "讷河新闻　　NEHE XINWEN\n2026年3月17日　星期二　　　　第2版　综合新闻\n"
            "讷河市融媒体中心主办\n备春耕·进行时\n大豆之乡“种子”先行\n"
            "——我市扎实做好春耕生产各项准备工作\n融媒记者　于洪波　通讯员　刘　畅\n\n"
            "三月的讷河，田野里积雪还没化尽，农资市场里却早已热闹起来。\n\n"
            "讷河是全国重要的大豆主产区，素有“大豆之乡”的美誉。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        CHECK(headline_texts(page.articles[0]) ==
              Texts{"备春耕·进行时", "大豆之乡“种子”先行", "——我市扎实做好春耕生产各项准备工作"});
        CHECK(page.articles[0].headlines[0].role == HeadlineRole::kicker);
    }
    SECTION("a Tibetan name of two name elements after a bullet under a headline signs it") {
        const std::string text =
            "青稞地里的笑声\n（记者手记）\n■ 次仁卓嘎\n"
            "　　采访那天，我在田埂上遇到了72岁的阿妈央金。\n"
            "　　丰收的喜悦写在每一张笑脸上。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        CHECK(headline_texts(page.articles[0]) == Texts{"青稞地里的笑声", "（记者手记）"});
        REQUIRE(page.articles[0].authors.size() == 1);
        CHECK(page.articles[0].authors[0].name == "次仁卓嘎");
    }
    SECTION("names with no role between a title and a bulleted section head are its byline") {
        const std::string text =
            "【以案释法】\n网购“野味”也违法\n李秀兰　崔　健\n■案情回顾\n"
            "2025年10月，被告人张某在网络平台上发布信息，出售野生动物制品。\n"
            "■检察官说法\n"
            "野生动物保护法明确禁止出售、购买、利用国家重点保护野生动物及其制品。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        CHECK(headline_texts(page.articles[0]) == Texts{"【以案释法】", "网购“野味”也违法"});
        REQUIRE(page.articles[0].authors.size() == 2);
        CHECK(page.articles[0].authors[1].name == "崔健");
        CHECK(page.articles[0].crossheads.size() == 2);
    }
}

TEST_CASE("segmenter: a running head of two header words run together between cut pieces",
          "[segmenter]") {
    const std::string text =
        "通榆新闻\n2026年6月16日　星期二　　　　第2版　经济·民生\n\n"
        "向海湿地迎来“鸟”客归巢\n\n通讯员　韩雪松\n\n"
        "近日，在向海国家级自然保护区，成群的丹顶鹤在芦苇荡中觅食。\n\n"
        "近年来，保护区实施湿地补水、退耕还湿等工程，监测站一旦发现水位\n\n"
        "通榆新闻·经济民生\n2\n\n"
        "异常，能够第一时间赶到现场处置。\n\n"
        "“鸟多了，来看鸟的人也多了。”在保护区经营农家乐的村民说。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].crossheads.empty());
    REQUIRE(page.articles[0].paragraphs.size() == 3);
    CHECK(paragraph_texts(page.articles[0])[1].find("水位异常") != std::string::npos);
    CHECK(
        std::any_of(page.furniture.begin(), page.furniture.end(),
                    [](const broadsheet::Furniture& f) { return f.text == "通榆新闻·经济民生"; }));
}

TEST_CASE("segmenter: a photo's caption glued after a paragraph's last sentence is cut from it",
          "[segmenter]") {
    auto one_article = [](const std::string& text) {
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        return page.articles[0];
    };
    const std::string head = "历山深处“猴”声起\n\n本报记者　王思远\n\n";
    SECTION("set off by a space, a source for its credit") {
        const auto a = one_article(
            head +
            "历山是华北地区猕猴分布的最北端。区内猕猴分布在14个相对稳定的群落。　历山保护区的"
            "猕猴群。　受访者供图\n\n种群数量的增长，得益于持续的生态保护。\n");
        REQUIRE(a.paragraphs.size() == 2);
        CHECK(paragraph_texts(a)[0] ==
              "历山是华北地区猕猴分布的最北端。区内猕猴分布在14个相对稳定的群落。");
        REQUIRE(a.captions.size() == 1);
        CHECK(a.captions[0].text == "历山保护区的猕猴群。　受访者供图");
    }
    SECTION("opened by 图为, the credit in brackets, after a dateline's lead") {
        const std::string text =
            "舜王坪迎来高山草甸观赏季\n\n本报讯（记者　孙丽君）进入5月，舜王坪的高山草甸逐渐"
            "返青，满山的杜鹃陆续开放。五一假期，景区接待游客3.8万人次，同比增长22%。图为游客"
            "在舜王坪草甸上拍照留念。（本报记者　孙丽君　摄）\n\n景区今年起实行预约限流。\n";
        const auto a = one_article(text);
        REQUIRE(a.paragraphs.size() == 2);
        CHECK(paragraph_texts(a)[0].find("同比增长22%。") != std::string::npos);
        CHECK(paragraph_texts(a)[0].find("图为") == std::string::npos);
        REQUIRE(a.captions.size() == 1);
        REQUIRE(a.captions[0].credits.size() == 1);
        CHECK(a.captions[0].credits[0].name == "孙丽君");
        REQUIRE(a.authors.size() == 1);
    }
    SECTION("opened by ▲, no space before it") {
        const auto a = one_article(
            head +
            "走进英言镇的核桃种植基地，一排排核桃树枝繁叶茂。林下套种中药材后，每亩地的综合收益"
            "增加了1500多元。▲村民在核桃园里修剪枝条。通讯员 杨帆 摄\n\n"
            "垣曲是全省核桃主产县之一。\n");
        REQUIRE(a.paragraphs.size() == 2);
        REQUIRE(a.captions.size() == 1);
        CHECK(a.captions[0].credits.size() == 1);
    }
    SECTION("a short caption of one sentence and its credit is a caption as before") {
        const std::string text = head +
                                 "清晨六点，护林员已经背上望远镜开始巡护。\n\n"
                                 "护林员在巡护途中记录猕猴活动。　本报记者　王思远　摄\n\n"
                                 "保护区将进一步完善野生动物监测体系。\n";
        const auto a = one_article(text);
        CHECK(a.paragraphs.size() == 2);
        CHECK(a.captions.size() == 1);
    }
}

TEST_CASE("segmenter: the masthead repeated with a date and any section word between cut pieces",
          "[segmenter]") {
    const std::string text =
        "临湘新闻\nLINXIANG XINWEN\n2026年10月9日　星期五　　第1268期　　今日4版\n\n"
        "小浮标“漂”出百亿大产业\n\n全媒体记者　周文杰\n\n"
        "在桃林镇的一家浮标生产企业，工人们正在给浮标描漆、装配。\n\n"
        "“过去靠作坊，现在靠品牌。”负责人介绍，近年来全市浮标企业累计申请专利\n\n\n"
        "临湘新闻　　2026年10月9日　　要闻\n\n"
        "2100余项，培育了一批有影响的品牌。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].crossheads.empty());
    REQUIRE(page.articles[0].paragraphs.size() == 2);
    CHECK(paragraph_texts(page.articles[0])[1].find("专利2100余项") != std::string::npos);
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const broadsheet::Furniture& f) {
                          return f.kind == broadsheet::FurnitureKind::page_header &&
                                 f.text == "临湘新闻　　2026年10月9日　　要闻";
                      }));
}

TEST_CASE("segmenter: question titles between a column name and a byline, and after an end credit",
          "[segmenter]") {
    const std::string text =
        "【以案说法】\n\n借钱时没约定利息，事后还能要利息吗？\n\n通讯员　方　舟　林婉婷\n\n"
        "【案情】\n\n2024年3月，陈某向同村好友张某借款8万元，双方未约定利息。\n\n"
        "【法官提醒】\n\n民间借贷多发生在亲友之间，借钱时应写明利息。\n\n"
        "（解答：福建漳南律师事务所　律师　郑晓燕）\n\n"
        "网购“七天无理由退货”有哪些例外？\n\n"
        "问：我在网上买了一盒海鲜干货，商家说不支持无理由退货，对吗？\n\n"
        "答：商家的说法有一定依据。\n\n（本报记者　黄晓薇　整理）\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    SECTION("the question over the byline is the title, the bracketed heads its sections") {
        CHECK(headline_texts(page.articles[0]) ==
              Texts{"【以案说法】", "借钱时没约定利息，事后还能要利息吗？"});
        // (The lawyer's credit under the answer signs it too.)
        REQUIRE(page.articles[0].authors.size() == 3);
        CHECK(page.articles[0].authors[0].name == "方舟");
        CHECK(page.articles[0].authors[2].name == "郑晓燕");
        CHECK(page.articles[0].crossheads.size() == 2);
    }
    SECTION("a short question after an end credit, over 问：, opens the next item") {
        CHECK(headline_texts(page.articles[1]) == Texts{"网购“七天无理由退货”有哪些例外？"});
        CHECK(page.articles[1].paragraphs.size() == 2);
    }
}

TEST_CASE("segmenter: an office over a date signs a department's reply before the next letter",
          "[segmenter]") {
    const std::string text =
        "【部门回音】\n县住建局：老街排水改造已纳入今年计划\n\n"
        "近日，本版刊发读者来信反映老街排水沟堵塞问题。县住建局高度重视，已组织人员现场查看。\n\n"
        "老街排水改造工程已纳入今年城市更新计划，预计8月底前完工。\n\n"
        "郎溪县住房和城乡建设局\n2026年6月15日\n\n"
        "好司机送回我的救命钱\n\n□ 读者　孙玉兰\n\n"
        "上周五，我在县城乘坐出租车时，不慎将装有两万元现金的布包落在车上。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].paragraphs.size() == 2);
    CHECK(page.articles[0].authors.empty());
    CHECK(headline_texts(page.articles[1]) == Texts{"好司机送回我的救命钱"});
    REQUIRE(page.articles[1].authors.size() == 1);
    CHECK(page.articles[1].authors[0].name == "孙玉兰");
}

TEST_CASE("segmenter: a stanza closed by a dash-led line ending in a full stop is verse",
          "[segmenter]") {
    // (Prose paragraphs of a page's other piece keep the page from reading as hard-wrapped.)
    const std::string text =
        "连城报\n2026年9月24日　星期四　　第4版　副刊\n\n"
        "老街的味道\n\n文/罗文杰\n\n"
        "老街不长，从东门口到西门口，慢慢走也不过一刻钟，却装着我整个童年的滋味。\n\n"
        "街口的豆腐坊天不亮就开门，磨豆子的声音和着炉火，一直响到太阳爬上屋檐，"
        "街坊们端着碗来买热豆浆。\n\n"
        "在培田古村\n\n□ 江　南\n\n"
        "青石板被脚步磨亮\n一千双草鞋走过\n一千把油纸伞走过\n雨水记得每一个名字。\n\n"
        "大夫第的门槛很高\n高过一个少年的膝盖\n他跨过去的那天\n书声便落满了整条巷子。\n\n"
        "如今我从巷口走来\n燕子在檐下\n重复着一个古老的句子\n——回来了，回来了。\n\n\n"
        "【读者来稿】\n\n外婆的芋子包\n\n□ 林小雨\n\n外婆做的芋子包，是我记忆里最好吃的东西。\n\n"
        "馅料是外婆的拿手活。五花肉、冬笋、香菇切得细细的，在铁锅里翻炒出香味，再撒一把葱花，"
        "满屋子都是香气。\n\n"
        "包芋子包要手巧。外婆揪下一团面，在掌心里一捏一转，就成了一个小碗，舀进馅料，"
        "轻轻一收口，一个圆滚滚的芋子包就做好了。\n\n"
        "外婆已经走了六年。去年冬至，我照着记忆里的样子包了一锅，味道总差那么一点。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[1].paragraphs.size() == 3);
    CHECK(paragraph_texts(page.articles[1])[2].find("——回来了") != std::string::npos);
    CHECK(headline_texts(page.articles[2]) == Texts{"【读者来稿】", "外婆的芋子包"});
}

TEST_CASE("segmenter: a numbered tip's wrapped first line is text, not a numbered caption",
          "[segmenter]") {
    const std::string text =
        "吃竹笋有四个讲究\n\n文/程丽娟\n\n"
        "　　宿松北部山区盛产竹笋，夏季的鞭笋脆嫩鲜美，是不\n"
        "少家庭餐桌上的常客。不过，竹笋虽好，吃法也有讲\n究。\n"
        "　　①要焯水。鲜竹笋含有较多草酸，直接烹调口感\n"
        "发涩，还会影响人体对钙的吸收，下锅前最好先用开\n水焯煮几分钟。\n"
        "　　②要适量。竹笋膳食纤维丰富，一次吃得过多，\n"
        "容易引起腹胀、消化不良，胃肠功能较弱的老人和儿\n童更要注意。\n"
        "　　③要煮熟。部分竹笋含有微量天然毒素，加热煮\n熟后即可去除，千万不要生吃。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    CHECK(page.articles[0].captions.empty());
    REQUIRE(page.articles[0].paragraphs.size() == 4);
    CHECK(paragraph_texts(page.articles[0])[1] ==
          "①要焯水。鲜竹笋含有较多草酸，直接烹调口感发涩，还会影响人体对钙的吸收，下锅前最好先用"
          "开水焯煮几分钟。");
}

TEST_CASE("segmenter: a commentary signed at its end with a dash before the name", "[segmenter]") {
    const std::string text =
        "少一些“打卡” 多一些实干\n\n"
        "近来，个别单位热衷于在工作群里“打卡”，拍照、定位、报数，样样不落，却忘了群众要的是"
        "实实在在的变化。\n\n"
        "——普建华\n\n本版编辑：李绍光　　投稿热线：（0871）62561234\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "普建华");
    CHECK(page.articles[0].authors[0].role_text.empty());
    CHECK(page.articles[0].paragraphs.size() == 1);
}

TEST_CASE(
    "segmenter: a box set solid after a column gap, between the pieces of a paragraph cut "
    "mid-sentence, ends at the first blank line",
    "[segmenter]") {
    const std::string text =
        "五指峰下的“护林接力”\n□本报记者　邓　丽\n\n"
        "凌晨五点半，天刚蒙蒙亮，莽山林场护林员赵国强已经背起水壶出门巡山。\n\n"
        "一片林子守了两代人\n\n"
        "莽山是湖南面积较大的原始森林之一，森林覆盖率在98%以上，这片林子里生活着\n\n\n"
        "知识链接\n莽山烙铁头蛇\n"
        "莽山烙铁头蛇是我国特有的珍稀蛇类，因最早在莽山发现而得名。\n"
        "由于野外数量稀少，莽山烙铁头蛇被不少人称为“蛇中大熊猫”。\n\n"
        "莽山烙铁头蛇、黄腹角雉等多种珍稀野生动物。“护林员的活儿，就是守好这片山。”赵国强说。\n\n"
        "巡山有了“千里眼”\n\n"
        "如今，莽山的巡护方式正在发生变化。林场在重点区域安装了红外相机。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    const auto& story = page.articles[0];
    REQUIRE(story.paragraphs.size() == 3);
    CHECK(paragraph_texts(story)[1].find("生活着莽山烙铁头蛇、黄腹角雉") != std::string::npos);
    CHECK(story.crossheads.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"知识链接", "莽山烙铁头蛇"});
}

TEST_CASE(
    "segmenter: a related-news box with its own dateline between the pieces of a cut "
    "paragraph",
    "[segmenter]") {
    const std::string text =
        "上高大米“稻”出好“钱”景\n本报记者　晏小军　文/图\n\n"
        "八月的锦江两岸，稻浪翻滚。在泗溪镇的优质稻种植基地，收割机来回穿梭。\n\n"
        "近年来，我县大力推广绿色种植模式。全县优质稻种植面积已达42万亩，占水稻种植总面积的\n\n\n"
        "相关新闻\n我县新增2个国家级绿色食品原料生产基地\n"
        "本报讯 日前，我县翰堂镇的水稻种植基地通过国家级绿色食品原料标准化生产基地验收。"
        "（记者　付　宁）\n\n"
        "七成以上，“上高大米”先后获评国家地理标志证明商标。\n\n"
        "县农业农村局相关负责人表示，下一步将加快建设优质稻加工园区。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    SECTION("the rest joins the cut paragraph") {
        REQUIRE(page.articles[0].paragraphs.size() == 3);
        CHECK(paragraph_texts(page.articles[0])[1].find("总面积的七成以上") != std::string::npos);
    }
    SECTION("the box keeps its label, title, brief and credit") {
        CHECK(headline_texts(page.articles[1]) ==
              Texts{"相关新闻", "我县新增2个国家级绿色食品原料生产基地"});
        REQUIRE(page.articles[1].authors.size() == 1);
        CHECK(page.articles[1].authors[0].name == "付宁");
    }
}

TEST_CASE("segmenter: a short line cut mid-word at a column gap is text, not a crosshead",
          "[segmenter]") {
    const std::string head =
        "琼湖街道：芦苇荡里长出“致富经”\n融媒记者　符　倩\n\n"
        "沅江有“芦苇之乡”的美誉。过去，芦苇主要用作造纸原料。\n\n";
    SECTION("the line's end and the next text's opening make one word (合作社)") {
        const std::string text = head +
                                 "走进琼湖街道的芦苇工艺品专业合\n\n\n"
                                 "作社，十几名村民正在编织芦苇画框、收纳篮和装饰品。\n\n"
                                 "去年，合作社的产品通过电商平台销往全国20多个省份。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        CHECK(page.articles[0].crossheads.empty());
        REQUIRE(page.articles[0].paragraphs.size() == 3);
        CHECK(paragraph_texts(page.articles[0])[1].find("专业合作社，") != std::string::npos);
    }
    SECTION("a two-character word across the cut (会诊), no word on either side of it") {
        const std::string text = head +
                                 "镇卫生院与县人民医院建立了远程会\n\n\n"
                                 "诊系统，群众在镇上就能享受县级专家的诊疗服务。\n\n"
                                 "去年，合作社的产品通过电商平台销往全国20多个省份。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        CHECK(page.articles[0].crossheads.empty());
        REQUIRE(page.articles[0].paragraphs.size() == 3);
        CHECK(paragraph_texts(page.articles[0])[1].find("远程会诊系统") != std::string::npos);
    }
    SECTION("a crosshead over a column gap whose words end with it stays a crosshead") {
        const std::string text = head +
                                 "芦苇荡里的新产业\n\n\n"
                                 "如今，十几名村民在合作社编织芦苇画框、收纳篮和装饰品。\n\n"
                                 "去年，合作社的产品通过电商平台销往全国20多个省份。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        REQUIRE(page.articles[0].crossheads.size() == 1);
        CHECK(page.articles[0].crossheads[0].text == "芦苇荡里的新产业");
    }
}

TEST_CASE("segmenter: captions wrapped by a narrow column, the credit cut in two", "[segmenter]") {
    const std::string head =
        "稻田里的“蟹把式”\n\n本报记者　孔　颖\n\n"
        "　　今年，侯家鑫流转了两百亩稻田搞稻蟹共\n"
        "养，每亩收入比单种水稻多了一千多元。\n\n";
    const std::string tail =
        "\n\n县人民医院开通胸痛救治“绿色通道”\n\n"
        "　　本报讯　近日，县人民医院胸痛中心正式\n启用，患者可直接进入导管室。\n";
    SECTION("a caption's credit cut after its first characters") {
        const std::string text =
            head + "侯家鑫在稻田环沟中查看蟹苗生长情况。　本报记\n者　孔　颖　摄" + tail;
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 2);
        CHECK(page.articles[0].paragraphs.size() == 1);
        CHECK(page.articles[0].captions.size() == 1);
    }
    SECTION("a bracketed credit cut inside its bracket") {
        const std::string text =
            head + "凤堰古梯田里，村民正在插秧。（融媒记\n者　吴佳豪　摄）" + tail;
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 2);
        CHECK(page.articles[0].paragraphs.size() == 1);
    }
    SECTION("a caption led by a triangle, its bracket closed on the next line") {
        const std::string text =
            head + "▲9月1日，一群白鹭在贝壳堤岛湿地的浅滩上觅食。（李海霞\n摄）" + tail;
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 2);
        CHECK(headline_texts(page.articles[1]) == Texts{"县人民医院开通胸痛救治“绿色通道”"});
    }
}

TEST_CASE("segmenter: a reader's signature over a reply label closes the letter cut above it",
          "[segmenter]") {
    const std::string text =
        "【读者来信】\n老旧小区加装电梯，何时能落地？\n\n编辑同志：\n"
        "我家住在城南社区粮食局宿舍5栋，这栋楼建于1996年，没有电梯。\n\n"
        "去年听说国家支持老旧小区加装电梯，我们楼里的住户都很高兴。\n"
        "想请问有关部门：老旧小区加装电梯有什么政策？低楼层住户有意见\n\n"
        "该从哪里着手办理？\n读者　夏文斌\n\n"
        "【部门回复】\n夏文斌同志：您好！您反映的问题我们已收悉。\n\n"
        "针对低楼层住户的顾虑，我局已协调社区牵头组织协商。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    const auto& letter = page.articles[0];
    CHECK(headline_texts(letter) == Texts{"【读者来信】", "老旧小区加装电梯，何时能落地？"});
    REQUIRE(letter.authors.size() == 1);
    CHECK(letter.authors[0].name == "夏文斌");
    const Texts paragraphs = paragraph_texts(letter);
    CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const std::string& p) {
        return p.find("有意见该从哪里着手办理？") != std::string::npos;
    }));
    REQUIRE(letter.crossheads.size() == 1);
    CHECK(letter.crossheads[0].text == "【部门回复】");
}

TEST_CASE(
    "segmenter: crossheads opening with colon labels of one length are a series of "
    "sections",
    "[segmenter]") {
    const std::string text =
        "一瓶好水撬动百亿产业\n□全媒体记者　于  涛\n"
        "8月中旬，走进靖宇县矿泉水产业园，一辆辆满载桶装水的货车驶出园区。\n"
        "靖宇地处长白山腹地，拥有富含偏硅酸的天然矿泉水资源。\n"
        "扩产能：新生产线陆续投产\n"
        "今年以来，园区内三条高速灌装生产线相继投产，每条线每小时可灌装瓶装水三万瓶，\n\n\n"
        "数据\n上半年矿泉水产业成绩单\n矿泉水产量：68万吨，同比增长17%。\n"
        "实现产值：21.6亿元，同比增长19.3%。\n\n"
        "产品销往全国三十多个省区市，并首次出口到东南亚市场。\n"
        "强品牌：抱团打响“靖宇水”\n"
        "为避免“各自为战”，县里统一打造区域公用品牌，对授权企业统一标准、统一包装。\n"
        "县里还在园区配套建设了水源地保护监测中心。\n\n"
        "景山镇人参交易大厅启用\n本报讯　8月17日，景山镇人参交易大厅正式启用。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    REQUIRE(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].crossheads[0].text == "扩产能：新生产线陆续投产");
    CHECK(page.articles[0].paragraphs.size() == 5);
    CHECK(headline_texts(page.articles[1]) == Texts{"数据", "上半年矿泉水产业成绩单"});
}

TEST_CASE(
    "segmenter: a box of rows between whole paragraphs, a box's title with a comma, "
    "captions without markers",
    "[segmenter]") {
    SECTION("a labelled box of rows between finished paragraphs is set aside; the story goes on") {
        const std::string text =
            "候鸟“加油站”迎来北迁高峰\n■融媒记者　张海鸥\n\n"
            "春分前后，黄河入海口的湿地上，成群的白琵鹭在浅滩觅食。\n\n"
            "每年三月到五月，数十万只候鸟从南方越冬地北迁，途经黄河三角洲。\n\n"
            "数据\n黄河三角洲记录鸟类：373种\n其中国家一级保护鸟类：27种\n"
            "2025年春季监测到迁徙候鸟：约62万只次\n\n"
            "为了给候鸟营造更好的栖息环境，近年来垦利区持续实施湿地修复工程。\n\n"
            "记者手记\n守护鸟儿，也是守护我们自己\n"
            "在保护区采访的几天里，记者常常看到志愿者蹲在芦苇丛边一动不动。\n"
            "候鸟越来越多，说明这片土地越来越好。\n（张海鸥）\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 3);
        CHECK(page.articles[0].paragraphs.size() == 3);
        CHECK(page.articles[0].crossheads.empty());
        CHECK(headline_texts(page.articles[1]) == Texts{"数据"});
        CHECK(page.articles[1].paragraphs.size() == 3);
        CHECK(headline_texts(page.articles[2]) == Texts{"记者手记", "守护鸟儿，也是守护我们自己"});
        CHECK(page.articles[2].paragraphs.size() == 2);
    }
    SECTION("a caption sentence set apart by a space at a paragraph's end, 图为 without credit") {
        const std::string text =
            "华家村的“晒秋”画卷\n\n文/刘　琴\n\n"
            "　　近年来，村里把晒秋作为乡村旅游的招牌。每到周末，村口的停车场都停满了外地车辆。"
            "　图为华家村村民在屋顶晾晒辣椒和玉米。\n\n"
            "　　为了留住游客，村里还在修缮三栋明清老屋。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        REQUIRE(page.articles[0].paragraphs.size() == 2);
        CHECK(paragraph_texts(page.articles[0])[0].find("图为") == std::string::npos);
        CHECK(page.articles[0].captions.size() == 1);
    }
    SECTION("a sentence set solid between finished text and a photographer's credit") {
        const std::string text =
            "华家村的“晒秋”画卷\n\n文/刘　琴\n\n"
            "　　秋分过后，华家村的屋顶和晒台上铺满了红辣椒、黄玉米和金灿灿的南瓜片。\n\n"
            "　　“以前晒东西是为了过冬，现在晒出了名气，城里人专门开车来看。”村民说。\n\n"
            "　　今年国庆假期，全村接待游客一万二千余人次。\n"
            "晒秋景观吸引摄影爱好者前来取景。\n吴　伟　摄\n\n"
            "　　为了留住游客，村里还在修缮三栋明清老屋。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        CHECK(page.articles[0].paragraphs.size() == 4);
        CHECK(page.articles[0].captions.size() == 1);
    }
}

TEST_CASE("segmenter: 便民信息 over notices is a banner, not the first notice's heading",
          "[segmenter]") {
    const std::string text =
        "豆腐皮作坊迎来“健康体检”\n\n本报讯（通讯员　黄　婷）近日，县市场监管局对全县豆腐皮"
        "作坊开展专项检查。\n\n"
        "便民信息\n\n县医院开设“夜间门诊”\n即日起，县医院开设内科、儿科夜间门诊，"
        "接诊时间为每天18时至22时。\n\n"
        "城区部分路段临时停水\n因管网改造，11月28日8时至18时，城区东大街沿线临时停水。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 3);
    CHECK(headline_texts(page.articles[1]) == Texts{"县医院开设“夜间门诊”"});
    CHECK(std::any_of(page.furniture.begin(), page.furniture.end(),
                      [](const broadsheet::Furniture& f) { return f.text == "便民信息"; }));
}

TEST_CASE("segmenter: a head framed like the article's last section head is the next section",
          "[segmenter]") {
    const std::string text =
        "八极拳进校园　少年练出精气神\n——全县中小学推广八极拳课间操侧记\n融媒记者　马玉龙\n\n"
        "上午十点，孟村镇中心小学的操场上，六百多名学生排成方阵。\n\n"
        "从“看热闹”到“练门道”\n\n"
        "“刚开始觉得好玩，后来越练越有劲儿。”五年级学生说。\n\n"
        "从“校园操”到“比赛场”\n\n"
        "今年5月，县里举办了首届中小学生八极拳展演赛，全县28所学校参赛。\n\n"
        "延伸阅读\n八极拳名字的由来\n八极拳全称“开门八极拳”，意为发力可达四面八方极远之处。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].crossheads.size() == 2);
    CHECK(page.articles[0].crossheads[1].text == "从“校园操”到“比赛场”");
}

TEST_CASE("segmenter: 小链接 labels a box set aside between the pieces of a cut paragraph",
          "[segmenter]") {
    const std::string text =
        "麻阳冰糖橙“甜”了果农心\n\n文/滕　飞\n\n"
        "四月的锦江两岸，橙花飘香，果农们正忙着疏花保果。\n\n"
        "◆品种改良：老果园换上“新品种”\n\n"
        "在郭公坪镇的冰糖橙良种繁育基地，一排排嫁接苗长势喜人，全县良种覆盖率已提高到\n\n\n\n"
        "小链接\n麻阳冰糖橙\n麻阳冰糖橙果形端正、皮薄汁多，是国家地理标志保护产品。\n\n\n"
        "三成以上，优质果率达到八成。\n\n"
        "◆冷链仓储：橙子“错峰”卖出好价钱\n\n"
        "过去，冰糖橙集中在十一月上市，量大价低。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    CHECK(headline_texts(page.articles[1]) == Texts{"小链接", "麻阳冰糖橙"});
}

TEST_CASE(
    "segmenter: a poem with commas in its lines signed after in brackets, a correction "
    "signed with its date",
    "[segmenter]") {
    const std::string text =
        "草海的黄昏\n\n"
        "夕阳落进草海的时候\n水鸟收起了翅膀\n芦苇把最后一缕光\n轻轻揽进怀里\n\n"
        "晚归的渔船划开金色的水面\n桨声一下，又一下\n像外婆的摇篮曲，\n哄着整个湖睡去。\n\n"
        "（寸　辉）\n\n更正启事\n\n"
        "本报第16期第2版《秋季学期各校作息时间表》中，午休时间有误。特此更正，并向相关学校和"
        "读者致歉。\n\n《鹤庆教育》编辑部　2026年9月5日\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    SECTION("the poem: two stanzas, the poet after them") {
        CHECK(headline_texts(page.articles[0]) == Texts{"草海的黄昏"});
        CHECK(page.articles[0].paragraphs.size() == 2);
        REQUIRE(page.articles[0].authors.size() == 1);
        CHECK(page.articles[0].authors[0].name == "寸辉");
    }
    SECTION("the correction's signature is no paragraph") {
        CHECK(page.articles[1].paragraphs.size() == 1);
    }
}

TEST_CASE("segmenter: a set of titled poems, and a poem signed by a bare name after it",
          "[segmenter]") {
    SECTION("组诗（三首）: every poem of the set has its title, the first too") {
        const std::string text =
            "义岗川组诗（三首）\n\n□ 牛小燕\n\n麦　垛\n\n"
            "五月的风一吹\n山坡就黄了\n父亲把日子一捆一捆\n码成村口的麦垛\n\n老　井\n\n"
            "井绳磨亮了井沿\n也磨白了母亲的鬓角\n一桶水提上来\n半桶是月光\n\n回　乡\n\n"
            "车过华家岭\n我把窗户摇下来\n让故乡的风\n先认一认我\n\n"
            "书院巷里的墨香\n\n通渭人爱字，这话不假。走在县城的书院巷，十几家装裱店一字排开。\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 2);
        REQUIRE(page.articles[0].crossheads.size() == 3);
        CHECK(page.articles[0].crossheads[0].text == "麦　垛");
    }
    SECTION("a bare name after the last stanza signs the poem") {
        const std::string text =
            "在华家岭看风\n\n风从北边来\n翻过第一道梁时\n还带着沙\n翻过第二道梁\n"
            "就只剩下槐花的香了\n\n我站在垭口上\n看风把云赶向东边，\n把羊群赶回坡下，\n"
            "把我也赶回了少年。\n\n何　苗\n\n\n责任编辑：郭　丽　　校对：王晓军\n";
        const Page page = segment(text);
        check_invariants(text, page);
        REQUIRE(page.articles.size() == 1);
        CHECK(headline_texts(page.articles[0]) == Texts{"在华家岭看风"});
        CHECK(page.articles[0].paragraphs.size() == 2);
        REQUIRE(page.articles[0].authors.size() == 1);
        CHECK(page.articles[0].authors[0].name == "何苗");
    }
}

TEST_CASE("segmenter: a commentary signed at its end by a name with its unit in brackets",
          "[segmenter]") {
    const std::string text =
        "秋收时节更要绷紧安全弦\n眼下正是秋收大忙时节，农机作业多、道路运输忙。\n"
        "安全无小事。各乡镇要加强农机安全检查和驾驶人员培训。\n王立新（西丰县委党校）\n\n"
        "责任编辑：孙　悦\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    REQUIRE(page.articles[0].authors.size() == 1);
    CHECK(page.articles[0].authors[0].name == "王立新");
    CHECK(page.unplaced.empty());
}

TEST_CASE("segmenter: a bulleted reply label under a letter signed at its end is its section",
          "[segmenter]") {
    const std::string text =
        "乡村公交能否加开早班车\n\n"
        "我家在南梁镇荔园堡村，孩子在县城上高中，每周日下午要赶最早一班车返校。\n\n"
        "刘建平（南梁镇荔园堡村）\n\n◆部门回复\n\n"
        "您反映的情况我们已安排专人调查。经与县公交公司研究，将在周日加开一班早班车。\n\n"
        "（华池县交通运输局）\n\n"
        "城壕镇为留守老人建起“爱心食堂”\n\n本报讯（融媒体记者 李文博）近日，城壕镇爱心食堂开张。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    REQUIRE(page.articles[0].crossheads.size() == 1);
    CHECK(page.articles[0].crossheads[0].text == "◆部门回复");
    CHECK(page.articles[0].paragraphs.size() == 2);
}

TEST_CASE("segmenter: a phone number inside a hard-wrapped notice's paragraph is its text",
          "[segmenter]") {
    const std::string text =
        "“平鲁记忆”口述史料征集启事\n\n"
        "　　为留存历史记忆，现面向社会征集反映平鲁\n"
        "发展变迁的口述史料，包括亲历者讲述的煤矿\n"
        "开发、植树造林、移民搬迁等方面的故事，以\n"
        "及相关老照片、老物件、日记书信等实物资料\n"
        "的线索。征集时间截至今年年底，欢迎各界人\n"
        "士踊跃参与，共同留住这座城市的集体记忆。\n"
        "　　来稿请注明姓名和联系方式，一经采用，将\n在本报专栏刊发，并致稿酬。联系电话：0349-"
        "6021\n"
        "186。\n"
        "　　　　　　　　　　朔州市平鲁区地方志研究室\n"
        "　　　　　　　　　　　　　　2026年8月1日\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 1);
    const Texts paragraphs = paragraph_texts(page.articles[0]);
    CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const std::string& p) {
        return p.find("联系电话：0349-6021") != std::string::npos &&
               p.find("186。") != std::string::npos;
    }));
}

TEST_CASE(
    "segmenter: a box set solid between the pieces of a paragraph cut mid-word, ordinary "
    "gaps all round",
    "[segmenter]") {
    const std::string text =
        "冬游剑门关\n\n本报记者　邓　超\n\n"
        "入冬以来，剑门关景区推出冬季旅游系列活动，吸引了大批游客。\n\n"
        "■古道古柏成“流量密码”\n\n"
        "翠云廊是游客必到的打卡地。记者在现场看到，不少游客在古柏下拍照留念。景区对翠\n\n"
        "名词解释\n翠云廊\n翠云廊是以剑阁为中心的古蜀道行道古柏林，被誉为“蜀道翠云廊”。\n\n"
        "云廊沿线古柏进行了“一树一档”数字化管理。\n\n"
        "■剑门豆腐“香”飘四方\n\n在剑门关镇的豆腐一条街，几十家餐馆门口排起了长队。\n";
    const Page page = segment(text);
    check_invariants(text, page);
    REQUIRE(page.articles.size() == 2);
    CHECK(page.articles[0].crossheads.size() == 2);
    const Texts paragraphs = paragraph_texts(page.articles[0]);
    CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const std::string& p) {
        return p.find("景区对翠云廊沿线古柏") != std::string::npos;
    }));
    CHECK(headline_texts(page.articles[1]) == Texts{"名词解释", "翠云廊"});
}
