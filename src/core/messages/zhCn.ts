/**
 * The catalogue in Simplified Chinese. Terms as docs/glossary.md gives them:
 * 引文 (quotation), 引用 (citation), 段码 (locator), 误引 (misquotation),
 * 文本 (the text). Titles of works stand in 《》.
 */
import type { CheckMessages, CliMessages, DifferenceDescription, Messages, SearchMessages } from './types';

const check: CheckMessages = {
  span: (s) => (s.first === s.last ? `第 ${s.first} 段` : `第 ${s.first}–${s.last} 段`),
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
  addLocator: (written) => `添加段码“${written}”`,
  uncited: (title, where) => `引自《${title}》（${where}）的引文缺少引用。`,
  insertCitation: (where) => `插入引用（${where}）`,
  wrongSectionOf: (opening, holder, where, cited) => `段码有误：“${opening}”在“${holder}”一节（${where}），不在“${cited}”一节。`,
  wrongSection: (opening, where, cited) => `段码有误：“${opening}”在${where}，不在“${cited}”一节。`,
  changeSection: (holder) => `将节改为“${holder}”`,
  wrongLocator: (opening, where, written) => `段码有误：“${opening}”在${where}，不在 ${written}。`,
  changeLocator: (written) => `将段码改为“${written}”`,
  noSuchLocator: (written, title, paragraphs) => `段码有误：没有 ${written}；《${title}》的段落编号为 1 至 ${paragraphs}。`,
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

export const SIMPLIFIED_CHINESE: Messages = { locale: 'zh-cn', check, search, cli };
