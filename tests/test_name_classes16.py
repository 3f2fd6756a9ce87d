"""Name classes of the tuneL/tuneM tuning sets (issue 9, "the measured thing"): each class recurs on pages of
different organs. All sentences are invented (other counties, years, figures and places)."""

from test_name_grammar_classes import case, name  # the same invented county page and helpers


# ---- an event count, then the name of the meeting or class held, with a modifier inside it (全面依法治县委员会会议,
# 依法行政专题培训班): the modifier is no predicate; the whole name, up to its head at the clause end, is counted
# (提请召开: the meetings a body asked for are named the same way)
@case(("全年召开3次县委全面依法治县委员会会议，研究部署重点工作。", "3次", "县委全面依法治县委员会会议"),
      ("提请召开5次州委全面依法治州委员会会议，审议年度要点。", "5次", "州委全面依法治州委员会会议"),
      ("举办4期全镇村干部依法行政专题培训班，学员全部结业。", "4期", "全镇村干部依法行政专题培训班"),
      ("召开2次区委全面依法治区委员会会议研究部署年度任务。", "2次", "区委全面依法治区委员会会议"),
      # near-miss: no meeting or class head after the modifier: the name is read as before
      ("组织4次统一执法行动，查处案件12件。", "4次", "统一执法行动"))
def test_a_modifier_inside_the_meeting_or_class_counted(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- who held or took part in the events counted (党校 holding a class, 干部同志 studying, a 、 list of meetings
# studying law before they sit): the events are the name, not who held them
@case(("县委党校举办培训班7期，培训干部320人。", "7期", "培训班"),
      ("组织全体党员干部同志集中学习新修订的某某条例2次，人人过关。", "2次", "集中学习新修订的某某条例"),
      ("县委常委会、县政府常务会会前学法11次，形成常态。", "11次", "会前学法"),
      # near-misses: one meeting that studies keeps its body (as before); a class of studying people keeps them
      ("县委常委会会议组织集体学法5次，全员参加。", "5次", "县委常委会会议组织集体学法"),
      ("举办副科级以上领导干部学习民法典培训班3场次，全员参训。", "3场次", "副科级以上领导干部学习民法典培训班"))
def test_who_held_the_events_counted_is_no_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a circumstance before the thing counted (经评估, 在某某前提下): not what is counted
@case(("2031年经评估废止规范性文件3件，清理工作完成。", "3件", "废止规范性文件"),
      ("全县“全程网办”前提下即办事项占比达87%，群众满意。", "87%", "即办事项占比"),
      # near-miss: a circumstance ending in 后 was already cut (as before)
      ("经集体讨论后作出重大行政决策6项，全部公开。", "6项", "重大行政决策"))
def test_a_circumstance_before_the_name_is_cut(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- what is ranked, read before the rank: a streak of years (连续4年) between it and the rank is no date that voids
# it, and a setting closed by 中 (在甲、乙创建活动中…) holds no peers; a place before it holds no 的
@case(("法治化营商环境评价连续4年居全国第9位，持续向好。", "第9位", "法治化营商环境评价"),
      ("政务服务满意度连续三年位居全市第一，群众认可。", "第一", "政务服务满意度"),
      ("在全国、全市普法创建活动中获评的先进镇区和单位总数位居全市第一，成效明显。", "第一", "获评的先进镇区和单位总数"),
      # near-misses: peers closed by 中 before the rank, and an assessment named by 在…中, as before
      ("石桥县水环境质量在全市12个县区中排第3名，稳中有升。", "第3名", "石桥县水环境质量"),
      ("在全国中小学生宪法知识竞赛中获得第一名，受到表彰。", "第一名", "全国中小学生宪法知识竞赛"))
def test_what_is_ranked_past_a_streak_or_a_setting(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a 、 list of measures, a subject they share holding a 和, then 分别 and a bare change verb (甲和乙事项审批时限、
# 申报材料分别压减x、y): each measure names its figure, the first one without the shared subject
@case(("全市市级行政许可和公共服务事项审批时限、申报材料、审批环节分别压减55%、28.5%、31%，成效明显。", "55%", "审批时限"),
      ("全市市级行政许可和公共服务事项审批时限、申报材料、审批环节分别压减55%、28.5%、31%，成效明显。", "28.5%", "申报材料"),
      ("全市市级行政许可和公共服务事项审批时限、申报材料、审批环节分别压减55%、28.5%、31%，成效明显。", "31%", "审批环节"),
      # near-miss: after 分别为 a 和 may join two things counted together; the list is read as before
      ("行政复议和行政诉讼案件、信访案件分别为12件、8件，均已办结。", "12件", "行政复议和行政诉讼案件、信访案件"))
def test_a_list_of_measures_after_a_shared_subject_with_a_conjunction(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- the noun after the figure ends in a head its measure word counts (people for 名, items or tasks for 项) and the
# words before end in none (a firm, a count of kinds): the noun after is what is counted
@case(("聘请石桥律师事务所3名律师为县政府法律顾问，参与重大决策。", "3名", "律师"),
      ("明确5个方面62项具体工作任务，逐项落实。", "62项", "具体工作任务"),
      # a people count whose noun after stops at a body before 及: it runs on to the people's head
      ("组织45名县直部门及乡(镇)主要负责人集中述法，效果良好。", "45名", "县直部门及乡(镇)主要负责人"),
      # near-misses: the words before already end in a head of people, or the noun after was already read
      ("全县共有执法人员120名持证上岗，比例达到100%。", "120名", "执法人员"),
      ("选派12名律师和法律服务工作者参与调解，化解纠纷。", "12名", "律师和法律服务工作者"),
      ("制定实施方案12项重点任务，逐项落实。", "12项", "重点任务"))
def test_the_noun_after_agrees_with_the_measure_word(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a noun whose last word is also a function word: 组织 in 党组织, 社会组织 (not the verb before a count of events),
# 约 in 村规民约, 公约 (not "about"): the name ends with the whole noun (the words before it are not this class)
@case(("全年新调整优化基层党组织52个，确保全覆盖。", "52个", "基层党组织"),
      ("全镇新成立社会组织6个，规范运行。", "6个", "社会组织"),
      ("指导各村修订村规民约14项，推进自治。", "14项", "村规民约"),
      # near-miss: 约 before the number is still "about", cut from the name as before
      ("全年受理案件约120件，均已办结。", "约120件", "受理案件"))
def test_a_noun_ending_in_a_function_word_keeps_it(sentence, raw, expected):
    assert name(sentence, raw).endswith(expected)
