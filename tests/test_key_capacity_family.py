"""Key classes of the capacity and leadership event family (issue 9), on invented sentences (our counties,
years and numbers, in the genre's style):

* LABELING 8/9: law study whose learners are the staff (局机关集体学法, 组织干部专题学法, 干部职工参加的学法活动) is
  law training of officials and staff (capacity.training_sessions); a leadership body in the same words (领导班子,
  中心组, 常务会议, 领导干部) keeps leadership.study_sessions;
* a law campaign named as an 活动 in the clause right before an event (开展习近平法治思想“六进”活动，举办集中宣讲
  30场) is the law of that event, as a named training or publicity is.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（一）加强党对法治政府建设的领导"):
    return sentence_report(sentence, heading, title="松溪县2031年法治政府建设年度报告", year=2031,
                           weakness="部分干部法治意识仍需提高。")


# ------------------------------------------------------------------------------ LABELING 8/9: who studied
@pytest.mark.parametrize(("sentence", "raw"), [
    ("年内开展党组理论学习中心组学法6次，机关干部集体学法21场次，实现干部学法全覆盖。", "21场次"),
    ("以每周集中学习为抓手，组织干部专题学法27次，组织学法考试9次。", "27次"),
    ("组织全系统干部职工参加的大型学法活动6次。", "6次"),
    ("组织机关干部职工学法5次。", "5次"),
    ("组织全体党员干部集中学法8次。", "8次"),
])
def test_law_study_of_the_staff_is_law_training(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "capacity.training_sessions", (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    ("年内开展党组理论学习中心组学法6次，机关干部集体学法21场次。", "6次"),
    ("组织局领导班子专题学法9次。", "9次"),
    ("全年组织领导干部专题学法7次。", "7次"),
    ("县政府常务会议会前学法11次。", "11次"),
])
def test_law_study_of_a_leadership_body_stays_its_study(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "leadership.study_sessions", (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ a law campaign before the event
@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("常态化开展习近平法治思想“六进”活动，举办集中宣讲30余场。", "30余场", "capacity.law_publicity_events"),
    ("扎实开展民法典“八进”活动，累计开展学习宣传教育140余场次。", "140余场次",
     "capacity.law_publicity_events"),
])
def test_a_law_campaign_in_the_clause_before_names_the_event(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    # a campaign with no law word lends no law to the event after it
    ("深入开展文明城市创建活动，举办集中宣讲30余场。", "30余场"),
    # the clause before counts an event of its own: a sibling, not a lead-in
    ("开展法治文化活动12场，举办集中宣讲30余场。", "30余场"),
])
def test_no_law_from_a_campaign_without_law_or_from_a_sibling(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ consultations at a law publicity event
@pytest.mark.parametrize(("sentence", "heading", "raw"), [
    ("举办法治宣讲等20余场次，发放法治宣传单2600余份，接受群众咨询410余人。", "（三）推进法治社会建设", "410余人"),
    ("悬挂横幅15条、发放宣传资料2800余份、接受群众现场咨询260余人次。", "（三）深入开展普法宣传", "260余人次"),
])
def test_questions_answered_at_a_law_publicity_event_are_legal_consultations(sentence, heading, raw):
    f = fig(report(sentence, heading), raw)
    assert f["key"] == "legal_aid.consultations", (f["name"], f["key"], f["key_basis"])


def test_questions_answered_with_no_law_word_near_are_no_legal_consultations():
    f = fig(report("悬挂横幅15条、接受群众现场咨询260余人次。", "（三）优化营商环境"), "260余人次")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ 等 + what was studied
@pytest.mark.parametrize(("sentence", "raw"), [
    ("县委中心组安排学习习近平法治思想等法治内容达7次。", "7次"),
    ("党组中心组集中学习宪法等法律法规5次。", "5次"),
])
def test_the_topics_of_a_study_ending_in_a_content_noun_name_the_study(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "leadership.study_sessions", (f["name"], f["key"], f["key_basis"])


def test_an_etc_list_of_another_kind_still_names_its_own_head():
    # 执法培训等活动: the figure counts the activities, of which training is one kind
    f = fig(report("开展执法培训等活动3场。"), "3场")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ ranks (LABELING 22, catalog definition)
@pytest.mark.parametrize(("sentence", "raw"), [
    # 在…考核中 + the ranked body + 获: the rank of that assessment
    ("在2031年度全市法治政府建设考核中松溪县获第2名，现将有关情况报告如下。", "第2名"),
    # a case-file review of enforcement is a law assessment; a rank without 名/位 is still a rank
    ("在2031年全省交通运输行政执法案卷评查排名第3，为交通强县提供法治保障。", "第3"),
    # a business-environment ranking (the catalog definition names 营商环境评价)
    ("持续优化营商环境，在某研究院发布的《2031年城市营商环境报告》中，我县位居全国县域第12位。", "第12位"),
])
def test_ranks_of_law_and_government_assessments(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "leadership.assessment_rank", (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    # a contest prize is no assessment rank
    ("我局在全市安全知识竞赛活动中获得第二名。", "第二名"),
    # last year's assessment
    ("在2030年度全市法治政府建设考核中松溪县获第2名。", "第2名"),
])
def test_no_rank_key_for_contests_or_earlier_assessments(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ LABELING 8: lectures for the public
def test_a_law_lecture_followed_by_publicity_acts_is_publicity():
    f = fig(report("面向全县社区和学校广泛开展学习宣传，全年举办各类法治讲座180余场，发放法治宣传资料5万余份，"
                   "悬挂展板320余个。", "（三）推进法治社会建设"), "180余场")
    assert f["key"] == "capacity.law_publicity_events", (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize("sentence", [
    # the staff or the leaders are the audience named in the lecture's clause
    "组织机关干部职工参加法治讲座6场，发放法治宣传资料5万余份。",
    "开展全县领导干部法治专题讲座6场，发放法治宣传资料5万余份。",
    # no publicity act in the sentence
    "全年举办各类法治讲座6场，培训干部800余人次。",
])
def test_a_law_lecture_for_staff_or_without_publicity_acts_stays_training(sentence):
    f = fig(report(sentence, "（三）推进法治社会建设"), "6场")
    assert f["key"] == "capacity.training_sessions", (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ LABELING 23: one figure for each of several
@pytest.mark.parametrize(("sentence", "raw"), [
    ("年内县委常委会会议、县政府常务会议分别研究法治建设工作各3次。", "3次"),
    ("县委理论学习中心组和县政府党组分别集体学法各5次。", "5次"),
])
def test_one_figure_for_each_of_several_bodies_takes_no_key(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_a_figure_of_one_body_after_another_clause_with_each_keeps_its_key():
    f = fig(report("各部门按要求开展自查，县政府常务会议研究法治建设工作3次。"), "3次")
    assert f["key"] == "leadership.meetings", (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ LABELING 21: items by level, no total
@pytest.mark.parametrize("raw", ["12个", "135个"])
def test_items_by_level_with_no_stated_total_each_take_the_key(raw):
    f = fig(report("创建国家级民主法治示范村12个、省级民主法治示范村135个。", "（四）推进法治社会建设"), raw)
    assert f["key"] == "leadership.demonstration_sites", (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize("raw", ["9个", "31个"])
def test_level_parts_of_a_stated_total_stay_parts(raw):
    f = fig(report("全县共有民主法治示范村140个，其中国家级民主法治示范村9个、省级民主法治示范村31个。",
                   "（四）推进法治社会建设"), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


# ------------------------------------------------------------------------------ an 等 list's head before a totaliser
def test_an_etc_list_head_counts_the_figure_also_before_a_totaliser():
    # legal advice is one item of the services counted
    f = fig(report("围绕重点项目落地，提供合同审查、风险研判及法律咨询等专项法律服务共计6次。", "（二）优化法治化营商环境"),
            "6次")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_legal_consultations_with_a_totaliser_keep_their_key():
    f = fig(report("依托公共法律服务工作站提供法律咨询共计260余人次。", "（二）优化法治化营商环境"), "260余人次")
    assert f["key"] == "legal_aid.consultations", (f["name"], f["key"], f["key_basis"])
