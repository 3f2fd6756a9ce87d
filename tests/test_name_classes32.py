"""Name classes of session 32 over the eight tuning sets (tuneL, tuneM, holdout16-21; issue 9, "the measured thing"):
each class recurs on pages of different organs in at least two sets. All sentences are invented (other counties,
years, figures and places)."""

from test_name_grammar_classes import case, name  # the same invented county page and helpers


# ---- a rank whose words before it are only its verb and scope (获得全市第一, 继续保持全市第一, 综合得分全市第三): what is
# ranked is what the count before it in the same words names (甲指标评分…获得全市第一), or, after a 、, the noun before
# the scope with no verb (…、综合得分全市第三); 获 before 得 is the verb 获得, not a category won (得全市)
@case(("石桥县86项考核指标评分获得全省第一、综合得分全省第二的好成绩。", "第一", "考核指标评分"),
      ("石桥县86项考核指标评分获得全省第一、综合得分全省第二的好成绩。", "第二", "综合得分"),
      ("网上可办事项总数达到418项继续保持全省第一。", "第一", "网上可办事项总数"),
      # the count before it ends at its noun: the rank phrase after it is its predicate
      ("网上可办事项总数达到418项继续保持全省第一。", "418项", "网上可办事项总数"),
      # near-misses: a streak of years before the verb (as before), a rank after a preposition (as before), a
      # category won (as before)
      ("我县群众安全感连续3年位居全省第一。", "第一", "群众安全感"),
      ("并以全省第一的成绩获评示范县。", "第一", "成绩"),
      ("在全市行政执法技能竞赛中荣获团体第一名。", "第一名", "团体"))
def test_a_rank_named_by_what_is_ranked_not_its_verb_and_scope(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a ranking overall among peers named right before it (在全省21个样本县中综合排名第五): 综合排名 is the name, as
# 全市综合排名 already was; and the count of the peers (在全国N个X中) names the peers X, not what is ranked among them
@case(("在2031年营商环境评价中，石桥在全国28个参评城市中综合排名第六。", "第六", "综合排名"),
      ("在2031年营商环境评价中，石桥在全国28个参评城市中综合排名第六。", "28个", "参评城市"),
      ("政务公开指数在全国41个较大城市中位列第五。", "41个", "较大城市"),
      ("法治政府指数在全省57个县区中排名第三。", "57个", "县区"),  # (as before)
      # near-misses: a scope right before 排名, and peers not after 在全国/全省 (as before)
      ("石桥县营商环境评价全国排名第15位。", "第15位", "全国排名"),
      ("共有12个单位中标。", "12个", "单位"))
def test_an_overall_ranking_and_the_peers_it_is_among(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a 、 list of meetings, then what they deliberated or put on their agenda (研究/安排…议题): the items, with the verb,
# not the meetings, as a list of meetings before their study already is (names17)
@case(("镇党委会议、镇政府常务会议研究依法行政议题7次。", "7次", "研究依法行政议题"),
      ("镇党委会议、镇政府常务会议、镇长办公会安排依法行政议题19个。", "19个", "安排依法行政议题"),
      # near-misses: one meeting and what it deliberated (as before), and a list of meetings before their study
      ("县政府常务会议研究依法行政议题5次。", "5次", "研究依法行政议题"),
      ("县委常委会会议、县政府党组(扩大)会议集中学法11次。", "11次", "集中学法"))
def test_a_list_of_meetings_then_the_items_deliberated(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- 新增 inside a name read before the figure (某工程新增监控探头, 某某审查新增政策文件): what is newly added is counted;
# the project or the review it came through is not, and 新增 opens the name
@case(("天网工程新增监控探头45个，覆盖主要路口。", "45个", "新增监控探头"),
      ("组织公平竞争审查新增政策文件312件。", "312件", "新增政策文件"),
      # near-misses: 新增 already opening the name, a scope before it, and 新增 closing it (as before)
      ("新增经营主体2100户，同比增长5%。", "2100户", "新增经营主体"),
      ("全县新增市场主体3200户。", "3200户", "新增市场主体"),
      ("行政许可事项新增12项。", "12项", "行政许可事项新增"))
def test_what_is_newly_added_is_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- where an act was published, a site or a collection named by its quotation or title (在“某某”门户网站上公示…,
# 在某某《某文集》上发表论文): the setting is no part of the name; 发表 only handles the papers (as 刊发, 刊登)
@case(("全年在“石桥政务”门户网站上公示行政许可812条、行政处罚96条。", "812条", "公示行政许可"),
      ("在石桥区政协《履职调研文集》上发表论文6篇。", "6篇", "论文"),
      # near-misses: a meeting as the setting (as before), and a list of two settings (as before)
      ("在全省工作会议上作经验交流发言2次。", "2次", "作经验交流发言"),
      ("在县委读书班、干部轮训班上开展法治专题培训5次。", "5次", "法治专题培训"))
def test_where_it_was_published_is_no_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- who held or gave the events, then the events (某某办举办了…培训班, 领导干部带头讲法治课): the events are counted, not
# who held them, as for 县人大常委会举行…仪式 already (an office, 办, holds events too; 了 may follow the verb)
@case(("区委依法治区办举办了依法行政专题培训班3次，其中专题讲座1次。", "3次", "依法行政专题培训班"),
      ("镇领导干部带头讲法治课5次。", "5次", "法治课"),
      # near-misses: the holder already cut (as before), and a verb with no holder before it (as before)
      ("县人大常委会举行宪法宣誓仪式3次。", "3次", "宪法宣誓仪式"),
      ("举办法治专题讲座6次。", "6次", "法治专题讲座"))
def test_who_held_the_events_is_no_part_of_their_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- 了 left at the start of a name when the verb before it is cut (实现了全县…率, 缩短了…时间): no part of the name, nor the
# scope word after it
@case(("实现了全县中小学校、幼儿园食堂自查报告率100%。", "100%", "中小学校、幼儿园食堂自查报告率"),
      ("实现了企业开办时间1个工作日。", "1个工作日", "企业开办时间"),
      # near-miss: 了解 is a verb of its own (as before: the plain verb after it is cut)
      ("实现了解决问题30个。", "30个", "问题"))
def test_a_name_does_not_open_with_le(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- the noun after a classifier count ends at its head before 和/及 when a long run of another kind follows (6个试点
# 项目和某某中心等…, 8个问题及上级督察反馈…) or 及其 (15项重点任务及其牵头单位): what follows is no part of what is counted
@case(("明确15项重点任务及其牵头单位、配合单位。", "15项", "重点任务"),
      ("推动4个智慧项目和律师视频会见中心等应用落地。", "4个", "智慧项目"),
      ("针对5方面7个问题及省委巡视组实地指出问题，制定整改方案。", "7个", "问题"),
      # near-misses: no head before 和 (a pair counted together), a short item after it, and people (as before)
      ("全县共有权责事项5364项，涉及行政权力和公共服务事项。", "5364项", "权责事项"),
      ("梳理行政权力和公共服务事项420项。", "420项", "行政权力和公共服务事项"),
      ("全市52名市直部门及县区主要负责人述法。", "52名", "市直部门及县区主要负责人"))
def test_the_noun_after_ends_at_its_head_before_and(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a 等 list of bodies, then a count whose measure word is the noun (某厅等12部门, 某局等6单位): the bodies are counted,
# not the first of them nor what they did
@case(("联合县公安局等9部门开展校园周边专项整治。", "9部门", "部门"),
      ("依托巡察对县教育局等4单位法治建设情况进行督察。", "4单位", "单位"),
      # near-misses: 联合 after the count (as before), and a classifier before the noun (as before)
      ("市场监管局等 15 部门联合印发了实施方案。", "15 部门", "部门"),
      ("县司法局等12个部门开展普法宣传。", "12个", "部门"))
def test_bodies_counted_by_a_noun_measure_word_after_a_list(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a bare share (…N项，占某某的x%; …，占比x%) is named by its own words, the share of the whole (占总事项, 占比), as
# the labels of four real sets name it, not by the subject of the clause before (a bare level, 达x, still is)
@case(("公布“一次办”事项612项，占总事项的93%，全程网办事项540项。", "93%", "占总事项"),
      ("三年行动计划中的70项任务已完成41项，占比58.6%。", "58.6%", "占比"),
      # near-misses: a share with its subject in the clause, and a bare level (as before)
      ("全县大厅进驻事项520项，办结比例占全县许可事项的92%。", "92%", "办结比例"),
      ("企业开办时间压缩至1.5天，全县市场主体总量突破十万户，达10.6万户。", "10.6万户", "市场主体总量"))
def test_a_bare_share_is_named_by_its_words(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a share right before the noun it is of, which a predicate follows (县乡两级95%以上事项实现…, 某中心100%政务服务事项
# 实现…): the noun after is named, not the scope or place before the share
@case(("县乡两级95%以上事项实现网上办理。", "95%以上", "事项"),
      ("便民服务中心100%政务服务事项实现一窗受理。", "100%", "政务服务事项"),
      # near-misses: the noun before and an act after the share, and no predicate after the noun (as before)
      ("区级政务服务事项实现100%全程网办。", "100%", "全程网办"),
      ("市级政务服务事项100%网上可办。", "100%", "市级政务服务事项"))
def test_a_share_before_the_noun_it_is_of(sentence, raw, expected):
    assert name(sentence, raw) == expected
