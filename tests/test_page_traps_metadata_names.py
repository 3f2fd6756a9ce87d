"""Trap, metadata and name classes seen on real portal pages (issues 9 and 10), on texts invented for these tests
(invented places and bodies; genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.quantities import extract_figures
from fazhi_analysis.structure import parse_structure


def figs(text):
    return [(f.raw, f.value, f.unit) for f in extract_figures(text, [(0, len(text))])]


def meta(text):
    return parse_structure(normalize_text(text)).metadata


# ------------------------------------------------------------------------------------------------- traps

def test_kinds_before_an_arabic_count_are_no_figure():
    # the count of items is the figure; the kinds they are grouped in only label them, in Chinese numerals
    # (LABELING 28) and in Arabic ones (LABELING 36)
    text = "赋予青川试验区实施六类85项县级行政许可等权限，梳理通报3类18项问题。"
    assert figs(text) == [("85项", 85, "项"), ("18项", 18, "项")]
    # a count of kinds standing alone is still a count
    assert figs("将审批事项归并为五类。") == [("五类", 5, "类")]


def test_a_policy_named_by_its_number_of_articles_is_no_count():
    # (N条政策措施 right after what the policy promotes, …发展, is its title too: LABELING 1, as the dev labels have it)
    text = "制定白沙县进一步优化营商环境二十条措施及十条意见，出台促进民营经济发展15条政策措施，落实举措12条。"
    assert figs(text) == [("12条", 12, "条")]
    assert figs("出台政策措施15条，落实举措12条。") == [("15条", 15, "条"), ("12条", 12, "条")]
    # a policy's nickname (新十条, 国十条) is no count either; articles counted after their noun are
    assert figs("落实稳就业新十条和国十条，出台惠企政策二十条。") == [("二十条", 20, "条")]


def test_a_regions_two_great_tasks_are_a_slogan_in_either_script():
    assert figs("为办好两件大事提供法治保障，办结信访件两件。") == [("两件", 2, "件")]
    assert figs("為完成好“模范区”兩件大事提供保障。") == []


# ---------------------------------------------------------------------------------------------- metadata

BODY = "一、主要工作\n（一）深入学习。全年开展专题学习12次。\n"


@pytest.mark.parametrize("opening,region,issuer", [
    # an autonomous prefecture by its short name, with its government as the subject
    ("2023年，青岚州人民政府始终坚持以法治为引领，印发州人民政府年度重点工作安排。", "青岚州", "青岚州人民政府"),
    # (州政府 is the government's short name: the issuer is named as the organ names itself, 白鹭州人民政府)
    ("2022年，白鹭州政府坚持以习近平新时代中国特色社会主义思想为指导。", "白鹭州", "白鹭州人民政府"),
])
def test_a_prefecture_named_as_the_openings_subject(opening, region, issuer):
    md = meta("2023年度法治政府建设情况报告\n" + opening + "\n" + BODY)
    assert (md["region"], md["issuer"]) == (region, issuer)


def test_a_city_by_its_short_name_is_no_prefecture():
    md = meta("2023年度法治政府建设情况报告\n2023年，青州坚持以习近平新时代中国特色社会主义思想为指导。\n" + BODY)
    assert md["region"] is None


def test_a_department_that_posted_the_page_yields_to_the_government_the_body_names():
    page = ("2025年松岭县法治政府建设情况\n日期 : 2026-01-15  文章来源 : 司法局  字号 : [ ]\n"
            "2025年，松岭县政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。\n" + BODY)
    assert meta(page)["issuer"] == "松岭县人民政府"  # (县政府: the short name of 松岭县人民政府)
    # a body whose subject is the place itself: the place reports as its government too (changed 2026-12-03
    # with the tuning sets' labels)
    page = page.replace("松岭县政府坚持", "松岭县坚持")
    assert meta(page)["issuer"] == "松岭县人民政府"


def test_header_lines_without_labels_under_the_pages_copy_of_the_title():
    page = ("无障碍阅读 返回首页\n政府信息公开\n青石市柳岸区2024年度法治政府建设报告\n"
            "11379999MB12345678/2025-1234567\n青石市柳岸区人民政府\n2025-02-27\n\n"
            "青石市柳岸区2024年度法治政府建设报告\n字号:\n2024年，柳岸区坚持依法行政。\n" + BODY)
    md = meta(page)
    assert md["index_no"] == "11379999MB12345678/2025-1234567"
    assert str(md["publish_date"]) == "2025-02-27"
    assert md["issuer"] == "青石市柳岸区人民政府"
    # the same lines in the body, with no copy of the title above them, are no header
    md = meta("青石市柳岸区2024年度法治政府建设报告\n2024年，柳岸区坚持依法行政。\n11379999MB12345678/2025-1234567\n" + BODY)
    assert md["index_no"] is None


def test_an_autonomous_regions_government_named_by_its_unit_in_either_script():
    md = meta("2023年，自治区人民政府坚持依法行政，为完成好党中央交给宁夏的任务提供保障。\n" + BODY)
    assert (md["region"], md["issuer"]) == ("宁夏回族自治区", "宁夏回族自治区人民政府")
    md = meta("2023年，自治區人民政府堅持依法行政，為完成好黨中央交給寧夏的任務提供保障。\n" + BODY)
    assert (md["region"], md["issuer"]) == ("寧夏回族自治區", "寧夏回族自治區人民政府")


def test_the_city_governments_office_by_its_full_name():
    md = meta("根据有关规定，现将市政府办公室2022年度法治政府建设情况报告如下：\n"
              "2022年，市政府办公室坚持依法行政，落实《云岭市法治政府建设实施方案》。\n" + BODY)
    assert md["issuer"] == "云岭市人民政府办公室"


# -------------------------------------------------------------------------------------------------- names

def _names(sentence: str, *raws: str) -> list:
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from _sentences import fig, sentence_report

    r = sentence_report(sentence, "（二）深化放管服改革", title="青石县2023年法治政府建设年度报告", year=2023,
                        weakness="基层执法力量还比较薄弱。", plan="继续深化依法行政。")
    return [fig(r, x)["name"] for x in raws]


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # putting up, drafting, setting up or handling the things counted: the things are the name
    ("开展集中宣传，悬挂横幅16条、张贴海报45张。", "16条", "横幅"),
    ("开展集中宣传，悬挂横幅16条、张贴海报45张。", "45张", "海报"),
    ("先后安排部署重点任务38项，全部按期完成。", "38项", "重点任务"),
    ("全年代理各类案件2310件。", "2310件", "各类案件"),
    ("走访人大代表12人次，办结相关建议9件。", "9件", "建议"),
    ("最终确认证明事项118项。", "118项", "证明事项"),
    # for whom the act is done, then the act
    ("全年为中小企业进行法律体检42次，为企业提出法律建议37件。", "42次", "法律体检"),
    ("全年为中小企业进行法律体检42次，为企业提出法律建议37件。", "37件", "法律建议"),
    # 集中 opening the noun is its adjective, not a predicate
    ("利用宪法日等节点，全年开展9场集中宣传活动。", "9场", "集中宣传活动"),
])
def test_a_plain_act_before_the_thing_counted_is_not_its_name(sentence, raw, name):
    assert _names(sentence, raw) == [name]


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # what is said of the things counted ends their noun phrase
    ("平台上线后，862个事项能够“指尖办”，1204个事项可以“掌上查”。", "862个", "事项"),
    ("平台上线后，862个事项能够“指尖办”，1204个事项可以“掌上查”。", "1204个", "事项"),
    ("制作普法作品9部，其中3部作品荣获全省优秀普法作品。", "3部", "作品"),
    ("指导全县46所中小学完善学校章程。", "46所", "中小学"),
    ("选聘86名专家组建县法治人才库。", "86名", "专家"),
    # a meeting right after the figure, then what it did
    ("县政府3次常务会研究法治政府建设工作。", "3次", "常务会"),
    ("县委依法治县委员会召开2次会议研究部署全县法治政府建设工作。", "2次", "会议"),
])
def test_what_is_said_of_the_things_counted_ends_the_name(sentence, raw, name):
    assert _names(sentence, raw) == [name]


@pytest.mark.parametrize(("sentence", "raw", "first", "head"), [
    # a 、 list closed by 等: the whole list with its head, or the head alone (LABELING rule 27), never a list
    # cut at its last item (行政复议等议题) nor the field word (方面建议)
    ("办理县人大代表涉及道路改造、供水保障等方面建议31件。", "31件", "道路改造", "建议"),
    ("查处食品、药品等领域违法案件27件。", "27件", "食品", "违法案件"),
    ("主体班开设宪法、行政法等课程14场次。", "14场次", "宪法", "课程"),
    ("8次主持常务会议研究规章制定、行政复议等议题35项。", "35项", "规章制定", "议题"),
    ("组织开展党章党规解读、法治思想等专题课程26次。", "26次", "党章党规解读", "专题课程"),
])
def test_a_list_closed_by_etc_is_named_whole_or_by_its_head(sentence, raw, first, head):
    name = _names(sentence, raw)[0]
    assert name == head or (name.endswith(head) and first + "、" in name)
    assert not name.startswith(("方面", "领域"))


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("组织“人人讲法”活动16场，覆盖率达70%以上。", "70%以上", "覆盖率"),  # a rate of coverage, not the verb
    # the verb after the rate's name (the places are the count's before it: the rate is of their water quality)
    ("4个县级水源地水质优良率保持100%。", "100%", "水质优良率"),
    ("县级水源地水质优良率保持100%。", "100%", "县级水源地水质优良率"),
])
def test_rates_keep_their_name(sentence, raw, name):
    assert _names(sentence, raw) == [name]


def test_a_name_never_starts_inside_a_book_title():
    sentence = ("全年组织集中学习《某某市安全生产条例实施办法细则汇编》《某某省消防条例》《某某县防汛抗旱工作规程》"
                "《某某市应急预案管理办法》等法律法规23次。")
    name = _names(sentence, "23次")[0]
    assert name and (not name.count("》") or name.index("《") < name.index("》"))


def test_a_city_department_named_by_the_provincial_department_guiding_it():
    opening = ("2021年，在市委、市政府的正确领导下，在省水利厅的关心和指导下，我局深入推进依法行政，"
               "落实《云岭市2021年依法行政工作要点》。\n局党组专题学习法治思想。\n")
    md = meta(opening + BODY)
    assert (md["region"], md["issuer"]) == ("云岭市", "云岭市水利局")
    # the province's department named otherwise (an award it gave) names no department of the page
    md = meta(opening.replace("在省水利厅的关心和指导下，", "") + "我局被省水利厅评为先进单位。\n" + BODY)
    assert md["issuer"] is None


def test_a_bracketed_count_after_another_figures_noun_counts_its_own_noun():
    assert _names("编制公布全县21个行政许可事项（47个子项）实施规范。", "47个", "21个") == ["子项", "行政许可事项"]
    # with no figure before it, the words before the bracket still name it
    assert _names("社会公众对法治政府建设满意度评价（76.71分）较上年提高。", "76.71分")[0].endswith("满意度评价")


def test_a_one_or_two_character_bracket_inside_a_word_does_not_cut_the_name():
    name = _names("全年办理执业登记备案27个，病原微生物菌(毒)种或样本准运证备案41件。", "41件")[0]
    assert name.startswith("病原微生物菌(毒)种")
