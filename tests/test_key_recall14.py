"""Key recall, fourth session (issue 9): classes of the approval, enforcement and decisions families that the
matching loop missed on pages of two or more tuning sets. Invented sentences (other places, years, numbers):

* a share of time cut printed as a level (时限压缩比达88%, 平均“减时间”80%, the time first in a 、 list of cuts:
  办理时限、申请材料分别压减60%、30%) is approval.time_limit_cut_rate, the catalog's one change-counted key;
* 由A…至B: the figure after 由 is the state before the change (no key), the one after 至/为 the report's own
  (设立企业的时间由18个工作日减少为3个工作日, 进驻率由71%提升至93%);
* a 抽查 count after words naming the 双随机 checks earlier in its sentence counts those checks
  (enforcement.random_inspections), not ordinary inspections;
* firms inspected are an inspection count (the catalog counts them in 家): a name cut short keeps the key when the
  clause after the number names the firms (对全区18家游泳场所经营企业进行全覆盖检查); a bare noun after an inspection
  count shares its verb (检查医疗机构58家，公共场所37家); 市监 (the market regulator) is enforcement context;
* 应急 alone (应急处置措施, an epidemic's) is no safety-inspection context: 应急管理 is.
"""

import pytest

from _sentences import fig, sentence_report, district_key

REFORM = "（一）深化“放管服”改革"
ENFORCE = "（三）推进严格规范公正文明执法"
PLAIN = "2.依法行政"


def key(sentence: str, raw: str, heading: str = REFORM, nth: int = 0):
    return district_key(sentence, raw, heading, nth)


@pytest.mark.parametrize("sentence, raw", [
    ("二是持续开展流程再造，压缩审批服务时限860项，比法定时限减少9120个工作日，时限压缩比达88.5%，可实现容缺办理事项312项。",
     "88.5%"),
    ("政务服务事项入驻率达到97.2%，行政许可事项办理时限压缩比达91%。", "91%"),
    ("区级行政审批和政务服务事项的办理时限、提交材料、办理环节分别压减58%、31.5%、22.5%，即办件达到40.5%。", "58%"),
    ("政务服务事项网上可办率98.1%，“最多跑一次”占比97.5%，平均“减时间”79.3%。", "79.3%"),
])
def test_a_share_of_time_cut_printed_as_a_level_is_the_time_limit_cut(sentence, raw):
    assert key(sentence, raw) == "approval.time_limit_cut_rate"


@pytest.mark.parametrize("sentence, raw", [
    ("区级行政审批和政务服务事项的办理时限、提交材料、办理环节分别压减58%、31.5%、22.5%，即办件达到40.5%。", "31.5%"),
    ("区级行政审批和政务服务事项的提交材料、办理环节分别压减31.5%、22.5%。", "31.5%"),
    ("政务服务事项网上可办率98.1%，“最多跑一次”占比97.5%。", "97.5%"),
    ("全年按时办结率达100%，在规定时限内完成率100%。", "100%"),
])
def test_other_shares_are_no_time_limit_cut(sentence, raw):
    assert key(sentence, raw) != "approval.time_limit_cut_rate"


@pytest.mark.parametrize("sentence, before, after, expected", [
    ("设立企业的时间由改革前的18个工作日减少为3个工作日，投资项目审批时间平均减少65%。", "18个工作日", "3个工作日",
     "approval.startup_time"),
    ("企业开办时间由5个工作日压缩至1个工作日。", "5个工作日", "1个工作日", "approval.startup_time"),
    ("推进全区28个部门、860项政务服务事项进驻中心，“一门进”进驻率由71%提升至93%，中心全部事项实现分类受理。",
     "71%", "93%", "approval.hall_entry_rate"),
])
def test_from_a_to_b_keys_the_state_after_the_change(sentence, before, after, expected):
    assert key(sentence, before) is None
    assert key(sentence, after) == expected


@pytest.mark.parametrize("sentence, raw", [
    ("推行“双随机、一公开”全链条监管，抽查任务21次，共计抽查经营主体2600余户，抽查结果全部公示。", "21次"),
    ("推行“双随机、一公开”全链条监管，抽查任务21次，共计抽查经营主体2600余户，抽查结果全部公示。", "2600余户"),
    # (某某领域开展…抽查 in a place's report: one field's part named alone, no key, LABELING 70, test_key_rules66_73.py)
    ("2033年开展36批次“双随机”抽查，抽查主体1875户次。", "1875户次"),
])
def test_a_check_count_after_the_random_checks_are_named_is_a_random_check(sentence, raw):
    assert key(sentence, raw, ENFORCE) == "enforcement.random_inspections"


def test_a_check_count_after_the_random_checks_in_a_departments_own_field_is_a_random_check():
    # (in a place's report one field's checks are a part named alone, LABELING 70: test_key_precision17.py)
    r = sentence_report("2033年农业执法领域开展36批次“双随机”抽查，抽查主体1875户次。", ENFORCE,
                        title="澄川市青石区农业农村局2033年法治政府建设年度报告", year=2033,
                        weakness="执法规范化水平仍需提升。")
    assert fig(r, "1875户次")["key"] == "enforcement.random_inspections"


@pytest.mark.parametrize("sentence, raw", [
    ("全面推行“双随机、一公开”监管，开展专项检查12次，检查企业80家。", "12次"),
    ("开展执法检查45次，抽查企业120家。", "120家"),
])
def test_other_checks_stay_ordinary_inspections(sentence, raw):
    assert key(sentence, raw, ENFORCE) == "enforcement.inspections"


@pytest.mark.parametrize("sentence, raw, heading", [
    ("一是开展游泳场所专项整治行动，对全区18家游泳场所经营企业进行全覆盖检查，依法立案处罚2家。", "18家", ENFORCE),
    ("二是开展化妆品专项监督行动，抽查46家超市、美容店、网店等不同类别的经营单位。", "46家", ENFORCE),
    ("区级各执法单位聚焦重点领域依法实施监管措施，检查医疗机构58家，公共场所37家。", "37家", ENFORCE),
    ("青石镇组织市监、公安、应急等部门对辖区经营场所联合开展现场检查27次，压减重复检查事项。", "27次", PLAIN),
    ("区级各执法单位依法实施疫情防控及应急处置措施，检查医疗机构58家，公共场所37家。", "58家", PLAIN),
])
def test_firms_inspected_are_an_inspection_count(sentence, raw, heading):
    assert key(sentence, raw, heading) == "enforcement.inspections"


def test_a_safety_campaign_keeps_its_key():
    assert key("开展安全生产大检查，共检查企业320家。", "320家", ENFORCE) == "emergency.safety_inspections"
    assert key("落实应急管理责任，检查危化企业42家。", "42家", ENFORCE) == "emergency.safety_inspections"


# legality reviews (decisions family): the act of a 、 list's first item is shared by the bare nouns after it; a
# review of several kinds listed after 对 is decisions.legality_reviews; an item in another unit shares the verb
# after the list
DECIDE = "（四）推进科学民主依法决策"


@pytest.mark.parametrize("sentence, raw, expected", [
    ("全年审核规范性文件15件、合同86份、重大决策事项9件。", "86份", "decisions.contracts_reviewed"),
    ("全年审核规范性文件15件、合同86份、重大决策事项9件。", "9件", "decisions.legality_reviews"),
    ("2033年，区司法局审核重大决策16件、行政协议及其他文件184件，回复征求意见文件60件。", "184件",
     "decisions.legality_reviews"),
    ("年初至今，共审核把关合同1320份、规范性文件9份、出具法律意见书18份。", "9份", "normative_docs.reviewed"),
    ("全年对行政规范性文件、重大行政决策、行政协议及村居合同开展全流程审查870件，覆盖率达100%。", "870件",
     "decisions.legality_reviews"),
    ("对143件上会议题、拟签订的41份合作协议进行了合法性审查。", "143件", "decisions.legality_reviews"),
])
def test_reviews_shared_along_a_list(sentence, raw, expected):
    assert key(sentence, raw, DECIDE) == expected



# service cases and one-thing services (approval family)
@pytest.mark.parametrize("sentence, raw, expected", [
    ("优化街道便民服务大厅办理流程，便民窗口共办理业务158420宗，按时办结率达100%。", "158420宗",
     "approval.cases_handled"),
    ("全年共办理公共场所卫生许可、医师护士许可注册、消毒产品许可等业务4320件。", "4320件", "approval.cases_handled"),
    ("上线运行“高效办成一件事”业务套餐36组。", "36组", "approval.one_thing_items"),
])
def test_service_cases_and_one_thing_services(sentence, raw, expected):
    assert key(sentence, raw) == expected


def test_a_stream_of_cases_across_regions_is_no_total():
    s = "全镇通办业务640宗，与区级审批部门跨区域办理业务372宗，方便群众就近办事。"
    assert key(s, "372宗") is None


# precision in the same families: 公共服务事项 are no 政务服务事项 total; enforcement staff are certified staff only
# when their clause names the certificate
@pytest.mark.parametrize("sentence, raw", [
    ("全面实行政府权责清单制度，梳理完善区本级行政权力清单2860项，公共服务事项清单615项。", "615项"),
    ("累计梳理依申请事项和公共服务事项540项。", "540项"),
    ("全市已有120个行政执法部门、4120名行政检查执法人员纳入管理。", "4120名"),
    ("据统计，目前我局共有执法人员38名，行政执法资格证持证率达95%以上。", "38名"),
])
def test_counts_that_are_not_the_indicator(sentence, raw):
    assert key(sentence, raw) is None


@pytest.mark.parametrize("sentence, raw, expected", [
    ("目前，区本级政务服务事项共1280项。", "1280项", "approval.service_items"),
    ("全镇共19人持有行政执法证。", "19人", "enforcement.certified_staff"),
    ("全乡4名执法人员全部取得行政执法证。", "4名", "enforcement.certified_staff"),
    ("青石街道持有执法证人员48人。", "48人", "enforcement.certified_staff"),
])
def test_counts_that_keep_the_indicator(sentence, raw, expected):
    assert key(sentence, raw, ENFORCE) == expected


# a list's stock of one-thing services or commitment items is stated once per sentence: a later count of the same
# key in it is a part (items some bodies implemented) or another list (the State Council's)
@pytest.mark.parametrize("sentence, first, later, expected", [
    ("形成青石区告知承诺审批事项基础清单186项并对外公布，12个委办局对160个事项实施告知承诺。", "186项", "160个",
     "approval.commitment_items"),
    ("推出54个“一件事一次办”事项，国家部署的13项“高效办成一件事”重点事项中，有9项已正常运行。", "54个", "13项",
     "approval.one_thing_items"),
])
def test_a_stock_is_stated_once_per_sentence(sentence, first, later, expected):
    assert key(sentence, first) == expected
    assert key(sentence, later) is None


# items in the hall named by the hall's management or its windows (approval.items_in_hall)
@pytest.mark.parametrize("sentence, raw", [
    ("纵深推进“放管服”改革，1960项政务服务事项中，1870项纳入本级政务服务中心一体化管理，政务服务事项入驻率达到95.4%。",
     "1870项"),
    ("全区政务服务事项重新梳理，综合窗口可办事项数达到412项业务，进驻比例占全区政务服务事项的93%。", "412项"),
])
def test_items_managed_in_the_hall(sentence, raw):
    assert key(sentence, raw) == "approval.items_in_hall"


def test_items_on_a_platform_are_no_hall_items():
    assert key("持续优化政务服务平台功能，65120项政务服务事项纳入平台统一管理。", "65120项") == "approval.service_items"


def test_items_moved_down_to_town_centres_are_no_hall_items():
    s = "推动9个部门78项政务服务事项下沉至镇(街道)便民服务中心办理，群众在家门口即可办理高频事项。"
    assert key(s, "78项") != "approval.items_in_hall"


@pytest.mark.parametrize("sentence, raw, expected", [
    ("优化升级企业开办服务系统，将企业营业执照、印章和税务等办理时间压缩至3小时内办结。", "3小时内", "approval.startup_time"),
    ("推进商事登记制度改革，企业办证时间压缩至4个工作日以内，企业设立登记时间压缩至1个工作日以内。", "1个工作日以内", None),
    ("企业开办时间压缩至1个工作日，投资项目审批时间压缩至30个工作日。", "30个工作日", None),
])
def test_a_time_after_the_opening_of_a_business_is_named(sentence, raw, expected):
    assert key(sentence, raw) == expected


@pytest.mark.parametrize("sentence, raw, expected", [
    ("全面落实政务服务事项“应进必进”，累计实现64个事项“一件事一次办”。", "64个", None),
    ("编制第三批证明事项告知承诺制清单，全市累计58个证明事项实行告知承诺制。", "58个", None),
    ("2033年累计推出64个“一件事一次办”事项。", "64个", "approval.one_thing_items"),
    ("推出64个“一件事一次办”事项。", "64个", "approval.one_thing_items"),
])
def test_a_stock_summed_since_the_reform_began_takes_no_key(sentence, raw, expected):
    assert key(sentence, raw) == expected


# items in a sentence that moves them: concentrated in the approval bureau (相对集中) are items transferred; handed
# down from the organ's level are items delegated, received from a level above are neither (LABELING 22/53)
def key_of_organ(sentence: str, raw: str, title: str, nth: int = 0):
    r = sentence_report(sentence, REFORM, title=title, year=2033, weakness="法治建设水平仍需提升。")
    return fig(r, raw, nth)["key"]


MOVED = "一是持续深化“放管服”改革。将3项行政许可和4项政务服务事项的审批权限由市级调整为区级，方便群众就近办理。"


@pytest.mark.parametrize("raw", ["3项", "4项"])
def test_items_handed_down_by_a_city_department_are_delegated(raw):
    assert key_of_organ(MOVED, raw, "澄川市人力资源和社会保障局2033年法治政府建设年度报告") == "approval.items_delegated"


@pytest.mark.parametrize("raw", ["3项", "4项"])
def test_items_handed_down_to_a_district_are_received(raw):
    assert key_of_organ(MOVED, raw, "澄川市青石区2033年法治政府建设年度报告") is None


def test_licensing_items_concentrated_in_the_approval_bureau_are_transferred():
    s = "县审批服务局与县综合执法局相对集中行使行政权力事项1420项，其中行政许可事项186项，行政处罚权事项1234项。"
    assert key_of_organ(s, "186项", "青禾县2033年法治政府建设年度报告") == "approval.items_transferred"
