import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, normalise, originalSpan, toSimplified, withoutPinyinReadings, writtenForm } from '../../src/extract/normalise.ts';

describe('normalise', () => {
  it.each([
    // spaces anywhere inside an expression (text taken from PDF), of every kind
    ['2018 年 6 月底前', '2018年6月底前'],
    ['2 0 1 8年6 月 底 前', '2018年6月底前'],
    ['2018\u3000年\u00a06月底前', '2018年6月底前'],
    ['2018\t年6月\r\n底前', '2018年6月底前'],
    // full-width digits and punctuation
    ['２０１８年６月底前', '2018年6月底前'],
    ['（责任单位：省发改委，省财政厅；）', '(责任单位:省发改委,省财政厅;)'],
    // Chinese numerals before a counted word
    ['二〇一八年十二月底前', '2018年12月底前'],
    ['二〇一五年三月', '2015年3月'],
    ['十五个工作日内', '15个工作日内'],
    ['三十日内', '30日内'],
    ['二十一日前', '21日前'],
    // minutes, as hours are: "出警应当在五分钟以内到达现场" (rules3/07), "接警后三分钟内出车"; a 分 alone is a score or a share
    ['五分钟以内', '5分钟以内'],
    ['十五分钟内报告', '15分钟内报告'],
    ['扣三分', '扣三分'],
    ['十分重视', '十分重视'],
    // a numeral right after a digit would run into it: "9、10两个月" is no 102 months
    ['于9、10两个月开展', '于9、10两个月开展'],
    ['7、8两月集中整治', '7、8两月集中整治'],
    ['9、10月两个月开展', '9、10月2个月开展'],
    ['每年一季度', '每年1季度'],
    ['第三季度', '第3季度'],
    ['每年至少召开一次', '每年至少召开1次'],
    ['一百二十天', '120天'],
    ['两个月内', '2个月内'],
    // a numeral meets its counted word across dropped space, a pinyin reading or a lookalike zero
    ['三 个\n月内', '3个月内'],
    ['三(sān)个月内', '3个月内'],
    ['二〇〇O年底前', '2000年底前'],
    // a year typed with ASCII zeros for 〇, as signatures often are
    ['二00九年三月二十五日', '2009年3月25日'],
    ['二0一四年八月五日', '2014年8月5日'],
    ['二0一0年十二月', '2010年12月'],
    // an ASCII 0 after a numeral that is no year stays as it is
    ['第二0个', '第二0个'],
    ['一0天内', '一0天内'],
    ['二00九人', '二00九人'],
    ['第三 季度', '第3季度'],
    // a range's opening numeral counts what its closing one counts, the counted word written once: "三至五个工作日" as
    // "3至5个工作日" (客服人员将会在三至五个工作日联系您, 原路退款通常需要三至五个工作日到账, 用三到五年做…领跑者, 训练:一至三月,
    // GitHub-held text)
    ['力争用三至五年时间', '力争用3至5年时间'],
    ['用三到五年时间', '用3到5年时间'],
    ['在三至五个工作日内', '在3至5个工作日内'],
    ['一至两个月内', '1至2个月内'],
    ['明年一至三月', '明年1至3月'],
    ['十至二十天', '10至20天'],
    ['三—五年', '3—5年'],
    // a numeral closing a word before 至 stays, and one before a range word with no count after the range
    ['统一至三月底', '统一至3月底'],
    ['每周一至周五', '每周一至周五'],
    ['星期一至三月', '星期一至3月'],
    ['正月初一至三月十九', '正月初一至3月十九'],
    ['一至三级', '一至三级'],
    ['其一至其三', '其一至其三'],
    // numerals that are words stay words
    ['一把手负责', '一把手负责'],
    ['统一部署,一二三四', '统一部署,一二三四'],
    ['“十三五”期间', '“十三五”期间'],
    ['统一受理', '统一受理'],
    ['一、总体要求', '一、总体要求'],
    // traditional characters read as simplified
    ['責任單位', '责任单位'],
    ['省發改委牽頭', '省发改委牵头'],
    ['每季度報送', '每季度报送'],
    ['於二〇一八年十二月底前完成', '于2018年12月底前完成'],
    // a parenthesis nested in another, written 〔…〕 as official style does, reads as one; a document number's year does not
    ['(省财政厅,各市、县〔市、区〕政府负责)', '(省财政厅,各市、县(市、区)政府负责)'],
    ['〔责任单位:省民政厅、省财政厅〕', '(责任单位:省民政厅、省财政厅)'],
    ['(浙政办发〔2016〕28号)', '(浙政办发〔2016〕28号)'],
    ['浙政发〔二〇一六〕5号', '浙政发〔二〇一六〕5号'],
    ['各市、县〔市、区', '各市、县〔市、区'],
    // text that folds to itself is read as it is
    ['省发改委牵头', '省发改委牵头'],
    ['2018年6月底前完成', '2018年6月底前完成'],
    ['', ''],
    // a control character that folds to nothing, and a lone surrogate, read as before
    ['省发改委\u0000牵头', '省发改委牵头'],
    ['省发改委\ud800牵头', '省发改委\ufffd牵头'],
    ['省发改委𠀀牵头', '省发改委𠀀牵头'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('keeps one origin offset per normalised character, increasing', () => {
    const input = '請於 二〇一八年 十二月底前，完成';
    const n = normalise(input);
    for (let i = 1; i < n.text.length; i++) expect(n.originOf(i)).toBeGreaterThan(n.originOf(i - 1));
    expect(n.originOf(n.text.length - 1)).toBe(input.length - 1);
  });

  it.each([
    ['a text normalised to itself', '各地要于6月底前报送'],
    ['full-width punctuation, folded one to one', '各地要于6月底前，将材料报送（纸质版）'],
    ['a traditional character simplified', '各地要於6月底前報送'],
  ])('maps each character of %s to itself', (_what, input) => {
    const n = normalise(input);
    expect(n.text).toHaveLength(input.length);
    for (let i = 0; i < n.text.length; i++) expect(n.originOf(i)).toBe(i);
  });

  it.each([
    // [input, expression as normalised, exact input text it must map back to]
    ['请于 2018 年 6 月底前完成', '2018年6月底前', '2018 年 6 月底前'],
    ['请于２０１８年６月底前完成', '2018年6月底前', '２０１８年６月底前'],
    ['须在二〇一八年十二月底前完成', '2018年12月底前', '二〇一八年十二月底前'],
    ['收到材料起十五个工作日内办结', '15个工作日内', '十五个工作日内'],
    ['省發改委 牽頭，每季度報送', '每季度报送', '每季度報送'],
    ['第一行\n2018 年\n6 月底前', '2018年6月底前', '2018 年\n6 月底前'],
  ])('maps %s back to its input', (input, normalised, original) => {
    const n = normalise(input);
    const start = n.text.indexOf(normalised);
    expect(start).toBeGreaterThanOrEqual(0);
    const [from, to] = originalSpan(n, start, start + normalised.length);
    expect(input.slice(from, to)).toBe(original);
  });
});

describe('pinyin readings left by sites that annotate characters', () => {
  it.each([
    ['各負(fù)責(zé)單位要於十日內(nèi)報送', '各负责单位要于10日内报送'],
    ['於30分鐘(zhōng)內(nèi)上報', '于30分钟内上报'],
    ['每季度(dù)末报送', '每季度末报送'],
    ['報 (bào) 送市政府', '报送市政府'],
    ['完成（gǎi）造', '完成造'],
    // not readings: no tone mark, upper case, a number, or nothing before but a bracket
    ['按照(试行)办法', '按照(试行)办法'],
    ['安装(app)软件', '安装(app)软件'],
    ['上报(Word版)', '上报(Word版)'],
    ['附件(DOC)', '附件(DOC)'],
    ['注:(zé)为读音', '注:(zé)为读音'],
    ['(b)项', '(b)项'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it.each([
    // [input, expression as normalised, exact input text it must map back to]
    ['請於十五日內(nèi)報送', '15日内', '十五日內'],
    ['請於十(shí)五日內報送', '15日内', '十(shí)五日內'],
    ['交辦(bàn)之日起二十個工作日內報送', '20个工作日内', '二十個工作日內'],
    ['發(fā)現後30分鐘(zhōng)內', '30分钟内', '30分鐘(zhōng)內'],
  ])('maps %s back to its input across the readings', (input, normalised, original) => {
    const n = normalise(input);
    const start = n.text.indexOf(normalised);
    expect(start).toBeGreaterThanOrEqual(0);
    const [from, to] = originalSpan(n, start, start + normalised.length);
    expect(input.slice(from, to)).toBe(original);
  });

  it('quotes a unit name as written, without its readings', () => {
    const input = '各牽(qiān)頭單位要於月底前報送';
    const n = normalise(input);
    expect(writtenForm(n, input, '各牵头单位')).toBe('各牽頭單位');
    expect(withoutPinyinReadings('市發(fā)改委(wěi)')).toBe('市發改委');
  });
});

describe('chineseNumeralValue', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十一', 31],
    ['一百', 100],
    ['一百二十', 120],
    ['二〇一八', 2018],
    ['二零一九', 2019],
    ['两', 2],
    // 廿 and 卅 are 二十 and 三十 in one character (廿五日, 卅日, 卅一日).
    ['廿', 20],
    ['廿五', 25],
    ['卅', 30],
    ['卅一', 31],
  ])('%s = %d', (run, value) => {
    expect(chineseNumeralValue(run)).toBe(value);
  });

  it.each([['一二'], ['三五八'], ['二三十'], ['二廿'], ['廿卅']])('%s is no number', (run) => {
    expect(chineseNumeralValue(run)).toBeNull();
  });
});

describe('toSimplified', () => {
  it("gives every BMP character the form opencc-js's tw→cn converter gives it", () => {
    const converter = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const disagreeing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates are no characters
      const character = String.fromCharCode(code);
      if (toSimplified(character) !== converter(character)) disagreeing.push(character);
    }
    expect(disagreeing).toEqual([]);
  });

  it.each([
    ['a traditional character', '們', '们'],
    ['a Taiwan variant, through its standard form', '為', '为'],
    ['a CJK compatibility ideograph, through its unified form', '\uf900', '岂'],
    ['a simplified character', '们', '们'],
    ['a character both forms share', '年', '年'],
    ['ASCII', 'a', 'a'],
  ])('%s: %s becomes %s', (_, character, simplified) => {
    expect(toSimplified(character)).toBe(simplified);
  });
});

describe('an English " and " left between Chinese phrases by a conversion', () => {
  it.each([
    ['two units', '卫生部门 and 街道办事处每季度报告', '卫生部门和街道办事处每季度报告'],
    ['after a bracket', '乡镇政府（街道办事处） and 村委会负责', '乡镇政府(街道办事处)和村委会负责'],
    ['twice in a block', '甲局 and 乙局,丙局 and 丁局', '甲局和乙局,丙局和丁局'],
    ['beside a numeral', '三个月内 and 六个月内', '3个月内和6个月内'],
  ])('reads as 和: %s', (_name, input, text) => {
    expect(normalise(input).text).toBe(text);
  });

  it.each([
    ['inside Latin text', '见 Terms and Conditions 条款', '见TermsandConditions条款'],
    ['a Latin word that holds "and"', '甲局 Standard 乙局', '甲局Standard乙局'],
    ['written without spaces', '甲局and乙局', '甲局and乙局'],
  ])('stays as written: %s', (_name, input, text) => {
    expect(normalise(input).text).toBe(text);
  });

  it('maps 和 back to the "and" it stands for', () => {
    const input = '民政部门 and 乡镇政府每年公布';
    const n = normalise(input);
    const at = n.text.indexOf('和');
    expect(input.slice(...originalSpan(n, at, at + 1))).toBe('d');
    expect(input.slice(...originalSpan(n, 0, n.text.length))).toBe(input);
  });
});
