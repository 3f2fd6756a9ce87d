"""The real-data scorer (benchmarks/score_real.py) on a synthetic folder: matching rules and robustness."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from _bench import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "qingxi_county_2019.txt"


@pytest.fixture(scope="module")
def score_real():
    return load_benchmark("score_real")


def _seed_labels(n: int = 6) -> dict:
    exp = json.loads(SEED.with_name(SEED.stem + ".expected.json").read_text(encoding="utf-8"))
    figs = [[f["raw"], "", f["value"], f["unit"], f["qualifier"], f["key"], f["name"]] for f in exp["figures"][:n]]
    meta = exp["metadata"]
    return {"metadata": {"stated": {"title": meta["title"], "report_year": meta["report_year"],
                                    "region": meta["region"]},
                         "inferred": {}},
            "figures": figs, "traps": []}


def test_locate_in_order_and_not_inside_longer_numbers(score_real):
    text = "共办理案件12件,其中112件已审结,另有12件待办。"
    items = [score_real._fig(["12件", "", 12, "件", "exact", None, "案件"]),
             score_real._fig(["12件", "另有", 12, "件", "exact", None, "待办"])]
    spans = [(s, e) for _, s, e in score_real.locate(text, items)]
    assert text[spans[0][0]:spans[0][1]] == "12件" and spans[0][0] == text.index("12件")
    assert spans[1][0] == text.index("另有12件") + 2


def test_name_rule(score_real):
    assert score_real.name_ok("行政复议申请", "共收到行政复议申请")
    assert score_real.name_ok("法治培训", "组织开展法治培训")
    assert not score_real.name_ok("不受理", "受理")
    assert not score_real.name_ok("以区政府为被告的行政诉讼案件", "以区政府为")
    assert score_real.name_ok(["市县", "考核的市县"], "市县")


def test_a_name_label_written_with_ruby_markup_is_read_as_the_text_prints_it(score_real):
    # the parser reads the text with pinyin ruby removed, so the label is compared the same way
    assert score_real.name_ok("涉企經(jīng)營(yíng)許可事項(xiàng)", "涉企經營許可事項")
    assert not score_real.name_ok("經(jīng)營許可", "不予許可事項")


def test_region_and_dates(score_real):
    assert score_real.meta_equal("region", "重庆市长寿区", "长寿区")
    assert score_real.meta_equal("region", "长寿区", "重庆市长寿区")
    assert not score_real.meta_equal("region", "长寿区", "重庆市")
    assert score_real.meta_equal("publish_date", "2021-03-29", "2021-03-29")
    assert score_real.meta_equal("report_year", 2021, 2021.0)


def test_title_label_with_ruby_markup_matches_the_cleaned_title(score_real):
    # the parser removes pinyin ruby markup from the text; a label copied from the page keeps it
    assert score_real.meta_equal("title", "岚溪縣衛(wèi)生健康局2021年法治政府建設年度報告",
                                 "岚溪縣衛生健康局2021年法治政府建設年度報告")
    assert not score_real.meta_equal("title", "岚溪縣衛(wèi)生健康局2021年法治政府建設年度報告",
                                     "岚溪縣衛生健康局2022年法治政府建設年度報告")


def test_scores_a_folder_and_survives_refused_files(score_real, tmp_path, capsys):
    shutil.copy(SEED, tmp_path / "a_seed.txt")
    (tmp_path / "a_seed.labels.json").write_text(json.dumps(_seed_labels(), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b_notice.txt").write_text("关于召开会议的通知\n各单位:定于下周召开会议,请准时参加。" * 5, encoding="utf-8")
    (tmp_path / "b_notice.labels.json").write_text(json.dumps(
        {"metadata": {"stated": {"title": "x"}}, "figures": [["3次", "", 3, "次", "exact", None, "会议"]]},
        ensure_ascii=False), encoding="utf-8")
    (tmp_path / "c_unlabelled.txt").write_text("无标注文件", encoding="utf-8")
    assert score_real.main(["--dir", str(tmp_path), "--details"]) == 0
    out = capsys.readouterr().out
    assert "- files: 2 (refused or crashed: 1)" in out
    assert "| figure recall | 0.857 (6/7) |" in out  # the refused file's figure counts as missed
    assert "b_notice.txt: ReportError" in out
    assert "| title | 1/2 |" in out


def test_missing_folder_is_a_usage_error(score_real, tmp_path):
    assert score_real.main(["--dir", str(tmp_path / "nope")]) == 2


def test_labels_with_pinyin_markup_are_located_in_the_report_text(score_real):
    # the report text has the ruby markup removed; labels copied from the page keep it
    _pattern = score_real._pattern
    text = "衍生法律業態三個高地，審查文件23件。"
    assert _pattern("業態(tài)", "三個").search(text).group(1) == "三個"
    assert _pattern("(tài)", "三個").search(text).group(1) == "三個"
