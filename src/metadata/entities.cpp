// Rule-based entity recognition. Dates come from dates.cpp, places from the gazetteer
// (chains, short forms, context for ambiguous names, suffixes for villages and parks),
// organisations from institutional suffixes, people from titles, speech verbs and bylines.
#include "metadata/entities.hpp"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "metadata/chars.hpp"
#include "metadata/gazetteer.hpp"
#include "metadata/keywords.hpp"

namespace broadsheet {
namespace detail {
extern const unsigned char given_name_chars[];
extern const std::size_t given_name_chars_size;
}  // namespace detail
}  // namespace broadsheet

namespace broadsheet {
namespace detail {

namespace {

/// Per-character name statistics (data/names/given_chars.txt, scripts/build-name-chars):
/// log-likelihood ratios x10 of a character as a surname, as the first or second given
/// character of a three-character name, or as the single given character of a two-character
/// name, against running text.
struct NameCharStats {
    int count = 0;  // three-character names holding the character as a given character
    int surname = 0, first = 0, second = 0, single = 0;
};

/// Neutral-to-unlikely values for characters the statistics do not list (rare characters).
constexpr NameCharStats unknown_name_char{0, -30, -30, -30, -30};

const std::unordered_map<char32_t, NameCharStats>& name_char_stats() {
    static const std::unordered_map<char32_t, NameCharStats> stats = [] {
        std::unordered_map<char32_t, NameCharStats> map;
        const std::string_view data(reinterpret_cast<const char*>(given_name_chars),
                                    given_name_chars_size);
        std::size_t pos = 0;
        while (pos < data.size()) {
            std::size_t end = data.find('\n', pos);
            if (end == std::string_view::npos) end = data.size();
            const std::string line(data.substr(pos, end - pos));
            pos = end + 1;
            if (line.empty() || line[0] == '#') continue;
            const std::size_t space = line.find(' ');
            if (space == std::string::npos) continue;
            const std::u32string c = to_u32(std::string_view(line).substr(0, space));
            NameCharStats st;
            if (c.size() != 1 || std::sscanf(line.c_str() + space, "%d %d %d %d %d", &st.count,
                                             &st.surname, &st.first, &st.second, &st.single) != 5)
                continue;
            map.emplace(c[0], st);
        }
        return map;
    }();
    return stats;
}

const NameCharStats& name_stats(char32_t c) {
    const auto& stats = name_char_stats();
    const auto it = stats.find(c);
    return it == stats.end() ? unknown_name_char : it->second;
}

/// Characters frequent in given names (in at least 5 three-character names), built once.
const std::unordered_set<char32_t>& given_chars() {
    static const std::unordered_set<char32_t> chars = [] {
        std::unordered_set<char32_t> set;
        for (const auto& [c, st] : name_char_stats())
            if (st.count >= 5 && is_han(c)) set.insert(c);
        return set;
    }();
    return chars;
}

// ---------------------------------------------------------------------------------------
// Word lists. Kept short and general: they are matched on unseen text.

constexpr std::u32string_view compound_surnames[] = {
    U"欧阳", U"司马", U"诸葛", U"上官", U"东方", U"皇甫", U"令狐", U"慕容", U"司徒", U"夏侯",
    U"尉迟", U"公孙", U"长孙", U"宇文", U"轩辕", U"端木", U"独孤", U"南宫", U"西门", U"申屠",
};
constexpr std::u32string_view single_surnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    U"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝"
    U"龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    U"左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    U"屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
    U"苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝胥展朴郅恽楼阴裘钮厉蔺芮"
    U"储冼晁禹茅鄢竺邰";

// Characters that never appear inside a Chinese given name in running text.
constexpr std::u32string_view non_name_chars =
    U"的了是在和与及或等也都就还又再已曾将要会能可把被从到向对为于以给让使由这那其各每该此"
    U"一二三四五六七八九十百千万亿个们不没无很最更说表示介指出调认为称省市县区镇乡村街道路号"
    U"年月日时分秒上下内外前后里间来去着过地得所而且但并如若因此即该后进出入走看做打开关到达"
    U"部局委办院处科队组会社报台网站厅馆园厂行司团所党际全共同事人者员"
    U"我你他她它咱杯车宫则副府";

// Speech verbs after a speaker.
constexpr std::u32string_view speech_verbs[] = {
    U"表示", U"说",   U"介绍", U"指出",   U"强调", U"认为", U"告诉记者", U"告诉", U"坦言", U"透露",
    U"回忆", U"解释", U"感慨", U"笑着说", U"补充", U"提到", U"说道",     U"谈到", U"建议", U"呼吁",
    U"称",   U"讲",   U"问",   U"答",     U"发言", U"致辞", U"宣布",     U"报道",
};

// Titles and roles printed before a name (医务部主任邹颖, 求职者王女士).
constexpr std::u32string_view titles_before[] = {
    U"总书记", U"国家主席", U"主席",   U"副主席",   U"总理",   U"副总理",   U"总统",   U"副总统",
    U"首相",   U"国务委员", U"委员长", U"部长",     U"副部长", U"省长",     U"副省长", U"市长",
    U"副市长", U"区长",     U"副区长", U"县长",     U"副县长", U"镇长",     U"乡长",   U"村长",
    U"厅长",   U"局长",     U"副局长", U"处长",     U"科长",   U"主任",     U"副主任", U"书记",
    U"副书记", U"院长",     U"副院长", U"校长",     U"副校长", U"所长",     U"站长",   U"馆长",
    U"社长",   U"台长",     U"行长",   U"董事长",   U"总经理", U"副总经理", U"经理",   U"总裁",
    U"总监",   U"理事长",   U"秘书长", U"会长",     U"团长",   U"队长",     U"组长",   U"班长",
    U"主编",   U"总编辑",   U"教授",   U"副教授",   U"研究员", U"院士",     U"博士",   U"医生",
    U"医师",   U"护士长",   U"护士",   U"教师",     U"老师",   U"专家",     U"律师",   U"工程师",
    U"大使",   U"发言人",   U"负责人", U"工作人员", U"志愿者", U"村民",     U"居民",   U"市民",
    U"群众",   U"学生",     U"求职者", U"患者",     U"创始人", U"代表",     U"委员",   U"民警",
    U"警官",   U"法官",     U"检察官", U"将军",     U"司令员", U"政委",     U"参谋长", U"运动员",
    U"教练",   U"选手",     U"作家",   U"画家",     U"演员",   U"导演",     U"记者",   U"通讯员",
    U"同志",   U"网格员",   U"社工",   U"党员",     U"农民",   U"职工",     U"员工",   U"店主",
    U"老板",   U"师傅",     U"大爷",   U"大妈",     U"阿姨",   U"大臣",     U"外长",   U"国务卿",
    U"议长",   U"总干事",   U"国王",   U"女王",     U"船工",   U"作者",     U"夫人",   U"丈夫",
    U"妻子",   U"男友",     U"女友",   U"队员",     U"球员",   U"前锋",     U"后卫",   U"门将",
    U"主帅",   U"编辑",     U"摄影",   U"副总书记", U"军长",   U"师长",     U"旅长",   U"营长",
    U"连长",   U"排长",     U"议员",   U"参议员",   U"外援",   U"财长",     U"领袖",   U"亲王",
    U"王储",   U"艺术家",   U"声乐家", U"科学家",
};
// Titles after a name (江泽民主席, 王女士); the name must then start after a boundary.
constexpr std::u32string_view titles_after[] = {
    U"同志",
    U"先生",
    U"女士",
    U"主席",
    U"总理",
    U"总统",
    U"首相",
    U"书记",
    U"教授",
    U"院士",
    U"老师",
    U"医生",
    U"部长",
    U"省长",
    U"市长",
    U"县长",
    U"区长",
    U"局长",
    U"主任",
    U"大使",
    U"委员长",
    U"总书记",
    U"董事长",
    U"总经理",
    U"师傅",
    U"校长",
    U"院长",
    U"议长",
    U"外长",
    U"副总理",
    U"副总统",
    U"亲王",
    U"元帅",
    U"总裁",
    U"副总裁",
    U"大夫",
    // Ranks of go and chess players (王磊六段) and film credits (何伟主演).
    U"初段",
    U"二段",
    U"三段",
    U"四段",
    U"五段",
    U"六段",
    U"七段",
    U"八段",
    U"九段",
    U"主演",
    U"执导",
};
// Japanese family names that are seldom ordinary words (桥本龙太郎, 小渊惠三). Alone they name
// a person before a title or a clause's verb (桥本首相, 桥本还表示).
constexpr std::u32string_view japanese_surnames[] = {
    U"桥本", U"小渊", U"中曾根", U"铃木",   U"佐藤", U"高桥", U"渡边", U"伊藤",   U"加藤",
    U"井上", U"木村", U"山崎",   U"池田",   U"阿部", U"冈田", U"藤田", U"后藤",   U"近藤",
    U"远藤", U"坂本", U"斋藤",   U"福田",   U"西村", U"藤井", U"冈本", U"藤原",   U"三浦",
    U"竹内", U"武村", U"东条",   U"谷口",   U"久间", U"宫泽", U"竹下", U"村山",   U"羽田",
    U"细川", U"鸠山", U"安倍",   U"麻生",   U"河野", U"小泉", U"大平", U"佐佐木", U"长谷川",
    U"野中", U"梶山", U"奥田",   U"宫崎",   U"黑泽", U"川端", U"武藤", U"柳泽",   U"堺屋",
    U"额贺", U"古贺", U"町村",   U"小和田", U"土井", U"不破", U"志位", U"盛田",   U"稻盛",
    U"山田", U"吉田", U"松本",   U"前田",   U"田中", U"山本", U"松下", U"小野",   U"森田",
    U"原田", U"石原", U"菅直",   U"野田",   U"橋本", U"岸田", U"丰臣", U"德川",
};
// Dignitary titles after a name without a Chinese surname (素林外长, 明仁天皇, 卓科达先生).
constexpr std::u32string_view dignitary_titles[] = {
    U"先生", U"女士", U"首相", U"总统",   U"总理",   U"外长", U"外相", U"天皇", U"国王",
    U"女王", U"议长", U"大使", U"副总理", U"副总统", U"亲王", U"博士", U"教授",
};

// Characters of transliterated foreign names (克林顿, 卡洛斯·阿马特).
constexpr std::u32string_view transliteration_chars =
    U"阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德迪蒂丁杜多厄恩法菲费芬丰夫弗福盖冈戈格"
    U"贡古哈海汉豪赫亨霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利莉林琳隆卢鲁路伦罗洛"
    U"马迈麦曼梅蒙米密姆穆纳奈南内尼涅纽努诺欧帕潘佩皮珀普奇齐契乔切琼萨塞桑瑟森沙舍施斯松苏索塔泰"
    U"坦汤特提廷托瓦威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐娃娜丽玛莎琪妮黛蕾"
    U"尔顿芭娅治瑞登茨夫莫勃圭宾昆恰滕考赖赞锡默图什叶胡丘彭庞翰延宁若热迦甘列";
constexpr char32_t name_dots[] = {U'·', U'•', U'・', U'．'};

// Names every reader of Chinese news knows, recognised without a title.
constexpr std::u32string_view famous_people[] = {
    U"毛泽东", U"周恩来", U"刘少奇", U"朱德",     U"邓小平", U"陈云",       U"江泽民",
    U"胡锦涛", U"习近平", U"李鹏",   U"朱镕基",   U"温家宝", U"李克强",     U"孙中山",
    U"鲁迅",   U"马克思", U"恩格斯", U"列宁",     U"斯大林", U"克林顿",     U"布什",
    U"奥巴马", U"特朗普", U"拜登",   U"普京",     U"叶利钦", U"戈尔巴乔夫", U"梅德韦杰夫",
    U"默克尔", U"马克龙", U"安南",   U"古特雷斯",
};

// A surname and a courtesy title name a person as printed, the title part of the name
// (王女士, 郑先生, 李某), wherever the surname starts a word.
constexpr std::u32string_view courtesy_titles[] = {U"先生", U"女士", U"小姐", U"老师", U"师傅",
                                                   U"大爷", U"大妈", U"大娘", U"阿姨", U"同志",
                                                   U"大夫", U"某某", U"某"};

// A surname alone plus these is a person as printed (王女士, 李某, 张先生).
constexpr std::u32string_view honorifics[] = {U"女士", U"先生", U"某",   U"老师", U"师傅",
                                              U"大爷", U"阿姨", U"大妈", U"小姐", U"老"};

// Organisation suffixes, longest first where they share an ending.
struct OrgSuffix {
    std::u32string_view text;
    const char* subtype;
    bool strong;  // multi-character, institutional on its own
};
constexpr OrgSuffix org_suffixes[] = {
    {U"股份有限公司", "company", true},
    {U"有限责任公司", "company", true},
    {U"有限公司", "company", true},
    {U"公司", "company", true},
    {U"集团", "company", true},
    {U"常务委员会", "committee", true},
    {U"常委会", "committee", true},
    {U"委员会", "committee", true},
    {U"女队", "team", false},
    {U"男队", "team", false},
    {U"女篮", "team", false},
    {U"男篮", "team", false},
    {U"女足", "team", false},
    {U"男足", "team", false},
    {U"女排", "team", false},
    {U"男排", "team", false},
    {U"管委会", "committee", true},
    {U"人民政府", "government", true},
    {U"政府", "government", false},
    {U"人民法院", "court", true},
    {U"法院", "court", true},
    {U"人民检察院", "procuratorate", true},
    {U"检察院", "procuratorate", true},
    {U"医院", "hospital", true},
    {U"卫生院", "hospital", true},
    {U"大学", "school", true},
    {U"学院", "school", true},
    {U"中学", "school", true},
    {U"小学", "school", true},
    {U"学校", "school", true},
    {U"幼儿园", "school", true},
    {U"研究院", "institute", true},
    {U"研究所", "institute", true},
    {U"科学院", "institute", true},
    {U"研究中心", "institute", true},
    {U"中心", "center", true},
    {U"街道办事处", "government", true},
    {U"办事处", "government", true},
    {U"办公室", "government", true},
    {U"总队", "military", true},
    {U"支队", "military", true},
    {U"大队", "military", true},
    {U"军区", "military", true},
    {U"协会", "association", true},
    {U"学会", "association", true},
    {U"基金会", "association", true},
    {U"联合会", "association", true},
    {U"商会", "association", true},
    {U"联盟", "association", true},
    {U"银行", "company", true},
    {U"电视台", "media", true},
    {U"广播电台", "media", true},
    {U"出版社", "media", true},
    {U"报社", "media", true},
    {U"日报社", "media", true},
    {U"图书馆", "institution", true},
    {U"文化馆", "institution", true},
    {U"组织部", "party", true},
    {U"宣传部", "party", true},
    {U"统战部", "party", true},
    {U"党委", "party", true},
    {U"党组", "party", true},
    {U"纪委", "party", true},
    {U"监委", "government", true},
    {U"卫健委", "government", true},
    {U"发改委", "government", true},
    {U"工作站", "institution", true},
    {U"服务站", "institution", true},
    {U"派出所", "government", true},
    {U"公安局", "government", true},
    {U"合作社", "company", true},
    {U"事务所", "company", true},
    {U"工作室", "company", true},
    {U"俱乐部", "association", true},
    {U"法工委", "committee", true},
    {U"工委", "committee", true},
    {U"政治部", "military", true},
    {U"组委会", "committee", true},
    {U"联合体", "company", true},
    {U"管理处", "government", true},
    {U"工作组", "committee", true},
    {U"领导小组", "committee", true},
    {U"中队", "military", true},
    {U"集训队", "team", true},
    {U"饭店", "company", true},
    {U"总厂", "company", true},
    {U"分局", "government", true},
    {U"总局", "government", true},
    {U"联校", "school", true},
    {U"代表团", "delegation", true},
    {U"考察团", "delegation", true},
    {U"党中央", "party", true},
    {U"工会", "association", true},
    {U"研究室", "institute", true},
    {U"日报", "media", true},
    {U"时报", "media", true},
    {U"晚报", "media", true},
    {U"气象台", "institution", true},
    {U"党支部", "party", true},
    {U"团支部", "party", true},
    {U"促进会", "association", true},
    {U"总会", "association", true},
    {U"军校", "school", true},
    {U"艺术团", "association", true},
    {U"歌舞团", "association", true},
    {U"登山队", "team", true},
    {U"领事馆", "institution", true},
    {U"大使馆", "institution", true},
    {U"制片厂", "company", true},
    {U"分厂", "company", true},
    // Two-character abbreviations after a place (中国足协, 天津市妇联, 济南交警).
    {U"交警", "government", false},
    {U"协", "association", false},
    {U"联", "association", false},
    // One character: only after a place (天津市委) or a known function word (财政局).
    {U"局", "government", false},
    {U"厅", "government", false},
    {U"委", "party", false},
    {U"部", "government", false},
    {U"署", "government", false},
    {U"院", "institution", false},
    {U"所", "institute", false},
    {U"社", "media", false},
    {U"办", "government", false},
    {U"站", "institution", false},
    {U"队", "team", false},
    {U"会", "association", false},
    {U"厂", "company", false},
    {U"行", "company", false},
};

// Words a single-character suffix may follow (财政局, 外交部, 国务院).
constexpr std::u32string_view office_functions[] = {
    U"公安",
    U"教育",
    U"教",  // 教委
    U"财政",
    U"外交",
    U"商务",
    U"民政",
    U"文化",
    U"交通",
    U"水利",
    U"农业",
    U"工业",
    U"信息化",
    U"司法",
    U"审计",
    U"税务",
    U"统计",
    U"卫生",
    U"体育",
    U"旅游",
    U"人社",
    U"住建",
    U"规划",
    U"环保",
    U"国防",
    U"科技",
    U"科学技术",
    U"生态环境",
    U"自然资源",
    U"应急管理",
    U"市场监管",
    U"退役军人事务",
    U"海关",
    U"气象",
    U"地震",
    U"林业",
    U"草原",
    U"文旅",
    U"广电",
    U"国资",
    U"金融",
    U"医保",
    U"城管",
    U"交警",
    U"消防",
    U"海事",
    U"铁道",
    U"邮政",
    U"民航",
    U"粮食",
    U"物价",
    U"工商",
    U"质监",
    U"外事",
    U"侨务",
    U"台办",
    U"组织",
    U"宣传",
    U"统战",
    U"政法",
    U"政研",
    U"编",
    U"国务",
    U"最高人民",
    U"中央",
    U"卫生健康",
    U"人力资源和社会保障",
    U"住房和城乡建设",
    U"工业和信息化",
    U"文化和旅游",
    U"农业农村",
    U"发展和改革",
    U"发展改革",
    U"市场监督管理",
    U"社会保障",
    U"人力资源",
    U"新华",
    U"中新",
    U"通讯",
    U"科学",
    U"工程",
    U"研究",
    U"设计",
    U"检察",
    U"法",
    U"税",
};

// Well-known organisations without a telling suffix.
constexpr std::u32string_view known_orgs[] = {
    U"新华社",
    U"中新社",
    U"国务院",
    U"中共中央",
    U"全国人大",
    U"全国政协",
    U"中央军委",
    U"联合国",
    U"欧盟",
    U"北约",
    U"东盟",
    U"世贸组织",
    U"世界贸易组织",
    U"人民日报",
    U"中央电视台",
    U"央视",
    U"上合组织",
    U"亚太经合组织",
    U"世界卫生组织",
    U"国际奥委会",
    U"中国共产党",
    U"共青团",
    U"全国总工会",
    U"全国妇联",
    U"中国科协",
    U"中国人民解放军",
    U"人民解放军",
    U"解放军",
    U"武警",
    U"国家统计局",
    U"国家教委",
    U"国家计委",
    U"国家经贸委",
    U"外经贸部",
    U"中联部",
    U"中宣部",
    U"中组部",
    U"总政治部",
    U"总参谋部",
    U"总后勤部",
    U"朝中社",
    U"美联储",
    U"非统组织",
    U"美洲国家组织",
    U"欧安组织",
    U"经合组织",
    U"欧洲议会",
    U"欧洲委员会",
    U"欧盟委员会",
    U"国民议会",
    U"联邦委员会",
    U"劳动党",
    U"摩托罗拉",
    U"爱立信",
    U"诺基亚",
    U"西门子",
    U"菲亚特",
    U"可口可乐",
    U"迪斯尼",
    U"雀巢",
    U"欧洲联盟",
    U"红十字会",
    U"国际货币基金组织",
    U"世界银行",
    U"安理会",
    U"党中央",
    U"中纪委",
    U"中央纪委",
    U"最高人民法院",
    U"最高人民检察院",
    U"人大常委会",
    U"全国人大常委会",
    U"政协",
    U"中共中央政治局",
    // Japanese ministries and agencies
    U"大藏省",
    U"通产省",
    U"外务省",
    U"厚生省",
    U"文部省",
    U"法务省",
    U"邮政省",
    U"运输省",
    U"防卫厅",
    U"警察厅",
    // ministries and national bodies
    U"外交部",
    U"国防部",
    U"财政部",
    U"商务部",
    U"教育部",
    U"公安部",
    U"民政部",
    U"司法部",
    U"文化部",
    U"卫生部",
    U"铁道部",
    U"交通部",
    U"农业部",
    U"水利部",
    U"审计署",
    U"内政部",
    U"内务部",
    U"国务院办公厅",
    U"国家发展改革委",
    U"国家发改委",
    U"工信部",
    U"科技部",
    U"人社部",
    U"自然资源部",
    U"生态环境部",
    U"住建部",
    U"交通运输部",
    U"农业农村部",
    U"应急管理部",
    U"国资委",
    U"证监会",
    U"银保监会",
    U"央行",
    U"中国人民银行",
    U"海关总署",
    U"税务总局",
    U"市场监管总局",
    U"国家卫健委",
    U"中科院",
    U"中国科学院",
    U"社科院",
    U"中国社会科学院",
    U"工程院",
    U"中央党校",
    U"国会",
    U"议会",
    U"内阁",
    U"参议院",
    U"众议院",
    U"国家杜马",
    U"白宫",
    U"五角大楼",
    U"克里姆林宫",
    U"海军",
    U"陆军",
    U"空军",
    U"火箭军",
    U"八路军",
    U"新四军",
    U"红军",
    U"志愿军",
    // universities and sports bodies by their usual short names
    U"北大",
    U"清华",
    U"复旦",
    U"南开",
    U"人大",
    U"足协",
    U"中国足协",
    U"国际足联",
    U"亚足联",
    U"国际奥委会",
    U"中国奥委会",
    U"国家队",
    U"国奥队",
    // international organisations and agencies
    U"欧佩克",
    U"石油输出国组织",
    U"世行",
    U"亚行",
    U"亚投行",
    U"非盟",
    U"阿盟",
    U"欧佩克组织",
    U"世界经济论坛",
    U"国际原子能机构",
    U"联合国教科文组织",
    U"联合国安理会",
    U"路透社",
    U"美联社",
    U"法新社",
    U"共同社",
    U"塔斯社",
    U"韩联社",
    U"俄新社",
    U"彭博社",
    U"中评社",
    // companies known by name
    U"微软",
    U"英特尔",
    U"苹果公司",
    U"谷歌",
    U"波音",
    U"空客",
    U"丰田",
    U"飞利浦",
    U"三星",
    U"索尼",
    U"华为",
    U"中兴",
    U"联想",
    U"阿里巴巴",
    U"腾讯",
    U"百度",
    U"京东",
    U"小米",
    U"海尔",
    U"中石油",
    U"中石化",
    U"中海油",
    U"国家电网",
    U"宝钢",
    U"鞍钢",
    U"首钢",
    // parties
    U"共产党",
    U"国民党",
    U"民进党",
    U"民主党",
    U"共和党",
    U"自由党",
    U"保守党",
    U"工党",
    U"社民党",
    U"社会党",
    U"致公党",
    U"国大党",
    U"人民党",
    U"绿党",
    U"自民党",
};
// Short forms as written that stand alone (区委, 市政府).
constexpr std::u32string_view short_orgs[] = {
    U"区委",     U"市委",       U"县委",       U"省委",   U"镇党委", U"区政府",
    U"市政府",   U"县政府",     U"省政府",     U"镇政府", U"乡政府", U"区卫健委",
    U"市卫健委", U"区委组织部", U"市委组织部", U"区人大", U"市人大", U"区政协",
    U"市政协",   U"区委宣传部", U"市委宣传部", U"居委会", U"村委会",
};

// Prefixes of party and league bodies named after a place (中共河北省委, 共青团四川省委).
constexpr std::u32string_view party_prefixes[] = {U"中共", U"共青团", U"团",     U"民革",
                                                  U"民盟", U"民建",   U"农工党", U"九三学社"};

// Words that end an organisation's left extension (verbs and function words).
constexpr std::u32string_view org_left_stops[] = {
    U"组织",
    U"举办",
    U"召开",
    U"来到",
    U"走进",
    U"携手",
    U"联合",
    U"参加",
    U"参观",
    U"考察",
    U"调研",
    U"前往",
    U"访问",
    U"成立",
    U"成为",
    U"加入",
    U"担任",
    U"指导",
    U"支持",
    U"帮助",
    U"推动",
    U"包括",
    U"位于",
    U"隶属",
    U"属于",
    U"委托",
    U"邀请",
    U"依托",
    U"通过",
    U"经过",
    U"代表",
    U"看望",
    U"慰问",
    U"会见",
    U"会同",
    U"联手",
    U"牵头",
    U"主办",
    U"承办",
    U"协办",
    U"获得",
    U"荣获",
    U"授予",
    U"发布",
    U"印发",
    U"宣布",
    U"表示",
    U"介绍",
    U"根据",
    U"按照",
    U"共同",
    U"以及",
    U"进入",
    U"入驻",
    U"落户",
    U"签约",
    U"签署",
    U"同意",
    U"批准",
    U"认定",
    // time words (jieba tags some names' parts as time words too: 青年, 未来)
    U"现在",
    U"过去",
    U"为了",
    U"目前",
    U"当时",
    U"今后",
    U"以来",
    U"以后",
    U"之后",
    U"此前",
    U"近年",
    U"去年",
    U"今年",
    U"明年",
    U"昨天",
    U"今天",
    U"日前",
    U"近日",
    U"随后",
    U"同时",
    U"期间",
    U"当前",
    U"如今",
};
constexpr std::u32string_view org_stop_chars =
    U"的了是在和与及或等也都就还又再才已曾将要会能把被从到向对为于给让使由这那其各每该此并而但共"
    U"赴到至经据即如若因着过说些个家名位种批我你他她它两几某全上出入进回去来获当刚任继靠以";

// Place suffixes for names not in the gazetteer (lower confidence).
struct PlaceSuffix {
    std::u32string_view text;
    const char* subtype;
};
constexpr PlaceSuffix place_suffixes[] = {
    {U"自然村", "village"}, {U"村", "village"},    {U"社区", "community"}, {U"园区", "park"},
    {U"产业园", "park"},    {U"示范园", "park"},   {U"工业园", "park"},    {U"开发区", "park"},
    {U"新区", "district"},  {U"片区", "district"}, {U"嘎查", "village"},
};
constexpr std::u32string_view place_left_stops =
    U"的了是在和与及或等也都就还又再才已曾将要会能把被从到向对为于给让使由这其各每该此并而但共进"
    U"赴至经据即如若因着过说个家座多处该本全该新老大小乡镇县区市省路街回去来入出往走我你他有今";

// Venues named by their function: places, not organisations (中国美术馆, 北京图书大厦).
constexpr std::u32string_view venue_suffixes[] = {
    U"博物馆", U"美术馆", U"纪念馆", U"文学馆", U"艺术馆",   U"展览馆",   U"体育馆", U"体育场",
    U"大剧院", U"大会堂", U"大厦",   U"广场",   U"展览中心", U"演艺中心", U"机场",   U"大桥",
    U"植物园", U"动物园", U"火车站", U"航天城", U"档案馆",   U"科技馆",
};

// Major natural and landmark places, not in the division table.
constexpr std::u32string_view landmarks[] = {
    U"长江",       U"黄河",     U"珠江",       U"淮河",         U"海河",       U"松花江",
    U"雅鲁藏布江", U"澜沧江",   U"湄公河",     U"泰山",         U"黄山",       U"华山",
    U"峨眉山",     U"庐山",     U"喜马拉雅山", U"珠穆朗玛峰",   U"昆仑山",     U"天山",
    U"青藏高原",   U"黄土高原", U"太平洋",     U"大西洋",       U"印度洋",     U"北冰洋",
    U"地中海",     U"南海",     U"东海",       U"黄海",         U"渤海",       U"台湾海峡",
    U"三峡",       U"天安门",   U"天安门广场", U"中南海",       U"人民大会堂", U"钓鱼台",
    U"长城",       U"洞庭湖",   U"鄱阳湖",     U"太湖",         U"西湖",       U"青海湖",
    U"塔里木盆地", U"四川盆地", U"华北",       U"华东",         U"华南",       U"华中",
    U"西北",       U"西南",     U"东北",       U"江南",         U"中原",       U"关中",
    U"珠三角",     U"长三角",   U"京津冀",     U"粤港澳大湾区", U"香港特区",   U"澳门特区",
    U"港岛",       U"新界",
};

// Surnames that are far more often ordinary words (万元, 于是, 高度): no name without a title.
constexpr std::u32string_view weak_surnames =
    U"万于向和时成全应明常文安方高关单路党车师都华连谷展楼阴储禹任";

bool in(std::u32string_view set, char32_t c) {
    return set.find(c) != std::u32string_view::npos;
}
// A literal set of characters, built at compile time with a 256-bit filter on the low bits
// of its characters: most characters tested are in no set, and the filter turns them away
// without a scan (the recognizer tests sets at every position of every article).
template <std::size_t N>
class LiteralSet {
  public:
    constexpr explicit LiteralSet(const char32_t (&set)[N]) {
        for (std::size_t k = 0; k + 1 < N; ++k) {
            chars_[k] = set[k];
            filter_[(set[k] >> 6) & 3] |= std::uint64_t{1} << (set[k] & 63);
        }
    }
    bool contains(char32_t c) const noexcept {
        if (!((filter_[(c >> 6) & 3] >> (c & 63)) & 1)) return false;
        for (std::size_t k = 0; k + 1 < N; ++k)
            if (chars_[k] == c) return true;
        return false;
    }

  private:
    char32_t chars_[N] = {};
    std::uint64_t filter_[4] = {};
};
// `in_literal(U"…", c)`: the set is built once, at compile time, at each place of use.
#define in_literal(literal, c)                                                \
    ([](char32_t tested) {                                                    \
        static constexpr LiteralSet<std::size(literal)> literal_set{literal}; \
        return literal_set.contains(tested);                                  \
    }(c))

/// A fast filter on the first or last character of the words of a list (false positives
/// only: the list is still checked word by word).
class CharFilter {
  public:
    template <std::size_t N>
    static CharFilter first(const std::u32string_view (&words)[N]) {
        CharFilter f;
        for (std::u32string_view w : words) f.bits_.set(w.front() & 0xFFFF);
        return f;
    }
    template <std::size_t N>
    static CharFilter last(const std::u32string_view (&words)[N]) {
        CharFilter f;
        for (std::u32string_view w : words) f.bits_.set(w.back() & 0xFFFF);
        return f;
    }
    void add(char32_t c) { bits_.set(c & 0xFFFF); }
    bool operator()(char32_t c) const noexcept { return bits_[c & 0xFFFF]; }  // no range check

  private:
    std::bitset<65536> bits_;
};

/// The words of a list grouped by first character, in list order within a group.
class WordsByFirst {
  public:
    template <std::size_t N>
    explicit WordsByFirst(const std::u32string_view (&words)[N]) {
        for (std::u32string_view w : words) words_.push_back(w);
        std::stable_sort(
            words_.begin(), words_.end(),
            [](std::u32string_view a, std::u32string_view b) { return a.front() < b.front(); });
    }
    /// The words starting with `c` as [first, last).
    std::pair<const std::u32string_view*, const std::u32string_view*> starting_with(
        char32_t c) const {
        const auto range = std::equal_range(words_.begin(), words_.end(), c, Less{});
        return {words_.data() + (range.first - words_.begin()),
                words_.data() + (range.second - words_.begin())};
    }

  private:
    struct Less {
        bool operator()(std::u32string_view w, char32_t c) const { return w.front() < c; }
        bool operator()(char32_t c, std::u32string_view w) const { return c < w.front(); }
    };
    std::vector<std::u32string_view> words_;
};

struct Filters {
    CharFilter landmark_first = CharFilter::first(landmarks);
    CharFilter venue_last = CharFilter::last(venue_suffixes);
    CharFilter org_left_stops_last = CharFilter::last(org_left_stops);
    CharFilter office_functions_last = CharFilter::last(office_functions);
    CharFilter known_orgs_first = CharFilter::first(known_orgs);
    CharFilter short_orgs_first = CharFilter::first(short_orgs);
    CharFilter speech_first = CharFilter::first(speech_verbs);
    CharFilter titles_after_first = CharFilter::first(titles_after);
    CharFilter titles_before_first = CharFilter::first(titles_before);
    CharFilter titles_before_last = CharFilter::last(titles_before);
    WordsByFirst titles_before_by_first{titles_before};
    WordsByFirst known_orgs_by_first{known_orgs};
    WordsByFirst short_orgs_by_first{short_orgs};
    CharFilter honorifics_first = CharFilter::first(honorifics);
    CharFilter org_suffix_last;
    CharFilter non_name = of(non_name_chars);
    CharFilter org_stop = of(org_stop_chars);
    CharFilter place_left_stop = of(place_left_stops);
    CharFilter transliteration = of(transliteration_chars);
    CharFilter surname = of(single_surnames);
    CharFilter compound_surname_first = CharFilter::first(compound_surnames);
    CharFilter famous_first = CharFilter::first(famous_people);
    CharFilter japanese_first = CharFilter::first(japanese_surnames);
    WordsByFirst japanese_by_first{japanese_surnames};
    CharFilter japanese_second = second_of(japanese_surnames);
    CharFilter dignitary_first = CharFilter::first(dignitary_titles);
    WordsByFirst dignitary_by_first{dignitary_titles};
    CharFilter abbreviation =
        of(U"中美俄英法德日韩朝印巴意加澳越泰以伊西葡荷菲欧亚非拉港台京津沪渝冀晋辽吉黑苏浙皖闽赣鲁"
           U"豫鄂湘粤桂琼川黔滇陕甘陇青藏蒙华");
    template <std::size_t N>
    static CharFilter second_of(const std::u32string_view (&words)[N]) {
        CharFilter f;
        for (std::u32string_view w : words) f.add(w[1]);
        return f;
    }
    static CharFilter of(std::u32string_view chars) {
        CharFilter f;
        for (char32_t c : chars) f.add(c);
        return f;
    }
    CharFilter place_suffix_first;
    // The organisation suffixes by their last character, and the strong ones by their
    // first, each bucket in the list's order (longest first where it matters).
    std::unordered_map<char32_t, std::vector<const OrgSuffix*>> org_suffixes_by_last;
    std::unordered_map<char32_t, std::vector<const OrgSuffix*>> strong_org_suffixes_by_first;
    Filters() {
        for (const OrgSuffix& o : org_suffixes) {
            org_suffix_last.add(o.text.back());
            org_suffixes_by_last[o.text.back()].push_back(&o);
            if (o.strong) strong_org_suffixes_by_first[o.text.front()].push_back(&o);
        }
        for (const PlaceSuffix& p : place_suffixes) place_suffix_first.add(p.text.front());
    }
};

const Filters& filters() {
    static const Filters f;
    return f;
}

// ---------------------------------------------------------------------------------------

struct Candidate {
    std::size_t begin = 0;  // code point indices
    std::size_t end = 0;
    Mention mention;
    bool dropped = false;  // absorbed into a longer organisation
};

class Recognizer {
  public:
    Recognizer(std::string_view text, const RecognizerOptions& options)
        : text_(text),
          cp_(text),
          options_(options),
          gazetteer_(Gazetteer::instance()),
          filters_(filters()),
          taken_(cp_.size() + 1, 0),
          word_tags_((cp_.size() + kMaxWord) * (kMaxWord - 1), '?'),
          kind_(cp_.size() + 1, -1),
          mention_at_(cp_.size() + 1, -1),
          place_lengths_(cp_.size() + 1, 0) {
        // Every gazetteer name (not context-only) starting at each position, as a bit mask
        // of lengths: the only gazetteer lookups made.
        for (std::size_t i = 0; i + 1 < cp_.size(); ++i) {
            if (!is_han(cp_.at(i))) continue;
            const std::uint32_t lengths =
                gazetteer_.name_lengths_starting(cp_.at(i), cp_.at(i + 1));
            if (lengths == 0) continue;
            const std::size_t max = std::min<std::size_t>(
                {31 - static_cast<std::size_t>(__builtin_clz(lengths)), cp_.size() - i, 31});
            for (std::size_t len = 2; len <= max; ++len) {
                if (!is_han(cp_.at(i + len - 1))) break;
                if (!(lengths & (1u << len))) continue;
                const auto* names =
                    gazetteer_.lookup(text_.substr(cp_.byte(i), cp_.byte(i + len) - cp_.byte(i)));
                if (!names) continue;
                for (const PlaceName& n : *names)
                    if (!n.context_only) place_lengths_[i] |= 1u << len;
            }
        }
    }

    std::vector<Mention> run() {
        if (options_.dates) dates();
        if (options_.organizations) organizations();
        if (options_.places) places();
        if (options_.people) people();
        if (options_.places && options_.organizations) country_teams();
        std::vector<Mention> out;
        if (options_.quotes) quotes(out);  // before the mentions move out: it reads speakers
        out.reserve(accepted_.size() + out.size());
        for (Candidate& c : accepted_)
            if (!c.dropped) out.push_back(std::move(c.mention));
        std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        return out;
    }

  private:
    bool free(std::size_t begin, std::size_t end) const {
        for (std::size_t k = begin; k < end; ++k)
            if (taken_[k]) return false;
        return true;
    }
    void accept(std::size_t begin, std::size_t end, Mention mention) {
        for (std::size_t k = begin; k < end; ++k) {
            taken_[k] = 1;
            kind_[k] = static_cast<int>(mention.type);
            mention_at_[k] = static_cast<std::int32_t>(accepted_.size());
        }
        mention.begin = cp_.byte(begin);
        mention.end = cp_.byte(end);
        if (mention.text.empty()) mention.text = cp_.utf8(text_, begin, end);
        Candidate c;
        c.begin = begin;
        c.end = end;
        c.mention = std::move(mention);
        accepted_.push_back(std::move(c));
    }
    std::size_t index_of_byte(std::size_t byte) const {
        return static_cast<std::size_t>(
            std::lower_bound(cp_.offsets.begin(), cp_.offsets.end(), byte) - cp_.offsets.begin());
    }
    bool matches_any(std::size_t i, std::u32string_view word) const { return cp_.matches(i, word); }

    // ---- dates ---------------------------------------------------------------------------
    void dates() {
        for (const DateMatch& d : find_dates(text_, options_.reference)) {
            Mention m;
            m.type = d.time_only ? EntityType::time : EntityType::date;
            m.normalized = d.iso;
            m.confidence = d.confidence;
            m.date.relative = d.relative;
            m.date.resolved = d.resolved;
            m.date.approximate = d.approximate;
            m.date.precision = d.precision == Precision::year    ? DatePrecision::year
                               : d.precision == Precision::month ? DatePrecision::month
                               : d.precision == Precision::day   ? DatePrecision::day
                                                                 : DatePrecision::minute;
            if (d.resolved && !d.time_only) {
                m.date.first = format_iso(d.first);
                m.date.last = format_iso(d.last);
            }
            m.date.hour = d.hour;
            m.date.minute = d.minute;
            const std::size_t b = index_of_byte(d.begin), e = index_of_byte(d.end);
            m.key = d.iso.empty() ? std::string(text_.substr(d.begin, d.end - d.begin)) : d.iso;
            accept(b, e, std::move(m));
        }
    }

    // ---- places --------------------------------------------------------------------------
    struct PlaceHit {
        std::size_t begin, end;
        const PlaceNameList* names;
        bool context_only;
    };

    // Longest gazetteer name at i (not context-only), or none.
    bool longest_place(std::size_t i, PlaceHit& hit) const {
        // Only the lengths recorded in the mask, longest first.
        for (std::uint32_t mask = place_lengths_[i]; mask != 0;) {
            const std::size_t len = 31 - static_cast<std::size_t>(__builtin_clz(mask));
            mask &= ~(1u << len);
            if (len < 2) break;
            const auto* names =
                gazetteer_.lookup(text_.substr(cp_.byte(i), cp_.byte(i + len) - cp_.byte(i)));
            if (!names) continue;
            bool usable = false;
            for (const PlaceName& n : *names) usable = usable || !n.context_only;
            if (!usable) continue;
            hit = PlaceHit{i, i + len, names, false};
            return true;
        }
        return false;
    }

    // A short name inside a longer word is not a place: 发展中国家, 和政府 (和政县), 中国队.
    bool crossed_by_word(const PlaceHit& hit) const {
        bool short_form = false;
        for (const PlaceName& n : *hit.names) short_form = short_form || n.short_form;
        if (cp_.matches(hit.end, U"时间")) return true;  // 北京时间
        if (minor_place_in_word(hit)) return true;
        if (!short_form && hit.end - hit.begin > 2) return false;
        // 其中|国王: words across both edges.
        if (hit.begin > 0 && dictionary_word(hit.begin - 1, hit.begin + 1) &&
            dictionary_word(hit.end - 1, hit.end + 1))
            return true;
        // A word containing the name: 发展中国家.
        const std::size_t lo = hit.begin >= 4 ? hit.begin - 4 : 0;
        for (std::size_t a = lo; a < hit.begin; ++a)
            for (std::size_t b = hit.end + 1; b <= std::min(cp_.size(), a + 6); ++b)
                if (dictionary_word(a, b)) return true;
        if (!short_form) return false;
        // Provinces and countries are too well known to be taken for part of a word when a
        // word merely crosses an edge (本报|上海, 上海|国际).
        bool major = true;
        for (const PlaceName& n : *hit.names) major = major && gazetteer_.place(n.place).level <= 1;
        if (major) return false;
        // Short forms: any word across either edge (和政|府 for 和政县, 中国|队 style).
        for (std::size_t a = lo; a < hit.begin; ++a)
            for (std::size_t b = hit.begin + 1; b <= std::min(hit.end, a + 6); ++b)
                if (b - a >= 2 && dictionary_word(a, b)) return true;
        for (std::size_t a = hit.begin + 1; a < hit.end; ++a)
            for (std::size_t b = hit.end + 1; b <= std::min(cp_.size(), a + 6); ++b)
                if (dictionary_word(a, b)) return true;
        return false;
    }

    // 长治|久安, 天长|日久: a two-character prefecture or smaller place that opens an idiom.
    // (Whether a place name is itself a common word, 海湾 or 平原, the lexicon's word classes
    // cannot tell: it tags 合肥 and 保定 as common words.)
    bool minor_place_in_word(const PlaceHit& hit) const {
        if (hit.end - hit.begin != 2) return false;
        for (const PlaceName& n : *hit.names)
            if (gazetteer_.place(n.place).level <= 1) return false;
        for (std::size_t b = hit.end + 2; b <= std::min(cp_.size(), hit.begin + kMaxWord); ++b)
            if (dictionary_word(hit.begin, b) && word_tag(hit.begin, b - hit.begin) == 'i')
                return true;
        return false;
    }

    // 许银川与, 张德江为: a two-character place name right after a surname, between
    // boundaries, is rather the given name of a person (a county or city, not a province or
    // a country, which the text would not name that way).
    bool given_name_of(const PlaceHit& hit) const {
        const std::size_t i = hit.begin;
        if (hit.end - i != 2 || i == 0 || taken_[i - 1] || !filters_.surname(cp_.at(i - 1)) ||
            in(weak_surnames, cp_.at(i - 1)))
            return false;
        for (const PlaceName& n : *hit.names)
            if (gazetteer_.place(n.place).level <= 1) return false;
        const bool left = i == 1 || !is_han(cp_.at(i - 2)) || taken_[i - 2] ||
                          in_literal(U"的和与及同对向由是在把被给让、，。", cp_.at(i - 2));
        // 王秀英|立即: a word starting right after the name ends it too.
        const bool right = name_boundary_after(hit.end) ||
                           (word_starts_at(hit.end) && !dictionary_word(hit.end - 1, hit.end + 1));
        return left && !dictionary_word(i - 1, i + 1) && !dictionary_word(i - 1, i + 2) && right &&
               !place_suffix_at(hit.end);
    }
    bool place_suffix_at(std::size_t k) const {
        return in_literal(U"省市县区镇乡村州路街", cp_.at(k));
    }

    // The end of a transliterated name is no place: 科菲·|安南, 哈|洛宁, 奥登|西亚. The
    // place follows a name dot, or it starts with a transliteration character right after
    // one that ends no dictionary word (抵达|巴西 is a place).
    bool inside_foreign_name(const PlaceHit& hit) const {
        if (hit.begin == 0) return false;
        const char32_t before = cp_.at(hit.begin - 1);
        if (is_dot(before) && hit.begin >= 2 && is_han(cp_.at(hit.begin - 2))) return true;
        if (!filters_.transliteration(before) || taken_[hit.begin - 1]) return false;
        if (!filters_.transliteration(cp_.at(hit.begin))) return false;
        for (std::size_t length = 2; length <= 4 && length <= hit.begin; ++length)
            if (dictionary_word(hit.begin - length, hit.begin)) return false;
        return true;
    }

    // Length of the longest landmark at `i` (天安门广场 over the gazetteer's 天安门), 0 if none.
    std::size_t landmark_length(std::size_t i) const {
        if (!filters_.landmark_first(cp_.at(i))) return 0;
        std::size_t best = 0;
        for (std::u32string_view w : landmarks)
            if (w.size() > best && cp_.matches(i, w)) best = w.size();
        return best;
    }

    bool abbreviation_at(std::size_t i) const {
        if (!filters_.abbreviation(cp_.at(i))) return false;
        const auto* names =
            gazetteer_.lookup(text_.substr(cp_.byte(i), cp_.byte(i + 1) - cp_.byte(i)));
        if (!names) return false;
        for (const PlaceName& n : *names)
            if (n.context_only) return true;
        return false;
    }

    void places() {
        std::vector<PlaceHit> hits;
        for (std::size_t i = 0; i < cp_.size();) {
            PlaceHit hit;
            if (is_han(cp_.at(i)) && (i == 0 || !taken_[i]) && longest_place(i, hit) &&
                free(hit.begin, hit.end) && !crossed_by_word(hit) && !inside_foreign_name(hit) &&
                !given_name_of(hit) && landmark_length(i) <= hit.end - hit.begin) {
                // A longer word starting before may swallow it (e.g. 南海 in 南海区 is fine,
                // 中山 in 中山装 is not checked: accepted).
                hits.push_back(hit);
                i = hit.end;
                continue;
            }
            ++i;
        }
        // Abbreviation runs: 中美, 京津冀, 港澳台, 欧美 (2+ abbreviations, not inside a word).
        std::vector<char> covered(cp_.size() + 1, 0);
        for (const PlaceHit& h : hits)
            for (std::size_t k = h.begin; k < h.end; ++k) covered[k] = 1;
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < cp_.size();) {
            std::size_t k = i;
            members.clear();
            while (k < cp_.size() && !taken_[k] && !covered[k] && abbreviation_at(k)) {
                members.push_back(k);
                ++k;
                if (cp_.at(k) == U'、' && abbreviation_at(k + 1)) ++k;
            }
            if (members.size() < 2) {
                i = std::max(k, i + 1);
                continue;
            }
            // Or a word ending right before the run (谈到|中美在): no word runs across its start.
            const bool left_ok = i == 0 || !is_han(cp_.at(i - 1)) ||
                                 in_literal(U"的与和同在对及促了是为使将把向由", cp_.at(i - 1)) ||
                                 (word_ends_at(i) && !dictionary_word(i, i + 2) &&
                                  cp_.at(i) != U'中');  // 比赛中|以: 中 is "in" there
            const char32_t next = cp_.at(k);
            // 建 only as 建交, 建立, 建设性 (家庭美德建设 is no relation).
            const bool relation_after =
                in_literal(U"关两三四双合之贸峰联边对间交友经军首领外", next) ||
                cp_.matches(k, U"建交") || cp_.matches(k, U"建设性") || cp_.matches(k, U"建立");
            const bool right_ok =
                !is_han(next) || relation_after || in_literal(U"的在和地等", next);
            // 发展中韩关系: a relation word after the run is enough on its own.
            if ((left_ok && right_ok) || relation_after) {
                for (std::size_t m : members) {
                    const auto* names =
                        gazetteer_.lookup(text_.substr(cp_.byte(m), cp_.byte(m + 1) - cp_.byte(m)));
                    hits.push_back(PlaceHit{m, m + 1, names, true});
                }
                i = k;
            } else {
                i = std::max(k, i + 1);
            }
        }
        // One abbreviation after a movement or relation verb: 访华, 来华, 在京, 赴美, 对华.
        for (std::size_t i = 0; i < cp_.size(); ++i) {
            if (taken_[i] || !filters_.abbreviation(cp_.at(i)) ||
                !in_literal(U"华京沪港澳台美日俄英法德韩中朝", cp_.at(i)) || !abbreviation_at(i))
                continue;
            const char32_t next = cp_.at(i + 1);
            // 俄总统, 中方, 美政府: a state word after a country abbreviation.
            static constexpr std::u32string_view state_words[] = {
                U"总统", U"政府", U"国内", U"方",   U"军",   U"外长",   U"总理", U"首脑",
                U"议会", U"官员", U"两国", U"双方", U"媒体", U"领导人", U"驻"};
            bool state_after = false;
            if (in_literal(U"美俄日英法德韩中朝", cp_.at(i)) &&
                (i == 0 || !is_han(cp_.at(i - 1)) ||
                 in_literal(U"对向与和同及帮助在使", cp_.at(i - 1))))
                for (std::u32string_view w : state_words)
                    state_after = state_after || cp_.matches(i + 1, w);
            // After a movement verb (在京召开, 离京前往) the abbreviation needs only to start no
            // word with the next character (在京剧团 is no place).
            const bool after_verb = i > 0 &&
                                    in_literal(U"访来赴抵离对驻在返回旅援", cp_.at(i - 1)) &&
                                    (!is_han(next) || cp_.at(i - 1) == U'驻' ||
                                     in_literal(U"期后时的投工访举并和与", next) ||
                                     (in_literal(U"访来赴抵离在返", cp_.at(i - 1)) &&
                                      !dictionary_word(i, i + 2) && word_starts_at(i + 1)));
            if (!state_after && !after_verb) continue;
            bool seen = false;
            for (const PlaceHit& h : hits) seen = seen || (h.begin <= i && i < h.end);
            if (seen) continue;
            const auto* names =
                gazetteer_.lookup(text_.substr(cp_.byte(i), cp_.byte(i + 1) - cp_.byte(i)));
            hits.push_back(PlaceHit{i, i + 1, names, true});
        }
        std::sort(hits.begin(), hits.end(),
                  [](const PlaceHit& a, const PlaceHit& b) { return a.begin < b.begin; });

        // Context: places named unambiguously anywhere in the text.
        std::vector<std::uint32_t> context;
        for (const PlaceHit& h : hits) {
            std::vector<std::uint32_t> usable;
            bool short_form = false;
            for (const PlaceName& n : *h.names)
                if (n.context_only == h.context_only) {
                    usable.push_back(n.place);
                    short_form = short_form || n.short_form;
                }
            if (usable.size() == 1 && !short_form && !h.context_only) context.push_back(usable[0]);
        }
        std::int64_t previous = -1;
        std::size_t previous_end = static_cast<std::size_t>(-1);
        for (const PlaceHit& h : hits) {
            std::vector<const PlaceName*> options;
            for (const PlaceName& n : *h.names)
                if (n.context_only == h.context_only) options.push_back(&n);
            const PlaceName* chosen = nullptr;
            double confidence = 0.9;
            // 1. In a chain: a child of the place just before it.
            if (previous >= 0 && previous_end == h.begin)
                for (const PlaceName* n : options)
                    if (gazetteer_.is_ancestor(static_cast<std::uint32_t>(previous), n->place)) {
                        chosen = n;
                        confidence = 0.95;
                        break;
                    }
            // 2. Related to a place named elsewhere in the text.
            if (!chosen && options.size() > 1)
                for (const PlaceName* n : options) {
                    for (std::uint32_t c : context)
                        if (c != n->place && (gazetteer_.is_ancestor(c, n->place) ||
                                              gazetteer_.is_ancestor(n->place, c))) {
                            chosen = n;
                            break;
                        }
                    if (chosen) break;
                }
            // 3. The highest level, if unique (countries, provinces before townships).
            bool ambiguous = false;
            if (!chosen) {
                auto rank = [&](const PlaceName* n) {
                    const int level = gazetteer_.place(n->place).level;
                    return (level == 5 ? 1 : level) * 2 + (n->short_form ? 1 : 0);
                };
                for (const PlaceName* n : options)
                    if (!chosen || rank(n) < rank(chosen)) chosen = n;
                int ties = 0;
                for (const PlaceName* n : options)
                    if (rank(n) == rank(chosen)) ++ties;
                ambiguous = ties > 1;
                if (ambiguous) confidence = 0.6;
            }
            if (!chosen) continue;
            const Place& place = gazetteer_.place(chosen->place);
            if (chosen->short_form) confidence -= 0.1;
            // A county or township short form (柳林, 河西) is trusted only when the text names
            // a place of the same province; otherwise it stays a place without a code.
            if (chosen->short_form && !h.context_only && place.level >= 3 && !ambiguous) {
                bool related = false;
                for (std::uint32_t c : context)
                    if (gazetteer_.place(c).level >= 1 &&
                        gazetteer_.root(c) == gazetteer_.root(chosen->place))
                        related = true;
                if (!related) {
                    ambiguous = true;
                    confidence = 0.5;
                }
            }
            if (h.context_only) confidence = 0.6;
            Mention m;
            m.type = EntityType::place;
            m.confidence = confidence;
            static const char* const level_names[] = {"country", "province", "prefecture",
                                                      "county",  "township", "city"};
            m.subtype = place.level <= 5 ? level_names[place.level] : "region";
            if (place.level == 0 && place.code.empty()) m.subtype = "region";
            if (!ambiguous) {
                m.normalized = gazetteer_.normalized_code(chosen->place);
                m.hierarchy = gazetteer_.hierarchy(chosen->place);
                m.key = "p" + std::to_string(chosen->place);
            } else {
                m.key = cp_.utf8(text_, h.begin, h.end);
            }
            // 维也纳市, 青浦县: an administrative suffix the gazetteer's form lacks belongs to
            // the name, unless it starts a word (市场, 县城, 市长).
            std::size_t end = h.end;
            if (place.level != 0 && end < cp_.size() && !taken_[end] &&
                in_literal(U"省市县区镇州", cp_.at(end)) &&
                !in_literal(U"省市县区镇州", cp_.at(end - 1)) && !dictionary_word(end, end + 2) &&
                !dictionary_word(end - 1, end + 1))
                ++end;
            if (end != h.end) {
                // The suffix may name another level (邢台 a prefecture, 邢台县 a county): the
                // gazetteer's code is not that place's.
                m.normalized.clear();
                m.hierarchy.clear();
                m.key = cp_.utf8(text_, h.begin, end);
                m.confidence = std::min(m.confidence, 0.7);
            }
            accept(h.begin, end, std::move(m));
            previous = ambiguous ? -1 : static_cast<std::int64_t>(chosen->place);
            previous_end = h.end;
        }

        // Landmarks and places known only by their suffix.
        for (std::size_t i = 0; i < cp_.size(); ++i) {
            if (taken_[i]) continue;
            if (!filters_.landmark_first(cp_.at(i))) continue;
            const std::size_t length = landmark_length(i);
            if (length == 0 || !free(i, i + length)) continue;
            Mention m;
            m.type = EntityType::place;
            m.subtype = "landmark";
            m.confidence = 0.85;
            m.key = cp_.utf8(text_, i, i + length);
            accept(i, i + length, std::move(m));
            i += length - 1;
        }
        suffix_places();
        venues();
    }

    // 战胜巴西, 美国和俄罗斯队: a country that plays a match is its team, an organisation.
    void country_teams() {
        static constexpr std::u32string_view match_verbs[] = {
            U"战胜", U"击败", U"负于", U"输给", U"迎战", U"对阵", U"逼平",
            U"淘汰", U"力克", U"不敌", U"胜",   U"负",   U"平"};
        auto country = [&](const Candidate& c) {
            return !c.dropped && c.mention.type == EntityType::place &&
                   c.mention.subtype == "country";
        };
        for (Candidate& c : accepted_) {
            // 战胜比利时的卡勃莱拉: a player of the country, not its team.
            if (!country(c) || cp_.at(c.end) == U'的') continue;
            bool team = false;
            for (std::u32string_view v : match_verbs)
                if (c.begin >= v.size() && cp_.matches(c.begin - v.size(), v) &&
                    (c.begin == v.size() || !taken_[c.begin - v.size() - 1])) {
                    // 胜, 负, 平 alone only after a score or a boundary (3∶1胜巴西).
                    const std::size_t before = c.begin - v.size();
                    team = v.size() > 1 || before == 0 || !is_han(cp_.at(before - 1));
                    break;
                }
            // A list of countries that a team suffix closes (美国、俄罗斯和古巴队).
            std::size_t k = c.end;
            while (!team && k < cp_.size() && in_literal(U"、和与", cp_.at(k))) {
                const Candidate* next = mention_starting_at(k + 1, EntityType::place);
                const Candidate* team_name = mention_starting_at(k + 1, EntityType::organization);
                if (team_name && team_name->mention.subtype == "team") {
                    team = true;
                } else if (next && next->mention.subtype == "country") {
                    k = next->end;
                } else {
                    break;
                }
            }
            if (!team) continue;
            c.mention.type = EntityType::organization;
            c.mention.subtype = "team";
            c.mention.normalized.clear();
            c.mention.hierarchy.clear();
            c.mention.key =
                c.mention.text.empty() ? cp_.utf8(text_, c.begin, c.end) : c.mention.text;
            for (std::size_t i = c.begin; i < c.end; ++i)
                kind_[i] = static_cast<int>(EntityType::organization);
        }
    }

    // 中国美术馆, 北京图书大厦, 加沙机场: a place or a proper stem before a venue suffix.
    void venues() {
        for (std::size_t end = cp_.size(); end > 2; --end) {
            if (taken_[end - 1] || !filters_.venue_last(cp_.at(end - 1))) continue;
            const std::size_t length = venue_suffix_ending_at(end);
            if (length == 0) continue;
            const std::size_t suffix_begin = end - length;
            if (!free(suffix_begin, end) ||
                (end < cp_.size() && is_han(cp_.at(end)) && dictionary_word(end - 1, end + 1)))
                continue;
            std::size_t b = suffix_begin;
            while (b > 0 && suffix_begin - b < 4 && is_han(cp_.at(b - 1)) && !taken_[b - 1] &&
                   !filters_.place_left_stop(cp_.at(b - 1)))
                --b;
            // A verb inside starts the name after it (介绍|文学馆).
            for (std::size_t k = suffix_begin; k > b; --k) {
                char tag = 0;
                const std::size_t w = word_ending_at(k, tag);
                if (w > 0 && k - w >= b && (tag == 'v' || tag == 'd')) {
                    b = k;
                    break;
                }
            }
            // A place before a generic stem names the venue (北京图书大厦, 中国美术馆); before
            // a proper one it stays a place of its own (上海|虹口体育馆).
            const bool after_place =
                b > 0 && is_place_end(b) && (b == suffix_begin || generic_stem(b, suffix_begin));
            const bool after_boundary = b == 0 || !is_han(cp_.at(b - 1)) ||
                                        filters_.place_left_stop(cp_.at(b - 1)) ||
                                        (b < suffix_begin && word_ending_at_is_verb(b));
            if (!after_place &&
                (!(after_boundary || (b > 0 && is_place_end(b))) || suffix_begin - b < 2))
                continue;
            if (!after_place && generic_stem(b, suffix_begin)) continue;
            if (after_place) {
                Candidate& place = accepted_[static_cast<std::size_t>(mention_at_[b - 1])];
                place.dropped = true;
                b = place.begin;
            }
            if (end - b < length + 2) continue;
            Mention m;
            m.type = EntityType::place;
            m.subtype = "venue";
            m.confidence = after_place ? 0.75 : 0.6;
            m.key = cp_.utf8(text_, b, end);
            accept(b, end, std::move(m));
            end = b + 1;
        }
    }

    void suffix_places() {
        for (std::size_t i = 1; i < cp_.size(); ++i) {
            if (taken_[i] || !filters_.place_suffix_first(cp_.at(i))) continue;
            for (const PlaceSuffix& s : place_suffixes) {
                if (!cp_.matches(i, s.text) || !free(i, i + s.text.size())) continue;
                // The name: 2-4 Han characters right before, after a known place or a stop.
                std::size_t b = i;
                while (b > 0 && i - b < 4 && is_han(cp_.at(b - 1)) && !taken_[b - 1] &&
                       !filters_.place_left_stop(cp_.at(b - 1)))
                    --b;
                const bool after_place = b > 0 && taken_[b - 1] && is_place_end(b);
                const bool after_boundary =
                    b == 0 || !is_han(cp_.at(b - 1)) || filters_.place_left_stop(cp_.at(b - 1));
                if (i - b < 2 || (!after_place && !after_boundary)) continue;
                char tag = 0;
                if (word_ending_at(i, tag) > 0 &&
                    (tag == 'v' || tag == 'a' || tag == 'd' || tag == 'x'))
                    continue;  // 确保社区, 一边社区: a verb or adverb, not a name
                if (!after_place && i - b == 4) continue;  // too unsure without an anchor
                // 农村, 山村, 同村: the suffix makes a common word with the character before.
                if (s.text.size() == 1 && !after_place && dictionary_word(i - 1, i + 1)) continue;
                Mention m;
                m.type = EntityType::place;
                m.subtype = s.subtype;
                m.confidence = after_place ? 0.7 : 0.5;
                m.key = cp_.utf8(text_, b, i + s.text.size());
                accept(b, i + s.text.size(), std::move(m));
                i += s.text.size() - 1;
                break;
            }
        }
    }

    bool is_place_end(std::size_t index) const {
        return index > 0 && kind_[index - 1] == static_cast<int>(EntityType::place);
    }

    // ---- organisations -------------------------------------------------------------------
    bool left_stop_word_ends_at(std::size_t k) const {
        if (k == 0 || !filters_.org_left_stops_last(cp_.at(k - 1))) return false;
        for (std::u32string_view w : org_left_stops)
            if (k >= w.size() && cp_.matches(k - w.size(), w)) return true;
        return false;
    }

    // Start of an organisation name ending at `suffix_begin`: extends left over name
    // characters (and balanced parentheses), stopping at verbs, function words and punctuation.
    std::size_t org_start(std::size_t suffix_begin) const {
        std::size_t b = suffix_begin;
        int depth = 0;
        while (b > 0 && suffix_begin - b < 24) {
            const char32_t c = cp_.at(b - 1);
            if (c == U')' || c == U'）') {
                ++depth;
            } else if (c == U'(' || c == U'（') {
                if (depth == 0) break;
                --depth;
            } else if (depth == 0) {
                if (!(is_han(c) || (c < 128 && std::isalnum(static_cast<int>(c))))) break;
                // An organisation right before is part of this one (全国人大常委会法工委,
                // 中国检察日报社影视部): absorb it.
                if (kind_[b - 1] == static_cast<int>(EntityType::organization)) {
                    b = accepted_[static_cast<std::size_t>(mention_at_[b - 1])].begin;
                    continue;
                }
                if (const std::size_t f = office_function_ending_at(b)) {
                    b -= f;  // 人力资源和社会保障(局): its 和 does not end the name
                    continue;
                }
                if (left_stop_word_ends_at(b)) break;
                // A verb, adjective or adverb ends the name, except right before the suffix
                // (保障局, 开发公司).
                char tag = 0;
                const std::size_t w = word_ending_at(b, tag);
                if (w > 0 && b < suffix_begin &&
                    (tag == 'v' || tag == 'a' || tag == 'd' || tag == 'x') && !part_of_place(b - 1))
                    break;
                if (w > 0 && !taken_[b - 1]) {
                    b -= w;
                    continue;
                }
                if (filters_.org_stop(c) && !part_of_place(b - 1)) break;
                if (taken_[b - 1]) {
                    // Dates and people stop it; places are absorbed.
                    bool place = part_of_place(b - 1);
                    if (!place) break;
                }
            }
            --b;
        }
        while (b < suffix_begin && depth == 0 && (cp_.at(b) == U')' || cp_.at(b) == U'）')) ++b;
        // A place inside the extension starts the name (落实天津市委 -> 天津市委), unless it
        // is in parentheses (鑫恩华(天津)大数据服务集团有限公司).
        int level = 0;
        // Not after an organisation or a party prefix (共青团衡阳市委, 中共河北省委).
        if (kind_[b] == static_cast<int>(EntityType::organization)) return b;
        for (std::u32string_view prefix : party_prefixes)
            if (cp_.matches(b, prefix) && place_starts_at(b + prefix.size(), suffix_begin))
                return b;
        for (std::size_t k = b; k + 1 < suffix_begin; ++k) {
            const char32_t c = cp_.at(k);
            if (c == U'(' || c == U'（') ++level;
            if (c == U')' || c == U'）') --level;
            if (level == 0 && is_han(c) && place_starts_at(k, suffix_begin)) return k;
        }
        return b;
    }

    std::size_t office_function_ending_at(std::size_t b) const {
        if (b == 0 || !filters_.office_functions_last(cp_.at(b - 1))) return 0;
        for (std::u32string_view f : office_functions)
            if (f.size() >= 3 && b >= f.size() && cp_.matches(b - f.size(), f)) return f.size();
        return 0;
    }

    // The longest dictionary word (2-4 characters) ending at `b`; its length, 0 if none.
    std::size_t word_ending_at(std::size_t b, char& tag) const {
        for (std::size_t len = std::min<std::size_t>(4, b); len >= 2; --len) {
            if (b > cp_.size()) break;
            const char t = word_tag(b - len, len);
            if (t != 0) {
                tag = t;
                return len;
            }
        }
        return 0;
    }

    bool place_starts_at(std::size_t k, std::size_t limit) const {
        for (std::size_t len = 2; len <= 8 && k + len <= limit; ++len)
            if (place_lengths_[k] & (1u << len)) return true;
        return false;
    }

    bool part_of_place(std::size_t index) const {
        if (kind_[index] >= 0) return kind_[index] == static_cast<int>(EntityType::place);
        // Before places() ran: a gazetteer name of at most 8 characters covering it.
        for (std::size_t b = index >= 7 ? index - 7 : 0; b <= index; ++b)
            for (std::size_t len = index - b + 1; len <= 8; ++len)
                if (place_lengths_[b] & (1u << len)) return true;
        return false;
    }

    void organizations() {
        const std::size_t n = cp_.size();
        // Known names and short forms first.
        for (std::size_t i = 0; i < n; ++i) {
            if (taken_[i]) continue;
            std::size_t best = 0;
            if (!filters_.known_orgs_first(cp_.at(i)) && !filters_.short_orgs_first(cp_.at(i)))
                continue;
            bool is_known = false;
            const auto known = filters_.known_orgs_by_first.starting_with(cp_.at(i));
            for (const std::u32string_view* w = known.first; w != known.second; ++w)
                if (w->size() > best && cp_.matches(i, *w)) {
                    best = w->size();
                    is_known = true;
                }
            const auto short_forms = filters_.short_orgs_by_first.starting_with(cp_.at(i));
            for (const std::u32string_view* w = short_forms.first; w != short_forms.second; ++w)
                if (w->size() > best && cp_.matches(i, *w)) {
                    best = w->size();
                    is_known = false;
                }
            if (best == 0) continue;
            // A short name inside a longer word is not that name: 北大|荒, 北大西洋.
            if (best == 2 && (word_tag(i, 3) == 'p' || (i + 4 <= n && word_tag(i, 4) == 'p')))
                continue;
            // 司法部|门, 议会|议: the last character starts a word with the next one.
            if (in_literal(U"部局厅署党", cp_.at(i + best - 1)) && i + best < n &&
                is_han(cp_.at(i + best)) && dictionary_word(i + best - 1, i + best + 1) &&
                !head_title_at(i + best))
                continue;
            // Known names may grow into a longer suffixed name: leave those to the suffix pass.
            if (i + best < n && is_han(cp_.at(i + best)) && suffix_at(i + best)) continue;
            if (!is_known && i > 0 && is_han(cp_.at(i - 1)) && !filters_.org_stop(cp_.at(i - 1)) &&
                !left_stop_word_ends_at(i))
                continue;  // 天津市委: the suffix pass finds the whole name
            // A place right before belongs to the name (美国国务院, 天津市委).
            std::size_t b = i;
            for (std::size_t len = 2; len <= 8 && len <= i; ++len)
                if ((place_lengths_[i - len] & (1u << len)) && !taken_[i - len]) b = i - len;
            // 俄央行, 美国会: a country abbreviation right before, after a boundary.
            if (b == i && i > 0 && !taken_[i - 1] && abbreviation_at(i - 1) &&
                (i == 1 || !is_han(cp_.at(i - 2)) || filters_.org_stop(cp_.at(i - 2))))
                b = i - 1;
            Mention m;
            m.type = EntityType::organization;
            m.confidence = 0.85;
            m.subtype = "known";
            m.key = cp_.utf8(text_, b, i + best);
            // A department right after its parent body is one name (中国人民解放军总政治部).
            if (b > 0 && kind_[b - 1] == static_cast<int>(EntityType::organization) &&
                in_literal(U"部委署局厅办院会", cp_.at(i + best - 1))) {
                Candidate& parent = accepted_[static_cast<std::size_t>(mention_at_[b - 1])];
                if (parent.end == b && parent.mention.subtype == "known") {
                    parent.dropped = true;
                    b = parent.begin;
                    m.key = cp_.utf8(text_, b, i + best);
                }
            }
            accept(b, i + best, std::move(m));
            i += best - 1;
        }
        // Suffix-anchored names, scanning for suffix ends right to left so that the longest
        // name wins (天津医科大学第二医院, not 天津医科大学).
        for (std::size_t end = n; end > 0; --end) {
            if (taken_[end - 1]) continue;
            const OrgSuffix* suffix = suffix_ending_at(end);
            if (!suffix || venue_suffix_ending_at(end) > 0) continue;
            // The suffix's last character starts a word with the next one: 干部队|伍,
            // 大学|生, 商务部|长, 委员会|议. Not an organisation's end.
            // The head's title after the name (农林部|长, 人口学会|会长) is no such word.
            if (end < n && is_han(cp_.at(end)) && dictionary_word(end - 1, end + 1) &&
                !head_title_at(end))
                continue;
            // Prefer the longest name: a suffix followed directly by more name is inside one.
            const std::size_t suffix_begin = end - suffix->text.size();
            std::size_t b = skip_quantifiers(org_start(suffix_begin), suffix_begin);
            if (b == suffix_begin) continue;
            b = lowest_place_start(b, suffix_begin);
            const std::size_t chars = end - b;
            // 第三大银行, 第一大公司: a rank among institutions, not a name.
            if (suffix_begin >= 2 && cp_.at(suffix_begin - 1) == U'大' &&
                chinese_ordinal(cp_.at(suffix_begin - 2)))
                continue;
            if (!suffix->strong) {
                if (!single_suffix_ok(b, suffix_begin, *suffix)) continue;
            } else if (chars < suffix->text.size() + 2) {  // a stem of 2+ characters
                continue;
            }
            if (chars > 30) continue;
            // 保险公司, 职业中学, 胸痛中心: a class of institutions, not a named one. A
            // publisher's name is made of common words as often as not (语文出版社).
            if (suffix->strong && std::string_view(suffix->subtype) != "media" &&
                generic_stem(b, suffix_begin))
                continue;
            // 日本公司: a country's companies in general, not one of them.
            if (suffix->text == U"公司" && country_spans(b, suffix_begin)) continue;
            Mention m;
            m.type = EntityType::organization;
            m.subtype = suffix->subtype;
            m.confidence = suffix->strong ? 0.8 : 0.7;
            if (part_of_place(b)) m.confidence += 0.05;
            m.key = cp_.utf8(text_, b, end);
            // A leading bracketed part is not the start of a name: (人才)服务中心.
            if (cp_.at(b) == U'(' || cp_.at(b) == U'（') continue;
            bool blocked = false;
            for (std::size_t k = b; k < end; ++k)
                blocked = blocked ||
                          (taken_[k] && kind_[k] != static_cast<int>(EntityType::organization));
            if (blocked) continue;
            for (Candidate& c : accepted_)
                if (c.begin >= b && c.end <= end) c.dropped = true;
            accept(b, end, std::move(m));
            end = b + 1;
        }
        party_congresses();
        newspapers();
        sub_units();
        trailing_company_suffixes();
        // 医大二院, 中大一院: abbreviated hospitals.
        for (std::size_t i = 0; i + 4 <= n; ++i) {
            if (cp_.at(i + 1) == U'大' && chinese_ordinal(cp_.at(i + 2)) &&
                cp_.at(i + 3) == U'院' && is_han(cp_.at(i)) && free(i, i + 4)) {
                Mention m;
                m.type = EntityType::organization;
                m.subtype = "hospital";
                m.confidence = 0.75;
                m.key = cp_.utf8(text_, i, i + 4);
                accept(i, i + 4, std::move(m));
            }
        }
    }

    // 报社影视部, 某大学化学系, 科学技术部农村科技司, 联合国总部: a department named by a
    // field of nouns right after its parent organisation belongs to the name.
    void sub_units() {
        for (std::size_t id = 0; id < accepted_.size(); ++id) {
            Candidate& c = accepted_[id];
            if (c.dropped || c.mention.type != EntityType::organization) continue;
            const std::size_t e = c.end;
            std::size_t unit_end = 0;
            if (cp_.matches(e, U"总部") || cp_.matches(e, U"分会")) {
                unit_end = e + 2;
            } else {
                // A field of one or two nouns, then a one-character unit.
                for (std::size_t k = e + 2; k <= e + 5 && k <= cp_.size(); ++k) {
                    if (taken_[k - 1] || !is_han(cp_.at(k - 1))) break;
                    if (!in_literal(U"部系司处科室", cp_.at(k - 1))) continue;
                    std::size_t f = k - 1, words = 0;
                    while (f > e) {
                        // The longest noun ending at f inside the field (大学|化学, not 大学化学).
                        std::size_t w = std::min<std::size_t>(4, f - e);
                        while (w >= 2 &&
                               !in_literal(U"nN", static_cast<char32_t>(word_tag(f - w, w))))
                            --w;
                        if (w < 2) break;
                        f -= w;
                        ++words;
                    }
                    if (f == e && words >= 1) unit_end = k;
                    break;
                }
            }
            if (unit_end == 0 || !free(e, unit_end) ||
                (unit_end < cp_.size() && is_han(cp_.at(unit_end)) &&
                 dictionary_word(unit_end - 1, unit_end + 1) && !head_title_at(unit_end)))
                continue;
            extend_mention(id, unit_end);
        }
    }

    // Extends accepted mention `id` to end at code point `end` (text and key follow).
    void extend_mention(std::size_t id, std::size_t end) {
        Candidate& c = accepted_[id];
        for (std::size_t k = c.end; k < end; ++k) {
            taken_[k] = 1;
            kind_[k] = static_cast<int>(c.mention.type);
            mention_at_[k] = static_cast<std::int32_t>(id);
        }
        c.end = end;
        c.mention.end = cp_.byte(end);
        c.mention.text = cp_.utf8(text_, c.begin, end);
        c.mention.key = c.mention.text;
    }

    // 《费加罗报》, 埃及金字塔报记者: a newspaper, named in title brackets or after a place.
    void newspapers() {
        const std::size_t n = cp_.size();
        for (std::size_t end = 3; end < n; ++end) {
            if (cp_.at(end - 1) != U'报' || taken_[end - 1]) continue;
            std::size_t b = end - 1;
            while (b > 0 && end - b <= 9 && is_han(cp_.at(b - 1)) && !taken_[b - 1] &&
                   cp_.at(b - 1) != U'《')
                --b;
            bool named = false;
            if (b > 0 && cp_.at(b - 1) == U'《' && cp_.at(end) == U'》') {
                // The whole title, of 3 to 9 characters, not ending in a frequent word
                // (《情况通报》).
                named = end - b >= 3 && !dictionary_word(b, end) && !common_word(end - 2, end);
            } else {
                // A country and a stem of 1-4 characters, before a clear boundary or a reporter.
                std::size_t place_begin = end, stem_begin = end;
                for (std::size_t stem = 1; stem <= 4 && stem < end && place_begin == end; ++stem) {
                    const std::size_t sb = end - 1 - stem;
                    if (!is_han(cp_.at(sb)) || taken_[sb]) break;
                    for (std::size_t len = 2; len <= 6 && len <= sb; ++len)
                        if (country_spans(sb - len, sb)) {
                            place_begin = sb - len;
                            stem_begin = sb;
                            break;
                        }
                }
                named = place_begin < end && !common_word(end - 2, end) &&
                        !common_word(stem_begin, end) &&
                        (!is_han(cp_.at(end)) || cp_.matches(end, U"记者") ||
                         in_literal(U"的和与等", cp_.at(end)));
                b = place_begin;
            }
            if (!named || !free(b, end)) continue;
            Mention m;
            m.type = EntityType::organization;
            m.subtype = "media";
            m.confidence = 0.7;
            m.key = cp_.utf8(text_, b, end);
            accept(b, end, std::move(m));
        }
    }

    // 海南国际开发集团|公司: a company word right after an organisation belongs to it.
    void trailing_company_suffixes() {
        for (Candidate& c : accepted_) {
            if (c.dropped || c.mention.type != EntityType::organization) continue;
            for (std::u32string_view w :
                 {std::u32string_view(U"总公司"), std::u32string_view(U"有限公司"),
                  std::u32string_view(U"公司")}) {
                const std::size_t e = c.end + w.size();
                if (!cp_.matches(c.end, w) || !free(c.end, e) ||
                    (e < cp_.size() && is_han(cp_.at(e)) && dictionary_word(e - 1, e + 1)))
                    continue;
                extend_mention(static_cast<std::size_t>(mention_at_[c.begin]), e);
                break;
            }
        }
    }

    // 十五大, 中共十五大: a party congress by its number (the congress as a body).
    void party_congresses() {
        const std::size_t n = cp_.size();
        for (std::size_t i = 0; i + 3 <= n; ++i) {
            if (cp_.at(i) != U'十' || taken_[i]) continue;
            std::size_t e = i + 1;
            if (chinese_ordinal(cp_.at(e))) ++e;
            if (cp_.at(e) != U'大') continue;
            ++e;
            // 十五大报告: a word starting after the congress splits 大|报 off.
            const bool word_after = e < n && is_han(cp_.at(e)) && dictionary_word(e, e + 2);
            // Not 十大 (ten great), 第十五大, 十五大学, 十五大桥.
            if (e - i < 3 || (i > 0 && (cp_.at(i - 1) == U'第' || chinese_ordinal(cp_.at(i - 1)) ||
                                        is_ascii_digit(cp_.at(i - 1)))))
                continue;
            if (e < n && is_han(cp_.at(e)) && dictionary_word(e - 1, e + 1) && !word_after)
                continue;
            std::size_t b = i;
            if (i >= 2 && cp_.matches(i - 2, U"中共") && !taken_[i - 2]) b = i - 2;
            if (!free(b, e)) continue;
            Mention m;
            m.type = EntityType::organization;
            m.subtype = "party";
            m.confidence = 0.75;
            m.key = cp_.utf8(text_, b, e);
            accept(b, e, std::move(m));
            i = e - 1;
        }
    }

    bool word_ending_at_is_verb(std::size_t k) const {
        char tag = 0;
        return word_ending_at(k, tag) > 0 && (tag == 'v' || tag == 'd');
    }

    std::size_t venue_suffix_ending_at(std::size_t end) const {
        for (std::u32string_view v : venue_suffixes)
            if (end >= v.size() && cp_.matches(end - v.size(), v)) return v.size();
        return 0;
    }

    // The title of an organisation's head right after its name: 部长, 社长, 会长, 团长.
    bool head_title_at(std::size_t k) const {
        // 副院长, 代理部长: the suffix character belongs to the title.
        if (k >= 2 && (cp_.at(k - 2) == U'副' || (k >= 3 && cp_.matches(k - 3, U"代理"))))
            return false;
        // 部长, but not 部|长期: a common word starting at 长 takes it.
        if (cp_.at(k) == U'长' && !(common_word(k, k + 2) && word_tag(k, 2) != 'p')) return true;
        for (std::u32string_view t :
             {std::u32string_view(U"会长"), std::u32string_view(U"主任"),
              std::u32string_view(U"主席"), std::u32string_view(U"副"),
              std::u32string_view(U"议员"), std::u32string_view(U"议长"),
              std::u32string_view(U"委员"), std::u32string_view(U"官员"),
              std::u32string_view(U"发言人"), std::u32string_view(U"负责人"),
              std::u32string_view(U"团长"), std::u32string_view(U"社长"),
              std::u32string_view(U"厂长"), std::u32string_view(U"秘书长"),
              std::u32string_view(U"行长"), std::u32string_view(U"董事长"),
              std::u32string_view(U"总经理"), std::u32string_view(U"总裁")})
            if (cp_.matches(k, t)) return true;
        return false;
    }

    // A chain of places at the start of a name keeps only its last link (长沙市|芙蓉区人民法院,
    // 黑龙江省|阿城市委): the higher places are places of their own, as news corpora tag them.
    // Only chains spelled out with descending level words count (省 > 市, 州 > 县, 区 > 镇, 乡).
    std::size_t lowest_place_start(std::size_t b, std::size_t limit) const {
        auto rank = [](char32_t c) {
            return c == U'省'                   ? 1
                   : (c == U'市' || c == U'州') ? 2
                   : (c == U'县' || c == U'区') ? 3
                   : (c == U'镇' || c == U'乡') ? 4
                                                : 0;
        };
        for (int guard = 0; guard < 4; ++guard) {
            std::size_t next = 0;
            for (std::size_t len = 2; len <= 8 && b + len < limit; ++len) {
                if (!(place_lengths_[b] & (1u << len))) continue;
                const int upper = rank(cp_.at(b + len - 1));
                if (upper == 0) continue;
                for (std::size_t len2 = 2; len2 <= 8 && b + len + len2 < limit; ++len2)
                    if ((place_lengths_[b + len] & (1u << len2)) &&
                        rank(cp_.at(b + len + len2 - 1)) > upper)
                        next = b + len;
            }
            if (next == 0) break;
            b = next;
        }
        return b;
    }

    // Skips 这个, 两所, 一些, 各级, 许多 at the start of a candidate name.
    std::size_t skip_quantifiers(std::size_t b, std::size_t limit) const {
        for (int guard = 0; guard < 4 && b < limit; ++guard) {
            const char32_t c = cp_.at(b);
            if (in_literal(U"这那该各每我你他其本", c) && !part_of_place(b)) {
                ++b;
            } else if ((in_literal(U"一二三四五六七八九十两几多许数", c) || is_ascii_digit(c)) &&
                       b + 1 < limit &&
                       in_literal(U"个些所家名级届位支批类种多余", cp_.at(b + 1))) {
                b += 2;
            } else if (in_literal(U"个些所家名级届位支批类种", c)) {
                ++b;
            } else if (in_literal(U"原前", c) && !dictionary_word(b, b + 2) && !part_of_place(b)) {
                ++b;  // 原国家环保局: the former body is the body
            } else {
                break;
            }
        }
        // 曼谷一家报社: a numeral and a classifier inside cut the name after them.
        for (std::size_t k = b; k + 2 <= limit; ++k)
            if ((in_literal(U"一两几", cp_.at(k)) || is_ascii_digit(cp_.at(k))) &&
                in_literal(U"个家所名位支批类种", cp_.at(k + 1)) &&
                (k == 0 || !dictionary_word(k - 1, k + 1)))
                b = k + 2;
        return b;
    }

    // True when [b, e) is made only of common words, with no place and no unknown (proper)
    // part: such a stem names a kind of institution.
    bool generic_stem(std::size_t b, std::size_t e) const {
        if (e - b > 6) return false;
        // 国家测绘局, 中央气象台, 联邦贸易委员会: a national body is a named one.
        for (std::u32string_view w : {std::u32string_view(U"国家"), std::u32string_view(U"中央"),
                                      std::u32string_view(U"联邦"), std::u32string_view(U"全国"),
                                      std::u32string_view(U"国际"), std::u32string_view(U"世界")})
            if (cp_.matches(b, w) && e > b + w.size()) return false;
        std::size_t k = e;
        while (k > b) {
            if (part_of_place(k - 1) || !is_han(cp_.at(k - 1))) return false;
            char tag = 0;
            const std::size_t w = word_ending_at(k, tag);
            if (w == 0 || k - w < b || !in_literal(U"nNvd", static_cast<char32_t>(tag)))
                return false;
            k -= w;
        }
        return true;
    }

    // [b, e) is exactly the name of a country of the gazetteer.
    bool country_spans(std::size_t b, std::size_t e) const {
        if (e <= b || e - b > 8 || !(place_lengths_[b] & (1u << (e - b)))) return false;
        const auto* names = gazetteer_.lookup(text_.substr(cp_.byte(b), cp_.byte(e) - cp_.byte(b)));
        if (!names) return false;
        for (const PlaceName& n : *names)
            if (!n.context_only && gazetteer_.place(n.place).level == 0) return true;
        return false;
    }

    static bool chinese_ordinal(char32_t c) { return in_literal(U"一二三四五六七八九", c); }

    const OrgSuffix* suffix_ending_at(std::size_t end) const {
        if (end == 0 || !filters_.org_suffix_last(cp_.at(end - 1))) return nullptr;
        const auto bucket = filters_.org_suffixes_by_last.find(cp_.at(end - 1));
        if (bucket == filters_.org_suffixes_by_last.end()) return nullptr;
        for (const OrgSuffix* s : bucket->second)
            if (end >= s->text.size() && cp_.matches(end - s->text.size(), s->text)) {
                // A suffix followed by more of a name (中心医院, 委员会办公室) belongs to it.
                return s;
            }
        return nullptr;
    }
    bool suffix_at(std::size_t i) const {
        if (i >= cp_.size()) return false;
        const auto bucket = filters_.strong_org_suffixes_by_first.find(cp_.at(i));
        if (bucket == filters_.strong_org_suffixes_by_first.end()) return false;
        for (const OrgSuffix* s : bucket->second)
            if (cp_.matches(i, s->text)) return true;
        return false;
    }

    bool single_suffix_ok(std::size_t b, std::size_t suffix_begin, const OrgSuffix& suffix) const {
        // 政局, 格局, 大局: common words ending in 局 name no office.
        if (suffix.text == U"局" && suffix_begin > b &&
            in_literal(U"政格大全时结布僵骗残开定败饭赌", cp_.at(suffix_begin - 1)))
            return false;
        // 部署, 干部, 内部, 全部: the suffix character ends a word with the one before.
        if (suffix_begin > b && dictionary_word(suffix_begin - 1, suffix_begin + 1) &&
            !office_function_ending_at(suffix_begin)) {
            const char tag = word_tag(suffix_begin - 1, 2);
            if (tag != 'p' && tag != 'n' && tag != 'r') return false;
            for (std::u32string_view w : {U"干部", U"全部", U"部署", U"本部", U"部队"})
                if (cp_.matches(suffix_begin - 1, w)) return false;
        }
        // 联合国禁毒署, 中共中央统战部: an organisation and a short field before the suffix.
        if (kind_[b] == static_cast<int>(EntityType::organization)) {
            const Candidate& inner = accepted_[static_cast<std::size_t>(mention_at_[b])];
            if (inner.begin == b && suffix_begin > inner.end && suffix_begin - inner.end <= 4)
                return true;
        }
        // 中国队, 辽宁队: a known place right before a team suffix.
        // 美国能源部, 中国农科院, 郑州铁路分局: a place, a short field, an office suffix. A word
        // across the suffix (干部, 内部, 全部) is not an office.
        // The same for research institutes, agencies and works (兰州地质所, 南京家庭服务社,
        // 城东纺纱厂).
        // 所 before a verb is a particle (发展所作的贡献).
        const char32_t after_suffix = cp_.at(suffix_begin + 1);
        const bool particle_suo = suffix.text == U"所" && is_han(after_suffix) &&
                                  !in_literal(U"的在和与等是将已也还对、", after_suffix);
        if (in_literal(U"局署厅院委办部所社厂", suffix.text.front()) && suffix.text.size() == 1 &&
            !particle_suo &&
            (suffix.text == U"局" || !dictionary_word(suffix_begin - 1, suffix_begin + 1)))
            for (std::size_t len = 2; len <= 8 && b + len < suffix_begin; ++len)
                if ((place_lengths_[b] & (1u << len)) && suffix_begin - (b + len) <= 4 &&
                    suffix_begin - (b + len) >= 1)
                    return true;
        // 军队, 球队 right after a place name no team (美国军队, 南美球队; but 中国足球队).
        if (std::string_view(suffix.subtype) == "team") {
            const bool word_across = suffix.text.size() == 1 && suffix_begin > 0 &&
                                     in_literal(U"军球部", cp_.at(suffix_begin - 1));
            for (std::size_t len = 2; len <= 8 && b + len <= suffix_begin; ++len)
                if ((place_lengths_[b] & (1u << len)) && suffix_begin - (b + len) <= 4 &&
                    !(word_across && suffix_begin - (b + len) <= 1))
                    return true;
        }
        // 全兴队, 八一队, 前卫寰岛队 in a match report: a club named by its sponsor or a
        // number, two to four characters that make no common word, in a sentence that speaks
        // of a match (破门, 战胜, 3∶1).
        if (suffix.text == U"队" && suffix_begin - b >= 2 && suffix_begin - b <= 4 &&
            !common_word_inside(b, suffix_begin) && !common_word(b, suffix_begin) &&
            !in_literal(U"球军部乐梯团车排站结列编归领带插护卫舰船", cp_.at(suffix_begin - 1)) &&
            match_context())
            return true;
        // 中国田协, 山西省残联, 济南交警: a place and an abbreviated body.
        if (suffix.text == U"交警" || suffix.text == U"协" || suffix.text == U"联") {
            const std::size_t field = suffix.text.size() == 1 ? 1 : 0;
            if (suffix_begin < b + field + 2 || !part_of_place(suffix_begin - field - 1) ||
                (field == 1 && (part_of_place(suffix_begin - 1) ||
                                dictionary_word(suffix_begin - 2, suffix_begin))))
                return false;
            for (std::size_t len = 2; len <= 8 && b + len <= suffix_begin; ++len)
                if ((place_lengths_[b] & (1u << len)) && b + len + field == suffix_begin)
                    return true;
            return false;
        }
        // 对外贸易经济合作部, 农业和土地开发部: a ministry named by a field of two or more
        // nouns after a boundary, no word across the suffix.
        if (in_literal(U"部局署", suffix.text.front()) && suffix.text.size() == 1 &&
            suffix_begin - b >= 4 && !dictionary_word(suffix_begin - 1, suffix_begin + 1) &&
            (b == 0 || !is_han(cp_.at(b - 1)) || taken_[b - 1] ||
             filters_.org_stop(cp_.at(b - 1)))) {
            std::size_t k = suffix_begin, words = 0;
            while (k > b) {
                char tag = 0;
                const std::size_t w = word_ending_at(k, tag);
                if (w == 0 || k - w < b || !in_literal(U"nN", static_cast<char32_t>(tag))) {
                    if (cp_.at(k - 1) == U'和' && words > 0) {  // 农业和土地
                        --k;
                        continue;
                    }
                    break;
                }
                k -= w;
                ++words;
            }
            if (k == b && words >= 2) return true;
        }
        // 琉璃河水泥厂, 健力宝队: a proper stem of 2-4 characters after a boundary,
        // no word across the suffix (工厂, 球队, 政党) and not only common words.
        if ((suffix.text == U"厂" || suffix.text == U"队") && suffix_begin - b >= 2 &&
            suffix_begin - b <= 4 && !dictionary_word(suffix_begin - 1, suffix_begin + 1) &&
            (suffix.text == U"厂" || !generic_stem(b, suffix_begin)) &&
            (b == 0 || !is_han(cp_.at(b - 1)) || taken_[b - 1] ||
             in_literal(U"的和与及、对由是在胜负战以被同向", cp_.at(b - 1)))) {
            bool free_stem = true;
            for (std::size_t k = b; k < suffix_begin; ++k)
                free_stem = free_stem && is_han(cp_.at(k)) && !filters_.non_name(cp_.at(k));
            if (free_stem) return true;
        }
        for (std::u32string_view f : office_functions)
            if (suffix_begin >= f.size() && suffix_begin - f.size() >= b &&
                cp_.matches(suffix_begin - f.size(), f))
                return true;
        // 天津市委, 河西区委: a place right before.
        if (suffix_begin >= 2) {
            const char32_t c = cp_.at(suffix_begin - 1);
            if ((c == U'市' || c == U'区' || c == U'县' || c == U'省' || c == U'镇') &&
                suffix_begin - b >= 2)
                return true;
        }
        return false;
    }

    // ---- people --------------------------------------------------------------------------
    std::size_t surname_length(std::size_t i) const {
        const char32_t c = cp_.at(i);
        if (filters_.compound_surname_first(c))
            for (std::u32string_view s : compound_surnames)
                if (cp_.matches(i, s)) return s.size();
        // The filter is exact for the Basic Multilingual Plane, where all surnames are.
        return c < 0x10000 && filters_.surname(c) ? 1 : 0;
    }

    bool name_boundary_after(std::size_t k) const {
        if (k >= cp_.size() || !is_han(cp_.at(k))) return true;
        if (speech_or_title_at(k)) return true;
        return in(
            U"的在和与等是也对为向就都还已曾正将带率同及则一说称到今昨近日前后从被把给让说讲笑以",
            cp_.at(k));
    }

    bool given_ok(std::size_t from, std::size_t to) const {
        for (std::size_t k = from; k < to; ++k)
            if (!is_han(cp_.at(k)) || filters_.non_name(cp_.at(k)) || taken_[k]) return false;
        return true;
    }

    // Name starting at i: surname + 1-2 given characters ending at a boundary; 0 if none.
    std::size_t name_at(std::size_t i, bool strong_context) const {
        const std::size_t length = chinese_name_at(i, strong_context);
        // A name dot after it: the start of a transliterated name (罗伯特·马尔登).
        return length > 0 && is_dot(cp_.at(i + length)) ? 0 : length;
    }
    std::size_t chinese_name_at(std::size_t i, bool strong_context) const {
        const std::size_t s = surname_length(i);
        if (s == 0 || taken_[i]) return 0;
        if (filters_.honorifics_first(cp_.at(i + s)))
            for (std::u32string_view h : honorifics)
                if (cp_.matches(i + s, h) && name_boundary_after(i + s + h.size()))
                    return s + h.size();
        if (given_ok(i + s, i + s + 2) && name_boundary_after(i + s + 2)) return s + 2;
        if (given_ok(i + s, i + s + 1) && name_boundary_after(i + s + 1)) return s + 1;
        if (strong_context && given_ok(i + s, i + s + 2)) {
            // After a title the name need not end at a boundary (市委书记张敬涛召集):
            // two characters common in given names make the full name.
            const auto& given = given_chars();
            // Not when the surname makes a word with the next character (全面, 管理) or the
            // last character one with the character after (胡适学|术).
            const bool surname_word = dictionary_word(i, i + s + 1) && word_tag(i, s + 1) != 'r';
            if (!surname_word &&
                (!is_han(cp_.at(i + s + 2)) ||
                 (given.count(cp_.at(i + s)) && given.count(cp_.at(i + s + 1)) &&
                  !dictionary_word(i + s, i + s + 2) &&
                  // 局长方齐连|上任: a common word after the name outweighs one across its end.
                  (!dictionary_word(i + s + 1, i + s + 3) ||
                   (common_word(i + s + 2, i + s + 4) && !common_word(i + s + 1, i + s + 3))))))
                return s + 2;
            // 学者方东|所言, 裁判孔东|出示: one given character when the next one cannot
            // continue a name and starts a word.
            const char32_t after = cp_.at(i + s + 1);
            if (!surname_word && word_starts_at(i + s + 1) &&
                (filters_.non_name(after) || !given.count(after)) &&
                !dictionary_word(i + s, i + s + 2))
                return s + 1;
        }
        return 0;
    }

    void add_person(std::size_t b, std::size_t e, std::string role, double confidence,
                    bool listed = false) {
        if (!free(b, e)) return;
        // Part of a dotted transliterated name (罗伯特·马尔登) is not a name on its own.
        if ((b > 1 && is_dot(cp_.at(b - 1)) && is_han(cp_.at(b - 2))) ||
            (is_dot(cp_.at(e)) && is_han(cp_.at(e + 1))))
            return;
        // A common word is not a name (关心表示, 高度评价); the table holds no personal names.
        // Two-character words jieba tags as names (李鹏, but also 卫星) pass with a title or a
        // speech verb as evidence. Names of the built-in list are checked already (the
        // lexicon tags some of them otherwise: 周恩来 as a time word).
        // A proper noun the gazetteer does not hold (罗干 is listed as a place name) is a name
        // with such evidence too.
        if (!listed && dictionary_word(b, e) && !(proper_word(b, e) && confidence >= 0.75)) return;
        // 胡作非|为, 毛手毛|脚: the start of an idiom running past the end is no name.
        if (!listed && confidence < 0.8)
            for (std::size_t x = e + 1; x <= b + kMaxWord && x <= cp_.size(); ++x)
                if (dictionary_word(b, x) && word_tag(b, x - b) == 'i') return;
        Mention m;
        m.type = EntityType::person;
        m.role = std::move(role);
        m.confidence = confidence;
        m.key = cp_.utf8(text_, b, e);
        accept(b, e, std::move(m));
    }

    void people() {
        const std::size_t n = cp_.size();
        // Names from bylines, anywhere.
        for (const std::string& known : options_.known_people) {
            if (known.empty()) continue;
            std::size_t pos = 0;
            while ((pos = text_.find(known, pos)) != std::string_view::npos) {
                const std::size_t b = index_of_byte(pos), e = index_of_byte(pos + known.size());
                if (cp_.byte(b) == pos) add_person(b, e, "", 0.95);
                pos += known.size();
            }
        }
        // Title before a name: 医务部主任邹颖, 求职者王女士.
        for (std::size_t i = 0; i < n; ++i) {
            if (!filters_.titles_before_first(cp_.at(i))) continue;
            const auto titles = filters_.titles_before_by_first.starting_with(cp_.at(i));
            for (const std::u32string_view* title = titles.first; title != titles.second; ++title) {
                const std::u32string_view t = *title;
                if (!cp_.matches(i, t)) continue;
                const std::size_t at = i + t.size();
                std::size_t len = name_at(at, true);
                // A longer transliterated name that starts like a Chinese one (谢|列兹尼奥夫).
                if (len > 0 && len < 4 && filters_.transliteration(cp_.at(at + len))) {
                    const std::size_t run = transliteration_run(at);
                    if (run >= 4 && run > len) len = 0;
                }
                if (len > 0) {
                    // The role as printed: the title plus the department before it (医务部主任).
                    std::size_t rb = i;
                    while (rb > 0 && i - rb < 6 && is_han(cp_.at(rb - 1)) &&
                           !filters_.org_stop(cp_.at(rb - 1)) && !taken_[rb - 1] &&
                           !name_boundary_after(rb - 1))
                        --rb;
                    if (!(rb < i && (cp_.at(i - 1) == U'部' || cp_.at(i - 1) == U'科' ||
                                     cp_.at(i - 1) == U'处')))
                        rb = i;
                    add_person(at, at + len, cp_.utf8(text_, rb, at), 0.85);
                } else if (const std::size_t run = transliteration_run(at);
                           run >= 2 && (foreign_title(t) || word_tag(at, run) == 'r')) {
                    // A transliterated name after a title (总统拉莫斯竞选, 外长哈洛宁举行,
                    // 男友亨特): the run of transliteration characters is the name.
                    add_person(at, at + run, to_utf8(t), 0.75);
                } else if (surname_length(at) == 0 && foreign_title(t)) {
                    // A name without a Chinese surname right after the title (总理若斯潘在,
                    // 大臣库克今天): 2-4 characters up to a clear boundary.
                    std::size_t k = at;
                    while (k < n && k - at < 5 && is_han(cp_.at(k)) && !taken_[k] &&
                           !name_boundary_after(k))
                        ++k;
                    if (k - at >= 2 && k - at <= 4 && k < n && name_boundary_after(k) &&
                        !is_dot(cp_.at(k)) && !dictionary_word(at, k) &&
                        !dictionary_word(at, at + 2) && given_ok(at, k))
                        add_person(at, k, to_utf8(t), 0.6);
                }
                break;
            }
        }
        // A name before a title or a speech verb: 江泽民主席, 王五说.
        for (std::size_t i = 0; i < n; ++i) {
            if (taken_[i] || !is_han(cp_.at(i))) continue;
            const bool left_boundary =
                i == 0 || !is_han(cp_.at(i - 1)) || taken_[i - 1] ||
                in_literal(U"的和与及同对向由是在把被给让据、", cp_.at(i - 1));
            if (!left_boundary) continue;
            const std::size_t s = surname_length(i);
            if (s == 0) continue;
            for (std::size_t given = 2; given >= 1; --given) {
                const std::size_t e = i + s + given;
                if (!given_ok(i + s, e)) continue;
                std::u32string_view anchor;
                if (!speech_or_title_at(e)) continue;
                for (std::u32string_view t : titles_after)
                    if (cp_.matches(e, t)) anchor = t;
                std::u32string_view verb;
                for (std::u32string_view v : speech_verbs)
                    if (cp_.matches(e, v) && v.size() > verb.size()) verb = v;
                if (anchor.empty() && verb.empty()) continue;
                // 说 after a single given character is too often a word (王说 is rare), except
                // for a whole clause subject (。罗干说，).
                const bool clause_subject = i == 0 || in_literal(U"，,。；;：:“\n", cp_.at(i - 1));
                if (anchor.empty() && given == 1 && verb.size() == 1 &&
                    !(clause_subject && (!dictionary_word(i, e) || proper_word(i, e)) &&
                      !dictionary_word(e - 1, e + 1)))
                    continue;
                add_person(i, e, anchor.empty() ? "" : to_utf8(anchor),
                           anchor.empty() ? 0.75 : 0.8);
                break;
            }
        }
        surnames_before_office();
        courtesy_names();
        foreign_names();
        japanese_names();
        korean_names();
        untitled_dignitaries();
        famous_names();
        generic_names();
        name_lists();
        list_continuations();
        repeated_names();
    }

    // 郑先生创作…, 当汤先生…, 这位陈小姐: a surname and a courtesy title name a person
    // wherever the surname starts a word, whatever follows; the form as printed is the name
    // (王女士), as after a title.
    void courtesy_names() {
        const std::size_t n = cp_.size();
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (taken_[i] || !filters_.surname(cp_.at(i)) || surname_length(i) != 1) continue;
            // 和先生 is "and Mr.", 向老师 "to the teacher": not names.
            if (in_literal(U"和向于对与及为同把被给让在从", cp_.at(i))) continue;
            std::u32string_view title;
            for (std::u32string_view c : courtesy_titles)
                if (c.size() > title.size() && cp_.matches(i + 1, c)) title = c;
            if (title.empty() || !free(i + 1, i + 1 + title.size())) continue;
            // The surname must start a word: no word runs across its start (归功|于老师).
            const bool left_ok = i == 0 || !is_han(cp_.at(i - 1)) || taken_[i - 1] ||
                                 (!word_across_start(i) && !dictionary_word(i - 1, i + 1));
            if (!left_ok || dictionary_word(i, i + 2)) continue;
            add_person(i, i + 1 + title.size(), "", 0.7);
        }
    }

    // 钱外长说, 周教授: a surname alone before an office or academic title names the
    // person as printed (the name is the surname; the title is the role). Courtesy titles
    // (王女士, 李师傅) are part of the name instead (courtesy_names).
    void surnames_before_office() {
        const std::size_t n = cp_.size();
        for (std::size_t i = 0; i + 2 < n; ++i) {
            // After a word that ends right before the surname (贯彻|毛主席, 当|汤局长) as well.
            if (taken_[i] || !filters_.surname(cp_.at(i)) || in(weak_surnames, cp_.at(i)) ||
                !(i == 0 || !is_han(cp_.at(i - 1)) || taken_[i - 1] ||
                  in_literal(U"的和与及同对向由是在把被给让据请找托、当", cp_.at(i - 1)) ||
                  (word_ends_at(i) && !word_across_start(i))))
                continue;
            std::size_t k = i + 1;
            if (cp_.at(k) == U'副') ++k;  // 王副局长
            if (!filters_.titles_after_first(cp_.at(k))) continue;
            std::u32string_view title;
            for (std::u32string_view t : titles_after)
                if (t.size() > title.size() && cp_.matches(k, t)) title = t;
            if (title.empty() || !free(k, k + title.size()) || dictionary_word(i, k + 1) ||
                dictionary_word(i, i + 2))
                continue;
            // Titles in titles_after that are courtesy titles: the whole form is the name.
            const bool courtesy = std::find(std::begin(courtesy_titles), std::end(courtesy_titles),
                                            title) != std::end(courtesy_titles);
            if (courtesy) continue;
            add_person(i, i + 1, cp_.utf8(text_, i + 1, k + title.size()), 0.7);
        }
    }

    // 桥本龙太郎在, 武村正义说, 桥本首相: a Japanese family name, with up to three given
    // characters up to a boundary, or alone before a title, a speech verb or a particle.
    void japanese_names() {
        const std::size_t n = cp_.size();
        for (std::size_t i = 0; i + 2 <= n; ++i) {
            if (taken_[i] || !filters_.japanese_first(cp_.at(i)) ||
                !filters_.japanese_second(cp_.at(i + 1)))
                continue;
            std::size_t s = 0;
            const auto surnames = filters_.japanese_by_first.starting_with(cp_.at(i));
            for (const std::u32string_view* w = surnames.first; w != surnames.second; ++w)
                if (w->size() > s && cp_.matches(i, *w)) s = w->size();
            if (s == 0 || !free(i, i + s)) continue;
            const bool after_title = title_ends_at(i) || occupation_ends_at(i);
            const bool left = i == 0 || !is_han(cp_.at(i - 1)) || taken_[i - 1] ||
                              in_literal(U"的和与及同对向由是在把被给让据请、而", cp_.at(i - 1)) ||
                              after_title;
            if (!left || (i > 0 && !taken_[i - 1] && !after_title && dictionary_word(i - 1, i + 1)))
                continue;
            std::size_t e = 0;
            for (std::size_t given = 3; given >= 1 && e == 0; --given) {
                const std::size_t k = i + s + given;
                if (k > n || !japanese_given_ok(i + s, k) || speech_or_title_at(i + s) ||
                    // 桥本|坦率地: an adjective, an adverb or a three-character word is no
                    // given name.
                    (given >= 2 && in_literal(U"vad", static_cast<char32_t>(word_tag(i + s, 2)))) ||
                    (given == 3 && dictionary_word(i + s, k)))
                    continue;
                if ((name_boundary_after(k) || (given >= 2 && word_starts_at(k))) &&
                    !dictionary_word(k - 1, k + 1))
                    e = k;
            }
            if (e == 0 && (speech_or_title_at(i + s) || name_boundary_after(i + s) ||
                           in_literal(U"首外天则坦", cp_.at(i + s))))
                e = i + s;
            if (e == 0) continue;
            add_person(i, e, "", 0.7, true);
            i = e - 1;
        }
    }

    // 金大中, 金正日, 朴普熙: in a text about Korea, a common Korean surname and two given
    // characters (which need not be common in Chinese names) between boundaries.
    void korean_names() {
        bool korea = false;
        for (const Candidate& c : accepted_)
            korea = korea || (c.mention.type == EntityType::place &&
                              (c.mention.normalized == "KR" || c.mention.normalized == "KP"));
        if (!korea) return;
        const std::size_t n = cp_.size();
        for (std::size_t i = 0; i + 3 <= n; ++i) {
            if (taken_[i] || !in_literal(U"金朴崔郑李卢尹姜", cp_.at(i))) continue;
            const bool left = i == 0 || !is_han(cp_.at(i - 1)) || taken_[i - 1] ||
                              in_literal(U"的和与及同对向由是在把被给让据请、以", cp_.at(i - 1)) ||
                              title_ends_at(i) || occupation_ends_at(i);
            const std::size_t e = i + 3;
            if (!left || !japanese_given_ok(i + 1, e) ||
                (i > 0 && !taken_[i - 1] && dictionary_word(i - 1, i + 1)) ||
                (dictionary_word(i, i + 2) && !proper_word(i, i + 2)) ||
                (dictionary_word(i, e) && !proper_word(i, e)) ||
                !(name_boundary_after(e) || word_starts_at(e)) ||
                (e < n && !taken_[e] && dictionary_word(e - 1, e + 1)))
                continue;
            add_person(i, e, "", 0.65, true);
            i = e - 1;
        }
    }

    // Japanese given names take numerals (惠三, 龙太郎): only function words are excluded.
    bool japanese_given_ok(std::size_t from, std::size_t to) const {
        for (std::size_t k = from; k < to; ++k)
            if (!is_han(cp_.at(k)) || taken_[k] ||
                in_literal(U"的了是在和与及或等也都就还又再已曾将要会能可把被从到向对为于以给让使由"
                           U"这那其各"
                           U"每该此说称则",
                           cp_.at(k)))
                return false;
        return true;
    }

    // 素林外长, 明仁天皇, 卓科达先生: two or three characters (no Chinese surname needed)
    // between a boundary and a dignitary's title.
    void untitled_dignitaries() {
        const std::size_t n = cp_.size();
        for (std::size_t k = 3; k < n; ++k) {
            if (!filters_.dignitary_first(cp_.at(k)) || taken_[k]) continue;
            bool title = false;
            const auto titles = filters_.dignitary_by_first.starting_with(cp_.at(k));
            for (const std::u32string_view* t = titles.first; t != titles.second && !title; ++t)
                title = cp_.matches(k, *t);
            if (!title) continue;
            for (std::size_t length = 3; length >= 2; --length) {
                if (k < length) continue;
                const std::size_t b = k - length;
                const bool left = b == 0 || !is_han(cp_.at(b - 1)) || taken_[b - 1] ||
                                  in_literal(U"的和与及同对向由是在把被给让据、", cp_.at(b - 1));
                if (!left || !given_ok(b, k) || (dictionary_word(b, k) && !proper_word(b, k)) ||
                    (b > 0 && !taken_[b - 1] && dictionary_word(b - 1, b + 1)) ||
                    dictionary_word(k - 1, k + 1) || common_word_inside(b, k))
                    continue;
                add_person(b, k, "", 0.7, true);
                break;
            }
        }
    }

    // A name recognised once is a name wherever else the text spells it out between
    // boundaries (the cue is often only at the first mention).
    void repeated_names() {
        std::vector<std::u32string> names;
        for (const Candidate& c : accepted_)
            if (c.mention.type == EntityType::person && c.end - c.begin >= 2)
                names.emplace_back(cp_.cps.begin() + static_cast<std::ptrdiff_t>(c.begin),
                                   cp_.cps.begin() + static_cast<std::ptrdiff_t>(c.end));
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        if (names.empty()) return;
        CharFilter first;
        for (const std::u32string& name : names) first.add(name.front());
        // Names are sorted: those starting with one character are a contiguous group.
        auto first_of = [](const std::u32string& name, char32_t c) { return name.front() < c; };
        for (std::size_t i = 0; i < cp_.size(); ++i) {
            if (taken_[i] || !first(cp_.at(i))) continue;
            const char32_t c = cp_.at(i);
            for (auto it = std::lower_bound(names.begin(), names.end(), c, first_of);
                 it != names.end() && it->front() == c; ++it) {
                const std::u32string& name = *it;
                const std::size_t e = i + name.size();
                if (!cp_.matches(i, name) || !free(i, e)) continue;
                // Not inside a longer word: 张平 in 张平原 is not the same.
                if ((i > 0 && dictionary_word(i - 1, i + 1)) || dictionary_word(e - 1, e + 1))
                    continue;
                add_person(i, e, "", 0.7, true);
                i = e - 1;
                break;
            }
        }
    }

    void famous_names() {
        for (std::size_t i = 0; i < cp_.size(); ++i)
            if (filters_.famous_first(cp_.at(i)))
                for (std::u32string_view w : famous_people)
                    if (!taken_[i] && cp_.matches(i, w) && free(i, i + w.size()) &&
                        (i == 0 || !filters_.transliteration(cp_.at(i - 1)) || w.size() >= 3)) {
                        add_person(i, i + w.size(), "", 0.9, true);
                        break;
                    }
    }

    bool is_dot(char32_t c) const {
        for (char32_t d : name_dots)
            if (c == d) return true;
        return false;
    }

    // Transliterated names: runs of transliteration characters joined by a middle dot, or
    // 3+ characters before a speech verb or after a title.
    void foreign_names() {
        const std::size_t n = cp_.size();
        // Around a name dot a few more characters spell names (彼得·皮奥, 汤姆士·史达福,
        // 差猜·春哈旺): the dot is cue enough for them.
        auto dotted_char = [&](char32_t c) {
            return filters_.transliteration(c) || in_literal(U"得士史思佛地猜春旺颂蓬", c);
        };
        for (std::size_t i = 0; i < n; ++i) {
            if (taken_[i] || !dotted_char(cp_.at(i))) continue;
            if (i > 0 && dotted_char(cp_.at(i - 1)) && !taken_[i - 1]) continue;
            // First the run with the dotted characters; without a dot, the strict run.
            auto scan = [&](std::size_t from, bool wide, bool& dotted) {
                std::size_t e = from;
                dotted = false;
                auto ok = [&](char32_t c) {
                    return wide ? dotted_char(c) : filters_.transliteration(c);
                };
                while (e < n && !taken_[e]) {
                    if (ok(cp_.at(e))) {
                        ++e;
                    } else if (is_dot(cp_.at(e)) && e + 1 < n && ok(cp_.at(e + 1)) && e > from) {
                        dotted = true;
                        ++e;
                    } else {
                        break;
                    }
                }
                return e;
            };
            bool dotted = false;
            std::size_t e = scan(i, true, dotted);
            if (!dotted) {
                while (i < n && !filters_.transliteration(cp_.at(i))) ++i;
                if (i >= n || taken_[i] ||
                    (i > 0 && filters_.transliteration(cp_.at(i - 1)) && !taken_[i - 1]))
                    continue;
                e = scan(i, false, dotted);
            }
            if (dotted) {
                const std::size_t end = dotted_name_end(i, e);
                if (end == 0) {
                    i = e - 1;
                    continue;
                }
                e = end;
            }
            // 祝贺|布拉特: a first character that closes a word with the one before it is no
            // part of the name.
            std::size_t b = i;
            while (!dotted && b + 3 <= e && b > 0 && !taken_[b - 1] && common_word(b - 1, b + 1))
                ++b;
            const std::size_t length = e - b;
            if (!foreign_name_ok(b, e, dotted) || length > 16) {
                i = e > i ? e - 1 : i;
                continue;
            }
            // Two characters come with a cue on both sides: as sure as a longer run.
            add_person(b, e, "", dotted ? 0.8 : length == 2 ? 0.75 : 0.65);
            i = e - 1;
        }
    }

    // A noun naming a person's occupation or standing ends at `k` (投机家, 候选人, 运动员).
    bool occupation_ends_at(std::size_t k) const {
        if (k < 2 || !in_literal(U"家员手长将人官师士帅使者娘儿判", cp_.at(k - 1))) return false;
        char tag = 0;
        return word_ending_at(k, tag) > 0 && (tag == 'n' || tag == 'N');
    }

    // Whether the run of transliteration characters [i, e) is a name by its context.
    bool foreign_name_ok(std::size_t i, std::size_t e, bool dotted) const {
        const std::size_t n = cp_.size();
        const std::size_t length = e - i;
        const bool after_title =
            i > 0 && kind_[i - 1] < 0 && (title_ends_at(i) || occupation_ends_at(i));
        // 7号穆勒, 11号萨拉斯: a player by the number on the shirt.
        const bool shirt_number = i >= 2 && cp_.at(i - 1) == U'号' && is_ascii_digit(cp_.at(i - 2));
        if (shirt_number && length >= 2 && (!dictionary_word(i, e) || word_tag(i, length) == 'r'))
            return true;
        const bool before_cue =
            speech_or_title_at(e) ||
            (e < n && in_literal(U"的在和与等是也对为向就都还已曾将今昨于抵", cp_.at(e)));
        const bool clause_subject = i == 0 || in_literal(U"，,。；;：:“\n", cp_.at(i - 1));
        // 比利时的卡勃莱拉, 美国的吉德里则以: a country's 的 before the run (its places and
        // organisations were taken before people).
        const bool after_country =
            i >= 2 && cp_.at(i - 1) == U'的' && taken_[i - 2] &&
            kind_[i - 2] == static_cast<int>(EntityType::place) && i - 2 < mention_at_.size() &&
            accepted_[static_cast<std::size_t>(mention_at_[i - 2])].mention.subtype == "country";
        bool ok = false;
        if (dotted)
            ok = length >= 4;
        else if (length >= 2 && after_country && name_boundary_after(e) &&
                 (!dictionary_word(i, e) || word_tag(i, length) == 'r') &&
                 !common_word_inside(i, e))
            ok = true;
        else if (length >= 3 && (before_cue || after_title) && !dictionary_word(i, e) &&
                 !common_word_inside(i, e))
            ok = true;
        // The subject of a clause, before a date or a word (阿巴查8日, 布拉特当选).
        else if (length >= 3 && clause_subject && !dictionary_word(i, e) &&
                 !common_word_inside(i, e) && e < n &&
                 (is_ascii_digit(cp_.at(e)) || word_starts_at(e)))
            ok = true;
        // 琼斯是, 瑙曼在: a personal name of the lexicon opening a clause before a particle.
        else if (length == 2 && clause_subject && word_tag(i, 2) == 'r' && e < n &&
                 in_literal(U"是的在和与等也都就还已曾将", cp_.at(e)) &&
                 !dictionary_word(e - 1, e + 1))
            ok = true;
        else if (length == 2 && (after_title || clause_subject) && speech_or_title_at(e) &&
                 (!dictionary_word(i, e) || word_tag(i, 2) == 'r') &&
                 !dictionary_word(e - 1, e + 1))
            ok = true;
        // A three-character personal name of the lexicon (阿巴查) between clear
        // boundaries (two-character ones are too often words: 卢比, 索道).
        else if (length == 3 && word_tag(i, length) == 'r' &&
                 (clause_subject ||
                  (i > 0 && (taken_[i - 1] ||
                             in_literal(U"的和与及、对由是在被把给向同", cp_.at(i - 1))))) &&
                 name_boundary_after(e) && !dictionary_word(e - 1, e + 1) &&
                 (i == 0 || !dictionary_word(i - 1, i + 1)))
            ok = true;
        return ok;
    }

    // Length of a transliterated name at `at`: transliteration characters, joined by a middle
    // dot, up to 10 characters, not a dictionary word and not ending inside one; 0 if none.
    std::size_t transliteration_run(std::size_t at) const {
        std::size_t k = at;
        bool dotted = false;
        while (k < cp_.size() && k - at < 10 && !taken_[k]) {
            if (filters_.transliteration(cp_.at(k))) {
                ++k;
            } else if (is_dot(cp_.at(k)) && k > at && filters_.transliteration(cp_.at(k + 1))) {
                dotted = true;
                ++k;
            } else {
                break;
            }
        }
        if (k < cp_.size() && k - at == 10 && filters_.transliteration(cp_.at(k))) return 0;
        if (dotted) {
            k = dotted_name_end(at, k);
            if (k == 0) return 0;
        } else if (k > at + 2 && common_word(k - 1, k + 1)) {
            --k;  // the last character starts the next word
        }
        const std::size_t length = k - at;
        // A word the lexicon lists as a personal name (库克, 科尔) is a name all the same.
        // So is a whole run the lexicon lists as a proper noun (巴拉克: places were taken
        // before people, so it is none of the gazetteer's).
        auto word = [&](std::size_t b, std::size_t e) {
            const char tag = word_tag(b, e - b);
            return dictionary_word(b, e) && tag != 'r' && !(tag == 'p' && b == at && e == k);
        };
        if (length < 2 || is_dot(cp_.at(k - 1)) || word(at, k) || (k > at + 2 && word(at, at + 2)))
            return 0;
        return length;
    }

    // The end of a dotted name whose run of transliteration characters is [b, e): the last
    // character goes back when it starts a common word (安南|希望); the name ends before a
    // boundary or a common word (马尔科|有幸); otherwise it goes on over up to three other
    // characters to a boundary (汉斯·迪尚德先生). 0 when unsure.
    std::size_t dotted_name_end(std::size_t b, std::size_t e) const {
        if (e > b + 2 && common_word(e - 1, e + 1) && !is_dot(cp_.at(e - 2))) return e - 1;
        if (e >= cp_.size() || !is_han(cp_.at(e)) || taken_[e] || name_boundary_after(e) ||
            common_word(e, e + 2))
            return e;
        std::size_t k = e;
        while (k < cp_.size() && k - e < 3 && is_han(cp_.at(k)) && !taken_[k] &&
               !filters_.non_name(cp_.at(k)) && !name_boundary_after(k))
            ++k;
        return name_boundary_after(k) ? k : 0;
    }

    // Titles that precede foreign names in news (总理若斯潘, 大臣库克, 教练扎加洛).
    static bool foreign_title(std::u32string_view t) {
        for (std::u32string_view f :
             {U"总理", U"总统", U"首相",   U"大臣",   U"部长",   U"外长",   U"主席", U"国务卿",
              U"议长", U"大使", U"秘书长", U"总干事", U"国王",   U"女王",   U"教练", U"主帅",
              U"球员", U"选手", U"司令",   U"副总统", U"副总理", U"发言人", U"议员", U"外援",
              U"财长", U"领袖", U"前锋",   U"后卫",   U"门将",   U"亲王",   U"王储"})
            if (t == f) return true;
        return false;
    }

    bool title_ends_at(std::size_t k) const {
        if (k == 0 || !filters_.titles_before_last(cp_.at(k - 1))) return false;
        for (std::u32string_view t : titles_before)
            if (k >= t.size() && cp_.matches(k - t.size(), t)) return true;
        return false;
    }

    // 王霞光、李长云: a name after a person and an enumeration comma.
    void list_continuations() {
        // The joiners (、和与及) are few: every pass below visits only them.
        std::vector<std::size_t> joiners;
        for (std::size_t i = 1; i + 1 < cp_.size(); ++i)
            if (in_literal(U"、和与及", cp_.at(i))) joiners.push_back(i);
        if (joiners.empty()) return;
        for (std::size_t round = 0; round < 3; ++round)
            for (std::size_t i : joiners) {
                if (cp_.at(i) != U'、' || kind_[i - 1] != static_cast<int>(EntityType::person) ||
                    taken_[i + 1])
                    continue;
                const std::size_t len = name_at(i + 1, false);
                if (len > 0 && (cp_.at(i + 1 + len) == U'、' || name_boundary_after(i + 1 + len)))
                    add_person(i + 1, i + 1 + len, "", 0.7);
            }
        // 亨德利和傅家峻, 约翰松和布拉特: a name joined to a person by 和, 与 or 及, ending
        // at a boundary (a Chinese name, or a transliterated one not in the dictionary).
        for (std::size_t i : joiners) {
            if (i + 2 >= cp_.size() || !in_literal(U"和与及", cp_.at(i)) ||
                kind_[i - 1] != static_cast<int>(EntityType::person) || taken_[i + 1] ||
                dictionary_word(i, i + 2))
                continue;
            std::size_t len = name_at(i + 1, false);
            if (len == 0) {
                const std::size_t run = transliteration_run(i + 1);
                if (run >= 2 && !common_word_inside(i + 1, i + 1 + run)) len = run;
            }
            if (len > 0 && name_boundary_after(i + 1 + len))
                add_person(i + 1, i + 1 + len, "", 0.65);
        }
        // 约翰松和布拉特, 路易斯与赫苏斯: two transliterated names joined by a conjunction or an
        // enumeration comma, each of three or more characters or a listed personal name,
        // between boundaries.
        for (std::size_t i : joiners) {
            if (i + 2 >= cp_.size() || !in_literal(U"和与、", cp_.at(i)) || taken_[i - 1] ||
                taken_[i + 1] || !filters_.transliteration(cp_.at(i - 1)) ||
                !filters_.transliteration(cp_.at(i + 1)))
                continue;
            std::size_t b = i;
            while (b > 0 && i - b < 10 && filters_.transliteration(cp_.at(b - 1)) && !taken_[b - 1])
                --b;
            const std::size_t second = transliteration_run(i + 1);
            if (b == i || second < 2 || i + 1 + second > cp_.size()) continue;
            auto name_like = [&](std::size_t from, std::size_t to) {
                return (to - from >= 3 && !dictionary_word(from, to) &&
                        !common_word_inside(from, to)) ||
                       word_tag(from, to - from) == 'r';
            };
            const bool left =
                b == 0 || !is_han(cp_.at(b - 1)) ||
                in_literal(U"的和与及同对向由是在把被给让据以有如像、", cp_.at(b - 1));
            if (!left || !name_like(b, i) || !name_like(i + 1, i + 1 + second) ||
                !name_boundary_after(i + 1 + second))
                continue;
            add_person(b, i, "", 0.6);
            add_person(i + 1, i + 1 + second, "", 0.6);
        }
        // 焦裕禄、孔繁森: a name before an enumeration comma and a person, after a boundary.
        for (std::size_t round = 0; round < 3; ++round)
            for (auto it = joiners.rbegin(); it != joiners.rend(); ++it) {
                const std::size_t i = *it;
                if (i < 2 || cp_.at(i) != U'、' || i + 1 >= cp_.size() ||
                    kind_[i + 1] != static_cast<int>(EntityType::person) || taken_[i - 1])
                    continue;
                for (std::size_t length = 3; length >= 2; --length) {
                    if (i < length) continue;
                    const std::size_t b = i - length;
                    const bool left_boundary =
                        b == 0 || !is_han(cp_.at(b - 1)) || taken_[b - 1] ||
                        in_literal(U"的和与及同对向由是在把被给让据像如、", cp_.at(b - 1));
                    if (left_boundary && name_at(b, false) == length && !dictionary_word(b, i)) {
                        add_person(b, i, "", 0.7);
                        break;
                    }
                }
            }
    }

    // Length of a list item at `i` that looks like a Chinese name: a strong surname and one
    // or two characters common in given names, no dictionary word (except a listed personal
    // name), ending at an enumeration comma or the list's end; 0 if none.
    std::size_t list_item_at(std::size_t i) const {
        if (const Candidate* c = mention_starting_at(i, EntityType::person))
            return c->end - i;  // found by another rule already
        const std::size_t s = surname_length(i);
        if (s == 0 || taken_[i] || (s == 1 && in(weak_surnames, cp_.at(i)))) return 0;
        const auto& given = given_chars();
        for (std::size_t length = s + 2; length >= s + 1; --length) {
            bool ok = true;
            for (std::size_t k = i + s; k < i + length && ok; ++k)
                ok = is_han(cp_.at(k)) && !taken_[k] && given.count(cp_.at(k)) &&
                     !filters_.non_name(cp_.at(k));
            if (!ok) continue;
            const char32_t next = cp_.at(i + length);
            if (next != U'、' && !name_boundary_after(i + length) && !in_literal(U"以等为", next))
                continue;
            if ((dictionary_word(i, i + length) && word_tag(i, length) != 'r') ||
                (length == s + 2 && dictionary_word(i, i + s + 1) && word_tag(i, s + 1) != 'r'))
                continue;
            return length;
        }
        return 0;
    }

    // 李亚莉、曾秀君 / 孔令辉、刘国梁: two or more name-like items joined by enumeration commas
    // support one another.
    void name_lists() {
        const std::size_t n = cp_.size();
        std::vector<std::pair<std::size_t, std::size_t>> items;
        for (std::size_t i = 0; i < n; ++i) {
            // Only where an enumeration comma follows within a name's length.
            if (!filters_.surname(cp_.at(i)) ||
                (cp_.at(i + 2) != U'、' && cp_.at(i + 3) != U'、' && cp_.at(i + 4) != U'、') ||
                (taken_[i] && !mention_starting_at(i, EntityType::person)))
                continue;
            const bool left = i == 0 || !is_han(cp_.at(i - 1)) || taken_[i - 1] ||
                              in_literal(U"的和与及同对向由是在把被给让据以有如像", cp_.at(i - 1));
            if (!left) continue;
            items.clear();
            std::size_t k = i;
            while (k < n) {
                const std::size_t length = list_item_at(k);
                if (length == 0) break;
                items.emplace_back(k, k + length);
                k += length;
                if (cp_.at(k) != U'、') break;
                ++k;
            }
            const bool closed = !items.empty() && cp_.at(items.back().second) != U'、';
            if (items.size() < 2 || !closed) continue;
            for (const auto& [b, e] : items) add_person(b, e, "", 0.6);
            i = items.back().second - 1;
        }
    }

    // A frequent two-character word inside [b, e): 加|比赛 is no transliterated name.
    // The text speaks of a match: a result verb or a score (3∶1, 2比0). Computed once.
    bool match_context() const {
        if (match_context_ < 0) {
            match_context_ = 0;
            static constexpr std::u32string_view cues[] = {
                U"战胜", U"击败", U"负于", U"输给", U"逼平", U"破门", U"进球", U"比分",
                U"联赛", U"主场", U"客场", U"比赛", U"决赛", U"夺冠", U"绝杀", U"扳回"};
            for (std::size_t i = 0; i < cp_.size() && match_context_ == 0; ++i) {
                for (std::u32string_view c : cues)
                    if (cp_.matches(i, c)) match_context_ = 1;
                if ((cp_.at(i) == U'∶' || cp_.at(i) == U'比' || cp_.at(i) == ':') && i > 0 &&
                    i + 1 < cp_.size() && is_ascii_digit(cp_.at(i - 1)) &&
                    is_ascii_digit(cp_.at(i + 1)))
                    match_context_ = 1;
            }
        }
        return match_context_ == 1;
    }

    bool common_word_inside(std::size_t b, std::size_t e) const {
        // Personal names inside are parts of the name (布朗|森).
        for (std::size_t k = b; k + 2 <= e; ++k)
            if (common_word(k, k + 2) && word_tag(k, 2) != 'r' && word_tag(k, 2) != 'p')
                return true;
        return false;
    }

    double idf(std::size_t b, std::size_t e) const {
        return IdfTable::instance().find(text_.substr(cp_.byte(b), cp_.byte(e) - cp_.byte(b)));
    }

    // A frequent dictionary word (IDF below that of rare words): 希望, not 登在.
    bool common_word(std::size_t b, std::size_t e) const {
        if (!dictionary_word(b, e)) return false;
        return IdfTable::instance().find(text_.substr(cp_.byte(b), cp_.byte(e) - cp_.byte(b))) <
               9.5;
    }

    bool dictionary_word(std::size_t b, std::size_t e) const {
        if (e < b + 2 || e > cp_.size() || e - b > kMaxWord) return false;
        return word_tag(b, e - b) != 0;
    }

    // The word class of the dictionary word of `length` characters at `b`, 0 if none.
    // Looked up once per position and length, then cached.
    char word_tag(std::size_t b, std::size_t length) const {
        char& slot = word_tags_[b * (kMaxWord - 1) + (length - 2)];
        if (slot == '?') {
            slot = 0;
            const IdfTable& table = IdfTable::instance();
            bool han = true;
            for (std::size_t k = b; k < b + length; ++k) han = han && is_han(cp_.at(k));
            char tag = 0;
            if (han && table.may_have_length(cp_.at(b), cp_.at(b + 1), length) &&
                table.find(text_.substr(cp_.byte(b), cp_.byte(b + length) - cp_.byte(b)), &tag) >=
                    0)
                slot = tag;
        }
        return slot;
    }

    // Surname + one or two characters common in given names, between boundaries.
    void generic_names() {
        const auto& given = given_chars();
        const std::size_t n = cp_.size();
        for (std::size_t i = 0; i < n; ++i) {
            if (taken_[i] || !is_han(cp_.at(i))) continue;
            const std::size_t s = surname_length(i);
            if (s == 0 || (s == 1 && in(weak_surnames, cp_.at(i)))) continue;
            // 过程中: the surname character ends a word with the character before it.
            if (i > 0 && !taken_[i - 1] && dictionary_word(i - 1, i + 1)) continue;
            const bool left_boundary =
                i == 0 || !is_han(cp_.at(i - 1)) || taken_[i - 1] ||
                in_literal(U"的和与及同对向由是在把被给让据说称为请了着过到从将使令叫派、",
                           cp_.at(i - 1));
            // A dictionary word closing right before the surname (研究|周恩来, 判处|辛业江)
            // is a boundary for a full three-character name.
            const bool word_before = !left_boundary && word_ends_at(i);
            // 学者方东, 肢残人刘涛, 女儿潘琳: a name right after an occupation or a kin noun.
            if (!left_boundary && occupation_ends_at(i) && !word_across_start(i) &&
                (!dictionary_word(i, i + 2) || word_tag(i, 2) == 'r')) {
                const std::size_t length = name_at(i, true);
                if (length > 0 && length <= 3) {
                    add_person(i, i + length, "", 0.7);
                    i += length - 1;
                    continue;
                }
            }
            if (!left_boundary && !word_before) {
                // 找|赵雅琴: after any other character only a name of high score.
                const std::size_t e = s == 1 ? scored_name_end(i, false, kStrongNameScore) : 0;
                if (e != 0 && !dictionary_word(i, e)) {
                    add_person(i, e, "", 0.6);
                    i = e - 1;
                }
                continue;
            }
            auto name_char = [&](std::size_t k) {
                return k < n && is_han(cp_.at(k)) && !taken_[k] && given.count(cp_.at(k)) &&
                       !filters_.non_name(cp_.at(k));
            };
            std::size_t e = 0;
            // At the start of a sentence or clause a full three-character name needs no
            // boundary after it (袁步兵本人…).
            const bool clause_start = i == 0 || in_literal(U"，,。；;：:“\n", cp_.at(i - 1));
            if (name_char(i + s) && name_char(i + s + 1) &&
                (name_boundary_after(i + s + 2) || (clause_start && s == 1) ||
                 word_starts_at(i + s + 2)) &&
                // 康复 is listed as a name too: a frequent word is no surname and given name.
                (!dictionary_word(i, i + s + 1) ||
                 (word_tag(i, s + 1) == 'r' && !common_word(i, i + s + 1))) &&
                given_pair_ok(i + s) && !dictionary_word(i, i + s + 2) &&
                (name_boundary_after(i + s + 2) || !dictionary_word(i + s + 1, i + s + 3)))
                e = i + s + 2;
            // 彭小民是, 蒋天才的: a given name that is also a common noun or adjective, between
            // clear boundaries on both sides.
            else if (!word_before && s == 1 && name_char(i + 1) && name_char(i + 2) &&
                     (i == 0 ||
                      in_literal(U",;:，。；：“、的和与是在从对把被向\n", cp_.at(i - 1))) &&
                     !suffix_at(i + 1) && in_literal(U"naN", word_tag(i + 1, 2)) &&
                     !dictionary_word(i, i + 2) && !dictionary_word(i, i + 3) &&
                     name_boundary_after(i + 3) && !dictionary_word(i + 2, i + 4) &&
                     !title_or_kin_at(i + 1))
                e = i + 3;
            else if (!word_before && name_char(i + s) &&
                     (!is_han(cp_.at(i + s + 1)) || speech_or_title_at(i + s + 1) ||
                      in_literal(U"在是说和等也的对曾已又还将以从就", cp_.at(i + s + 1))) &&
                     !dictionary_word(i, i + s + 1) && !dictionary_word(i + s, i + s + 2) &&
                     !dictionary_word(i, i + s + 3))  // 严阵以待
                e = i + s + 1;
            // A full name the lexicon lists as a personal name (nr) between boundaries.
            if (e == 0 && s == 1 && name_char(i + 1) && name_char(i + 2) && word_tag(i, 3) == 'r' &&
                !dictionary_word(i + 2, i + 4) &&
                (name_boundary_after(i + 3) || word_starts_at(i + 3) || clause_start)) {
                add_person(i, i + 3, "", 0.75);
                i += 2;
                continue;
            }
            if (e == 0 && s == 1) {
                // The scored rules accept names the lexicon lists as names.
                e = scored_name_end(i, clause_start, kNameScore);
                if (e == 0 && !word_before) e = scored_short_name_end(i);
                if (e != 0 && dictionary_word(i, e) && word_tag(i, e - i) == 'r') {
                    add_person(i, e, "", 0.75);
                    i = e - 1;
                    continue;
                }
            }
            if (e == 0 || dictionary_word(i, e)) continue;
            add_person(i, e, "", 0.6);
            i = e - 1;
        }
    }

    // 张俊峰首先, 周慧敏曾: a surname and two given characters without any cue, accepted when
    // the characters are together far more frequent in names than in running text (statistics
    // of data/names) and no word of the lexicon runs across the name's edges.
    std::size_t scored_name_end(std::size_t i, bool clause_start, int threshold) const {
        const std::size_t e = i + 3;
        // 《白牡丹》: a work's title opening like a name needs a cue of its own.
        if (e > cp_.size() || (i > 0 && cp_.at(i - 1) == U'《')) return 0;
        const NameCharStats& first = name_stats(cp_.at(i + 1));
        const NameCharStats& second = name_stats(cp_.at(i + 2));
        // Before a speech verb or a title (孙和杰说, 周人杰强调) a lower score will do.
        const bool cue_after = speech_or_title_at(e);
        if (cue_after) threshold -= kSpeechCueBonus;
        // Function characters (的, 在) only where names do not disfavour them much (全 in
        // 王全胜, 同 in 李同和; 和, 人 before a speech verb).
        const int function_floor = cue_after ? -20 : -7;
        for (std::size_t k = i + 1; k < e; ++k)
            if (!is_han(cp_.at(k)) || taken_[k] ||
                (filters_.non_name(cp_.at(k)) &&
                 (k == i + 1 ? first.first : second.second) < function_floor))
                return 0;
        const int score = name_stats(cp_.at(i)).surname + first.first + second.second;
        // A surname and given character that make a word (康复|回) or a given name that is a
        // common word (杨|全军) need a much higher score.
        if ((dictionary_word(i, e) && word_tag(i, 3) != 'r') ||
            (((dictionary_word(i, i + 2) && word_tag(i, 2) != 'r') ||
              (common_word(i + 1, e) && !proper_word(i + 1, e))) &&
             score < threshold + kCommonGivenPenalty))
            return 0;
        // 郭子清|却: a few adverbs end a clause subject too.
        const bool boundary = name_boundary_after(e) || in_literal(U"却又便才", cp_.at(e));
        if (!boundary && !clause_start && !word_starts_at(e)) return 0;
        // 张俊峰|首先, 李富森|立即: a word after the name more frequent than the one across its
        // end.
        if (!boundary && dictionary_word(e - 1, e + 1) &&
            !(dictionary_word(e, e + 2) && idf(e, e + 2) < idf(e - 1, e + 1)))
            return 0;
        return score >= threshold ? e : 0;
    }

    // 邹晖与, 刘涛和: a surname and one given character after a clear boundary, before a
    // particle or punctuation, scored like scored_name_end (two-character names are
    // words more often, so the threshold is higher).
    std::size_t scored_short_name_end(std::size_t i) const {
        const std::size_t e = i + 2;
        if (e >= cp_.size() || !is_han(cp_.at(i + 1)) || taken_[i + 1] ||
            filters_.non_name(cp_.at(i + 1)))
            return 0;
        const char32_t next = cp_.at(e);
        const bool particle = !is_han(next) || speech_or_title_at(e) ||
                              in_literal(U"在是和与等也的对曾已又还将以从就都却便才则", next);
        // Jieba lists many words as names (叶子, 王朝): a two-character word is no name here.
        if (!particle || dictionary_word(i, e) || dictionary_word(e - 1, e + 1) ||
            dictionary_word(i, e + 1))
            return 0;
        const int score = name_stats(cp_.at(i)).surname + name_stats(cp_.at(i + 1)).single;
        return score >= kShortNameScore ? e : 0;
    }

    // Thresholds on the summed log-likelihood ratios x10 of scored_name_end, tuned on
    // held-out news text for precision: after a clear boundary, and after any character.
    static constexpr int kNameScore = 50;
    static constexpr int kCommonGivenPenalty = 25;  // a given name that is a common word
    static constexpr int kShortNameScore = 60;
    static constexpr int kSpeechCueBonus = 15;
    static constexpr int kStrongNameScore = 55;

    // [b, e) is a personal name or another proper noun of the lexicon.
    bool proper_word(std::size_t b, std::size_t e) const {
        const char tag = word_tag(b, e - b);
        return tag == 'r' || tag == 'p';
    }

    // A title or kinship word at `k` (王|先生, 李|大爷, 张|师傅): no given name.
    bool title_or_kin_at(std::size_t k) const {
        if (speech_or_title_at(k)) return true;
        for (std::u32string_view h : honorifics)
            if (cp_.matches(k, h)) return true;
        for (std::u32string_view t : titles_before)
            if (cp_.matches(k, t)) return true;
        return false;
    }

    // The two given characters at `k` are no common word; a proper name (金|大中, 陈|亚平)
    // is a given name as often as not.
    // Three transliteration characters with a proper noun inside are rather a foreign
    // name or brand (桑|塔纳), which needs a cue of its own.
    bool given_pair_ok(std::size_t k) const {
        const char tag = word_tag(k, 2);
        if (tag == 0) return true;
        if (tag != 'r' && tag != 'p') return false;
        return !(filters_.transliteration(cp_.at(k - 1)) && filters_.transliteration(cp_.at(k)) &&
                 filters_.transliteration(cp_.at(k + 1)));
    }

    // A dictionary word runs across the start of `k` (家|喻户晓).
    bool word_across_start(std::size_t k) const {
        for (std::size_t a = k >= 3 ? k - 3 : 0; a < k; ++a)
            for (std::size_t b = k + 1; b <= a + kMaxWord && b <= cp_.size(); ++b)
                if (dictionary_word(a, b)) return true;
        return false;
    }

    // A dictionary word of 2-4 characters ends at `k` and none runs across it.
    bool word_ends_at(std::size_t k) const {
        if (k < 2 || dictionary_word(k - 1, k + 1)) return false;
        for (std::size_t length = 2; length <= 4 && length <= k; ++length)
            if (!taken_[k - length] && dictionary_word(k - length, k)) return true;
        return false;
    }
    // A dictionary word of 2-4 characters starts at `k` and none runs across it.
    bool word_starts_at(std::size_t k) const {
        if (k == 0 || k >= cp_.size() || dictionary_word(k - 1, k + 1)) return false;
        for (std::size_t length = 2; length <= 4; ++length)
            if (dictionary_word(k, k + length)) return true;
        return false;
    }

    bool speech_or_title_at(std::size_t k) const {
        if (!filters_.speech_first(cp_.at(k)) && !filters_.titles_after_first(cp_.at(k)))
            return false;
        for (std::u32string_view v : speech_verbs)
            if (cp_.matches(k, v)) return true;
        for (std::u32string_view t : titles_after)
            if (cp_.matches(k, t)) return true;
        return false;
    }

    // ---- quotes --------------------------------------------------------------------------
    void quotes(std::vector<Mention>& out) {
        std::vector<std::pair<std::size_t, std::size_t>> pairs;  // code point indices
        for (std::size_t i = 0; i < cp_.size(); ++i) {
            if (cp_.at(i) != U'“') continue;
            std::size_t k = i + 1;
            while (k < cp_.size() && cp_.at(k) != U'”' && cp_.at(k) != U'“' && cp_.at(k) != U'\n')
                ++k;
            if (k < cp_.size() && cp_.at(k) == U'”') {
                pairs.emplace_back(i, k + 1);
                i = k;
            }
        }
        for (const auto& [b, e] : pairs) {
            const std::size_t inner = e - b - 2;
            std::string speaker = speaker_after(e);
            if (speaker.empty()) speaker = speaker_before(b);
            const bool sentence = in_literal(U"。！？!?…", cp_.at(e - 2));
            if (speaker.empty() && !sentence) continue;
            if (inner < 4) continue;
            Mention m;
            m.type = EntityType::quote;
            m.begin = cp_.byte(b);
            m.end = cp_.byte(e);
            m.text = cp_.utf8(text_, b + 1, e - 1);
            m.speaker = speaker;
            m.confidence = speaker.empty() ? 0.6 : 0.85;
            m.key = std::to_string(m.begin);
            out.push_back(std::move(m));
        }
    }

    // “…”医务部主任邹颖表示 / “…”他说: the first person after the quote, before a verb.
    std::string speaker_after(std::size_t e) const {
        for (std::size_t k = e; k < cp_.size() && k <= e + 12; ++k) {
            if (in_literal(U"。！？!?“\n", cp_.at(k))) return {};
            const Candidate* c = mention_starting_at(k, EntityType::person);
            if (!c) continue;
            for (std::u32string_view v : speech_verbs)
                if (cp_.matches(c->end, v)) return c->mention.text;
        }
        return {};
    }
    // 邹颖表示:“…” — a person and a speech verb right before the quote.
    std::string speaker_before(std::size_t b) const {
        std::size_t k = b;
        while (k > 0 && in_literal(U":：,， ", cp_.at(k - 1))) --k;
        for (std::u32string_view v : speech_verbs) {
            if (k < v.size() + 1 || !cp_.matches(k - v.size(), v)) continue;
            const std::size_t end = k - v.size();
            const std::int32_t id = mention_at_[end - 1];
            if (id >= 0 &&
                accepted_[static_cast<std::size_t>(id)].mention.type == EntityType::person &&
                accepted_[static_cast<std::size_t>(id)].end == end)
                return accepted_[static_cast<std::size_t>(id)].mention.text;
        }
        return {};
    }

    const Candidate* mention_starting_at(std::size_t k, EntityType type) const {
        const std::int32_t id = mention_at_[k];
        if (id < 0) return nullptr;
        const Candidate& c = accepted_[static_cast<std::size_t>(id)];
        return c.begin == k && c.mention.type == type ? &c : nullptr;
    }

    std::string_view text_;
    CodePoints cp_;
    const RecognizerOptions& options_;
    const Gazetteer& gazetteer_;
    const Filters& filters_;  // looked up once, not per character
    std::vector<char> taken_;
    static constexpr std::size_t kMaxWord = 6;  // longest dictionary word looked up
    mutable std::vector<char> word_tags_;       // per position and length: '?' unknown yet
    std::vector<int> kind_;                     // type of the mention covering each position
    std::vector<std::int32_t> mention_at_;      // index into accepted_ of that mention, -1 if none
    std::vector<std::uint32_t>
        place_lengths_;               // bit L: a gazetteer name of L characters starts here
    mutable int match_context_ = -1;  // match_context(): -1 not yet known
    std::vector<Candidate> accepted_;
};

}  // namespace

bool starts_with_surname(std::string_view name) {
    const std::u32string cps = to_u32(name);
    if (cps.empty()) return false;
    for (std::u32string_view s : compound_surnames)
        if (cps.compare(0, s.size(), s) == 0) return true;
    return in(single_surnames, cps[0]);
}

std::vector<Mention> recognize(std::string_view text, const RecognizerOptions& options) {
    // The recognizer keeps about 30 bytes of state per character: very long texts are taken
    // in chunks cut at line ends (at a character boundary when a line is longer than a chunk).
    constexpr std::size_t kChunk = std::size_t{1} << 20;
    if (text.size() <= kChunk) return Recognizer(text, options).run();
    std::vector<Mention> out;
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = std::min(text.size(), begin + kChunk);
        if (end < text.size()) {
            const std::size_t newline = text.rfind('\n', end);
            if (newline != std::string_view::npos && newline > begin) {
                end = newline + 1;
            } else {
                while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
                    --end;
            }
        }
        for (Mention& m : Recognizer(text.substr(begin, end - begin), options).run()) {
            m.begin += begin;
            m.end += begin;
            out.push_back(std::move(m));
        }
        begin = end;
    }
    return out;
}

}  // namespace detail
}  // namespace broadsheet

#undef in_literal
