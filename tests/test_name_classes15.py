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


# ---- a 、 list of bodies, then a verb that only holds the act (组织) or the study itself (学习 + what is studied):
# the bodies are who acts, the act is counted (extends the agents of test_name_grammar_classes)
@case(("镇党委会、镇政府常务会组织集体学法7次，全员参加。", "7次", "集体学法"),
      ("县政府常务会议、县委中心组学习各项行政法规13场次。", "13场次", "学习各项行政法规"),
      # near-misses: one body and its act is the name, as before
      ("县委常委会会议组织集体学法5次，全员参加。", "5次", "县委常委会会议组织集体学法"),
      ("局党组理论学习中心组学习9次。", "9次", "局党组理论学习中心组学习"))
def test_a_list_of_bodies_before_a_held_act_or_a_study(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a means named by its quotation (依托“某某”系统, 运用“某某”, 通过“某某”) inside the name: the means, and who used
# it, are not what is counted; the act (or the measure) after it is
@case(("县、乡两级执法部门依托“智慧执法”系统建立部门联合抽查任务126项，覆盖全部行业。", "126项", "建立部门联合抽查任务"),
      ("2031年运用“数据共享”平台取消证明材料37项，群众少跑腿。", "37项", "取消证明材料"),
      ("全县依申请类事项通过“石桥通办”网上申报数量为4210件。", "4210件", "网上申报数量"),
      # near-miss: a quotation that is no means keeps the name, as before
      ("新增“跨省通办”事项58项，方便群众。", "58项", "新增“跨省通办”事项"))
def test_a_means_named_by_its_quotation_is_no_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a verb that puts something into what the figure counts or measures (将甲纳入乙, 把甲列入乙): 乙 is the name, the
# thing put in is not
@case(("全县各级党校将宪法学习纳入主题班次46期，覆盖各级干部。", "46期", "主题班次"),
      ("2031年依法行政工作纳入绩效考核权重达到8%，督促落实。", "8%", "绩效考核权重"),
      ("把民法典宣传列入普法讲座19场，群众踊跃参加。", "19场", "普法讲座"),
      ("新纳入“跨市通办”事项42项，方便群众。", "42项", "“跨市通办”事项"),
      # near-miss: the things put in, counted before 纳入, are the name, as before
      ("将石桥县12家企业纳入信用监管，效果明显。", "12家", "企业"))
def test_what_a_thing_is_put_into_is_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- people who study (干部, 党员) right before the study counted by events: the study is the name; a study session
# followed by a 、 list of its topics (专题学习甲、乙) is named by the session
@case(("组织乡村干部专题学习安全生产、森林防火、《某某条例》等17场次，参学500余人次。", "17场次", "专题学习"),
      ("全年组织社区干部专题学习宪法、民法典和新修订的某条例共9次，实现全覆盖。", "9次", "专题学习"),
      ("号召全县各基层党组织和全体党员干部学习60余次，营造氛围。", "60余次", "学习"),
      # near-misses: a class of those people, and 学法 (干部职工学法 is how the genre names the event), as before
      ("举办副科级以上领导干部学习民法典培训班3场次，全员参训。", "3场次", "副科级以上领导干部学习民法典培训班"),
      ("干部职工学法11次，形成常态。", "11次", "干部职工学法"))
def test_people_who_study_and_the_topics_of_a_session_are_no_part_of_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- verbs that only handle the things counted (跟进, 收集, 排查出, 整改落实): the things are the name (extends the
# plain verbs of test_name_grammar_classes)
@case(("依托网格平台，及时跟进处理邻里纠纷案件46件，当事人满意。", "46件", "处理邻里纠纷案件"),
      ("通过座谈走访，多渠道收集个体工商户诉求218件，已全部答复。", "218件", "个体工商户诉求"),
      ("开展汛前检查，排查出各类防汛隐患270余项，限期销号。", "270余项", "各类防汛隐患"),
      ("对照反馈清单，整改落实审计问题23项，建立长效机制。", "23项", "审计问题"),
      # near-miss: a noun made with the verb (收集点) is counted whole, as before
      ("全县设立意见收集点31个，方便群众。", "31个", "意见收集点"))
def test_more_verbs_that_only_handle_the_things_counted(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a result verb after the figure (建成, 创成) starts the predicate: what was spent or achieved is the name, not
# what it built or won
@case(("2032年投入60万元建成集宣传、调解于一体的普法阵地。", "60万元", "投入"),
      ("石桥县以全市第二的成绩创成省级法治示范县。", "第二", "成绩"),
      ("2031年投资36万元建成法治文化长廊，群众点赞。", "36万元", "投资"),
      # near-miss: 建成区 is a noun, not the predicate
      ("全县改造12个建成区老旧小区，方便群众。", "12个", "改造建成区老旧小区"))
def test_a_result_verb_after_the_figure_starts_the_predicate(sentence, raw, expected):
    assert name(sentence, raw) == expected
