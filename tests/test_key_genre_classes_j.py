"""Key precision and recall classes of the genre found on tuneJ (issue 9, session 2026-12-03). Each class: wordings in
the genre's style (invented places, years and figures; at least one seen on no page) and, where the class refuses a
key, a near-miss that keeps it. Synthetic sentences only.

* LEGAL_REVIEW_TIMES: 重大执法决定法制审核 is counted in 次 as often as in 件 (enforcement.legal_reviews admits 次).
* CONSULTATION_COLLECT: 公开征集意见 / 向社会征集意见 is a public consultation as 公开征求意见 is.
* POWER_ITEMS_AFTER: the act after its object (34项行政职权事项的调整, 权责事项调整) is approval.power_items_adjusted.
* ONLINE_RATE_BARE: a percentage followed by 全程网办 (区级政务服务事项实现98%全程网办) is the full-online rate.
* PROCURATORATE_ISSUED: 发出/制发检察建议 is the procuratorate's act, not suggestions the organ received.
* PROGRAMMES: a broadcast programme (调解专题节目5次) counts no mediation cases.
* LISTED_ITEMS: a count in 项 of the 事项 a list holds (施行186项县级行政许可事项动态清单管理) counts its items.
"""

import pytest

from _sentences import sentence_report, fig

HEADING = "（三）推进严格规范公正文明执法"


def _key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, HEADING, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="执法规范化水平仍需提升。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # LEGAL_REVIEW_TIMES
    ("严格落实行政执法“三项制度”，开展重大执法决定法制审核12次。", "12次", "enforcement.legal_reviews"),
    ("全年对重大行政执法决定进行法制审核8次。", "8次", "enforcement.legal_reviews"),
    ("开展重大执法决定法制审核15件。", "15件", "enforcement.legal_reviews"),
    # CONSULTATION_COLLECT
    ("规章草案向社会公开征集意见9件。", "9件", "decisions.public_consultations"),
    ("重大行政决策草案通过政府网站公开征集意见6次。", "6次", "decisions.public_consultations"),
    # POWER_ITEMS_AFTER
    ("对12个部门的57项行政职权事项进行调整并向社会公示。", "57项", "approval.power_items_adjusted"),
    ("完成12项权责事项调整。", "12项", "approval.power_items_adjusted"),
    # ONLINE_RATE_BARE
    ("区级政务服务事项实现98%全程网办。", "98%", "digital.items_online_rate"),
    ("全区政务服务事项全流程网办比例达95%。", "95%", "digital.items_online_rate"),
    # PROCURATORATE_ISSUED: the near-miss keeps the key
    ("收到检察建议4件，均按期回复。", "4件", "oversight.procuratorial_suggestions"),
    # PROGRAMMES: the near-miss keeps the key
    ("调解纠纷320件。", "320件", "mediation.cases"),
    # LISTED_ITEMS
    ("对市级142项行政许可事项实行动态清单管理。", "142项", "approval.licensing_items"),
    ("公布实施152项行政许可事项清单。", "152项", "approval.licensing_items"),
    ("公布区级行政许可事项163项。", "163项", "approval.licensing_items"),
])
def test_genre_class_takes_the_key(sentence, raw, key):
    assert _key(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    # PROCURATORATE_ISSUED
    ("县检察院发出行政检察建议7件。", "7件"),
    ("全年制发检察建议5件。", "5件"),
    # PROGRAMMES
    ("人民调解专题节目5次在省电视台播出。", "5次"),
    ("制作调解栏目12期。", "12期"),
])
def test_genre_class_refuses_the_key(sentence, raw):
    assert _key(sentence, raw) is None


# ------------------------------------------------------------------------------ PART_OWN_ACT (LABELING 43)
# a part by level that names its own act, of a total counting two acts (no key, rule 7), takes its act's key
LEVEL_HEADING = "（二）完善依法行政制度体系"


def _doc_key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, LEVEL_HEADING, title="澄川市2033年法治政府建设年度报告", year=2033,
                        weakness="制度建设仍有短板。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("审查和备案规范性文件48件，其中审查县级规范性文件22件。", "22件"),
    ("审核和备案行政规范性文件36件，其中审核市级规范性文件15件。", "15件"),
])
def test_part_naming_its_own_act_of_a_two_act_total(sentence, raw):
    assert _doc_key(sentence, raw) == "normative_docs.reviewed"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("审查规范性文件40件，其中审查市级规范性文件25件。", "25件"),  # the total has the key (rule 13)
    ("制定规范性文件30件，其中市级规范性文件12件。", "12件"),  # a level part naming no act of its own
])
def test_part_by_level_of_a_keyed_total_takes_no_key(sentence, raw):
    assert _doc_key(sentence, raw) is None


# ------------------------------------------------------------------------------ STUDY_PURPOSE (LABELING 9, 31)
# sessions and leadership meetings listed side by side, closed by a clause with no count saying they studied law
LEAD_HEADING = "（一）加强党对法治政府建设的领导"


def _lead_key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, LEAD_HEADING, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="学法制度落实仍有差距。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("先后3次组织专题学习，召开7次县政府党组会议、10次县政府常务会议，学习贯彻习近平法治思想。", "3次"),
    ("先后3次组织专题学习，召开7次县政府党组会议、10次县政府常务会议，学习贯彻习近平法治思想。", "7次"),
    ("先后3次组织专题学习，召开7次县政府党组会议、10次县政府常务会议，学习贯彻习近平法治思想。", "10次"),
    ("召开县政府常务会议8次，集中学习宪法和民法典。", "8次"),
    ("召开区政府党组会议4次、区政府常务会议9次，深入学习全面依法治国新理念新思想新战略。", "4次"),
])
def test_meetings_closed_by_law_study(sentence, raw):
    assert _lead_key(sentence, raw) == "leadership.study_sessions"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("召开8次县政府常务会议，学习习近平法治思想，研究部署法治政府建设工作。", "8次"),  # meetings that also decide
    ("召开5次县政府常务会议，学习贯彻党的二十大精神。", "5次"),  # study of no law
    ("主持召开县政府常务会议12次，深入学习法治思想，听取法治政府建设情况汇报。", "12次"),  # they heard reports
])
def test_meetings_not_closed_by_law_study_alone(sentence, raw):
    assert _lead_key(sentence, raw) != "leadership.study_sessions"


# ------------------------------------------------------------------------------ approval lists and streams
# ONE_THING_QUOTED: a count in 件 right after the quoted 一件事 counts the items; unquoted or after a verb of handling,
# the cases. CASE_WINDOW: the 办件 of one 专窗 are a stream, not the organ's 办件量. LEVELS_BELOW: 州级以下 items are
# several organs' lists. ONLINE_RATE_BARE: a percentage of “一网通办” items is the full-online rate.
REFORM = "（二）深化“放管服”改革，持续优化营商环境"


def _reform(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, REFORM, title="澄川市2033年法治政府建设年度报告", year=2033,
                        weakness="营商环境仍需优化。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("新增上线市级“高效办成一件事”17件。", "17件", "approval.one_thing_items"),
    ("全面落实改革要求，上线“一件事”18件。", "18件", "approval.one_thing_items"),
    ("全面推行“跨省通办”，“一网通办”服务事项占比达87.4%。", "87.4%", "digital.items_online_rate"),
    ("公布区级行政许可事项163项。", "163项", "approval.licensing_items"),
    ("全年办理政务服务事项12.6万件。", "12.6万件", "approval.cases_handled"),
])
def test_approval_class_takes_the_key(sentence, raw, key):
    assert _reform(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    ("深化改革，高效办成一件事4.1万余件。", "4.1万余件"),
    ("“高效办成一件事”累计办理1.2万件。", "1.2万件"),
    ("“企业开办”专窗共计产生办件达1260件。", "1260件"),
    ("汇总州级以下行政许可事项217项。", "217项"),
    ("公布县级及以下政务服务事项1200项。", "1200项"),
])
def test_approval_class_refuses_the_key(sentence, raw):
    assert _reform(sentence, raw) is None


# ------------------------------------------------------------------------------ MANY_BODIES (LABELING 32, 45)
# study summed over the bodies of two levels; a later clause naming no body of its own takes over that subject,
# until a clause names another body
@pytest.mark.parametrize(("sentence", "raw"), [
    ("市县两级政府常务会议累计学法64次，干部法治意识明显提升。", "64次"),
    ("全县各级各部门会前学法520场次，主要领导讲法130场次。", "130场次"),
])
def test_many_bodies_study_takes_no_key(sentence, raw):
    assert _lead_key(sentence, raw) is None


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全区各级党委（党组）中心组专题学法200余次，区委党校主题班开课12次，干部大讲堂专题讲法4次。", "4次",
     "capacity.training_sessions"),
    ("县政府常务会议学法12次，主要领导讲法3次。", "12次", "leadership.study_sessions"),
])
def test_own_body_ends_the_many_bodies_subject(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ APPROVAL_VOCABULARY
# terms of the genre that hold a phrasing's words but name another thing: 一事通办 (one-thing service, not cross-area
# 通办), 优化准入服务/优化审批服务 (a 证照分离 mode, not the service-item list), 帮代办 items (a help service, not
# online items), items moved to a branch hall (下沉…分中心: no delegation to a lower government)
@pytest.mark.parametrize(("sentence", "raw"), [
    ("梳理形成市、县两级“一事通办”事项共96项。", "96项"),
    ("全区13项涉企许可事项纳入“证照分离”改革，其中直接取消审批事项5项，优化审批服务事项8项。", "8项"),
    ("打造“小青”帮代办品牌，上线帮代办事项150项。", "150项"),
    ("318项政务服务事项下沉至各镇分中心。", "318项"),
])
def test_approval_vocabulary_refuses_the_key(sentence, raw):
    assert _reform(sentence, raw) is None


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("推进跨省通办，实现86项事项跨省通办。", "86项", "approval.items_countywide"),
    ("上线网上可办事项860项。", "860项", "approval.items_online"),
    ("向乡镇下放审批事项36项。", "36项", "approval.items_delegated"),
])
def test_approval_vocabulary_near_misses_keep_the_key(sentence, raw, key):
    assert _reform(sentence, raw) == key


# ------------------------------------------------------------------------------ HEADS_LAW (一把手法治)
# 一把手法治讲座: 手 before 法治 is the heads' law, not 手法 (a technique); 工作手法 names no law
def test_heads_law_lecture_is_law_training():
    assert _lead_key("坚持会前学法，举办区长和局长一把手法治专题讲座5次。", "5次") == "capacity.training_sessions"


def test_technique_names_no_law():
    assert _lead_key("创新工作手法，开展专题讲座6次。", "6次") is None


# ------------------------------------------------------------------------------ LISTED_OUTCOME
# counts of several things listed in one clause share that clause's own predicate: the reform named in an earlier
# clause (告知承诺) gives none of them its key; a lone count of items after it still takes it
def test_counts_listed_with_their_own_predicate_take_no_earlier_topic():
    s = "深化告知承诺制改革，实现156项涉企经营事项、11项证明和70项申请材料“当场办”。"
    assert _reform(s, "156项") is None


def test_lone_count_after_the_topic_keeps_it():
    assert _reform("推行证明事项告知承诺制，公布清单，涉及44项行政事项。", "44项") == "approval.commitment_items"


# ------------------------------------------------------------------------------ OUTREACH_LECTURE (LABELING 10)
# a law lecture taken into schools, communities, villages or enterprises is law publicity; one for officials is training
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全区法治副校长走进校园开展法治讲座140余场次。", "140余场次", "capacity.law_publicity_events"),
    ("组织律师进社区开展法治讲座30场次。", "30场次", "capacity.law_publicity_events"),
    ("举办机关干部法治讲座6场。", "6场", "capacity.training_sessions"),
])
def test_outreach_lecture_is_publicity(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ STOCK_THEN_CHANGE
# a stock of items counted in one clause, then a bare change verb with its own figure (，取消29项，保留107项): the change
# is of that stock; 保留 (the stock kept) takes no change key
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("经全面清理，市本级证明事项共136项，取消29项，保留107项。", "29项", "approval.certificates_cancelled"),
    ("梳理行政许可事项310项，取消22项，下放15项。", "22项", "approval.permits_cancelled"),
    ("梳理行政许可事项310项，取消22项，下放15项。", "15项", "approval.items_delegated"),
])
def test_change_of_the_stock_counted_before(sentence, raw, key):
    assert _reform(sentence, raw) == key


def test_stock_kept_takes_no_change_key():
    assert _reform("梳理证明事项205项，保留157项。", "157项") is None
