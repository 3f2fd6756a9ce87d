"""The parse is the same under every hash seed: no result may depend on the iteration order of a set."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"

# a town's report whose title names no place; the body speaks of the town once (我镇) and of the county once
# (全县), and names only the town, at the head of a document title of its own
TOWN = (
    "2024年法治政府建设工作报告\n"
    "一、2024年法治政府建设主要举措和成效\n"
    "（一）强化组织领导\n"
    "今年以来，我镇坚持把法治政府建设摆在突出位置，制定《桃溪镇法治政府建设实施方案》，召开专题会议4次。\n"
    "（二）加强法治宣传\n"
    "结合全县法治宣传月活动，开展送法进村活动12场，发放宣传资料3000余份。\n"
    "二、存在的不足\n基层法治力量还比较薄弱。\n"
    "三、2025年工作安排\n继续深化依法行政。\n"
)

CHILD = """
import json, sys
import fazhi_analysis as fz
r = fz.parse_report(sys.stdin.read(), "town.txt")
m = r.metadata
print(json.dumps([m.region, m.issuer, r.indicators["indicator_id"].astype(str).tolist()], ensure_ascii=False))
"""


def _parse(text: str, seed: int) -> list:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", CHILD], input=text, text=True, capture_output=True, env=env,
                         check=True, encoding="utf-8")
    return json.loads(out.stdout)


@pytest.mark.parametrize(("text", "region", "issuer"), [
    (TOWN, "桃溪镇", None),
    # a town page in the 我镇 voice under 县委、县政府 (a portal-page fixture)
    ((PAGES / "town_we_voice_county_superior.txt").read_text(encoding="utf-8"), "苇塘镇", "苇塘镇人民政府"),
])
def test_a_tie_between_kinds_of_place_is_read_the_same_under_every_hash_seed(text, region, issuer):
    results = [_parse(text, seed) for seed in range(8)]
    assert all(r == results[0] for r in results), results
    assert results[0][0] == region
    if issuer is not None:
        assert results[0][1] == issuer
