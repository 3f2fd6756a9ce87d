"""Metadata classes of the genre that recurred on at least two of the seven tuning sets (issue 9, 2026-12-03, fifth
session). Pages invented for these tests (genre style only; places, organs and years made up, except province and
prefecture-city names from the package's place data)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.structure import parse_structure


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ---- Y: a page without a title that names one year only, once as the year's account (2033年度内) or twice counting
# the title of its own document of that year: that year is the report's (a year named once in passing stays unsure)

@pytest.mark.parametrize("text,year", [
    ("一、上一年度推进依法行政的主要做法\n（一）便民服务\n各服务站点2033年度内合计受理群众事项6420件，网办事项810件。\n"
     "二、存在的不足\n基层力量仍然薄弱。\n", 2033),
    ("一、落实领导责任。局党委专题研究法治工作3次。二、推进依法决策。下发《2031年澄川市水务法治工作要点》，"
     "部署了2031年全系统法治工作任务，组织法治讲座2场。\n三、严格执法。办理案件45件。\n", 2031),
    ("（一）深化改革\n梳理公共服务事项212项，其中2029年度新增事项14项，办结率100%。\n（二）规范执法\n"
     "开展执法检查30次。\n", 2029),
])
def test_a_page_naming_one_year_once_is_of_that_year(text, year):
    assert meta(text)["report_year"] == year


@pytest.mark.parametrize("text", [
    # two years named once each: unsure
    "一、主要做法\n各服务站点2033年度内受理事项6420件，比2032年增加310件。\n二、存在的不足\n力量薄弱。\n",
    # the one other year named in a book title: still two years
    "一、主要做法\n印发《2030年青石区执法工作要点》。各站点2031年度内受理事项640件。\n二、不足\n力量薄弱。\n",
    # the one year named once, not as the year's account
    "一、主要做法\n梳理服务事项212项，其中2029年新增事项14项。\n二、不足\n力量薄弱。\n",
])
def test_no_year_when_two_years_compete(text):
    assert meta(text)["report_year"] is None


# ---- F: a department's page in its own voice (我局, 委党组) with no organ named, whose city is printed only in passing:
# the city's department of the field its opening names as its own work (民政法治建设, 法治审计, 全市财政系统) or as
# the province's department above it (省应急厅, for 应急管理厅)

TAIL = "\n一、主要举措\n（一）强化学法。全年会前学法10次。\n二、存在问题\n基层力量不足。\n"


@pytest.mark.parametrize("text,issuer", [
    ("2031年，在市委、市政府的领导下，我局扎实推进民政法治建设，依法行政水平稳步提升。现将有关情况报告如下：" + TAIL
     + "。澄川市城乡低保对象动态管理率100%。\n", "澄川市民政局"),
    ("2031年，我局按照省应急厅的工作部署，结合全市安全生产实际推进依法行政。现将有关工作报告如下：" + TAIL
     + "。澄川市安全生产形势总体平稳。\n", "澄川市应急管理局"),
    ("2031年，全市卫健法治建设工作坚持以习近平法治思想为指导，委党组专题研究法治工作4次。现将今年工作报告如下：" + TAIL
     + "。澄川市医疗机构依法执业检查覆盖率100%。\n", "澄川市卫生健康委员会"),
    ("今年以来，在市委、市政府的坚强领导下，我局持续推进法治审计，全市审计系统依法履职能力不断提升。" + TAIL
     + "。澄川市审计整改完成率98%。\n", "澄川市审计局"),
    # under a portal's title that names no organ and a date label
    ("首页 > 政务公开 > 法治政府建设\n2031年度法治政府建设工作情况\n\n发布日期:2032年01月05日\n\n"
     "2031年，在市委、市政府的领导下，我局围绕人社法治建设目标依法履职。现将有关情况报告如下：" + TAIL
     + "。澄川市城镇新增就业5200人。\n", "澄川市人力资源和社会保障局"),
])
def test_a_department_named_by_the_field_its_opening_names(text, issuer):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == "澄川市"


@pytest.mark.parametrize("text", [
    # a field's commission, but the page calls itself 我局 (some places name that organ a 局): unsure
    "2031年，我局坚持以习近平法治思想为指导，推进卫健法治建设。" + TAIL + "。澄川市医疗机构检查覆盖率100%。\n",
    # two fields in the opening: unsure
    "2031年，我局推进民政法治建设，配合全市审计系统开展专项审计。" + TAIL + "。澄川市低保动态管理率100%。\n",
    # the field named only in a later paragraph (another field's work the department took part in)
    "2031年，在市委、市政府的领导下，我局扎实推进依法行政。" + TAIL + "配合开展民政法治建设宣传。澄川市城区秩序良好。\n",
])
def test_no_department_made_up_from_the_field(text):
    assert meta(text)["issuer"] is None


# ---- O: the page's place as the opening's subject, written in a form the place's voice was not read from: a town
# without its county, a development zone followed by its work, a prefecture-level city whose name holds a function-word
# character (data/prefecture_cities.csv)

@pytest.mark.parametrize("text,issuer,region", [
    ("柳岸县青石镇2031年法治政府建设\n年度报告\n2031年，青石镇始终坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下："
     + TAIL, "柳岸县青石镇人民政府", "柳岸县青石镇"),
    ("澄溪区白沙乡2031年法治政府建设情况报告\n2031年，白沙乡全面贯彻落实法治政府建设实施纲要，基层依法治理水平持续提升。"
     + TAIL, "澄溪区白沙乡人民政府", "澄溪区白沙乡"),
    ("您当前的位置 : 门户网站 >> 信息公开\n\n青禾新区2031年度法治政府建设工作报告\n\n 2032/03/01/ 10:05 来源:新区原创\n\n"
     "  2031年，青禾新区依法行政工作以习近平法治思想为引领，着力营造稳定公平的法治环境。" + TAIL, "青禾新区管委会", "青禾新区"),
    ("2031年，本溪市聚焦依法行政主线，全面深化法治政府建设。\n推行柔性执法，办理案件120件。印发《海绵城市建设管理办法》。\n"
     "全市政务服务事项网办率98%。\n", "本溪市人民政府", "本溪市"),
    ("2031年，开封市坚持以习近平法治思想为指导，统筹推进法治政府建设。\n一、主要成效\n全市行政复议案件办结率100%。\n",
     "开封市人民政府", "开封市"),
])
def test_the_place_as_the_openings_subject_is_its_government(text, issuer, region):
    md = meta(text)
    assert md["issuer"] == issuer
    assert md["region"] == region


@pytest.mark.parametrize("text", [
    # the opening's subject is another town than the title's
    "柳岸县青石镇2031年法治政府建设\n年度报告\n2031年，白沙镇始终坚持以习近平法治思想为指导，推进依法行政。" + TAIL,
    # a city's name glued to a word that follows it (开封市场…): no subject
    "2031年，开封市场主体持续增长，依法行政水平不断提升。\n一、主要成效\n全市行政复议案件办结率100%。\n",
])
def test_no_government_from_another_subject(text):
    assert meta(text)["issuer"] is None


@pytest.mark.parametrize("text", [
    # the province's 司法厅 asks every department for its report: no sign of the 司法 field
    "2031年，在市委、市政府的领导下，我局按照省司法厅的通知要求，全面推进依法行政。" + TAIL + "。澄川市城区秩序良好。\n",
    # a discipline commission's leaders (纪委领导) are no sign that a page in a 局's voice speaks as a commission
    "2031年，在市委、市政府的领导下，我局推进卫健法治建设，纪委领导到会指导3次。" + TAIL + "。澄川市医疗机构检查覆盖率100%。\n",
])
def test_no_department_from_signs_of_another_organ(text):
    assert meta(text)["issuer"] is None


# ---- D: a district's or county's department page whose opening's subject is the place's departments of its field
# (XX区YY系统坚持…): the place is the region; no organ's name is made up from it

@pytest.mark.parametrize("text,region", [
    ("2031年度法治政府建设工作情况\n\n发布日期:2031年12月02日\n\n2031年是规划收官之年。澄溪区水务执法系统坚持以习近平法治思想为指导，"
     "在区委、区政府的领导下依法履职。现将我局法治建设工作汇报如下：" + TAIL, "澄溪区"),
    ("2031年，柳岸县农机监理系统深入学习贯彻习近平法治思想，依法行政水平持续提升。现将我局有关情况报告如下：" + TAIL,
     "柳岸县"),
])
def test_a_places_field_system_as_the_openings_subject_gives_the_region(text, region):
    md = meta(text)
    assert md["region"] == region
    assert md["issuer"] is None


@pytest.mark.parametrize("text", [
    # the whole level's system (全市…系统): no place named
    "2031年，全市水务执法系统坚持以习近平法治思想为指导，依法履职。现将我局有关情况报告如下：" + TAIL,
    # a verb glued before the place (组织…系统): no subject
    "2031年，组织澄溪区执法系统在汛期开展联合检查，依法履职。现将我局有关情况报告如下：" + TAIL,
])
def test_no_region_from_a_system_that_is_not_the_subject(text):
    assert meta(text)["region"] is None
