"""Key rules on variant wordings (issue 9, robustness helper robDec): decisions, normative_docs, rules, approval,
disclosure, enforcement, litigation, reconsideration, oversight, legal_aid, petitions. Invented sentences (other
places, other numbers), each the same meaning as a class the parser already keys, written another common way.

Classes widened on this branch (the other cases held on the base commit and guard the same classes):

* RELATIVE_GAP: a phrasing's gap (``审查*合同``) spans a relative clause ending in 的 right before the noun, with at
  most two characters of modifier after 的 (审查以县政府名义签订的合同, 审核县政府拟签订的经济合同, 清理涉及优化
  营商环境的规范性文件). Next to the figure (``*#``/``#*``) the gap stays short: 抽查9个部门的执法案卷 counts bodies.
* OBJECT_AND_ACT (LABELING 23/25): 对N件规范性文件/合同进行合法性审核 — a key whose phrasing already spans the object
  and the act (规范性文件*合法性审核, 合同*合法性审查) is kept over the generic legality review.
* KEY_PHRASE_TOPIC: 司法建议 (litigation), 检察建议 (oversight) and 法律咨询 (legal_aid) are their family's topic
  words, so a count of them under another heading keeps its key.
* NUMBER_FIRST: 查处N件行政处罚案件 is penalties, as 查处行政处罚案件N件 is.
* SUBJECT_FIRST: a bare 办理/新收/受理案件 after a 法律援助, 行政应诉 or 行政复议 subject in the same sentence takes that
  family's case count.
* OTHER_ORDER: 向司法机关/公安机关移送案件 (the body before the verb) is a criminal transfer; 上访 is a petitions word
  (接待上访群众 counts petition visits).
* VERB_LIST: 承办 is a verb over a 、 list like 办理 (承办人大代表建议、政协委员提案共N件: the combined total).
* PROPOSED_RESULT: a clean-up's 拟废止 / 决定修改 is a bare act like 废止 (LABELING 13/43).
* Precision: civil and criminal cases (民事案件, 刑事案件) never take litigation keys; targets, prior years stay unkeyed.
"""

import pytest

from _sentences import district_key

HEADINGS = {
    "dec": "（三）坚持科学民主依法决策",
    "doc": "（四）加强行政规范性文件监督管理",
    "enf": "（五）严格规范公正文明执法",
    "dis": "（六）化解社会矛盾纠纷",
    "ovs": "（七）强化对行政权力的制约和监督",
    "ref": "（二）深化“放管服”改革，持续优化营商环境",
}


def key(sentence: str, raw: str, part: str):
    return district_key(sentence, raw, HEADINGS[part])


# cases that failed on the base commit 8a74f09 (29 here, and the two court-case cases of the unkeyed list)
GAINED = [
    ("dec", "共审查以县政府名义签订的合同57份，提出法律意见90余条。", "57份", "decisions.contracts_reviewed"),
    ("dec", "审查县政府拟签订的合同57份。", "57份", "decisions.contracts_reviewed"),
    ("dec", "审核县政府对外签订的经济合同57份。", "57份", "decisions.contracts_reviewed"),
    ("dec", "审查以政府名义签订的协议57份。", "57份", "decisions.contracts_reviewed"),
    ("dec", "审核区政府拟签署的重大合同46份。", "46份", "decisions.contracts_reviewed"),
    ("dec", "审查提交区政府常务会议审议的议题86件。", "86件", "decisions.legality_reviews"),
    ("doc", "清理涉及优化营商环境的规范性文件64件，宣布失效3件。", "64件", "normative_docs.cleaned_up"),
    ("doc", "对18件行政规范性文件进行合法性审核。", "18件", "normative_docs.reviewed"),
    ("doc", "对18件规范性文件开展合法性审查。", "18件", "normative_docs.reviewed"),
    ("dec", "对57份政府合同开展合法性审核。", "57份", "decisions.contracts_reviewed"),
    ("dec", "对57份合同进行合法性审查。", "57份", "decisions.contracts_reviewed"),
    ("doc", "对现行有效的规范性文件进行全面清理，拟废止11件、拟修改4件、保留87件。", "11件",
     "normative_docs.repealed"),
    ("doc", "对现行有效的规范性文件进行全面清理，拟废止11件、拟修改4件、保留87件。", "4件",
     "normative_docs.amended"),
    ("doc", "全面清理规范性文件102件，决定废止11件，决定修改4件。", "4件", "normative_docs.amended"),
    ("enf", "全年共查处1360件行政处罚案件。", "1360件", "enforcement.penalties"),
    ("dis", "收到司法建议4份。", "4份", "litigation.judicial_suggestions"),
    ("dis", "收到4份司法建议。", "4份", "litigation.judicial_suggestions"),
    ("dis", "收到4份检察建议。", "4份", "oversight.procuratorial_suggestions"),
    ("dis", "在行政应诉方面，全年新收案件65件，审结48件。", "65件", "litigation.cases"),
    ("dis", "在行政应诉方面，全年共办理案件65件。", "65件", "litigation.cases"),
    ("dis", "法律援助工作扎实开展，全年办理案件680件。", "680件", "legal_aid.cases"),
    ("dis", "行政复议方面，全年办理案件92件。", "92件", "reconsideration.cases"),
    ("dis", "解答群众法律咨询5600人次。", "5600人次", "legal_aid.consultations"),
    ("dis", "提供法律咨询服务5600余人次。", "5600余人次", "legal_aid.consultations"),
    ("ovs", "在政府门户网站发布信息8600条。", "8600条", "disclosure.proactive"),
    ("dis", "全年共接待上访群众2300人次。", "2300人次", "petitions.visits"),
    ("enf", "向司法机关移送案件12件。", "12件", "enforcement.criminal_transfers"),
    ("enf", "向公安机关移送案件12起。", "12起", "enforcement.criminal_transfers"),
    ("ovs", "承办人大代表建议、政协委员提案共180件。", "180件", "oversight.suggestions_and_proposals"),
]

# variants that already held on the base commit: they guard the same classes
HELD = [
    ("dec", "全年对区政府常务会议议题开展合法性审查86件，提出意见建议120条。", "86件", "decisions.legality_reviews"),
    ("dec", "审查各类行政协议、合同共计134份。", "134份", "decisions.contracts_reviewed"),
    ("dec", "共审查县政府签订的合同57份。", "57份", "decisions.contracts_reviewed"),
    ("dec", "对6件重大行政决策事项进行合法性审查。", "6件", "decisions.legality_reviews"),
    ("dec", "将6项重大行政决策事项纳入年度决策目录并向社会公布。", "6项", "decisions.major_decisions"),
    ("dec", "县政府聘请法律顾问9名，全年出具法律意见书210份。", "210份", "decisions.counsel_opinions"),
    ("dec", "全年合法性审查县政府文件和会议纪要共96件。", "96件", "decisions.legality_reviews"),
    ("doc", "县政府及其部门制发行政规范性文件11件。", "11件", "normative_docs.issued"),
    ("doc", "全年共出台12件行政规范性文件。", "12件", "normative_docs.issued"),
    ("doc", "按时将8件规范性文件报市政府备案。", "8件", "normative_docs.filed"),
    ("doc", "开展规范性文件专项清理，共清理文件215件，其中废止13件，修改6件，继续有效196件。", "196件",
     "normative_docs.retained"),
    ("doc", "对涉及市场主体经济活动的32件政策措施开展公平竞争审查。", "32件", "rules.fair_competition_reviews"),
    ("doc", "年内向市人大常委会提请审议法规草案3件。", "3件", "rules.draft_laws_submitted"),
    ("enf", "查处行政处罚案件1360件。", "1360件", "enforcement.penalties"),
    ("enf", "向公安机关移送涉嫌犯罪案件12件。", "12件", "enforcement.criminal_transfers"),
    ("enf", "作出行政處罰決定1360件。", "1360件", "enforcement.penalties"),
    ("dis", "全年共收到行政復議申請86件，受理79件。", "86件", "reconsideration.received"),
    ("dis", "審結行政複議案件71件，維持42件。", "42件", "reconsideration.upheld"),
    ("dis", "辦理行政訴訟案件65件，敗訴3件。", "3件", "litigation.lost"),
    ("dis", "行政复议方面，全年共收到申请86件，受理79件。", "79件", "reconsideration.accepted"),
    ("dis", "行政复议案件审结后，作出维持决定42件、驳回决定12件、撤销决定9件。", "12件", "reconsideration.dismissed"),
    ("dis", "共办理38件以区政府为被告的行政诉讼案件。", "38件", "litigation.cases"),
    ("dis", "全县行政机关负责人共出庭应诉42人次。", "42人次", "litigation.head_appearances"),
    ("dis", "全年办理680件法律援助案件。", "680件", "legal_aid.cases"),
    ("dis", "全年接待群众来访860批2300人次。", "2300人次", "petitions.visits"),
    ("ovs", "全年承办76件人大代表建议、104件政协提案。", "104件", "oversight.cppcc_proposals"),
    ("ovs", "办理县人大代表建议和政协委员提案180件，满意率98%。", "180件", "oversight.suggestions_and_proposals"),
    ("ovs", "全年共收到政府信息公开申请43件，按时答复41件。", "41件", "disclosure.replied"),
    ("ref", "向乡镇下放行政权力事项45项。", "45项", "approval.items_delegated"),
]


@pytest.mark.parametrize("part, sentence, raw, expected", GAINED + HELD)
def test_variant_wordings_take_the_classes_key(part, sentence, raw, expected):
    assert key(sentence, raw, part) == expected


@pytest.mark.parametrize("part, sentence, raw", [
    # a count of bodies before 的 is the bodies, not the files (the gap next to the figure stays short)
    ("enf", "配合上级督察组，共抽查9个县直部门的执法案卷86卷。", "9个"),
    # courts' civil and criminal cases are not the government's lawsuits
    ("dis", "全市法院共审结各类民事案件3200件。", "3200件"),
    ("dis", "全县法院审结刑事案件420件。", "420件"),
    # a bare 办理案件 with no family named in its sentence
    ("dis", "全年办理案件680件。", "680件"),
    # policy documents repealed in a clean-up are not normative documents (key_heads.csv)
    ("doc", "排查政策措施文件68份，拟废止18份。", "18份"),
    # a verb over a list whose items are no catalog parts of one total
    ("ovs", "承办人大代表建议、审计建议共20件。", "20件"),
    # a target and a prior year
    ("dis", "力争行政复议纠错率控制在10%以内。", "10%以内"),
    ("dis", "上年共收到行政复议申请70件。", "70件"),
    ("enf", "目标年内办理行政处罚案件1500件。", "1500件"),
    # a sub-type of head appearance with no total (LABELING 19)
    ("dis", "县长带头出庭应诉2次。", "2次"),
])
def test_variant_wordings_that_must_stay_unkeyed(part, sentence, raw):
    assert key(sentence, raw, part) is None
