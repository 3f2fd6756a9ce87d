"""Key recall classes (issue 9): figures whose key the catalog phrasings find but a reading step lost, fixed as genre
rules. Each class: at least three wordings (one not seen on any page) and a near-miss that must not take the key.
Synthetic sentences only: invented places, years and figures.

* QUOTED_HEAD: the noun a number counts runs through a quoted word to its head (302个政务服务“证照分离”事项); a name
  cut at the opening quote is no other noun, so the head-noun gate reads on to the head.
* LIST_SIBLING: in a 、 list, the next item that differs from the keyed one only by a level or a generic modifier
  (国家任务…、省级任务…; 示范地区…、项目…) counts the same indicator.
* PREDICATE_RUN: a noun run after the matched words that crosses a predicate (对N项政务服务事项进行新一轮标准化梳理:
  进行 … 标准化) names no other head noun the figure counts.
* ROW_LENGTH: a long sentence without a clause break is prose, not a table row continuing the row above.
* BODY_REPORTS: N个/家 bodies whose leaders report on their law duties (述法) in the same clause are
  leadership.law_reports (LABELING 39); not when people are counted in between, nor for a sample drawn.
"""

import re

import pytest

from _sentences import fig, reform_key, sentence_report

LEAD_HEADING = "（一）加强党对法治政府建设的领导"
ENFORCE_HEADING = "（三）严格规范公正文明执法"


def _key(sentence: str, raw: str, heading: str, nth: int = 0) -> tuple[str | None, str | None]:
    r = sentence_report(sentence, heading, title="澄川市2033年法治政府建设年度报告", year=2033,
                        weakness="法治建设仍有短板。")
    row = fig(r, raw, nth)
    return row["key"], row["key_basis"]


# ------------------------------------------------------------------------------ QUOTED_HEAD
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全县共推出218个政务服务“证照分离”事项，对19个证明事项实行告知承诺制。", "218个",
     "approval.permit_separation_items"),
    ("依托一体化平台上线37个高频“一件事”事项，群众办事更便捷。", "37个", "approval.one_thing_items"),
    ("梳理公布26项涉企“证照分离”改革事项。", "26项", "approval.permit_separation_items"),  # (no page)
])
def test_quoted_word_before_the_head(sentence, raw, key):
    assert reform_key(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    # the quoted word is followed by windows or pilots, not items: the head after the quote is not the key's
    ("在大厅设立8个政务服务“证照分离”专窗，集中受理涉企申请。", "8个"),
    ("确定5个园区“证照分离”试点，先行先试。", "5个"),
])
def test_quoted_word_before_another_head(sentence, raw):
    assert reform_key(sentence, raw) != "approval.permit_separation_items"


# ------------------------------------------------------------------------------ LIST_SIBLING
@pytest.mark.parametrize(("sentence", "first", "raw", "heading", "key"), [
    ("完成国家级“双随机、一公开”抽查任务36个、省级任务58个，实现监管全覆盖。", "36个", "58个", ENFORCE_HEADING,
     "enforcement.random_inspections"),
    ("命名第三批市级法治政府建设示范地区(单位)9个、项目6个。", "9个", "6个", LEAD_HEADING,
     "leadership.demonstration_sites"),
    ("完成“双随机、一公开”抽查任务120个、市级任务45个。", "120个", "45个", ENFORCE_HEADING,  # (no page)
     "enforcement.random_inspections"),
])
def test_next_list_item_at_another_level_keeps_the_key(sentence, first, raw, heading, key):
    assert _key(sentence, first, heading)[0] == key
    got, why = _key(sentence, raw, heading)
    assert got == key, why


def _first_count(sentence: str) -> str:
    """The first count of a synthetic sentence (the digits and the measure word after them)."""
    return re.search(r"[0-9]+[个项件次家]", sentence).group()


@pytest.mark.parametrize(("sentence", "raw", "heading"), [
    # the next item names its own act or another thing: no key from the item before
    ("完成国家级“双随机、一公开”抽查任务36个、整改问题58个。", "58个", ENFORCE_HEADING),
    ("完成国家级“双随机、一公开”抽查任务36个、未完成任务2个。", "2个", ENFORCE_HEADING),
])
def test_next_list_item_of_another_thing_takes_no_key(sentence, raw, heading):
    key, why = _key(sentence, raw, heading)
    assert key != "enforcement.random_inspections", why


# ------------------------------------------------------------------------------ PREDICATE_RUN
@pytest.mark.parametrize("sentence", [
    "按照省级目录清单，对全县1420项政务服务事项进行新一轮标准化梳理。",
    "对全区865项政务服务事项开展新一轮标准化编制。",  # (no page)
    "依据“四级四同”清单，对全市2310项政务服务事项进行新一轮规范梳理。",
])
def test_a_predicate_ends_the_counted_noun(sentence):
    raw = _first_count(sentence)
    assert reform_key(sentence, raw) == "approval.service_items"


def test_a_noun_run_without_a_predicate_is_another_noun():
    # 政务服务事项办事指南: guides counted, the head follows the matched words without a predicate
    assert reform_key("编制政务服务事项办事指南标准86项。", "86项") != "approval.service_items"


# ------------------------------------------------------------------------------ ROW_LENGTH
def test_long_prose_sentence_is_no_table_row():
    # the sentence before is keyed approval; this long comma-free sentence counts templates (承诺书范本), whose
    # permit-separation words need 证照分离 in their own sentence: no table-row carry-over
    text = ("对全县1200项政务服务事项进行新一轮标准化梳理。根据省政府办公厅印发的《关于全面推行涉企经营许可事项告知承诺制的"
            "实施方案》梳理出本县涉企经营许可事项告知承诺书(范本)7项。")
    assert reform_key(text, "7项") is None


# ------------------------------------------------------------------------------ BODY_REPORTS
@pytest.mark.parametrize("sentence", [
    "组织12个街道(镇)党政主要负责人和区直部门主要负责就履行推进法治建设第一责任人职责情况进行述法，邀请5类人员现场评议。",
    "区委组织全区23个部门主要负责同志围绕年度法治建设任务落实情况逐一述法，压实责任。",  # (no page)
    "安排6家单位主要负责人在常委会扩大会议上书面述法并接受测评。",  # (no page)
    "组织全县48家单位党政主要负责人开展年终述法。",
])
def test_bodies_whose_leaders_report(sentence):
    key, why = _key(sentence, _first_count(sentence), LEAD_HEADING)
    assert key == "leadership.law_reports", why


@pytest.mark.parametrize(("sentence", "raw"), [
    # the people are counted after the bodies: the bodies take no key
    ("全省各市州及25个省直部门57名党政主要负责同志开展专题述法。", "25个"),
    # a sample drawn for on-site reporting is a part of those who reported
    ("抽选五家单位主要负责人进行现场专题述法。", "五家"),
    # bodies that only took part in a meeting, no leader reports
    ("组织30个部门参加法治建设推进会，部署年度述法工作。", "30个"),
])
def test_bodies_not_counted_as_reporters(sentence, raw):
    key, why = _key(sentence, raw, LEAD_HEADING)
    assert key != "leadership.law_reports", why


# ------------------------------------------------------------------------------ SENTENCE_TOPIC (LABELING 29)
@pytest.mark.parametrize(("sentence", "raw"), [
    ("将习近平法治思想纳入镇党委理论学习中心组、干部职工政治理论学习重要内容，列入《2034年度学习计划》，全年组织专题讲座3次。",
     "3次"),
    ("把宪法和民法典列为机关干部学习重点，制定年度学习清单，组织专题讲座4场。", "4场"),  # (no page)
    ("坚持把法律法规作为干部教育培训的必修内容，结合岗位需要，全年举办专题培训5期。", "5期"),  # (no page)
])
def test_law_topic_in_an_earlier_clause_of_the_sentence(sentence, raw):
    key, why = _key(sentence, raw, "（一）学习贯彻习近平新时代中国特色社会主义思想")
    assert key == "capacity.training_sessions", why


@pytest.mark.parametrize(("sentence", "raw"), [
    # law named only as a goal, no study of it: no law topic for the lectures
    ("围绕法治政府建设目标，结合岗位需要，全年组织专题讲座2次。", "2次"),
    # another count stands before: each item names its own topic (this one none)
    ("将习近平法治思想纳入学习内容，开展理论研讨4次，组织专题讲座2次。", "2次"),
    # the law topic is in the sentence before (LABELING 29: no key)
    ("将习近平法治思想纳入学习内容。结合岗位需要，全年组织专题讲座2次。", "2次"),
])
def test_no_law_topic_in_the_sentence(sentence, raw):
    key, why = _key(sentence, raw, "（一）学习贯彻习近平新时代中国特色社会主义思想")
    assert key != "capacity.training_sessions", why


# ------------------------------------------------------------------------------ STANDING_COMMITTEE (catalog data)
# the party committee's standing meeting is printed 常委会议 / 常委（扩大）会议 as often as 常委会: the catalog phrasings
# of leadership.meetings name it; the meetings gate still wants law work said of them
@pytest.mark.parametrize(("sentence", "raw"), [
    ("全年召开4次县委常委(扩大)会议、6次县政府常务会议研究部署法治政府建设重大事项。", "4次"),
    ("2033年召开3次市委常委会议专题研究法治建设工作。", "3次"),  # (no page)
    ("召开区委常委会议5次，听取法治政府建设情况汇报。", "5次"),  # (no page)
])
def test_standing_committee_meetings_on_law_work(sentence, raw):
    key, why = _key(sentence, raw, LEAD_HEADING)
    assert key == "leadership.meetings", why


@pytest.mark.parametrize(("sentence", "raw"), [
    ("召开县委常委会议24次，研究经济社会发展重大事项80项。", "24次"),  # no law work
    ("落实县委常委会议会前学法制度，集体学法6次。", "6次"),  # study, not a meeting count
])
def test_standing_committee_meetings_without_law_work(sentence, raw):
    key, why = _key(sentence, raw, LEAD_HEADING)
    assert key != "leadership.meetings", why


# ------------------------------------------------------------------------------ BARE_ACT_CLAUSE
@pytest.mark.parametrize(("sentence", "raw", "nth", "heading", "key"), [
    ("制定政府规章2件，修订3件，废止4件。", "3件", 0, "（二）完善依法行政制度体系", "rules.regulations_issued"),
    # (网上可办率…: the online channel's cases take no key, LABELING 66, tests/test_key_rules66_73.py)
    ("政务服务事项全程可办率达96.5%，办理4.2万件。", "4.2万件", 0, "（二）深化“放管服”改革，持续优化营商环境",
     "approval.cases_handled"),
    ("出台地方性法规1件，修改2件。", "2件", 0, "（二）完善依法行政制度体系", "rules.regulations_issued"),  # (no page)
])
def test_bare_act_clause_takes_the_object_before(sentence, raw, nth, heading, key):
    got, why = _key(sentence, raw, heading, nth)
    assert got == key, why


@pytest.mark.parametrize(("sentence", "raw", "heading"), [
    # the clause before holds no figure: its words are a lead-in, not an item of the same account
    ("进一步规范政府规章的制定程序，修订2件。", "2件", "（二）完善依法行政制度体系"),
    # the clause before names a sub-part: 其中 items are read by the breakdown rules
    ("其中涉企政务服务事项1200项，办理300件。", "300件", "（二）深化“放管服”改革，持续优化营商环境"),
])
def test_bare_act_clause_without_an_item_before(sentence, raw, heading):
    got, why = _key(sentence, raw, heading)
    assert got is None or "of the clause before" not in (why or ""), why


def test_bare_repeal_of_rules_is_not_a_normative_document_repeal():
    got, why = _key("制定政府规章2件，修订3件，废止4件。", "4件", "（二）完善依法行政制度体系")
    assert got != "normative_docs.repealed", why


# ------------------------------------------------------------------------------ WORKING_HOURS (catalog data)
# start-up times are printed in working hours as in working days (个工作小时 is a duration unit of data/units.csv)
@pytest.mark.parametrize(("sentence", "raw"), [
    ("市本级企业开办时间压缩至4个工作小时，各县区压缩至1个工作日。", "4个工作小时"),
    ("开办企业全流程用时压减至3个工作小时以内。", "3个工作小时以内"),  # (no page)
    ("企业开办全流程时间压缩至6工作小时。", "6工作小时"),  # (no page)
])
def test_startup_time_in_working_hours(sentence, raw):
    assert reform_key(sentence, raw) == "approval.startup_time"


def test_other_registration_in_working_hours():
    assert reform_key("不动产登记办理时间压缩至8个工作小时。", "8个工作小时") != "approval.startup_time"


# ------------------------------------------------------------------------------ ONE_THING_JIAN
# the 高效办成一件事 lists are announced in 件 as in 个/项 (国家部署的13件“一件事”): items, when the number comes before
# the 一件事 it counts; a count in 件 after “一件事” counts the cases handled under it
@pytest.mark.parametrize(("sentence", "raw"), [
    ("推动9件国办“一件事”落地实施，打造特色集成服务。", "9件"),
    ("上线第二批21件“高效办成一件事”重点事项。", "21件"),  # (no page)
    ("全县承接国家部署的13件“一件事”，全部落地见效。", "13件"),  # (no page)
])
def test_one_thing_items_counted_in_jian(sentence, raw):
    assert reform_key(sentence, raw) == "approval.one_thing_items"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("“高效办成一件事”累计办理1.2万件。", "1.2万件"),
    ("“一件事”集成服务全年办件4600件。", "4600件"),
])
def test_cases_under_one_thing_are_no_items(sentence, raw):
    assert reform_key(sentence, raw) != "approval.one_thing_items"


# ------------------------------------------------------------------------------ OBJECT_FRONTED
# 对N件予以废止: 对 fronts the object, which the sentence named before (对现行有效的…规范性文件进行评估，根据结果对N件…)
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("对现行有效的86件规范性文件进行全面评估，根据评估结果对9件予以废止。", "9件", "normative_docs.repealed"),
    ("對現行有效的40件規範性文件進行評估，根據評估結果對7件予以廢止。", "7件", "normative_docs.repealed"),
    ("全面梳理本部门规范性文件62件，经评估对4件予以废止。", "4件", "normative_docs.repealed"),  # (no page)
    ("對現行有效的35件規範性文件進行全麵評估，根據評估結果對5件予以廢止或宣布失效。", "5件", "normative_docs.repealed"),
])
def test_fronted_object_named_before(sentence, raw, key):
    got, why = _key(sentence, raw, "（三）加强规范性文件监督管理")
    assert got == key, why


def test_fronted_object_of_another_kind():
    got, why = _key("清理各类政策措施文件40件，对6件予以废止。", "6件", "（三）加强规范性文件监督管理")
    assert got != "normative_docs.repealed", why


# ------------------------------------------------------------------------------ OBJECT_LIST_HEAD
# 听取N次 + a 、 list of bodies + the head of their reports: the verb takes the head the list's last item runs into
@pytest.mark.parametrize(("sentence", "raw"), [
    ("县委常委会听取3次全面依法治县工作汇报，听取1次县人大常委会、县政府、县法院、县检察院党组法治建设情况报告。", "1次"),
    ("市委常委会专题听取2次市中级法院、市检察院党组法治建设工作汇报。", "2次"),  # (no page)
    ("区委常委会听取1次区政府、区政协党组法治政府建设情况汇报。", "1次"),  # (no page)
])
def test_verb_takes_the_head_after_a_list_of_bodies(sentence, raw):
    key, why = _key(sentence, raw, LEAD_HEADING, 1 if sentence.count(raw) > 1 else 0)
    assert key == "leadership.meetings", why


def test_list_of_bodies_reporting_on_other_work():
    key, why = _key("县委常委会听取1次县发改局、县财政局、县统计局经济运行情况报告。", "1次", LEAD_HEADING)
    assert key != "leadership.meetings", why


# ------------------------------------------------------------------------------ COLLECTIVE_STUDY (catalog data)
# 集体学习 is the genre's other name for 集中学习 / 集体学法: collective study of law when law is its topic in the sentence
@pytest.mark.parametrize("sentence", [
    "将学习习近平法治思想纳入镇党委年度学习计划，举办专题讲座2场、集体学习4次。",
    "镇党委理论学习中心组围绕宪法和民法典开展集体学习5次。",  # (no page)
    "镇政府常务会议集体学习法律法规和党内法规3次。",  # (no page)
])
def test_collective_study_of_law(sentence):
    key, why = _key(sentence, re.findall(r"[0-9]+次", sentence)[-1], LEAD_HEADING)
    assert key == "leadership.study_sessions", why


def test_collective_study_of_other_topics():
    key, why = _key("组织机关党员集体学习党的二十大精神6次。", "6次", "（一）加强党的建设")
    assert key is None, why


# ------------------------------------------------------------------------------ LAW_CLASS (catalog data)
# 法治课 (上/讲法治课) is a law lecture: training of officials; for pupils or the public it is no official training
@pytest.mark.parametrize(("sentence", "raw"), [
    ("开展干部能力素质提升行动，上法治课4场次。", "4场次"),
    ("邀请法官为全体机关干部讲法治课3次。", "3次"),  # (no page)
    ("镇党委书记为新任村干部讲授法治课2场。", "2场"),  # (no page)
])
def test_law_class_for_officials(sentence, raw):
    key, why = _key(sentence, raw, "（四）提升干部法治素养")
    assert key == "capacity.training_sessions", why


@pytest.mark.parametrize(("sentence", "raw"), [
    ("法治副校长走进校园为中小学生上法治课12场。", "12场"),
    ("为辖区群众上法治课8场。", "8场"),
])
def test_law_class_for_the_public_is_no_training(sentence, raw):
    key, why = _key(sentence, raw, "（四）提升干部法治素养")
    assert key != "capacity.training_sessions", why


# ------------------------------------------------------------------------------ CAMPAIGN_EVENT (LABELING 26)
# a quoted campaign's events in a sentence whose earlier clause names law publicity are law-publicity events
@pytest.mark.parametrize(("sentence", "raw"), [
    ("开展法制宣传“六进”活动，开展“典亮乡村”活动6次，“法润童心”宣传活动4次。", "6次"),
    ("深化普法宣传，组织“宪法进万家”主题活动12场。", "12场"),  # (no page)
    ("围绕民法典开展普法宣传，举办“美好生活·民法典相伴”系列活动8场次。", "8场次"),  # (no page)
])
def test_campaign_events_in_a_publicity_sentence(sentence, raw):
    key, why = _key(sentence, raw, "（五）深入推进全民普法")
    assert key == "capacity.law_publicity_events", why


@pytest.mark.parametrize(("sentence", "raw"), [
    ("深化文明创建，开展“美丽庭院”活动6次。", "6次"),  # no law publicity in the sentence
    ("开展普法宣传。开展“美丽庭院”活动6次。", "6次"),  # the publicity is in the sentence before
])
def test_campaign_events_without_law_publicity(sentence, raw):
    key, why = _key(sentence, raw, "（五）深入推进全民普法")
    assert key != "capacity.law_publicity_events", why
