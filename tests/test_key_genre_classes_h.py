"""Key classes of LABELING.md rules the parser did not implement yet, checked on several tune sets (issue 9,
session 2026-12-03, branch keysh). Synthetic sentences only (invented places, years and figures).

* MANY_BODIES_UNKEYED (rules 32/45): a study summed over many bodies (各级党委(党组)中心组学习N次) names the subject
  of the later clauses of its sentence even when it takes no key itself; 举办 and 机关干部 name no body of their own.
* OWN_BODY_ENDS_MANY (rule 45): many units named in an earlier clause (作为全市各级各部门的必学内容) are not the
  subject of a later clause that names a body of its own (市委常委会、市政府常务会会前学法N次).
* HANDED_DOWN (rules 22/53): items a level above the reporting organ handed down (省级下放…事项 in a county report)
  are received, not approval.items_delegated; a department stands at its region's level.
* WORLD_RANKING (rule 16, lead's list): a ranking published by a body outside the government's assessments
  (世界银行营商环境报告, 全球第N位) is not leadership.assessment_rank; a domestic assessment rank keeps it.
* BODIES_WITH_HEADS (rule 42): counts of bodies whose heads report, listed side by side with bracketed bodies
  (N个县(市、区)党政主要负责人、M个…主要负责同志…法治述职) each take leadership.law_reports; 第一责任人职责述职 (the
  heads' report on their rule-of-law duties) is 述法.
* MEETING_SIBLING (rules 31/52): counts of meetings listed side by side, split by body, before a shared act
  (县委常委会N次、县政府常务会M次研究部署法治政府建设工作) share the keyed last count's leadership.meetings when the
  item names only a body and a generic kind of meeting.
* LAW_BODY_MEETING (rule 52): a generic meeting (专题会议, 专题部署会) in a sentence whose subject is a rule-of-law
  leading body (依法行政工作领导小组, 法治政府建设领导小组, 依法治县委员会) is that body's meeting on rule-of-law work.
* ORGAN_UNCLEAR (rule 47): in the report of an organ that is no reconsideration body (a street, a town, a bureau
  other than justice), 办理/受理/新增 行政复议 N件 says neither that it decided them nor that it was the respondent:
  no key; a bare 行政复议N件 or 收到 (LABELING 7) and 被申请 keep reconsideration.as_respondent.
* POST_EVALUATION / REVIEW_OF_DECISIONS (lead's list, rule 23): 后评估 of decisions counts evaluations, not
  decisions.major_decisions; 审核/审查重大决策 is a legality review (decisions.legality_reviews), as 审核行政决策 is.
"""

import pytest

from _sentences import sentence_report, fig

LEAD_HEADING = "（一）加强党对法治政府建设的领导"


def _lead_key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, LEAD_HEADING, title="澄川市2034年法治政府建设年度报告", year=2034,
                        weakness="学法制度落实仍有差距。")
    return fig(r, raw)["key"]


# ------------------------------------------------------------------------------ MANY_BODIES_UNKEYED
@pytest.mark.parametrize(("sentence", "raw"), [
    ("严格落实学法制度，开展各级党委（党组）理论学习中心组学习2870次，举办机关干部法治讲座（报告会）1460场。", "1460场"),
    ("全市各级各部门开展集中学法900余次，举办法治专题培训320期。", "320期"),
])
def test_many_bodies_subject_carries_to_training(sentence, raw):
    assert _lead_key(sentence, raw) is None


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("严格落实学法制度，举办机关干部法治讲座6场。", "6场", "capacity.training_sessions"),
    ("开展各级党委（党组）中心组学习300余次，市政府常务会议会前学法12次。", "12次", "leadership.study_sessions"),
])
def test_own_subject_keeps_training_key(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ HANDED_DOWN
REFORM_HEADING = "（二）深化“放管服”改革，持续优化营商环境"


def _reform_key(sentence: str, raw: str, title: str) -> str | None:
    r = sentence_report(sentence, REFORM_HEADING, title=title, year=2034, weakness="营商环境仍需优化。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw", "title"), [
    ("开展下放事项“回头看”，梳理省级下放行政权力事项860项，市级下放行政权力事项140项。", "860项",
     "青石县2034年法治政府建设年度报告"),
    ("开展下放事项“回头看”，梳理省级下放行政权力事项860项，市级下放行政权力事项140项。", "140项",
     "青石县2034年法治政府建设年度报告"),
    ("梳理省级下放行政许可事项52项，逐项制定承接方案。", "52项", "澄川市2034年法治政府建设年度报告"),
    ("梳理上级下放行政权力事项75项。", "75项", "澄川市青石区司法局2034年法治政府建设年度报告"),
])
def test_items_handed_down_are_not_delegated(sentence, raw, title):
    assert _reform_key(sentence, raw, title) is None


@pytest.mark.parametrize(("sentence", "raw", "title"), [
    ("向各县区下放市级行政权力事项46项。", "46项", "澄川市2034年法治政府建设年度报告"),
    ("梳理县级下放乡镇行政权力事项38项。", "38项", "青石县2034年法治政府建设年度报告"),
])
def test_own_delegation_keeps_key(sentence, raw, title):
    assert _reform_key(sentence, raw, title) == "approval.items_delegated"


# ------------------------------------------------------------------------------ POST_EVALUATION / REVIEW_OF_DECISIONS
DECISION_HEADING = "（三）严格落实重大行政决策程序"


def _decision_key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, DECISION_HEADING, title="青石县2034年法治政府建设年度报告", year=2034,
                        weakness="决策程序仍需规范。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("公布9项重大决策事项及3项后评估决策事项。", "9项", "decisions.major_decisions"),
    ("公布9项重大决策事项及3项后评估决策事项。", "3项", None),
    ("开展重大行政决策后评估4项。", "4项", None),
    ("县司法局全年审核重大决策17件。", "17件", "decisions.legality_reviews"),
    ("对重大行政决策进行合法性审查26件。", "26件", "decisions.legality_reviews"),
    ("全年作出重大行政决策11项。", "11项", "decisions.major_decisions"),
])
def test_decision_evaluation_and_review(sentence, raw, key):
    assert _decision_key(sentence, raw) == key


# ------------------------------------------------------------------------------ WORLD_RANKING
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("在世界银行发布的营商环境报告中，我市排名位居全球第31位。", "第31位", None),
    ("我市营商环境便利度位居全球第45位。", "第45位", None),
    ("我市2034年度法治政府建设考核位居全省第3名。", "第3名", "leadership.assessment_rank"),
    ("在全省营商环境评价中，我市排名第4位。", "第4位", "leadership.assessment_rank"),
])
def test_world_ranking_is_no_assessment_rank(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ BODIES_WITH_HEADS
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("组织14个县（市、区）党政主要负责人、5个市直单位党组（党委）主要负责同志进行现场法治述职。", "14个",
     "leadership.law_reports"),
    ("组织14个县（市、区）党政主要负责人、5个市直单位党组（党委）主要负责同志进行现场法治述职。", "5个",
     "leadership.law_reports"),
    ("组织全县58家单位开展党政主要负责人履行推进法治建设第一责任人职责述职。", "58家", "leadership.law_reports"),
    ("对95名党政主要负责人履行推进法治建设第一责任人职责情况开展考核。", "95名", None),
])
def test_bodies_whose_heads_report(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ MEETING_SIBLING
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("县委常委会4次、县政府常务会7次研究部署法治政府建设工作。", "4次", "leadership.meetings"),
    ("县委常委会4次、县政府常务会7次研究部署法治政府建设工作。", "7次", "leadership.meetings"),
    ("市委常委会2次、市政府常务会8次专题听取法治政府建设工作汇报。", "2次", "leadership.meetings"),
    ("县委常委会4次、县政府常务会7次研究部署安全生产工作。", "4次", None),
])
def test_meetings_listed_side_by_side(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ LAW_BODY_MEETING
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("发挥县依法行政工作领导小组统筹作用，共召开专题会议6场，推动重点任务落实。", "6场", "leadership.meetings"),
    ("成立由局长任组长的法治政府建设领导小组，召开专题部署会4次。", "4次", "leadership.meetings"),
    ("全年共召开专题会议6场。", "6场", None),
    ("发挥县依法行政工作领导小组统筹作用，召开防汛抗旱会议3次。", "3次", None),
])
def test_generic_meeting_of_a_law_body(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ ORGAN_UNCLEAR
def _organ_key(title: str, sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, "（五）依法化解行政争议", title=title, year=2034, weakness="基层法治力量还比较薄弱。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("title", "sentence", "raw", "key"), [
    ("青禾县柳岸街道办事处2034年法治政府建设工作报告", "2034年，新增行政复议案件1件。", "1件", None),
    ("澄川市农业农村局2034年法治政府建设工作报告", "加强复议诉讼督办，全年办理行政复议215件。", "215件", None),
    ("澄川市农业农村局2034年法治政府建设工作报告", "全年被申请行政复议4件。", "4件", "reconsideration.as_respondent"),
    ("青禾县柳岸街道办事处2034年法治政府建设工作报告", "全年行政复议3件、行政诉讼2件。", "3件",
     "reconsideration.as_respondent"),
])
def test_reconsideration_count_of_unclear_organ(title, sentence, raw, key):
    assert _organ_key(title, sentence, raw) == key


# ------------------------------------------------------------------------------ OWN_BODY_ENDS_MANY
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("把习近平法治思想作为全市各级各部门的必学内容，严格落实会前学法制度，市委常委会、市政府常务会会前学法15次。",
     "15次", "leadership.study_sessions"),
    ("全市各级各部门深入学习，会前学法610场次。", "610场次", None),
])
def test_own_body_clause_after_many_units(sentence, raw, key):
    assert _lead_key(sentence, raw) == key
