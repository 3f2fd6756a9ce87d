"""Portal page layouts on new synthetic variants: one-line pages, traditional script, header tables, organ lines.

Each variant has another invented place, year and heading style than the fixtures in tests/fixtures/reports;
the expectations are the metadata the page states and every figure it prints.
"""

import datetime as dt

import pytest

import fazhi_analysis as fz

from conftest import check_invariants

# a county page saved as one line: breadcrumb, title, doc number, salutation, headings and body separated by single spaces
ONELINE = ('首页 > 信息公开 > 法治政府建设 霞川县2022年度法治政府建设情况报告 霞政〔2023〕7号 市人民政府：2022年，霞川县坚持以习近平法治思想为指导，统筹推进法治政府建设。'
    '现将有关情况报告如下：一、主要做法和成效（一）深化政务服务改革。全县政务服务事项“一网通办”率达96.5%，平均承诺时限压缩至3个工作日内。（二）严格规范执法。全年办理行政处罚案件'
    '742件，罚没款约215万元。（三）化解行政争议。县政府收到行政复议申请41件，受理38件，审结35件。二、存在的问题 基层执法力量仍然不足。三、2023年工作打算（一）持续优化营'
    '商环境。（二）全年组织执法培训不少于5期。霞川县人民政府 2023年2月20日 【打印】【关闭】\n')

# a city report in traditional script with a header date, an office line and a salutation to the people's congress
TRAD = """南峰市人民政府關於2021年度法治政府建設情況的報告
發布日期：2022-03-05
南峰市人民政府辦公室
市人大常委會：
　　2021年，全市深入學習貫徹習近平法治思想和十九屆六中全會精神，紮實推進法治政府建設。現將有關情況報告如下：
　　一、主要工作
　　（一）推進簡政放權。全市取消行政許可事項23項，市政務服務中心進駐事項1,206項，網上可辦率達97.3%。
　　（二）規範行政執法。全年辦理行政處罰案件2,318件，罰沒款1.26億元，約談企業40餘家。
　　（三）化解行政爭議。收到行政復議申請186件，審結171件，糾錯率12.3%，比上年下降2.1個百分點。
　　二、存在的不足
　　基層法治力量仍顯薄弱。
　　三、2022年工作安排
　　全年開展行政執法案卷評查不少於兩次。
南峰市人民政府
2022年2月25日
"""

# a department page whose header was saved as a table (| cells, spaced labels, a tab), the title twice with a site suffix
TABLE = """| 索 引 号: | 11331024/2024-00018 | 发布机构: | 青岭县交通运输局 |
| 标 题: | 青岭县交通运输局关于2023年度法治政府建设工作情况的报告 | ||
| 文 号: | 青交〔2024〕3号 | 发布日期: | 2024-01-22 |
文章来源:青岭县交通运输局	更新时间:2024/01/22 15:06:41
青岭县交通运输局关于2023年度法治政府建设工作情况的报告-青岭县人民政府网
青岭县交通运输局关于2023年度法治政府建设工作情况的报告
县委依法治县办：
　　2023年，我局认真贯彻落实县委、县政府关于法治政府建设的部署，现将有关情况报告如下：
　　1.加强组织领导。局党组召开专题会议4次，研究法治建设重点工作。
　　2.规范执法行为。全年查处超限超载车辆312辆，罚款46.8万元，行政处罚案件办结时限不超过15个工作日。
　　3.强化普法宣传。开展“送法进企业”活动18场次，覆盖从业人员2,300余人次。
　　青岭县交通运输局
　　2024年1月18日
"""

# a town's joint organ line above a 关于… title; 第一部分 headings and 一是 items; ranks
ORGAN = """中共雁溪乡委员会 雁溪乡人民政府
关于2024年法治政府建设工作情况的报告
县委、县政府：
　　2024年，我乡坚持以习近平法治思想为指导，认真落实二十届三中全会精神，推进法治乡村建设。
　　第一部分　主要成效
　　一是强化学法用法。乡党委理论学习中心组学法6次，名列全县第三。
　　二是化解矛盾纠纷。调处矛盾纠纷87件，调解成功率98%，村规民约修订12项。
　　第二部分　存在的问题
　　法治宣传方式较为单一。
　　第三部分　2025年工作打算
　　力争全县考核排名进入前5名。
中共雁溪乡委员会　雁溪乡人民政府
2025年1月10日
"""

# a department's organ line above a title without its name; （一） items only; 浏览次数 after the signature
ORGANDEPT = """当前位置：首页 > 部门动态
白埠市市场监督管理局
2023年度法治政府建设工作报告
市委、市政府：
　　2023年，市市场监管局坚持以习近平法治思想为指导，全面推进依法行政。
　　（一）严格规范执法。全年查办案件1,152件，罚没款2,310.5万元，移送涉嫌犯罪案件7件。
　　（二）强化信用监管。开展“双随机、一公开”抽查216次，抽查市场主体3,400余户。
　　（三）存在的不足。基层执法装备不足。
　　（四）下一步打算。力争案件办理时限缩短至20个工作日以内。
白埠市市场监督管理局
2024年1月26日
浏览次数：128
"""

# a county page in traditional script saved as one line, headings after single spaces
TRADLINE = ('首页 > 政務公開 蓮川縣人民政府關於2020年法治政府建設情況的報告 蓮政〔2021〕4號 市人民政府：2020年，蓮川縣堅持以習近平法治思想為指導，統籌推進疫情防控和經濟社會發'
    '展，紮實推進法治政府建設。現將有關情況報告如下：一、主要成效（一）優化營商環境。全縣取消證明事項36項，企業開辦時間壓縮至1個工作日，政務服務事項網上可辦率達到95.2%。（二）規'
    '範執法。辦理行政處罰案件563件，罰沒款約98萬元，評查行政執法案卷120卷。（三）化解爭議。縣政府收到行政復議申請27件，審結25件，行政機關負責人出庭應訴率100%。二、存在的'
    '問題 基層執法力量不足，執法人員法治素養有待提升。三、2021年工作打算 全年開展執法培訓不少於3期。蓮川縣人民政府 2021年3月2日 【打印】【關閉】')

# the joint-organ town page saved as one line: the organs stay together, 第一部分　headings stay headings
ORGANLINE = ('中共雁溪乡委员会 雁溪乡人民政府 关于2024年法治政府建设工作情况的报告 县委、县政府： 2024年，我乡坚持以习近平法治思想为指导，认真落实二十届三中全会精神，推进法治乡村建设'
    '。 第一部分\u3000主要成效 一是强化学法用法。乡党委理论学习中心组学法6次，名列全县第三。 二是化解矛盾纠纷。调处矛盾纠纷87件，调解成功率98%，村规民约修订12项。 第二部分\u3000存在'
    '的问题 法治宣传方式较为单一，基层法治人才较为缺乏，村级法律顾问作用发挥不够充分，部分干部运用法治思维和法治方式解决问题的能力仍需提高。 第三部分\u30002025年工作打算 力争全县考核'
    '排名进入前5名。 中共雁溪乡委员会\u3000雁溪乡人民政府 2025年1月10日')

_BODY = """2022年，全县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、主要成效
（一）推进简政放权。全县取消行政许可事项12项，办理行政复议案件31件。
二、存在的不足
基层法治力量薄弱。
三、2023年工作打算
持续推进依法行政。
"""
# the title in 【】 brackets, as some portals print it
BRACKETED = "【翠屏县人民政府关于2022年度法治政府建设情况的报告】\n" + _BODY
# a title wrapped over two lines (text copied from a PDF or a narrow column)
WRAPPED = "翠屏县人民政府关于2022年度法治政府建设\n工作情况的报告\n" + _BODY

D = dt.date
CASES = {
    "oneline": (ONELINE, {"title": "霞川县2022年度法治政府建设情况报告", "issuer": "霞川县人民政府", "region": "霞川县",
                          "report_year": 2022, "doc_number": "霞政〔2023〕7号", "recipient": "市人民政府",
                          "signed_date": D(2023, 2, 20), "level": "county"},
                ["96.5%", "3个工作日内", "742件", "约215万元", "41件", "38件", "35件", "不少于5期"],
                [(1, "主要做法和成效"), (1, "存在的问题"), (1, "2023年工作打算")]),
    "trad": (TRAD, {"title": "南峰市人民政府關於2021年度法治政府建設情況的報告", "issuer": "南峰市人民政府",
                    "region": "南峰市", "report_year": 2021, "publish_date": D(2022, 3, 5), "recipient": "市人大常委會",
                    "signed_date": D(2022, 2, 25), "level": "city"},
             ["23項", "1,206項", "97.3%", "2,318件", "1.26億元", "40餘家", "186件", "171件", "12.3%", "下降2.1個百分點",
              "不少於兩次"],
             [(1, "主要工作"), (1, "存在的不足"), (1, "2022年工作安排")]),
    "table": (TABLE, {"title": "青岭县交通运输局关于2023年度法治政府建设工作情况的报告", "issuer": "青岭县交通运输局",
                      "region": "青岭县", "report_year": 2023, "publish_date": D(2024, 1, 22),
                      "doc_number": "青交〔2024〕3号", "index_no": "11331024/2024-00018", "recipient": "县委依法治县办",
                      "signed_date": D(2024, 1, 18), "level": "department"},
              ["4次", "312辆", "46.8万元", "不超过15个工作日", "18场次", "2,300余人次"], []),
    "organ": (ORGAN, {"title": "中共雁溪乡委员会 雁溪乡人民政府关于2024年法治政府建设工作情况的报告", "issuer": "雁溪乡人民政府",
                      "issuer_full": "中共雁溪乡委员会 雁溪乡人民政府", "region": "雁溪乡", "report_year": 2024,
                      "recipient": "县委、县政府", "signed_date": D(2025, 1, 10), "level": "town"},
              ["6次", "第三", "87件", "98%", "12项", "前5名"],  # 二十届三中全会 and 村规民约 are no figures
              [(1, "主要成效"), (1, "存在的问题"), (1, "2025年工作打算")]),
    "organdept": (ORGANDEPT, {"title": "白埠市市场监督管理局2023年度法治政府建设工作报告", "issuer": "白埠市市场监督管理局",
                              "region": "白埠市", "report_year": 2023, "recipient": "市委、市政府",
                              "signed_date": D(2024, 1, 26), "level": "department"},
                  ["1,152件", "2,310.5万元", "7件", "216次", "3,400余户", "20个工作日以内"], []),
    "tradline": (TRADLINE, {"title": "蓮川縣人民政府關於2020年法治政府建設情況的報告", "issuer": "蓮川縣人民政府",
                            "region": "蓮川縣", "report_year": 2020, "doc_number": "蓮政〔2021〕4號",
                            "recipient": "市人民政府", "signed_date": D(2021, 3, 2), "level": "county"},
                 ["36項", "1個工作日", "95.2%", "563件", "約98萬元", "120卷", "27件", "25件", "100%", "不少於3期"],
                 [(1, "主要成效"), (1, "存在的问题"), (1, "2021年工作打算")]),
    "organline": (ORGANLINE, {"title": "中共雁溪乡委员会 雁溪乡人民政府关于2024年法治政府建设工作情况的报告",
                              "issuer": "雁溪乡人民政府", "issuer_full": "中共雁溪乡委员会 雁溪乡人民政府",
                              "region": "雁溪乡", "recipient": "县委、县政府", "signed_date": D(2025, 1, 10)},
                  ["6次", "第三", "87件", "98%", "12项", "前5名"],
                  [(1, "主要成效"), (1, "存在的问题"), (1, "2025年工作打算")]),
    "bracketed": (BRACKETED, {"title": "翠屏县人民政府关于2022年度法治政府建设情况的报告", "issuer": "翠屏县人民政府",
                              "region": "翠屏县", "report_year": 2022}, ["12项", "31件"],
                  [(1, "主要成效"), (1, "存在的不足"), (1, "2023年工作打算")]),
    "wrapped": (WRAPPED, {"title": "翠屏县人民政府关于2022年度法治政府建设工作情况的报告", "issuer": "翠屏县人民政府",
                          "region": "翠屏县", "report_year": 2022}, ["12项", "31件"],
                [(1, "主要成效"), (1, "存在的不足"), (1, "2023年工作打算")]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_page_variant(name):
    text, meta, raws, roots = CASES[name]
    r = fz.parse_report(text, name)
    check_invariants(r)
    got = {k: r.metadata.get(k) for k in meta}
    assert got == meta
    assert r.indicators["raw"].tolist() == raws
    if roots:
        top = r.sections[r.sections["level"] == 1]
        assert list(zip(top["level"], top["heading"])) == roots
    kinds = set(r.paragraphs["kind"])
    assert "title" in kinds and not (set(r.paragraphs.loc[r.paragraphs["kind"] == "body", "text"])
                                     & {"【打印】", "【关闭】", "【關閉】", "浏览次数：128"})
