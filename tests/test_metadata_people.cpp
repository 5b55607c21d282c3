// Person-name rules of the metadata extractor, one test per rule, on invented sentences.
#include <broadsheet/metadata.hpp>
#include <broadsheet/text.hpp>
#include <string>

#include "catch.hpp"

using broadsheet::ArticleMetadata;
using broadsheet::Entity;
using broadsheet::EntityType;
using broadsheet::MetadataExtractor;

namespace {

bool has_person(const ArticleMetadata& meta, const std::string& text) {
    for (const Entity& e : meta.entities)
        if (e.type == EntityType::person && e.text == text) return true;
    return false;
}

bool any_person(const ArticleMetadata& meta) {
    for (const Entity& e : meta.entities)
        if (e.type == EntityType::person) return true;
    return false;
}

ArticleMetadata run(const std::string& body) {
    static const MetadataExtractor extractor;
    return extractor.extract("标题\n" + body + "\n");
}

}  // namespace

TEST_CASE("a full name between dictionary words is a person", "[metadata][people]") {
    CHECK(has_person(run("他们认真研究邱晓岚经济思想的来源。"), "邱晓岚"));
    CHECK(has_person(run("法院判处彭立平有期徒刑三年。"), "彭立平"));
}

TEST_CASE("a surname that forms a word with the next character starts no full name",
          "[metadata][people]") {
    // 管理, 范围, 项目: common words, not surname + given name.
    CHECK_FALSE(any_person(run("市委决定把机关管理作为重点。")));
    CHECK_FALSE(any_person(run("这次改革涉及范围广,项目多。")));
}

TEST_CASE("names of the built-in list are people whatever the lexicon tags them",
          "[metadata][people]") {
    // The lexicon tags 周恩来 as a time word.
    CHECK(has_person(run("这本书研究周恩来的外交思想。"), "周恩来"));
}

TEST_CASE("a transliterated name after a title runs over transliteration characters",
          "[metadata][people]") {
    CHECK(has_person(run("该国现任总统卡莫拉竞选连任。"), "卡莫拉"));
    CHECK(has_person(run("该国外长拉卡德举行记者会。"), "拉卡德"));
}

TEST_CASE("a dotted name gives back a last character that starts a common word",
          "[metadata][people]") {
    const auto meta = run("秘书长马克·安南希望各方克制。");
    CHECK(has_person(meta, "马克·安南"));
    CHECK_FALSE(has_person(meta, "马克·安南希"));
}

TEST_CASE("part of a dotted name is not a Chinese name", "[metadata][people]") {
    const auto meta = run("新西兰总理罗伯特·马尔科有幸成为嘉宾。");
    CHECK_FALSE(has_person(meta, "罗伯特"));
    CHECK(has_person(meta, "罗伯特·马尔科"));
}

TEST_CASE("a name before an enumeration comma and a person is a person", "[metadata][people]") {
    const auto meta = run("要像孔繁林、焦裕森那样工作。");
    CHECK(has_person(meta, "焦裕森"));
    CHECK(has_person(meta, "孔繁林"));
}

TEST_CASE("a two-character name opening a clause before a speech verb", "[metadata][people]") {
    CHECK(has_person(run("会上,罗立说,合作很重要。"), "罗立"));
    // Inside a clause the same pattern is too often a word.
    CHECK_FALSE(has_person(run("他们一起来干说明会。"), "来干"));
}

TEST_CASE("a transliterated two-character name opening a clause before a cue",
          "[metadata][people]") {
    CHECK(has_person(run("比赛结束后,里德说,球队尽力了。"), "里德"));
}

TEST_CASE("titles after a name mark foreign and Chinese dignitaries", "[metadata][people]") {
    CHECK(has_person(run("开幕式上,哈迪外长发表讲话。"), "哈迪"));
    CHECK(has_person(run("开幕式上,彭立平副总理发表讲话。"), "彭立平"));
}

TEST_CASE("a title does not make a name of a word starting with a surname", "[metadata][people]") {
    // 全面 and 管理 are words: 分局长全面实行 has no person.
    CHECK_FALSE(any_person(run("各分局长全面实行公平竞争。")));
    // The last given character must not start the next word: 胡适|学术.
    CHECK_FALSE(has_person(run("他批评老师胡适学术上的错误。"), "胡适学"));
}

TEST_CASE("a name recognised once is a name at its other mentions", "[metadata][people]") {
    // The second mention has no cue of its own.
    const auto meta = run("该国总统拉卡德竞选连任。记者见到拉卡德时很意外。");
    bool found = false;
    for (const Entity& e : meta.entities)
        if (e.type == EntityType::person && e.text == "拉卡德") {
            found = true;
            CHECK(e.spans.size() == 2);
        }
    CHECK(found);
    CHECK_FALSE(has_person(run("记者见到拉卡德时很意外。"), "拉卡德"));
}

TEST_CASE("a dotted name runs on to a boundary over characters outside the set",
          "[metadata][people]") {
    CHECK(has_person(run("该报发行人汉斯·迪尚德先生出席了会议。"), "汉斯·迪尚德"));
    // No boundary within three characters: too unsure to cut anywhere.
    const auto meta = run("选手阿·德米延科均获得了金牌。");
    CHECK_FALSE(has_person(meta, "阿·德米"));
}

TEST_CASE("pronouns and object words are never part of a given name", "[metadata][people]") {
    CHECK_FALSE(has_person(run("朋友替我后悔,曾劝我收心回去。"), "曾劝我"));
    CHECK_FALSE(has_person(run("决赛中,尤伯杯归属已定。"), "尤伯杯"));
}

TEST_CASE("common given-name characters such as 军 and 家 may end or fill a given name",
          "[metadata][people]") {
    CHECK(has_person(run("县长吴正军分管工业。"), "吴正军"));
    CHECK(has_person(run("外交部长唐家瑜今天下午会见了客人。"), "唐家瑜"));
}

TEST_CASE("a given name spelled like a proper noun still makes a full name", "[metadata][people]") {
    // 亚平 is a place name in the lexicon; after a surname it is a given name.
    CHECK(has_person(run("热情在陈亚平的胸中燃烧。"), "陈亚平"));
    // A common word is not: 顾客买 has no person.
    CHECK_FALSE(has_person(run("许多顾客买了一辆车。"), "顾客买"));
}

TEST_CASE("less frequent surnames start names too", "[metadata][people]") {
    CHECK(has_person(run("会上,胥立平说,工作要抓紧。"), "胥立平"));
}

TEST_CASE("a two-character name after a function word and before a particle",
          "[metadata][people]") {
    CHECK(has_person(run("他和刘斌的友谊很深。"), "刘斌"));
    CHECK(has_person(run("大家都很关心江绍原的近况。"), "江绍原"));
}

TEST_CASE("a run of country abbreviations after a particle is places", "[metadata][places]") {
    const auto meta = run("这是中美的共同心愿。");
    bool china = false, america = false;
    for (const Entity& e : meta.entities) {
        if (e.type != EntityType::place) continue;
        china = china || e.text == "中";
        america = america || e.text == "美";
    }
    CHECK(china);
    CHECK(america);
}

TEST_CASE("a transliterated clause subject before a date or a word is a person",
          "[metadata][people]") {
    CHECK(has_person(run("上月,卡迪拉当选为新的主席。"), "卡迪拉"));
    CHECK(has_person(run("据报道,卡迪拉8日抵达首都。"), "卡迪拉"));
    // Not inside a clause without a cue.
    CHECK_FALSE(has_person(run("他们都知道卡迪拉当选了。"), "卡迪拉"));
}

TEST_CASE("a name joined to a person by a conjunction is a person", "[metadata][people]") {
    CHECK(has_person(run("会上,卡迪拉说,他和王磊都同意。会后,卡迪拉和王磊都走了。"), "王磊"));
    // Without a person before the conjunction nothing is inferred (王磊 alone is a name by
    // its characters' statistics, so the check uses a word starting with a surname).
    CHECK_FALSE(has_person(run("会后,桌子和金属都不见了。"), "金属"));
}

TEST_CASE("the end of a transliterated name is not a place", "[metadata][places]") {
    const auto meta = run("他会见了芬兰外长哈洛宁。");
    for (const Entity& e : meta.entities) {
        INFO(e.text);
        CHECK_FALSE((e.type == EntityType::place && e.text == "洛宁"));
    }
    // After a verb that ends a word the same spelling is a place.
    bool brazil = false;
    for (const Entity& e : run("代表团昨天抵达巴西。").entities)
        brazil = brazil || (e.type == EntityType::place && e.text == "巴西");
    CHECK(brazil);
}

TEST_CASE("a transliterated name after a country and 的 is a person", "[metadata][people]") {
    CHECK(
        has_person(run("韩国选手苦战五局，以三比二战胜比利时的卡勃莱拉，闯入决赛。"), "卡勃莱拉"));
    // A word of the lexicon there is none (美国的波音 names a company's product line).
    CHECK_FALSE(has_person(run("他最喜欢的是美国的音乐。"), "音乐"));
}

TEST_CASE("a place word of the lexicon inside a transliterated name does not break it",
          "[metadata][people]") {
    // 尼亚 is listed as a proper noun (a place ending): inside a longer run it is part of it.
    CHECK(has_person(run("内塔尼亚胡和穆巴拉克就中东局势交换了意见。"), "内塔尼亚胡"));
    // A common word that is no proper noun still breaks the run.
    CHECK_FALSE(has_person(run("他们希望拉近彼此的距离。"), "希望拉"));
}
