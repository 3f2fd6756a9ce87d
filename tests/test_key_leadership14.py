"""Key classes of the leadership and capacity families pooled over the six tuning sets (keysL14, issue 9).

Every sentence here is invented (other places, other years); none is real report text.

* LAW_BODY_PARAGRAPH (rule 52): a meeting named by no body of its own but a generic kind, or only by 委员会/领导小组
  (专题会议, 委员会专题会议), in a paragraph whose earlier sentence sets up or names a rule-of-law leading body
  (依法治镇委员会, 法治政府建设领导小组) is that body's meeting on rule-of-law work. A 党委会 or a meeting on another
  topic is not; nor is a generic meeting with no such body in its paragraph.
"""

import pytest

from _sentences import sentence_report, fig

LEAD_HEADING = "（一）加强党对法治政府建设的领导"


def _lead_key(sentence: str, raw: str) -> str | None:
    r = sentence_report(sentence, LEAD_HEADING, title="青禾县柳岸镇2036年法治政府建设工作报告", year=2036,
                        weakness="学法制度落实仍有差距。")
    return fig(r, raw)["key"]


# ------------------------------------------------------------------------------ LAW_BODY_PARAGRAPH
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("1.完善领导体制。组建由镇长任组长的依法治镇委员会，明确成员职责。年内召开委员会专题会议9次，推动任务落地。",
     "9次", "leadership.meetings"),
    ("1.完善领导体制。调整镇法治政府建设领导小组，压实分工。坚持问题导向，全年召开专题会议5次，推动工作落实。",
     "5次", "leadership.meetings"),
    ("1.完善领导体制。调整镇法治政府建设领导小组，压实分工。全年召开党委会18次，推动工作落实。", "18次", None),
    ("1.完善领导体制。压实分工，细化责任。全年召开专题会议5次，推动工作落实。", "5次", None),
    # the clause after says the meetings decided another matter
    ("1.完善领导体制。组建由镇长任组长的依法治镇委员会，明确成员职责。年内召开专题会议9次，研究部署防汛工作。",
     "9次", None),
])
def test_generic_meeting_of_a_law_body_in_the_paragraph(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ OWN_TRAINING / PEOPLE_AGAIN
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # the people's own clause names the law training they took, after a study counted in the clause before
    ("镇党委将学习贯彻习近平法治思想作为首要政治任务，纳入理论学习中心组学习核心内容，2035年累计开展专题学习12次，"
     "组织11名科级以上领导干部完成法治专题培训，不断提升能力。", "11名", "capacity.trainees"),
    # ... a training with no law word in it stays with the event before (no key)
    ("镇党委将学习贯彻习近平法治思想作为首要政治任务，2035年累计开展专题学习12次，组织11名科级以上领导干部参加业务培训。",
     "11名", None),
    # the event before is re-keyed from collective study to staff training by a later step: its people follow it
    ("对内加强学法用法，组织《中华人民共和国宪法》等学法活动，通过镇党校，组织机关村社干部专题学习保密、"
     "《中华人民共和国某某法》《信访工作条例》等18场次，超600人次参训。", "超600人次", "capacity.trainees"),
    # ... and so do the people covered, never keyed while the event read as study
    ("组织干部职工集中学习《中华人民共和国某某法》等法律法规6场，覆盖全员70余人次。", "70余人次", "capacity.trainees"),
    # the people of a leadership body's study stay unkeyed
    ("局党组理论学习中心组集中学习《中华人民共和国某某法》等法律法规6次，覆盖班子成员40人次。", "40人次", None),
])
def test_trainees_follow_their_own_training(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ BARE_DISCUSSION
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("2036年度，街道党工委中心组开展习近平法治思想专题学习5次，开展专题研讨2次，切实将所学贯彻落实到工作中。",
     "2次", "leadership.study_sessions"),
    ("镇党委将习近平法治思想列为第一议题，全年落实第一议题学习习近平法治思想15次，组织集中研讨3次。",
     "3次", "leadership.study_sessions"),
    # the study before is no law study (no key): the discussion takes none either
    ("召开局党组中心组学习会议、扩大学习会议19次，开展集中研讨6次。", "6次", None),
])
def test_bare_discussion_after_law_study(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ VIA_STUDY
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("深学笃用习近平法治思想，严格落实“第一议题”制度，通过开展6次中心组专题学习、2期读书班、5次支部集中学习研讨，"
     "推动学习走深走实。", "6次", "leadership.study_sessions"),
    ("深学笃用习近平法治思想，严格落实“第一议题”制度，通过开展6次中心组专题学习、2期读书班、5次支部集中学习研讨，"
     "推动学习走深走实。", "5次", None),
    ("坚持将习近平法治思想作为工作的根本遵循，通过组织党组“第一议题”学习19次、理论学习中心组专题学习11次等多种形式，"
     "持续推动学习走深走实。", "11次", "leadership.study_sessions"),
    # law only as a manner (依法行政), not as what is studied: no key
    ("坚持依法行政，通过组织理论学习中心组专题学习11次等多种形式，持续推动学习走深走实。", "11次", None),
    # no law named before the means: no key
    ("坚持把理论武装作为首要任务，通过组织党组“第一议题”学习19次、理论学习中心组专题学习11次等多种形式，"
     "持续推动学习走深走实。", "11次", None),
])
def test_study_as_the_means_of_a_law_topic(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ DEMONSTRATION_CITY
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("认真组织开展法治政府建设示范创建活动，我省命名6个法治政府建设示范市(县)和4个示范项目。", "6个",
     "leadership.demonstration_sites"),
    ("我县命名5个依法行政示范单位。", "5个", "leadership.demonstration_sites"),
])
def test_demonstration_city(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ BARE_INSPECTION
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("2.压实责任。将法治建设纳入村干部考评体系，实行一票否优。全年开展专项督查7次，通报问题15项。", "7次",
     "leadership.inspections"),
    ("三是统筹推进。召开全镇法治政府建设示范创建会，部署创建工作。细化分工，下发提示函30份、工作督导18次。", "18次",
     "leadership.inspections"),
    # the sentence before names no law: an inspection of any work
    ("2.压实责任。将重点工作纳入村干部考评体系，实行一票否优。全年开展专项督查7次，通报问题15项。", "7次", None),
    # the sentence before names 法 but no rule-of-law work
    ("2.压实责任。坚持依法办事，实行一票否优。全年开展专项督查7次，通报问题15项。", "7次", None),
    # an inspection named with a topic of its own
    ("2.压实责任。将法治建设纳入村干部考评体系。全年开展安全生产专项督查7次，通报问题15项。", "7次", None),
])
def test_bare_inspection_after_a_law_sentence(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ QUALIFICATION_EXAM
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # an enforcement qualification exam is no law-study exam (LABELING 11; the catalog definition leaves out
    # qualification exams)
    ("坚持执法人员持证上岗制度，2036年6名新进人员参加并通过了执法资格考试。", "6名", None),
    ("2036年共有8名执法人员参加行政执法资格考试，全部通过。", "8名", None),
    ("全镇5名新录用人员参加执法资格考试。", "5名", None),
    ("组织全局干部职工参加学法考试，参考人员130名。", "130名", "capacity.exam_takers"),
])
def test_qualification_exam_is_no_law_exam(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ LECTURE_OWN_AUDIENCE
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("县委常委会会议、县政府常务会议集中学法11次，举办领导干部法治专题讲座3次，举办全县依法行政业务培训班2次。",
     "3次", "capacity.training_sessions"),
    ("县委常委会会议、县政府常务会议集中学法11次，举办领导干部法治专题讲座3次，举办全县依法行政业务培训班2次。",
     "2次", "capacity.training_sessions"),
    # a lecture with no audience of its own, in a sentence whose subject is the body: its collective study
    ("县政府常务会议先后听取法治政府建设情况汇报4次，邀请专家开展法治专题讲座2次。", "2次", "leadership.study_sessions"),
])
def test_lecture_naming_its_own_audience(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ RANK_AND_FILE
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("将学法纳入“三会一课”、主题党日等体系，开展基层党组织集中学习法律法规420余次。", "420余次", None),
    ("组织各党支部集中学习宪法和民法典36次。", "36次", None),
    ("局党组理论学习中心组集中学习宪法和民法典6次。", "6次", "leadership.study_sessions"),
])
def test_rank_and_file_study_is_no_leadership_study(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ HEARING_ON_LAW
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("区政府常务会议会前学法5次，专题听取法治政府建设3次，组织部门开展政策法律学习。", "3次", "leadership.meetings"),
])
def test_hearing_on_law_work(sentence, raw, key):
    assert _lead_key(sentence, raw) == key


# ------------------------------------------------------------------------------ MIXED_TRAINING (LABELING 60)
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全年举办法治讲座和业务培训24场次，实现镇村干部学法全覆盖。", "24场次", None),
    ("开展业务培训和法治讲座12场。", "12场", None),
    ("组织干部职工开展法治讲座和业务培训8期，参训300人次。", "300人次", None),
    ("在村（社区）干部、新任公务员等培训班中分别安排法治专题课程，举办5期培训班次。", "5期", None),
    # a law class of a general course, and the law courses themselves, keep the key
    ("举办全县法治政府建设业务培训班2次。", "2次", "capacity.training_sessions"),
    ("全年举办法治讲座和法治培训24场次。", "24场次", "capacity.training_sessions"),
])
def test_law_training_mixed_with_other_training(sentence, raw, key):
    assert _lead_key(sentence, raw) == key
