"""Key precision classes: figures whose evidence names another thing get no key (synthetic look-alikes; issue 9).

Each case is invented (places, organs, numbers) in the genre's style; each stands for a class of wrong keys
seen on unseen real reports: a figure shared by a coordinated list, a matched word that only modifies the
noun counted, a part of a total stated as done with the rest still open, a broad context word carried from
another clause, and words that name a different programme or direction than the catalog indicator.
"""

import pytest

from _sentences import fig, sentence_report


def report(sentence: str, heading: str = "（二）提升依法行政能力"):
    return sentence_report(sentence, heading, title="青禾县2023年法治政府建设年度报告", year=2023,
                           weakness="基层执法力量仍然薄弱。", plan="继续推进严格规范公正文明执法。")


@pytest.mark.parametrize(("sentence", "raw"), [
    # one figure shared by a coordinated list of different things: none of them alone
    ("在年度公务员学法用法考试中，全系统实现参考率、通过率和优秀率100%。", "100%"),
    ("全市共开展各类学法、宣讲、培训活动5400余次。", "5400余次"),
    ("审核、备案规范性文件15件。", "15件"),
    # the matched words only modify the noun counted (standards, not licences)
    ("陆续发布危险品经营许可证等9个电子证照标准。", "9个"),
    # a part of a listed total, stated as done while the rest are still open
    ("公布重大行政决策事项8项；已出台重大行政决策2项，其余6项均按程序推进。", "2项"),
    # items delegated TO this government are received, not delegated by it
    ("对市林业局委托下放我县的5个行政许可事项及时做好对接。", "5个"),
    # a broad context word (安全) of another clause does not make an inspection a safety inspection
    ("开展种子质量安全专项整治行动，共检查农资门店和育苗基地80余个。", "80余个"),
    # (staff study is law training of the staff: tests/test_key_capacity_family.py, LABELING 8)
    # applications against this body are cases where it is the respondent, not applications it received
    ("收到因不服本局作出的处罚决定申请行政复议案件14件。", "14件"),
    # the share of cases handled online is not the share of items available online
    ("高频民生事项网办率达98%。", "98%"),
    # a total whose breakdown holds other kinds (civil suits) counts more than administrative lawsuits
    ("2023年镇诉讼案件36起，其中民事诉讼25起，行政诉讼11起。", "36起"),
    # what was avoided never happened
    ("通过复议纠错、调解撤回等方式避免近20件高败诉风险案件进入诉讼程序。", "近20件"),
    # actions on the items of a list are changes to it, not its size
    ("完成6项部级许可事项认领，下架9项原有许可事项。", "6项"),
    ("完成6项部级许可事项认领，下架9项原有许可事项。", "9项"),
    # applying to a court for enforcement is not an administrative coercive measure
    ("申请法院强制执行6件，已执行完毕2件。", "6件"),
    # enforcement powers moved to the comprehensive enforcement bureau are not approval items transferred
    ("完成18个领域940项执法事项的划转工作。", "940项"),
    # cases of one procedure are a by-type part, not all enforcement cases
    ("全年共办理简易程序案件4100件。", "4100件"),
    # feedback on consultations is what is counted, not consultations held
    ("完成各类制度制修订等征求意见反馈120余件。", "120余件"),
    # licences called across departments are uses, not licences issued
    ("实现187个电子证照跨部门调用。", "187个"),
    # two different activities joined by 和 share the figure
    ("年内开展领导班子集体学习和各类法治培训9次。", "9次"),
    # a match inside the object of 对 that another act treats
    ("对近年审计、巡察、督察中发现的突出问题进行梳理并开展警示教育3次以上。", "3次以上"),
    # bodies counted before what they did: the act is an event key, the figure counts the bodies
    ("全镇11个村开展法治宣传进村活动。", "11个"),
    ("全区19个单位参加宪法宣传周活动。", "19个"),
    # an event key counted in 个/项 only when the name ends in an event: these are things, not events
    ("设立普法宣传栏86个。", "86个"),
    ("制作普法短视频19个。", "19个"),
    ("打造普法宣传品牌项目7个。", "7个"),
    # a rating (优秀, 先进单位) is a result, not the count of what was reviewed or assessed
    ("评查行政许可案卷64件，优秀案卷9件。", "9件"),
    ("完成年度法治建设考核，考核优秀单位6个。", "6个"),
    # a negated act before the noun counted: not a count of the act
    ("不予立案信访事项7件。", "7件"),
    ("未经合法性审查的规范性文件0件。", "0件"),
    # a plan is a target, never this year's figure
    ("2024年计划开展法治培训16场次。", "16场次"),
    # a part never takes the key of a figure before it that it may be a part of
    ("全年受理信访事项210件，办结204件，办结率97.1%，其中网上信访96件。", "96件"),
    # a total whose part alone holds the key's context word (法治) counts more than the key
    ("党委理论学习中心组学习14次，其中法治专题学习4次。", "14次"),
])
def test_no_key_when_the_evidence_names_another_thing(sentence, raw):
    f = fig(report(sentence), raw)
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "key"), [
    # every item of the list names the same indicator: the shared figure keeps it
    ("全年举办法治讲座、业务培训等活动20场次，开展法治专题讲座、专题培训12场次。", "12场次",
     "capacity.training_sessions"),
    # a quoted slogan with 、 is one name, not a list
    ("完成“双随机、一公开”抽查任务96个。", "96个", "enforcement.random_inspections"),
    # a count in its own clause right after another figure of the sentence
    ("办理县人大代表建议88件、县政协委员提案64件。", "64件", "oversight.cppcc_proposals"),
    # the total keeps its key when a part of it is stated as done
    ("公布重大行政决策事项8项；已出台重大行政决策2项，其余6项均按程序推进。", "8项",
     "decisions.major_decisions"),
    # an inspection in a safety clause is still a safety inspection
    ("开展安全生产大检查，共检查企业320家。", "320家", "emergency.safety_inspections"),
    # the leadership's own collective study keeps its key
    ("组织局领导班子专题学法9次。", "9次", "leadership.study_sessions"),
    ("收到行政复议申请46件。", "46件", "reconsideration.received"),
    # the administrative part of a mixed total keeps the key the total loses
    ("2023年镇诉讼案件36起，其中民事诉讼25起，行政诉讼11起。", "11起", "litigation.cases"),
    # each item of a 、 list takes the verb after the list with its own noun
    ("对全县41份重要文件、9份重要合同进行了合法性审查。", "41份", "decisions.legality_reviews"),
    ("对全县41份重要文件、9份重要合同进行了合法性审查。", "9份", "decisions.contracts_reviewed"),
    ("申请法院强制执行6件，查封扣押财物12次。", "12次", "enforcement.coercive_measures"),
    ("党委理论学习中心组学习14次，其中法治专题学习4次。", "4次", "leadership.study_sessions"),
    ("全年受理信访事项210件，办结204件，办结率97.1%，其中网上信访96件。", "210件", "petitions.cases"),
    # two law trainings joined by 和 keep the key they share (a law and a 业务 training together: none, LABELING 60)
    ("全年举办法治讲座和法治培训24场次。", "24场次", "capacity.training_sessions"),
    ("全年开展普法宣传活动14项。", "14项", "capacity.law_publicity_events"),
    # a place for publicity is a culture site, not a publicity event
    ("建成3个省级、5个市级、9个县级普法基地。", "9个", "capacity.culture_sites"),
    # 民主法治示范村(社区) are rule-of-law demonstration units of every kind (LABELING rule 10, the catalog's
    # definition), at every level named
    ("发挥8个国家级、41个省级、215个市级民主法治示范村(社区)示范作用。", "215个", "leadership.demonstration_sites"),
    ("发挥8个国家级、41个省级、215个市级民主法治示范村(社区)示范作用。", "8个", "leadership.demonstration_sites"),
    ("全镇新增各级民主法治示范村(社区)6个。", "6个", "leadership.demonstration_sites"),
    # words after the figure voided by their own entry do not void the key the act after them names
    # (an enforcement qualification exam is no law-study exam since keysL14: LABELING 11, the catalog definition)
    ("2023年6名人员参加并通过了法律知识考试。", "6名", "capacity.exam_takers"),
])
def test_key_kept_when_the_evidence_is_clear(sentence, raw, key):
    f = fig(report(sentence), raw)
    assert f["key"] == key, (f["name"], f["key"], f["key_basis"])


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # 负责人 and 负责同志 are nouns, not the verb 负责
    ("举办年度述法会议，15名党政主要负责人进行现场述法。", "15名", "党政主要负责人"),
    ("组织60余名单位主要负责人完成专题述法。", "60余名", "单位主要负责人"),
    # a predicate after the noun is not part of it
    ("在南湖街道选择四个小区列入试点。", "四个", "小区"),
    ("对全县8个单位实地开展法治督察。", "8个", "单位"),
    ("实现14个领域首案零突破。", "14个", "领域"),
    # a quoted name right after the figure
    ("在政府网站上线86个“一件事”集成服务。", "86个", "“一件事”集成服务"),
    ("2023年市场监管领域开展35批次“双随机”抽查。", "35批次", "“双随机”抽查"),
    # actors (a 、 list of them too) before 开展/参加: the name is what follows the verb
    ("邀请律师、法学专家开展法治专题讲座3次。", "3次", "法治专题讲座"),
    ("组织相关人员参加行政执法培训6场。", "6场", "行政执法培训"),
])
def test_names_of_real_classes(sentence, raw, name):
    f = fig(report(sentence), raw)
    assert f["name"] == name, (f["name"], f["key"])


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a count of events between its actor and the act: the act is counted
    ("县委理论学习中心组两次专题开展习近平法治思想学习。", "两次", "习近平法治思想学习"),
    # ... but a meeting before the count is itself what is counted
    ("组织召开镇政府常务会议4次专题研究法治建设工作。", "4次", "召开镇政府常务会议"),
    # a 、 list of nouns with no numbers after the figure names it together
    ("局主要领导先后召开12次局党委会、局长办公会，研究审议法治建设事项。", "12次", "局党委会、局长办公会"),
    # the object of 对 is an aside: what 进行 names is counted
    ("举办专题培训班，分五期对机关全体干部进行集中轮训。", "五期", "集中轮训"),
])
def test_names_of_event_counts(sentence, raw, name):
    f = fig(report(sentence), raw)
    assert f["name"] == name, (f["name"], f["key"])


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a place or medium, then a publishing verb: what was published is counted
    ("在《青禾日报》理论专栏刊发学习体会文章24篇。", "24篇", "学习体会文章"),
    ("依托基层立法联系点提供立法相关意见36条。", "36条", "立法相关意见"),
    # a noun, 共, then a bare verb: the noun is the name
    ("一般程序案件共办理1840件。", "1840件", "一般程序案件"),
    # 履行 and 在 (not 在编) end the noun after a figure
    ("对86名党政主要负责人履行推进法治建设第一责任人职责情况进行考核。", "86名", "党政主要负责人"),
    ("全镇17名机关在编人员参加年度学法考试。", "17名", "机关在编人员"),
    # a rate list with 发布率 is no act of publishing (“双100%” is a slogan, no figure: the rate stated plainly)
    ("实现政务服务事项认领率、发布率均达100%。", "100%", None),
])
def test_names_of_publishing_and_lists(sentence, raw, name):
    f = fig(report(sentence), raw)
    if name is None:  # only that the name is not cut at 发布
        assert not (f["name"] or "").startswith("率"), f["name"]
    else:
        assert f["name"] == name, (f["name"], f["key"])


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a long modifier ending in 的 before the figure: the noun after the figure is the name
    ("规划确定的64项主要指标已完成58项。", "64项", "主要指标"),
    ("组织全县新提任的45名科级领导干部参加法律知识考试。", "45名", "科级领导干部"),
    # a short one stays with it
    ("2022年度审结的86起案件中，维持50件。", "86起", "审结的案件"),
])
def test_names_after_a_modifier(sentence, raw, name):
    f = fig(report(sentence), raw)
    assert f["name"] == name, (f["name"], f["key"])


@pytest.mark.parametrize(("sentence", "raw", "name"), [
    # a bracket inside the noun, before or after the figure, stays in the name with the words around it
    ("其中，一般乡镇(街道)执法清单96项。", "96项", "一般乡镇(街道)执法清单"),
    ("筹备召开2次法治青禾(法治政府)建设现场推进会。", "2次", "法治青禾(法治政府)建设现场推进会"),
    ("建成11个村(社区)公共法律服务工作室。", "11个", "村(社区)公共法律服务工作室"),
    ("严格执行“第一议题”制度，全年召开党工委(扩大)会议18次。", "18次", "党工委(扩大)会议"),
    # ... but not a predicate after the bracket
    ("14个县(市、区)也陆续召开推进大会。", "14个", "县(市、区)"),
    # a manner adverbial is no part of the name
    ("严格按程序制定规范性文件5件。", "5件", "制定规范性文件"),
    # 平均 ends the noun of a count of people
    ("局机关28名干部职工平均学分3120分。", "28名", "干部职工"),
])
def test_names_with_brackets_and_adverbials(sentence, raw, name):
    f = fig(report(sentence), raw)
    assert f["name"] == name, (f["name"], f["key"])


@pytest.mark.parametrize("who", ["县委", "县委、县政府"])
def test_a_total_over_study_and_lectures_joined_by_he_takes_no_key(who):
    # a bracketed aside after the last item does not make it too long to be an item of the 和 pair, nor
    # does a 、 list of who (县委、县政府) before the pair hide it
    f = fig(report(f"组织开展{who}专题学法和全县法治讲座（培训、报告会）2600余场。"), "2600余场")
    assert f["key"] is None, (f["name"], f["key"], f["key_basis"])
