"""Activity and event keys (training, study, publicity, meetings, ranks): classes of wrong or missed keys seen on
real reports of several sets, each checked on invented sentences in the genre's style (issue 9).

- a clause that counts its own event lends no law to the next clause's event; a section heading lends law to
  collective study only when the study is the first count of its sentence;
- the same activity of two leadership bodies (县委常委会会前学法, 县政府常务会会前学法) is no sub-type;
- meetings named as a list after a convening verb, on law work, are leadership.meetings;
- general cadre training (干部教育培训, 任职培训班, 主体班次) and programme episodes (节目, 栏目) are no law events;
- a law lecture or talk counted among publicity acts (横幅, 展板, 宣传资料) is a publicity event;
- a rank keeps the assessment key only for an assessment of law or government work.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（二）推进法治学习"):
    return sentence_report(sentence, heading, title="柳泉县2024年法治政府建设年度报告", year=2024,
                           weakness="学法用法的长效机制仍需完善。", plan="继续推进领导干部学法。")


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # each leadership body's 会前学法 is a count of the indicator, not a sub-type of the other
    ("全年县委常委会会前学法9次，县政府常务会会前学法14次，乡镇党委中心组专题学习3次。", "9次",
     "leadership.study_sessions"),
    ("全年县委常委会会前学法9次，县政府常务会会前学法14次，乡镇党委中心组专题学习3次。", "14次",
     "leadership.study_sessions"),
    # meetings named as a list after 召开, their law work in the clause after the figure or in their names
    ("全年由街道主要负责人主持召开党工委会议、法治工作专题会、居委会主任例会共9次，专题研究基层法治建设等事项。",
     "9次", "leadership.meetings"),
    ("先后召开县委常委会、县政府常务会、依法治县委员会等会议11次，对法治建设重点任务进行安排部署。", "11次",
     "leadership.meetings"),
    ("相继召开县委全面依法治县委员会、委员会办公室及各协调小组会议6次。", "6次", "leadership.meetings"),
    # a law lecture or talk among banners, posters and leaflets is held for the public
    ("通过举办法治讲座5次、悬挂宣传横幅20条、张贴宣传海报40张，营造尊法学法氛围。", "5次",
     "capacity.law_publicity_events"),
    ("在乡村夜市组织普法宣讲、赠送宣传手册、摆放展板等30余场次。", "30余场次", "capacity.law_publicity_events"),
    # a lecture for staff with no publicity act in its clause stays a training
    ("组织机关干部职工参加法治讲座5次。", "5次", "capacity.training_sessions"),
    # law teaching by a bureau's heads or by invited experts for its staff is law training
    ("创新开展“局长讲法”活动，目前局长讲法已举办5期。", "5期", "capacity.training_sessions"),
    ("组织全局干部职工参加习近平法治思想专题培训班，邀请市委党校专家授课2次。", "2次",
     "capacity.training_sessions"),
    # a lecture taken to schools for the public is publicity, whatever its quoted name
    ("市教育局在各区学校投送“法治进校园”公益讲座超过60场。", "超过60场", "capacity.law_publicity_events"),
    # hearing reports on law-based administration: meetings on law work
    ("县政府主要负责人本年度听取依法行政工作汇报5次。", "5次", "leadership.meetings"),
    # leaders or a leadership meeting deliberating law work named by its fields or after a long list
    ("市委、市政府主要负责同志先后专题研究规范性文件备案、执法监督等事项6次。", "6次", "leadership.meetings"),
    ("召开县政府常务会议，研究综合行政执法改革等法治政府建设工作20余次。", "20余次", "leadership.meetings"),
    # a small booklet is a publicity material
    ("通过悬挂宣传横幅20条、发放法治小册子1500余册，营造尊法学法氛围。", "1500余册",
     "capacity.publicity_materials"),
    # a law assessment keeps its rank, also when it names the report year
    ("在全市法治政府建设考核中位列第3名。", "第3名", "leadership.assessment_rank"),
    ("在2024年度全市法治政府建设考核中位列第2名。", "第2名", "leadership.assessment_rank"),
    # an earlier clause of its sentence names the law studied (LABELING 29)
    ("坚持把学习贯彻习近平法治思想作为首要政治任务，纳入党委中心组学习计划，目前已开展专题学习8次、研讨交流3次。",
     "8次", "leadership.study_sessions"),
])
def test_activity_keys_are_found(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    # a clause with its own count lends its law to no sibling: the sibling names no law itself
    ("全年县委常委会会前学法9次，县政府常务会会前学法14次，乡镇党委中心组专题学习3次。", "3次"),
    ("县委理论学习中心组学习习近平法治思想5次，各部门单位党组集中学习120场次。", "120场次"),
    # no heading lends law (HEADING_NO_LAW), and the first item names no law of its own
    ("全年开展“第一议题”学习40期，组织中心组学习15期。", "15期"),
    # general cadre training holds law only as one of its contents
    ("把宪法、民法典等法律法规列入党校主体班课程，全年覆盖各类干部培训80余场。", "80余场"),
    ("在全县科级干部任职培训班等15期班次中开设法治课程。", "15期"),
    # the episodes of a programme are no publicity events
    ("推出6期《法官说法》普法视频节目，单期点击量均突破5000次。", "6期"),
    # meetings on other business, or study meetings, are not meetings on law work
    ("全年主持召开党工委会议、居委会主任例会共9次，专题研究乡村振兴重点任务。", "9次"),
    # party members talking about law (讲法治) is no training course
    ("组织党员干部“人人登台讲法治”活动15场。", "15场"),
    # deliberating other work, or with nobody leading named
    ("县委、县政府主要负责同志先后研究乡村振兴、招商引资等工作9次。", "9次"),
    ("各村先后研究行政执法协作等工作9次。", "9次"),
    # many units studying is no leadership collective study, nor is a sum over the units' party groups (LABELING 26)
    ("县政府各级各部门深入学习研究习近平法治思想9次。", "9次"),
    ("各单位、各乡镇党委(党组)开展习近平法治思想和法治专题学习300余次。", "300余次"),
    # candidates recommended or submitted are not named sites
    ("积极开展全国法治政府建设示范创建申报工作，择优推荐示范项目5个。", "5个"),
    ("向市委依法治市办报送了2个示范创建项目。", "2个"),
    # a rank in the assessment of an earlier year (the report is on 2024)
    ("柳泉县在2023年度法治建设考评中排名第三。", "第三"),
    # a rank in an assessment of other work
    ("获得省水土保持目标责任考核结果“优秀”等次，排名第一。", "第一"),
])
def test_activity_keys_are_withheld(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_a_pair_of_meetings_after_the_figure_is_named_whole():
    f = fig(report("县委书记6次主持召开常委会会议，县长12次主持召开党组会议和政府常务会议，共研究30余项法治议题。"),
            "12次")
    assert f["name"].endswith("党组会议和政府常务会议"), f["name"]
    assert f["key"] == "leadership.meetings", (f["name"], f["key"], f["key_basis"])


def test_a_list_of_meetings_naming_its_groups_is_named_whole():
    f = fig(report("召开委员会办公室及其三个协调小组会议5次，研究破解立法、执法、司法等领域突出问题。"), "5次")
    assert f["key"] == "leadership.meetings", (f["name"], f["key"], f["key_basis"])
    assert f["name"] == "委员会办公室及其三个协调小组会议", f["name"]
