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

// ---- scored names (character statistics of data/names) ----------------------------------

TEST_CASE("a surname and two name-like characters open a clause as a person",
          "[metadata][entities][people]") {
    CHECK(has(run("张俊峰首先介绍了情况。"), person, "张俊峰"));
    // A word after the name more frequent than the one across its end (林立|立即).
    CHECK(has(run("李富森立即赶到现场。"), person, "李富森"));
    // A few adverbs end a clause subject (却, 又).
    CHECK(has(run("可郭子清却一头栽倒。"), person, "郭子清"));
}

TEST_CASE("a high-scoring name needs no boundary word before it", "[metadata][entities][people]") {
    CHECK(has(run("她找过赵雅琴。"), person, "赵雅琴"));
    CHECK(has(run("他常去拜访周慧敏，聊得很好。"), person, "周慧敏"));
}

TEST_CASE("words that start with a surname are not scored as names",
          "[metadata][entities][people]") {
    // 雷阵雨: the characters are not name-like; 《白牡丹》: a work's title.
    CHECK_FALSE(has_any(run("北京晴转雷阵雨，明天多云。"), person, "雷"));
    CHECK_FALSE(has_any(run("他写了《白牡丹》一书。"), person, "白"));
    // A given name that is a common word needs a much higher score (杨|全军).
    CHECK_FALSE(has_any(run("杨全军又安排了工作。"), person, "杨全"));
}

TEST_CASE("a frequent word the lexicon also lists as a name starts no name",
          "[metadata][entities][people]") {
    // 康复 is tagged as a personal name by the lexicon, but it is a frequent word.
    CHECK_FALSE(has_any(run("大病到医院、康复回社区。"), person, "康复"));
}

TEST_CASE("before a speech verb a name may hold function characters",
          "[metadata][entities][people]") {
    CHECK(has(run("孙和杰说，工程进展顺利。"), person, "孙和杰"));
    // Without the verb the function character 和 keeps the name unguessed.
    CHECK_FALSE(has_any(run("孙和杰今天来了。"), person, "孙和"));
}

TEST_CASE("a surname and one name-like character before a particle is a person",
          "[metadata][entities][people]") {
    CHECK(has(run("会上，邹晖与代表们交谈。"), person, "邹晖"));
    // Two-character words the lexicon lists as names are not taken without a cue.
    CHECK_FALSE(has_any(run("秋天，叶子也黄了。"), person, "叶子"));
}

TEST_CASE("a name right after an occupation or a kin noun is a person",
          "[metadata][entities][people]") {
    CHECK(has(run("肢残人刘涛和他的妻子来了。"), person, "刘涛"));
    CHECK(has(run("女儿潘琳今年三岁。"), person, "潘琳"));
    // Not across an idiom (家|喻户晓).
    CHECK_FALSE(has_any(run("让知识家喻户晓。"), person, "喻"));
}

TEST_CASE("a surname alone before an office title is the person, the title the role",
          "[metadata][entities][people]") {
    const auto meta = run("关于合作，钱外长说，双方满意。");
    const Entity* qian = nullptr;
    for (const Entity& e : meta.entities)
        if (e.type == person && e.text == "钱") qian = &e;
    REQUIRE(qian);
    CHECK(qian->role == "外长");
    // Courtesy words stay part of the name.
    CHECK(has(run("求职者王女士说，岗位很多。"), person, "王女士"));
}

TEST_CASE("a place name after a surname and before a word is a given name",
          "[metadata][entities][places]") {
    const auto meta = run("王秀英立即赶到现场。");
    CHECK_FALSE(has(meta, place, "秀英"));
}

// ---- places ------------------------------------------------------------------------------

TEST_CASE("a small place that opens an idiom is no place", "[metadata][entities][places]") {
    CHECK_FALSE(has(run("为了国家的长治久安而努力。"), place, "长治"));
    CHECK(has(run("山西长治的煤矿很多。"), place, "长治"));
}

// ---- organisations -----------------------------------------------------------------------

TEST_CASE("a delegation before its head's title is an organisation",
          "[metadata][entities][organizations]") {
    CHECK(has(run("越南代表团团长在会上发言。"), organization, "越南代表团"));
}

TEST_CASE("common words ending in 局 are no office", "[metadata][entities][organizations]") {
    CHECK_FALSE(has_any(run("印度政局动荡。"), organization, "政局"));
    CHECK_FALSE(has_any(run("这是成都发展的新格局。"), organization, "格局"));
}

TEST_CASE("a country's companies in general are no organisation",
          "[metadata][entities][organizations]") {
    CHECK_FALSE(has(run("日本公司纷纷裁员。"), organization, "日本公司"));
    CHECK(has(run("微软公司发布了新版。"), organization, "微软公司"));
}

TEST_CASE("a place and a field before an institute, agency or works suffix",
          "[metadata][entities][organizations]") {
    CHECK(has(run("兰州地质所的专家来了。"), organization, "兰州地质所"));
    // 所 before a verb is a particle.
    CHECK_FALSE(has_any(run("这是他对教育发展所作的贡献。"), organization, "所"));
}

TEST_CASE("a country that plays a match is its team", "[metadata][entities][organizations]") {
    CHECK(has(run("中国队以3比1战胜巴西，进入决赛。"), organization, "巴西"));
    CHECK(has(run("其中，德国和意大利队实力最强。"), organization, "德国"));
    // A player of the country: the country stays a place.
    CHECK(has(run("他以三比二战胜荷兰的选手。"), place, "荷兰"));
    CHECK(has(run("代表团访问了巴西。"), place, "巴西"));
}

TEST_CASE("troops of a country are no organisation name", "[metadata][entities][organizations]") {
    const auto meta = run("印度边防部队随后撤回。");
    CHECK_FALSE(has_any(meta, organization, "部队"));
    CHECK(has(meta, place, "印度"));
}

TEST_CASE("a name before a player's rank or a film credit is a person",
          "[metadata][entities][people]") {
    CHECK(has(run("比赛中，孙立七段执黑获胜。"), person, "孙立"));
    CHECK(has(run("该片由周明执导，吴刚主演。"), person, "吴刚"));
}

TEST_CASE("an administrative suffix after a place name belongs to it",
          "[metadata][entities][places]") {
    const auto meta = run("他们到了维也纳市，又去了邢台县。");
    CHECK(has(meta, place, "维也纳市"));
    CHECK(has(meta, place, "邢台县"));
    // Not when the suffix starts a word.
    const auto market = run("他研究维也纳市场的变化。");
    CHECK(has(market, place, "维也纳"));
    CHECK_FALSE(has(market, place, "维也纳市"));
}

TEST_CASE("gardens, stations and space centres after a place are places",
          "[metadata][entities][places]") {
    CHECK(has(run("他们参观了杭州植物园。"), place, "杭州植物园"));
    CHECK(has(run("他在兰州火车站下车。"), place, "兰州火车站"));
}

TEST_CASE("a word before 建 makes no pair of country abbreviations",
          "[metadata][entities][places]") {
    CHECK_FALSE(has(run("加强社会公德和家庭美德建设。"), place, "美"));
    CHECK(has(run("两国领导人推动中美建交。"), place, "美"));
}

TEST_CASE("the start of an idiom is no name", "[metadata][entities][people]") {
    CHECK_FALSE(has_any(run("他毛手毛脚地打碎了碗。"), person, "毛手"));
    CHECK_FALSE(has_any(run("有人胡作非为，受到处分。"), person, "胡作"));
}

TEST_CASE("副 before a title is no given name", "[metadata][entities][people]") {
    const auto meta = run("针对这些问题，刘副局长表示，将加大力度。");
    CHECK_FALSE(has(meta, person, "刘副"));
}

TEST_CASE("a newspaper in title brackets or after a country is an organisation",
          "[metadata][entities][organizations]") {
    CHECK(has(run("据《纽约先驱报》报道，会谈顺利。"), organization, "纽约先驱报"));
    CHECK(has(run("他接受了英国体育报记者的采访。"), organization, "英国体育报"));
    CHECK_FALSE(has_any(run("他读了《情况通报》。"), organization, "通报"));
    CHECK_FALSE(has_any(run("美国情报部门称，消息属实。"), organization, "情报"));
}

TEST_CASE("a department right after its organisation belongs to the name",
          "[metadata][entities][organizations]") {
    CHECK(has(run("据兰州大学化学系介绍，实验成功。"), organization, "兰州大学化学系"));
    CHECK(has(run("会议在联合国总部举行。"), organization, "联合国总部"));
    // A title after the organisation is no department (外交部|部长).
    CHECK(has(run("外交部部长会见了客人。"), organization, "外交部"));
}

TEST_CASE("promotion societies, federations, military academies and education commissions",
          "[metadata][entities][organizations]") {
    CHECK(has(run("此外，中日经贸促进会呼吁加强合作。"), organization, "中日经贸促进会"));
    CHECK(has(run("在兰州市教委的安排下，学生们出发了。"), organization, "兰州市教委"));
    CHECK(has(run("他毕业于黄埔军校。"), organization, "黄埔军校"));
}

TEST_CASE("a transliterated name the lexicon lists as a proper noun after a title",
          "[metadata][entities][people]") {
    CHECK(has(run("国防部长巴拉克6月访问了开罗。"), person, "巴拉克"));
}

TEST_CASE("entities: a surname and a courtesy title name a person whatever follows",
          "[metadata][entities]") {
    const broadsheet::MetadataExtractor extractor;
    auto people = [&](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& e : extractor.extract(text).entities)
            if (e.type == broadsheet::EntityType::person) out.push_back(e.text);
        return out;
    };
    CHECK(people("郑先生创作心态严谨，每幅作品都反复推敲。") == std::vector<std::string>{"郑先生"});
    CHECK(people("这位陈小姐顿时说不出话来。") == std::vector<std::string>{"陈小姐"});
    // 和先生 is "and Mr.", 归功于老师 "owed to the teacher".
    CHECK(people("张女士和先生一起来到现场。") == std::vector<std::string>{"张女士"});
    CHECK(people("这要归功于老师的悉心教导。").empty());
}

TEST_CASE("entities: a bank's name before its head's title (银行|行长, 公司|总经理)",
          "[metadata][entities][organizations]") {
    CHECK(has(run("俄罗斯中央银行行长表示，卢布不会贬值。"), organization, "俄罗斯中央银行"));
    CHECK(has(run("华联商贸有限公司总经理出席了签约仪式。"), organization, "华联商贸有限公司"));
}

TEST_CASE("entities: a club named by its sponsor in a match report (全兴队), not any X队",
          "[metadata][entities][organizations]") {
    CHECK(has(run("上半时第20分钟，全兴队率先破门。"), organization, "全兴队"));
    CHECK(has(run("最终，前卫寰岛队以2∶1战胜对手。"), organization, "前卫寰岛队"));
    // Without a match, and for words that make a team of anything, no club.
    CHECK_FALSE(has(run("他们组建了一支志愿服务队。"), organization, "志愿服务队"));
    CHECK_FALSE(has(run("全兴队员今天休息。"), organization, "全兴队"));
}

TEST_CASE("entities: a name dot joins name characters the transliteration set lacks",
          "[metadata][entities][people]") {
    CHECK(has(run("执行干事彼得·皮奥在开幕式上讲话。"), person, "彼得·皮奥"));
    CHECK(has(run("美国宇航员汤姆士·史达福告诉记者，太空很安静。"), person, "汤姆士·史达福"));
    // A dot between a paper and its app, or a section's two words, joins no name.
    CHECK_FALSE(has(run("新华日报·交汇点记者报道。"), person, "新华日报·交汇点"));
    CHECK_FALSE(has(run("本版为经济·民生专版。"), person, "经济·民生"));
}
