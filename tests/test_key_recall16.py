"""Missed-key classes of the tuneL/tuneM pages (issue 9, session 16), on invented sentences (other places, other
numbers, reworded): each case failed on the base commit of branch keysR16.

* PLACE_SUFFIX_SHARED (LABELING 21/31): two sibling counts split by place, whose place names end in the same
  one-character suffix (…自贸试验区 / …新区), keep their keys: the common tail of the names swallows that suffix, so
  the modifiers are places, not kinds.
* REVIEWED_ACT (LABELING 13/43): a name that is only the act led by the review behind it (经清理废止) is a bare act;
  its noun is the one its sentence named before (key_heads.csv).
* LAW_COMMITTEE_NAME (LABELING 52): 全面 in 全面依法治县委员会 is part of the body's name, not an adverb that ends the
  noun after the figure (召开3次县委全面依法治县委员会会议): the meeting keeps its name and, with it, its law word.
* NEW_THEN_NOUN: 新增/新建 before a figure is only a verb, like 完成 or 召开: the noun phrase after the figure, to the
  clause end, names what is counted, however long its modifiers (新增5个全市法治政府建设示范单位和项目).
* PUBLICITY_LEAD_IN (LABELING 26): the first publicity count of a sentence whose paragraph's sentence right before it,
  counting nothing, names the law publicity campaign is that campaign's event (and its audience follows it), though
  its own clause omits 法. Study and training keep LABELING 29 (law only in an earlier sentence: no key).
* catalog phrasings (data/catalog.csv): a 依法行政 研讨班 for officials is law training (LABELING 10); 取消N项证明事项
  (the verb, the figure, then the certificates) is approval.certificates_cancelled; an 在线测试/线上测试 of law is a law
  exam (capacity.exam_takers, as 网上测试 already was).
* LIST_OBJECT_POWER: in a 、 list of changes whose first item names its object as 行政权力/行政职权 without 事项
  (调整行政职权860项、取消75项、下放312项), a bare 下放 in a later item delegates that object.
* COUNTED_HONOUR_LIST (LABELING 21/31): N个X和M个Y分别被命名为…示范地区和示范项目: both counts are demonstration sites,
  a split with no total; places named without a count before 和 (甲区、乙街道和2个项目) still make the count a part.
* STAFF_TRAINEES: a trainees count whose people are enforcement staff (N名执法人员参加…培训) is
  enforcement.staff_trained (its catalog definition: the trainees are enforcement staff), however far the training
  word stands from the people.
* OBJECT_THEN_ACT (LABELING 23/25): 对N项X开展/进行Y: X is the object; the act Y is what the figure counts when the
  catalog has a key for it (对N项决策事项开展合法性审查 counts legality reviews, not decisions made).
* MATERIALS_THEN_AUDIENCE: the people a 覆盖 clause counts after the materials handed out at publicity events counted
  right before them in the sentence are that campaign's audience (capacity.publicity_audience).
* QUOTED_THEME (LABELING 29): a clause naming a law theme (以“…法…，…”为主题) before a training clause of the same
  sentence gives that training its law topic, though a comma inside the quoted theme splits its clause.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（二）深化“放管服”改革", title: str = "青岚省2032年法治政府建设年度报告"):
    return sentence_report(sentence, heading, title=title, year=2032, weakness="个别单位审核流程不够规范。")


def key(sentence: str, raw: str, heading: str = "（二）深化“放管服”改革", title: str = "青岚省2032年法治政府建设年度报告"):
    f = fig(report(sentence, heading, title), raw)
    return f["key"], f["name"], f["key_basis"]


# ------------------------------------------------------------------------------ PLACE_SUFFIX_SHARED
@pytest.mark.parametrize("raw", ["35项", "264项"])
def test_a_split_by_places_ending_in_one_suffix_keeps_the_key(raw):
    s = "试点推行告知承诺制。向青岚高新技术产业园区下放省级管理权限35项，向临河新区下放省级管理权限264项。"
    assert key(s, raw)[0] == "approval.items_delegated", key(s, raw)


@pytest.mark.parametrize("raw", ["70项", "90项"])
def test_a_split_by_kind_still_loses_the_key(raw):
    # near miss: the modifiers are kinds, not places ending in a shared suffix
    assert key("梳理出自然人服务事项70项、法人服务事项90项。", raw)[0] is None


# ------------------------------------------------------------------------------ REVIEWED_ACT
def test_an_act_named_with_the_review_before_it_takes_the_noun_of_its_sentence():
    # the name is only the act (经清理废止); the documents it counts are named earlier in the sentence
    s = "对本县现行有效的行政规范性文件开展集中清理，2032年经清理废止4件。"
    assert key(s, "4件", "（二）健全依法行政制度体系", "青岚县2032年法治政府建设年度报告")[0] == "normative_docs.repealed"


def test_a_reviewed_act_on_other_documents_stays_without_key():
    # near miss: the sentence names policy documents, not normative documents (data/key_heads.csv)
    s = "对涉及市场主体的政策措施文件开展公平竞争审查，经评估废止7份。"
    assert key(s, "7份", "（二）健全依法行政制度体系", "青岚县2032年法治政府建设年度报告")[0] is None


# ------------------------------------------------------------------------------ LAW_COMMITTEE_NAME
def test_a_meeting_of_the_rule_of_law_committee_named_after_the_figure_is_a_law_meeting():
    s = "召开3次县委全面依法治县委员会会议，部署年度法治建设重点任务；县政府常务会多次研究解决具体问题。"
    k, name, _ = key(s, "3次", "（一）加强党对法治政府建设的领导", "青岚县2032年法治政府建设年度报告")
    assert k == "leadership.meetings" and name.startswith("县委全面依法治县委员会"), (k, name)


def test_an_adverb_full_scale_still_ends_the_noun():
    # near miss: 全面 as an adverb (全面推进) still ends the noun after the figure
    s = "召开5次专题会议全面推进营商环境改革。"
    name = key(s, "5次", "（一）加强党对法治政府建设的领导", "青岚县2032年法治政府建设年度报告")[1]
    assert "全面" not in (name or ""), name


# ------------------------------------------------------------------------------ NEW_THEN_NOUN
def test_new_sites_named_after_the_figure_are_demonstration_sites():
    s = "新增5个全市法治政府建设示范单位和项目，示范创建工作取得新进展。"
    k = key(s, "5个", "（一）加强党对法治政府建设的领导", "澄川市2032年法治政府建设年度报告")[0]
    assert k == "leadership.demonstration_sites", k


def test_new_things_of_no_catalog_indicator_stay_without_key():
    s = "新增12个市场主体登记服务网点，方便群众就近办事。"
    assert key(s, "12个", "（一）加强党对法治政府建设的领导", "澄川市2032年法治政府建设年度报告")[0] is None


# ------------------------------------------------------------------------------ PUBLICITY_LEAD_IN
_PUBLICITY_HEADING = "（三）加强宣传教育，营造良好氛围"


@pytest.mark.parametrize(("raw", "want"), [("6场次", "capacity.law_publicity_events"),
                                           ("八百余人", "capacity.publicity_audience")])
def test_events_after_a_law_publicity_lead_in_are_law_publicity(raw, want):
    s = ("青岚镇依托普法阵地和普法志愿者队伍常态化开展法治宣传进村居活动，不断提升群众法治意识。"
         "全年累计举办主题宣传6场次，受众八百余人。")
    assert key(s, raw, _PUBLICITY_HEADING, "青岚镇2032年法治政府建设年度报告")[0] == want


@pytest.mark.parametrize("lead", [
    "青岚镇将习近平法治思想纳入党委理论学习重要内容，推动学习走深走实。",  # a study lead-in, not publicity
    "青岚镇依托普法阵地开展法治宣传12次，覆盖全镇村居。",  # the lead-in counts its own events
])
def test_events_after_another_lead_in_stay_without_key(lead):
    s = lead + "全年累计举办主题宣传6场次。"
    assert key(s, "6场次", _PUBLICITY_HEADING, "青岚镇2032年法治政府建设年度报告")[0] is None


# ------------------------------------------------------------------------------ catalog phrasings
def test_a_seminar_on_lawful_administration_is_law_training():
    s = "举办3期科级干部依法行政研讨班，进一步提升干部法治素养。"
    assert key(s, "3期", "（五）提升干部法治素养", "青岚县2032年法治政府建设年度报告")[0] == "capacity.training_sessions"


def test_certificates_cancelled_named_after_the_figure():
    s = "推进“减证便民”，取消412项证明事项，方便企业群众办事。"
    assert key(s, "412项")[0] == "approval.certificates_cancelled"


def test_people_taking_an_online_law_test_are_exam_takers():
    s = "组织全县56家单位、1820名机关干部参加“宪法与民法典在线测试”，合格率达100%。"
    assert key(s, "1820名", "（五）提升干部法治素养", "青岚县2032年法治政府建设年度报告")[0] == "capacity.exam_takers"


def test_certificates_issued_are_not_cancelled():
    # near miss: 出具 is no cancelling verb
    s = "为群众出具各类证明事项材料230项。"
    assert key(s, "230项")[0] is None


# ------------------------------------------------------------------------------ LIST_OBJECT_POWER
def test_a_bare_delegation_in_a_list_of_power_changes_is_delegated_items():
    s = "完成省、市、县三级权责清单动态调整，调整行政职权860项、取消75项、下放312项。"
    r = report(s)
    assert fig(r, "312项")["key"] == "approval.items_delegated"
    assert fig(r, "75项")["key"] is None  # near miss: cancelled powers have no catalog key


# ------------------------------------------------------------------------------ COUNTED_HONOUR_LIST
@pytest.mark.parametrize("raw", ["2个", "3个"])
def test_counted_places_and_projects_named_demonstration_sites(raw):
    s = "青岚、临河2个县和3个项目被分别命名为第三批全省法治建设示范县和示范项目。"
    k = key(s, raw, "（一）加强党对法治政府建设的领导", "澄川市2032年法治政府建设年度报告")[0]
    assert k == "leadership.demonstration_sites", k


def test_a_count_after_places_named_without_a_count_stays_a_part():
    s = "青岚县、临河街道和2个项目荣获全省法治政府建设示范命名。"
    assert key(s, "2个", "（一）加强党对法治政府建设的领导", "澄川市2032年法治政府建设年度报告")[0] is None


# ------------------------------------------------------------------------------ STAFF_TRAINEES
_TRAINING_HEADING = "（五）提升干部法治素养"


def test_enforcement_staff_sent_to_a_law_course_are_staff_trained():
    s = "组织全县420名行政执法人员参加新修订行政处罚法专题培训，提升依法行政能力。"
    assert key(s, "420名", _TRAINING_HEADING, "青岚县2032年法治政府建设年度报告")[0] == "enforcement.staff_trained"


def test_officials_sent_to_a_law_course_stay_trainees():
    s = "组织全县300名机关干部参加新修订行政处罚法专题培训，提升依法行政能力。"
    assert key(s, "300名", _TRAINING_HEADING, "青岚县2032年法治政府建设年度报告")[0] == "capacity.trainees"


# ------------------------------------------------------------------------------ OBJECT_THEN_ACT
def test_decisions_after_dui_reviewed_for_legality_are_legality_reviews():
    s = "落实决策前置审查制度，年内对9件重大决策事项进行了合法性审查，确保决策合法合规。"
    k = key(s, "9件", "（三）推进依法科学民主决策", "青岚镇2032年法治政府建设年度报告")[0]
    assert k == "decisions.legality_reviews", k


def test_decisions_made_stay_major_decisions():
    # near miss: no 对 before the figure, no act after it
    s = "全年作出重大行政决策9项，均经过合法性审查。"
    k = key(s, "9项", "（三）推进依法科学民主决策", "青岚镇2032年法治政府建设年度报告")[0]
    assert k == "decisions.major_decisions", k


# ------------------------------------------------------------------------------ MATERIALS_THEN_AUDIENCE
def test_people_covered_after_materials_of_law_publicity_are_its_audience():
    s = "组织民法典宣传、宪法宣传进社区活动12场，发放宣传折页2.3万余份，覆盖1.6万余人次。"
    k = key(s, "1.6万余人次", _PUBLICITY_HEADING, "青岚镇2032年法治政府建设年度报告")[0]
    assert k == "capacity.publicity_audience", k


def test_people_covered_after_materials_alone_stay_without_key():
    # near miss: no publicity event counted before the materials
    s = "编印惠企政策汇编2.3万余份，覆盖1.6万余人次。"
    assert key(s, "1.6万余人次", _PUBLICITY_HEADING, "青岚镇2032年法治政府建设年度报告")[0] is None


# ------------------------------------------------------------------------------ QUOTED_THEME
def test_people_trained_under_a_quoted_law_theme_are_trainees():
    s = "邀请省委党校教授授课，以“学习宪法精神，提升依法履职能力”为主题，对全县210名股级干部开展集中轮训。"
    k = key(s, "210名", _TRAINING_HEADING, "青岚县2032年法治政府建设年度报告")[0]
    assert k == "capacity.trainees", k


def test_people_trained_under_a_quoted_theme_without_law_stay_without_key():
    s = "邀请省委党校教授授课，以“提升服务意识，优化营商环境”为主题，对全县210名股级干部开展集中轮训。"
    assert key(s, "210名", _TRAINING_HEADING, "青岚县2032年法治政府建设年度报告")[0] is None


def test_a_theory_talk_after_a_law_publicity_lead_in_stays_without_key():
    # near miss: the event's own words name another topic (theory), not the law campaign's
    s = "青岚镇依托普法阵地常态化开展法治宣传进村居活动。全年开展党的二十大精神理论宣讲40场。"
    assert key(s, "40场", _PUBLICITY_HEADING, "青岚镇2032年法治政府建设年度报告")[0] is None
