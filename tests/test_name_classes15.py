"""Name classes pooled over seven tuning sets (issue 9, "the measured thing"): each class recurs on pages of at
least two sets. All sentences are invented (other counties, years, figures and places)."""

from test_name_grammar_classes import case, name  # the same invented county page and helpers


# ---- a verb, its quotation, and a head of two characters (任务, 学习, 事项) or none: the head says too little
# alone, so the quotation stays with it; with no head the quotation is the name (a longer head is the name alone)
@case(("推动完成“两规划一方案”任务130项。", "130项", "“两规划一方案”任务"),
      ("全年石桥县政府党组落实“第一议题”学习16次。", "16次", "“第一议题”学习"),
      ("研究解决“四重一小”事项210余项。", "210余项", "“四重一小”事项"),
      ("2031年通过局务会议落实“第一议题”19场次。", "19场次", "“第一议题”"),
      # near-miss: a head of four characters or more is the name alone, as before
      ("推动完成“八五”普法中期任务120项。", "120项", "普法中期任务"))
def test_a_quotation_stays_with_a_two_character_head(sentence, raw, expected):
    assert name(sentence, raw) == expected
