"""Key classes, fifth session (issue 9), families outside the event keys. Invented sentences (other places, years,
numbers, word order):

* a 、 list of measures cut by one bare change verb (办理时限、申请材料分别压减60%、30%) names each figure by its own item,
  whatever words stand before the first item (no topic word is needed to tell the items from subjects); a time
  limit cut by a verb the figure parser reads as a level (办理时限压减60%), or with the verb before the time (平均
  压缩审批时限63%, 平均缩减时限68%), is the time-limit cut too; a 一件事 (integrated service) reform is approval
  context for it;
* a case count whose act (查处, 查办, 办理) is separated from 案件 by a kind of case (哄抬价格类案件, 转包案件, 等领域垄断案件)
  is a sub-type by field or kind, which the catalog has no key for: enforcement.cases counts all cases (查处违法案件,
  查办各类案件);
* 目标 as the object of a framing verb in an earlier clause (围绕打造…目标，…; 紧扣…目标，…) frames what was done: the
  figures after it are the year's (a rank, a count), not targets; 目标 in the figure's own clause, 力争, stay targets;
* a rank won in an assessment (获评…考核第三名, 荣获…考核第一名) is the place itself: an honour word blocks prize counts,
  not the rank (a competition's place, 竞赛第一名, stays unkeyed: no assessment word);
* the pass rate of a law knowledge test (法律法规知识测试…，合格率96%) is the law exam pass rate, as the catalog
  definition says (测试 is exam context like 考试, 考法);
* a count of bodies whose act runs into a bare share (白沙县48个部门的主要负责同志开展书面述法达100%) keeps its key: only a named
  rate after the act (网上可办率, 覆盖率) makes the bodies that rate's subject;
* a count whose name's head is another noun (…重大行政决策源头治理等6项重点工作: work items) is no count of major
  decisions (data/key_heads.csv: decisions.major_decisions counts 决策, 事项, 议题, 决定, 项目);
* a training participation rate (法治培训…参训率) or a work participation rate named near a training (执法参与率…执法
  培训任务) is no exam participation rate: capacity.exam_participation_rate counts those who sat a law exam (参考率,
  学法考试参与率), so 参训率 and the context 培训 leave its catalog row;
* a list's stock changed from one count to another by a cut verb (由320项精简至215项, 由1150项调整为988项) is the
  count after the change: the from→to gate reads 精简, 调整, 削减, 删减, 优化 too, and a cut verb followed by its end
  state (精简至) does not void a stock entry that excludes cut words;
* 就 opens the object of an act after the figure as 对 does (就9件涉企政策文件草案向社会公开征求意见: consultations);
* a count in 项 before a decision catalogue (公布3项年度重大行政决策目录) counts the decisions it lists, as a count in 项
  before an items list counts the items (LISTED_ITEMS);
* public service items named together with the power or approval items (行政权力和公共服务事项, 行政审批和公共服务事项)
  are the whole item list (approval.service_items); public service items alone stay unkeyed (a subset);
* an area built or set up before the hall it measures (新设立2860平方米的区政务服务大厅) is the hall's area;
* leaders attending a court hearing (负责人参加行政诉讼案件开庭审理5件) are head appearances, and 应诉率 after leaders'
  appearance (街道领导及时出庭应诉，应诉率达100%) is the appearance rate;
* verb-object orders the catalog lacked: 办理政务热线9.8万件 (the hotline's calls, 热线*办理 was there), 调取部门数据45条
  (data shared, as 调用*数据);
* sites named by a designation (丙旗丁区的3个项目命名为“自治区级法治政府建设示范项目”) are demonstration sites: 命名为 is an honour
  phrase, whose clause is read to its end for the sites' key (other keys stay void there);
* a sentence opening with 其中 breaks down the sentence right before it: a figure of it never takes the key a figure
  of that sentence has (…罚款金额156万元。其中，简易程序案件601件，罚款金额5.3万元: one procedure's fines, LABELING 13);
* a 巡察 (inspection tour) of rule-of-law duties (对17个部门开展法治建设专项巡察) is a law inspection: 法治*巡察
  joins leadership.inspections (a party 巡察 with no law words stays unkeyed);
* a list adjusted and published (动态调整公布区本级行政权力事项5120项) is the list's stock, not the items adjusted;
* one rate shared by a 、 list of whose rate it is (全体职工法律知识集中考试、新提任干部任前考法合格率均达到100%) keeps the key of that
  one catalog rate (LABELING 40); two rates (参考率、合格率均为100%, 网办、掌办率均达100%) still take none (LABELING 30);
* cases flagged at risk of loss (化解3起行政败诉预警案件, 败诉风险) are no lost cases: 败诉预警, 败诉风险, 败诉隐患 are
  litigation.lost's not_in words;
* regulations passed by the government (审议通过《…办法》等3件市政府规章) are rules issued: 审议通过 joins the verbs of
  rules.regulations_issued, also around the figure of a 等 list of titles;
* bodies that enter an assessment's ranking (5个县进入…考评前20名) are a rank outcome, not units assessed;
"""

import pytest

from _sentences import fig, sentence_report

REFORM = "（一）深化“放管服”改革"
ENFORCE = "（三）推进严格规范公正文明执法"
LEAD = "（一）加强党对法治政府建设的领导"


def row(sentence: str, raw: str, heading: str = REFORM, nth: int = 0) -> dict:
    r = sentence_report(sentence, heading, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="法治建设水平仍需提升。")
    return fig(r, raw, nth)


def key(sentence: str, raw: str, heading: str = REFORM, nth: int = 0):
    return row(sentence, raw, heading, nth)["key"]


@pytest.mark.parametrize("sentence, raw", [
    ("白沙县依申请政务服务事项的承诺时限、要件材料、审批环节分别压减63%、27.5%、18%。", "63%"),
    ("镇级便民服务事项的承诺办理时限、跑动次数分别压减49.5%、35%。", "49.5%"),
    ("本级依申请事项的办理时限平均压减71.2%，群众办事更加便捷。", "71.2%"),
])
def test_a_cut_time_limit_is_the_time_limit_cut_whatever_stands_before_it(sentence, raw):
    assert key(sentence, raw) == "approval.time_limit_cut_rate"


@pytest.mark.parametrize("sentence, raw", [
    ("白沙县依申请政务服务事项的承诺时限、要件材料、审批环节分别压减63%、27.5%、18%。", "27.5%"),
    ("白沙县依申请政务服务事项的承诺时限、要件材料、审批环节分别压减63%、27.5%、18%。", "18%"),
    ("甲镇、乙镇分别压减12%、9%。", "12%"),
])
def test_other_items_of_a_list_of_cuts_are_no_time_cut(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw", [
    ("开展清风护航专项执法行动，查办哄抬价格类案件5件。", "5件"),
    ("查处施工单位转包案件6件、监理单位违规案件2件。", "6件"),
    ("查处医药、建材等领域价格垄断案件17件，罚没款居全省前列。", "17件"),
])
def test_cases_of_one_kind_are_no_enforcement_case_total(sentence, raw):
    assert key(sentence, raw, ENFORCE) is None


@pytest.mark.parametrize("sentence, raw", [
    ("全年共查处违法案件126件，罚没款38.6万元。", "126件"),
    ("市场监管局全年查办各类案件312件。", "312件"),
])
def test_all_cases_found_are_the_enforcement_case_total(sentence, raw):
    assert key(sentence, raw, ENFORCE) == "enforcement.cases"


@pytest.mark.parametrize("sentence, raw, want", [
    ("紧扣建设法治政府示范市目标，持续加大工作力度，在法治江南建设考评中位列全省第三。", "第三", "leadership.assessment_rank"),
    ("围绕打造一流营商环境目标，全年共查处违法案件126件。", "126件", "enforcement.cases"),
    ("全县目标是在法治江南建设考评中位列全省第三。", "第三", None),
    ("力争在法治江南建设考评中位列全省第三。", "第三", None),
])
def test_a_goal_framing_an_earlier_clause_makes_no_target(sentence, raw, want):
    assert key(sentence, raw, LEAD if "考评" in sentence else ENFORCE) == want


def test_bodies_entering_a_ranking_are_no_units_assessed():
    assert key("5个县(区)进入全省法治江南建设考评县(市、区)前20名。", "5个", LEAD) is None


@pytest.mark.parametrize("sentence, raw, want", [
    ("2033年白沙县在全市法治建设绩效考核中获评第三名。", "第三名", "leadership.assessment_rank"),
    ("白沙县荣获全市依法行政考核第一名，工作经验在全市推广。", "第一名", "leadership.assessment_rank"),
    ("白沙县荣获全市法治知识竞赛第一名。", "第一名", None),
])
def test_a_rank_won_in_an_assessment_keeps_its_key(sentence, raw, want):
    assert key(sentence, raw, LEAD) == want


def test_the_pass_rate_of_a_law_knowledge_test_is_the_exam_pass_rate():
    s = "组织全区公职人员法律法规知识网上测试，共1.8万人次参加，合格率96.5%。"
    assert key(s, "96.5%", LEAD) == "capacity.exam_pass_rate"


@pytest.mark.parametrize("sentence, raw, want", [
    ("2033年，白沙县48个部门的主要负责同志开展书面述法达100%。", "48个", "leadership.law_reports"),
    ("2033年，白沙县48个部门的主要负责同志开展书面述法率达100%。", "48个", None),
])
def test_a_bare_share_after_bodies_acting_leaves_their_count(sentence, raw, want):
    assert key(sentence, raw, LEAD) == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("以局党组会议形式专题研究重大行政决策源头治理等6项水利法治重点工作。", "6项", None),
    ("全年作出重大行政决策事项11项，均经合法性审查。", "11项", "decisions.major_decisions"),
])
def test_major_decisions_count_decisions_not_work_items(sentence, raw, want):
    assert key(sentence, raw, "（二）推进科学民主依法决策") == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("组织机关干部参加市级法治培训3批次，参训率达100%。", "100%", None),
    ("全镇执法人员执法参与率100%，均完成年度执法培训任务。", "100%", None),
    ("组织全体公务员参加年度学法考试，参考率100%。", "100%", "capacity.exam_participation_rate"),
])
def test_exam_participation_counts_exam_takers_only(sentence, raw, want):
    assert key(sentence, raw, LEAD) == want


@pytest.mark.parametrize("sentence, raw", [
    ("市政府常务会议审议通过《澄川市河道保护管理办法》等3件市政府规章。", "3件"),
    ("全年审议通过政府规章2件，备案审查行政规范性文件40件。", "2件"),
])
def test_regulations_passed_are_regulations_issued(sentence, raw):
    assert key(sentence, raw, "（一）加强立法工作") == "rules.regulations_issued"


@pytest.mark.parametrize("sentence, raw", [
    ("全面推行容缺受理，平均压缩审批时限63%。", "63%"),
    ("推出120个“高效办成一件事”，平均缩减时限68.2%。", "68.2%"),
])
def test_a_verb_before_the_time_limit_names_the_cut(sentence, raw):
    assert key(sentence, raw) == "approval.time_limit_cut_rate"


@pytest.mark.parametrize("sentence, raw, want", [
    ("白沙县行政许可事项由326项精简至219项。", "219项", "approval.licensing_items"),
    ("白沙县行政许可事项由326项精简至219项。", "326项", None),
    ("全县政务服务事项由1174项调整为992项。", "992项", "approval.service_items"),
    ("全县政务服务事项由1174项调整为992项。", "1174项", None),
])
def test_a_stock_cut_to_a_count_is_that_count(sentence, raw, want):
    assert key(sentence, raw) == want


def test_jiu_opens_the_object_of_a_consultation():
    s = "就9件涉企政策文件草案向社会公开征求意见，收到建议40余条。"
    assert key(s, "9件", "（二）推进科学民主依法决策") == "decisions.public_consultations"


def test_a_count_before_a_decision_catalogue_counts_its_decisions():
    s = "公布3项年度重大行政决策目录、区本级行政执法事项清单2870项。"
    assert key(s, "3项", "（二）推进科学民主依法决策") == "decisions.major_decisions"


@pytest.mark.parametrize("sentence, raw, want", [
    ("领取审核发布4870项行政权力和公共服务事项。", "4870项", "approval.service_items"),
    ("行政审批和公共服务事项推动由1150项减至388项。", "388项", "approval.service_items"),
    ("梳理公共服务事项210项。", "210项", None),
])
def test_power_and_public_service_items_together_are_the_item_list(sentence, raw, want):
    assert key(sentence, raw) == want


def test_an_area_before_the_hall_built_is_the_hall_area():
    s = "在七星小区新设立2860平方米的区政务服务大厅，已进驻17个行政部门。"
    assert key(s, "2860平方米") == "approval.hall_area"


@pytest.mark.parametrize("sentence, raw, want", [
    ("局主要负责人和分管负责人参加行政诉讼案件开庭审理5件。", "5件", "litigation.head_appearances"),
    ("新增行政诉讼案件3件，均已审结，街道领导及时出庭应诉，应诉率达100%。", "100%", "litigation.head_appearance_rate"),
    ("本镇行政诉讼案件应诉率100%。", "100%", None),  # no appearance named: the response rate (context 出庭)
])
def test_leaders_at_court_hearings_are_head_appearances(sentence, raw, want):
    assert key(sentence, raw, "（五）依法化解矛盾纠纷") == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("区长信箱处理来信260件，办理政务热线7.6万余件，满意率98%。", "7.6万余件", "hotline.calls"),
    ("通过政务平台跨层级调取部门数据45条，调用电子证照120次。", "45条", "digital.data_shared"),
])
def test_verb_object_orders_of_hotline_calls_and_data_shared(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize("sentence, raw", [
    ("丙旗丁区的3个项目命名为“自治区级法治政府建设示范项目”。", "3个"),
    ("全市5个项目被命名为全省法治政府建设示范项目。", "5个"),
])
def test_sites_named_by_a_designation_are_demonstration_sites(sentence, raw):
    assert key(sentence, raw, LEAD) == "leadership.demonstration_sites"


@pytest.mark.parametrize("sentence, raw, want", [
    ("本年度共办理交通建设项目审批事项1080件。", "1080件", None),
    ("政务服务中心全年受理行政审批事项1.6万件。", "1.6万件", "approval.cases_handled"),
])
def test_approvals_of_one_kind_are_no_cases_handled_total(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize("raw, want", [
    ("156.2万余元", "enforcement.fines_amount"),
    ("5.3万余元", None),
    ("150.9万余元", None),
])
def test_a_qizhong_sentence_holds_parts_of_the_sentence_before(raw, want):
    s = ("2033年，区城市管理综合执法局办结行政执法案件912件，罚款金额156.2万余元。其中，简易程序案件601件，罚款金额"
         "5.3万余元；普通程序案件311件，罚款金额150.9万余元。")
    assert key(s, raw, ENFORCE) == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("对全市17个重点部门和6个街道开展法治建设专项巡察。", "17个", "leadership.inspections"),
    ("对全市17个重点部门和6个街道开展法治建设专项巡察。", "6个", "leadership.inspections"),
    ("县委第三轮巡察对12个部门开展了常规巡察。", "12个", None),
])
def test_an_inspection_tour_of_law_duties_is_a_law_inspection(sentence, raw, want):
    assert key(sentence, raw, LEAD) == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("严格清单管理，动态调整公布区本级行政权力事项5120项。", "5120项", None),
    ("全年动态调整区政府部门职权事项共计76项。", "76项", "approval.power_items_adjusted"),
])
def test_a_list_adjusted_and_published_is_no_count_of_adjustments(sentence, raw, want):
    assert key(sentence, raw) == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("全体职工法律知识集中考试、新提任干部任前考法合格率均达到100%。", "100%", "capacity.exam_pass_rate"),
    ("组织学法考试2次，参考率、合格率均为100%。", "100%", None),
    ("网办、掌办率均达到100%。", "100%", None),
])
def test_one_rate_shared_by_whose_rate_it_is_keeps_its_key(sentence, raw, want):
    assert key(sentence, raw, LEAD) == want


@pytest.mark.parametrize("sentence, raw, want", [
    ("通过沟通协调，妥善化解3起行政败诉预警案件。", "3起", None),
    ("全年行政诉讼败诉案件2件。", "2件", "litigation.lost"),
])
def test_cases_at_risk_of_loss_are_not_lost(sentence, raw, want):
    assert key(sentence, raw, "（五）依法化解矛盾纠纷") == want
