"""Bad input at the parse level: clear ReportError for non-reports, warnings for partial reports."""

import pytest

import fazhi_analysis as fz

NEWS = ("青川县召开2020年法治政府建设工作推进会\n　　3月12日上午，青川县召开法治政府建设工作推进会，县委常委、常务副县长出席会议并讲话。"
        "会议传达了上级有关会议精神，通报了2019年度全县法治政府建设考核结果。会议强调，各部门要提高政治站位，"
        "扎实推进依法行政各项工作，为全县高质量发展提供法治保障。县直各部门主要负责同志参加会议。\n")
NOTICE = ("关于开展2020年度法治政府建设示范创建活动的通知\n各镇人民政府，县政府各部门：\n　　为深入推进法治政府建设，"
          "经县政府同意，决定在全县开展法治政府建设示范创建活动。现将有关事项通知如下：\n一、总体要求\n坚持问题导向，"
          "以创建促提升。\n二、工作安排\n（一）动员部署阶段。各单位制定方案。\n（二）组织实施阶段。各单位对照标准开展创建。\n")


@pytest.mark.parametrize("text,needle", [
    ("", "empty"), ("   \n\t　\n", "empty"), ("hello world " * 50, "Chinese"),
    (NEWS, "not a rule-of-law"), (NOTICE, "not a rule-of-law"),
    ("1" * 100_000, "Chinese"), ("一" * 100_000, "not a rule-of-law"), ("(一)" * 30_000, "not a rule-of-law"),
])
def test_not_a_report(text, needle):
    with pytest.raises(fz.ReportError) as e:
        fz.parse_report(text, "input.txt")
    assert "input.txt" in str(e.value) and needle in str(e.value)


def test_not_text():
    with pytest.raises(fz.ReportError, match="str"):
        fz.parse_report(b"bytes", "x.bin")


def test_truncated_report_returns_what_it_read_with_warnings(sample_path):
    text = sample_path.read_text(encoding="utf-8")
    cut = text[: int(len(text) * 0.4)]
    cut = cut[: cut.rfind("，") + 3]  # mid-sentence
    r = fz.parse_report(cut, "cut.txt")
    codes = {c for c, _ in r.warnings}
    assert {"no_closing", "ends_mid_sentence", "missing_parts"} <= codes
    comp = r.compliance.set_index("item")["status"]
    assert comp["shortcomings"] == "fail" and comp["plans"] == "fail"
    assert len(r.indicators) > 10
    assert r.warnings_table["code"].tolist() == [c for c, _ in r.warnings]


def test_load_missing_file_is_a_report_error(tmp_path):
    with pytest.raises(fz.ReportError, match="nope.txt"):
        fz.load_report(tmp_path / "nope.txt")


OPENING = ("　　2022年，某某县人民政府坚持以习近平法治思想为指导，扎实推进依法行政各项工作，取得了新的成效。"
           "现将2022年法治政府建设情况报告如下：\n　　全年制定规范性文件6件，审查合同45件，办理行政复议案件12件。\n")


def test_an_opening_that_names_itself_is_a_report():
    # a page saved without its title line: the body says what it reports on, in its own voice
    r = fz.parse_report(OPENING, "opening")
    assert "12件" in r.indicators["raw"].tolist()


@pytest.mark.parametrize("text", [
    # a news article quoting the report's sentence in quotation marks
    ("　　3月5日，某某县召开常务会议，审议县司法局起草的报告。报告称：“现将2022年法治政府建设情况报告如下”，"
     "会议要求各部门抓好落实，全年办理行政复议案件12件。\n"),
    # a news article naming the report by its title, without the report's own voice
    ("　　近日，某某县印发《某某县2022年法治政府建设情况报告》，全面总结了一年来的工作，全县办理行政复议案件12件，"
     "审查合同45件，法治政府建设取得新成效。\n"),
    # the sentence far into a long page is not the page's own opening
    ("　　某某县召开会议研究年度工作，部署下一阶段任务。" * 20 + "现将2022年法治政府建设情况报告如下。\n"),
])
def test_a_quoted_or_late_report_sentence_is_still_refused(text):
    with pytest.raises(fz.ReportError, match="not a rule-of-law"):
        fz.parse_report(text, "news")


# a page saved from a body-only view: no title line, headings in bold without numbers (the markers are lost)
BODY_ONLY = ("2023年，南岭市应急管理局坚持以习近平法治思想为指导，扎实推进法治政府建设，各项工作取得新进展。\n"
             "强化法治引领\n统筹推进依法行政工作\n"
             "局党委召开专题会议5次，研究法治政府建设重点任务。组织干部职工学法活动14次，开展执法案卷评查2轮。\n"
             "规范执法行为\n全年办理行政处罚案件87件，组织执法人员培训3期，依法行政水平持续提升。\n")


def test_a_body_only_page_with_unnumbered_headings_parses_without_a_title():
    r = fz.parse_report(BODY_ONLY, "body_only")
    assert r.metadata["title"] is None  # no title is made up
    assert {"5次", "14次", "2轮", "87件", "3期"} <= set(r.indicators["raw"])
    # the genre's words in the second sentence of the opening (2022年是…之年。一年来，…)
    text = BODY_ONLY.replace("2023年，南岭市应急管理局坚持", "2023年是全面贯彻党的二十大精神的开局之年。一年来，南岭市应急管理局坚持")
    assert "87件" in set(fz.parse_report(text, "body_only").indicators["raw"])
    # a meeting among the year's work later in the opening is no news item
    text = BODY_ONLY.replace("扎实推进法治政府建设，", "扎实推进法治政府建设，召开常务会议专题研究依法行政工作3次，")
    assert "87件" in set(fz.parse_report(text, "body_only").indicators["raw"])


@pytest.mark.parametrize("text", [
    # a news article dated to the day, about a meeting on the genre
    ("2023年3月5日，南岭市召开法治政府建设工作推进会，总结2022年依法行政工作，部署法治政府建设重点任务。"
     "会议通报了考核结果，全市办理行政复议案件12件。\n依法行政工作要常抓不懈。\n"),
    # the same news with a year-first opening
    ("2023年，南岭市召开法治政府建设工作推进会，总结依法行政工作，部署法治政府建设重点任务。"
     "会议通报了考核结果，全市办理行政复议案件12件。\n依法行政工作要常抓不懈。\n"),
    # a notice without its title line, in the same year-first opening
    ("2023年，为深入推进法治政府建设，现将有关事项通知如下：\n依法行政工作要求\n各单位要制定方案，开展依法行政培训3期，"
     "法治政府建设示范创建工作于6月底前完成。\n"),
    # a work plan without its title line
    ("2023年，全县法治政府建设工作的总体要求是：坚持以习近平法治思想为指导，全面推进依法行政。\n主要任务\n"
     "各乡镇要开展依法行政培训3期，法治政府建设示范创建工作于6月底前完成。\n"),
    # a year-first opening about something else, with the genre's words only later
    ("2022年，南岭市坚持稳中求进工作总基调，经济运行稳中向好，全年新增市场主体1200户。\n"
     "法治政府建设和依法行政工作另行报告，法治宣传另有安排。\n"),
])
def test_a_title_less_page_that_is_not_the_genre_is_still_refused(text):
    with pytest.raises(fz.ReportError, match="not a rule-of-law"):
        fz.parse_report(text, "other")


# an opening that announces the report (现将…报告如下) but names no rule-of-law work in it, or a page that is no
# opening at all: still refused, although the page mentions 法治 elsewhere
@pytest.mark.parametrize("text", [
    # a general work summary: the 法治 words come only later, in passing
    ("一年来，在县委、县政府的坚强领导下，我局紧紧围绕全县中心工作，圆满完成年度各项目标任务。现将2024年工作情况报告如下。\n"
     "一、主要工作\n全年新增市场主体1200户，完成固定资产投资45亿元。开展法治宣传活动3场，推进法治乡村建设，"
     "落实法治责任。\n"),
    # a news item: a meeting heard the report on 法治建设 (no announcement in the page's own voice)
    ("一年来，南岭市召开法治建设工作推进会3次，听取各部门法治建设情况汇报，部署依法行政重点任务。\n一、会议要求\n"
     "各部门要落实法治建设第一责任人职责，办理行政复议案件12件。\n"),
    # the announcement quoted by a news article
    ("会议指出，“圆满完成年度法治建设任务。现将2024年相关工作情况报告如下”，各部门要抓好落实。\n一、会议要求\n"
     "推进法治建设，落实依法行政，办理行政复议案件12件。\n"),
])
def test_an_announcement_without_rule_of_law_work_is_still_refused(text):
    with pytest.raises(fz.ReportError, match="not a rule-of-law.*no title"):
        fz.parse_report(text, "other")


# a fragment of a report: a saved excerpt that starts mid-report (no title, no opening, no numbered section),
# whose body is plainly the genre's — many distinct terms of rule-of-law government work, with figures
FRAGMENT = ("案件12件，纠错率100%。持续推进法治建设，依法行政水平进一步提升，全年审查合同45件，法治宣传活动3场。"
            "办理行政复议案件12件，行政诉讼案件5件。\n")
LONG_FRAGMENT = ("备案审查规范性文件9件，清理规范性文件31件。严格落实重大行政决策程序，全年经合法性审查的决策事项17件。"
                 "聘请法律顾问6名，出具法律意见书84份。\n深化行政执法改革，开展行政执法案卷评查2轮，评查案卷150卷。"
                 "全面推行双随机抽查，完成抽查任务63次。行政复议工作稳步开展，全年收到行政复议申请41件，依法受理38件；"
                 "行政应诉案件27件，出庭应诉率100%。扎实开展普法工作，组织法治宣传活动86场次")


@pytest.mark.parametrize("text,figures", [
    (FRAGMENT, {"12件", "45件", "3场", "5件"}),
    # the excerpt as one long line, cut off before the last figure's unit
    (LONG_FRAGMENT, {"9件", "31件", "17件", "6名", "84份", "2轮", "41件", "38件", "86场次"}),
])
def test_a_fragment_of_a_report_is_read(text, figures):
    r = fz.parse_report(text, "fragment")
    assert figures <= set(r.indicators["raw"])
    assert "fragment" in dict(r.warnings)
    assert r.metadata["title"] is None  # no title is made up


@pytest.mark.parametrize("text", [
    # the same vocabulary in a notice without its title line
    ("为深入推进法治政府建设，依法行政，规范行政执法，做好行政复议和普法工作，现将有关事项通知如下：各单位审查规范性文件"
     "不少于3件，开展法治宣传活动2场。\n"),
    # news of a meeting that names the genre's work
    ("会议指出，要深入推进依法行政，做好行政复议、行政诉讼应诉和普法工作，严格规范性文件审查。全县办理行政复议案件12件，"
     "行政应诉案件5件。\n"),
    # a work plan
    ("今年工作的总体要求是：全面推进依法行政，加强行政执法监督，做好行政复议和普法工作，规范性文件审查率达到100%，"
     "开展法治宣传活动10场。\n"),
    # the genre's words without figures
    ("持续推进依法行政，加强行政执法监督，做好行政复议和普法工作，严格规范性文件审查，提升法治政府建设水平，"
     "为全县经济社会高质量发展营造良好的法治环境。\n"),
    # figures with only a few of the genre's words (a general work summary)
    ("全年新增市场主体1200户，完成固定资产投资45亿元，新建城市道路18公里，改造老旧小区12个，开展法治宣传活动3场，推进依法行政，"
     "办理行政复议案件2件。\n"),
])
def test_a_title_less_text_that_is_not_a_fragment_of_the_genre_is_refused(text):
    with pytest.raises(fz.ReportError, match="not a rule-of-law.*no title"):
        fz.parse_report(text, "other")
