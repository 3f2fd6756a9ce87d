"""Metadata classes of the genre that recurred on the eight tuning sets (issue 9, 2026-12-04, helper meta32). Pages
invented for these tests (genre style only; places, organs, dates and years made up)."""

import datetime as dt

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import clean_title, parse_structure


def meta(text):
    return parse_structure(normalize_text(text)).metadata


BODY = "\n一、主要举措\n（一）强化学法。全年会前学法10次。\n二、存在问题\n基层力量不足。\n"
OPENING = "2031年，白沙街道坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：\n"


# ---- T1: a portal's page title followed by the page's column and the site's name, each after a separator
# (…报告_栏目_某某区人民政府门户网站): the title without them, and the article's copy of the title is the title

@pytest.mark.parametrize("line,title", [
    ("白沙街道2031年法治政府建设情况报告_街镇文件_青石区人民政府门户网站", "白沙街道2031年法治政府建设情况报告"),
    ("柳岸县交通运输局 2031年法治政府建设年度报告_部门文件_澄川市柳岸县人民政府网",
     "柳岸县交通运输局 2031年法治政府建设年度报告"),
    ("白沙街道2031年法治政府建设情况报告-青石区人民政府", "白沙街道2031年法治政府建设情况报告"),  # unchanged
])
def test_a_title_with_the_portals_column_and_site(line, title):
    assert clean_title(line) == title


def test_the_pages_copy_with_column_and_site_is_chrome():
    md = meta("白沙街道2031年法治政府建设情况报告_街镇文件_青石区人民政府门户网站\n\n"
              "白沙街道2031年法治政府建设情况报告\n\n信息来源: 白沙街道 发布时间 2032-02-06\n\n" + OPENING + BODY)
    assert md["title"] == "白沙街道2031年法治政府建设情况报告"


# ---- T2: the page's date after a space at the end of the title line (…工作报告 2031-12-10): the title without it,
# and the date is the page's publication date

@pytest.mark.parametrize("line", [
    "2031年度白沙街道法治政府建设工作报告 2031-12-10",
    "白沙街道2031年度依法行政 工作情况报告 2031-12-10",
])
def test_a_title_line_ending_in_the_pages_date(line):
    md = meta(line + "\n\n\n区委依法治区办：\n\n" + OPENING + BODY)
    assert md["title"].replace(" ", "") == line.rsplit(" ", 1)[0].replace(" ", "")
    assert md["publish_date"] == dt.date(2031, 12, 10)


def test_a_number_ending_a_title_is_no_date():
    # (a year range or a number that is no full date stays in the title)
    assert clean_title("白沙街道法治政府建设情况报告 2031") == "白沙街道法治政府建设情况报告 2031"


# ---- D: the page's date alone on a line between the title and the opening, after a short word of the portal
# (主动公开, • 听全文) or right under the title written out (2032年03月10日): the page's publication date when the
# page prints no other

@pytest.mark.parametrize("between,date", [
    ("主动公开\n\n2032.03.05\n\n", dt.date(2032, 3, 5)),
    ("  • 听全文\n  • 2032-01-21\n  • 来源:柳岸县司法局\n  • 分享到\n\n", dt.date(2032, 1, 21)),
    ("2032年03月10日\n\n", dt.date(2032, 3, 10)),
])
def test_a_lone_date_between_the_title_and_the_opening(between, date):
    md = meta("柳岸县2031年法治政府建设情况报告\n\n" + between
              + "2031年，柳岸县坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：\n" + BODY)
    assert md["publish_date"] == date


def test_a_header_date_wins_over_the_date_under_the_title():
    md = meta("柳岸县2031年法治政府建设情况报告\n\n( 2032-03-05)\n\n2031年12月15日\n\n"
              "2031年，柳岸县坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：\n" + BODY)
    assert md["publish_date"] == dt.date(2032, 3, 5)


# ---- P: a place's report posted under a 发布机构 label by one of its departments, whose opening has the place itself
# as the subject (2031年，柳岸县坚持…): the place reports in its own voice, as its government (LABELING 55; the same
# already held for a 来源 label). The title names the place, or names no place at all (关于2031年度…的报告).

@pytest.mark.parametrize("title", [
    "柳岸县2031年度法治政府建设工作报告",
    "关于2031年度法治政府建设情况的报告",
])
def test_a_departments_posting_of_a_place_speaking_for_itself(title):
    md = meta("名 称: " + title + "\n索 引 号: 000099/2032-00123 发布日期: 2032-02-20 发布机构: 柳岸县司法局\n"
              + title + "\n2031年，柳岸县坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：" + BODY)
    assert md["issuer"] == "柳岸县人民政府"
    assert md["region"] == "柳岸县"


@pytest.mark.parametrize("opening", [
    # the department speaks for itself (我局): it reports
    "2031年，柳岸县司法局始终以习近平法治思想为引领，全面推进依法行政。我局推进依法行政。",
    "2031年，柳岸县坚持以习近平法治思想为指导，我局全面推进依法行政。",
    # another place opens the body: unsure, the 发布机构 stays
    "2031年，白沙县坚持以习近平法治思想为指导，全面推进依法行政。",
])
def test_the_posting_department_stays_otherwise(opening):
    md = meta("发布机构: 柳岸县司法局 发布日期: 2032-02-20\n柳岸县2031年度法治政府建设工作报告\n" + opening
              + "现将有关情况报告如下：" + BODY)
    assert md["issuer"] == "柳岸县司法局"


# ---- C: a county's page without a title that names itself in its own documents' titles, once as the party committee's
# (《中共柳岸县委…》) and once as its own (《柳岸县…》): one county, not two places that compete

def test_a_party_committees_document_names_the_same_county():
    md = meta("2031年，我县法治政府建设工作始终坚持以习近平法治思想为指导。现将有关情况报告如下：\n"
              "一、主要举措\n（一）强化学法。县委、县政府主要负责人履行第一责任人职责。印发《柳岸县2031年法治政府建设工作要点》，"
              "印发《中共柳岸县委全面依法治县委员会关于落实述法制度的通知》。全县会前学法10次。\n二、存在问题\n基层力量不足。\n")
    assert md["region"] == "柳岸县"
    assert md["issuer"] == "柳岸县人民政府"


# ---- V: a verb of acting together glued to another organ's level at a clause start (。联合市工商联…, 。协同市…) names no
# city: a city department's page that never names its city otherwise gets no region (not 联合市)

@pytest.mark.parametrize("verb", ["联合", "协同"])
def test_a_verb_of_acting_together_is_no_city(verb):
    md = meta("2031年，市司法局在市委、市政府的有力领导下，坚持以习近平法治思想为指导，全面推进依法行政。"
              "现将有关情况报告如下：\n一、主要举措\n（一）优化营商环境。我局制定全市营商环境任务清单。" + verb
              + "市工商联开展服务民营企业活动12场。\n二、存在问题\n基层力量不足。\n")
    assert md["region"] is None


# ---- W: a title wrapped after 关于 with no full copy on the page (XX市人民政府关于 / 2031年度…的报告): one title, whose
# organ is the issuer

def test_a_title_wrapped_after_about():
    md = meta("当前位置:  首页 >  政务 >  通知公告\n\n青禾市人民政府关于\n2031年度法治政府建设情况的报告\n\n"
              "时间:2032-04-01 15:02 来源:\n\n2031年，市政府坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：" + BODY)
    assert md["title"] == "青禾市人民政府关于2031年度法治政府建设情况的报告"
    assert md["issuer"] == "青禾市人民政府"


def test_a_title_that_starts_with_about_keeps_its_own_line():
    md = meta("青禾市人民政府关于\n关于2031年度法治政府建设情况的报告\n\n"
              "2031年，市政府坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：" + BODY)
    assert md["title"] != "青禾市人民政府关于关于2031年度法治政府建设情况的报告"


# ---- O: short leftovers of the portal printed as body lines before the opening (a share prompt, a close mark) do not
# hide the opening: a place speaking for itself under a 来源 of its government's office is the government

def test_portal_leftovers_before_the_opening():
    md = meta("您当前的位置:首页 > 专题 > 法治建设\n柳岸县2031年法治政府建设的年度报告\n"
              "时间:2032-03-20 来源:柳岸县人民政府办公室\n字号:\n\n用手机扫描二维码\n分享至好友和朋友圈\n\n×\n\n"
              "2031年柳岸县全面贯彻落实法治政府建设各项部署，推进依法行政。现将有关情况报告如下：" + BODY)
    assert md["issuer"] == "柳岸县人民政府"


# ---- F: a province's department that names its field only through the leadership's teaching on it in its opening
# (…总书记关于应急管理的重要论述) and speaks as 我厅: the province's department of that field

def test_the_teaching_on_a_field_names_the_department():
    md = meta("关于2031年度法治政府建设情况的报告\n\n  • 发布时间: 2032-01-20\n  • 来源: 政策法规处\n\n"
              "2031年，我厅坚持以习近平法治思想为指导，深入学习总书记关于应急管理工作的重要论述，"
              "认真落实青海省委、省政府决策部署，推进依法行政。现将有关情况报告如下：" + BODY)
    assert md["issuer"] == "青海省应急管理厅"


# ---- I: a placeholder in the header's index number cell (索引号:- , 索引号:无) is no index number, as for a doc number

@pytest.mark.parametrize("value", ["-", "无", "—"])
def test_an_index_number_placeholder(value):
    md = meta("标  题:柳岸县2031年度法治政府建设情况\n索 引 号:" + value + "\n发布日期:2032-02-29\n\n"
              "柳岸县2031年度法治政府建设情况\n\n2031年，柳岸县坚持以习近平法治思想为指导，推进依法行政。" + BODY)
    assert md["index_no"] is None


def test_an_index_number_stays():
    md = meta("索 引 号:B31220-0100-2032-00007\n发布日期:2032-02-29\n\n柳岸县2031年度法治政府建设情况\n\n"
              "2031年，柳岸县坚持以习近平法治思想为指导，推进依法行政。" + BODY)
    assert md["index_no"] == "B31220-0100-2032-00007"


# ---- Y: an opening that first places the year in a plan (2031年是…的收官之年，…) and then names its subject: the subject
# is read after that clause (a department by its level: the department, not the place's government)

@pytest.mark.parametrize("lead", [
    "2031年是《法治政府建设实施纲要》和《柳岸区法治政府建设规划》的收官之年，",
    "2031年是建党110周年，是“十九五”的开局之年，",
])
def test_a_year_in_a_plan_leads_into_the_subject(lead):
    md = meta("区委、区政府：\n" + lead + "区司法局始终以习近平法治思想为引领，统筹全面依法治区和公共法律服务工作。"
              "现将一年来工作情况报告如下：\n一、主要举措\n（一）统筹推进全面依法治区。印发《柳岸区2031年法治政府建设工作要点》。"
              "全区会前学法10次。\n二、存在问题\n基层力量不足。\n")
    assert md["issuer"] == "柳岸区司法局"


# ---- G: a government's office named by its short name 政府办 as the opening's subject (区政府办认真贯彻…), as 政府办公室
# already was: the office, as written

def test_a_government_office_by_its_short_name():
    md = meta("2031年，在区委、区政府的坚强领导下，区政府办扎实推进依法行政，完善制度建设。"
              "现将有关工作情况汇报如下：\n一、基本工作情况\n（一）强化学法。区政府办党组会前学法10次。\n二、存在问题\n基层力量不足。\n")
    assert md["issuer"] == "区政府办"


# ---- J: a 司法局 names its field in its opening as the place's rule-of-law work and its own (推进全面依法治市和司法行政
# 各项工作), speaking as 我局 of a city the page names: the city's 司法局

def test_rule_of_law_office_and_judicial_administration_name_the_bureau():
    md = meta("2031年，我局坚持以习近平法治思想为指导，紧紧围绕市委、市政府中心工作，统筹依法治市和司法行政工作，"
              "助力更高水平的法治青禾建设。现将有关情况报告如下：\n一、主要举措\n（一）强化学法。全年会前学法10次。"
              "青禾市成功入选全省法治政府建设示范市。\n二、存在问题\n基层力量不足。\n")
    assert md["issuer"] == "青禾市司法局"


# ---- K: a province-level place read from a clause start is one of the provinces of the package's data: a verb glued to
# 自治区 (，借鉴自治区人民政府在…召开的现场会经验) names none, and the page that names no place of its own gets no region

def test_a_verb_glued_to_the_autonomous_region_is_no_province():
    md = meta("2031年，我区坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：\n一、主要举措\n"
              "（一）强化督察。迎接了上级对我区的法治督察，借鉴自治区人民政府在青禾市召开的现场推进会经验。"
              "全区会前学法10次。\n二、存在问题\n基层力量不足。\n")
    assert md["region"] is None
    assert md["issuer"] is None
