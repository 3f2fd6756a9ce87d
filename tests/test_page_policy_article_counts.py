"""A policy named by its number of articles or items (issue 10, LABELING rule 1): its number is part of a name,
not a count of the reporting organ's work. Texts invented for these tests (genre style only)."""

import pytest

from fazhi_analysis.normalize import normalize_text
from fazhi_analysis.quantities import extract_figures


def raws(text):
    text = normalize_text(text)
    return [f.raw for f in extract_figures(text, [(0, len(text))])]


@pytest.mark.parametrize("sentence", [
    # N条 right after a policy topic, closing the phrase (Arabic or Chinese numerals)
    "深入落实优化营商环境一百条，营商环境持续向好。",
    "全面贯彻营商环境30条，持续优化审批服务。",
    "贯彻落实稳经济一揽子政策33条，帮助企业纾困解难。",
    "落实民营经济25条要求，开展涉企执法检查。",
    "认真兑现惠企十条和人才20条。",
    # Chinese numerals after a word that 条 does not count: a name, whatever its topic
    "落实稳住经济大盘二十条，推动政策落地。",
    "推动降费减负十二条落地见效。",  # (a topic not in the data list)
    "出台稳增长十条，推进重点项目建设。",
    # right after the document's quoted or book-title name, or its version
    "全面落实“稳经济一揽子政策”33条，帮助企业纾困。",
    "落实《支持民营经济发展若干措施》30条，推动政策落地。",
    "推动优化营商环境4.0版25条落地见效。",
    # N条(政策)措施 right after what the policy promotes (…发展, …发展壮大, a policy topic): the policy's title, as
    # the dev labels have it on two pages of two sets (LABELING 1, policy titles that count)
    "出台支持企业发展15条政策措施。",
])
def test_a_policy_named_by_its_number_of_articles_is_no_figure(sentence):
    assert raws(sentence) == []


@pytest.mark.parametrize("sentence", [
    "制定出台‘十项’措施，推动政策落地。",
    "落实＂十项＂措施，推动政策落地。",
    "落实”二十条“要求，推动政策落地。",  # quotes printed the wrong way round
    "全面落实“营商环境30条”，推动政策落地。",
])
def test_a_count_inside_quotes_of_any_kind_names_a_policy(sentence):
    assert raws(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    # counts of measures, policies, opinions: the noun counted stands right before N条
    ("出台措施33条，兑现资金300万元。", ["33条", "300万元"]),
    ("制定惠企政策12条，梳理问题线索45条。", ["12条", "45条"]),
    ("提出整改意见三条，收集意见建议五十余条。", ["三条", "五十余条"]),
    ("新修订的办法共十条。", ["十条"]),
    # articles a revision changes: the verb counts them
    ("修订物业管理办法，新增三条、修改五条、删除两条。", ["三条", "五条", "两条"]),
    # a noun after the number: an Arabic count of measures stays a count (unless a policy topic stands right before
    # it: 出台支持企业发展15条政策措施 names a policy, below)
    ("出台15条政策措施。", ["15条"]),
    ("围绕企业发展，出台15条政策措施。", ["15条"]),
    ("提出《条例（草案）》修改意见12条，修订《物业管理办法》，修改9条。", ["12条", "9条"]),
    # a quoted name beside a count outside the quotes
    ("推行“放管服”改革，办理事项12件，“一网通办”事项30项。", ["12件", "30项"]),
])
def test_counts_of_measures_and_opinions_stay_figures(sentence, expected):
    assert raws(sentence) == expected


def test_a_policy_name_in_traditional_script():
    assert raws("落實優化營商環境三十條，辦理案件12件。") == ["12件"]
