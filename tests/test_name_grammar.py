"""Names read with the local grammar of the genre's figure phrases (issue 9, part 1), on invented sentences:
each class of name failure seen on real report pages, imitated with our own wording."""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（二）深化放管服改革"):
    return sentence_report(sentence, heading, title="青石县2023年法治政府建设年度报告", year=2023,
                           weakness="基层执法力量还比较薄弱。", plan="继续深化依法行政。")


def names(sentence: str, *raws: str) -> list:
    r = report(sentence)
    return [fig(r, x)["name"] for x in raws]


@pytest.mark.parametrize(("sentence", "raws", "name"), [
    # a change from one count to another: both figures count the subject before 由
    ("清理后，乡级许可事项由1380项调整为1214项。", ("1380项", "1214项"), "乡级许可事项"),
    ("备案环节已由原来的8个压减到4个。", ("8个", "4个"), "备案环节"),
    ("县级发放的经营许可证种类由21类压缩为7类。", ("21类", "7类"), "县级发放的经营许可证种类"),
    ("办理时限由法定的20和15个工作日全部压缩至5个工作日内。", ("15个工作日", "5个工作日内"), "办理时限"),
    ("把48项监测指标精简为19项。", ("19项",), "监测指标"),
])
def test_a_change_from_one_count_to_another_names_its_subject(sentence, raws, name):
    assert names(sentence, *raws) == [name] * len(raws)


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("经再次核对后公共服务事项由96项减少到88项。", "96项", "公共服务事项"),  # a time clause before
    ("根据抽检情况依法立案查处4家。", "4家", "依法立案查处"),  # the grounds of the act
    ("在材料完整、符合登记条件时当场办结事项512项。", "512项", "当场办结事项"),  # a condition before
    ("面向外来务工人员、个体商户开展普法宣讲9场次。", "9场次", "普法宣讲"),  # the audience of the act
])
def test_a_circumstance_before_the_thing_counted_is_not_its_name(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a verb that only says the events took place is not part of a count of events
    ("县长主持召开3次县政府常务会议专题研究依法行政工作。", "3次", "县政府常务会议"),
    ("今年专题听取2次依法治县工作汇报。", "2次", "依法治县工作汇报"),
    ("县委主要负责同志组织召开县委常委会6次。", "6次", "县委常委会"),
    # a list of meetings counted together, up to the verb that ends the last one
    ("县长带头履职，7次主持召开县政府党组会议、县政府常务会议研究法治工作。", "7次", "县政府党组会议、县政府常务会议"),
    # the bracket inside the noun and the noun after it
    ("召开4次县委常委(扩大)会议、6次县政府常务会议。", "4次", "县委常委(扩大)会议"),
    ("建成28个村(社区)法律服务工作室规范化运行。", "28个", "村(社区)法律服务工作室"),
    ("9个镇(街道)党委书记、3个部门负责同志现场述法。", "9个", "镇(街道)党委书记"),
])
def test_counts_of_events_and_bracketed_nouns(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # 等 before a classifier: the noun after the number is what is counted, the list only names some
    ("推行“首问负责”和“限时办结”等6项制度。", "6项", "制度"),
    ("东岭镇西沟村等3个村被命名为市级民主法治示范村。", "3个", "村"),
    ("对县财政局、县教体局等8个单位开展法治督察。", "8个", "单位"),
    # a list ending in 等 right before the number: the list, without 等
    ("依法完成律师执业核准等215件。", "215件", "律师执业核准"),
    ("审核(审查)县政府重大决策、合作协议及其他政策文件等64件。", "64件",
     "审核(审查)县政府重大决策、合作协议及其他政策文件"),  # a bracket closed before the list is inside it
])
def test_lists_with_deng(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # the noun after a number ends where what the things counted do begins
    ("36个镇直单位梳理公布新版服务清单。", "36个", "镇直单位"),
    ("将18项许可事项形成目录向社会公布。", "18项", "许可事项"),
    ("31个党小组将宪法学习纳入主题党日。", "31个", "党小组"),
    ("指导全县120余家企业制定合规管理清单。", "120余家", "企业"),
    ("聘请3名律师为县政府法律顾问。", "3名", "律师"),
    ("东河等5个监测断面稳定达到三类水质。", "5个", "监测断面"),
    # who gains, the verb of reach and a recording verb before 各类 are no part of the name
    ("为企业挽回经济损失56万元。", "56万元", "经济损失"),
    ("开展送法进村活动，覆盖村民3000余人次。", "3000余人次", "村民"),
    ("开展法治讲座，惠及学生800余人。", "800余人", "学生"),
    ("全县录入各类执法信息1.2万条。", "1.2万条", "各类执法信息"),
])
def test_number_noun_predicate_and_light_verbs(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # number + 的 + noun: the noun the figure measures
    ("参加全省普法知识竞赛，取得了650万分的成绩。", "650万分", "成绩"),
    ("确保每人接受不少于40学时的执法知识和法律法规培训。", "不少于40学时", "执法知识和法律法规培训"),
    # 和 joins two nouns of one thing counted
    ("聘请6名企业家和行业代表作为营商环境监督员。", "6名", "企业家和行业代表"),
    # 共性 is no 共 (a totaliser)
    ("针对省里反馈的14个共性问题逐项整改。", "14个", "共性问题"),
    # a period before the act
    ("每季度集体学法不少于2次。", "不少于2次", "集体学法"),
    # 建设/设立 only say the thing exists
    ("建设“家门口”调解驿站16个。", "16个", "“家门口”调解驿站"),
    # stacked classifiers: the count after the kinds names the noun after it (the kinds, 4类, are no figure:
    # LABELING 36)
    ("以清单形式梳理反馈4类23项问题。", "23项", "问题"),
])
def test_modified_coordinated_and_stacked_nouns(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a clause that only states a level is named by the clause before it; a bare share by its own words, the share of
    # the whole (names32: as labelled on four real sets)
    ("梳理出法人服务事项520项，跨部门通办事项应纳尽纳，占比达100%。", "100%", "占比"),
    ("设定即办件42项，占全部许可事项的38%。", "38%", "占全部许可事项"),
    ("企业开办时间压缩至1.5天，全县市场主体总量突破十万户，达10.6万户。", "10.6万户", "市场主体总量"),
])
def test_a_bare_level_is_named_by_the_clause_before_a_bare_share_by_its_words(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


def test_a_very_long_list_before_its_head_is_named_by_the_head():
    topics = "、".join(["平安建设", "信访工作法治化", "营商环境优化", "生态环境保护", "安全生产监管", "禁毒工作",
                       "防汛减灾", "河湖长制", "履职清单"])
    f = fig(report(f"全年研究{topics}等法治建设相关工作42次。"), "42次")
    assert f["name"] == "法治建设相关工作"


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a rank names what is ranked, when the words before the ranking verb say it
    ("在某研究院发布的民营企业营商环境测评中，青石县营商法治环境评价排名全省第3位。", "第3位", "营商法治环境评价"),
    ("参赛人数和答题总分在全市均位居第一。", "第一", "参赛人数和答题总分"),
    # ... else the assessment it ranks in (中 of 中小企业 does not end it)
    ("在全市依法行政考核中位列第2名。", "第2名", "依法行政考核"),
])
def test_ranks_name_what_is_ranked(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # several organs, then what they did: the act and its object are named, not who did it
    ("县审批服务局和县综合执法局相对集中行使许可权事项860项。", "860项", "相对集中行使许可权事项"),
    ("局党组会、局长办公会研究审议法治建设议题32件。", "32件", "研究审议法治建设议题"),
    ("向县政府、县人大报备规范性文件3件。", "3件", "报备规范性文件"),
])
def test_organs_before_the_act_are_no_part_of_the_name(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


def test_a_long_object_of_dui_is_still_an_aside():
    # the object of 对 runs past a fixed 16-character window: what 进行 names is still counted
    f = fig(report("举办专题培训班，分三期对《某某条例》《某某办法》等法律法规进行集中轮训。"), "三期")
    assert f["name"] == "集中轮训"


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # the noun after a classifier ends where its predicate starts (a preposition, a verb or an adverb)
    ("成立3个督导组对县交通局、县水利局等单位开展实地督导。", "3个", "督导组"),
    ("对15个告知事项采取承诺制审批。", "15个", "告知事项"),
    ("全年共有9个议题涉及依法行政。", "9个", "议题"),
    ("推动27个问题有效整改。", "27个", "问题"),
    ("抓好上级督察反馈的11项问题整改。", "11项", "问题"),
    ("完成对12个部门245项权责清单动态调整。", "245项", "权责清单"),
    ("围绕6个具体问题分三个小组开展调研。", "6个", "具体问题"),
    ("推荐东岭、西沟两个镇参评省级示范创建。", "两个", "镇"),
    # a kinds count before what it sorts: the kinds are counted (LABELING 36)
    ("公开就业、教育、医疗等24个领域基层政务公开事项内容。", "24个", "领域"),
    # the bodies counted, then the work done by or on them
    ("全面完成对29个行政机关法治督察工作。", "29个", "行政机关"),
    ("41名在编人员法治理论考试合格率100%。", "41名", "在编人员"),
    ("完成9个县法治思想专题培训。", "9个", "县"),
])
def test_the_noun_after_a_classifier_ends_at_its_predicate(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a subject, a means or a place before the act is not what is counted
    ("社区立法联系点征询法律法规草案8部。", "8部", "法律法规草案"),
    ("依托网络学法平台培训执法人员3200名。", "3200名", "执法人员"),
    ("为每个工程项目节省审批时间15天。", "15天", "审批时间"),
    ("在普法网设置的政策解读、典型案例等栏目刊发普法文章1800余篇。", "1800余篇", "普法文章"),
    ("县本级设置党政机构31个。", "31个", "党政机构"),
    # an actor, a time word, then a count of events: the act is counted
    ("县委主要负责同志先后9次调研依法行政工作。", "9次", "调研依法行政工作"),
    # …but a verb inside a list item or a noun stays: 培训 in a list, 征求 in 征求意见
    ("开展廉政警示教育、行政执法业务培训等活动3场。", "3场", "廉政警示教育、行政执法业务培训等活动"),
])
def test_the_subject_before_the_act_is_not_the_name(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # 中 starting the noun is no postposition (在…中), 自由 holds no 由 (from)
    ("依法对1200余名中风险地区返乡人员进行排查。", "1200余名", "中风险地区返乡人员"),
    ("制定港口条例、物流条例等9部自由贸易区法规。", "9部", "自由贸易区法规"),
    # a verb, then the number, then the noun
    ("提请县人大常委会审议6件地方性规定草案。", "6件", "地方性规定草案"),
    # a person honoured: the person, not the honour
    ("全县3家单位和5名个人获全省普法先进表彰。", "5名", "个人"),
])
def test_small_words_that_do_not_end_a_noun(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name
