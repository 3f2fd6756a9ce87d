"""Key precision class BARE_STUDY (issue 9, LABELING 9): leadership.study_sessions counts a leadership body's
collective law study. A bare 专题学习/集中学习 is that study only when the sentence names the body (中心组, 常务会议,
党组 …) before or at the figure; with nobody named as who studied, the count takes no key. Synthetic look-alikes."""

import pytest

from _sentences import fig, sentence_report

LEAD = "（一）强化思想引领，筑牢法治建设根基"


def key(sentence: str, raw: str):
    r = sentence_report(sentence, LEAD, title="澄川县2033年法治政府建设年度报告", year=2033,
                        weakness="学法用法还不够深入。")
    return fig(r, raw)["key"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("始终把学习贯彻习近平法治思想作为重点任务，全年组织专题学习3次，县政府常务会议学法16次。", "3次"),
    ("坚持学习贯彻习近平法治思想，全年开展集中学习7次。", "7次"),
    ("全年组织专题学习4次，推动学法常态化。", "4次"),
])
def test_nobody_named_takes_no_study_key(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize(("sentence", "raw"), [
    ("始终把学习贯彻习近平法治思想作为重点任务，全年组织专题学习3次，县政府常务会议学法16次。", "16次"),
    ("将习近平法治思想纳入县委理论学习中心组学习重点内容，全年组织专题学习6次。", "6次"),
    ("县政府党组全年开展集中学习5次，深入学习宪法和民法典。", "5次"),
    ("镇党委班子围绕习近平法治思想开展专题学习2次。", "2次"),
])
def test_a_named_body_keeps_its_study(sentence, raw):
    assert key(sentence, raw) == "leadership.study_sessions"
