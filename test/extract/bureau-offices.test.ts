import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'bureau-offices.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// A county bureau's offices are 股 and together its 股室 (南县 2018 住建局 "内设办公室、人事股、财计股、法规股…21个股室", 宿松 2023
// "县财政局农业股", 霍邱 2021 "局机关各股室", 财政 国库 "业务股室": audit-texts units7/09-10, times7/01, time-forms/17), as a city
// department's are 科 and 科室: a bureau's own plan names them as the ones responsible, under 责任股室 as under 责任科室.
describe('a county bureau\'s 股 and 股室 are units', () => {
  it.each([
    ['1.2019年6月底前完成全县危房排查。(责任股室:规划股)', [[['规划股'], []]]],
    ['1.2019年6月底前完成全县危房排查。(责任股室:规划股、财务股)', [[['规划股'], ['财务股']]]],
    ['1.2019年6月底前完成全县危房排查。(牵头股室:规划股;配合股室:财务股、办公室)', [[['规划股'], ['财务股', '办公室']]]],
    ['1.2019年6月底前完成全县危房排查。(责任科室:规划股)', [[['规划股'], []]]],
    ['1.规划股要于2019年6月底前完成全县危房排查。', [[['规划股'], []]]],
    ['1.局机关各股室要于2019年6月底前报送统计数据。', [[['局机关各股室'], []]]],
    // Negatives: 股 closing a word of shares is no office.
    ['1.县城投公司要于2019年6月底前完成控股。', [[['县城投公司'], []]]],
    ['1.2019年6月底前完成优先股发行。', [[[], []]]],
    ['1.县国资委要于2019年6月底前完成资金入股。', [[['县国资委'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
