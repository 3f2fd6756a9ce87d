"""Normalisation: pinyin ruby markup of mirror pages is removed; the report's own brackets stay."""

import pytest

import fazhi_analysis as fz
from fazhi_analysis.normalize import strip_ruby


@pytest.mark.parametrize("text,want,n", [
    ("內(nèi)蒙古自治區(qū)人民政府", "內蒙古自治區人民政府", 2),
    ("統(tǒng)籌推進法治政府建設(shè)", "統籌推進法治政府建設", 2),
    ("发(fa1)布日期", "发布日期", 1),  # a tone digit
    # no tone: the report's own brackets and letters are kept
    ("下载“粤省事”(app)办理，情形(a)和(b)，县(市、区)", "下载“粤省事”(app)办理，情形(a)和(b)，县(市、区)", 0),
    ("ABC(nèi)", "ABC(nèi)", 0),  # not after a Chinese character
])
def test_strip_ruby(text, want, n):
    assert strip_ruby(text) == (want, n)


MIRROR = ("枫岭市司法局2022年法治政府建設(shè)情況的報(bào)告\n發(fā)布日期:2023-02-10\n"
          "2022年，枫岭市司法局堅(jiān)持以習(xí)近平法治思想為指導(dǎo)，扎實推進法治政府建設(shè)。\n"
          "一、主要成效\n打造執法保障、公共法律服務、法律服務業態(tài)三個高地。全年審查規範性文件23件，"
          "行政復議案件辦結率增長(zhǎng)5個百分點。\n二、存在的不足\n基層力量不足。\n三、2023年工作安排\n繼續推進。\n")


def test_a_pinyin_mirror_page_reads_like_the_plain_page():
    r = fz.parse_report(MIRROR, "mirror")
    assert "(" not in r.text and "ruby_removed" in dict(r.warnings)
    assert r.metadata["issuer"] == "枫岭市司法局" and r.metadata["region"] == "枫岭市"
    assert r.metadata["publish_date"].isoformat() == "2023-02-10"
    got = [(f.raw, f.measure, f.direction if isinstance(f.direction, str) else None) for f in r.indicators.itertuples()]
    assert got == [("23件", "level", None), ("增長5個百分點", "change", "increase")]  # no 三個: a list restated

