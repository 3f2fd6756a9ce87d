"""Name classes of the six tuning sets of session 31 (tuneL, tuneM, holdout16-19; issue 9, "the measured thing"):
each class recurs on pages of different organs in at least two sets. All sentences are invented (other counties,
years, figures and places)."""

from test_name_grammar_classes import case, name  # the same invented county page and helpers


# ---- a 、 list of meetings (the last one may be any 会议: 党组(扩大)会议), then the study they held together, with
# 组织 as a lead word (甲会、乙会组织集中学法), or two meetings named one after the other with no 、: the study is counted, not the bodies that held it
@case(("2031年，镇党委会、镇政府办公会组织集中学法9次，举办法治讲座2次。", "9次", "集中学法"),
      ("县委常委会会议、县政府党组(扩大)会议集中学法11次，举办专题讲座3次。", "11次", "集中学法"),
      ("全年镇党委会议、镇政府常务会议镇党委(扩大)会议集中学法13次。", "13次", "集中学法"),
      # near-misses: a study after one meeting, and after a list ending in 会 (as before)
      ("县政府常务会议会前学法5次，讲授法治课3次。", "5次", "会前学法"),
      ("镇党委会、镇长办公会带头集体学法7次。", "7次", "集体学法"),
      ("县委常委会会议集中学法5次。", "5次", "县委常委会会议集中学法"))
def test_a_list_of_meetings_then_their_study(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a rank named by its scope with a level or 综合 between the scope and 排名 (全省县级排名第一, 全市综合排名第2): the
# ranking among those peers is the name, as 全国排名第10位 already was
@case(("在2031年度法治建设考核中，我县以全省县级排名第一的成绩获评先进。", "第一", "全省县级排名"),
      ("2031年度石桥县领导干部述法工作评估全市综合排名第二。", "第二", "全市综合排名"),
      # near-misses: a scope right before 排名 (as before), and a ranking in an assessment named before it (as before)
      ("石桥县营商环境评价全国排名第15位。", "第15位", "全国排名"),
      ("在全省依法行政考核中位列第3名。", "第3名", "依法行政考核"))
def test_a_rank_named_by_its_scope_and_level(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- firms or households counted (户, 户次): the noun after the figure ends at its head (企业, 主体 …) when what
# follows says what they did or what is known of them (…企业当日领取执照, …企业日常检查信息可查询), also after a short
# verb before the figure
@case(("实现160余户食品经营企业日常检查信息可查询。", "160余户", "食品经营企业"),
      ("全年共有1.6万余户企业当日领取营业执照。", "1.6万余户", "企业"),
      # near-misses: a verb and its object before the figure, and a noun after that ends the clause (as before)
      ("走访320户企业，收集诉求40条。", "320户", "走访企业"),
      ("新增经营主体2100户，同比增长5%。", "2100户", "新增经营主体"))
def test_firms_counted_end_at_their_head(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- people or firms counted (家, 户, 人, 名, 人次), named after a verb done to them (服务企业, 协助核查返岗人员,
# 依法停工整改“某类”企业): the people or firms are the name, not the service (data/name_words.csv, served_verb)
@case(("全年服务企业1600余家，解决问题90个。", "1600余家", "企业"),
      ("共协助核查返岗人员40批次2.1万余人。", "2.1万余人", "返岗人员"),
      ("排查隐患50处，依法停工整改“散乱污”企业3家。", "3家", "“散乱污”企业"),
      # near-misses: a training's trainees keep their verb, and so do items counted in 项 (as before)
      ("培训学员520人。", "520人", "培训学员"),
      ("新增政务服务事项30项。", "30项", "新增政务服务事项"))
def test_people_or_firms_served_are_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- a modifier of two characters with no head of its own right before a quotation (120项高频“一件事”联办, 56名党政
# “一把手”提交…): the quotation is the noun counted, with its modifier
@case(("推出水电气联合报装等120项高频“一件事”联办、“一网通办”。", "120项", "高频“一件事”"),
      ("全县56名党政“一把手”按时提交述法报告。", "56名", "党政“一把手”"),
      # near-misses: a head noun before a quoted predicate, and a kind before its quotation (as before)
      ("建成数据平台，483个事项“一网通办”。", "483个", "事项"),
      ("拓展12个领域“信用+”服务场景。", "12个", "领域"))
def test_a_modifier_then_its_quotation(sentence, raw, expected):
    assert name(sentence, raw) == expected


# ---- the people or things named before 向 (…负责人向某委员会述法N人, 某草案向社会公开征集意见N件): they are counted; the
# body addressed and the act after it say what was done (for people: a people head; for things: a thing head)
@case(("全年共有各级党政主要负责人向依法治县委员会述法520人。", "520人", "各级党政主要负责人"),
      ("严格决策程序，规章草案向社会公开征集意见14件。", "14件", "规章草案"),
      # near-misses: bodies acting, and a count of events (as before)
      ("各部门向县政府报送规范性文件12件。", "12件", "各部门向县政府报送规范性文件"),
      ("县政府向县人大常委会报告法治政府建设情况2次。", "2次", "县政府向县人大常委会报告法治政府建设情况"))
def test_people_or_things_before_to_are_the_name(sentence, raw, expected):
    assert name(sentence, raw) == expected
