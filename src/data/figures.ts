/**
 * The figure registry: every quantitative statement of the plan (baselines = facts about 2020 or before;
 * targets = goals), hand-curated and tied to the text by test/data-contract.test.ts:
 *  - every `phrase` occurs verbatim in its article; `label` and `valueText` occur in the phrase;
 *  - every digit run and every Chinese-numeral quantity of the text lies inside a figure's phrase or a
 *    NON_FIGURES phrase, so nothing is skipped silently.
 * test/registry.test.ts goes further: every numeral character (digits, 〇一二两三…十百千万亿, 半, 双, 多, 倍, 番) lies
 * in a figure, a NON_FIGURES phrase or a listed ordinary word (一批, 一流, 更多 …), so a quantity written in words
 * inside a slogan (半小时交通圈, 十分钟文化服务圈) is a figure, and a name, ordinal or count of items just named
 * (“十横十三纵”, 第二机场, 市、区、街道三级) is a non-figure with its reason.
 *
 * What is a figure: a quantity that measures the city — its economy, society, environment — as an outcome of the
 * period under review (a baseline) or a goal (a target). Baselines are the 13th Five-Year outcomes of article 2
 * (test/data-contract.test.ts holds every baseline to article 2). Not figures, each in NON_FIGURES with its reason:
 * names, ordinals, counts of items just named, figures of speech, and the narrative's own time spans — the Special
 * Economic Zone's age (建立40年, 40年来, 经过40年: the years since 1980, a date, not a measured outcome), the length
 * of the period reviewed (5年来, 经过五年: the 13th Five-Year period itself), a count of events that are not
 * results of the city (三次视察: visits by the country's leader), a comparison by way of speech (上百年).
 *
 * Years: a figure gets a year only where the text states it. Article 7 lists the 14th Five-Year period's main
 * goals, so its targets are 2025; article 35's “五年翻番” is a doubling over that same five-year period, so 2025 too;
 * article 4's goals are 2035. In article 2, only the sentence that names 二〇二〇年 gets 2020 (the data contract
 * checks it sentence by sentence): the rest of article 2 reports the period's results — totals over the five years
 * (43万套 built, 近160万 people, growth of 30%), streaks, and levels reached at a time the text does not say — so
 * null, also the start of a from → to pair (高校数量从9所增至15所: 9 is the count when the period began, a year the
 * text does not state). Elsewhere: null — no year is invented.
 *
 * Labels and units: `label` is the part of the phrase that names what is counted, so that it says what the value
 * is of (基础教育学位数量增长 超30%, 建设筹集公共住房 43万套); 新增 (added) belongs there too (新增基础教育学位 87.1万座
 * counts places to be added), never in `qualifier`, which says how exactly the value is stated (超过, 左右, 达 …).
 * `unit` is what the text writes right after the value (160万人口 → 万人口); a rank has the unit the text writes
 * (第二位 → 位) and none where it writes none (前五, “top five”: the qualifier 前 or 第 marks a rank). `base` is what
 * a multiple or a share is relative to, as written (“十二五”期末的三倍, 市级科研资金的30%).
 *
 * This module is small and has no dependencies: `<plan-target>` and `<plan-timeline>` bundle it whole.
 */
import type { Figure, NonFigure } from './types.js';

type FigureInput = Omit<Figure, 'estimate'> & { estimate?: boolean };
const fig = (f: FigureInput): Figure => ({ estimate: false, ...f });

// One figure per line, so that the registry reads as a table:
// prettier-ignore
export const FIGURES: readonly Figure[] = [
  // Article 2 — the 13th Five-Year outcomes (the 2020 starting point)
  fig({ id: 'gdp-2020', measure: 'gdp', label: '地区生产总值', kind: 'baseline', value: 2.8, valueText: '2.8', unit: '万亿元', qualifier: '超过', estimate: true, year: 2020, article: 2, phrase: '预计二〇二〇年地区生产总值超过2.8万亿元' }),
  fig({ id: 'gdp-rank-asia-2020', measure: 'gdp-rank-asia', label: '亚洲城市', kind: 'baseline', value: 5, valueText: '五', unit: '', qualifier: '前', year: 2020, article: 2, phrase: '居亚洲城市前五' }),
  fig({ id: 'rd-intensity-2020', measure: 'rd-intensity', label: '全社会研发投入占地区生产总值比重', kind: 'baseline', value: 4.93, valueText: '4.93', unit: '%', qualifier: '达', year: 2020, article: 2, phrase: '全社会研发投入占地区生产总值比重达4.93%' }),
  fig({ id: 'high-tech-enterprises-growth', measure: 'high-tech-enterprises', label: '国家级高新技术企业数量', kind: 'baseline', value: 3, valueText: '三', unit: '倍', qualifier: null, year: 2020, article: 2, phrase: '国家级高新技术企业数量是“十二五”期末的三倍', base: '“十二五”期末' }),
  fig({ id: 'high-tech-enterprises-rank', measure: 'high-tech-enterprises-rank', label: '全国城市', kind: 'baseline', value: 2, valueText: '二', unit: '位', qualifier: '第', year: 2020, article: 2, phrase: '居全国城市第二位' }),
  fig({ id: 'trade-volume', measure: 'trade-volume', label: '进出口总额', kind: 'baseline', value: 3, valueText: '3', unit: '万亿元', qualifier: '突破', year: null, article: 2, phrase: '全市进出口总额突破3万亿元大关' }),
  fig({ id: 'export-streak', measure: 'export-streak', label: '出口总额', kind: 'baseline', value: 28, valueText: '二十八', unit: '连冠', qualifier: null, year: null, article: 2, phrase: '出口总额实现全国“二十八连冠”' }),
  fig({ id: 'metro-planned-length', measure: 'metro-planned-length', label: '地铁规划总里程', kind: 'baseline', value: 1200, valueText: '1200', unit: '公里', qualifier: '超过', year: null, article: 2, phrase: '地铁规划总里程超过1200公里' }),
  fig({ id: 'metro-operating-length', measure: 'metro-operating-length', label: '运营总里程', kind: 'baseline', value: 400, valueText: '400', unit: '公里', qualifier: '突破', year: null, article: 2, phrase: '运营总里程突破400公里' }),
  fig({ id: 'school-places-growth', measure: 'school-places-growth', label: '基础教育学位数量增长', kind: 'baseline', value: 30, valueText: '30', unit: '%', qualifier: '超', year: null, article: 2, phrase: '基础教育学位数量增长超30%' }),
  fig({ id: 'universities-before', measure: 'universities', label: '高校数量', kind: 'baseline', value: 9, valueText: '9', unit: '所', qualifier: null, year: null, article: 2, phrase: '高校数量从9所增至15所' }),
  fig({ id: 'universities', measure: 'universities', label: '高校数量', kind: 'baseline', value: 15, valueText: '15', unit: '所', qualifier: null, year: null, article: 2, phrase: '高校数量从9所增至15所' }),
  fig({ id: 'top-hospitals-growth', measure: 'top-hospitals', label: '三甲医院总量', kind: 'baseline', value: 2, valueText: '翻番', unit: '倍', qualifier: '接近', year: null, article: 2, phrase: '三甲医院总量接近翻番' }),
  fig({ id: 'public-housing', measure: 'public-housing', label: '建设筹集公共住房', kind: 'baseline', value: 43, valueText: '43', unit: '万套', qualifier: null, year: null, article: 2, phrase: '建设筹集公共住房43万套' }),
  fig({ id: 'public-housing-multiple', measure: 'public-housing-multiple', label: '建设筹集公共住房', kind: 'baseline', value: 2.4, valueText: '2.4', unit: '倍', qualifier: null, year: null, article: 2, phrase: '建设筹集公共住房43万套，是“十二五”时期的2.4倍', base: '“十二五”时期' }),
  fig({ id: 'culture-industry-share', measure: 'culture-industry-share', label: '文化产业增加值占地区生产总值比重', kind: 'baseline', value: 8, valueText: '8', unit: '%', qualifier: '达', year: null, article: 2, phrase: '文化产业增加值占地区生产总值比重达8%' }),
  fig({ id: 'civilised-city-streak', measure: 'civilised-city-streak', label: '全国文明城市', kind: 'baseline', value: 6, valueText: '六', unit: '连冠', qualifier: null, year: null, article: 2, phrase: '实现全国文明城市“六连冠”' }),
  fig({ id: 'poverty-relief', measure: 'poverty-relief', label: '实现脱贫', kind: 'baseline', value: 160, valueText: '160', unit: '万人口', qualifier: '近', year: null, article: 2, phrase: '助力近160万人口实现脱贫' }),
  fig({ id: 'poverty-relief-rating', measure: 'poverty-relief-rating', label: '全国扶贫协作“好”档次', kind: 'baseline', value: 3, valueText: '3', unit: '年', qualifier: '近', year: null, article: 2, phrase: '近3年连续被评为全国扶贫协作“好”档次' }),
  // Article 4 — the 2035 long-range goal
  fig({ id: 'gdp-2035', measure: 'gdp', label: '经济总量', kind: 'target', value: 2, valueText: '翻一番', unit: '倍', qualifier: null, year: 2035, article: 4, phrase: '经济总量、人均地区生产总值在二〇二〇年基础上翻一番', base: '二〇二〇年' }),
  fig({ id: 'gdp-per-capita-2035', measure: 'gdp-per-capita', label: '人均地区生产总值', kind: 'target', value: 2, valueText: '翻一番', unit: '倍', qualifier: null, year: 2035, article: 4, phrase: '经济总量、人均地区生产总值在二〇二〇年基础上翻一番', base: '二〇二〇年' }),
  // Article 7 — the 14th Five-Year main goals (2025)
  fig({ id: 'gdp-2025', measure: 'gdp', label: '经济总量', kind: 'target', value: 4, valueText: '4', unit: '万亿元', qualifier: '超过', year: 2025, article: 7, phrase: '经济总量超过4万亿元' }),
  fig({ id: 'rd-intensity-2025', measure: 'rd-intensity', label: '全社会研发投入占地区生产总值比重', kind: 'target', value: 5, valueText: '5', unit: '%', qualifier: '左右', year: 2025, article: 7, phrase: '全社会研发投入占地区生产总值比重达5%左右' }),
  // Articles 8–73 — targets of the period, year not stated
  fig({ id: 'basic-research-share', measure: 'basic-research-share', label: '基础研究资金投入', kind: 'target', value: 30, valueText: '30', unit: '%', qualifier: '不低于', year: null, article: 8, phrase: '确保每年基础研究资金投入不低于市级科研资金的30%', base: '市级科研资金' }),
  fig({ id: 'metro-area-subway', measure: 'metro-area-subway', label: '地铁', kind: 'target', value: 1000, valueText: '1000', unit: '公里', qualifier: null, year: null, article: 25, phrase: '规划建设1000公里地铁' }),
  fig({ id: 'metro-area-light-rail', measure: 'metro-area-light-rail', label: '轻轨和城际铁路', kind: 'target', value: 1000, valueText: '1000', unit: '公里', qualifier: null, year: null, article: 25, phrase: '1000公里轻轨和城际铁路' }),
  fig({ id: 'metro-area-expressways', measure: 'metro-area-expressways', label: '高快速路', kind: 'target', value: 1000, valueText: '1000', unit: '公里', qualifier: null, year: null, article: 25, phrase: '1000公里高快速路' }),
  fig({ id: 'neighbour-cities-travel-time', measure: 'neighbour-cities-travel-time', label: '交通圈', kind: 'target', value: 0.5, valueText: '半', unit: '小时', qualifier: null, year: null, article: 25, phrase: '与周边城市构建半小时交通圈' }),
  fig({ id: 'industrial-land-retained', measure: 'industrial-land-retained', label: '工业区块', kind: 'target', value: 100, valueText: '100', unit: '平方公里', qualifier: null, year: null, article: 31, phrase: '保留提升100平方公里工业区块' }),
  fig({ id: 'industrial-space-renewal', measure: 'industrial-space-renewal', label: '产业空间', kind: 'target', value: 100, valueText: '100', unit: '平方公里', qualifier: null, year: null, article: 31, phrase: '整備改造100平方公里产业空间' }),
  fig({ id: 'digital-economy-doubling', measure: 'digital-economy', label: '数字经济', kind: 'target', value: 2, valueText: '翻番', unit: '倍', qualifier: null, year: 2025, article: 35, phrase: '实现数字经济五年翻番' }),
  fig({ id: 'inner-bay-travel-time', measure: 'inner-bay-travel-time', label: '内湾', kind: 'target', value: 0.5, valueText: '半', unit: '小时', qualifier: null, year: null, article: 42, phrase: '形成“内湾半小时、湾区一小时”交通网络体系' }),
  fig({ id: 'bay-area-travel-time', measure: 'bay-area-travel-time', label: '湾区', kind: 'target', value: 1, valueText: '一', unit: '小时', qualifier: null, year: null, article: 42, phrase: '形成“内湾半小时、湾区一小时”交通网络体系' }),
  fig({ id: 'culture-service-radius', measure: 'culture-service-radius', label: '文化服务圈', kind: 'target', value: 10, valueText: '十', unit: '分钟', qualifier: null, year: null, article: 49, phrase: '建成“十分钟文化服务圈”' }),
  fig({ id: 'school-places-2025', measure: 'school-places-added', label: '新增基础教育学位', kind: 'target', value: 87.1, valueText: '87.1', unit: '万座', qualifier: null, year: null, article: 53, phrase: '新增基础教育学位87.1万座' }),
  fig({ id: 'top-hospitals-doubling', measure: 'top-hospitals', label: '三甲医院数量', kind: 'target', value: 2, valueText: '倍增', unit: '倍', qualifier: null, year: null, article: 54, phrase: '推动三甲医院数量倍增' }),
  fig({ id: 'elderly-care-radius', measure: 'elderly-care-radius', label: '养老服务圈', kind: 'target', value: 15, valueText: '15', unit: '分钟', qualifier: null, year: null, article: 57, phrase: '构建15分钟养老服务圈' }),
];

const NAME = 'a name or slogan, not a quantity';
const YEARS = 'years used as names of the plan period and its long-range goals, not quantities';
const PERIOD = 'the name of a Five-Year period (an ordinal), not a quantity';
const JUST_NAMED = 'counts the items named right before it, not a measure';
const PLACE = 'part of a place name (三角: the Yangtze or Pearl River Delta), not a quantity';
const SESSION = 'ordinal of a plenary session';
const DUAL_CIRCULATION = 'name of the “dual circulation” strategy (domestic and international), not a quantity';
const SEZ_AGE =
  'the Special Economic Zone’s age (the years since 1980): a date of the narrative, not a measured outcome of the city; a baseline is a 13th Five-Year outcome of article 2';
const REVIEW_PERIOD = 'the length of the period reviewed (the 13th Five-Year period itself), not a measured outcome';
const THOUSAND_PARKS = 'name of the park programme (“City of a Thousand Parks”); the text states no count of parks';

/** Numbers in the text that are not quantities, each with the reason. */
// prettier-ignore
export const NON_FIGURES: readonly NonFigure[] = [
  { where: 'title', phrase: '第十四个五年规划和二〇三五年远景目标', reason: YEARS },
  { where: 'adoption', phrase: '2020年12月22日', reason: 'the adoption date' },
  { where: 'adoption', phrase: '第六届委员会第十七次全体会议', reason: 'ordinal of a plenary session' },
  { where: 'preamble', phrase: '第一个五年', reason: 'ordinal: the first five-year period of the new journey' },
  { where: 'preamble', phrase: '第一阶段发展目标的五年', reason: 'names a period, not a quantity' },
  { where: 'preamble', phrase: '第十七次全体会议', reason: 'ordinal of a plenary session' },
  { where: 'preamble', phrase: '建立40周年', reason: 'anniversary in the name of an event' },
  { where: 'preamble', phrase: '省委十二届十二次全会', reason: 'ordinal of a plenary session' },
  { where: 'preamble', phrase: '第十四个五年规划和二〇三五年远景目标', reason: YEARS },
  { where: 'preamble', phrase: '“十四五”', reason: PERIOD },
  { where: 'preamble', phrase: '第六届委员会', reason: 'ordinal of the committee’s term' },
  { where: 'preamble', phrase: '十九届五中全会', reason: SESSION },
  { where: 'chapter-2', phrase: '“十四五”', reason: PERIOD },
  { where: 'chapter-4', phrase: '双循环', reason: DUAL_CIRCULATION },
  { where: 'chapter-6', phrase: '“一核一带一区”', reason: NAME },
  { where: 'chapter-6', phrase: '“一国两制”', reason: NAME },
  { where: 'chapter-15', phrase: '二〇三五年远景目标', reason: YEARS },
  { where: 'chapter-15', phrase: '“十四五”', reason: PERIOD },
  { where: 1, phrase: '建立40年', reason: SEZ_AGE },
  { where: 1, phrase: '40年来', reason: SEZ_AGE },
  { where: 1, phrase: '由一座落后的边陲小镇', reason: 'article “一座” (a), not a count' },
  { where: 1, phrase: '上百年走完的历程', reason: 'figure of speech: what other cities took “a hundred years and more” to do; it measures those cities loosely, not Shenzhen' },
  { where: 1, phrase: '一张白纸', reason: 'figure of speech (“a blank sheet of paper”), not a count' },
  { where: 2, phrase: '意义的五年', reason: PERIOD },
  { where: 2, phrase: '党的十八大', reason: 'ordinal of a Party congress' },
  { where: 2, phrase: '三次视察广东、深圳', reason: 'a count of visits by the country’s leader since 2012 (党的十八大以来): an event of the narrative, not an outcome of the city or of the period reviewed' },
  { where: 2, phrase: '建立40周年', reason: 'anniversary in the name of an event' },
  { where: 2, phrase: '5年来', reason: REVIEW_PERIOD },
  { where: 2, phrase: '“四个意识”', reason: NAME },
  { where: 2, phrase: '“四个自信”', reason: NAME },
  { where: 2, phrase: '“两个维护”', reason: NAME },
  { where: 2, phrase: '“五位一体”', reason: NAME },
  { where: 2, phrase: '“四个全面”', reason: NAME },
  { where: 2, phrase: '“一带一路”', reason: NAME },
  { where: 2, phrase: '“一核一带一区”', reason: NAME },
  { where: 2, phrase: '5G独立组网', reason: 'technology name (5G)' },
  { where: 2, phrase: 'PM2.5年均浓度', reason: 'pollutant name (PM2.5); the sentence gives no value' },
  { where: 2, phrase: '经过五年的砥砺奋斗', reason: REVIEW_PERIOD },
  { where: 2, phrase: '“十三五”', reason: PERIOD },
  { where: 2, phrase: '“十横十三纵”', reason: 'name of the expressway network layout (10 east–west and 13 north–south corridors); the sentence reports construction under way, not a measured result' },
  { where: 2, phrase: '“千园之城”', reason: THOUSAND_PARKS },
  { where: 3, phrase: '经过40年的发展', reason: SEZ_AGE },
  { where: 3, phrase: '百年未有之大变局', reason: 'set phrase (“changes unseen in a century”)' },
  { where: 3, phrase: '“两个大局”', reason: NAME },
  { where: 3, phrase: '“十四五”', reason: PERIOD },
  { where: 4, phrase: '到二〇三五年', reason: YEARS },
  { where: 4, phrase: '到二〇二五年', reason: YEARS },
  { where: 4, phrase: '到二〇三〇年', reason: YEARS },
  { where: 4, phrase: '另一番景象', reason: 'set phrase (“another scene”), not a number' },
  { where: 4, phrase: '“一国两制”', reason: NAME },
  { where: 4, phrase: '第一艘“冲锋舟”', reason: 'ordinal in a metaphor (the first “assault boat”)' },
  { where: 5, phrase: '党的十九大', reason: 'ordinal of a Party congress' },
  { where: 5, phrase: '“三个代表”', reason: NAME },
  { where: 5, phrase: '“五位一体”', reason: NAME },
  { where: 5, phrase: '“四个全面”', reason: NAME },
  { where: 5, phrase: '“1+1+9”', reason: 'name of the provincial work arrangement' },
  { where: 5, phrase: '“1+10+10”', reason: 'name of the municipal work arrangement' },
  { where: 5, phrase: '“十四五”', reason: PERIOD },
  { where: 5, phrase: '十九届二中、三中、四中、五中全会', reason: 'ordinals of plenary sessions' },
  { where: 6, phrase: '“一核一带一区”', reason: NAME },
  { where: 6, phrase: '“十四五”', reason: PERIOD },
  { where: 6, phrase: '双循环', reason: DUAL_CIRCULATION },
  { where: 6, phrase: '人才第一资源', reason: 'set phrase (talent as the primary resource), an ordinal' },
  { where: 7, phrase: '“十四五”', reason: PERIOD },
  { where: 8, phrase: '“从0到1”', reason: 'set phrase for original innovation (“from zero to one”)' },
  { where: 9, phrase: '“一技一策”', reason: NAME },
  { where: 10, phrase: '“一区两核多园”', reason: NAME },
  { where: 13, phrase: '供需两端', reason: JUST_NAMED },
  { where: 14, phrase: '两个市场', reason: 'set phrase (domestic and international markets)' },
  { where: 14, phrase: '双循环', reason: DUAL_CIRCULATION },
  { where: 14, phrase: '两种资源', reason: 'set phrase (domestic and international resources), paired with 两个市场' },
  { where: 15, phrase: '“一带一路”', reason: NAME },
  { where: 15, phrase: '第三方市场合作', reason: 'term (third-party market cooperation), an ordinal' },
  { where: 18, phrase: '土地二级市场', reason: 'term (the secondary land market), an ordinal' },
  { where: 19, phrase: '“一次办”', reason: NAME },
  { where: 20, phrase: '“双轨制”', reason: NAME },
  { where: 24, phrase: '“一事三地”“一策三地”“一规三地”', reason: NAME },
  { where: 24, phrase: '三地', reason: 'the three places (Shenzhen, Hong Kong, Macao), not a measure' },
  { where: 26, phrase: '“双城联动、比翼双飞”', reason: NAME },
  { where: 27, phrase: '“一核一带一区”', reason: NAME },
  { where: 27, phrase: '东西两岸', reason: JUST_NAMED },
  { where: 28, phrase: '统一大市场', reason: 'not a number: 统一 means unified' },
  { where: 28, phrase: '长三角', reason: PLACE },
  { where: 28, phrase: '泛珠三角', reason: PLACE },
  { where: 28, phrase: '成渝地区双城经济圈', reason: 'name of a national regional strategy (the Chengdu–Chongqing twin-city economic circle)' },
  { where: 30, phrase: '“一区两园”', reason: NAME },
  { where: 30, phrase: '“双扩区”', reason: NAME },
  { where: 32, phrase: '5G、人工智能', reason: 'technology name (5G)' },
  { where: 33, phrase: '“一带一路”', reason: NAME },
  { where: 35, phrase: '“5G+8K+AI+云”', reason: 'technology names (5G, 8K)' },
  { where: 36, phrase: '“5G+千兆光网+智慧专网+卫星网+物联网”', reason: 'technology names (5G)' },
  { where: 36, phrase: '（IPv6）', reason: 'technology name (IPv6)' },
  { where: 36, phrase: '“5G+千行百业”', reason: 'technology name (5G)' },
  { where: 36, phrase: '互联网协议第六版', reason: 'version number in a technology name (IPv6)' },
  { where: 37, phrase: '同城双活', reason: 'technical term (active-active data centres in one city)' },
  { where: 40, phrase: '“多中心、网络化、组团式、生态型”', reason: NAME },
  { where: 40, phrase: '“一核多心网络化”', reason: NAME },
  { where: 40, phrase: '深汕第二高速', reason: 'name of a planned expressway (the second Shenzhen–Shanwei expressway), an ordinal' },
  { where: 42, phrase: 'T4航站楼', reason: 'name of an airport terminal (T4)' },
  { where: 42, phrase: '深圳第二机场', reason: 'name of a planned airport (an ordinal)' },
  { where: 42, phrase: '第三跑道', reason: 'ordinal (the airport’s third runway)' },
  { where: 42, phrase: '三网融合', reason: JUST_NAMED },
  { where: 45, phrase: '市、区、街道三级', reason: JUST_NAMED },
  { where: 47, phrase: '实体、热线、网络三平台', reason: JUST_NAMED },
  { where: 48, phrase: '双拥模范城', reason: 'name of a national title (model city of mutual support between the army and civilians)' },
  { where: 49, phrase: '“新时代十大文化设施”', reason: NAME },
  { where: 49, phrase: '“十大特色文化街区”', reason: NAME },
  { where: 49, phrase: '“一区一书城、一街道一书吧”', reason: 'provision slogan (a book city in every district, a book bar in every subdistrict): a standard of coverage, not a quantity' },
  { where: 52, phrase: '三项工程', reason: 'refers to the three programmes just named, not a measure' },
  { where: 53, phrase: '“双一流”', reason: NAME },
  { where: 54, phrase: '“医疗卫生三名工程”', reason: NAME },
  { where: 55, phrase: '“4+2+2+2”', reason: 'name of the housing supply arrangement' },
  { where: 57, phrase: '2岁以下、2—3岁', reason: 'age bands that define childcare tiers, not a measure' },
  { where: 58, phrase: '市、区、街道三级', reason: JUST_NAMED },
  { where: 58, phrase: '“多网合一”', reason: NAME },
  { where: 59, phrase: '“千园之城”', reason: THOUSAND_PARKS },
  { where: 60, phrase: 'PM2.5协同治理', reason: 'pollutant name (PM2.5)' },
  { where: 60, phrase: '万里碧道', reason: 'figurative name of the greenway programme (“ten thousand li”), not a length' },
  { where: 61, phrase: '“双控”', reason: NAME },
  { where: 65, phrase: '“多气源、一张网、互联互通、功能互补”', reason: NAME },
  { where: 65, phrase: '珠三角', reason: PLACE },
  { where: 65, phrase: '双水源', reason: JUST_NAMED },
  { where: 65, phrase: '双源互通', reason: JUST_NAMED },
  { where: 67, phrase: '“四个一”', reason: NAME },
  { where: 68, phrase: '“三位一体”', reason: NAME },
  { where: 69, phrase: '“四个意识”', reason: NAME },
  { where: 69, phrase: '“四个自信”', reason: NAME },
  { where: 69, phrase: '“两个维护”', reason: NAME },
  { where: 70, phrase: '“三个区分开来”', reason: NAME },
  { where: 71, phrase: '中央八项规定', reason: NAME },
  { where: 71, phrase: '“四风”', reason: NAME },
  { where: 73, phrase: '“十四五”', reason: PERIOD },
  { where: 73, phrase: '十九届五中全会', reason: SESSION },
  { where: 'closing', phrase: '二〇三五年远景目标', reason: YEARS },
  { where: 'closing', phrase: '“十四五”', reason: PERIOD },
];
