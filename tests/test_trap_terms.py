"""Numbers inside the genre's fixed numbered terms are no figures (issue 10, LABELING rule 1): stock slogans
(``data/non_quantities.csv``) and the general forms of ``data/numbered_terms.csv`` (N位一体, N个全面, N个100%, a
programme's numbered task list named as a term). Real counts with the same measure words stay figures. Sentences
invented for these tests (genre style only)."""

import csv
import re
from importlib import resources

import pytest

from fazhi_analysis.quantities import _TERM_START, extract_figures


def figs(text):
    return [f.raw for f in extract_figures(text, [(0, len(text))])]


@pytest.mark.parametrize("text", [
    # N位一体, quoted list before it, glued to the next word, unquoted, another numeral
    "推行“访、调、诉”三位一体矛盾纠纷化解机制。",
    "构建党建引领、网格管理、法律服务四位一体工作格局。",
    "统筹推进五位一体总体布局，协调推进四个全面战略布局。",
    # N个100% (quoted, unquoted, 双, 百分之百)
    "网上可办率、事项覆盖率、材料精简率、群众满意率达到“四个100%”。",
    "政务服务事项实现“双100%”目标。",
    "全面实现三个百分之百要求。",
    "实现行政执法公示、记录、审核两个100%。",
    # numbered political slogans in their general form
    "深刻领悟两个确立，坚决做到两个维护，牢记三个务必，践行十四个坚持和十个明确。",
    "坚持两个毫不动摇，推进三治融合，落实三严三实要求。",
    "打好三大攻坚战，贯彻五大发展理念。",
    # a programme's task list named by its number (not seen on a tune page: 改革 and 措施)
    "对照白桦省法治政府建设十项重点任务逐项制定落实清单。",
    "落实营商环境改革二十条措施要求。",
    "全力抓好依法行政提升三大重点任务。",
])
def test_numbers_inside_numbered_terms_are_not_figures(text):
    assert figs(text) == [], figs(text)


@pytest.mark.parametrize("text,raws", [
    # near misses: counts in a counting context stay figures
    ("联合三个部门开展执法检查，建立十项制度。", ["三个", "十项"]),
    ("完成法治政府建设重点任务10项，部署十项重点任务。", ["10项", "十项"]),
    ("政务服务事项网办率达100%，覆盖两个乡镇。", ["100%", "两个"]),
    ("培训三位调解员，聘请四位法律顾问。", ["三位", "四位"]),
    ("全市五大类132项事项全部公开，开展普法活动五场。", ["132项", "五场"]),
])
def test_counts_with_the_same_words_stay_figures(text, raws):
    assert figs(text) == raws


def test_every_numbered_term_pattern_is_documented_and_compiles():
    with resources.files("fazhi_analysis").joinpath("data", "numbered_terms.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert set(row) == {"pattern", "example", "reason"}, row
        rx = re.compile(row["pattern"])
        assert row["reason"].strip()
        # each example is a term the pattern reads, starting where the scan for term starts looks
        for example in row["example"].split(";"):
            example = example.strip()
            m = rx.search(example)
            assert m, (row["pattern"], example)
            assert _TERM_START.match(example, m.start()), (row["pattern"], example)
