#include "segmenter/byline.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "segmenter/chars.hpp"

namespace broadsheet {
namespace detail {

namespace {

struct BuiltinRole {
    const char* text;
    AuthorRole role;
};

// Role words as printed in bylines, credits and editor lines.
// 患者家属　任小梅, 市民 王五: a letter signed by the kind of reader who wrote it. Writers'
// roles, read only with a space after the word and one person's name after it.
constexpr std::string_view self_described_readers[] = {
    "患者家属", "患者家屬", "学生家长", "學生家長", "家长",  "家長",
    "市民",     "网友",     "網友",     "消费者",   "消費者"};

constexpr BuiltinRole builtin_roles[] = {
    {"本报特约记者", AuthorRole::special_correspondent},
    {"本报特约通讯员", AuthorRole::special_correspondent},
    {"特约记者", AuthorRole::special_correspondent},
    {"特派记者", AuthorRole::special_correspondent},
    {"特派员", AuthorRole::special_correspondent},
    {"特派員", AuthorRole::special_correspondent},
    {"编译", AuthorRole::writer},
    {"編譯", AuthorRole::writer},
    // (通讯员 陈榕 检察官助理 魏思琪: a court's or procuratorate's staff writing its news.)
    {"检察官助理", AuthorRole::correspondent},
    {"法官助理", AuthorRole::correspondent},
    // (检察官 姚佳音 under a prosecutor's notes: the one who kept them.)
    {"检察官", AuthorRole::writer},
    {"檢察官", AuthorRole::writer},
    {"法官", AuthorRole::writer},
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
    // Cadets of a military academy write for its paper (学员 张昊天).
    {"学员", AuthorRole::writer},
    {"學員", AuthorRole::writer},
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
    {"执行主编", AuthorRole::editor},
    {"本版主编", AuthorRole::editor},
    {"主编", AuthorRole::editor},  // 主编：X  责任编辑：Y over a page
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
    {"审核", AuthorRole::editor},
    {"终审", AuthorRole::editor},
    {"审校", AuthorRole::editor},
    {"组版", AuthorRole::editor},
    {"排版", AuthorRole::editor},
    {"视觉", AuthorRole::editor},
    {"摄影", AuthorRole::photographer},
    {"本报特约评论员", AuthorRole::writer},
    {"本报评论员", AuthorRole::writer},
    {"特约评论员", AuthorRole::writer},
    {"评论员", AuthorRole::writer},
    {"撰文", AuthorRole::writer},
    {"撰稿", AuthorRole::writer},
    {"作者", AuthorRole::writer},
    {"编译", AuthorRole::writer},  // 编译 X／综合外电: a wire story translated and compiled
    {"編譯", AuthorRole::writer},
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
    {"主編", AuthorRole::editor},
    {"本版編輯", AuthorRole::editor},
    {"美術編輯", AuthorRole::editor},
    {"版式設計", AuthorRole::editor},
    {"版面設計", AuthorRole::editor},
    {"版面设计", AuthorRole::editor},
    {"版面编辑", AuthorRole::editor},
    {"版面編輯", AuthorRole::editor},
    {"責編", AuthorRole::editor},
    {"審核", AuthorRole::editor},
    {"終審", AuthorRole::editor},
    {"審校", AuthorRole::editor},
    {"製圖", AuthorRole::editor},
    {"編輯", AuthorRole::editor},
    {"美編", AuthorRole::editor},
    {"校對", AuthorRole::editor},
    {"評論員", AuthorRole::writer},
    // Label roles: only before a slash or colon (文/X 图/Y, 报道：X 摄影：Y, 文并摄/X).
    {"圖", AuthorRole::photographer},
    {"文", AuthorRole::writer},
    {"图", AuthorRole::photographer},
    {"摄", AuthorRole::photographer},  // 文/程雪 摄/卢鹏
    {"攝", AuthorRole::photographer},
    {"报道", AuthorRole::writer},
    {"报导", AuthorRole::writer},
    {"報導", AuthorRole::writer},
    {"報道", AuthorRole::writer},
    {"文并摄", AuthorRole::writer},
    {"文並攝", AuthorRole::writer},
    // 文/图 余洁: text and photographs by one person.
    {"指导老师", AuthorRole::writer},  // a pupil's article and the teacher who guided it
    {"指导教师", AuthorRole::writer},
    {"点评教师", AuthorRole::writer},  // and the teacher who commented on it
    {"点评老师", AuthorRole::writer},
    {"點評教師", AuthorRole::writer},
    {"點評老師", AuthorRole::writer},
    {"指導老師", AuthorRole::writer},
    {"指導教師", AuthorRole::writer},
    // 援助律师 吕志刚 实习律师 邓佳: lawyers writing up a case (律师 alone heads columns:
    // 律师说法, 【律师信箱】).
    {"援助律师", AuthorRole::writer},
    {"实习律师", AuthorRole::writer},
    {"执业律师", AuthorRole::writer},
    {"值班律师", AuthorRole::writer},
    {"實習律師", AuthorRole::writer},
    {"執業律師", AuthorRole::writer},
    {"读者", AuthorRole::writer},  // 读者 宋建国: a reader's letter signed
    {"讀者", AuthorRole::writer},
    {"科普作者", AuthorRole::writer},  // （科普作者　宫立新）: a science page's writer
    {"美术", AuthorRole::editor},  // 责编：郑美玲 美术：林文辉: the page's art editor
    {"美術", AuthorRole::editor},
    {"统筹", AuthorRole::editor},  // 统筹：南都记者 周琳: who coordinated the page's reports
    {"統籌", AuthorRole::editor},
    {"采写", AuthorRole::writer},  // 采写：南都记者 X: the reporters who gathered and wrote it
    {"採寫", AuthorRole::writer},
    {"口述", AuthorRole::writer},  // 口述：X 整理：Y: a memoir told by X, written down by Y
    {"整理", AuthorRole::writer},
    // (（文字整理：李　航）, （資料整理：鄭家輝）: who wrote up the answers or the figures.)
    {"文字整理", AuthorRole::writer},
    {"资料整理", AuthorRole::writer},
    {"資料整理", AuthorRole::writer},
    {"文·图", AuthorRole::writer},  // 文·图/柯婷: text and photographs, a dot between
    {"图·文", AuthorRole::writer},
    {"文·圖", AuthorRole::writer},
    {"文/图", AuthorRole::writer},
    {"图/文", AuthorRole::writer},
    // 记者 高晓燕 文图 马骏: text and photographs, set solid (图文 only as a label: 图文并茂).
    {"文图", AuthorRole::writer},
    {"文圖", AuthorRole::writer},
    {"图文", AuthorRole::writer},
    {"圖文", AuthorRole::writer},
    {"文/圖", AuthorRole::writer},
    {"圖/文", AuthorRole::writer},
    {"文／图", AuthorRole::writer},
    {"图／文", AuthorRole::writer},
    // 報導／攝影：黃美玲: one person reported and photographed.
    {"报道/摄影", AuthorRole::writer},
    {"報導/攝影", AuthorRole::writer},
    {"報道/攝影", AuthorRole::writer},
};

// Role words that are also words of running text (报道, 文): roles only as a label before a
// slash or a colon. (文·图 with its dot is no word of running text: 文·图 马丽娟 signs.)
bool is_label_role(std::string_view word) {
    if (char_count(word) == 1) return true;
    for (std::string_view label :
         {"报道", "报导", "報導", "報道", "文并摄", "文並攝", "美术", "美術", "统筹", "統籌",
          "采写", "採寫", "口述", "整理", "图文", "圖文", "文字整理", "资料整理", "資料整理"})
        if (word == label) return true;
    return false;
}

// A role word may carry a prefix the built-in list lacks (学生记者, 晚报首席记者,
// 财经证券报记者, 央视记者, 本报驻京记者): qualifiers, read from the end of the prefix, after
// the name of a paper, agency or station.
constexpr std::string_view role_qualifiers[] = {
    "全媒体", "融媒体", "新媒体", "全媒體", "融媒體", "大学生", "大學生", "首席", "资深", "資深",
    "高级", "高級", "学生", "學生", "校园", "校園", "少年", "特派", "特约", "特約", "见习", "見習",
    "实习", "實習", "摄影", "攝影", "视频", "視頻", "随队", "隨隊", "跟队", "跟隊", "前方", "小",
    "融媒", "全媒", "本厂", "本廠",
    // 工人通讯员, 农民通讯员: the worker-correspondents of older factory and county papers.
    "工人", "农民", "農民", "战士", "戰士", "职工", "職工"};
// How the name of a paper, agency, station or app ends (都市报, 央视, 人民网, 东方卫视, 川观新闻).
// 新闻 only before names (is_role_only): 最美新闻记者 alone is a headline.
// 县融媒体中心, 新闻传媒中心: a county's or city's media centre.
constexpr std::string_view media_endings[] = {
    "频道", "頻道", "报",   "報",   "台",         "社",       "网",       "網",       "刊",
    "视",   "視",   "新闻", "新聞", "融媒体中心", "融媒中心", "传媒中心", "新闻中心", "融媒體中心"};
// Bytes of the longest prefix tried: ten Han characters (中央人民广播电台, 财经证券报首席).
constexpr std::size_t max_role_prefix_bytes = 10 * 3;

// `opening`: the prefix opens the byline, with no name before it to have been glued on.
bool is_role_prefix(std::string_view prefix, bool qualifiers_only, bool opening = false) {
    bool qualified = false, media_centre = false;
    auto strip_qualifiers = [&] {
        for (bool stripped = true; stripped && !prefix.empty();) {
            stripped = false;
            for (std::string_view qualifier : role_qualifiers) {
                if (ends_with(prefix, qualifier)) {
                    prefix.remove_suffix(qualifier.size());
                    qualified = stripped = true;
                    media_centre = media_centre || qualifier == "融媒" || qualifier == "融媒体" ||
                                   qualifier == "融媒體" || qualifier == "全媒体" ||
                                   qualifier == "全媒" || qualifier == "全媒體";
                    break;
                }
            }
        }
    };
    strip_qualifiers();
    // 驻京, 驻广东: stationed at a place of one to four characters.
    for (std::string_view stationed : {"驻", "駐"}) {
        const std::size_t at = prefix.rfind(stationed);
        if (at == std::string_view::npos) continue;
        const std::size_t place_chars = char_count(prefix.substr(at + stationed.size()));
        if (place_chars < 1 || place_chars > 4) continue;
        prefix = prefix.substr(0, at);
        qualified = true;
        strip_qualifiers();
        break;
    }
    if (prefix.empty()) return qualified;
    if (qualifiers_only || char_count(prefix) < 2)
        return false;  // 报记者 is the tail of a word, not a paper
    // 新华日报·交汇点, 成都商报-红星新闻, 扬子晚报/紫牛新闻, 新甘肃·甘肃日报: a paper and its
    // app or channel (in either order), joined by a middle dot, a hyphen or a slash.
    for (std::string_view dot : {"·", "・", "-", "－", "/", "／"}) {
        const std::size_t at = prefix.rfind(dot);
        if (at == std::string_view::npos) continue;
        const std::string_view before = prefix.substr(0, at);
        const std::string_view brand = prefix.substr(at + dot.size());
        constexpr std::size_t max_brand_chars = 6;  // 读创客户端
        const std::size_t brand_chars = char_count(brand), before_chars = char_count(before);
        return (brand_chars >= 1 && brand_chars <= max_brand_chars &&
                is_role_prefix(before, false)) ||
               (before_chars >= 1 && before_chars <= max_brand_chars &&
                is_role_prefix(brand, false));
    }
    for (std::string_view ending : media_endings)
        if (ends_with(prefix, ending)) return true;
    // YMG全媒体记者, SMG记者: a media group's brand in Latin capitals, before a qualifier.
    constexpr std::size_t min_brand_letters = 2, max_brand_letters = 5;
    if (prefix.size() >= min_brand_letters && prefix.size() <= max_brand_letters &&
        std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return true;
    // 陵水融媒记者: a county's media centre named by its county alone (not a person's name
    // glued before the role, 记者刘台融媒记者; but opening the byline, 南雄 is a county even
    // if it reads like a name).
    constexpr std::size_t min_place_chars = 2, max_place_chars = 4;
    if (media_centre && all_han(prefix) && char_count(prefix) >= min_place_chars &&
        char_count(prefix) <= max_place_chars &&
        (opening || !BylineParser::looks_like_person_name(prefix)))
        return true;
    // 南都记者: papers and apps known by a short name of their own.
    for (std::string_view brand :
         {"南都", "北青", "澎湃", "红星", "紅星", "封面", "上游", "极目", "九派", "津云", "大皖"})
        if (prefix == brand) return true;
    return false;
}

// Words saying where a report was written from: 北京报道, 台北報導.
constexpr std::string_view report_words[] = {"报道", "报导", "報導", "報道"};

// Roles printed after the names: 张三/文 李四/图, 林伟明 报道, 蒋一帆 文并摄 (longest first).
constexpr std::string_view trailing_roles[] = {"文并摄", "文並攝", "报道",  "报导",  "報導",
                                               "報道",   "文/图",  "文/圖", "图/文", "圖/文",
                                               "文",     "图",     "圖"};  // 邹一鸣 文/图
AuthorRole trailing_role_of(std::string_view word) {
    return word == "图" || word == "圖" ? AuthorRole::photographer : AuthorRole::writer;
}

// Words after names that end a credit: "X、Y参与采写", "X 摄".
constexpr std::string_view credit_suffixes[] = {"对本文亦有贡献",
                                                "對本文亦有貢獻",
                                                "亦有贡献",
                                                "参与采写",
                                                "参与采访",
                                                "參與採訪",
                                                "采访整理",
                                                "综合报道",
                                                "综合外电",
                                                "联合报道",
                                                "采写",
                                                "整理",
                                                "报道",
                                                "报导",
                                                "执笔",
                                                "摄影",
                                                "摄",
                                                "參與採寫",
                                                "採訪整理",
                                                "綜合報導",
                                                "綜合外電",
                                                "採寫",
                                                "報道",
                                                "報導",
                                                "攝影",
                                                "攝",
                                                "供稿"};  // （王建军供稿）: a person who
                                                          // supplied the text (a department is
                                                          // no person)

// A name never ends in one of these: they make an organisation or a place.
constexpr std::string_view
    organisation_endings[] = {"部",   "局",   "委",   "办",   "院",   "所",   "社",   "报",
                              "台",   "网",   "站",   "厅",   "处",   "科",   "队",   "中心",
                              "公司", "集团", "大学", "学院", "学校", "协会", "政府", "街道",
                              "社区", "省",   "市",   "县",   "区",   "镇",   "乡",   "村",
                              "讯",   "电",   "组",   "会",   "馆",   "园",   "厂",   "行",
                              "提供", "供图", "供圖"};  // 图：受访者提供 credits nobody by name

// Sources of datelines, longest first within a shared prefix.
constexpr std::string_view agencies[] = {
    "中国新闻社", "国际在线", "人民日报", "光明日报", "经济日报", "工人日报", "中国日报",
    "央视新闻", "新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "光明网", "央广网",
    "法新社", "路透社", "美联社", "共同社", "塔斯社", "韩联社", "本报", "本刊", "本台", "本网",
    "中央社", "新華社", "美聯社", "本報", "本網",
    // Other national agencies quoted by overseas Chinese papers.
    "加通社", "德新社", "俄新社", "安莎社", "埃菲社", "越通社", "澳联社", "澳聯社", "卫星社",
    "衛星社", "韓聯社"};

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
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "赖洪阎钮丘畅竺习";
// Traditional forms of the common surnames that differ from the simplified ones (Hong Kong,
// Taiwan and overseas papers).
constexpr const char* traditional_surnames =
    "陳張劉楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧蔣鍾譚陸賈鄒龔萬錢嚴戴湯顏聶關蘭閻賴鄔邊閔魯"
    "韋饒倫麥羅許閆龍賀顧溫齊喬龐莊歐寧紀畢單駱藍鮑華陽時農繆簡車項連蘆婁竇黨宮費衛應師欒"
    "榮叢鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥蓋練豐國計晉門雲來闕烏況鮮諸戰銀賓陰堯閉";
constexpr std::string_view compound_surnames[] = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文", "司徒",
    "夏侯", "端木", "公孙", "轩辕", "独孤", "南宫", "西门", "百里", "呼延", "申屠", "澹台", "太史",
    "闻人", "万俟", "东郭",
    // Yi clan names, which stand before the given name like a surname (吉克阿呷, 曲比阿果).
    "吉克", "沙马", "曲比", "阿苏", "吉伍", "俄底", "海来", "勒格", "阿的", "吉木", "莫色", "阿库",
    "俄木", "瓦其", "果基", "吉史", "阿说", "马海", "日火", "阿约", "加拉", "阿尔"};

// Common elements of Tibetan personal names as written in Chinese (次仁, 卓嘎, 扎西, 平措):
// a Tibetan name of four characters is two of them (次仁卓嘎), with no surname.
constexpr std::string_view tibetan_name_elements[] = {
    "扎西", "次仁", "平措", "卓嘎", "卓玛", "德吉", "央金", "格桑", "旦增", "丹增", "多吉",
    "尼玛", "普布", "拉姆", "索朗", "达瓦", "巴桑", "边巴", "洛桑", "白玛", "曲珍", "次旦",
    "顿珠", "强巴", "罗布", "米玛", "拉巴", "旺堆", "群培", "仁增", "朗杰", "贡嘎", "土登",
    "益西", "阿旺", "嘎玛", "桑珠", "嘉措", "加措", "措姆", "玉珍", "白珍", "央宗", "拉珍",
    "次珍", "琼达", "欧珠", "旺姆", "才让", "更登", "旦正", "卓么", "措吉", "拉毛", "仁青",
    "索南", "加央", "格列", "仓决", "曲吉", "斯朗", "泽仁", "泽郎", "降措", "俄珠", "巴珍",
    "德庆", "贡布", "普琼", "多布", "洛追", "白央", "扎巴", "晋美", "单增", "四朗"};

bool is_tibetan_name(std::string_view name) {
    constexpr std::size_t element_bytes = 6;  // two Han characters of the BMP
    if (name.size() != 2 * element_bytes || char_count(name) != 4) return false;
    auto element = [](std::string_view part) {
        return std::find(std::begin(tibetan_name_elements), std::end(tibetan_name_elements),
                         part) != std::end(tibetan_name_elements);
    };
    return element(name.substr(0, element_bytes)) && element(name.substr(element_bytes));
}

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
    for (std::string_view surnames : {common_surnames, traditional_surnames}) {
        const std::size_t at = surnames.find(name.substr(0, 3));
        if (at != std::string_view::npos && at % 3 == 0) return true;
    }
    return false;
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
    if (at >= text.size()) return 0;
    const std::size_t rest = text.size() - at;
    const char* here = text.data() + at;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string_view word = words[i];
        // (The first character's bytes turn most words away before a full comparison: this
        // runs at every position of every candidate line.)
        if (word.empty() || rest < word.size() || here[0] != word[0]) continue;
        if (word.size() >= 3 && (here[1] != word[1] || here[2] != word[2])) continue;
        if (std::memcmp(here, word.data(), word.size()) == 0) return word.size();
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

// Separators between a dateline or a byline and the lead: spaces, a colon, with `dashes` a
// dash. Returns where the lead starts; `visible_end` is the end of the last visible separator
// (0 if none), which belongs to what it follows.
std::size_t skip_lead_separators(std::string_view text, std::size_t p, bool dashes,
                                 std::size_t& visible_end) {
    visible_end = 0;
    std::size_t length = 0;
    while (p < text.size()) {
        const char32_t c = code_point_at(text, p, length);
        // (本報訊／正濱漁港…: a slash may set the dateline off too.)
        if (!is_space(c) && c != ':' && c != U'：' && c != '/' && c != U'／' &&
            !(dashes && (c == U'—' || c == '-')))
            break;
        p += length;
        if (!is_space(c)) visible_end = p;
    }
    return p;
}

// Closes a bracketed byline `text[start, after)`: the separators after it join it (visible
// ones in its byline span too) and the lead starts past them.
void finish_bracketed_byline(BylineResult& result, std::string_view text, std::size_t base,
                             std::size_t start, std::size_t after, double confidence) {
    result.byline_span = Span{base + start, base + after};
    std::size_t visible_end = 0;
    const std::size_t p = skip_lead_separators(text, after, true, visible_end);
    if (visible_end > 0) result.byline_span.end = base + visible_end;
    result.span = Span{base + start, base + p};
    result.rest_begin = base + p;
    result.confidence = confidence;
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
    int trailing_roles = 0;             // roles printed after names (张三/文, 林伟明 报道)
    bool spaced_trailing_role = false;  // one of them after a space only (林伟明 报道)
    Span place;                      // 北京 in 记者 张三 北京报道 (offsets into the text)
    std::size_t report_end = 0;      // the end of that 报道
    bool place_after_slash = false;  // 記者王大明／台北報導
    bool compiled_report = false;    // 記者X、Y／綜合報導: from several places
    bool bulleted = false;           // set by the caller: the line opens with a byline bullet
    bool coordinated = false;        // 统筹：X: a page coordinator's line, whatever roles follow
};

BylineParser::BylineParser(const std::vector<RoleWord>& extra_role_words) {
    for (const RoleWord& word : extra_role_words)
        if (!word.text.empty()) role_words_.push_back(word);
    for (const BuiltinRole& word : builtin_roles) role_words_.push_back({word.text, word.role});
    for (std::string_view word : self_described_readers)
        role_words_.push_back({std::string(word), AuthorRole::writer});
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
    return match_role(text, at, role, RolePrefix::any);
}

namespace {
// The bytes of a correspondent station's name at `at` (共享联盟·义乌站, two to six characters,
// a middle dot, two to six more ending in 站; or 本报 and a place before 记者站) followed by a
// space; 0 if none.
std::size_t station_role_length(std::string_view text, std::size_t at) {
    constexpr std::size_t max_part_chars = 6, station_bytes = 3;
    std::size_t k = at, before_dot = 0, after_dot = 0, length = 0;
    // 本报内罗毕记者站 林涛: the paper's own station in a place, no dot.
    for (std::string_view paper : {"本报", "本報"}) {
        if (text.compare(at, paper.size(), paper) != 0) continue;
        // (The characters after 本报: a place of two to eight, then 记者站's three.)
        constexpr std::size_t min_place_chars = 2, max_place_chars = 8, station_word_chars = 3;
        std::size_t end = at + paper.size(), chars = 0;
        while (end < text.size() && chars <= max_place_chars + station_word_chars &&
               is_han(code_point_at(text, end, length))) {
            end += length;
            ++chars;
        }
        const std::string_view station = text.substr(at, end - at);
        if (chars >= min_place_chars + station_word_chars &&
            (ends_with(station, "记者站") || ends_with(station, "記者站")) && end < text.size() &&
            is_space(code_point_at(text, end, length)))
            return end - at;
    }
    bool dot = false;
    while (k < text.size()) {
        const char32_t c = code_point_at(text, k, length);
        if (c == U'·' && !dot && before_dot >= 2) {
            dot = true;
        } else if (is_han(c)) {
            ++(dot ? after_dot : before_dot);
        } else {
            break;
        }
        k += length;
        if (before_dot > max_part_chars || after_dot > max_part_chars) return 0;
    }
    if (!dot || after_dot < 2 || text.compare(k - station_bytes, station_bytes, "站") != 0 ||
        k >= text.size() || !is_space(code_point_at(text, k, length)))
        return 0;
    return k - at;
}
}  // namespace

std::size_t BylineParser::match_role(std::string_view text, std::size_t at, AuthorRole& role,
                                     RolePrefix allowed, bool* prefixed) const {
    if (prefixed) *prefixed = false;
    if (const std::size_t matched = match_listed_role(text, at, role)) return matched;
    if (allowed == RolePrefix::none) return 0;
    // 共享联盟·义乌站 楼晓东: a paper's correspondent station, named by its network and its
    // place, then a space; the station is the role as printed.
    if (allowed == RolePrefix::any || allowed == RolePrefix::opening)
        if (const std::size_t station = station_role_length(text, at)) {
            role = AuthorRole::correspondent;
            return station;
        }
    // Most positions inside a run of names start no qualifier: one look rejects them.
    if (allowed == RolePrefix::qualifiers &&
        !match_any(text, at, role_qualifiers, std::size(role_qualifiers)) &&
        !starts_with(text.substr(at), "驻") && !starts_with(text.substr(at), "駐"))
        return 0;
    // A prefix and the first listed role word of two characters or more after it (学生 + 记者,
    // 晚报 + 首席记者). The prefix never holds a role word: in 记者刘台通讯员 the role is 记者.
    std::size_t k = at, length = 0;
    while (k < text.size() && k - at <= max_role_prefix_bytes) {
        const char32_t c = code_point_at(text, k, length);
        // 新华日报·交汇点记者, 成都商报-红星新闻记者, 扬子晚报/紫牛新闻记者: a dot, a hyphen or
        // a slash may join a paper and its app.
        if (!is_han(c) && !(c >= 'A' && c <= 'Z') &&
            !(k > at &&
              (c == U'·' || c == U'・' || c == '-' || c == U'－' || c == '/' || c == U'／')))
            break;
        if (k > at) {
            AuthorRole core = AuthorRole::unknown;
            const std::size_t n = match_listed_role(text, k, core);
            if (n && !is_label_role(text.substr(k, n))) {
                // 羊城|晚报记者: 羊城 is no prefix, but 羊城晚报 before 记者 names a paper.
                if (!is_role_prefix(text.substr(at, k - at), allowed == RolePrefix::qualifiers,
                                    allowed == RolePrefix::opening)) {
                    k += length;
                    continue;
                }
                role = core;
                if (prefixed) *prefixed = true;
                return k - at + n;
            }
        }
        k += length;
    }
    return 0;
}

std::size_t BylineParser::match_listed_role(std::string_view text, std::size_t at,
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
        // 口述 徐德明　整理 胡 月: the pair names who told and who wrote, spaced as names are.
        const bool told_and_written =
            (word.text == "口述" && text.find("整理") != std::string_view::npos) ||
            (word.text == "整理" && text.find("口述") != std::string_view::npos);
        if (is_label_role(word.text) && !told_and_written) {
            // 文, 图, 报道 are role words only before a slash or colon (文/张三, 报道：李四).
            std::size_t after = matched + at;
            std::size_t length = 0;
            while (after < text.size() && text[after] == ' ') ++after;  // 文 / 王小燕
            if (after >= text.size()) continue;
            const char32_t c = code_point_at(text, after, length);
            // (报道 · 林慧敏, 摄影 · 陈志强: Singapore papers set a middle dot apart.)
            const bool spaced_dot = c == U'·' && after > matched + at;
            if (c != '/' && c != U'／' && c != ':' && c != U'：' && c != U'|' && !spaced_dot)
                continue;
            // 记者陈国华报道:苏州…: 报道 glued to a name ends that byline; it labels no name.
            if (at > 0 && (word.text == "报道" || word.text == "報導" || word.text == "報道")) {
                const std::size_t previous = last_char_begin(text.substr(0, at));
                if (is_han(code_point_at(text, previous, length))) continue;
            }
        }
        role = word.role;
        return matched;
    }
    return 0;
}

namespace {
// A colon at `at` (after spaces) with more text after it before `end`.
bool lead_after_colon(std::string_view text, std::size_t at, std::size_t end) {
    const std::size_t colon_at = skip_spaces(text, at, end);
    if (colon_at >= end) return false;
    std::size_t length = 0;
    const char32_t colon = code_point_at(text, colon_at, length);
    return (colon == ':' || colon == U'：') && skip_spaces(text, colon_at + length, end) < end;
}
}  // namespace

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
    // What came last: a name (张三), a space after a name (张三 ), a slash after a name (张三/).
    enum class After { other, name, name_space, name_slash } after = After::other;
    // 王芳 深圳、苏州报道: the first token of the current run of tokens joined by 、, and
    // whether the last separator was a 、.
    std::size_t chain_start = std::string_view::npos;
    bool after_enumeration_comma = false;
    std::size_t role_end = std::string_view::npos;           // where the last role word ended
    std::size_t prefixed_role_end = std::string_view::npos;  // and if it had a prefix
    // The names since the last role word take a role printed after them (张三/文, 林伟明 报道).
    auto give_trailing_role = [&](AuthorRole trailing, std::string_view printed) {
        bool given = false;
        for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
            if (it->role != role || it->role_text != role_text) break;
            if (it->role != AuthorRole::unknown) {
                // 本报记者 张三 报道 stays a reporter; 本报记者 罗浩/文 杜凯/图: 杜凯, printed
                // as a reporter, took the photographs.
                if (trailing == AuthorRole::photographer) it->role = trailing;
                given = true;
                break;
            }
            it->role = trailing;
            it->role_text.assign(printed);
            given = true;
        }
        return given;
    };
    std::size_t p = begin;
    while (p < end) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, p, length);
        if (is_space(c) || is_bullet(c)) {
            if (after == After::name) after = After::name_space;
            p += length;
            continue;
        }
        if (is_name_separator(c)) {
            after_enumeration_comma = c == U'、' && after == After::name;
            const bool slash = c == '/' || c == U'／';
            after = slash && (after == After::name || after == After::name_space)
                        ? After::name_slash
                        : After::other;
            separator_seen = true;
            p += length;
            continue;
        }
        if (starts_with(text.substr(p), "作者为") || starts_with(text.substr(p), "作者系") ||
            starts_with(text.substr(p), "作者是") || starts_with(text.substr(p), "作者单位") ||
            starts_with(text.substr(p), "作者為") || starts_with(text.substr(p), "作者係") ||
            starts_with(text.substr(p), "作者單位")) {
            out.affiliation = true;
            return true;
        }
        // （本栏目由本报记者 赵婷 整理）: the column's preamble is no part of the role.
        if (after == After::other) {
            static constexpr std::string_view column_preambles[] = {
                "本栏目由", "本版由", "本期由", "本文由", "本欄目由", "本專欄由", "本专栏由"};
            const auto preamble =
                std::find_if(std::begin(column_preambles), std::end(column_preambles),
                             [&](std::string_view w) { return starts_with(text.substr(p), w); });
            if (preamble != std::end(column_preambles)) {
                p += preamble->size();
                separator_seen = true;
                continue;
            }
            // 新湖南客户端 记者 曾晓明 报道: the paper's app named before the role, apart.
            if (tokens.empty()) {
                std::size_t q = p, app_length = 0;
                while (q < end && is_han(code_point_at(text, q, app_length))) q += app_length;
                const std::string_view app = text.substr(p, q - p);
                if (q < end && q > p && text[q] == ' ' &&
                    (ends_with(app, "客户端") || ends_with(app, "客戶端"))) {
                    p = q;
                    separator_seen = true;
                    continue;
                }
            }
        }
        const After before = after;
        after = After::other;
        // 邹一鸣 文/图 closing the line: a role printed after the name, though 文/图 is a role
        // word before names too.
        if (before == After::name_space) {
            for (std::string_view late : {"文/图", "文/圖", "图/文", "圖/文"}) {
                if (!starts_with(text.substr(p, end - p), late)) continue;
                if (skip_spaces(text, p + late.size(), end) < end) break;
                if (give_trailing_role(AuthorRole::writer, late)) {
                    ++out.trailing_roles;
                    out.spaced_trailing_role = true;
                    separator_seen = true;
                    p += late.size();
                }
                break;
            }
            if (p >= end) break;
        }
        AuthorRole matched = AuthorRole::unknown;
        // A prefixed role word (学生记者) never starts right after another role word: in
        // 记者刘台通讯员 the name is 刘台.
        bool prefixed = false;
        std::size_t told_or_written = 0;
        // 黄桂兰 口述 本报记者 苏航 整理: who told it and who wrote it down, each word after the
        // name it labels (a name with no role word before it, or the line's last word).
        // (哈丽特·温斯洛 文　陈露 译: who wrote it and who translated it, the same way.)
        if (before == After::name_space && !tokens.empty()) {
            constexpr std::pair<std::string_view, std::string_view> pairs[] = {
                {"口述", "整理"}, {"整理", "口述"}, {"文", "译"},
                {"译", "文"},     {"文", "譯"},     {"譯", "文"}};
            for (const auto& [word, other] : pairs) {
                if (!starts_with(text.substr(p), word)) continue;
                // (One character, 文 or 译, stands alone between spaces or at the line's end.)
                if (word.size() == 3 && p + word.size() < end && text[p + word.size()] != ' ')
                    continue;
                if (text.find(other) == std::string_view::npos) break;
                std::size_t after_word = skip_spaces(text, p + word.size(), end);
                std::size_t l = 0;
                while (after_word < end && is_close_paren(code_point_at(text, after_word, l)))
                    after_word = skip_spaces(text, after_word + l, end);
                if (tokens.back().role != AuthorRole::unknown && after_word < end) break;
                if (give_trailing_role(AuthorRole::writer, word)) {
                    ++out.trailing_roles;
                    out.spaced_trailing_role = true;
                    separator_seen = true;
                    told_or_written = word.size();
                }
                break;
            }
            if (told_or_written) {
                p += told_or_written;
                told_or_written = 0;
                continue;
            }
        }
        // （陈思远　编译）, 卫涛 张媛 摄影报道: a compiler's or a photo reporter's word closing
        // the line after names with no role word before them labels those names, like 报道.
        // (With one, 本报记者 刘强 摄影报道, the names keep the role printed before them.)
        if (before == After::name_space && !tokens.empty() &&
            tokens.back().role == AuthorRole::unknown) {
            constexpr std::string_view closing[] = {"摄影报道", "攝影報導", "攝影報道", "编译",
                                                    "編譯"};
            if (const std::size_t n = match_any(text, p, closing, std::size(closing))) {
                std::size_t after_word = skip_spaces(text, p + n, end);
                std::size_t l = 0;
                while (after_word < end && is_close_paren(code_point_at(text, after_word, l)))
                    after_word = skip_spaces(text, after_word + l, end);
                const std::string_view word = text.substr(p, n);
                const bool photo = starts_with(word, "摄影") || starts_with(word, "攝影");
                if (after_word >= end &&
                    give_trailing_role(photo ? AuthorRole::photographer : AuthorRole::writer,
                                       word)) {
                    ++out.trailing_roles;
                    out.spaced_trailing_role = true;
                    out.photo_suffix |= photo;
                    separator_seen = true;
                    p += n;
                    continue;
                }
            }
        }
        const RolePrefix allowed = p == role_end                           ? RolePrefix::none
                                   : tokens.empty() && out.role_words == 0 ? RolePrefix::opening
                                                                           : RolePrefix::any;
        if (const std::size_t n = match_role(text, p, matched, allowed, &prefixed)) {
            role = matched;
            role_text.assign(text.substr(p, n));
            if (tokens.empty() && (role_text == "统筹" || role_text == "統籌"))
                out.coordinated = true;
            ++out.role_words;
            separator_seen = true;
            p += n;
            role_end = p;
            prefixed_role_end = prefixed ? p : std::string_view::npos;
            continue;
        }
        // A role printed after the names: 张三/文 李四/图, 林伟明 报道, 蒋一帆 文并摄.
        if (before == After::name_slash || before == After::name_space) {
            const std::size_t n = match_any(text, p, trailing_roles, std::size(trailing_roles));
            const bool spaced_word_ok =
                before == After::name_slash || char_count(text.substr(p, n)) > 1;
            if (n && spaced_word_ok && suffix_boundary(text, p + n, end)) {
                const AuthorRole trailing = trailing_role_of(text.substr(p, n));
                if (give_trailing_role(trailing, text.substr(p, n))) {
                    ++out.trailing_roles;
                    if (before == After::name_space) out.spaced_trailing_role = true;
                    if (trailing == AuthorRole::photographer) out.photo_suffix = true;
                    separator_seen = true;
                    p += n;
                    continue;
                }
            }
        }
        if (const std::size_t n = match_any(text, p, credit_suffixes, std::size(credit_suffixes))) {
            if (suffix_boundary(text, p + n, end)) {
                const std::string_view suffix = text.substr(p, n);
                if (suffix == "摄" || suffix == "摄影" || suffix == "攝" || suffix == "攝影") {
                    out.photo_suffix = true;
                    // The names since the last role word took the photos.
                    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
                        if (it->role != role || it->role_text != role_text) break;
                        it->role = AuthorRole::photographer;
                        if (it->role_text.empty()) it->role_text.assign(suffix);
                    }
                } else {
                    // 记者陈国华报道:苏州… (the lead run on after the colon): a dateline's lead.
                    if (lead_after_colon(text, p + n, end)) return false;
                    out.credit_suffix = true;
                    out.compiled_report |= suffix == "综合报道" || suffix == "綜合報導" ||
                                           suffix == "综合外电" || suffix == "綜合外電";
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
        // 作者：韩雪梅（省社会科学院哲学研究所）: the writer's affiliation after the name.
        // □　周　敏（营养师）: after a byline bullet, a post closing the line.
        if (is_open_paren(c) && (out.role_words > 0 || out.bulleted) && !tokens.empty() &&
            (before == After::name || before == After::name_space)) {
            constexpr std::size_t max_affiliation_bytes = 120;
            std::size_t q = p + length;
            while (q < end && q - p < max_affiliation_bytes) {
                std::size_t l = 0;
                if (is_close_paren(code_point_at(text, q, l))) break;
                q += l;
            }
            std::size_t l = 0;
            if (q < end && is_close_paren(code_point_at(text, q, l)) &&
                (out.role_words > 0 || q + l == end)) {
                p = q + l;
                separator_seen = true;
                continue;
            }
        }
        if (!is_name_char(c)) return false;
        // A run of name characters, cut before a role word or a credit suffix.
        std::size_t q = p, chars = 0;
        // Longer runs of characters are sentences or organisations: not a byline line.
        constexpr std::size_t max_run_chars = 10;
        while (q < end) {
            std::size_t l = 0;
            if (!is_name_char(code_point_at(text, q, l))) break;
            // 努尔比亚·阿不都热依木: a dotted name may run to sixteen characters.
            constexpr std::size_t max_dotted_run_chars = 16;
            if (chars >= max_run_chars && !starts_with(text.substr(p, q - p), "发自") &&
                (chars >= max_dotted_run_chars ||
                 text.substr(p, q - p).find("·") == std::string_view::npos))
                return false;
            // 宋　佳摄, 余  涛报道: a padded name's last character with 摄 or 报道 glued to it.
            if (chars == 1 && before == After::name_space) {
                const std::size_t glued =
                    starts_with(text.substr(q), "摄") || starts_with(text.substr(q), "攝") ? 3
                    : starts_with(text.substr(q), "报道") || starts_with(text.substr(q), "報導")
                        ? 6
                        : 0;
                if (glued && suffix_boundary(text, q + glued, end)) break;
                // 刘  洋参与采写: the same with a credit's closing words.
                const std::size_t credit =
                    match_any(text, q, credit_suffixes, std::size(credit_suffixes));
                if (credit && suffix_boundary(text, q + credit, end)) break;
            } else if (chars == 1 &&
                       (starts_with(text.substr(q), "摄") || starts_with(text.substr(q), "攝")) &&
                       suffix_boundary(text, q + 3, end)) {
                break;
            }
            if (chars >= 2) {
                AuthorRole ignored;
                // Inside a run only qualifiers: 乔安然学生记者 is cut before 学生记者, but
                // 中央人民广播电台记者 not after 中央.
                if (match_role(text, q, ignored, RolePrefix::qualifiers)) break;
                const std::size_t n =
                    match_any(text, q, credit_suffixes, std::size(credit_suffixes));
                if (n && suffix_boundary(text, q + n, end)) break;
                if (starts_with(text.substr(q), "发自")) break;  // 陈晨发自杭州
            }
            q += l;
            ++chars;
        }
        // Where the names were written from, before 报道: 记者 张三 北京报道 (after spaces),
        // 記者王大明／台北報導 (after a slash). The place is no name.
        // 東京18日報導: the day of the report may stand between the place and 報導.
        std::size_t report_at = q;
        if (before == After::name_slash) {
            std::size_t d = q, digits = 0, l = 0;
            while (d < end && digits < 6) {
                const char32_t digit = code_point_at(text, d, l);
                if (!is_digit(digit) && digit != U'月') break;
                d += l;
                ++digits;
            }
            if (digits > 0 && d < end && code_point_at(text, d, l) == U'日') report_at = d + l;
        }
        const std::size_t report =
            match_any(text, report_at, report_words, std::size(report_words));
        // 余  涛报道: one character before 报道 after a padded name's first one is that name's
        // last, not a place (places have two characters or more).
        const bool padded_name_end = chars == 1 && !tokens.empty() && tokens.back().chars == 1 &&
                                     before == After::name_space;
        const bool place_before_report =
            report && !tokens.empty() && !padded_name_end &&
            ((tokens.back().role_text == role_text && !separator_seen) ||
             before == After::name_slash);
        // 本报记者 王芳 深圳、苏州报道: places joined by 、 after a space behind the names.
        const bool place_list = report && !place_before_report && after_enumeration_comma &&
                                chain_start != std::string_view::npos && chain_start > 0 &&
                                chain_start < tokens.size() &&
                                tokens[chain_start].spaces_only_before &&
                                tokens[chain_start].chars >= 2 &&  // 罗 斌、王子墨报道: a name
                                tokens[chain_start - 1].role_text == role_text;
        if (place_list) {
            out.place = Span{tokens[chain_start].begin, q};
            out.place_after_slash = false;
            out.report_end = report_at + report;
            tokens.resize(chain_start);
            q = report_at;
        } else if (place_before_report) {
            out.place = Span{p, q};
            out.place_after_slash = before == After::name_slash;
            out.report_end = report_at + report;
            q = report_at;
            // 韩思远 周敏  深圳 上海报道: places before the last one, separated by spaces, are
            // tokens without a person's name shape.
            while (before != After::name_slash && tokens.size() >= 2 &&
                   tokens.back().spaces_only_before && tokens.back().role_text == role_text &&
                   tokens.back().chars >= 2 &&
                   !looks_like_person_name(
                       text.substr(tokens.back().begin, tokens.back().end - tokens.back().begin))) {
                out.place.begin = tokens.back().begin;
                tokens.pop_back();
            }
        }
        if (place_before_report || place_list || ends_with(text.substr(p, q - p), "报道") ||
            ends_with(text.substr(p, q - p), "報導")) {
            // …北京报道:今天… (the lead run on after the colon): a dateline's lead.
            if ((place_before_report || place_list) && lead_after_colon(text, out.report_end, end))
                return false;
            p = q;
            separator_seen = true;
            continue;
        }
        // 受访者：李文华, 受访专家：X: a word before a colon that is no role word labels the
        // line (an interviewee, a source), which is then no byline.
        const std::size_t next = skip_spaces(text, q, end);
        if (next < end) {
            const char32_t following = code_point_at(text, next, length);
            if (following == ':' || following == U'：') return false;
        }
        // 学生记者团成立: a name printed right after a prefixed role word must look like one.
        if (p == prefixed_role_end && !starts_with_surname(text.substr(p, q - p))) return false;
        if (!after_enumeration_comma) chain_start = tokens.size();
        after_enumeration_comma = false;
        tokens.push_back({p, q, chars, !separator_seen, role, role_text});
        separator_seen = false;
        after = After::name;
        p = q;
    }

    // Names padded or letter-spaced (程  龙, 张 建 国) come as one-character tokens: join a
    // run of them in pairs, or all three when there are three (no name has one character).
    std::vector<Token> merged;
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t run = 1;
        while (tokens[i].chars == 1 && i + run < tokens.size() && tokens[i + run].chars == 1 &&
               tokens[i + run].spaces_only_before &&
               tokens[i + run].role_text == tokens[i].role_text)
            ++run;
        // (本报记者　谢　雨　文　程　林　摄: 文 after a padded name and before another, the line
        // closing with 摄, is the role between them.)
        {
            const std::string_view here =
                text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
            const std::string_view line_end = trim(text.substr(0, end));
            if (here == "文" && !merged.empty() && run >= 3 &&
                (ends_with(line_end, "摄") || ends_with(line_end, "攝"))) {
                ++i;
                continue;
            }
        }
        std::size_t group = run == 3 ? 3 : std::min<std::size_t>(run, 2);
        // 曾　宪　武　王　家　富: two three-character names letter-spaced in one run; the
        // surnames say where the second starts (pairs would make 曾宪, 武王, 家富).
        auto surname_at = [&](std::size_t k) {
            return starts_with_surname(
                text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
        };
        if (run == 6 && surname_at(i) && surname_at(i + 3) &&
            !(surname_at(i + 2) && surname_at(i + 4)))
            group = 3;
        if (run == 5 && surname_at(i) && surname_at(i + 3) && !surname_at(i + 2)) group = 3;
        // 胡  珂 文  钱一鸣 摄: a padded name, then the role 文 (or 图) after a narrower gap
        // than the padding; a letter-spaced name (张 建 文) keeps even gaps.
        bool trailing_role_after = false;
        if (run >= 3) {
            const std::size_t padding = tokens[i + 1].begin - tokens[i].end;
            const std::size_t gap = tokens[i + 2].begin - tokens[i + 1].end;
            const std::string_view third =
                text.substr(tokens[i + 2].begin, tokens[i + 2].end - tokens[i + 2].begin);
            // (本报记者 郝　鹏 文　吉学文 摄: even gaps, but 文 then a whole name and a closing
            // 摄 make the same form.)
            const std::string_view line_end = trim(text.substr(0, end));
            const bool text_then_photo = third == "文" && i + 3 < tokens.size() &&
                                         tokens[i + 3].chars >= 2 &&
                                         (ends_with(line_end, "摄") || ends_with(line_end, "攝"));
            if ((gap < padding && (third == "文" || third == "图" || third == "圖" ||
                                   third == "攝" || third == "摄")) ||
                text_then_photo) {
                group = 2;
                trailing_role_after = true;
            }
        }
        // 本报记者　王　　磊　刘 / 晓峰: a padded name, then after a gap half as wide a
        // surname ending the line, cut from its given name by the line end.
        if (run == 3 && i + 3 == tokens.size() && !trailing_role_after) {
            const std::size_t padding = tokens[i + 1].begin - tokens[i].end;
            const std::size_t gap = tokens[i + 2].begin - tokens[i + 1].end;
            if (padding >= 2 * gap &&
                trim(text.substr(tokens[i + 2].end, end - tokens[i + 2].end)).empty() &&
                starts_with_surname(
                    text.substr(tokens[i + 2].begin, tokens[i + 2].end - tokens[i + 2].begin)))
                group = 2;
        }
        // 欧 阳 建 国, 欧阳 建国: a compound surname and its given name, letter-spaced.
        auto compound_at = [&](std::size_t k, std::size_t chars_needed) {
            const std::size_t last_end =
                chars_needed == 2 ? tokens[k + 1].end : tokens[k].end;  // two tokens or one
            const std::string joined =
                without_spaces(text.substr(tokens[k].begin, last_end - tokens[k].begin));
            return std::any_of(std::begin(compound_surnames), std::end(compound_surnames),
                               [&](std::string_view c) { return joined == c; });
        };
        if (run == 4 && compound_at(i, 2)) group = 4;
        if (run == 1 && tokens[i].chars == 2 && i + 1 < tokens.size() && tokens[i + 1].chars <= 2 &&
            tokens[i + 1].spaces_only_before && tokens[i + 1].role_text == tokens[i].role_text &&
            compound_at(i, 1))
            group = 2;
        // 高晓燕 文 马骏 图: a lone 文 or 图 between whole names is the role of the name before
        // it, not a surname of the name after it (the role word printed first still wins).
        if (run == 1 && tokens[i].chars == 1 && i > 0 && tokens[i - 1].chars >= 2 &&
            i + 1 < tokens.size() && tokens[i + 1].chars >= 2 &&
            tokens[i].role_text == tokens[i - 1].role_text) {
            const std::string_view lone =
                text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
            if (lone == "文" || lone == "图" || lone == "圖") {
                ++i;
                continue;
            }
        }
        // 刘 春梅: a surname cut from its given name by a stray space (OCR); one character
        // alone is no name.
        if (run == 1 && tokens[i].chars == 1 && i + 1 < tokens.size() && tokens[i + 1].chars == 2 &&
            tokens[i + 1].spaces_only_before && tokens[i + 1].role_text == tokens[i].role_text &&
            starts_with_surname(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)))
            group = 2;
        merged.push_back(tokens[i]);
        if (group > 1) {
            merged.back().end = tokens[i + group - 1].end;
            merged.back().chars = 0;
            for (std::size_t k = i; k < i + group; ++k) merged.back().chars += tokens[k].chars;
        }
        i += group + (trailing_role_after ? 1 : 0);
    }

    for (const Token& token : merged) {
        std::string name = without_spaces(text.substr(token.begin, token.end - token.begin));
        // Two characters are a surname and a given name (张园, 李村); organisation names are
        // longer, or end in a longer word (中心, 公司).
        // 彭园园, 李乐乐: a surname and a doubled given name is a person's.
        const bool doubled_given_name =
            token.chars == 3 && name.size() >= 6 &&
            name.compare(name.size() - 6, 3, name, name.size() - 3, 3) == 0 &&
            starts_with_surname(name);
        bool organisation = false;
        for (std::string_view ending : organisation_endings)
            if (ends_with(name, ending) && (token.chars >= 3 || ending.size() > 3) &&
                !doubled_given_name)
                organisation = true;
        const bool foreign =
            name.find("·") != std::string::npos || name.find("•") != std::string::npos;
        // 记者 那仁格日勒: a Mongolian or Tibetan name of five characters, printed without a
        // dot, after a role word (guessed: no common word inside).
        bool five = false;
        // (林美華紐約報導: a name and a place glued to 報導 is read by the report form.)
        const bool before_suffix =
            match_any(text, token.end, credit_suffixes, std::size(credit_suffixes)) > 0;
        if (token.chars == 5 && !foreign && token.role != AuthorRole::unknown &&
            !token.role_text.empty() && !before_suffix && out.role_words > 0) {
            five = true;
            for (const char* word : {"的", "了", "在", "是", "和", "说", "从", "到", "对", "地",
                                     "得", "着", "把", "被", "让", "为"})
                five = five && name.find(word) == std::string::npos;
            if (five) ++out.guessed;
        }
        // 記者林佩珊聖荷西報導, 记者王芳北京报道: a name and the place it was written from glued
        // to 报道 after a role word. Most names have three characters; four in all are two
        // and two. (A place list would do better; the segmenter keeps none.)
        const std::size_t report =
            match_any(text, token.end, report_words, std::size(report_words));
        constexpr std::size_t min_glued_chars = 4, max_glued_chars = 7;
        if (report > 0 && !foreign && token.chars >= min_glued_chars &&
            token.chars <= max_glued_chars && !token.role_text.empty() && out.place.empty() &&
            starts_with_surname(name)) {
            const std::size_t name_chars = token.chars == min_glued_chars ? 2 : 3;
            std::size_t cut = token.begin;
            for (std::size_t c = 0, l = 0; c < name_chars && cut < token.end; ++c) {
                code_point_at(text, cut, l);
                cut += l;
            }
            // (杨明参与报道: a credit's words before 报道 are no place.)
            const std::string_view rest = text.substr(cut, token.end - cut);
            bool credit_words = false;
            for (std::string_view w : {"参与", "參與", "联合", "聯合", "综合", "綜合", "共同",
                                       "采访", "採訪", "现场", "現場"})
                credit_words = credit_words || starts_with(rest, w);
            if (credit_words) {
                ++out.rejected;
                continue;
            }
            out.authors.push_back({std::string(text.substr(token.begin, cut - token.begin)),
                                   token.role, token.role_text,
                                   Span{base + token.begin, base + cut}});
            out.place = Span{cut, token.end};
            out.report_end = token.end + report;
            ++out.guessed;
            continue;
        }
        // 本报评论员文章: the commentator's article, a column's label, names nobody.
        if (name == "文章" || name == "文章：" || name == "專欄" || name == "专栏")
            organisation = true;
        if (organisation || token.chars < 2 ||
            (token.chars > 4 && !foreign && token.chars != 6 && !five) || token.chars > 16) {
            ++out.rejected;
            continue;
        }
        // Two three-character names printed together, unless the first starts with no
        // surname (额尔敦毕力格: one Mongolian name).
        if (token.chars == 6 && !foreign && !starts_with_surname(name)) {
            ++out.guessed;
            out.authors.push_back({std::move(name), token.role, token.role_text,
                                   Span{base + token.begin, base + token.end}});
            continue;
        }
        if (token.chars == 6 && !foreign) {
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

namespace {
// A line that is one author's byline and nothing else: `name` at `name_at` in `text`, whose
// first byte is at `base` in the caller's text.
BylineResult one_author_line(std::string_view text, std::size_t base, std::size_t name_at,
                             std::string_view name, const char* role_text, double confidence) {
    BylineResult result;
    result.kind = BylineKind::byline;
    result.authors.push_back({std::string(name), AuthorRole::writer, role_text,
                              Span{base + name_at, base + name_at + name.size()}});
    result.span = Span{base, base + text.size()};
    result.byline_span = result.span;
    result.rest_begin = result.span.end;
    result.confidence = confidence;
    return result;
}
}  // namespace

BylineResult BylineParser::parse_line(std::string_view line, std::size_t base) const {
    // A byline is short (the longest on the 1,275 test pages has 85 characters, most of them
    // padding): a longer line is text, and trying every role word along it would cost a pass
    // over it per word.
    if (line.size() > max_line_bytes) return BylineResult{};
    // （作者单位：衡水湖国家级自然保护区管理委员会 韩东旭）: the unit, then the writer's name.
    {
        std::size_t offset = 0;
        const std::string_view trimmed = trim(line, &offset);
        for (std::string_view opening :
             {"（作者单位：", "(作者单位:", "（作者单位:", "(作者单位："}) {
            if (!starts_with(trimmed, opening)) continue;
            std::size_t length = 0;
            const std::size_t close = last_char_begin(trimmed);
            if (close <= opening.size() || !is_close_paren(code_point_at(trimmed, close, length)))
                break;
            const std::string_view inner = trimmed.substr(0, close);
            const std::size_t space = inner.rfind(' ');
            if (space == std::string_view::npos || space < opening.size()) break;
            const std::string_view name = inner.substr(space + 1);
            if (!looks_like_person_name(name)) break;
            BylineResult result = one_author_line(trimmed, base + offset, space + 1, name, "", 0.6);
            result.kind = BylineKind::credit;
            result.byline_span = Span{};
            return result;
        }
    }
    // （赵启明、本报特约记者　韦　东）: a unit's writer named first without a role word, then
    // the paper's reporter with one (military papers close items so).
    {
        std::size_t offset = 0;
        const std::string_view trimmed = trim(line, &offset);
        std::size_t open_length = 0, close_length = 0;
        const std::size_t close = last_char_begin(trimmed);
        const std::size_t comma = trimmed.find("、");
        if (!trimmed.empty() && is_open_paren(code_point_at(trimmed, 0, open_length)) &&
            is_close_paren(code_point_at(trimmed, close, close_length)) &&
            comma != std::string_view::npos && comma > open_length && comma < close) {
            const std::string_view first = trimmed.substr(open_length, comma - open_length);
            const std::size_t rest_at = comma + std::string_view("、").size();
            AuthorRole role = AuthorRole::unknown;
            if (looks_like_person_name(first) && match_role_word(trimmed, rest_at, role) > 0) {
                BylineResult rest = parse_line_with(trimmed.substr(rest_at, close - rest_at),
                                                    base + offset + rest_at, nullptr);
                if (rest.kind == BylineKind::byline && !rest.authors.empty()) {
                    rest.authors.insert(
                        rest.authors.begin(),
                        Author{std::string(first), AuthorRole::unknown, std::string(),
                               Span{base + offset + open_length, base + offset + comma}});
                    rest.kind = BylineKind::credit;
                    rest.span = Span{base + offset, base + offset + trimmed.size()};
                    rest.byline_span = Span{};
                    rest.rest_begin = rest.span.end;
                    return rest;
                }
            }
        }
    }
    // ■ 科普辅导员 宋佳琪: after a byline bullet, a post the role list lacks (…员, …师) and
    // one person's name; the post is the role as printed.
    {
        std::size_t offset = 0;
        const std::string_view trimmed = trim(line, &offset);
        std::size_t length = 0;
        if (!trimmed.empty() && is_bullet(code_point_at(trimmed, 0, length))) {
            const std::size_t post_at = skip_spaces(trimmed, length, trimmed.size());
            const std::size_t space = trimmed.find(' ', post_at);
            if (space != std::string_view::npos) {
                const std::string_view post = trimmed.substr(post_at, space - post_at);
                const std::size_t name_at = skip_spaces(trimmed, space, trimmed.size());
                const std::string_view name = trimmed.substr(name_at);
                constexpr std::size_t min_post_chars = 3, max_post_chars = 6;
                const std::size_t post_chars = char_count(post);
                // (□ 律师　黄  斌: a profession of two characters only as a known title, since
                // 律师 alone also heads columns; the name may be padded.)
                bool titled = false;
                for (std::string_view title : {"律师", "律師", "医师", "醫師", "药师", "藥師",
                                               "教师", "教師", "讲师", "講師"})
                    titled = titled || post == title;
                bool han = (post_chars >= min_post_chars || titled) && post_chars <= max_post_chars;
                han = han && all_han(post);
                AuthorRole listed = AuthorRole::unknown;
                const std::string squeezed = without_spaces(name);
                constexpr std::size_t max_padded_name_chars = 3;
                const bool name_ok =
                    name.find(' ') == std::string_view::npos
                        ? looks_like_person_name(name)
                        : titled && char_count(squeezed) <= max_padded_name_chars &&
                              all_han(squeezed) && looks_like_person_name(squeezed);
                if (han && !match_role_word(post, 0, listed) &&
                    (ends_with(post, "员") || ends_with(post, "員") || ends_with(post, "师") ||
                     ends_with(post, "師")) &&
                    name_ok) {
                    BylineResult result =
                        one_author_line(trimmed, base + offset, name_at, name, "", 0.6);
                    result.authors.front().name = squeezed;
                    result.authors.front().role_text.assign(post);
                    return result;
                }
            }
        }
    }
    // （作者：蕭明哲，為投信投資長）: the writer, then the post, which the general parse would
    // read as a second name after the comma.
    {
        std::size_t offset = 0;
        const std::string_view trimmed = trim(line, &offset);
        if ((starts_with(trimmed, "（作者") || starts_with(trimmed, "(作者")) &&
            trimmed.find("单位") == std::string_view::npos &&
            trimmed.find("單位") == std::string_view::npos) {
            BylineResult affiliated = parse_affiliated_credit(trimmed, base + offset);
            if (affiliated.kind != BylineKind::none && affiliated.authors.size() == 1 &&
                looks_like_person_name(affiliated.authors.front().name))
                return affiliated;
        }
    }
    BylineResult result = parse_line_with(line, base, nullptr);
    if (result.kind != BylineKind::none) return result;
    // Forms the general parse does not read, tried on the trimmed line. Each is a short
    // line (a signature, a credit, a unit and a name): longer lines are text.
    std::size_t offset = 0;
    const std::string_view text = trim(line, &offset);
    constexpr std::size_t max_other_form_bytes = 80 * 3;
    if (text.empty() || text.size() > max_other_form_bytes) return result;
    for (auto form :
         {&BylineParser::parse_labelled_author, &BylineParser::parse_affiliated_credit,
          &BylineParser::parse_unit_signed_line, &BylineParser::parse_coded_editor_line,
          &BylineParser::parse_placed_reader_line, &BylineParser::parse_spaced_pen_name,
          &BylineParser::parse_name_before_post, &BylineParser::parse_glued_told_and_written,
          &BylineParser::parse_labelled_answerer, &BylineParser::parse_spaced_role_pairs,
          &BylineParser::parse_dashed_pen_name}) {
        BylineResult parsed = (this->*form)(text, base + offset);
        if (parsed.kind != BylineKind::none) return parsed;
    }
    return result;
}

BylineResult BylineParser::parse_dashed_pen_name(std::string_view text, std::size_t base) const {
    // ——一名焦虑的初三学生“小雨”: a letter signed after a dash by the kind of person who wrote
    // it and a pen name in quotes; the pen name is the writer's name as printed.
    constexpr std::string_view dash = "——", open_quote = "“", close_quote = "”";
    if (!starts_with(text, dash) || !ends_with(text, close_quote)) return BylineResult{};
    const std::size_t open = text.rfind(open_quote);
    if (open == std::string_view::npos || open < dash.size()) return BylineResult{};
    const std::size_t name_at = open + open_quote.size();
    const std::string_view name = text.substr(name_at, text.size() - close_quote.size() - name_at);
    const std::string_view writer = trim(text.substr(dash.size(), open - dash.size()));
    constexpr std::size_t min_name_chars = 2, max_name_chars = 4, max_writer_chars = 16;
    const std::size_t name_chars = char_count(name);
    if (name_chars < min_name_chars || name_chars > max_name_chars || !all_han(name) ||
        writer.empty() || char_count(writer) > max_writer_chars || !all_han(writer))
        return BylineResult{};
    // (The words before the quotes name a kind of person, so a quoted slogan or title after a
    // dash, ——“十四五”, is no signature.)
    bool person = false;
    for (std::string_view kind :
         {"学生", "同学", "读者", "家长", "市民", "网友", "居民", "村民", "患者", "职工", "考生",
          "妈妈", "母亲", "父亲", "爸爸", "老人", "學生", "讀者", "家長", "網友", "職工"})
        person = person || ends_with(writer, kind);
    if (!person) return BylineResult{};
    BylineResult result = one_author_line(text, base, name_at, name, "", 0.6);
    result.kind = BylineKind::credit;
    result.byline_span = Span{};
    return result;
}

BylineResult BylineParser::parse_spaced_pen_name(std::string_view text, std::size_t base) const {
    // （赣 交）: two characters letter-spaced to a name's width in brackets after a brief, a
    // pen name whatever its surname (（待 续）, （图 文）, （左 二） are no names).
    std::size_t length = 0;
    if (text.empty() || !is_open_paren(code_point_at(text, 0, length))) return BylineResult{};
    const Tail tail = tail_of(text);
    if (tail.count == 0 || !is_close_paren(tail.last[0])) return BylineResult{};
    std::size_t inner_offset = 0;
    const std::string_view inner =
        trim(text.substr(length, last_char_begin(text) - length), &inner_offset);
    std::size_t first_length = 0, second_length = 0;
    if (inner.empty()) return BylineResult{};
    const char32_t first = code_point_at(inner, 0, first_length);
    const std::size_t second_at = skip_spaces(inner, first_length, inner.size());
    if (second_at == first_length || second_at >= inner.size()) return BylineResult{};
    const char32_t second = code_point_at(inner, second_at, second_length);
    constexpr std::u32string_view not_names =
        U"完续續待终終图圖文摄攝稿注附表上下中左右前后後一二三四五六七八九十";
    if (second_at + second_length != inner.size() || !is_han(first) || !is_han(second) ||
        not_names.find(first) != std::u32string_view::npos ||
        not_names.find(second) != std::u32string_view::npos)
        return BylineResult{};
    std::string name(inner.substr(0, first_length));
    name += inner.substr(second_at, second_length);
    const std::size_t name_at = length + inner_offset;
    BylineResult result;
    result.kind = BylineKind::credit;
    result.authors.push_back({std::move(name), AuthorRole::writer, "",
                              Span{base + name_at, base + name_at + inner.size()}});
    result.span = Span{base, base + text.size()};
    result.rest_begin = result.span.end;
    result.confidence = 0.5;
    return result;
}

BylineResult BylineParser::parse_glued_told_and_written(std::string_view text,
                                                        std::size_t base) const {
    // （吴荣生口述　本报记者　蒋　丽整理）: who told it and who wrote it down, the two words set
    // solid after the names (the general parse reads them only spaced apart).
    std::size_t open_length = 0, inner_begin = 0, inner_end = text.size();
    const bool bracketed_credit = is_open_paren(code_point_at(text, 0, open_length));
    if (bracketed_credit) {
        const Tail tail = tail_of(text);
        if (tail.count == 0 || !is_close_paren(tail.last[0])) return BylineResult{};
        inner_begin = open_length;
        inner_end = last_char_begin(text);
    }
    const std::string_view told = "口述", written = "整理";
    const std::size_t told_at = text.find(told, inner_begin);
    std::size_t end = inner_end;
    while (end > inner_begin && text[end - 1] == ' ') --end;
    if (told_at == std::string_view::npos || told_at >= end ||
        text.compare(end - written.size(), written.size(), written) != 0 ||
        end - written.size() < told_at + told.size())
        return BylineResult{};
    // A name of two to four characters, letter-spaced or not.
    auto name_in = [&](std::size_t from, std::size_t to, std::string& name, Span& span) {
        from = skip_spaces(text, from, to);
        while (to > from && text[to - 1] == ' ') --to;
        name = without_spaces(text.substr(from, to - from));
        span = Span{base + from, base + to};
        const std::size_t chars = char_count(name);
        return chars >= 2 && chars <= 4 && all_han(name) && looks_like_person_name(name);
    };
    std::string teller, writer;
    Span teller_span, writer_span;
    if (!name_in(inner_begin, told_at, teller, teller_span)) return BylineResult{};
    std::size_t writer_from = skip_spaces(text, told_at + told.size(), end);
    AuthorRole role = AuthorRole::writer;
    std::string role_text(written);
    if (const std::size_t n = match_role_word(text, writer_from, role)) {
        role_text.assign(text.substr(writer_from, n));
        writer_from += n;
    } else {
        role = AuthorRole::writer;
    }
    if (!name_in(writer_from, end - written.size(), writer, writer_span)) return BylineResult{};
    BylineResult result;
    result.kind = bracketed_credit ? BylineKind::credit : BylineKind::byline;
    result.authors.push_back(
        {std::move(teller), AuthorRole::writer, std::string(told), teller_span});
    result.authors.push_back({std::move(writer), role, std::move(role_text), writer_span});
    result.span = Span{base, base + text.size()};
    if (!bracketed_credit) result.byline_span = result.span;
    result.rest_begin = result.span.end;
    result.confidence = 0.6;
    return result;
}

BylineResult BylineParser::parse_labelled_answerer(std::string_view text, std::size_t base) const {
    // 解答专家：南平市第一医院神经内科主任医师　詹国华, 主持人：本报记者　黄晓婷: who answers a
    // column's questions, or hosts an interview, named after a label; unlike 受访者：, the
    // person labelled writes the piece.
    // (嘉宾律师：谭志刚（湖南东山律师事务所）: a guest lawyer labelled so, the label the role
    // as printed, the firm in brackets after the name.)
    std::size_t p = 0;
    std::string_view lawyer_label;
    for (std::string_view label :
         {"解答专家", "答疑专家", "坐诊专家", "解答", "主持人", "主持", "解答專家", "答疑專家",
          "嘉宾律师", "特邀律师", "坐堂律师", "嘉賓律師", "特邀律師"}) {
        if (!starts_with(text, label)) continue;
        std::size_t length = 0;
        const std::size_t colon = skip_spaces(text, label.size(), text.size());
        if (colon >= text.size()) return BylineResult{};
        const char32_t c = code_point_at(text, colon, length);
        // (主持人　本报记者　彭　慧: a space will do before a role word.)
        AuthorRole ignored = AuthorRole::unknown;
        if (c != ':' && c != U'：') {
            if (colon == label.size() || !match_role_word(text, colon, ignored))
                return BylineResult{};
            length = 0;
        }
        p = skip_spaces(text, colon + length, text.size());
        if (ends_with(label, "律师") || ends_with(label, "律師")) lawyer_label = label;
        break;
    }
    if (p == 0 || p >= text.size()) return BylineResult{};
    std::string_view rest = text.substr(p);
    if (!lawyer_label.empty()) {
        std::size_t length = 0;
        const std::size_t close = last_char_begin(rest);
        if (close < rest.size() && is_close_paren(code_point_at(rest, close, length))) {
            std::size_t open = 0;
            while (open < rest.size() && !is_open_paren(code_point_at(rest, open, length)))
                open += length;
            if (open > 0 && open < close) rest = trim(rest.substr(0, open));
        }
    }
    BylineResult named = parse_line_with(rest, base + p, nullptr);
    if (named.kind != BylineKind::byline || named.authors.empty())
        named = parse_unit_signed_line(rest, base + p);
    if (named.authors.empty() && !lawyer_label.empty() && all_han(rest) &&
        looks_like_person_name(rest))
        named = one_author_line(text, base, p, rest, "", 0.6);
    if ((named.kind != BylineKind::byline && named.kind != BylineKind::credit) ||
        named.authors.size() != 1 || !looks_like_person_name(named.authors.front().name))
        return BylineResult{};
    // (…神经内科主任医师　詹国华: a title set solid after the unit is the role as printed.)
    Author& answerer = named.authors.front();
    if (answerer.role_text.empty() && !lawyer_label.empty())
        answerer.role_text.assign(lawyer_label);
    if (answerer.role_text.empty()) {
        const std::string_view before_name = trim(text.substr(0, answerer.span.begin - base));
        for (std::string_view title :
             {"副主任医师", "主任医师", "主治医师", "副教授", "教授", "副研究员", "研究员", "医师",
              "律师", "营养师", "药师", "心理咨询师", "醫師", "律師", "營養師"})
            if (ends_with(before_name, title)) {
                answerer.role_text.assign(title);
                break;
            }
    }
    named.kind = BylineKind::byline;
    named.span = Span{base, base + text.size()};
    named.byline_span = named.span;
    named.rest_begin = named.span.end;
    named.confidence = std::min(named.confidence, 0.6);
    return named;
}

BylineResult BylineParser::parse_spaced_role_pairs(std::string_view text, std::size_t base) const {
    // 文　李嘉欣　　摄影　吴海波, 口述　蔡　坤: credit words set apart by spaces alone, no slash
    // or colon, each before the name it credits (padded names squeezed).
    constexpr std::string_view credit_words[] = {"文",   "图",   "圖",   "摄影", "攝影",
                                                 "口述", "撰文", "整理", "记录", "記錄"};
    struct Part {
        std::size_t begin, end;
    };
    std::vector<Part> parts;
    for (std::size_t p = 0, length = 0; p < text.size();) {
        if (is_space(code_point_at(text, p, length))) {
            p += length;
            continue;
        }
        std::size_t q = p;
        while (q < text.size() && !is_space(code_point_at(text, q, length))) q += length;
        parts.push_back({p, q});
        p = q;
    }
    auto word_at = [&](std::size_t k) {
        const std::string_view part = text.substr(parts[k].begin, parts[k].end - parts[k].begin);
        return std::find(std::begin(credit_words), std::end(credit_words), part) !=
               std::end(credit_words);
    };
    BylineResult result;
    std::size_t pairs = 0;
    bool long_word = false;
    for (std::size_t k = 0; k < parts.size();) {
        if (!word_at(k)) return BylineResult{};
        const std::string_view word = text.substr(parts[k].begin, parts[k].end - parts[k].begin);
        // (整理 and 记录 credit only beside who told: 整理 王五 alone is no byline.)
        long_word = long_word ||
                    (char_count(word) >= 2 && word != "整理" && word != "记录" && word != "記錄");
        std::size_t m = k + 1;
        while (m < parts.size() && !word_at(m)) ++m;
        if (m == k + 1) return BylineResult{};
        const std::size_t name_begin = parts[k + 1].begin, name_end = parts[m - 1].end;
        const std::string name = without_spaces(text.substr(name_begin, name_end - name_begin));
        const std::size_t chars = char_count(name);
        if (chars < 2 || chars > 4 || !all_han(name) || !looks_like_person_name(name))
            return BylineResult{};
        AuthorRole role = AuthorRole::writer;
        if (word == "图" || word == "圖" || word == "摄影" || word == "攝影")
            role = AuthorRole::photographer;
        result.authors.push_back(
            {name, role, std::string(word), Span{base + name_begin, base + name_end}});
        ++pairs;
        k = m;
    }
    // (One pair only with a word of two characters: 文 李嘉欣 alone could be anything.)
    if (pairs == 0 || (pairs == 1 && !long_word)) return BylineResult{};
    result.kind = BylineKind::byline;
    result.span = Span{base, base + text.size()};
    result.byline_span = result.span;
    result.rest_begin = result.span.end;
    result.confidence = 0.6;
    return result;
}

BylineResult BylineParser::parse_labelled_author(std::string_view text, std::size_t base) const {
    // 作者：李明远，华中师范大学马克思主义学院教授: a labelled author, a comma, then the
    // author's post or unit, which is no name.
    std::size_t p = 0;
    for (std::string_view label : {"作者：", "作者:", "作者 "}) {
        if (starts_with(text, label)) {
            p = label.size();
            break;
        }
    }
    if (p == 0) return BylineResult{};
    p = skip_spaces(text, p, text.size());
    const std::size_t comma = std::min(text.find("，", p), text.find(',', p));
    if (comma == std::string_view::npos || comma == p) return BylineResult{};
    const std::string_view name = trim(text.substr(p, comma - p));
    constexpr std::size_t max_post_chars = 30;
    if (!looks_like_person_name(name) || char_count(text.substr(comma)) > max_post_chars ||
        ends_with_terminal(text.substr(comma)))
        return BylineResult{};
    return one_author_line(text, base, text.find(name, p), name, "作者", 0.8);
}

BylineResult BylineParser::parse_affiliated_credit(std::string_view text, std::size_t base) const {
    // （作者程晓峰系景德镇陶瓷大学教授）, （作者：程晓峰，某大学教授）, （程晓峰系某研究院研究员）:
    // an end credit in parentheses naming the writer, then the writer's post. Without the
    // word 作者 the post must name a post or a unit, so that （王某系化名） is no credit.
    std::size_t length = 0;
    if (!is_open_paren(code_point_at(text, 0, length))) return BylineResult{};
    const std::size_t open = length;
    const std::size_t close = last_char_begin(text);
    if (close <= open || !is_close_paren(code_point_at(text, close, length))) return BylineResult{};
    std::string_view inner = text.substr(open, close - open);
    bool labelled = false;
    for (std::string_view label : {"作者：", "作者:", "作者 ", "作者"}) {
        if (starts_with(inner, label)) {
            inner.remove_prefix(label.size());
            labelled = true;
            break;
        }
    }
    const std::size_t name_at = skip_spaces(inner, 0, inner.size());
    // The name ends at a comma (labelled form) or at the copula 系/为/是 after 2-4 characters.
    std::size_t name_end = std::string_view::npos, post_at = 0;
    std::size_t p = name_at, chars = 0;
    while (p < inner.size() && chars < 5) {
        const char32_t c = code_point_at(inner, p, length);
        const bool comma = c == U'，' || c == ',';
        const bool copula = c == U'系' || c == U'为' || c == U'是' || c == U'係' || c == U'為';
        if (chars >= 2 && ((comma && labelled) || copula) &&
            looks_like_person_name(inner.substr(name_at, p - name_at))) {
            name_end = p;
            post_at = p + length;
            break;
        }
        p += length;
        ++chars;
    }
    if (name_end == std::string_view::npos) return BylineResult{};
    const std::string_view post = inner.substr(post_at);
    constexpr std::size_t max_post_chars = 40;
    if (post.empty() || char_count(post) > max_post_chars ||
        post.find("。") != std::string_view::npos || post.find("！") != std::string_view::npos)
        return BylineResult{};
    if (!labelled) {
        bool post_word = false;
        for (const char* word :
             {"大学", "学院", "学校",   "研究院", "研究所", "研究中心", "研究会", "协会",
              "学会", "教授", "研究员", "讲师",   "教师",   "学者",     "专家",   "主任",
              "院长", "所长", "会长",   "馆长",   "作家",   "编辑",     "记者",   "律师",
              "干部", "博士", "委员",   "大學",   "學院",   "學校",     "研究員", "講師",
              "教師", "學者", "專家",   "館長",   "編輯",   "記者",     "幹部"})
            post_word = post_word || post.find(word) != std::string_view::npos;
        if (!post_word) return BylineResult{};
    }
    const std::string_view name = inner.substr(name_at, name_end - name_at);
    BylineResult result =
        one_author_line(text, base, static_cast<std::size_t>(name.data() - text.data()), name,
                        labelled ? "作者" : "", labelled ? 0.8 : 0.6);
    result.kind = BylineKind::credit;
    result.byline_span = Span{};
    return result;
}

BylineResult BylineParser::parse_name_before_post(std::string_view text, std::size_t base) const {
    // 旦增平措（作者为市委党校讲师）, 李  明（作者系某大学教授）: a commentary's signature, the
    // writer's name set solid against the bracketed post. The bracket's 作者 vouches for the name,
    // so names without a listed surname (Tibetan, Yi) are read too.
    const std::size_t close = last_char_begin(text);
    std::size_t close_length = 0;
    if (text.empty() || !is_close_paren(code_point_at(text, close, close_length)))
        return BylineResult{};
    // (The name and the bracket's opening words are short: a longer line is text.)
    constexpr std::size_t max_name_and_post_bytes = 60 * 3;
    if (text.size() > max_name_and_post_bytes) return BylineResult{};
    std::size_t open = 0, length = 0;
    while (open < close && !is_open_paren(code_point_at(text, open, length))) open += length;
    if (open == 0 || open >= close) return BylineResult{};
    const std::string_view inner = text.substr(open + length, close - open - length);
    bool post = false;
    for (std::string_view word :
         {"作者为", "作者系", "作者是", "作者单位", "作者為", "作者係", "作者單位"})
        post = post || starts_with(inner, word);
    // 孙立群（桂林旅游学院副教授）: a guest writer's unit and title without 作者; then the name
    // must have a listed surname.
    bool titled = false;
    constexpr std::size_t max_title_post_chars = 20;
    if (!post && char_count(inner) <= max_title_post_chars)
        for (std::string_view title :
             {"教授", "研究员", "讲师", "主任医师", "律师", "研究員", "講師", "律師"})
            titled = titled || ends_with(inner, title);
    constexpr std::size_t max_post_chars = 40;
    if ((!post && !titled) || char_count(inner) > max_post_chars ||
        inner.find("。") != std::string_view::npos)
        return BylineResult{};
    std::size_t name_at = 0;
    const std::string_view printed = trim(text.substr(0, open), &name_at);
    const std::string name = without_spaces(printed);
    constexpr std::size_t min_name_chars = 2, max_name_chars = 5;
    const std::size_t chars = char_count(name);
    if (chars < min_name_chars || chars > max_name_chars || has_note_char(name))
        return BylineResult{};
    for (std::size_t i = 0, l = 0; i < name.size(); i += l)
        if (!is_name_char(code_point_at(name, i, l))) return BylineResult{};
    for (const char* word : {"的", "了", "在", "是", "和", "说", "本文", "本报", "本報"})
        if (name.find(word) != std::string::npos) return BylineResult{};
    if (titled && !looks_like_person_name(name)) return BylineResult{};
    // A byline under a headline or an end signature: the line's place decides which.
    BylineResult result = one_author_line(text, base, name_at, printed, "", 0.6);
    result.authors.front().name = name;
    return result;
}

BylineResult BylineParser::parse_unit_signed_line(std::string_view text, std::size_t base) const {
    // □北京市海淀区中关村第一小学五年级  陈雨桐: after a byline bullet, the writer's school or
    // unit, a gap, and the name.
    // Without the bullet (or in parentheses at the end, （湖北省武汉市育才小学三年级 李一诺）), a
    // pupil's school and grade, one space, and the name.
    std::size_t length = 0;
    const char32_t first = code_point_at(text, 0, length);
    const bool bulleted = is_bullet(first);
    // ——清华大学材料学院教授 严立峰: a box's signer after a dash, with a title or unit.
    const bool dashed = starts_with(text, "——");
    std::string_view body = text;
    std::size_t skip = 0;
    bool parenthesized = false;
    if (dashed) {
        skip = std::string_view("——").size();
    } else if (bulleted) {
        skip = length;
    } else if (is_open_paren(first) && is_close_paren(tail_of(text).last[0])) {
        skip = length;
        body = text.substr(0, last_char_begin(text));
        parenthesized = true;
    }
    // （安全质量部 魏晓东 供稿）: who supplied the text, the word after the name set apart.
    if (parenthesized) {
        for (std::string_view supplied : {" 供稿", " 供稿 "})
            if (ends_with(body, supplied)) body.remove_suffix(supplied.size());
        while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
    }
    // 翟  静  河北师范大学文学院: the name first, a wide gap, then the writer's university or
    // institute (an essay's signature).
    if (!bulleted && !dashed && !parenthesized) {
        const std::size_t wide = body.rfind("  ");
        const std::string_view tail =
            wide == std::string_view::npos ? std::string_view() : trim(body.substr(wide));
        constexpr std::size_t min_tail_unit_chars = 4, max_tail_unit_chars = 20;
        bool tail_unit =
            char_count(tail) >= min_tail_unit_chars && char_count(tail) <= max_tail_unit_chars;
        tail_unit = tail_unit && all_han(tail);
        bool academic = false;
        for (const char* word : {"大学", "学院", "研究院", "研究所", "科学院", "党校", "大學",
                                 "學院", "科學院", "黨校"})
            academic = academic || ends_with(tail, word);
        if (tail_unit && academic) {
            const std::string_view spaced_name = trim(body.substr(0, wide));
            const std::string squeezed = without_spaces(spaced_name);
            if (looks_like_person_name(squeezed) && char_count(squeezed) <= 3) {
                BylineResult result = one_author_line(
                    text, base, static_cast<std::size_t>(spaced_name.data() - text.data()),
                    spaced_name, "", 0.6);
                result.authors.front().name = squeezed;
                return result;
            }
        }
    }
    // Two people or more signing the whole line after its unit, from `names_at` on in `body`:
    // each a person's name, no role word (kind `none` otherwise).
    auto signers_from = [&](std::size_t names_at) {
        BylineResult names = parse_continuation(body.substr(names_at), base + names_at,
                                                RoleWord{std::string(), AuthorRole::writer});
        if (names.kind != BylineKind::byline || names.authors.size() < 2 ||
            !std::all_of(names.authors.begin(), names.authors.end(),
                         [](const Author& a) { return looks_like_person_name(a.name); }))
            return BylineResult{};
        for (Author& a : names.authors) {
            a.role = AuthorRole::writer;
            a.role_text.clear();
        }
        names.span = Span{base, base + text.size()};
        names.byline_span = names.span;
        names.rest_begin = names.span.end;
        names.confidence = std::min(names.confidence, 0.6);
        return names;
    };
    // 河南省动物疫病预防控制中心  王建军  李  华: an institution, a wide gap, then its
    // experts' names, each a person's.
    if (!bulleted && !dashed && !parenthesized) {
        // (监察执法二处　裴振宇　郑书华: one ideographic space apart, after normalization one;
        // 恩施州农业农村局 田  野 向  红: the names padded, so the first gap ends the unit.)
        const std::size_t wide = body.find(' ');
        if (wide != std::string_view::npos && wide > skip) {
            const std::string_view institution = trim(body.substr(skip, wide - skip));
            // (维修二处 王建国 孙  磊: a department's short name has four characters.)
            constexpr std::size_t min_institution_name_chars = 4;
            bool named = char_count(institution) >= min_institution_name_chars;
            named = named && all_han(institution);
            bool ends_like_institution = false;
            // (临汾市气象台　刘海燕　段志强: a station, an office, a team the same.)
            for (const char* word :
                 {"中心", "研究院", "研究所", "大学", "学院", "医院", "科学院", "大學",
                  "學院", "醫院",   "处",     "處",   "局",   "部",   "台",     "站",
                  "所",   "馆",     "館",     "队",   "隊",   "院"})
                ends_like_institution = ends_like_institution || ends_with(institution, word);
            if (named && ends_like_institution) {
                BylineResult names = signers_from(skip_spaces(body, wide, body.size()));
                if (names.kind == BylineKind::byline) return names;
            }
        }
    }
    // ■ 江南造船　周子航　沈　怡: after a byline bullet, a unit of any kind, then two people
    // or more, each a person's name.
    if (bulleted) {
        const std::size_t unit_at = skip_spaces(body, skip, body.size());
        const std::size_t space = body.find(' ', unit_at);
        if (space != std::string_view::npos) {
            const std::string_view unit = body.substr(unit_at, space - unit_at);
            // (□ 江西省南昌市西湖区人民法院 胡  蕾 邱  敏: a court named in full.)
            constexpr std::size_t min_unit_chars = 2, max_unit_chars = 20;
            const std::size_t unit_chars = char_count(unit);
            bool han = unit_chars >= min_unit_chars && unit_chars <= max_unit_chars;
            han = han && all_han(unit);
            AuthorRole ignored = AuthorRole::unknown;
            if (han && !looks_like_person_name(unit) && !match_role_word(unit, 0, ignored)) {
                BylineResult names = signers_from(skip_spaces(body, space, body.size()));
                if (names.kind == BylineKind::byline) return names;
            }
        }
    }
    std::size_t gap = bulleted ? body.rfind("  ") : body.rfind(' ');
    // (■ 电子信息产业研究院集成电路研究所　赵启明: one ideographic space, after normalization
    // one space, may set the name apart after a bullet too.)
    if (bulleted && (gap == std::string_view::npos || gap <= skip)) gap = body.rfind(' ');
    if (gap == std::string_view::npos || gap <= skip) return BylineResult{};
    // 镇党政办 周 蕾: a two-character name letter-spaced to three; the gap is the one before.
    bool padded = false;
    if (!bulleted && char_count(trim(body.substr(gap))) == 1) {
        std::size_t before = gap;
        while (before > skip && body[before - 1] == ' ') --before;
        const std::size_t first_gap = body.rfind(' ', before > 0 ? before - 1 : 0);
        if (first_gap != std::string_view::npos && first_gap > skip &&
            char_count(trim(body.substr(first_gap, before - first_gap))) == 1) {
            gap = first_gap;
            padded = true;
        }
    }
    const std::string_view unit = trim(body.substr(skip, gap - skip));
    const std::string_view spaced_name = trim(body.substr(gap));
    const std::string squeezed_name = padded ? without_spaces(spaced_name) : std::string();
    const std::string_view name = padded ? std::string_view(squeezed_name) : spaced_name;
    bool unit_word = false, school = false, grade = false;
    // (國小, 國中: Taiwan's short names of primary and junior high schools.)
    // (幼儿园: a kindergarten is a school too.)
    for (const char* word :
         {"学校", "小学", "中学", "大学", "学院", "年级", "班", "单位", "學校", "小學", "中學",
          "大學", "學院", "年級", "國小", "國中", "幼儿园", "幼兒園"})
        unit_word = unit_word || unit.find(word) != std::string_view::npos;
    for (const char* word :
         {"学校", "小学", "中学", "學校", "小學", "中學", "國小", "國中", "幼儿园", "幼兒園"})
        school = school || unit.find(word) != std::string_view::npos;
    for (const char* word : {"年级", "年級", "班"})
        grade = grade || ends_with(unit, word) || unit.find(word) != std::string_view::npos;
    // 土木工程学院  赵一凡: a reader's college, a wide gap, the name (a letter's signature).
    bool college = false;
    for (const char* word : {"学院", "大学", "学校", "中学", "小学", "學院", "大學", "學校"})
        college = college || ends_with(unit, word);
    // 湖南大学经济与贸易学院 周启明, 中国社会科学院 X: a scholar's institution named in full
    // (six characters or more), one space, the name: an essay's author line.
    constexpr std::size_t min_institution_chars = 6;
    bool institution = false;
    // (天津经济技术开发区管委会 杜文斌, 省科学技术馆展教部 冯晓霞: an administration, a
    // museum's department.)
    for (const char* word :
         {"学院", "大学", "研究院", "研究所", "研究中心", "党校", "科学院", "法院", "检察院",
          "學院", "大學", "研究所", "黨校", "科學院", "檢察院", "管委会", "管委會", "委员会",
          "委員會", "部", "局", "处", "處", "协会", "協會", "学会", "學會",
          // (北大荒集团八五二农场　孙立新: a farm, a mine, a plant or a company named in full.)
          "农场", "農場", "公司", "厂", "廠", "矿", "礦", "站", "台", "集团", "集團",
          // (江苏省人民医院老年医学科　顾建平: a hospital or its department.)
          "医院", "醫院", "科",
          // (云和县第二中学　魏　然: a teacher's school named in full.)
          "中学", "小学", "学校", "中學", "小學", "學校"})
        institution = institution || ends_with(unit, word);
    institution = institution && char_count(unit) >= min_institution_chars;
    unit_word = unit_word || institution;
    const bool wide_gap = !bulleted && body.compare(gap > 0 ? gap - 1 : 0, 2, "  ") == 0;
    // 山川乡船村村民 金德福: a reader signing as a resident of a named place.
    constexpr std::size_t min_resident_chars = 5;  // a place before the word
    bool resident = false;
    for (const char* word : {"村民", "居民", "市民", "镇民", "乡民", "鎮民", "農民", "农民"})
        resident = resident || (ends_with(unit, word) && char_count(unit) >= min_resident_chars);
    // 白龙镇黄坪村 杨德富: a township and its village, then the name.
    constexpr std::size_t min_village_chars = 5;
    // (路桥街道石曲社区: a subdistrict of a city stands for the township.)
    const bool township =
        unit.find("镇") != std::string_view::npos || unit.find("乡") != std::string_view::npos ||
        unit.find("鎮") != std::string_view::npos || unit.find("鄉") != std::string_view::npos ||
        unit.find("街道") != std::string_view::npos;
    for (const char* word : {"村", "社区", "社區", "小区", "小區"})
        resident = resident ||
                   (township && ends_with(unit, word) && char_count(unit) >= min_village_chars);
    // 泽州县巴公镇　郭满仓: a reader signing with the county and township of home.
    constexpr std::size_t min_home_chars = 4;
    for (const char* word : {"镇", "乡", "鎮", "鄉", "街道"})
        resident = resident || (ends_with(unit, word) && char_count(unit) >= min_home_chars &&
                                (unit.find("县") != std::string_view::npos ||
                                 unit.find("縣") != std::string_view::npos ||
                                 unit.find("市") != std::string_view::npos ||
                                 unit.find("区") != std::string_view::npos));
    // 温州市鹿城区　叶秀芬: a reader signing with the city and district (or county) of home;
    // 美國三藩市　關煥榮: or the country and city abroad.
    constexpr std::size_t min_district_chars = 4;
    const bool district_of_city = char_count(unit) >= min_district_chars &&
                                  unit.find(' ') == std::string_view::npos && all_han(unit) &&
                                  (((ends_with(unit, "区") || ends_with(unit, "县") ||
                                     ends_with(unit, "區") || ends_with(unit, "縣")) &&
                                    (unit.find("市") != std::string_view::npos ||
                                     unit.find("州") != std::string_view::npos)) ||
                                   ends_with(unit, "市"));
    resident = resident || district_of_city;
    unit_word = unit_word || resident;
    bool titled = false;
    // (生物工程学院2023级博士研究生 许诺: a student signs with the degree studied.)
    for (const char* word :
         {"教授", "研究员", "院士", "主任", "专家", "医师", "律师", "工程师", "研究員", "專家",
          "醫師", "律師", "工程師", "研究生", "博士生", "硕士生", "碩士生", "校长", "校長",
          // (…营养科　营养师　徐丽娟: the practitioners who answer readers' letters.)
          "营养师", "營養師", "药师", "藥師", "咨询师", "諮詢師", "社工",
          // (（…指导中心　心理教师　胡晓燕）: a teacher answering a pupil's letter.)
          "教师", "教師",
          // (——文成县人民医院　护士长　胡晓红: a nurse signing health advice.)
          "护士长", "護士長",
          // (乐平市农技中心高级农艺师　邓启明: an agronomist answering growers.)
          "农艺师", "農藝師",
          // (阿里某边防团　上等兵　胡晓宇: a soldier signing a letter with unit and rank.)
          "列兵", "上等兵", "下士", "中士", "上士", "班长", "排长", "连长", "指导员", "班長",
          "排長", "連長", "指導員"})
        titled = titled || ends_with(unit, word);
    // (——路桥街道石曲社区　郑　敏: a reader's letter signed from home after a dash.)
    if (dashed && !titled && !resident) return BylineResult{};
    unit_word = unit_word || titled;
    // 省人民医院心内科　主任医师　郑国强: a unit, the title apart from it, then the name (a
    // doctor's or lawyer's signature under an answer): the title is the role as printed.
    std::string_view title_role;
    if (titled) {
        const std::size_t title_gap = unit.rfind(' ');
        if (title_gap != std::string_view::npos) title_role = trim(unit.substr(title_gap));
    }
    // （党群工作部 费雅琳）: a department of the paper's company and the writer, closing an
    // item of a company newsletter.
    // (校友总会 秘书处 孙慧 under a newsletter's title: the same, as its byline.)
    bool department = false;
    // (（惠州公司　冯伟）: a subsidiary of the paper's group the same.)
    for (const char* word : {"工作部", "项目部", "宣传部", "办公室", "车间", "工会", "團委", "团委",
                             "項目部", "辦公室", "車間", "秘书处", "秘書處", "公司"})
        department = department || ends_with(unit, word);
    // 镇党政办, 县委办: a government office's short name.
    constexpr std::size_t min_office_chars = 3;
    department = department ||
                 ((ends_with(unit, "办") || ends_with(unit, "辦")) &&
                  char_count(unit) >= min_office_chars && unit.find(' ') == std::string_view::npos);
    // (（安全质量部 魏晓东）: in brackets any department, office or team will do; (研究生院
    // 周子涵), (图书馆 X): a college's school, institute, library or faculty too.)
    constexpr std::size_t max_department_chars = 10;
    if (parenthesized && char_count(unit) <= max_department_chars)
        for (const char* word : {"部", "处", "科", "室", "队", "站", "處", "隊", "中心", "院", "所",
                                 "馆", "館", "系", "局"})
            department = department || ends_with(unit, word);
    unit_word = unit_word || department;
    // 机械工程系1996届 冯家骏: an alumnus signing with department and class year; 物流管理专业
    // 2023级 罗婷: a student with major and year of entry.
    constexpr std::size_t min_class_chars = 5, year_digits = 4;
    const bool year_class =
        (ends_with(unit, "级") || ends_with(unit, "級")) && unit.size() > 3 + year_digits && [&] {
            const std::string_view year = unit.substr(unit.size() - 3 - year_digits, year_digits);
            return std::all_of(year.begin(), year.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
        }();
    const bool alumnus =
        (((ends_with(unit, "届") || ends_with(unit, "屆")) &&
          std::any_of(unit.begin(), unit.end(), [](char c) { return c >= '0' && c <= '9'; })) ||
         year_class) &&
        char_count(unit) >= min_class_chars;
    unit_word = unit_word || alumnus;
    // （河南浚县 刘振华）: a county correspondent's place and name closing a brief.
    constexpr std::size_t max_place_chars = 8;
    bool place_credit = false;
    if (parenthesized && char_count(unit) <= max_place_chars)
        for (const char* word : {"省", "市", "县", "区", "镇", "乡", "縣", "區", "鎮", "鄉", "旗"})
            place_credit = place_credit || ends_with(unit, word);
    unit_word = unit_word || place_credit;
    constexpr std::size_t max_unit_chars = 30;
    if (!unit_word || !looks_like_person_name(name) || char_count(unit) > max_unit_chars ||
        (!bulleted && !dashed && !department && !alumnus && !place_credit && !(school && grade) &&
         !(college && wide_gap) && !institution && !resident && title_role.empty() &&
         // （省农业科学院植物保护研究所研究员　韩秀梅）: an expert's unit and title in brackets
         !(parenthesized && titled) &&
         // 中国国际经济交流中心首席研究员 周立群 under a commentary's title: a unit and the
         // title glued before the name, unbracketed too.
         // (Not after a label: 受访专家：… 邵明哲 names an interviewee, no writer.)
         !(titled && char_count(unit) >= min_institution_chars &&
           unit.find(':') == std::string_view::npos &&
           unit.find("：") == std::string_view::npos)) ||
        unit.find("，") != std::string_view::npos || unit.find(',') != std::string_view::npos)
        return BylineResult{};
    BylineResult result =
        one_author_line(text, base, static_cast<std::size_t>(spaced_name.data() - text.data()),
                        spaced_name, "", 0.7);
    if (padded) result.authors.front().name = squeezed_name;
    if (!title_role.empty()) result.authors.front().role_text.assign(title_role);
    if (parenthesized || dashed) {
        result.kind = BylineKind::credit;
        result.byline_span = Span{};
    }
    return result;
}

BylineResult BylineParser::parse_coded_editor_line(std::string_view text, std::size_t base) const {
    // （編輯：陳政一）1140823: a wire's editor line with its date code (ROC year, month, day).
    std::size_t digits = 0;
    while (digits < text.size() && text[text.size() - 1 - digits] >= '0' &&
           text[text.size() - 1 - digits] <= '9')
        ++digits;
    constexpr std::size_t min_code_digits = 6, max_code_digits = 8;
    if (digits < min_code_digits || digits > max_code_digits || digits >= text.size())
        return BylineResult{};
    const std::string_view head = text.substr(0, text.size() - digits);
    std::size_t length = 0;
    if (!is_close_paren(code_point_at(head, last_char_begin(head), length))) return BylineResult{};
    BylineResult editor = parse_line_with(head, base, nullptr);
    if (editor.kind != BylineKind::editor_line) return BylineResult{};
    editor.span.end = base + text.size();
    return editor;
}

BylineResult BylineParser::parse_placed_reader_line(std::string_view text, std::size_t base) const {
    // 江西赣州 读者 刘明: a reader's or resident's place printed before the role word. The
    // place is the dateline's; the rest must parse as a byline of such a role.
    const std::size_t space = text.find(' ');
    constexpr std::size_t max_place_chars = 8;
    if (space == std::string_view::npos || space == 0) return BylineResult{};
    const std::string_view place = text.substr(0, space);
    const std::size_t place_chars = char_count(place);
    if (place_chars < 2 || place_chars > max_place_chars) return BylineResult{};
    if (!all_han(place)) return BylineResult{};
    const std::size_t rest_begin = skip_spaces(text, space, text.size());
    bool reader_role = false;
    for (std::string_view role : {"读者", "讀者", "网友", "網友", "市民", "村民", "居民"})
        reader_role = reader_role || starts_with(text.substr(rest_begin), role);
    // 浙江湖州  沈志刚: without the role word, a province and a city, a wide gap and one
    // person's name sign a reader's letter the same way (the role is then none).
    if (!reader_role) {
        static constexpr std::string_view provinces[] = {
            "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
            "福建", "江西", "山东", "河南", "湖北",   "湖南", "广东", "海南",
            "四川", "贵州", "云南", "陕西", "甘肃",   "青海", "台湾", "内蒙古",
            "广西", "西藏", "宁夏", "新疆", "北京",   "天津", "上海", "重庆"};
        const std::string_view name = text.substr(rest_begin);
        const bool wide_gap = rest_begin >= space + 2;
        const bool province =
            std::any_of(std::begin(provinces), std::end(provinces),
                        [&](std::string_view p) { return starts_with(place, p); });
        if (!wide_gap || !province || place_chars < 4 || name.find(' ') != std::string_view::npos ||
            !looks_like_person_name(name) || char_count(name) > 3)
            return BylineResult{};
        BylineResult signed_line = one_author_line(text, base, rest_begin, name, "", 0.5);
        signed_line.has_dateline = true;
        set_part(text, 0, space, base, signed_line.dateline.place, signed_line.dateline.place_span);
        signed_line.dateline.span = signed_line.dateline.place_span;
        signed_line.dateline.confidence = 0.5;
        return signed_line;
    }
    BylineResult rest = parse_line_with(text.substr(rest_begin), base + rest_begin, nullptr);
    if (rest.kind != BylineKind::byline || rest.has_dateline) return BylineResult{};
    rest.has_dateline = true;
    set_part(text, 0, space, base, rest.dateline.place, rest.dateline.place_span);
    rest.dateline.span = rest.dateline.place_span;
    rest.dateline.confidence = 0.6;
    rest.span.begin = base;
    return rest;
}

bool BylineParser::is_compound_surname(std::string_view name) {
    return std::find(std::begin(compound_surnames), std::end(compound_surnames), name) !=
           std::end(compound_surnames);
}

bool BylineParser::is_surname_alone(std::string_view name) {
    return is_compound_surname(name) || (char_count(name) == 1 && starts_with_surname(name));
}

bool BylineParser::looks_like_person_name(std::string_view name) {
    const std::size_t chars = char_count(name);
    if (is_tibetan_name(name)) return true;  // 次仁卓嘎: no surname, two name elements
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
    // 最美新闻记者 alone on a line is a headline: an app's name in 新闻 (川观新闻记者) is a
    // role only with names after it.
    if (ends_with(text, "新闻记者") || ends_with(text, "新聞記者")) return false;
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
    // 在城郊乡红星村，记者看到，: a byline never ends in a comma; a sentence goes on.
    if (ends_with(text, "，") || ends_with(text, ",")) return result;
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
    // (A report byline alone, 記者王大明／台北報導, is parsed below as a byline.)
    BylineResult dateline = parse_agency_dateline(line.substr(0, end), base);
    if (dateline.kind == BylineKind::dateline && dateline.rest_begin == base + end) {
        dateline.span = Span{base + offset, base + end};
        return dateline;
    }
    // 本报讯 记者陈东升 通讯员王楠 近 (日，… on the next line): a dateline, its byline, and the
    // lead's first word; no byline line.
    if (dateline.kind == BylineKind::dateline) {
        const BylineResult lead = parse_dateline_prefix(line.substr(0, end), base);
        if (lead.kind == BylineKind::dateline && !lead.authors.empty() &&
            lead.rest_begin < base + end)
            return result;
    }

    std::size_t length = 0;
    bool parenthesized = false, lenticular = false;
    if (is_open_paren(code_point_at(line, begin, length))) {
        lenticular = code_point_at(line, begin, length) == U'【';
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
    // （县妇联 通讯员 岑 晓）: in brackets, the correspondent's unit may come before the role
    // word; the unit is no name.
    if (parenthesized && !lenticular) {
        const std::size_t space = line.find(' ', begin);
        if (space != std::string_view::npos && space < end) {
            const std::string_view unit = line.substr(begin, space - begin);
            constexpr std::size_t min_unit_chars = 2, max_unit_chars = 10;
            const std::size_t unit_chars = char_count(unit);
            bool han = unit_chars >= min_unit_chars && unit_chars <= max_unit_chars;
            han = han && all_han(unit);
            bool organisation = false;
            for (const char* ending : {"联", "會", "会", "局", "委", "办", "辦", "站", "所", "院",
                                       "部", "队", "隊", "中心", "公司"})
                organisation = organisation || ends_with(unit, ending);
            AuthorRole ignored = AuthorRole::unknown;
            const std::size_t role_at = skip_spaces(line, space, end);
            if (han && organisation && match_role_word(line, role_at, ignored)) begin = role_at;
        }
    }
    Parsed parsed;
    parsed.bulleted = bulleted;
    if (!parse_people(line, begin, end, base, continued ? *continued : RoleWord{}, parsed))
        return result;
    // 【记者帮办】, 【记者调查】: a rubric in lenticular brackets; a byline there names people.
    // 读者来信 is no reader named 来信: after 读者 only a person's name.
    // A reader signs with a space or colon after the word: 读者 宋建国.
    const bool reader_signs = line.find("读者 ") != std::string_view::npos ||
                              line.find("读 者 ") != std::string_view::npos ||
                              line.find("讀 者 ") != std::string_view::npos ||
                              line.find("读者：") != std::string_view::npos ||
                              line.find("讀者 ") != std::string_view::npos ||
                              line.find("讀者：") != std::string_view::npos;
    for (const Author& a : parsed.authors) {
        // (读 者 letter-spaced by OCR is the same word.)
        std::string role_word;
        for (char c : a.role_text)
            if (c != ' ') role_word += c;
        const bool reader = role_word == "读者" || role_word == "讀者";
        if ((lenticular || reader) && !looks_like_person_name(a.name)) return result;
        if (reader && !reader_signs) return result;
        // 患者家属　任小梅, 市民 王五: a reader signing as the kind of person who wrote, with
        // a space after the word and one person's name (市民乐享冬日时光 is a headline).
        const bool self_described =
            std::find(std::begin(self_described_readers), std::end(self_described_readers),
                      role_word) != std::end(self_described_readers);
        if (self_described && (line.find(role_word + " ") == std::string_view::npos ||
                               !looks_like_person_name(a.name) || parsed.authors.size() > 1))
            return result;
        // 读 者 来 信 letter-spaced: a column's label, no reader named 来信.
        if (reader) {
            std::string name_word;
            for (char c : a.name)
                if (c != ' ') name_word += c;
            for (const char* label : {"来信", "來信", "来函", "之声", "之聲", "热线", "熱線",
                                      "留言", "信箱", "园地", "園地"})
                if (name_word == label) return result;
        }
        // 记者手记: a word glued to the role word is a name only if it starts like one.
        const std::size_t at = a.span.begin - base;
        const bool glued_to_role =
            !a.role_text.empty() && at >= a.role_text.size() &&
            line.compare(at - a.role_text.size(), a.role_text.size(), a.role_text) == 0;
        if (glued_to_role && !starts_with_surname(a.name)) return result;
    }
    result.span = Span{base + offset, base + offset + text.size()};
    result.authors = std::move(parsed.authors);
    if (parsed.affiliation) {
        if (!parenthesized) return BylineResult{};
        // （作者为多伦多华人社区义工 许 文 华）: the writer's letter-spaced name closing the
        // note about them.
        if (result.authors.empty()) {
            constexpr std::size_t min_name_chars = 2, max_name_chars = 4;
            std::size_t name_end = end;
            while (name_end > begin && line[name_end - 1] == ' ') --name_end;
            // Single characters one space apart, back from the end.
            std::string name;
            std::size_t chars = 0, name_begin = name_end, at = name_end;
            while (at > begin && chars <= max_name_chars) {
                std::size_t char_begin = at - 1;
                while (char_begin > begin &&
                       (static_cast<unsigned char>(line[char_begin]) & 0xC0) == 0x80)
                    --char_begin;
                std::size_t han_length = 0;
                const bool single = is_han(code_point_at(line, char_begin, han_length)) &&
                                    (char_begin == begin || line[char_begin - 1] == ' ');
                if (!single) break;
                name.insert(0, line.substr(char_begin, at - char_begin));
                ++chars;
                name_begin = char_begin;
                if (char_begin == begin) break;
                at = char_begin - 1;
            }
            if (chars >= min_name_chars && chars <= max_name_chars && name_begin > begin &&
                looks_like_person_name(name))
                result.authors.push_back({std::move(name), AuthorRole::writer, "",
                                          Span{base + name_begin, base + name_end}});
        }
        result.kind = BylineKind::credit;
        result.confidence = 0.9;
        result.rest_begin = result.span.end;
        return result;
    }
    // More rejected words than names: a sentence that happens to start with a role word. With
    // a comma, any rejected word makes it a sentence (记者冯卫东 近日，浙江省…).
    const bool comma =
        text.find("，") != std::string_view::npos || text.find(',') != std::string_view::npos;
    if (result.authors.empty() || parsed.rejected > static_cast<int>(result.authors.size()) ||
        (comma && parsed.rejected > 0))
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
    // (Not in lenticular brackets: 【管护】 under 【选种】 is a section head, whatever its
    // first character.)
    const bool bare_names =
        ((parenthesized && !lenticular) || bulleted) && parsed.role_words == 0 &&
        !parsed.photo_suffix && parsed.trailing_roles == 0 && !continued && parsed.rejected == 0 &&
        result.authors.size() <= 3 &&
        std::all_of(result.authors.begin(), result.authors.end(),
                    [](const Author& a) { return looks_like_person_name(a.name); });
    if (bare_names) {
        result.kind = parenthesized ? BylineKind::credit : BylineKind::byline;
        result.confidence = 0.6;
        result.rest_begin = result.span.end;
        return result;
    }
    if (parsed.role_words == 0 && !parsed.photo_suffix && parsed.trailing_roles == 0 && !continued)
        return BylineResult{};
    // 林伟明 报道 with no role word before: the word before 报道 must have the shape of a
    // person's name (北京 报道 names a place).
    if (parsed.role_words == 0 && parsed.spaced_trailing_role &&
        !std::all_of(result.authors.begin(), result.authors.end(),
                     [](const Author& a) { return looks_like_person_name(a.name); }))
        return BylineResult{};
    if (!parsed.place.empty()) {  // 记者 张三 北京报道, 記者王大明／台北報導: where from
        Dateline& d = result.dateline;
        set_part(line, parsed.place.begin, parsed.place.end, base, d.place, d.place_span);
        d.span = Span{base + parsed.place.begin, base + parsed.report_end};
        d.confidence = 0.8;
        result.has_dateline = true;
    }
    if (all_editors || parsed.coordinated) {
        result.kind = BylineKind::editor_line;
    } else if (all_photographers && (parsed.photo_suffix || parenthesized)) {
        result.kind = BylineKind::photo_credit;
    } else if (parenthesized && !parsed.place_after_slash) {
        // （记者X／高雄報導） names where the text was written: a head byline, not an end
        // credit. 报道, 采写 without parentheses: a byline.
        result.kind = BylineKind::credit;
    } else {
        result.kind = BylineKind::byline;
    }
    // In a byline the role word comes first (记者 张三) or 摄 follows (张三 摄): a name
    // before any role word means the line is something else (示意图：新线走向). After a byline
    // bullet a person-shaped name may precede the role words (■ 孟祥宇 学员 张昊天): a writer
    // with no role printed.
    for (Author& author : result.authors) {
        if (author.role != AuthorRole::unknown) continue;
        if (!bulleted || !looks_like_person_name(author.name)) return BylineResult{};
        author.role = AuthorRole::writer;
        author.role_text.clear();
    }
    double confidence = parsed.role_words > 0 ? 0.95 : 0.8;
    confidence -= 0.2 * parsed.rejected + 0.15 * parsed.guessed;
    result.confidence = std::max(0.2, confidence);
    result.rest_begin = result.span.end;
    return result;
}

bool BylineParser::parse_parenthesis(std::string_view text, std::size_t at, std::size_t base,
                                     std::vector<Author>& authors, std::size_t& after,
                                     bool bare_names) const {
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
    if (!parse_people(text, inner, close, base, RoleWord{}, parsed) || parsed.authors.empty())
        return false;
    // 本报电（王萍 林雨涵）: after a dateline, names alone in the parenthesis are its
    // reporters when each has a person's name shape.
    constexpr std::size_t max_bare_names = 3;
    if (parsed.role_words == 0) {
        if (!bare_names || parsed.trailing_roles > 0 || parsed.authors.size() > max_bare_names ||
            !std::all_of(parsed.authors.begin(), parsed.authors.end(),
                         [](const Author& a) { return looks_like_person_name(a.name); }))
            return false;
        for (Author& a : parsed.authors) {
            a.role = AuthorRole::writer;
            a.role_text.clear();
        }
    }
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
    std::size_t visible_end = 0;
    p = skip_lead_separators(text, p, false, visible_end);
    if (visible_end > 0) result.byline_span.end = base + visible_end;
    result.kind = BylineKind::byline;
    result.span = Span{base + start, base + p};
    result.rest_begin = base + p;
    result.confidence = 0.9;
    return result;
}

BylineResult BylineParser::parse_dateline_prefix(std::string_view text, std::size_t base) const {
    BylineResult report = parse_report_byline(text, base);
    if (report.kind != BylineKind::none) {
        report.kind = BylineKind::dateline;
        return report;
    }
    return parse_agency_dateline(text, base);
}

BylineResult BylineParser::parse_desk_report(std::string_view text, std::size_t base,
                                             std::size_t start, std::size_t inner,
                                             std::size_t inner_end, std::size_t after) const {
    // 〔國際新聞中心／綜合報導〕: a desk, not a person, compiled the report. The desk is the
    // dateline's source; nobody is an author.
    constexpr std::size_t max_desk_chars = 10;
    std::size_t q = inner, chars = 0, length = 0;
    while (q < inner_end && chars <= max_desk_chars && is_han(code_point_at(text, q, length))) {
        q += length;
        ++chars;
    }
    if (chars < 2 || chars > max_desk_chars || q >= inner_end) return BylineResult{};
    const char32_t slash = code_point_at(text, q, length);
    if (slash != '/' && slash != U'／') return BylineResult{};
    const std::string_view rest = trim(text.substr(q + length, inner_end - q - length));
    if (rest != "綜合報導" && rest != "综合报道" && rest != "综合报导") return BylineResult{};
    BylineResult result;
    result.kind = BylineKind::byline;
    Dateline& d = result.dateline;
    set_part(text, inner, q, base, d.source, d.source_span);
    d.span = Span{base + start, base + after};
    d.confidence = 0.8;
    result.has_dateline = true;
    finish_bracketed_byline(result, text, base, start, after, 0.8);
    return result;
}

BylineResult BylineParser::parse_glued_report(std::string_view text, std::size_t base,
                                              std::size_t start, std::size_t inner,
                                              std::size_t inner_end, std::size_t after) const {
    // (本報記者鄺美儀多倫多報道): role, name and place printed together before 報道. The name
    // is the three characters after the role word when they look like one (else two), the
    // place the two to five characters left before 報道.
    AuthorRole role = AuthorRole::unknown;
    const std::size_t role_length = match_role_word(text, inner, role);
    constexpr std::size_t report_bytes = 6;
    if (role_length == 0 || role == AuthorRole::editor || inner_end < inner + report_bytes)
        return BylineResult{};
    const std::size_t report_at = inner_end - report_bytes;
    if (!match_any(text, report_at, report_words, std::size(report_words))) return BylineResult{};
    const std::size_t name_at = inner + role_length;
    const std::string_view run = text.substr(name_at, report_at - name_at);
    if (!all_han(run)) return BylineResult{};
    const std::size_t chars = char_count(run);
    // （本报记者杨明参与报道）, （记者X联合报道）: a credit's words, no place.
    for (std::string_view word : {"参与", "參與", "联合", "聯合", "综合", "綜合", "采访", "採訪"})
        if (ends_with(run, word)) return BylineResult{};
    constexpr std::size_t min_place_chars = 2, max_place_chars = 5;
    for (std::size_t name_chars : {std::size_t{3}, std::size_t{2}}) {
        if (chars < name_chars + min_place_chars || chars > name_chars + max_place_chars) continue;
        const std::string_view name = run.substr(0, name_chars * 3);
        if (!looks_like_person_name(name)) continue;
        BylineResult result;
        result.kind = BylineKind::byline;
        result.authors.push_back({std::string(name), role,
                                  std::string(text.substr(inner, role_length)),
                                  Span{base + name_at, base + name_at + name.size()}});
        Dateline& d = result.dateline;
        const std::size_t place_at = name_at + name.size();
        set_part(text, place_at, report_at, base, d.place, d.place_span);
        d.span = Span{base + place_at, base + inner_end};
        d.confidence = 0.7;
        result.has_dateline = true;
        finish_bracketed_byline(result, text, base, start, after, 0.7);
        return result;
    }
    return BylineResult{};
}

BylineResult BylineParser::parse_report_byline(std::string_view text, std::size_t base) const {
    // 〔記者林佳蓉／台中報導〕台中市…, 記者王大明／台北報導 …, （記者X、Y／綜合報導）: role words
    // and names, then where they wrote from and 報導, bracketed or cut from the lead by the slash.
    const std::size_t end = text.size();
    const std::size_t start = skip_spaces(text, 0, end);
    constexpr std::size_t max_report_bytes = 120;
    const std::size_t window = std::min(end, start + max_report_bytes);
    std::size_t length = 0, inner = start, inner_end = start, after = start;
    const bool bracketed = start < end && is_open_paren(code_point_at(text, start, length));
    if (bracketed) {
        inner = start + length;
        inner_end = inner;
        while (inner_end < window && !is_close_paren(code_point_at(text, inner_end, length)))
            inner_end += length;
        if (inner_end >= window) return BylineResult{};
        after = inner_end + length;
        while (inner_end > inner && text[inner_end - 1] == ' ') --inner_end;
        // Every report word has two characters; 綜合外電 (compiled from foreign wires) ends
        // a translator's credit the same way.
        constexpr std::size_t report_bytes = 6;
        constexpr std::string_view wire_words[] = {"外電", "外电"};
        if (inner_end < inner + report_bytes ||
            (!match_any(text, inner_end - report_bytes, report_words, std::size(report_words)) &&
             !match_any(text, inner_end - report_bytes, wire_words, std::size(wire_words))))
            return BylineResult{};
    } else {
        AuthorRole ignored = AuthorRole::unknown;
        if (!match_role_word(text, start, ignored)) return BylineResult{};  // 記者… first
        std::size_t n = 0;
        for (; inner_end < window; inner_end += length) {
            if ((n = match_any(text, inner_end, report_words, std::size(report_words))) != 0) break;
            code_point_at(text, inner_end, length);
        }
        if (!n) return BylineResult{};
        inner_end += n;
        after = inner_end;
    }
    Parsed parsed;
    if (!parse_people(text, inner, inner_end, base, RoleWord{}, parsed) || parsed.authors.empty() ||
        parsed.role_words == 0 || parsed.rejected > 0) {
        if (!bracketed) return BylineResult{};
        BylineResult glued = parse_glued_report(text, base, start, inner, inner_end, after);
        if (glued.kind != BylineKind::none) return glued;
        return parse_desk_report(text, base, start, inner, inner_end, after);
    }
    for (const Author& author : parsed.authors)
        if (author.role == AuthorRole::unknown) return BylineResult{};
    // Without brackets only the slash form is told from a sentence; in brackets 綜合報導
    // (compiled, no place) also closes one.
    // 本报记者张伟明　南昌报道　江西省…: without brackets or slash, the place set apart by
    // spaces on both sides of it tells the byline from a sentence too.
    auto space_at = [&](std::size_t at) {
        return at < end && (text[at] == ' ' || starts_with(text.substr(at), "\u3000"));
    };
    auto space_before = [&](std::size_t at) {
        return at > 0 && (text[at - 1] == ' ' || ends_with(text.substr(0, at), "\u3000"));
    };
    auto one_space = [&](std::size_t from, std::size_t to) {
        return (to == from + 1 && text[from] == ' ') ||
               (to == from + 3 && starts_with(text.substr(from), "\u3000"));
    };
    // (One space, not a layout gap that may hold the next column's text, and a lead of some
    // length after it.)
    constexpr std::size_t min_lead_chars = 8;
    const std::size_t lead_at = skip_spaces(text, after, end);
    const bool spaced_place = !bracketed && !parsed.place.empty() &&
                              space_before(parsed.place.begin) && space_at(after) &&
                              parsed.report_end == after && one_space(after, lead_at) &&
                              char_count(text.substr(lead_at)) >= min_lead_chars;
    const bool located =
        !parsed.place.empty() && (bracketed || parsed.place_after_slash || spaced_place);
    const bool compiled = parsed.place.empty() && bracketed && parsed.compiled_report;
    // 【本報記者何穎欣報道】: in brackets, role, names and 報道 with no place.
    // （本报记者X报道） in round brackets is an end credit more often than a lead.
    const bool reported = parsed.place.empty() && bracketed && parsed.credit_suffix &&
                          starts_with(text.substr(start), "【");
    if (!located && !compiled && !reported)
        return bracketed ? parse_glued_report(text, base, start, inner, inner_end, after)
                         : BylineResult{};
    BylineResult result;
    result.kind = BylineKind::byline;
    result.authors = std::move(parsed.authors);
    if (!parsed.place.empty()) {
        Dateline& d = result.dateline;
        set_part(text, parsed.place.begin, parsed.place.end, base, d.place, d.place_span);
        d.span = Span{base + parsed.place.begin, base + parsed.report_end};
        d.confidence = 0.85;
        result.has_dateline = true;
    }
    finish_bracketed_byline(result, text, base, start, after, 0.85);
    return result;
}

namespace {
// 科技日报讯, 江城晚报讯: a paper's name (Han characters ending in 报) right before 讯. Returns
// where the name ends, or 0.
std::size_t paper_news_source_end(std::string_view text, std::size_t p, std::size_t end) {
    constexpr std::size_t max_paper_chars = 8;
    std::size_t q = p, chars = 0, length = 0;
    bool paper_seen = false;  // 证券时报e公司讯: a sub-brand after the paper's name
    while (q < end && chars < max_paper_chars) {
        const char32_t c = code_point_at(text, q, length);
        const bool latin = c < 0x80 && std::isalnum(static_cast<unsigned char>(c));
        if (!is_han(c) && !(latin && paper_seen)) return 0;
        q += length;
        ++chars;
        if (paper_seen && q < end && chars >= 4) {
            std::size_t next_length = 0;
            const char32_t next = code_point_at(text, q, next_length);
            if (next == U'讯' || next == U'訊') return q;
        }
        // (本报北京讯: after the paper's own 本报 comes a place, not a sub-brand.)
        if (c == U'报' || c == U'報')
            paper_seen = chars >= 2 && !(chars == 2 && (starts_with(text.substr(p), "本报") ||
                                                        starts_with(text.substr(p), "本報")));
        if (chars >= 2 && q < end) {
            std::size_t next_length = 0;
            const char32_t next = code_point_at(text, q, next_length);
            if ((c == U'报' || c == U'報') && (next == U'讯' || next == U'訊')) return q;
            // 【澳門日報消息】, 【星島日報報道】: the caller accepts these only bracketed.
            if ((c == U'报' || c == U'報') && chars >= 2 &&
                (starts_with(text.substr(q), "消息") || starts_with(text.substr(q), "報道") ||
                 starts_with(text.substr(q), "报道")))
                return q;
            // 明報專訊, 星島專訊: a paper's own exclusive.
            if ((next == U'专' || next == U'專') && q + next_length < end) {
                const char32_t after = code_point_at(text, q + next_length, length);
                if (after == U'讯' || after == U'訊') return q;
            }
        }
    }
    return 0;
}

// 江山讯 , 开化讯 : two to four Han characters, 讯, then a space. Words ending in 讯 (通讯,
// 资讯, 快讯, 喜讯, 简讯, 电讯) are no places. A county's media centre may stand between
// the place and 讯 (青铜峡融媒讯): *centre_end is then where its name ends, the 讯's
// position. Returns where the place ends, or 0.
std::size_t local_news_place_end(std::string_view text, std::size_t p, std::size_t end,
                                 bool bracketed, std::size_t* centre_end = nullptr) {
    constexpr std::size_t max_chars = 8;  // a four-character place and 融媒体中心 less one
    std::size_t q = p, chars = 0, length = 0;
    char32_t seen[max_chars + 1] = {};
    while (q < end && chars <= max_chars) {
        const char32_t c = code_point_at(text, q, length);
        if (c == U'讯' || c == U'訊') break;
        if (!is_han(c) || chars == max_chars) return 0;
        seen[chars++] = c;
        q += length;
    }
    if (q >= end || chars == 0) return 0;
    std::size_t place_end = q;
    for (const std::string_view centre : {"融媒体", "融媒體", "融媒", "全媒体", "全媒體"}) {
        // (All Han in the BMP: three bytes a character.)
        if (q - p >= centre.size() && text.substr(q - centre.size(), centre.size()) == centre) {
            place_end = q - centre.size();  // (融媒讯 alone names no place: too few left)
            chars -= centre.size() / 3;
            break;
        }
    }
    if (chars < 2 || chars > 4) return 0;
    const char32_t last = seen[chars - 1];
    const char32_t word = code_point_at(text, q, length);
    if (word != U'讯' && word != U'訊') return 0;
    for (char32_t c : {U'通', U'资', U'資', U'快', U'简', U'簡', U'喜', U'短', U'电', U'電', U'视',
                       U'音', U'闻', U'聞', U'传', U'傳', U'死', U'审', U'問', U'问', U'质', U'特',
                       U'警', U'报', U'報', U'来', U'來', U'捷', U'佳',
                       // (书讯, 商讯, 车讯, 侨讯, 校讯: a column of book, business, motoring,
                       // overseas-Chinese or campus news, no place.)
                       U'书', U'書', U'商', U'车', U'車', U'房', U'文', U'体', U'體', U'农', U'農',
                       U'侨', U'僑', U'医', U'醫', U'校', U'社', U'企'})
        if (last == c) return 0;
    if (centre_end) *centre_end = q;
    // (绿春茶讯　　LUCHUN TEA NEWS: a masthead with its name in Latin capitals, no dateline.)
    constexpr std::size_t min_masthead_letters = 6;
    if (latin_capitals_only(trim(text.substr(q + length, end - q - length))) >=
        min_masthead_letters)
        return 0;
    // 江山讯 昔日…, 曼谷讯：…, or 【曼谷讯】泰国…, （雅加达讯）印尼… in brackets.
    const std::size_t after = q + length;
    if (after >= end) return place_end;  // 泗水讯 alone on its line
    const char32_t next = code_point_at(text, after, length);
    // (曼谷讯：由泰国…: a colon sets the lead apart the same way.)
    // (深晚讯（记者 X）: the byline's parenthesis may follow right away.)
    if (!is_space(next) && next != ':' && next != U'：' && !(bracketed && is_close_paren(next)) &&
        !(!bracketed && is_open_paren(next)))
        return 0;
    return place_end;
}
}  // namespace

BylineResult BylineParser::parse_agency_dateline(std::string_view text, std::size_t base) const {
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
    const std::size_t inside = p;  // past the opening parenthesis
    Dateline& d = result.dateline;
    if (starts_with(text.substr(p), "据") || starts_with(text.substr(p), "據")) p += 3;
    double confidence = 0.95;
    // 本 报 讯: the paper's own dateline letter-spaced by OCR.
    std::size_t spaced_paper_end = 0, spaced_news = 0;
    std::size_t local_news_word = 0;  // where 讯 stands after a county's place
    if (starts_with(text.substr(p), "本")) {
        const std::size_t second = skip_spaces(text, p + 3, end);
        if (second > p + 3 &&
            (starts_with(text.substr(second), "报") || starts_with(text.substr(second), "報"))) {
            const std::size_t third = skip_spaces(text, second + 3, end);
            if (third > second + 3 &&
                (starts_with(text.substr(third), "讯") || starts_with(text.substr(third), "訊"))) {
                spaced_paper_end = second + 3;
                spaced_news = third;
            }
        }
    }
    const std::size_t agency = spaced_news ? 0 : match_any(text, p, agencies, std::size(agencies));
    const std::size_t paper = spaced_news ? 0 : paper_news_source_end(text, p, end);
    if (spaced_news) {
        set_part(text, p, spaced_paper_end, base, d.source, d.source_span);
        d.source = starts_with(text.substr(spaced_paper_end - 3), "報") ? "本報" : "本报";
        p = spaced_news;
        confidence = 0.85;
    } else if (agency &&
               !(paper > p + agency)) {  // 经济日报e财讯: the longer name, with its sub-brand
        set_part(text, p, p + agency, base, d.source, d.source_span);
        p += agency;
    } else if (const std::size_t paper_end = paper) {
        set_part(text, p, paper_end, base, d.source, d.source_span);  // 科技日报讯
        p = paper_end;
        confidence = 0.85;
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
    const bool paper_source = d.source == "本报" || d.source == "本報";
    if (paper_source &&
        (starts_with(text.substr(p), "消息") || starts_with(text.substr(p), "專訊") ||
         starts_with(text.substr(p), "专讯"))) {
        p += 6;  // 【本報消息】, 本报专讯
        found = true;
    } else if (paren && d.source.empty() && p == inside &&
               (starts_with(text.substr(p), "本地讯") || starts_with(text.substr(p), "本地訊") ||
                starts_with(text.substr(p), "综合讯") || starts_with(text.substr(p), "綜合訊") ||
                starts_with(text.substr(p), "综合报道") ||
                starts_with(text.substr(p), "綜合報導"))) {
        // （本地讯）, （综合讯）, （综合报道）: an overseas paper's local or desk report.
        p += starts_with(text.substr(p), "综合报道") || starts_with(text.substr(p), "綜合報導") ? 12
                                                                                                : 9;
        found = true;
        confidence = 0.8;
    } else if (const std::size_t compiled_at = [&]() -> std::size_t {
                   // （曼谷综合报道）: the desk's report compiled at a place.
                   if (!paren || !d.source.empty() || p != inside) return 0;
                   constexpr std::size_t min_place_chars = 2, max_place_chars = 6;
                   std::size_t q = p, chars = 0, l = 0;
                   while (q < end && chars < max_place_chars && is_han(code_point_at(text, q, l))) {
                       q += l;
                       ++chars;
                       for (std::string_view word : {"综合报道", "綜合報導", "综合讯", "綜合訊"})
                           if (chars >= min_place_chars && starts_with(text.substr(q), word))
                               return q;
                   }
                   return 0;
               }()) {
        set_part(text, p, compiled_at, base, d.place, d.place_span);
        p = compiled_at + (starts_with(text.substr(compiled_at), "综合讯") ||
                                   starts_with(text.substr(compiled_at), "綜合訊")
                               ? 9
                               : 12);
        found = true;
        confidence = 0.7;
    } else if (paren && !d.source.empty() &&
               (starts_with(text.substr(p), "消息") || starts_with(text.substr(p), "報道") ||
                starts_with(text.substr(p), "报道"))) {
        p += 6;  // 【澳門日報消息】, 【星島日報報道】: a named paper's own report, bracketed
        found = true;
    } else if (paper_source && (starts_with(text.substr(p), "综合报道") ||
                                starts_with(text.substr(p), "綜合報導"))) {
        p += 12;  // 【本报综合报道】: the paper's desk compiled it
        found = true;
    } else if (!d.source.empty() &&
               (starts_with(text.substr(p), "讯") || starts_with(text.substr(p), "訊") ||
                starts_with(text.substr(p), "電") ||
                (starts_with(text.substr(p), "电") && !starts_with(text.substr(p), "电视")))) {
        p += 3;  // 本报讯, 新华社电
        found = true;
    } else if (!d.source.empty() &&
               (starts_with(text.substr(p), "專訊") || starts_with(text.substr(p), "专讯"))) {
        p += 6;  // 【明報專訊】: a paper's own exclusive
        found = true;
    } else if (const std::size_t local_place_end =
                   local_news_place_end(text, p, end, paren, &local_news_word);
               d.source.empty() && local_place_end) {
        // 江山讯 昔日…: a county paper's local dateline, the place and 讯; 青铜峡融媒讯, with
        // the county's media centre as its source.
        set_part(text, p, local_place_end, base, d.place, d.place_span);
        if (local_news_word > local_place_end)
            set_part(text, p, local_news_word, base, d.source, d.source_span);
        p = local_news_word + 3;
        found = true;
        confidence = 0.7;
    } else {
        // Place (Han characters, at most 10), then the date, then 电 / 专电 / 讯.
        const std::size_t place_begin = p;
        std::size_t q = p, place_chars = 0;
        // 本报北京电, 新华社北京电: an agency, a place and 电 without a date.
        auto dateless_word_at = [&](std::size_t at) -> std::size_t {
            if (d.source.empty() || place_chars < 2) return 0;
            // 电视 and 通讯员 are no 电 or 讯 (本报记者 张三 通讯员 李四 is a byline).
            const std::string_view rest = text.substr(at);
            if (starts_with(rest, "电视") || starts_with(rest, "電視") ||
                starts_with(rest, "讯员") || starts_with(rest, "訊員"))
                return 0;
            for (const char* word : {"专电", "專電", "电", "電", "讯", "訊"})
                if (starts_with(rest, word)) return std::string_view(word).size();
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
            // (伦敦16日综合电): a story put together from several wires.
            for (const char* word :
                 {"綜合外電報導", "综合外电报道", "综合报道", "綜合報導", "综合外电", "綜合外電",
                  "综合电", "綜合電", "专电", "專電", "电讯", "电", "讯", "電", "訊"}) {
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
    // 本报讯 记者 张明 通讯员 李华报道：, 【本報訊】記者李穎琳報道：. A dateline naming its
    // reporter inside its own parenthesis has no other.
    if (reporters.empty()) {
        const std::size_t q = skip_spaces(text, p, end);
        std::size_t close_end = 0;
        if (parse_parenthesis(text, q, base, result.authors, close_end, true)) {
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
            // Role words and person-shaped names from q to `to`, nothing rejected.
            // (记者　阿不都热合曼·吐尔地: a minority name in parts joined by a middle dot.)
            auto dotted_name = [](std::string_view name) {
                constexpr std::size_t max_dotted_chars = 16;
                const std::size_t dot = name.find("·");
                if (dot == std::string_view::npos || dot == 0 ||
                    char_count(name) > max_dotted_chars)
                    return false;
                const std::string_view rest = name.substr(dot + std::string_view("·").size());
                return all_han(name.substr(0, dot)) && !rest.empty() &&
                       rest.find("·") == std::string_view::npos && all_han(rest);
            };
            auto people_run = [&](std::size_t to, Parsed& out) {
                return parse_people(text, q, to, base, RoleWord{}, out) && !out.authors.empty() &&
                       out.role_words > 0 && out.rejected == 0 &&
                       std::all_of(out.authors.begin(), out.authors.end(), [&](const Author& a) {
                           return looks_like_person_name(a.name) || dotted_name(a.name);
                       });
            };
            // 本报讯 本报记者 X 通讯员 Y, 【本報訊】記者 X alone on their line: the byline runs
            // to the line's end (its last name ending there), the lead on the next line.
            std::size_t line_end = end;
            while (line_end > q && text[line_end - 1] == ' ') --line_end;
            auto whole_line_people = [&](Parsed& out) {
                return line_end > q && line_end - q <= max_byline_bytes &&
                       people_run(line_end, out) && out.authors.back().span.end == base + line_end;
            };
            Parsed parsed;
            AuthorRole ignored = AuthorRole::unknown;
            if (colon != std::string_view::npos && colon > q &&
                parse_people(text, q, colon, base, RoleWord{}, parsed) && !parsed.authors.empty() &&
                parsed.role_words > 0 && parsed.rejected == 0) {
                p = colon + colon_length;
                result.byline_span = Span{base + q, base + p};
                result.authors = std::move(parsed.authors);
            } else if ((q > p || paren) && match_role_word(text, q, ignored)) {
                // 本报讯 记者 王芳 通讯员 李强 近日，…: an unbracketed byline after the dateline,
                // ended by a space before the lead (right after a bracketed dateline too:
                // 【星島日報報道】記者陳浩然 隨着…). The longest run up to a space that parses
                // as role words and person-shaped names wins.
                std::size_t best_end = 0;
                Parsed best;
                for (std::size_t i = q; i < window;) {
                    const char32_t c = code_point_at(text, i, length);
                    if (c == ',' || c == U'，' || c == U'。') break;
                    if (c == ' ' && i > q) {
                        Parsed candidate;
                        const std::size_t lead = skip_spaces(text, i, end);
                        std::size_t lead_length = 0;
                        // (The lead may open with its date: …记者唐静报道 10月18日，…)
                        const char32_t opening =
                            lead < end ? code_point_at(text, lead, lead_length) : U' ';
                        const bool lead_follows =
                            lead < end && (is_han(opening) || is_digit(opening));
                        if (lead_follows && people_run(i, candidate)) {
                            best_end = i;
                            best = std::move(candidate);
                        }
                    }
                    i += length;
                }
                // 本报讯 记者 王芳 通讯员 李强日前，…: the last name glued to the lead, which
                // opens with its news time. Cut after a person-shaped name of two or three
                // characters that such a word follows, when that names more people.
                const std::size_t comma = std::min(text.find("，", q), text.find(',', q));
                const std::size_t limit = std::min({window, comma, end});
                for (std::size_t i = q; i < limit;) {
                    code_point_at(text, i, length);
                    const std::size_t at = i;
                    i += length;
                    if (at == q) continue;
                    bool opener = false;
                    for (std::string_view word :
                         {"日前", "近日", "昨天", "昨日", "今天", "今日", "近期", "本月", "上周"})
                        opener = opener || starts_with(text.substr(at), word);
                    std::size_t digits_end = at;
                    while (digits_end < limit &&
                           is_ascii_digit(static_cast<unsigned char>(text[digits_end])))
                        ++digits_end;
                    opener =
                        opener || (digits_end > at && starts_with(text.substr(digits_end), "月"));
                    if (!opener) continue;
                    Parsed glued;
                    if (people_run(at, glued) && glued.authors.size() > best.authors.size() &&
                        glued.authors.back().span.end == base + at) {
                        best_end = at;
                        best = std::move(glued);
                    }
                    break;
                }
                // 本报讯 本报记者 王立新 通讯员 李娜 alone on its line.
                Parsed whole;
                if (whole_line_people(whole) && whole.authors.size() > best.authors.size()) {
                    best_end = line_end;
                    best = std::move(whole);
                }
                if (best_end > 0) {
                    p = best_end;
                    result.byline_span = Span{base + q, base + best_end};
                    result.authors = std::move(best.authors);
                }
            } else if (q == p && paren && match_role_word(text, q, ignored)) {
                // 【本報訊】記者 梁家豪 alone on its line: the bracketed dateline's byline runs
                // right on to the line's end.
                Parsed whole;
                if (whole_line_people(whole)) {
                    p = line_end;
                    result.byline_span = Span{base + q, base + line_end};
                    result.authors = std::move(whole.authors);
                }
            }
        }
    }
    if (!reporters.empty()) result.authors = std::move(reporters);
    // The visible separators belong to the dateline (or to its byline parenthesis).
    std::size_t visible_end = 0;
    p = skip_lead_separators(text, p, true, visible_end);
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
