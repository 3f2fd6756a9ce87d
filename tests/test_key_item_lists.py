"""Key precision class ITEM LISTS (issue 9): approval-family counts of items are keyed by the act the catalog
indicator counts, not by the list they sit in. Three look-alikes take no key:

* a 权责清单 (the list itself) under 动态调整, the routine review of the whole list: the number is the list's size,
  not the items cancelled, delegated or changed (approval.power_items_adjusted); 动态调整 of 权力事项 keeps the key;
* 告知承诺书 templates (范本, 格式文本) drawn up: documents, not the items under the commitment system
  (approval.commitment_items);
* 行政许可 cases concluded: licensing decisions (approval.licensing_decisions), so the generic government-service
  concluded count (approval.cases_concluded) does not claim them.

Synthetic sentences in the genre's style; each class has positives that must keep their key."""

import pytest

from _sentences import reform_key as key


@pytest.mark.parametrize(("sentence", "raw"), [
    ("完成对12个区级部门1730项权责清单动态调整。", "1730项"),
    ("动态调整权责清单2204项。", "2204项"),
    ("对全市43个部门的权责清单进行动态调整，涉及权责事项3120项。", "3120项"),
])
def test_list_review_is_not_items_adjusted(sentence, raw):
    assert key(sentence, raw) != "approval.power_items_adjusted"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("取消和下放行政权力事项，共调整权力事项37项。", "37项"),
    ("调整行政权力事项52项，其中取消8项。", "52项"),
    ("动态调整行政权力事项86项。", "86项"),  # the items themselves adjusted, not a list reviewed
])
def test_items_adjusted_keep_their_key(sentence, raw):
    assert key(sentence, raw) == "approval.power_items_adjusted"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("按照省级方案梳理出本区涉企经营许可事项告知承诺书（范本）14项。", "14项"),
    ("制定证明事项告知承诺书格式文本21个。", "21个"),
    ("编制告知承诺制示范文本17个，供各窗口使用。", "17个"),
])
def test_templates_are_not_commitment_items(sentence, raw):
    assert key(sentence, raw) != "approval.commitment_items"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("对31个证明事项实行告知承诺制。", "31个"),
    ("全面推行证明事项告知承诺制，涉及事项46项。", "46项"),
])
def test_commitment_items_keep_their_key(sentence, raw):
    assert key(sentence, raw) == "approval.commitment_items"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("全年行政许可事项办结2466件，按时办结率100%。", "2466件"),
    ("办结行政许可申请1088件。", "1088件"),
])
def test_licensing_cases_concluded_are_not_generic(sentence, raw):
    assert key(sentence, raw) != "approval.cases_concluded"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("政务服务中心全年办结各类事项18430件。", "18430件"),
    ("全年政务服务大厅受理事项9800件，按时办结9760件。", "9760件"),
])
def test_service_cases_concluded_keep_their_key(sentence, raw):
    assert key(sentence, raw) == "approval.cases_concluded"
