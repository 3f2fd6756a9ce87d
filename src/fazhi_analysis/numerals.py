"""Numbers as printed in Chinese reports: full-width digits, thousands separators, Chinese numerals, dates."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000)}


def ascii_digits(s: str) -> str:
    """Turn full-width digits, full-width dot and comma into ASCII."""
    return s.translate(_FULLWIDTH)


def parse_arabic(s: str) -> Decimal | None:
    """Parse ``12,077``, ``76.15`` or ``３５`` into a Decimal; None if it is not a number."""
    if not s.isascii():
        s = ascii_digits(s)
    if "," in s:
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_chinese(s: str) -> int | None:
    """Parse a Chinese numeral (``三十``, ``两``, ``一百二十``, ``二〇一九``) into an int.

    Returns None for strings that are not a well-formed numeral (``十三五``, ``四五``).
    """
    if not s:
        return None
    if all(c in _DIGIT for c in s):  # digit-by-digit, e.g. 二〇一九
        if len(s) == 1 or s[0] != "两":
            return int("".join(str(_DIGIT[c]) for c in s)) if len(s) > 1 else _DIGIT[s]
        return None
    total, section, number = 0, 0, None
    last_small = 10_000
    for c in s:
        if c in _DIGIT:
            if number is not None:  # two digits in a row (十三五) is not a numeral
                return None
            number = _DIGIT[c]
        elif c in _SMALL_UNIT:
            unit = _SMALL_UNIT[c]
            if unit >= last_small:
                return None
            section += (1 if number is None else number) * unit
            number, last_small = None, unit
        elif c in _BIG_UNIT:
            section += number or 0
            if section == 0:
                return None
            total += section * _BIG_UNIT[c]
            section, number, last_small = 0, None, 10_000
        else:
            return None
    return total + section + (number or 0)


_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2}|[〇○零0一二三四五六七八九]{4})\s*[年\-/.．]\s*"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*[月\-/.．]\s*"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?"
)


def parse_date(s: str | None) -> dt.date | None:
    """Find the first date in ``s`` (``2020-01-15``, ``2020年1月6日``, ``二〇二〇年一月六日``).

    Returns None when there is none or it is not a valid calendar date.
    """
    if not s:
        return None
    s = ascii_digits(s)
    if "元月" in s:
        s = s.replace("元月", "一月")  # 二〇二二年元月十日: the first month
    m = _DATE.search(s)
    if not m:
        return None
    parts = []
    for g in ("y", "m", "d"):
        v = m.group(g)
        parts.append(int(v) if v.isdigit() else parse_chinese(v.replace("0", "〇")))  # 二0二二: a zero typed as a digit
    if None in parts:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


_YEAR = re.compile(r"((?:19|20)\d{2}|[二][〇○零][一二三四五六七八九〇○零][〇○零一二三四五六七八九])\s*年")


def find_year(s: str | None) -> int | None:
    """The first year written as ``2019年`` or ``二〇一九年`` in ``s``, else None."""
    if not s:
        return None
    m = _YEAR.search(ascii_digits(s))
    if not m:
        return None
    y = m.group(1)
    return int(y) if y.isdigit() else parse_chinese(y)


# Traditional characters that occur in reports and never in simplified text, each mapped to its
# simplified form. One character to one character, so offsets in the simplified view are those of the text.
_TRADITIONAL = (
    "項项個个萬万億亿餘余數数場场條条臺台張张組组輪轮種种類类處处戶户間间車车點点時时鐘钟畝亩噸吨計计"
    "達达約约將将過过內内於于兩两筆笔冊册輛辆棟栋塊块門门節节課课學学級级規规預预務务長长減减壓压縮缩"
    "屆届會会議议總总額额幾几雙双對对單单遞递際际區区縣县鄉乡鎮镇廳厅辦办員员體体據据產产開开實实現现"
    "證证復复審审訴诉訟讼調调糾纠紛纷執执檢检機机關关構构標标準准與与並并為为較较線线話话熱热網网頁页"
    "覽览圖图書书價价費费資资稅税貸贷農农業业歷历圍围範范權权責责歸归屬属應应當当從从這这們们來来後后"
    "裡里裏里歲岁週周維维護护確确識识戰战堅坚發发動动廣广東东華华團团黨党導导領领彙汇匯汇報报況况結结"
    "營营銷销監监督督設设備备專专項项傳传統统軍军億亿濟济醫医療疗衛卫築筑險险災灾氣气島岛灣湾區区們们"
    "議议決决規规範范條条例例訂订頒颁佈布聯联絡络鬥斗爭争優优環环境境態态獎奖懲惩罰罚則则訪访問问題题"
    "處处辭辞職职戶户籍籍轉转讓让續续辯辩護护勞劳動动薦荐聘聘養养險险稱称號号勵励貫贯徹彻落落齊齐齡龄"
    "縱纵橫横層层級级邊边疆疆蘭兰慶庆寧宁遼辽黑黑龍龙陝陕貴贵雲云疆疆門门臨临滬沪閩闽贛赣鄂鄂湘湘粵粤"
    "瓊琼蘇苏浙浙綫线窗窗務务係系製制幹干徵征衝冲盡尽歷历稅税質质鑒鉴買买賣卖場场貿贸輸输運运鐵铁僅仅"
    "總总創创舉举辭辞歲岁務务維维顯显著著紀纪錄录簡简憲宪驗验評评鑑鉴據据讀读寫写講讲談谈說说認认論论"
    "試试詢询諮咨訊讯該该誌志謝谢賴赖負负貢贡責责財财貨货販贩購购貼贴費费資资賓宾賞赏賠赔趕赶較较輔辅"
    "師师諾诺編编輯辑廢废換换揚扬擇择敗败橋桥檔档漁渔燈灯獻献盜盗礎础糧粮終终緩缓繪绘罷罢聞闻聰聪葉叶語语誠诚誰谁諸诸謂谓賀贺賽赛輝辉轄辖遲迟銜衔鋪铺鏡镜閣阁闡阐隸隶霧雾願愿駐驻紡纺歐欧攝摄愛爱彈弹懇恳烏乌煩烦牽牵緝缉締缔縫缝膽胆臉脸艦舰蘆芦詩诗譜谱"
    "邁迈遠远選选遺遗還还邏逻郵邮鄰邻釋释針针銀银鋼钢錢钱錯错鍵键長长閉闭閑闲閱阅隊队陽阳陰阴隨随險险"
    "雖虽雜杂離离難难電电靈灵韓韩頭头頻频顧顾飛飞飯饭館馆馬马騎骑驅驱髮发鳥鸟麥麦齒齿龜龟億亿萬万"
    "許许沒没訓训織织複复國国經经義义麼么樣样給给聽听見见變变觀观劃划協协籌筹積积極极參参勢势蓋盖覺觉補补債债請请償偿測测藥药強强進进幣币緊紧貧贫麗丽豐丰壇坛樓楼園园廠厂礦矿庫库莊庄擴扩擔担簽签紙纸綜综緣缘紅红綠绿藍蓝黃黄鳳凤鳴鸣漢汉濱滨鄭郑劉刘陳陈楊杨趙赵吳吴孫孙鄧邓蕭萧錦锦鏈链鎖锁闊阔陸陆隴陇雞鸡靜静響响頂顶順顺須须顏颜風风飲饮飾饰駕驾鬧闹魚鱼鮮鲜鹽盐詳详細细術术藝艺夠够齋斋聖圣蓮莲憑凭禮礼視视親亲觸触譽誉護护"
    "習习嚴严獲获歡欢懷怀戲戏擊击擬拟攜携敵敌斷断曉晓暢畅棧栈殘残淺浅濃浓滿满潔洁爐炉狀状獨独畫画盤盘禍祸穩稳窮穷競竞納纳紐纽純纯絕绝絲丝綁绑緒绪練练績绩繫系繳缴繼继羅罗聲声肅肃脅胁脫脱腦脑興兴舊旧艱艰虧亏蟲虫裝装討讨記记診诊詞词誤误謀谋譯译讚赞貝贝貪贪賦赋賬账贈赠贏赢趨趋跡迹踐践軌轨軟软載载輕轻違违適适遷迁階阶隱隐韋韦衆众"
    "別别帶带陣阵刪删勝胜饋馈駁驳躍跃蹤踪啟启異异崗岗無无搶抢溝沟毀毁徑径篤笃揮挥壽寿綱纲澤泽偉伟側侧墻墙"
    # (more of a report's words and place names: 圍繞, 紮實, 錨定, 樹牢, 連續, 群眾, 樂亭, 寶豐, 嶽陽 …)
    "繞绕紮扎錨锚樹树鞏巩廈厦倉仓勁劲僑侨儀仪圓圆壩坝壯壮夢梦奮奋嶺岭峽峡帥帅恆恒慮虑慣惯擁拥擾扰攤摊敘叙晉晋榮荣樂乐滄沧溫温灘滩煙烟牆墙獄狱畢毕疊叠礙碍禦御窯窑竊窃紋纹繩绳纖纤腳脚膚肤艙舱虛虚襲袭詐诈誕诞諧谐豬猪賊贼遜逊遙遥醜丑釘钉鋁铝鋒锋鍛锻閃闪閘闸闖闯韻韵頌颂颱台騰腾驕骄鬱郁魯鲁鶴鹤鹹咸麵面龐庞寶宝尋寻嶽岳廟庙彎弯恥耻惡恶惱恼慘惨憂忧斬斩暫暂曆历棄弃槍枪樁桩樞枢櫃柜欄栏殼壳殺杀淚泪淪沦淵渊湧涌滅灭滯滞滲渗滾滚漲涨潛潜潤润濁浊濕湿濤涛濫滥瀏浏灑洒爛烂犧牺獵猎瑣琐盧卢眾众碼码窩窝竄窜籃篮籠笼籬篱紗纱紹绍絆绊縛缚繹绎纏缠脹胀腎肾腫肿腸肠蔔卜薑姜薩萨蠶蚕褲裤襯衬託托謹谨賈贾賜赐賢贤賤贱賭赌贊赞軒轩輩辈轎轿連连醬酱釣钓鈔钞鈕钮鈣钙鉀钾鉛铅銅铜銘铭銳锐錫锡鍋锅鑄铸閒闲閥阀頑顽頓顿頸颈顆颗飢饥飼饲飽饱餓饿駛驶騙骗驚惊骯肮鴨鸭鵝鹅鈴铃癥症"
)
_T2S = str.maketrans({_TRADITIONAL[i]: _TRADITIONAL[i + 1] for i in range(0, len(_TRADITIONAL) - 1, 2)})
# only the characters that change: the list also pairs a few characters with themselves (督督, 境境, 例例)
_ANY_TRADITIONAL = re.compile("[" + re.escape("".join(sorted({t for t, s in zip(_TRADITIONAL[0::2], _TRADITIONAL[1::2])
                                                              if t != s}))) + "]")


def to_simplified(s: str) -> str:
    """The simplified reading of ``s``: traditional characters (項 個 萬 億 餘 …) replaced one for one.

    The result has the same length as ``s``, so every offset into it is an offset into ``s``. A text with
    no traditional character is returned as is (the same object).
    """
    global _LAST
    last = _LAST
    if s is last[0]:  # the whole text is read by several stages: translate it once
        return last[1]
    out = s.translate(_T2S) if _ANY_TRADITIONAL.search(s) else s
    _LAST = (s, out)  # one tuple, replaced at once (safe with threads)
    return out


_LAST: tuple = (None, None)  # the last text given to to_simplified, and its reading
