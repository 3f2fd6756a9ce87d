"""Key class STARTUP_TIME (issue 9): approval.startup_time is the time a business start-up takes after the cut, in
the units the genre prints it in — days, working days, hours and (on the fastest one-window reforms) minutes. A cut
in percent is approval.time_limit_cut_rate; other registrations' times are not a start-up. Synthetic look-alikes."""

import pytest

from _sentences import reform_key as key


@pytest.mark.parametrize(("sentence", "raw"), [
    ("企业开办全程审批用时压减到40分钟以内。", "40分钟以内"),
    ("推行企业开办“一窗通办”，开办企业全流程用时压减至90分钟。", "90分钟"),
    ("企业开办时间压缩至0.5个工作日。", "0.5个工作日"),
    ("开办企业平均用时压缩到3小时。", "3小时"),
])
def test_startup_time_in_its_units(sentence, raw):
    assert key(sentence, raw) == "approval.startup_time"


@pytest.mark.parametrize(("sentence", "raw"), [
    ("不动产登记时间压缩至45分钟。", "45分钟"),  # another registration
    ("12345热线平均响应时间缩短至15分钟。", "15分钟"),
])
def test_other_times_are_not_startup(sentence, raw):
    assert key(sentence, raw) != "approval.startup_time"
