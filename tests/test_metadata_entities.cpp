// Named-entity rules of the metadata extractor added for issue 4 (accuracy on news text), one
// test per rule, on invented sentences.
#include <broadsheet/metadata.hpp>
#include <string>

#include "catch.hpp"

using broadsheet::ArticleMetadata;
using broadsheet::Entity;
using broadsheet::EntityType;
using broadsheet::MetadataExtractor;

namespace {

ArticleMetadata run(const std::string& body) {
    static const MetadataExtractor extractor;
    return extractor.extract("标题\n" + body + "\n");
}

bool has(const ArticleMetadata& meta, EntityType type, const std::string& text) {
    for (const Entity& e : meta.entities)
        if (e.type == type && e.text == text) return true;
    return false;
}

bool has_any(const ArticleMetadata& meta, EntityType type, const std::string& part) {
    for (const Entity& e : meta.entities)
        if (e.type == type && e.text.find(part) != std::string::npos) return true;
    return false;
}

constexpr EntityType person = EntityType::person;
constexpr EntityType place = EntityType::place;
constexpr EntityType organization = EntityType::organization;

}  // namespace

// ---- organisations -------------------------------------------------------------------

TEST_CASE("an office suffix before the head's title still ends an organisation",
          "[metadata][organizations]") {
    CHECK(has(run("瑞典渔业部长昨天抵达北京。"), organization, "瑞典渔业部"));
    // 副部长: the suffix character belongs to the title.
    CHECK_FALSE(has_any(run("他曾任中国科学院副院长。"), organization, "副院"));
}

TEST_CASE("a party or league prefix keeps the place after it in the name",
          "[metadata][organizations]") {
    CHECK(has(run("共青团杭州市委组织青年志愿者。"), organization, "共青团杭州市委"));
    CHECK(has(run("中共湖北省委召开全会。"), organization, "中共湖北省委"));
}

TEST_CASE("a numbered party congress is an organisation", "[metadata][organizations]") {
    CHECK(has(run("大家认真学习党的十六大报告。"), organization, "十六大"));
    CHECK(has(run("中共十四大提出了目标。"), organization, "中共十四大"));
    CHECK_FALSE(has_any(run("这是全国第十大城市。"), organization, "十大"));
}

TEST_CASE("newspapers are organisations", "[metadata][organizations]") {
    CHECK(has(run("据《南方日报》报道，活动很成功。"), organization, "南方日报"));
}

TEST_CASE("a factory or a team with a proper stem is an organisation",
          "[metadata][organizations]") {
    CHECK(has(run("他在红星机械厂工作了十年。"), organization, "红星机械厂"));
    CHECK_FALSE(has_any(run("他们回到工厂上班。"), organization, "工厂"));
    CHECK(has(run("本场比赛中，红狮队以2比1获胜。"), organization, "红狮队"));
    // 军队, 球队 right after a place name no body.
    CHECK_FALSE(has_any(run("美国军队撤出了这个地区。"), organization, "军队"));
}

TEST_CASE("an abbreviated body after a place is an organisation", "[metadata][organizations]") {
    CHECK(has(run("浙江省文联举办书画展。"), organization, "浙江省文联"));
    CHECK(has(run("广州交警提醒市民注意安全。"), organization, "广州交警"));
}

TEST_CASE("a department right after its parent body is one organisation",
          "[metadata][organizations]") {
    CHECK(has(run("中国人民解放军总政治部发出通知。"), organization, "中国人民解放军总政治部"));
}

TEST_CASE("a short known organisation inside a longer proper noun is none",
          "[metadata][organizations]") {
    CHECK_FALSE(has_any(run("他们来到北大荒开垦土地。"), organization, "北大"));
}

// ---- places ----------------------------------------------------------------------------

TEST_CASE("venues named by their function are places", "[metadata][places]") {
    const auto meta = run("南京美术馆的展厅里挤满了观众。");
    CHECK(has(meta, place, "南京美术馆"));
    CHECK_FALSE(has_any(meta, organization, "美术馆"));
    // A proper stem between the city and the suffix: the city stays a place of its own.
    const auto stadium = run("比赛在广州天河体育馆举行。");
    CHECK(has(stadium, place, "天河体育馆"));
    CHECK(has(stadium, place, "广州"));
}

TEST_CASE("a landmark longer than a gazetteer name wins", "[metadata][places]") {
    CHECK(has(run("游客来到天安门广场参观。"), place, "天安门广场"));
}

TEST_CASE("a village suffix closing a common word makes no place", "[metadata][places]") {
    CHECK_FALSE(has_any(run("干部们深入农村调研。"), place, "农村"));
}

// ---- people ----------------------------------------------------------------------------

TEST_CASE("names joined by enumeration commas support one another", "[metadata][people]") {
    const auto meta = run("参赛的有郑海燕、罗秋萍等选手。");
    CHECK(has(meta, person, "郑海燕"));
    CHECK(has(meta, person, "罗秋萍"));
}

TEST_CASE("a given name spelled like a common noun between clear boundaries",
          "[metadata][people]") {
    CHECK(has(run("何天才是一名普通工人。"), person, "何天才"));
    // A weather word after a surname character is no name.
    CHECK_FALSE(has_any(run("今天有雷阵雨。"), person, "雷阵雨"));
}

TEST_CASE("a lexicon personal name after a title is a person", "[metadata][people]") {
    CHECK(has(run("该国外交大臣琼斯今天访华。"), person, "琼斯"));
}

TEST_CASE("a transliterated name after a shirt number is a player", "[metadata][people]") {
    CHECK(has(run("第30分钟，9号罗德里格斯头球破门。"), person, "罗德里格斯"));
}

TEST_CASE("a transliteration run gives back a first character closing a word",
          "[metadata][people]") {
    const auto meta = run("我们祝贺布朗森先生当选。");
    CHECK(has(meta, person, "布朗森"));
    CHECK_FALSE(has_any(meta, person, "贺布"));
}

TEST_CASE("an occupation noun before a transliterated name is a title", "[metadata][people]") {
    CHECK(has(run("反对党候选人帕尔米拉竞选总统。"), person, "帕尔米拉"));
}

TEST_CASE("强 is a given-name character", "[metadata][people]") {
    CHECK(has(run("车间主任刘国强今天说，产量提高了。"), person, "刘国强"));
}

TEST_CASE("a Japanese family name makes a person with its given name or before a title",
          "[metadata][people]") {
    CHECK(has(run("日本首相小渊惠三在记者会上发言。"), person, "小渊惠三"));
    CHECK(has(run("会谈中，桥本首相提出了新建议。"), person, "桥本"));
}

TEST_CASE("a name without a Chinese surname before a dignitary's title", "[metadata][people]") {
    CHECK(has(run("昨天，素拉杰外长会见了记者。"), person, "素拉杰"));
}

TEST_CASE("a county name right after a surname is rather a given name", "[metadata][people]") {
    const auto meta = run("比赛中，许银川与对手战平。");
    CHECK(has(meta, person, "许银川"));
    CHECK_FALSE(has(meta, place, "银川"));
}

// ---- organisations (continued) ---------------------------------------------------------

TEST_CASE("a national body is a named organisation even with a generic stem",
          "[metadata][organizations]") {
    CHECK(has(run("美国联邦贸易委员会批准了这项兼并。"), organization, "美国联邦贸易委员会"));
    CHECK(has(run("国家测绘局将采用新技术。"), organization, "国家测绘局"));
    // A kind of institution stays none.
    CHECK_FALSE(has_any(run("他在一家保险公司工作。"), organization, "保险公司"));
}

TEST_CASE("a ministry named by a field of nouns is an organisation", "[metadata][organizations]") {
    CHECK(has(run("许可证由机场管理局颁发。"), organization, "机场管理局"));
}

TEST_CASE("a known office followed by a word across its end is none", "[metadata][organizations]") {
    CHECK_FALSE(has_any(run("司法部门已建立戒毒场所。"), organization, "司法部"));
    CHECK(has(run("公安部今天发布通告。"), organization, "公安部"));
}

TEST_CASE("a country abbreviation before a known body belongs to it", "[metadata][organizations]") {
    CHECK(has(run("他表示，俄央行能够控制局面。"), organization, "俄央行"));
}

TEST_CASE("a rank among institutions is no name", "[metadata][organizations]") {
    CHECK_FALSE(has_any(run("美国第三大银行宣布合并。"), organization, "大银行"));
}

TEST_CASE("a chain of places before a name keeps only its last link", "[metadata][organizations]") {
    const auto meta = run("湖南省衡南县泉溪镇中心小学举行开学典礼。");
    CHECK(has(meta, organization, "泉溪镇中心小学"));
    CHECK_FALSE(has_any(meta, organization, "衡南县泉溪镇"));
}

TEST_CASE("a company word after an organisation belongs to it", "[metadata][organizations]") {
    CHECK(has(run("他从海南国际武术开发集团公司调来。"), organization, "海南国际武术开发集团公司"));
}

// ---- places (continued) ----------------------------------------------------------------

TEST_CASE("a city abbreviation after a movement verb starts no word with the next character",
          "[metadata][places]") {
    CHECK(has(run("代表团昨天在京召开会议。"), place, "京"));
    CHECK_FALSE(has_any(run("他一直在京剧团工作。"), place, "京"));
}

TEST_CASE("a run of country abbreviations after a word is places", "[metadata][places]") {
    const auto meta = run("会议讨论日韩在渔业上的分歧。");
    CHECK(has(meta, place, "日"));
    CHECK(has(meta, place, "韩"));
    // 比赛中|以: 中 after a word means "in".
    CHECK_FALSE(has_any(run("他们在比赛中以3比1获胜。"), place, "以"));
}

TEST_CASE("former, quantified and purpose phrases are cut from an organisation's start",
          "[metadata][organizations]") {
    CHECK(has(run("该项工作由原国家环保局牵头。"), organization, "国家环保局"));
    CHECK_FALSE(has_any(run("她原在曼谷一家报社任编辑。"), organization, "一家"));
    CHECK_FALSE(has_any(run("他这样做仅仅是为了公司的利益。"), organization, "为了"));
}

TEST_CASE("a Korean name in a text about Korea", "[metadata][people]") {
    CHECK(has(run("韩国大选后，金钟泌访问了中国。"), person, "金钟泌"));
    // Without Korea in the text the uncommon given characters are no evidence.
    CHECK_FALSE(has(run("大选后，金钟泌访问了中国。"), person, "金钟泌"));
    // A common word starting with a surname character is no name.
    CHECK_FALSE(has_any(run("韩国的金融危机仍在加深。"), person, "金融"));
}

TEST_CASE("a province or municipality is a place even when a word crosses its edge",
          "[metadata][places]") {
    // 报上, 海国: words across the edges of 上海.
    CHECK(has(run("本报上海5月2日电 第四届上海国际博览会今天开幕。"), place, "上海"));
}

TEST_CASE("a publisher named with common words is an organisation", "[metadata][organizations]") {
    CHECK(has(run("这本书已由语文出版社出版。"), organization, "语文出版社"));
}
