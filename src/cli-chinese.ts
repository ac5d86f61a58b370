import { type Argument, Command, type CommanderError, Help, Option } from 'commander';
import { distance } from 'fastest-levenshtein';
import { displayWidth } from './display-width.ts';

/**
 * commander in Chinese. Its help is Chinese through its Help hooks: the titles and the [options] and
 * [command] placeholders it writes are passed through styleTitle and the style*Text hooks, choices and
 * defaults through optionDescription and argumentDescription, and widths are display widths (a Han
 * character takes two columns) with lines broken between Chinese characters. commander has no way to
 * word its errors otherwise (tj/commander.js#1801 is open): ChineseCommand overrides the methods that
 * word each one, as commander 14 names them; test/build/cli-chinese.test.ts holds each message.
 */

const TITLES: Record<string, string> = {
  'Usage:': '用法:',
  'Arguments:': '参数:',
  'Options:': '选项:',
  'Commands:': '命令:',
  'Global Options:': '全局选项:',
};
const PLACEHOLDERS: Record<string, string> = { '[options]': '[选项]', '[command]': '[命令]' };

/** Characters a Chinese line is set in one by one: Han, CJK punctuation, fullwidth forms. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/** One such character, or a run of others up to a space or one of them: the pieces a line breaks between. */
const PIECE = new RegExp(`\\s*(?:[${CJK}]|[^\\s${CJK}]+)`, 'gu');
/** A line does not start with closing punctuation, nor end with opening punctuation. */
const CLOSING_FIRST = /^[,.;:!?)\]}，。、；：？！）」』】〕〉》”’…]/u;
const OPENING_LAST = /[(\[{（「『【〔〈《“‘]$/u;

/** The pieces a line may break between: Chinese breaks between any two characters, except at punctuation that binds. */
export function linePieces(line: string): string[] {
  const pieces: string[] = [];
  for (const piece of line.match(PIECE) ?? []) {
    const last = pieces.length - 1;
    if (last >= 0 && (OPENING_LAST.test(pieces[last]) || CLOSING_FIRST.test(piece))) pieces[last] += piece;
    else pieces.push(piece);
  }
  return pieces;
}

/** Text filled into lines of at most `width` columns (a piece wider than that has a line of its own). */
export function wrapText(text: string, width: number): string {
  const wrapped: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let current = '';
    for (const piece of linePieces(line)) {
      const longer = current === '' ? piece.trimStart() : current + piece;
      if (current !== '' && displayWidth(longer) > width) {
        wrapped.push(current);
        current = piece.trimStart();
      } else {
        current = longer;
      }
    }
    wrapped.push(current);
  }
  return wrapped.join('\n');
}

/** What a choice or a default adds to a description, as commander shows it, in Chinese. */
function withNotes(description: string, notes: string[]): string {
  return notes.length === 0 ? description : `${description}(${notes.join(';')})`;
}

export class ChineseHelp extends Help {
  override styleTitle(title: string): string {
    return TITLES[title] ?? title;
  }

  override styleOptionText(text: string): string {
    return PLACEHOLDERS[text] ?? text;
  }

  override styleSubcommandText(text: string): string {
    return PLACEHOLDERS[text] ?? text;
  }

  override displayWidth(text: string): number {
    return displayWidth(text);
  }

  override boxWrap(text: string, width: number): string {
    return width < this.minWidthToWrap ? text : wrapText(text, width);
  }

  override optionDescription(option: Option): string {
    const notes: string[] = [];
    if (option.argChoices) notes.push(`可选值:${option.argChoices.map((c) => JSON.stringify(c)).join('、')}`);
    // As commander: a default is shown for an option that takes a value, or a boolean one set to true or false.
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (option.defaultValue !== undefined && showDefault) notes.push(`默认:${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
    if (option.presetArg !== undefined && option.optional) notes.push(`不带值时:${JSON.stringify(option.presetArg)}`);
    if (option.envVar !== undefined) notes.push(`环境变量:${option.envVar}`);
    return withNotes(option.description, notes);
  }

  override argumentDescription(argument: Argument): string {
    const notes: string[] = [];
    if (argument.argChoices) notes.push(`可选值:${argument.argChoices.map((c) => JSON.stringify(c)).join('、')}`);
    if (argument.defaultValue !== undefined) notes.push(`默认:${argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)}`);
    return withNotes(argument.description, notes);
  }
}

/** commander's rule for "did you mean": the candidates nearest by edit distance (at most 3), if over 40 % alike. */
export function suggestionFor(typed: string, candidates: string[]): string {
  const bare = (word: string) => word.replace(/^--/, '');
  let nearest: string[] = [];
  let least = 3;
  for (const candidate of new Set(candidates)) {
    if (bare(candidate).length <= 1) continue;
    const d = distance(bare(typed), bare(candidate));
    const length = Math.max(bare(typed).length, bare(candidate).length);
    if ((length - d) / length <= 0.4 || d > least) continue;
    if (d < least) nearest = [];
    least = d;
    nearest.push(candidate);
  }
  nearest.sort((a, b) => a.localeCompare(b));
  if (nearest.length === 0) return '';
  return nearest.length === 1 ? `(是不是 ${nearest[0]}?)` : `(是不是以下之一:${nearest.join('、')}?)`;
}

/** The settings of commander's that its error methods consult, which its typings leave out. */
interface CommanderSettings {
  _allowUnknownOption: boolean;
  _allowExcessArguments: boolean;
  _showSuggestionAfterError: boolean;
}

export class ChineseCommand extends Command {
  override createCommand(name?: string): ChineseCommand {
    return new ChineseCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new ChineseHelp(), this.configureHelp());
  }

  private fail(text: string, code: string, exitCode?: number): never {
    return this.error(`shixian: ${text}`, { code, exitCode });
  }

  private get settings(): CommanderSettings {
    return this as unknown as CommanderSettings;
  }

  unknownOption(flag: string): void {
    if (this.settings._allowUnknownOption) return;
    const flags: string[] = [];
    for (let command: Command | null = this; command; command = command.parent) {
      for (const option of command.createHelp().visibleOptions(command)) if (option.long) flags.push(option.long);
    }
    const suggestion = flag.startsWith('--') && this.settings._showSuggestionAfterError ? suggestionFor(flag, flags) : '';
    this.fail(`未知的选项 ${flag}${suggestion}`, 'commander.unknownOption');
  }

  unknownCommand(): void {
    const name = this.args[0];
    const names = this.createHelp()
      .visibleCommands(this)
      .flatMap((c) => [c.name(), ...(c.alias() ? [c.alias()] : [])]);
    this.fail(`未知的命令 ${name}${this.settings._showSuggestionAfterError ? suggestionFor(name, names) : ''}`, 'commander.unknownCommand');
  }

  missingArgument(name: string): void {
    this.fail(`缺少参数 <${name}>`, 'commander.missingArgument');
  }

  optionMissingArgument(option: Option): void {
    this.fail(`选项 ${option.flags} 缺少取值`, 'commander.optionMissingArgument');
  }

  missingMandatoryOptionValue(option: Option): void {
    this.fail(`缺少必需的选项 ${option.flags}`, 'commander.missingMandatoryOptionValue');
  }

  _excessArguments(received: string[]): void {
    if (this.settings._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    this.fail(`参数过多:${this.parent ? `${this.name()} ` : ''}应有 ${expected} 个参数,收到 ${received.length} 个`, 'commander.excessArguments');
  }

  /** commander words a value its choices or parser refuse here (its own words passed in are English). */
  _callParseArg(target: Option | Argument, value: string, previous: unknown): unknown {
    const what = target instanceof Option ? `选项 ${target.flags}` : `参数 <${target.name()}>`;
    if (target.argChoices && !target.argChoices.includes(value)) {
      this.fail(`${what} 的值 ${JSON.stringify(value)} 无效,可选值为 ${target.argChoices.join('、')}`, 'commander.invalidArgument');
    }
    try {
      return target.parseArg!(value, previous);
    } catch (err) {
      const refusal = err as CommanderError;
      if (refusal.code === 'commander.invalidArgument') this.fail(`${what} 的值 ${JSON.stringify(value)} 无效:${refusal.message}`, refusal.code, refusal.exitCode);
      throw err;
    }
  }
}
