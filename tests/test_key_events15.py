"""Event keys (which kind of event a count of sessions or people belongs to) pooled over the seven tuning sets
(keysE15, issue 9).

Every sentence here is invented (other places, other years); none is real report text.

* SEVERAL_BODIES (LABELING 44/49): a law lecture after the clauses of two leadership bodies that each count their own
  study (中心组学法N次，常务会学法M次，举办法治讲座K次) is the organ's training, not one body's collective study; a
  lecture after one body's clause stays that body's study.
* STAFF_ITEM (LABELING 9/10): in a 、 list of study counts split by who studied, an item whose own words name the staff
  (全体干部集中学法N次) is law training, even when a sibling item names a leadership body (中心组专题学法M次).
* GENERAL_MEETING_TOPICS / INCLUDING_LAW (LABELING 50): a count of a body's standing meetings (常务会议N次) with no law
  in its own words, followed by a count of the law topics they handled (研究法治议题M项), counts all the meetings, law
  only one purpose: no key; so for meetings named by the matters they included (包括法治议题的会议N次). Meetings whose
  own words name law work, or a count of times placed before the verb phrase (N次主持常务会议研究立法等议题), keep it.
* INDUCTION_TRAINING (LABELING 11/60): the new recruits of a 公务员初任培训 whose content includes law are no law
  trainees (law is one course of the induction), nor are its classes law training sessions.
* STUDY_SENTENCE_TOPIC (LABELING 29): a training count in a sentence whose earlier counts are all law study or law
  training (常务会集体学法N次，…，举办专题培训班M期) takes its law topic from the earlier clause that names the
  study of law, as a training with no count before it does; after a count of something else it does not.
* CONVENED_COMMITTEE (LABELING 52): convening a rule-of-law committee N times (召开区委全面依法治区委员会N次) counts
  its meetings, as 召开…委员会会议N次 does; a committee on other work does not.
* LAW_BEFORE_STUDY (LABELING 9): the law named before the study word (专题法治学习N次, 法律法规学习N次) is the same
  collective law study as 学习…法律; a study whose clause before names a party branch as the learners (列入党支部学习
  内容，开展法治学习N场) is no leadership body's study (RANK_AND_FILE).
* STUDY_PARTICIPANTS (LABELING 10): the people who took part in the study (参与学习人数N人次) after a count of law
  training are its trainees; after a leadership body's collective study they take no trainees key.
* NOUN_AFTER_EVENT (LABELING 10): a count printed before its noun (等N期法律知识培训) counts that noun: a training noun
  makes it law training even when a publicity word (普法讲师团) stands earlier; a publicity noun after it
  (N场普法宣讲) stays publicity.
* TITLE_RUN / STREAK_CARRIED (LABELING 2/6/10): a run of book titles (学习《甲法》《乙条例》《丙办法》等法律法规) is one
  object of the verb, so the staff's law study it names is keyed like 学习《甲法》等法律法规; a count whose clause
  opens with 先后/累计 after a 连续N年 streak earlier in its sentence counts over the streak: no key.
* AUDIENCE_NEXT (LABELING 5/10): a training whose people the next clause calls its 受众 (the word of a publicity
  audience) names no officials as learners: no key; trainees named as such (培训干部N人次) keep it.
* PLACE_COVERAGE (LABELING 32/45): people counted as the population a training reached across the place (覆盖全市N名
  干部; N名科级以上干部全覆盖轮训) are many bodies' officials summed: no trainees key; 覆盖全员N人次 keeps it.
* PLACE_TRAINS (LABELING 32/63): the place as who trains (全县培训执法人员N人次) sums every body's training: no key;
  the organ training the place's people (组织全省N名执法人员参加…培训) keeps it.
"""

import pytest

from _sentences import sentence_report, fig

LEAD_HEADING = "（一）加强党对法治政府建设的领导"


def _key(sentence: str, raw: str, heading: str = LEAD_HEADING) -> str | None:
    r = sentence_report(sentence, heading, title="澄川市青石区2037年法治政府建设工作报告", year=2037,
                        weakness="学法制度落实仍有差距。")
    return fig(r, raw)["key"]


# ------------------------------------------------------------------------------ SEVERAL_BODIES
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("年内区政府常务会议会前学法7次，区委理论学习中心组专题学法3次，邀请高校教授开展《某某条例解读》等法治专题讲座4次。",
     "4次", "capacity.training_sessions"),
    # one body opening the sentence: the lecture is its collective study (LABELING 49)
    ("区政府常务会议先后听取依法行政情况汇报，邀请高校教授开展法治专题讲座4次。", "4次", "leadership.study_sessions"),
])
def test_lecture_after_two_bodies_own_counts(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ STAFF_ITEM
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("全年组织机关全体干部集中学法11次、党工委中心组专题学法6次，重点学习《中华人民共和国某某法》。", "11次",
     "capacity.training_sessions"),
    ("坚持会前学法制度，全年开展党工委中心组专题学法6次、机关全体干部集中学法11次，重点学习宪法。", "11次",
     "capacity.training_sessions"),
    ("坚持会前学法制度，全年开展党工委中心组专题学法6次、机关全体干部集中学法11次，重点学习宪法。", "6次",
     "leadership.study_sessions"),
])
def test_staff_item_of_a_study_list(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ GENERAL_MEETING_TOPICS / INCLUDING_LAW
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("区长切实履行第一责任人职责，主持召开区政府常务会议41次、审议法治政府建设议题67项，推动工作落实。", "41次", None),
    ("年内召开包括依法行政议题在内的会议9次，研究解决行政执法衔接等问题7项。", "9次", None),
    ("区长切实履行第一责任人职责，全年召开区政府常务会议7次专题研究法治政府建设，审议相关议题15项。", "7次",
     "leadership.meetings"),
    ("区长切实履行第一责任人职责，全年9次主持区政府常务会议审议地方立法、行政复议等议题40项。", "9次",
     "leadership.meetings"),
])
def test_standing_meetings_with_law_as_one_purpose(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ INDUCTION_TRAINING
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("将《中华人民共和国某某法》等法律知识纳入2036年新录用36名公务员初任培训课程。", "36名", None),
    ("将宪法和行政法律知识纳入公务员初任培训，举办初任培训班3期。", "3期", None),
    ("举办机关干部法治专题培训班3期，培训干部240人次。", "240人次", "capacity.trainees"),
])
def test_induction_training_is_no_law_training(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ STUDY_SENTENCE_TOPIC
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("年内区委常委会、区政府常务会开展集体学法7次，区领导干部全员完成网络课程学习，全年举办专题培训班6期，培训干部420人次。",
     "6期", "capacity.training_sessions"),
    ("年内区委常委会、区政府常务会开展集体学法7次，区领导干部全员完成网络课程学习，全年举办专题培训班6期，培训干部420人次。",
     "420人次", "capacity.trainees"),
    ("年内区委常委会、区政府常务会开展集体学法7次，新建便民服务站5个，全年举办专题培训班6期。", "6期", None),
])
def test_training_in_a_law_study_sentence(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ CONVENED_COMMITTEE
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("区委、区政府高度重视法治建设，年内共召开区委全面依法治区委员会3次，部署年度重点任务。", "3次", "leadership.meetings"),
    ("区委、区政府高度重视财经工作，年内共召开区委财经委员会3次，部署年度重点任务。", "3次", None),
])
def test_convened_committee_counts_its_meetings(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ LAW_BEFORE_STUDY
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("坚持区政府常务会议会前学法制度，本年度组织专题法治学习7次，重点学习新修订的法律法规。", "7次", "leadership.study_sessions"),
    ("将习近平法治思想列入社区党支部学习内容，开展法治学习12场，旁听庭审2场。", "12场", None),
])
def test_law_named_before_the_study_word(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ STUDY_PARTICIPANTS
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("围绕年度依法行政重点任务，全年举办法治讲座5场，参与学习人数300余人次，干部法治意识明显增强。", "300余人次",
     "capacity.trainees"),
    ("区委中心组开展专题学法6次，参加学习人数80人次。", "80人次", None),
])
def test_people_taking_part_in_the_study(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ NOUN_AFTER_EVENT
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("年内街道依托普法讲师团先后开展《某某条例》《某某法》等5期法律知识培训，提升机关工作人员依法办事能力。", "5期",
     "capacity.training_sessions"),
    ("年内街道依托普法讲师团先后开展《某某条例》《某某法》等5场普法宣讲，提升群众法治意识。", "5场",
     "capacity.law_publicity_events"),
])
def test_noun_after_the_number_names_the_event(sentence, raw, key):
    assert _key(sentence, raw) == key


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("落实党工委中心组学法制度，结合习近平法治思想和宪法学习要求，共召开12次理论学习中心组专题学习会和9次全体干部培训，"
     "切实做到学以致用。", "9次", "capacity.training_sessions"),
    ("落实党工委中心组学法制度，结合习近平法治思想和宪法学习要求，共召开12次理论学习中心组专题学习会和9次全体干部培训，"
     "切实做到学以致用。", "12次", "leadership.study_sessions"),
])
def test_noun_after_the_number_over_the_item_before(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ TITLE_RUN / STREAK_CARRIED
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("按照年度学法计划，组织全乡干部职工系统学习《某甲法》《某乙条例》《某丙办法》等重点法律法规共9次，参训率达100%。",
     "9次", "capacity.training_sessions"),
    ("局党组坚持以上率下，连续4年邀请省委党校教授作专题辅导，先后7次学习《某甲法》等重要法律法规。", "7次", None),
])
def test_title_runs_and_carried_streaks(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ AUDIENCE_NEXT
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("围绕宪法实施，开展《某某法治读本》专题培训8场次，受众约900人次。", "8场次", None),
    ("围绕宪法实施，开展《某某法治读本》专题培训8场次，培训机关干部约900人次。", "8场次", "capacity.training_sessions"),
])
def test_training_with_an_audience_after_it(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ PLACE_COVERAGE
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("举办依法行政专题研讨班、培训班等，覆盖全市2.4万余名干部。", "2.4万余名", None),
    ("围绕依法行政能力建设开展大培训，年内对6200名科级及以上干部开展全覆盖集中轮训。", "6200名", None),
    ("开展机关法治专题培训6场，覆盖全员85人次。", "85人次", "capacity.trainees"),
])
def test_people_covered_across_the_place(sentence, raw, key):
    assert _key(sentence, raw) == key


# ------------------------------------------------------------------------------ PLACE_TRAINS
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("开展市场监管执法能力提升行动2次，全县培训执法人员70余人次。", "70余人次", None),
    ("开展市场监管执法能力提升行动2次，组织全县70余名执法人员参加执法业务培训。", "70余名", "enforcement.staff_trained"),
])
def test_place_as_who_trains(sentence, raw, key):
    assert _key(sentence, raw) == key
