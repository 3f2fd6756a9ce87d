"""Key precision class PERMIT_SEPARATION (issue 9): approval.permit_separation_items counts the business permits
brought under the 证照分离 reform. Lists of 涉企经营许可事项 are drawn up for other reforms too (一业一证, 告知承诺,
清单管理), so the bare noun takes the key only when its sentence names 证照分离. Synthetic look-alikes."""

import pytest

from _sentences import reform_key as key


@pytest.mark.parametrize(("sentence", "raw"), [
    ("深化“证照分离”改革，将涉企经营许可事项431项全部纳入清单管理。", "431项"),
    ("推进“证照分离”改革全覆盖，涉及涉企经营许可事项77项。", "77项"),
    ("全区共推出214个“证照分离”事项。", "214个"),
])
def test_permits_of_the_reform(sentence, raw):
    assert key(sentence, raw) == "approval.permit_separation_items"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("在开发区试点“一业一证”改革，梳理涉企经营许可事项63项。", "63项"),
    ("全面实施涉企经营许可事项清单管理，共梳理涉企经营许可事项158项。", "158项"),
])
def test_permit_lists_of_other_reforms(sentence, raw):
    assert key(sentence, raw) != "approval.permit_separation_items"
