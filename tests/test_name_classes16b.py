"""Name classes of the four tuning sets of session 30 (tuneL, tuneM, holdout16, holdout17; issue 9, "the measured
thing"), round 2: each class recurs on pages of different organs, most in more than one set. All sentences are
invented (other counties, years, figures and places)."""

from test_name_grammar_classes import case, name  # the same invented county page and helpers


# ---- a bare verb of reach closing its clause (…，覆盖N人次。): the reach is what the figure counts, not the noun of
# the clause before (the leaflets handed out, the study held)
@case(("开展宪法宣传活动6场，发放2.4万余份手册，覆盖3.1万余人次。", "3.1万余人次", "覆盖"),
      ("举办3期培训班、2次集中学习，覆盖720余人次。", "720余人次", "覆盖"),
      # near-misses: who is reached, or a noun of reach, still names the figure (as before)
      ("开展送法进村活动，覆盖村民3000余人次。", "3000余人次", "村民"),
      ("开展法治讲座，覆盖人次达800余人次。", "800余人次", "覆盖人次"))
def test_a_bare_verb_of_reach_names_its_figure(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- places counted: a number printed with a place and no measure word (在4市9县, 十二区政府), or a count of places
# whose one-character noun is cut at the next list item (甲、乙、丙4个区和…, 对12个区、27个…): the places are counted
@case(("积极探索基层治理路径，在4市9县推进一体建设试点工作。", "4市", "市"),
      ("积极探索基层治理路径，在4市9县推进一体建设试点工作。", "9县", "县"),
      ("以县委名义印发实施意见，组织十二区政府开展依法行政方式创新评审。", "十二区", "区政府"),
      ("甲城、乙港、丙山4个区和5个项目分别被评为省级示范地区和示范项目。", "4个", "区"),
      ("组织专家团队对12个区、27个政府部门开展法治政府建设情况评估。", "12个", "区"),
      # near-misses: a place noun of two characters, and a place with what was done there, are read as before
      ("全年对9个区、21个政府部门开展法治督察。", "21个", "政府部门"),
      ("完成16个市县法治专题培训，全员参训。", "16个", "市县"))
def test_places_counted_are_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a verb that only handles the things counted, right before 各类 (办理办结各类事项, 主动公开各类信息, 发现处置各类
# 隐患): the things are the name; a verb that decides what is counted (审查, 受理) stays
@case(("截至目前，办理办结各类政务服务事项31.6万件，网上可办率100%。", "31.6万件", "各类政务服务事项"),
      ("全年主动公开各类信息4312条，其中行政许可2105条。", "4312条", "各类信息"),
      ("发现处置各类问题隐患5210件次，问题发现率31.2%。", "5210件次", "各类问题隐患"),
      # near-miss: a deciding verb stays
      ("全年审查各类合同63件，提出意见120条。", "63件", "审查各类合同"))
def test_a_plain_verb_before_kinds_is_no_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- the noun after a count ends before 和/及 and the next count (三千名甲和两万名乙), or and a verb that starts the
# next act (24个甲和指派乙96名): the next item is no part of this one
@case(("集中培训二百名科级干部、三千名基层调解员和两万名法律明白人。", "三千名", "基层调解员"),
      ("在律师事务所成立131个独立党支部、17个联合党支部和选派党建指导员82名。", "17个", "联合党支部"),
      ("在律师事务所成立131个独立党支部、17个联合党支部和选派党建指导员82名。", "82名", "选派党建指导员"),
      # near-misses: two nouns joined by 和 with no count after stay one name (as before)
      ("选派12名律师和法律服务工作者参与调解，化解纠纷。", "12名", "律师和法律服务工作者"))
def test_the_noun_after_ends_before_the_next_count(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- people counted after a body (组织镇直单位45名支部书记): the people's head (书记, 指导员, 负责人) agrees with the
# measure word, so the noun after is counted, not the body before
@case(("组织镇直单位45名支部书记参加宣讲活动。", "45名", "支部书记"),
      # near-misses: a people head after a verb alone, and words before that already end in a head of people (as before)
      ("为全县村居配备126名法律指导员，实现全覆盖。", "126名", "法律指导员"),
      ("全县共有执法人员120名持证上岗，比例达到100%。", "120名", "执法人员"))
def test_people_heads_after_a_body(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- the bodies an act is addressed to after 向 (向甲新区下放…, 向镇党委、镇政府及某局报告…): one body is enough after
# 向, and a party committee (镇党委, 政法委) is a body; who receives is no part of what is counted
@case(("全面推行证明事项告知承诺制。向石桥高新区下放市级管理权限37项，向滨江新区下放市级管理权限215项。", "37项", "下放市级管理权限"),
      ("全面推行证明事项告知承诺制。向石桥高新区下放市级管理权限37项，向滨江新区下放市级管理权限215项。", "215项", "下放市级管理权限"),
      ("落实请示制度，向镇党委、镇政府及县司法局报告重要事项和请示11次。", "11次", "报告重要事项和请示"),
      # near-misses: a list of bodies was already cut (as before); a body acting with no 向 before it keeps its name
      ("向市政府、区人大常委会报备区政府规范性文件5件。", "5件", "报备区政府规范性文件"),
      ("县政府下放审批事项12项。", "12项", "县政府下放审批事项"))
def test_the_bodies_addressed_after_xiang_are_cut(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- one of the peers counted (N家甲之一, N个甲之一): the peers named after the count are counted, without 之一, whatever
# verb or scope comes before (获奖单位 is a noun here)
@case(("在全省评比中荣获第一，成为全省6家获奖单位之一。", "6家", "获奖单位"),
      ("石桥经验入选全国87个先进典型之一，受到肯定。", "87个", "先进典型"),
      ("石桥县被评为全省第三批12个农村物流达标县之一。", "12个", "农村物流达标县"),
      # near-miss: no 之一, the noun after is read as before
      ("石桥经验入选全国87个先进典型，受到肯定。", "87个", "先进典型"))
def test_one_of_the_peers_counted(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a meeting, then the deliberation of items counted by a measure word that is no event (会议研究甲方面重大问题N项):
# the items deliberated are the name, not the meeting (a count of events, N次, still counts the meetings)
@case(("县委书记主持召开县委常委会会议研究法治建设方面重大问题8项，部署年度任务。", "8项", "研究法治建设方面重大问题"),
      # near-misses: events held by the meeting, and a submission for deliberation, read as before
      ("镇政府办公会专题研究依法行政工作3次，部署年度任务。", "3次", "镇政府办公会专题研究依法行政工作"),
      ("提请州人大常委会审议单行条例草案2件。", "2件", "审议单行条例草案"))
def test_items_deliberated_by_a_meeting(sentence, raw, expected):
    assert name(sentence, raw) == expected
