"""Key and name classes seen on real reports, as synthetic look-alikes (invented places and figures; issue 9)."""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（一）推进法治政府建设"):
    return sentence_report(sentence, heading, title="枫桥县2022年法治政府建设年度报告", year=2022,
                           weakness="法治宣传教育的针对性还不够强。", plan="继续推进依法行政。")


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # the people of an activity named, without a count, in the clause before 覆盖
    ("结合党纪学习教育，开展法治培训，覆盖镇村干部180余人。", "180余人", "capacity.trainees"),
    ("深入开展法治宣传进村入户活动，覆盖群众1.2万余人次。", "1.2万余人次", "capacity.publicity_audience"),
    ("开展执法人员业务培训，覆盖执法人员230人次。", "230人次", "enforcement.staff_trained"),
    # people named before the test they take
    ("组织300余名工作人员参加全省普法宪法网上测试。", "300余名", "capacity.exam_takers"),
    # the object of 对 after a scope word, with a modifier before the verb's noun
    ("联合第三方机构对全县52家党政机关进行法治建设分类考核。", "52家", "leadership.assessments"),
    # a verb, a 、 list and 等 before the list's head noun
    ("审查招标文件、采购协议、租赁合同等合同文本86件。", "86件", "decisions.contracts_reviewed"),
    # demonstration naming is the thing counted, though phrased as an honour
    ("3个乡镇（项目）荣获全省第三批法治政府建设示范命名。", "3个", "leadership.demonstration_sites"),
    ("全年办理各类便民服务事项1200余件。", "1200余件", "approval.cases_handled"),
    ("实施行政机关重大合同合法性审查4次。", "4次", "decisions.contracts_reviewed"),
    ("93项公安服务事项实现了“一网通办”“全程网办”。", "93项", "approval.items_online"),  # the predicate names it
])
def test_keys_of_real_classes(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw"), [
    ("组织应知应会法律知识考试1次，参考率、合格率均达100%。", "100%"),  # one value shared by two rates
    ("甲区、乙街道和2个项目荣获全省法治政府建设示范命名。", "2个"),  # only a part of the sites named
    ("获全省普法突出集体2个。", "2个"),  # an honour
    ("红石县申报省级法治政府建设示范县，2个项目争创示范项目。", "2个"),  # candidates
    ("全年调解矛盾纠纷35件，覆盖当事人300余人。", "300余人"),  # no audience key for mediations
    ("组织廉政警示教育、行政执法业务培训等活动4场。", "4场"),  # the 等 list's head is 活动
    ("行政复议和行政诉讼案件共31件。", "31件"),  # a combined count of two families
])
def test_no_key_for_real_classes(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("联合第三方机构对全县52家党政机关进行分类考核。", "52家", "党政机关"),  # the object, not the actor
    ("完成260余项政务服务(审批)事项集中划转工作。", "260余项", "政务服务(审批)事项"),  # the head after the bracket
    ("完成12件行政规范性文件的合法性审查。", "12件", "行政规范性文件"),  # no leading 完成
    ("今年以来召开专题部署会议3次。", "3次", "专题部署会议"),  # no residue of 今年以来
    ("全年行政复议确认违法4件。", "4件", "行政复议确认违法"),  # 确认违法 is the outcome
    ("撤销原行政行为5件。", "5件", "撤销原行政行为"),  # 行为 keeps its 为
])
def test_names_of_real_classes(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("研究解决阵地建设、执法规范化等重点问题5项。", "5项", "重点问题"),  # the head of an 等 list
    ("联合派出所、司法所等单位开展“法治进课堂”活动7次。", "7次", "“法治进课堂”活动"),
    ("组织干部职工开展法治培训8场次。", "8场次", "法治培训"),  # the actor is not the thing counted
    ("执法检查后作出行政处罚6件。", "6件", "行政处罚"),
    ("组织执法人员学习《某某条例》等法律法规12次。", "12次", "执法人员学习《某某条例》等法律法规"),  # study, not laws
    ("开展廉政警示教育、行政执法业务培训等活动3场。", "3场", "廉政警示教育、行政执法业务培训等活动"),  # 活动 alone says little
])
def test_heads_of_listed_and_acted_names(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


def test_durations_cut_and_bracketed_scores_are_named_by_their_subject():
    r = report("政府投资审批项目由15个工作日压缩至3个工作日，企业投资项目备案由5个工作日压缩至1个工作日。")
    assert [fig(r, x)["name"] for x in ("15个工作日", "3个工作日", "5个工作日", "1个工作日")] == \
        ["政府投资审批项目"] * 2 + ["企业投资项目备案"] * 2
    r = report("第三方评估显示，社会公众对全县法治政府建设满意度评价（81.2分）较2021年提高3.6%。")
    assert fig(r, "81.2分")["name"] == "社会公众对全县法治政府建设满意度评价"
    assert fig(r, "提高3.6%")["name"] == "社会公众对全县法治政府建设满意度评价"  # not 较


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("3月份印发了12家单位的职能配置规定。", "12家", "单位"),  # a classifier, then the noun it counts
    ("部署推进31项工作、52项重点任务。", "31项", "工作"),
    ("为辖区14个社区配备了兼职法律顾问。", "14个", "社区"),
    ("聘任了本市3名律师担任法律顾问。", "3名", "律师"),
    ("对照《某某指标体系》一级指标共八项逐项自查。", "八项", "对照《某某指标体系》一级指标"),  # an adverb after
    ("其中行政处罚权事项906项贯彻落实省级目录。", "906项", "行政处罚权事项"),  # the noun before, no comma
])
def test_number_before_its_noun(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


@pytest.mark.parametrize(("sentence", "raw", "key", "name"), [
    ("开展全县新入职行政执法人员培训5期，培训学员620余人。", "620余人", "enforcement.staff_trained", "培训学员"),
    ("开展领导干部法治培训3期，培训学员210人。", "210人", "capacity.trainees", "培训学员"),
    ("搭建服务专区，52个毗邻区县公共服务事项最快10分钟办理。", "52个", None, "毗邻区县公共服务事项"),
])
def test_people_of_a_staff_training_and_items_done_fast(sentence, raw, key, name):
    f = fig(report(sentence), raw)
    assert (f["key"], f["name"]) == (key, name), f["key_basis"]


def test_lists_by_subject_are_named_by_what_they_count_and_take_no_key():
    r = report("甲镇、乙镇、丙镇分别受理矛盾纠纷12件、9件、7件。")
    for raw in ("12件", "9件", "7件"):  # one figure per town: a breakdown, not the county's count
        assert (fig(r, raw)["name"], fig(r, raw)["key"]) == ("受理矛盾纠纷", None)
    r = report("全年新收、审结、纠错行政复议案件分别为58件、51件、9件。")
    assert [fig(r, x)["key"] for x in ("58件", "51件", "9件")] == \
        ["reconsideration.received", "reconsideration.concluded", "reconsideration.corrected"]


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    ("全年召开县委依法治县委、县委依法治县办会议各3次。", "3次", "县委依法治县委、县委依法治县办会议"),  # no 各
    ("我州2021年度审结行政复议案件45件。", "45件", "审结行政复议案件"),  # no residue 我州
])
def test_no_residue_in_names(sentence, raw, name):
    assert fig(report(sentence), raw)["name"] == name


def test_table_rows_under_a_keyless_total_continue_its_family():
    rows = ["行政复议案件\t30件", "其中：维持\t12件", "撤销\t3件", "行政诉讼案件\t9件", "维持\t5件", "败诉\t1件",
            "信访工作", "化解信访积案\t4件", "维持\t2件"]
    r = report("\n".join(rows), heading="（一）主要数据")
    got = [fig(r, raw, nth)["key"] for raw, nth in (("12件", 0), ("3件", 0), ("5件", 0), ("1件", 0), ("2件", 0))]
    assert got == ["reconsideration.upheld", "reconsideration.revoked", None, "litigation.lost", None]


def test_period_residue_is_not_in_the_name():
    f = fig(report("2021年4月至2023年3月期间审查合同3120件。"), "3120件")
    assert (f["name"], f["key"]) == ("审查合同", None)  # a period of years: no key of the report year


def test_an_honour_belongs_to_the_figure_nearest_it():
    r = report("全镇18个村(社区)中有4个村被评为市级“法治示范村”。")
    assert fig(r, "18个")["key"] is None  # all villages, not the ones named
    assert fig(r, "4个")["key"] == "leadership.demonstration_sites"


def test_a_bracketed_figure_right_after_another_takes_its_name():
    r = report("企业开办时间压缩至1个工作日(8个工作小时)。")
    assert fig(r, "8个工作小时")["name"] == fig(r, "1个工作日")["name"] == "企业开办时间"


@pytest.mark.parametrize(("sentence", "raw", "key", "name"), [
    ("开展“双随机、一公开”抽查860次。", "860次", "enforcement.random_inspections", "“双随机、一公开”抽查"),
    ("组织900名行政执法人员参加执法资格考试，通过率93.4%。", "93.4%", "capacity.exam_pass_rate", "通过率"),
])
def test_quoted_inspections_and_pass_rates(sentence, raw, key, name):
    f = fig(report(sentence), raw)
    assert (f["key"], f["name"]) == (key, name)


def test_a_pending_case_is_named_by_its_state():
    r = report("全年本局被申请行政复议5件，其中维持3件，撤销1件，1件尚在审理中。", heading="（一）行政复议")
    f = fig(r, "1件", 1)
    assert (f["name"], f["key"]) == ("尚在审理", "reconsideration.pending")


@pytest.mark.parametrize(("sentence", "raw"), [
    # K1: rates joined by 和 or a 、 list with 到达 share one figure
    ("组织网上学法考试，学法考试参考率和合格率均达100%。", "100%"),
    ("全乡315名干部参加学法考试，参训率、参考率、及格率均到达100%。", "100%"),
    # K2: the figure counts a head noun (问题, 措施, 监测点) that is not what the context word names
    ("省级法治督察反馈的27个主要问题已全部整改到位。", "27个"),
    ("相关部门制定取消审批后的事中事后监管措施3项。", "3项"),
    ("调整涉企行政执法检查监测点21家，完善配套机制。", "21家"),
    # K4: party education is not law training
    ("组织全县党员教育培训620期，开展法治讲座。", "620期"),
    # K5: a clause opening with its figure has its own topic, not the one of the clause before
    ("召开县政府常务会议4次专题研究法治政府建设，6次专题研究招商引资项目合同。", "6次"),
    # K6: an award is not a demonstration site
    ("表彰22个依法行政示范单位。", "22个"),
])
def test_holdout_wrong_key_classes_get_no_key(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


def test_disclosure_request_items_are_disclosure_requests():
    # K7: 依申请公开 items are disclosure requests (unit 项 allowed), not government service items
    f = fig(report("主动公开各类信息86条，依申请公开事项5项。"), "5项")
    assert f["key"] == "disclosure.requests", (f["name"], f["key"], f["key_basis"])


def test_a_clause_opening_with_its_figure_keeps_its_own_topic():
    r = report("召开县政府常务会议4次专题研究法治政府建设，6次专题研究招商引资项目合同。")
    assert fig(r, "4次")["key"] == "leadership.meetings"
    r = report("局主要领导先后召开7次局党委会、局长办公会，研究审议法治建设重大问题。")
    assert fig(r, "7次")["key"] == "leadership.meetings"  # context after the figure still counts


def test_a_part_of_a_batch_of_changes_is_not_the_stock():
    # K3: after 取消/承接/调整 counts, a 许可事项 figure is a part of the batch
    r = report("第二批取消3项，承接7项，调整2项，新增省级设定在本地实施的行政许可事项6项。")
    assert fig(r, "6项")["key"] is None
    r = report("全市保留行政许可事项238项，取消12项。")  # the stock before the change keeps its key
    assert fig(r, "238项")["key"] == "approval.licensing_items"


def test_people_of_party_education_are_not_law_trainees():
    # K4: the people counted after a party-education figure are not law trainees
    r = report("组织全县党员教育培训620期，培训党员5.6万人次。")
    assert fig(r, "5.6万人次")["key"] is None
    r = report("开展党员干部法治专题培训12期，培训党员干部1300人次。")  # law training of party members keeps its keys
    assert fig(r, "1300人次")["key"] == "capacity.trainees"


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # P3: phrasings and units the catalog lacked
    ("区政府督查室联合依法治区办开展法治政府建设督查3次。", "3次", "leadership.inspections"),
    ("全年共有215名行政机关负责人出庭应诉。", "215名", "litigation.head_appearances"),
    # (one channel of one subset named alone, 重点事项线上办件, is no 办件量: LABELING 66, test_key_precision17.py)
    ("政务服务中心全年线上线下办件4120件。", "4120件", "approval.cases_handled"),
    # (a channel named alone, 重点事项线上办件N件, takes no key since LABELING 66; side by side it keeps it)
    ("全年线下办件2800件、线上办件4120件。", "4120件", "approval.cases_handled"),
    ("完成“双随机、一公开”部级任务300个。", "300个", "enforcement.random_inspections"),
    ("组织全体干部参加年度学法考试，学法考试参与率100%。", "100%", "capacity.exam_participation_rate"),
])
def test_holdout_phrasing_gaps(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


def test_traditional_script_is_keyed_through_its_simplified_reading():
    # P4: 師 (律師事務所) was missing from the traditional-character table, so the phrasing never matched
    r = report("聘請3家律師事務所擔任政府法律顧問。")
    assert fig(r, "3家")["key"] == "decisions.legal_counsel"


@pytest.mark.parametrize(("sentence", "raw"), [
    # P1: the number stands before the leaders, the verb 述法 after them
    ("全县640名党政主要负责人书面述法。", "640名"),
    ("组织18名乡镇党委书记现场述法。", "18名"),
])
def test_leaders_counted_before_they_report(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] == "leadership.law_reports", (f["name"], f["key"], f["key_basis"])
