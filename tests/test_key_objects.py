"""Keys of counted objects and cases (issue 9): the counted noun must fit the key, on invented sentences.

Each class was seen on two or more real pages of the tuning sets (tuneA, tuneB, tuneC); the wording here is ours
(other counties, years, numbers):

* the reporting organ as party (LABELING 7): a bureau's or a street's lawsuits are suits against it;
* a count in 个 right before a body (9个部门权责清单) counts bodies, not items; power items cancelled are not
  approval items cancelled; firms of one campaign are not an inspection count (key_heads.csv);
* a legality-review opinion letter is not a counsel opinion; a legal opinion sought is not a public consultation;
  a new lawyer is a change, not the stock (LABELING 1);
* vocabulary: 赋权 and 下放…行政权力 are items delegated; 进驻…大厅…事项 are items in the hall; 部门 moved with
  their items 划入 another body are departments transferred; credit data collected is not government data shared;
* a review or reform named earlier in the sentence (公平竞争审查, 证照分离, 告知承诺; data/topic_scopes.csv) is what a
  bare count of reviews or items later in it counts, unless the sentence counts the topic itself;
* sub-sets of service items (帮办代办, 压减 materials), items of another scheme with no 进驻 in their clause, and
  disputes screened and resolved (排查化解: two keys fit) take no key;
* proactive disclosure is stated once per sentence: a later channel or part takes no key.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（二）深化放管服改革", title: str = "青禾县2032年法治政府建设年度报告"):
    return sentence_report(sentence, heading, title=title, year=2032, weakness="基层执法力量仍显不足。")


def key(sentence: str, raw: str, **kw):
    f = fig(report(sentence, **kw), raw)
    return f["key"], f["name"], f["key_basis"]


# ------------------------------------------------------------------------------ organ as party (LABELING 7)
@pytest.mark.parametrize("title", ["青禾县柳岸街道办事处2032年法治政府建设工作报告",
                                   "青禾县农业农村局2032年法治政府建设工作报告"])
def test_lawsuits_in_the_report_of_an_organ_that_handles_no_reconsideration_are_against_it(title):
    s = "全年街道涉诉案件60起，其中民事诉讼41起，行政诉讼12起，行政复议7起。"
    assert key(s, "12起", title=title)[0] == "litigation.as_defendant"
    assert key(s, "7起", title=title)[0] == "reconsideration.as_respondent"


# ------------------------------------------------------------------------------ counted noun fits the key
@pytest.mark.parametrize(("sentence", "raw"), [
    # a count in 个 right before a body counts the bodies whose lists were adjusted
    ("做好权责清单动态管理，对县政府9个部门权责清单进行了调整。", "9个"),
    # power items cancelled are not approval (licensing) items cancelled
    ("根据省政府决定，共取消行政权力事项13项。", "13项"),
    # (the firms a campaign inspected, 对全县15家…企业进行全覆盖检查, ARE an inspection count: the catalog counts
    # firms inspected in 家; see test_key_recall14.py)
    ("会同生态环境部门开展环境风险排查整治工作，对全县31家医疗机构的放射诊疗工作进行监督检查。", "31家"),
    # an opinion letter of a legality review is neither a counsel opinion nor (two keys fit) a review count
    ("全年开展合法性审查行政机关合同310余份，出具合法性审查意见书88份。", "88份"),
    # requests for legal opinion handled are no opinions counsel gave (LABELING 67, decided 2026-12-04)
    ("严格落实合法性审查，全年办理征求法律意见120件次。", "120件次"),
    # a new lawyer is a change of the stock (LABELING 1)
    ("加强法律顾问队伍建设，新增公职律师2人。", "2人"),
    # credit data collected on a credit platform is not government data shared
    ("建设县信用公共服务平台，累计归集信用信息数据210万条。", "210万条"),
])
def test_a_counted_noun_that_does_not_fit_takes_no_key(sentence, raw):
    got = key(sentence, raw)
    assert got[0] is None, got


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("全年调整县级权力事项12项。", "12项", "approval.power_items_adjusted"),
    ("全年取消行政许可事项6项。", "6项", "approval.permits_cancelled"),
    ("全年开展执法检查320次，检查企业86家。", "320次", "enforcement.inspections"),
    ("全年开展执法检查320次，检查企业86家。", "86家", "enforcement.inspections"),
    # (办理征求法律意见: requests for opinion handled, no opinions given: LABELING 67, tests/test_key_rules66_73.py)
    ("严格落实合法性审查，法律顾问全年出具法律意见120件次。", "120件次", "decisions.counsel_opinions"),
    ("全县现有公职律师5名。", "5名", "decisions.public_lawyers"),
    ("依托政务数据共享交换平台，全年共享数据1200万条。", "1200万条", "digital.data_shared"),
])
def test_a_counted_noun_that_fits_keeps_its_key(sentence, raw, want):
    got = key(sentence, raw)
    assert got[0] == want, got


# ------------------------------------------------------------------------------ vocabulary of objects
@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("向高新区下放86项县级行政权力。", "86项", "approval.items_delegated"),
    ("全县向乡镇赋权事项47项。", "47项", "approval.items_delegated"),
    ("全县进驻县政务服务大厅事项1188项，进驻率达95%。", "1188项", "approval.items_in_hall"),
    ("把全市23个部门的241项审批事项统一划入市行政审批服务局。", "23个", "approval.departments_transferred"),
])
def test_object_vocabulary(sentence, raw, want):
    got = key(sentence, raw)
    assert got[0] == want, got


# ------------------------------------------------------------------------------ review named earlier
def test_a_bare_review_takes_the_review_named_earlier_in_its_sentence():
    s = "落实公平竞争审查制度，开展专项清理行动，排查政策措施文件52份，废止9份。"
    assert key(s, "52份")[0] == "rules.fair_competition_reviews"
    assert key(s, "9份")[0] is None
    s = "健全公平竞争审查机制，全年审查规范性文件、合同等11件，存量17件。"
    assert key(s, "11件")[0] == "rules.fair_competition_reviews"
    assert key(s, "17件")[0] is None


def test_another_review_in_the_clause_is_not_the_earlier_one():
    s = "落实公平竞争审查制度，全年对文件进行合法性审查15件。"
    assert key(s, "15件")[0] != "rules.fair_competition_reviews"


# ------------------------------------------------------------------------------ stated once per sentence
def test_proactive_disclosure_is_keyed_once_per_sentence():
    s = "全年主动公开政府信息9021条，通过政府网站发布信息13620条。"
    assert key(s, "9021条", heading="（五）推进政务公开")[0] == "disclosure.proactive"
    assert key(s, "13620条", heading="（五）推进政务公开")[0] is None
    s = "全年通过政府网站发布信息13620条。"
    assert key(s, "13620条", heading="（五）推进政务公开")[0] == "disclosure.proactive"


def test_a_count_of_items_takes_the_reform_named_earlier_in_its_sentence():
    s = "深化“证照分离”改革全覆盖，梳理优化审批事项86项、创新举措3项。"
    assert key(s, "86项")[0] == "approval.permit_separation_items"
    s = "推行证明事项告知承诺制，公布第一批清单，涉及9个行政单位的37项行政事项。"
    assert key(s, "37项")[0] == "approval.commitment_items"
    assert key(s, "9个")[0] is None  # bodies, not items


def test_a_sentence_that_counts_the_topic_itself_keeps_the_other_counts_unkeyed():
    s = "持续开展告知承诺制工作，组织开展证明事项清单梳理，最终确认证明事项186项，对其中52项实行告知承诺制。"
    assert key(s, "186项")[0] is None
    assert key(s, "52项")[0] == "approval.commitment_items"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("推动集中进驻事项应进必进，与邻县协作服务事项36项跨区通办。", "36项"),
    ("梳理纳入镇街帮办代办依申请办理事项48项。", "48项"),
    ("简化个体工商户登记等180项政务服务事项材料压减30%。", "180项"),
    ("整合人民调解、行政调解资源，全年排查化解矛盾纠纷286件，化解率达97%。", "286件"),
])
def test_sub_sets_and_two_way_counts_take_no_key(sentence, raw):
    got = key(sentence, raw)
    assert got[0] is None, got


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("全县进驻政务服务中心事项926项。", "926项", "approval.items_in_hall"),
    ("全县政务服务事项1466项。", "1466项", "approval.service_items"),
    ("全年人民调解组织调解矛盾纠纷412件，调解成功405件。", "412件", "mediation.cases"),
])
def test_item_and_dispute_counts_keep_their_keys(sentence, raw, want):
    got = key(sentence, raw)
    assert got[0] == want, got


# ------------------------------------------------------------------------------ names of body counts
@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a count in 个 right before a body counts the bodies: the words after them are not its name
    ("做好权责清单动态管理，对县政府9个部门权责清单进行了调整。", "9个", "部门"),
    ("截至目前，县直33个部门单位公布行政权力事项1452项。", "33个", "部门单位"),
    # ... and the next figure counts its own noun, without the bodies of the figure before it (nor 公布, which only
    # publishes the items: names14)
    ("截至目前，县直33个部门单位公布行政权力事项1452项。", "1452项", "行政权力事项"),
    ("按照清单调整情形，共涉及27个部门行政职权事项2816项。", "2816项", "行政职权事项"),
    # a bracket stays with the body
    ("组织全县76个部门（单位）开展年度述法。", "76个", "部门（单位）"),
])
def test_a_count_of_bodies_is_named_by_the_bodies(sentence, raw, name):
    f = fig(report(sentence), raw)
    assert f["name"] == name, (f["name"], f["key"])


def test_a_count_of_bodies_before_their_leaders_names_the_bodies():
    # 家/个 count the bodies; their leaders who report are what the key reads (the labelled real pages name the
    # bodies: N家单位主要负责人述法 -> 单位); the key still comes from the leaders' act
    f = fig(report("组织全县9家单位主要负责人现场述法。"), "9家")
    assert (f["name"], f["key"]) == ("单位", "leadership.law_reports")


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # the means of an act (通过…系统, 使用…平台) and the subject before it are not what is counted
    ("全年各单位通过政府信息公开平台主动公开信息8460条。", "8460条", "主动公开信息"),
    ("使用“无证明城市”系统出具证明材料214份。", "214份", "出具证明材料"),
])
def test_the_means_of_an_act_is_not_in_the_name(sentence, raw, name):
    f = fig(report(sentence), raw)
    assert f["name"] == name, (f["name"], f["key"])


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    # 行政权力…下放 are items delegated, as 下放…行政权力 are
    ("推动涉及交通、卫健领域的18项市级行政权力下放到各县区。", "18项", "approval.items_delegated"),
    # 回复 is 答复: replies to disclosure requests, not the requests
    ("今年以来，全镇召开法治政府建设推进会议3次，回复群众信息公开申请4件。", "4件", "disclosure.replied"),
    ("全年收到政府信息公开申请12件。", "12件", "disclosure.requests"),
])
def test_more_object_vocabulary(sentence, raw, want):
    got = key(sentence, raw)
    assert got[0] == want, got


def test_a_body_whose_name_goes_on_keeps_it():
    f = fig(report("组织全县20个乡镇政府开展法治政府建设自查。"), "20个")
    assert f["name"] == "乡镇政府", f["name"]


def test_a_count_of_reforms_is_not_items():
    f = fig(report("推行“容缺后补”“告知承诺和帮办代办服务方式”三项改革。"), "三项")
    assert f["key"] is None, (f["name"], f["key"])


def test_topic_scopes_are_validated_catalog_data():
    from fazhi_analysis import indicators

    scopes = indicators._topic_scopes()
    keys = set(indicators.catalog()["key"])
    assert scopes and all(k in keys and topic and counted for topic, k, counted, _other in scopes)
    assert ("公平竞争审查", "rules.fair_competition_reviews") in {(t, k) for t, k, _c, _o in scopes}


@pytest.mark.parametrize(("sentence", "raw"), [
    # a required number (应持, like 应参加) is a quota, not the staff who hold certificates
    ("落实应持尽持原则，全局应持执法证人员67人，已持证66人。", "67人"),
    # 掌上查 is a look-up, not an item handled on the phone
    ("推动政务APP扩能升级，2150个事项可以“掌上查”。", "2150个"),
    # a hearing of the procuratorate or court is not a public consultation of the government
    ("全年参与检察院公开听证2次。", "2次"),
])
def test_quotas_lookups_and_others_hearings_take_no_key(sentence, raw):
    got = key(sentence, raw)
    assert got[0] is None, got


def test_certificates_held_keep_their_key():
    got = key("落实应持尽持原则，全局应持执法证人员67人，已持证66人。", "66人")
    assert got[0] == "enforcement.certified_staff", got
