"""Key classes of stop 32 (issue 9) on figures both labellers key alike and the parser missed or keyed wrongly:
the outcomes of a clean-up (kept in force, lapsed), legality reviews named by their object (行政文件, 各类事项),
the legal adviser's list of services (COUNSEL_WORK), and a start-up time given again
(STARTUP_AGAIN). Synthetic look-alikes: other places, other numbers, reworded."""

import pytest

from _sentences import district_key, reform_key

DOCS = "（三）加强行政规范性文件监督管理"
COUNSEL = "（四）发挥法律顾问作用"
REVIEW = "（二）严格落实重大行政决策程序"


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("开展规范性文件清理，清理区政府规范性文件45件，经审查确认继续执行的38件、废止的4件、失效的3件。", "38件",
     "normative_docs.retained"),
    ("开展规范性文件清理，清理区政府规范性文件45件，经审查确认继续执行的38件、废止的4件、失效的3件。", "3件",
     "normative_docs.repealed"),
    ("组织开展行政规范性文件清理工作，废止行政规范性文件7件，现行有效行政规范性文件14件。", "14件",
     "normative_docs.retained"),
    ("开展规范性文件清理，清理区政府规范性文件45件，继续执行38件、废止4件。", "38件", "normative_docs.retained"),
])
def test_cleanup_outcomes(sentence, raw, key):
    assert district_key(sentence, raw, DOCS) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    ("2033年审查行政文件9次，均为非规范性文件。", "9次"),
    ("2033年法律顾问审核各类事项41件，备案行政规范性文件2件。", "41件"),
])
def test_legality_reviews_by_object(sentence, raw):
    assert district_key(sentence, raw, REVIEW) == "decisions.legality_reviews"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("法律顾问审查合同超90份、出具法律意见书60份，代理镇政府诉讼案件11件。", "11件"),
    ("2033年法律顾问审核各类事项41件，局领导班子集体讨论重大行政处罚决定9件，备案行政规范性文件2件。", "9件"),
    ("承办区政府交办的法律顾问事项800多件，其中审查各类合同31件次，审查生产安全事故调查报告17件。", "17件"),
    ("截至2033年底，镇法律顾问团参与律师4人，审查合同75份，接受法律咨询16次。", "16次"),
])
def test_counsel_services_take_no_other_family(sentence, raw):
    assert district_key(sentence, raw, COUNSEL) is None


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    ("承办区政府交办的法律顾问事项800多件，其中审查各类合同31件次，审查生产安全事故调查报告17件。", "31件次",
     "decisions.contracts_reviewed"),
    ("截至2033年底，镇法律顾问团参与律师4人，审查合同75份，接受法律咨询16次。", "75份",
     "decisions.contracts_reviewed"),
    ("严格落实法律顾问制度，局机关执法证持证率96.5%。", "96.5%", "enforcement.certified_rate"),
    ("全年办理行政处罚案件120件，法律顾问全程参与。", "120件", "enforcement.penalties"),
])
def test_counsel_keeps_its_own_work_and_others_before(sentence, raw, key):
    assert district_key(sentence, raw, COUNSEL) == key


@pytest.mark.parametrize(("sentence", "raw"), [
    ("目前我市已经实现企业开办时间压缩至0.5个工作日（4个工作小时）办结。", "4个工作小时"),
    ("市本级企业开办时间压缩至3个工作小时，各县（市、区）压缩至1个工作日，位居全省前列。", "1个工作日"),
    ("市本级企业开办时间压缩至3个工作小时，各县（市、区）压缩至1个工作日，位居全省前列。", "3个工作小时"),
])
def test_startup_time_again(sentence, raw):
    assert reform_key(sentence, raw) == "approval.startup_time"


def test_another_registration_time_is_no_startup():
    assert reform_key("实现了企业开办时间压缩至1天，执照登记压缩至0.5天。", "0.5天") is None

