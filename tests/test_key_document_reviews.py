"""Key recall classes DOCUMENT_REVIEWS and REGULATIONS_MADE (issue 9), as synthetic look-alikes (invented places,
years and figures).

* Legality review of documents and meeting topics (LABELING rules 23, 23b): reviews of 文件和会议纪要 together, of
  the topics put to a standing meeting (议题), of documents in general (各类文件, 政府文件) are
  decisions.legality_reviews.
* VERB_OVER_LIST: one verb, then a list of its objects (、, 和, 及), then the figure: the verb governs every item. The
  figure takes the items' common key, or the key of a total whose catalog definition counts the other items as its
  parts (legality_reviews counts documents, contracts and normative documents together); items naming two keys that
  no total covers share a total of two indicators, which takes no key (rule 7).
* Regulations made or amended (rule 24): 制定/修订/修改 政府规章 or 地方性法规 are rules.regulations_issued; a repeal
  is not (the catalog definition counts made, revised and issued ones), nor is a total that holds repeals.
"""

import pytest

from _sentences import fig, sentence_report

DECIDE = "（二）推进科学民主依法决策"


def key(sentence: str, raw: str, heading: str = DECIDE):
    r = sentence_report(sentence, heading, title="松溪县2032年法治政府建设年度报告", year=2032,
                        weakness="合法性审查力量仍然薄弱。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("全年审核县政府各类文件和会议纪要73件，提出修改意见210条。", "73件"),
    ("司法局审查以县政府名义印发的政府文件及会议纪要共计64件。", "64件"),
    ("全年审核县政府常务会议议题52个。", "52个"),
    ("对提交县政府常务会议审议的议题进行合法性审查47件。", "47件"),
    ("对县政府文件、合同及会议纪要进行把关，审查县政府文件、合同及会议纪要共计118件。", "118件"),
    ("审查规范性文件、行政协议和会议纪要共计96件。", "96件"),
    ("审查行政合同和会议纪要39件。", "39件"),
])
def test_legality_reviews_of_documents_and_topics(sentence, raw):
    assert key(sentence, raw) == "decisions.legality_reviews"


@pytest.mark.parametrize(("sentence", "raw", "want"), [
    ("审查合同、协议共计88件。", "88件", "decisions.contracts_reviewed"),  # every item names the same key
    ("审查行政协议、政府合同61份。", "61份", "decisions.contracts_reviewed"),
])
def test_a_list_of_one_kind_keeps_its_key(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize(("sentence", "raw"), [
    ("审查规范性文件和合同56件。", "56件"),  # two indicators, no total covering both
    ("审查和备案规范性文件41件。", "41件"),  # two acts
    ("印发会议纪要56期。", "56期"),  # issued, not reviewed
    ("审查合同、协议及招商引资项目27件。", "27件"),  # an item that names no review
])
def test_shared_totals_and_look_alikes_take_no_review_key(sentence, raw):
    assert key(sentence, raw) is None


RULES = "（三）加强制度建设"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("全年修改地方性法规3件，制定政府规章2部。", "3件"),
    ("全年修改地方性法规3件，制定政府规章2部。", "2部"),
    ("年内修改市政府规章4件。", "4件"),
    ("根据上位法变化修订地方性法规1件。", "1件"),
])
def test_regulations_made_or_amended(sentence, raw):
    assert key(sentence, raw, RULES) == "rules.regulations_issued"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("废止政府规章2件。", "2件"),  # a repeal is not made or revised
    ("全年共制定、修订、废止政府规章9件。", "9件"),  # a total holding repeals
    ("修改完善内部规章制度12项。", "12项"),  # internal rules, not government regulations
])
def test_not_regulations_made(sentence, raw):
    assert key(sentence, raw, RULES) is None
