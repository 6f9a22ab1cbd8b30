/**
 * Chinese surnames, from general knowledge (the 百家姓 and the commonest modern surnames), for recognising personal
 * names from context. The table only says a character *can* start a name; extractors must still require context
 * (a post printed before it, a speech verb after it), because many surnames are also everyday words (`高新区`, `于是`).
 */

/**
 * Single-character surnames. A few real but rare surnames that are far more often everyday words in news prose are
 * left out on purpose (家, 公, 有, 双, 国, 明, 和, 党, 农, 居, 司, 经, 那, 都, 相, 后 …): with them, `双方表示`,
 * `有人说`, `司机介绍` would read as names.
 */
const SINGLE = [
  // 百家姓, in its traditional order, minus the everyday-word surnames named above.
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳',
  '酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟黄穆萧尹姚邵湛汪祁毛禹狄米贝臧伏成戴谈宋茅庞熊纪舒',
  '屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫房裘缪解宗丁贲邓郁单杭洪包诸',
  '左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄麴封芮羿储靳汲邴糜松段富巫焦弓隗谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘',
  '景詹束龙叶幸韶郜黎蓟薄印宿白蒲邰鄂索咸赖卓蔺屠蒙池乔胥莘翟谭贡劳逄姬申堵冉郦雍郤璩桑桂濮牛寿边扈燕冀郏浦尚温庄晏柴瞿阎',
  '慕连茹习宦艾容向古易戈廖庾暨衡步耿满弘匡文寇禄阙欧殳沃蔚夔聂晁勾敖冷訾辛阚简饶曾毋沙乜鞠丰巢关蒯查荆游竺权逯盖桓',
  // Common modern surnames and variants missing from the 百家姓, and surnames frequent in Shandong.
  '闫付肖覃仝岳帅缑亢况牟佘佴谯笪佟练代楚晋邸冼揭粟隋兰苑亓芦鹿展栗綦战初矫衣修丛迟郇尉俎邝麦涂谌植伦禤仉厍鄢檀智萨哈郄菅',
].join('');

/** Compound (two-character) surnames. */
const COMPOUND = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '夏侯',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '端木',
  '独孤',
  '轩辕',
  '呼延',
  '澹台',
  '公冶',
  '宗政',
  '濮阳',
  '淳于',
  '单于',
  '太叔',
  '申屠',
  '仲孙',
  '钟离',
  '闾丘',
  '东郭',
  '司空',
  '万俟',
  '赫连',
  '拓跋',
  '左丘',
  '梁丘',
  '谷梁',
  '乐正',
  '鲜于',
  '亓官',
  '司寇',
  '子车',
  '颛孙',
  '巫马',
  '公西',
  '漆雕',
  '壤驷',
  '公良',
  '夹谷',
  '宰父',
  '微生',
  '羊舌',
  '公羊',
  '段干',
  '闻人',
];

/** Single-character surnames, as a set. */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set([...SINGLE]);

/** Compound surnames, as a set. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/** The surname that starts `text` at `index` (a compound one in preference), or null when none does. */
export function surnameAt(text: string, index: number): string | null {
  const two = text.slice(index, index + 2);
  if (two.length === 2 && COMPOUND_SURNAMES.has(two)) return two;
  const one = text.charAt(index);
  return SINGLE_SURNAMES.has(one) ? one : null;
}
