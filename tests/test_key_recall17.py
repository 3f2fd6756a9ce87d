"""Missed keys (issue 9, seventeenth session). Invented sentences (other places, numbers, wording):

* COMMITTEE_PARTS (LABELING 52): the meetings of a rule-of-law committee's own parts (委员会会议, 各小组会议,
  委员会、办公室及各专项小组会议) in a paragraph whose earlier words name that leading body (依法治区委员会) are its
  meetings on its work: leadership.meetings. With no such body named before, or a party cell's meeting (党小组会议), no key.
"""

import pytest

from _sentences import fig, reform_key, sentence_report, district_key

LEAD = "（一）加强党对法治政府建设的领导"


def key(sentence: str, raw: str, heading: str = LEAD):
    return district_key(sentence, raw, heading)


@pytest.mark.parametrize("sentence, raw", [
    ("承担区委全面依法治区委员会办公室日常工作，统筹各项任务。全年召开委员会、办公室及各专项小组会议7次，印发工作要点等文件12件。",
     "7次"),
    ("县委依法治县委员会办公室牵头抓总。年内先后召开委员会会议3次，另召开各小组会议6次，推动各项任务落地。", "3次"),
    ("县委依法治县委员会办公室牵头抓总。年内先后召开委员会会议3次，另召开各小组会议6次，推动各项任务落地。", "6次"),
])
def test_meetings_of_a_law_committees_own_parts_are_its_meetings(sentence, raw):
    assert key(sentence, raw) == "leadership.meetings"


@pytest.mark.parametrize("sentence, raw", [
    ("全年召开委员会、办公室及各专项小组会议7次，印发工作要点等文件12件。", "7次"),
    ("承担区委全面依法治区委员会办公室日常工作。各支部召开党小组会议15次，落实整改任务。", "15次"),
    ("县委依法治县委员会办公室牵头抓总。各支部召开小组会议20次，落实整改任务。", "20次"),
])
def test_committee_part_meetings_with_no_law_body_named_take_no_key(sentence, raw):
    assert key(sentence, raw) is None


def test_a_groups_meeting_listed_after_the_committees_own_in_one_sentence_is_keyed():
    sentence = "牵头召开县委依法治县委员会会议3次、办公室会议2次、各小组会议8次，推动任务落地。"
    assert key(sentence, "8次") == "leadership.meetings"


def test_a_catalog_keyed_groups_meeting_takes_the_whole_convened_list_as_its_name():
    sentence = "召开委员会办公室及其三个专项小组会议9次，研究部署依法治县重点任务。"
    r = sentence_report(sentence, LEAD, title="澄川市青石区2033年法治政府建设年度报告", year=2033,
                        weakness="法治建设水平仍需提升。")
    row = fig(r, "9次")
    assert row["key"] == "leadership.meetings"
    assert row["name"] == "委员会办公室及其三个专项小组会议"


# INSPECTED_BODIES (LABELING 25): a count of bodies whose own clause, after the bodies' noun, ends in the inspection
# done to them, with law named in that clause, counts the bodies inspected (leadership.inspections).
@pytest.mark.parametrize("sentence, raw", [
    ("县委依法治县办会同县检察院联合完成15个重点部门行政执法案卷专项督察，督促整改问题。", "15个"),
    ("县委依法治县办牵头，年内9家重点执法单位接受行政执法案卷专项督察，通报问题清单。", "9家"),
])
def test_bodies_whose_clause_ends_in_their_law_inspection_are_counted_as_inspected(sentence, raw):
    assert key(sentence, raw) == "leadership.inspections"


@pytest.mark.parametrize("sentence, raw", [
    ("县应急局联合完成14个重点部门森林防火专项督查，督促整改隐患。", "14个"),
    ("联合完成15个重点部门行政执法案卷专项督察3轮，督促整改问题。", "15个"),
    ("县市场监管局联合完成18个重点单位食品安全执法检查督查，督促整改。", "18个"),
])
def test_bodies_before_an_inspection_with_no_law_or_with_its_own_count_are_not_keyed_so(sentence, raw):
    assert key(sentence, raw) != "leadership.inspections"


# PREVIOUS_ITEM_OWN (LABELING 27): in a list of number-first items, the words ending right before the 和 that opens
# the figure's own item are the item before's; the figure's own words after it name it when the catalog reads them.
def test_a_number_first_item_after_another_takes_the_key_of_its_own_words():
    assert key("公布区政府年度7个重大行政决策和3个听证事项，接受社会监督。", "3个") == "decisions.public_consultations"


def test_a_number_first_item_whose_own_words_name_nothing_still_takes_no_key():
    assert key("公布区政府年度7个重大行政决策和3个民生实事项目，接受社会监督。", "3个") is None


# RANK_PEERS (LABELING 1, 16, 34): an ordinal after the scope's overall ranking (全市综合第一) or after the peer group of
# counties (全省县(市、区)第一) is a rank (no measure word: unit null), keyed and named by the assessment before it.
def test_a_rank_among_the_provinces_counties_is_read_keyed_and_named_by_its_assessment():
    r = sentence_report("法治澄江(法治政府)建设考评位居全省县(市、区)第一，工作成效明显。", LEAD,
                        title="澄川市青石区2033年法治政府建设年度报告", year=2033, weakness="法治建设水平仍需提升。")
    row = fig(r, "第一")
    assert row["unit"] is None
    assert row["key"] == "leadership.assessment_rank"
    assert row["name"] == "法治澄江(法治政府)建设考评"


def test_an_overall_rank_in_the_city_is_a_figure():
    r = sentence_report("在年度法治建设考核中以全市综合第二获评优秀等次。", LEAD,
                        title="澄川市青石区2033年法治政府建设年度报告", year=2033, weakness="法治建设水平仍需提升。")
    assert fig(r, "第二")["value"] == 2


# CATALOG_NEW_FIRMS (catalog data): 新设企业 is the short form of 新设立企业, which the catalog already reads.
def test_newly_set_up_firms_are_new_market_entities():
    assert reform_key("全年全区新设企业1260家，企业开办实现一日办结。", "1260家") == "approval.new_market_entities"
