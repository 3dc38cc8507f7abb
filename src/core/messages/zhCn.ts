/**
 * The catalogue in Simplified Chinese. Terms as docs/glossary.md gives them:
 * 引文 (quotation), 引用 (citation), 段码 (locator), 误引 (misquotation),
 * 文本 (the text). Titles of works stand in 《》.
 */
import type { BibMessages, CheckMessages, CliMessages, DifferenceDescription, Messages, NotesMessages, ParseMessages, ReaderMessages, SearchMessages, TemplateMessages, UnplacedReason } from './types';

/** "第 4 页", "第 4–5 页": pages as the messages and the reader count them. */
const pagesLabel = (first: number, last: number): string => (first === last ? `第 ${first} 页` : `第 ${first}–${last} 页`);

const check: CheckMessages = {
  span: (s) => (s.first === s.last ? `第 ${s.first} 段` : `第 ${s.first}–${s.last} 段`),
  pages: (s) => pagesLabel(s.first, s.last),
  aHeading: '标题',
  difference: (d: DifferenceDescription) => {
    switch (d.kind) {
      case 'changed': return `“${d.quoted}”应为“${d.wording}”`;
      case 'punctuation': return `“${d.quoted}”应为“${d.wording}”（标点）`;
      case 'left-out-after': return `“${d.anchor}”之后漏引了“${d.missing}”`;
      case 'left-out-before': return `“${d.anchor}”之前漏引了“${d.missing}”`;
      case 'not-in-text': return `文本中没有“${d.quoted}”`;
    }
  },
  notFound: (title) => `在《${title}》中找不到：文本中没有与这段引文相符的段落。`,
  notFoundRewritten: (title, changed, count, where) => `在《${title}》中找不到：最接近的段落${where ? `（${where}）` : ''}与这段引文的 ${count} 个词中有 ${changed} 个不同。`,
  misquotation: (where, listed, more) => `误引${where}：${listed.join('；')}${more > 0 ? `；另有 ${more} 处不同` : ''}。`,
  restoreWording: (where) => `恢复${where}的原文`,
  missingLocator: (where) => `缺少段码：以著者-出版年制引用的引文须注明出自哪一段（${where}）。`,
  missingPage: (where) => `缺少段码：以著者-出版年制引用的引文须注明出自哪一页（${where}）。`,
  addLocator: (written) => `添加段码“${written}”`,
  uncited: (title, where) => `引自《${title}》（${where}）的引文缺少引用。`,
  insertCitation: (where) => `插入引用（${where}）`,
  wrongSectionOf: (opening, holder, where, cited) => `段码有误：“${opening}”在“${holder}”一节（${where}），不在“${cited}”一节。`,
  wrongSection: (opening, where, cited) => `段码有误：“${opening}”在${where}，不在“${cited}”一节。`,
  changeSection: (holder) => `将节改为“${holder}”`,
  wrongLocator: (opening, where, written) => `段码有误：“${opening}”在${where}，不在 ${written}。`,
  changeLocator: (written) => `将段码改为“${written}”`,
  noSuchLocator: (written, title, paragraphs) => `段码有误：没有 ${written}；《${title}》的段落编号为 1 至 ${paragraphs}。`,
  noSuchPage: (written, title, first, last) => `段码有误：没有 ${written}；《${title}》的页码为 ${first} 至 ${last}。`,
  outOfOrder: (earlier, later) => `各部分顺序颠倒：文本中“${earlier}”在“${later}”之前。`,
  reorderParts: '按文本的顺序排列各部分，并以省略号隔开',
  joinedWithoutEllipsis: (before) => `各部分之间缺少省略号：“${before}”之前省去了文本中的文字。`,
  markLeftOut: '用省略号标出省去的文字',
  hiddenCharacters: (names, count, bidi) =>
    `引文中含有不可见字符 ${names.join('、')}${count > 1 ? `（共 ${count} 个）` : ''}${bidi ? '：文字显示的顺序可能与阅读的顺序不同' : ''}。`,
  removeHidden: () => '删除不可见字符',
  wrongText: (cited, other, where) => `引用标为《${cited}》，但这段引文出自《${other}》（${where}）。`,
  citeOther: (other, where) => `改为引用《${other}》${where}`,
};

const search: SearchMessages = {
  sentenceAt: (paragraph, sentence) => `${paragraph}，第 ${sentence} 句`,
  eitherOf: (words) => (words.length === 1 ? words[0] : `${words.slice(0, -1).join('、')}或${words[words.length - 1]}`),
  noPassageHolds: (words) => `并非每个词都找到了：没有段落含有${words}。下面是含有你所输词语最多的段落。`,
  bestLacks: (words) => `并非每个词都找到了：最佳结果缺少${words}。下面是含有你所输词语最多的段落。`,
};

const cli: CliMessages = {
  usageHeading: '用法：',
  usage: (commands) => `用法：cpc-relations <命令> [选项]\n\n命令（均可加 --help；-- 结束选项；--lang zh-cn|en 设定语言）：\n${commands}`,
  showUsage: `  show [--json] [--text FILE]
                   显示文本，附节标题和段码
                   （--json：解析后的模型）
      --text FILE  显示 FILE 中的文本（YAML 前置元数据中含有著录信息的
                   Markdown 或纯文本），而非内置文本
`,
  checkUsage: (kinds, maxSize) => `  check [--json] [--max-size SIZE] [--text FILE]... [--] FILE...
                   核对以下文件中对该文本的引文：
                   ${kinds}
                   （UTF-8，或带字节顺序标记的 UTF-16）；每个问题显示为
                   文件:行:列: 消息；有问题时退出码为 1，全部无误时为 0
      --json       以 JSON 输出问题及其修复
      --text FILE  同时对照 FILE 中的文本核对（可重复）：每条引文按其
                   引用所指的文本核对
      --max-size SIZE
                   拒绝大于 SIZE 字节的文件（k、M、G：KiB、MiB、GiB；
                   默认 ${maxSize}）
`,
  checkedKinds: (names) => `${names.join('、')} 文件；未知类型的文件按纯文本核对`,
  exitUsage: `
退出码：0 完成（check：所有文件均无问题）；1 check 发现问题，或 search、concordance 无结果；
2 用法有误（未知选项、缺少或多出参数、选项冲突）或文件被拒绝（不存在、不是普通
文件、二进制文件、大于 --max-size）；3 无法写出输出；4 内部错误（请报告）。
`,
  nameACommand: '请给出一个命令',
  unknownCommand: (command) => `未知命令“${command}”`,
  noTopic: (topic) => `没有可说明的命令“${topic}”`,
  internalError: (message) => `内部错误，请报告：${message}`,
  showTakesNoArgument: (args) => `show 不接受参数，而收到了“${args}”`,
  showOneText: 'show 只显示一个文本：--text 只能给一次',
  maxSize: (value) => `--max-size 须为字节数，如 500000、512k 或 20M，而不是“${value}”`,
  nameAFile: '请至少给出一个要核对的文件',
  cannotRead: (file, why) => `无法读取“${file}”：${why}`,
  cannotReadText: (file, why) => `无法读取文本“${file}”：${why}`,
  notCheckedYet: (file, kind) => `“${file}”是 ${kind} 文件，暂不核对其中的引文`,
  takesNoValue: (option) => `${option} 不接受值`,
  needsValue: (option) => `${option} 需要一个值`,
  givenTwice: (option, first, second) => `${option} 给了两次（“${first}”和“${second}”）：只能给一次`,
  unknownOption: (option) => `未知选项“${option}”`,
  unknownLanguage: (value) => `--lang 须为 zh-cn 或 en，而不是“${value}”`,
  bytes: (count) => `${count} 字节`,
  mustBeOneOf: (option, values, value, likely) => `${option} 须为 ${values.join('、')} 之一，而不是“${value}”${likely ? `（是否想写 ${likely}？）` : ''}`,
  wholeNumber: (option, min, max, value) => `${option} 须为 ${min} 到 ${max} 之间的整数，而不是“${value}”`,
  cite: {
    usage: (styles, kinds, exports) => `  cite [N | N-M] [选项]
                   引用文本的第 N 段（或第 N 到 M 段）、一节或整部著作
      --text FILE  引用 FILE 中的文本（Markdown 或纯文本，著录信息写在
                   YAML 前置元数据中），而非内置文本
      --style S    引用格式（默认 apa）：
                   ${styles.join(', ')}
      --form F     parenthetical（括注，默认）或 narrative（叙述式）
      --format T   文件类型（默认 plaintext）：
                   ${kinds.join(', ')}
      --section S  引用一节：0（引言）到 5，或该节标题中的词
      --quote      所引各段的引文及其引用
      --short      简注（注释类引用格式：chicago-notes）
      --keys       供文档处理器使用的引用键：Pandoc（markdown、quarto、
                   rmarkdown、mdx）、biblatex（latex）、Typst（typst）
                   或 org-cite（org）
      --count-paragraphs
                   在所有引用格式中都写出计数的段码（“par. 4”）；默认情况下
                   MLA 引用整部著作，Chicago 引用该段所在节的标题
      --reference  参考文献条目
      --export E   以 ${exports.join('、')} 格式导出著录信息
                   --quote、--short、--reference 和 --export 只能给一个；
                   段与节也只能给其一。
`,
    askDifferent: (options) => `${options.join(' 和 ')} 要求的内容不同：只能给一个`,
    paragraphOrSection: (args, section) => `请给出一段或一个段范围，或用 --section 给出一节，不能两者都给（“${args}”和 --section“${section}”）`,
    sectionNeedsWords: '--section 需要节号（0 为引言，最大为 5）或该节标题中的词',
    keysConflict: (option) => `--keys 写出引用键，而 ${option} 不写引用键：只能给一个`,
    oneText: 'cite 只引用一个文本：--text 只能给一次',
    formMustBe: (form) => `--form 须为 parenthetical 或 narrative，而不是“${form}”`,
    oneParagraph: (args) => `请只给出一段或一个段范围，而不是“${args}”`,
    quoteNeedsPassage: '--quote 需要要引用的一段、一个段范围或一节',
    shortIsForNotes: (style) => `--short 仅用于注释类引用格式（chicago-notes），不适用于 ${style}`,
    notAParagraph: (arg, last) => `“${arg}”不是段号（1-${last}），也不是 4-5 这样的段范围`,
    notAmongParagraphs: (last, arg) => `该文本共有第 1 到 ${last} 段：“${arg}”不在其中`,
    noSection: (words, sections) => `没有节号或标题为“${words}”的节（各节：${sections}）`,
  },
  search: {
    usage: (maxLimit) => `  search QUERY [--limit N] [--json] [--text FILE]...
                   与 QUERY 最匹配的句和段，最佳者在前，附段号和句号；
                   词语容许拼写错误，“加引号的短语”须完全匹配
                   （见 docs/search.md）
      --limit N    最多 N 条结果（默认 10，最多 ${maxLimit}）
      --json       以 JSON 输出结果
      --text FILE  同时搜索 FILE 中的文本（可重复）；此时每条结果注明
                   其所属文本
                   （以“-”开头的查询请放在“--”之后）
`,
    giveWords: '请给出要搜索的词语，例如：search "hot regions"',
    noMatch: (query) => `没有与 ${query} 匹配的段落。`,
  },
  notes: {
    usage: (styles, kinds) => `  notes [--notes FILE] [--style S] [--format F] [--text FILE…]
                   笔记文件的文献笔记：每处高亮写成引文并附引用，其笔记列于
                   其下，按节分组
      --notes FILE 笔记文件（默认 notes.cpc.jsonl）
      --style S    引用格式（默认 apa）：
                   ${styles.join(', ')}
      --format F   文件类型（默认 markdown）：
                   ${kinds.join(', ')}
      --text FILE  笔记所针对的文本（Markdown 或纯文本，著录信息写在 YAML
                   前置元数据中）；每个文本给一次
`,
    takesNoArgument: (args) => `notes 不接受参数，而收到了“${args}”：请用 --notes FILE 给出笔记文件`,
    cannotRead: (file, why) => `无法读取笔记文件“${file}”：${why}`,
  },
  concordance: {
    usage: (width) => `  concordance WORD... [--width N] [--json] [--text FILE]...
                   WORD 的每处出现及其语境，关键词对齐，附所在段，以及按文本
                   和节的计数；一个词可找到其所有形式（peace：peaceful、
                   peacefully），“加引号”的词只找该形式，短语找连续出现的
                   各词；中文、日文或韩文字符无论在何处都能找到
                   （见 docs/concordance.md）
      --width N    每侧语境的列数（默认 ${width}，10 到 200）
      --json       以 JSON 输出计数和各处出现
      --text FILE  同时在 FILE 中的文本里查找（可重复）
  concordance --frequency [--limit N] [--json] [--text FILE]
                   内置文本（或 FILE 中文本）的词频：各词与其形式合并，
                   略去停用词，最常见者在前
      --limit N    最多 N 个词（默认全部）
`,
    frequencyTakesNoWord: (words) => `--frequency 列出所有词：请勿给出词语（“${words}”）`,
    widthNotForFrequency: '--width 用于某个词的语境索引，不用于 --frequency',
    frequencyOneText: '--frequency 只列一个文本：--text 只能给一次',
    limitIsForFrequency: '--limit 用于 --frequency：语境索引显示每处出现',
    giveWord: '请给出要查找的词或短语，例如：concordance peace',
    noWordIn: (text) => `“${text}”中没有可查找的词：请给出字母或数字，例如：concordance peace`,
    noOccurrence: (query) => `没有找到 ${query}。`,
    occurrences: (count) => `共 ${count} 处`,
  },
  refused: {
    notRegular: (kind) => `它是${kind}，不是普通文件`,
    tooLarge: (size, limit) => `它有 ${size}，超过了 ${limit} 的上限（可用 --max-size 调高）`,
    overLimit: (limit) => `它超过了 ${limit} 的上限（可用 --max-size 调高）`,
    folder: '它是文件夹，不是文件',
    binary: '它含有 NUL 字节：是二进制文件，或是没有字节顺序标记的 UTF-16（请存为 UTF-8，或带字节顺序标记的 UTF-16）',
    kinds: {
      folder: '文件夹', fifo: '命名管道（FIFO）', characterDevice: '字符设备', blockDevice: '块设备', socket: '套接字', other: '非普通文件',
    },
    reasons: { noSuchFile: '文件不存在', permissionDenied: '权限不足', tooManyLinks: '符号链接过多', nameTooLong: '文件名过长' },
  },
};

const parse: ParseMessages = {
  noFrontMatter: '缺少前置元数据：文件须以一行“---”开头',
  frontMatterNotClosed: '前置元数据没有结束：请在著录信息之后加一行“---”',
  frontMatterTooLong: (kilobytes) => `前置元数据超过 ${kilobytes} KB：著录信息只需几行，并以一行“---”结束`,
  paragraphTooLong: (characters) => `此段超过 ${characters.toLocaleString('zh-CN')} 个字符：请用空行分隔文本的各段`,
  unknownKey: (key, known) => `未知的键“${key}”（著录信息可含 ${known}）`,
  twoNames: (own, csl) => `“${own}”与“${csl}”是同一字段的两个名称：请只保留一个`,
  recordNeeds: (key) => `著录信息缺少“${key}”`,
  mustBeText: (key) => `“${key}”须为文字`,
  dateForm: (key, value) => `“${key}”须为 YYYY、YYYY-MM 或 YYYY-MM-DD 形式的日期，而此处为“${value}”`,
  notRealDate: (key, value) => `“${key}”不是真实的日期：“${value}”`,
  namesList: (key) => `“${key}”须为姓名列表，每个姓名含“family”和“given”，机构则用“literal”`,
  literalOrPerson: (key) => `“${key}”中的姓名要么是“literal”（机构），要么是“family”和“given”（个人），不能两者都有`,
  staticOrdering: (key) => `“${key}”中姓名的“static-ordering”须为 true（姓在前，如中文姓名）或 false`,
  nameNeedsFamily: (key) => `“${key}”中的每一项都需要“family”（姓，以及“given”名），机构则用“literal”`,
  typeOneOf: (types, found) => `“type”须为 ${types} 之一；而此处为“${found}”`,
  receivedMap: '“received”须为原样收到的各形式组成的映射',
  keyForm: (key) => `“key”须由字母、数字、“_”、“:”或“-”组成，并以字母开头；而此处为“${key}”`,
  pageMarkerBeforeHeading: '请把页码标记单独放在标题之前的一行',
  headingLevel: (level) => `只支持“## ”节标题，而此处为 ${level} 级标题${level === 1 ? '（第一段之前可有一个重复著录题名的一级标题）' : ''}`,
  emptyHeading: '节标题为空',
  sectionWithoutParagraphs: (heading) => (heading === undefined ? '引言一节没有段' : `“${heading}”一节没有段`),
  pageMarkerForm: '页码标记写作“{p. 23}”：页码用数字，每页一个标记',
  beforeFirstPage: '此段在第一个页码标记之前：请在它之前用“{p. N}”标出其页码',
  noParagraphs: '该文本没有段',
  pageNotPositive: (page) => `${page} 不是页码：页码从 1 开始`,
  pageGoesDown: (page, before) => `第 ${page} 页在第 ${before} 页之后：页码标记须递增`,
  duplicateKey: (key, file, line) => `键“${key}”已是 ${file}（第 ${line} 行）的键：引用按键指称文本，请给此文本另取一个键`,
  yaml: {
    tabs: '请用空格缩进，不要用制表符',
    nestedTooDeep: (depth) => `嵌套超过 ${depth} 层：著录信息由字段、姓名列表和各形式的映射组成`,
    unexpectedIndentation: '此处不应缩进',
    expectedKeyValue: (found) => `应为“键: 值”，而此处为“${found}”`,
    duplicateKey: (key) => `键“${key}”重复`,
    unterminatedDouble: '双引号字符串没有结束',
    unterminatedSingle: '单引号字符串没有结束',
    textAfterQuote: (quote) => `结束的 ${quote} 之后还有文字：以 ${quote} 开头的值须以它结束（请用另一种引号括住整个值，或去掉开头的引号）`,
    flowCollections: '不支持流式集合（[...] 或 {...}）：请每行写一项',
    firstKeyIndented: '第一个键不应缩进',
    unexpectedContent: '此处不应有内容',
  },
};

const template: TemplateMessages = {
  braceNotClosed: (at) => `第 ${at} 个字符处的“{”没有用“}”闭合`,
  notAPlaceholder: (placeholder, known) => `“${placeholder}”不是占位符；可用的占位符有 ${known}`,
  closesNothing: (at) => `第 ${at} 个字符处的“}”没有可闭合的内容（字符本身请写作 \\}）`,
  italicsNotClosed: (at) => `第 ${at} 个字符处的“*”开始的斜体没有结束`,
};

const reader: ReaderMessages = {
  source: (container, editors, place, publisher, year) => `出自 ${container}，${editors} 编（${place}：${publisher}，${year}）。`,
  posted: (date) => `发布于 ${date}。`,
  numbering: '各段按引用中的编号标出：“para. 4”即 [4]。',
  numberingWithPages: '各段按引用中的编号标出：“para. 4”即 [4]；编号后为该段所在的印刷页码：“p. 41”即（第 41 页）。',
  pages: pagesLabel,
  introduction: '引言',
};

const notes: NotesMessages = {
  notJson: (example) => `此行不是 JSON 对象：每行存放一条笔记，如 ${example}。通常是合并冲突标记或被截断的行所致。`,
  notAnObject: '此行不是 JSON 对象：每行存放一条笔记。',
  idUsed: (id, line) => `id“${id}”已在第 ${line} 行使用：请给其中一条笔记另取一个 id。`,
  unknownKeys: (keys, known) => `未知的键${keys.map((k) => `“${k}”`).join('、')}：笔记的键为 ${known.join('、')}。`,
  idEmpty: '“id”须为文字，且不能为空。',
  textKey: '“text”须为文字：笔记所针对的文本的键。',
  wholeNumber: (key, from) => `“${key}”须为不小于 ${from} 的整数。`,
  endBeforeStart: '“end”不能小于“start”。',
  quoteText: '“quote”须为文字：所引的词语。',
  colourOneOf: (colours) => `“colour”须为 ${colours.join('、')} 之一，或为 null。`,
  noteText: '“note”须为文字。',
  repliesList: '“replies”须为文字列表。',
  unplaced: (reason: UnplacedReason) => {
    switch (reason.kind) {
      case 'textNotInLibrary': return `文本“${reason.text}”不在文库中。`;
      case 'noWords': return '这条笔记没有所引的词语，其原来的位置也已不在。';
      case 'wordsGone': return `《${reason.title}》中已没有“${reason.words}”。`;
    }
  },
  selectInParagraph: '请在阅读器中选择某一段的文字（标题和段码不能高亮）。',
  selectOneParagraph: '请选择同一段中的文字：高亮不能跨段。',
  selectWords: '请在阅读器中选择某一段的文字。',
  colourNames: { yellow: '关键论点', green: '证据', blue: '疑问', red: '异议', purple: '定义' },
  exportTitle: '笔记',
  unplacedHeading: '未定位的笔记',
  unplacedNote: (quote, text, paragraph, why) => `“${quote}”（${text}，第 ${paragraph} 段；${why}）`,
};

const bib: BibMessages = {
  entryType: '“@”之后须跟条目类型，如 @book 或 @incollection',
  mustOpen: (type) => `@${type} 之后须跟“{”`,
  notClosed: (type) => `@${type} 没有结束`,
  noKey: (type) => `@${type} 没有引用键`,
  notAField: (key) => `条目“${key}”此处不是字段（字段写作 name = {value}）`,
  noEquals: (name, key) => `“${key}”的字段“${name}”的名称之后没有“=”`,
  braceNeverClosed: (name, key) => `“${key}”中“${name}”的值有一个“{”始终没有闭合`,
  quoteNeverClosed: (name, key) => `“${key}”中“${name}”的值有一个引号始终没有闭合`,
  noValue: (name, key) => `“${key}”的字段“${name}”没有值`,
  entryNotClosed: (key, close, commaMissing) => `条目“${key}”没有用“${close}”结束${commaMissing ? '（字段之间可能缺少逗号）' : ''}`,
  jsonEndsEarly: 'JSON 过早结束（有括号或引号没有闭合）',
  jsonInvalidAt: (found) => `此处的 JSON 无效（“${found}”）`,
  cslList: 'CSL-JSON 文件须为著录信息的列表，[ … ]',
};

export const SIMPLIFIED_CHINESE: Messages = { locale: 'zh-cn', check, search, cli, parse, template, reader, notes, bib };
