import { describe, expect, it } from 'vitest';
import { ParagraphLayout } from '../../src/extract/layout.ts';
import { withoutClosingMarks } from '../../src/extract/paragraph.ts';
import { firstStopOrEnd } from '../../src/extract/sections.ts';

describe('the bracket enclosing an offset', () => {
  // [text, offset, open, close, offset of the enclosing open bracket or -1]
  it.each([
    ['各市(县)政府', 3, '(', ')', 2],
    ['各市(县)政府', 2, '(', ')', -1],
    ['各市(县)政府', 5, '(', ')', -1],
    ['A(B(C)D)E', 4, '(', ')', 3],
    ['A(B(C)D)E', 6, '(', ')', 1],
    ['A(B(C)D)E', 8, '(', ')', -1],
    ['无括号的文字', 3, '(', ')', -1],
    ['多余的)右括号(之后', 8, '(', ')', 7],
    ['《关于…的通知》要求', 3, '《', '》', 0],
    ['《关于…的通知》要求', 8, '《', '》', -1],
    ['未闭合(的括号', 7, '(', ')', 3],
    ['“引号”内', 2, '“', '”', 0],
    // A bracket that never closes stops at its sentence's end or at the next opening of its kind.
    ['未闭合(的括号。之后', 5, '(', ')', 3],
    ['未闭合(的括号。之后', 8, '(', ')', -1],
    ['未闭合(的括号。之后', 7, '(', ')', -1],
    ['A(B,C(D)E', 3, '(', ')', 1],
    ['A(B,C(D)E', 6, '(', ')', 5],
    ['A(B,C(D)E', 8, '(', ')', -1],
    ['A(B(C)D。E', 8, '(', ')', -1],
    ['《关于…的通知要求,各县要于6月底前完成。各乡镇', 20, '《', '》', -1],
    ['“引号未闭合!之后', 7, '“', '”', -1],
  ])('%s at %i in %s%s', (text, at, open, close, expected) => {
    expect(new ParagraphLayout(text).enclosingOpen(at, open, close)).toBe(expected);
  });

  // The sentences and clauses a bracket that never closes leaves: those after where it stops are read as if it were none.
  it.each([
    ['加强宣传(市委宣传部牵头,各县配合。各县要于6月底前完成。', ['加强宣传(市委宣传部牵头,各县配合。', '各县要于6月底前完成。']],
    ['根据《通知》(某政发〔2018〕3号,各地要于6月底前完成。县住建局要于9月底前验收。', ['根据《通知》(某政发〔2018〕3号,各地要于6月底前完成。', '县住建局要于9月底前验收。']],
    ['市财政局要加强监管(详见附件,县住建局要于6月底前完成(责任单位:县住建局)。', ['市财政局要加强监管(详见附件,县住建局要于6月底前完成(责任单位:县住建局)。']],
    ['(一)加快改造(牵头单位:市发改委;责任单位:市财政局。此项工作要于6月底前完成。', ['(一)加快改造(牵头单位:市发改委;责任单位:市财政局。', '此项工作要于6月底前完成。']],
  ])('sentences of %s', (text, expected) => {
    const layout = new ParagraphLayout(text);
    expect(layout.sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('commas inside an unclosed bracket, up to its sentence\'s end, cut no clause', () => {
    const text = '市财政局要加强监管(详见附件,县住建局要于6月底前完成,县财政局配合。';
    const layout = new ParagraphLayout(text);
    expect(layout.clauses.map((c) => text.slice(c.start, c.end))).toEqual(['市财政局要加强监管(详见附件,县住建局要于6月底前完成,县财政局配合。']);
  });
});

describe('where a heading first stops', () => {
  it.each([
    ['(一)准备阶段。各地要…', 7],
    ['(二)实施阶段;各地…', 7],
    ['三、保障措施', 6],
    ['', 0],
  ])('%s', (text, expected) => {
    expect(firstStopOrEnd(text)).toBe(expected);
  });
});

describe('an ASCII full stop between Chinese characters ends a sentence', () => {
  const sentences = (text: string) => new ParagraphLayout(text).sentences.map((s) => text.slice(s.start, s.end));
  it.each([
    ['(二)明确职责,精心组织.各单位要制定检查方案.', ['(二)明确职责,精心组织.', '各单位要制定检查方案.']],
    ['二、责任区域划分.三、整治要求', ['二、责任区域划分.', '三、整治要求']],
    // Negatives: an item's number, a decimal, a web address and a dot at the end of a line beside no second character.
    ['1.各单位于6月底前报送。', ['1.各单位于6月底前报送。']],
    ['增长2.5倍,完成5.8亿元。', ['增长2.5倍,完成5.8亿元。']],
    ['登录www.gov.cn查询。', ['登录www.gov.cn查询。']],
    ['详见附件.', ['详见附件.']],
    ['一.总体要求各单位要高度重视。', ['一.总体要求各单位要高度重视。']],
    ['做好准备。三.工作要求', ['做好准备。', '三.工作要求']],
    ['全市统一.各地要于6月底前完成。', ['全市统一.', '各地要于6月底前完成。']],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe('a task without the marks closing it, read from its end as the pattern it replaces reads it', () => {
  const CLOSING = /[,;:。]+$|(?<=[\u4e00-\u9fff])\.$/;
  it.each([
    ['完成整改工作。', '完成整改工作'],
    ['完成整改,;:。', '完成整改'],
    ['报送材料,其他,', '报送材料,其他'],
    ['开展检查.', '开展检查'],
    ['开展检查..', '开展检查..'],
    ['版本2.', '版本2.'],
    ['.', '.'],
    [',,,', ''],
    ['', ''],
    ['完成。.', '完成。.'],
    ['完成.。', '完成.'],
    ['中间,逗号不动', '中间,逗号不动'],
  ])('%s', (text, expected) => {
    expect(withoutClosingMarks(text)).toBe(expected);
    expect(withoutClosingMarks(text)).toBe(text.replace(CLOSING, ''));
  });
});
