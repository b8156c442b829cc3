import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMoney } from '../../src/recognise/money.js';

const values = (text: string): Array<[number, string, string]> => findMoney(text).map((m) => [m.value, m.currency, m.qualifier]);

describe('money', () => {
  it('reads a ten and a unit in words ("twenty-five billion dollars", "forty two million dollars")', () => {
    assert.deepEqual(
      findMoney('more than twenty-five billion dollars of investment and forty two million dollars in grants').map((m) => m.value),
      [25e9, 42e6],
    );
  });
  it('reads "X,YYY million" with a decimal comma in a text that writes one unmistakably ("16,6%", "$612,87 million"), and as thousands otherwise', () => {
    assert.deepEqual(
      findMoney('Trade came to $431,508 million, up 12,4%, and exports to $208,91 million.').map((m) => m.value),
      [431_508_000, 208_910_000],
    );
    assert.deepEqual(
      findMoney('Trade came to $1,250 million, up 12.4%.').map((m) => m.value),
      [1_250_000_000],
    );
  });
  it('reads "pounds of supplies" as a weight, and "pounds of investment" as sterling', () => {
    assert.deepEqual(
      findMoney('They delivered 100,000 pounds of supplies and 20,000 pounds of rice; Britain pledged 5 million pounds of investment.').map((m) => [
        m.value,
        m.currency,
      ]),
      [[5_000_000, 'GBP']],
    );
  });
  it('reads the Jordanian press prefixes glued to a figure ("JOD832 million", "JD5 billion"), a hyphened scale and a singular "U.S. Dollar"', () => {
    assert.deepEqual(values('trade rose to JOD832 million and JD5 billion'), [
      [832e6, 'JOD', 'exact'],
      [5e9, 'JOD', 'exact'],
    ]);
    assert.deepEqual(
      values('past the US$20-billion mark, near our 5 billion U.S. Dollar target').map(([v, c]) => [v, c]),
      [
        [20e9, 'USD'],
        [5e9, 'USD'],
      ],
    );
  });
  it('reads the real written with a space ("R $ 27 billion") and a dollar value after a sign in brackets ("8 billion euros (>10 billion USD)") as the figure\'s', () => {
    assert.deepEqual(values('investments over R $ 27 billion'), [[27e9, 'BRL', 'more_than']]);
    assert.deepEqual(
      findMoney('contracts of 8 billion euros (>10 billion USD)').map((m) => [m.value, m.currency, m.usd]),
      [[8e9, 'EUR', 10e9]],
    );
  });
  it('reads the agency abbreviation "dlrs" as the US dollar, before or after the figure', () => {
    assert.deepEqual(values('trade stood at dlrs 270 million, then 300 million dlrs'), [
      [270e6, 'USD', 'exact'],
      [300e6, 'USD', 'exact'],
    ]);
  });
  it('reads Malaysian scales glued to ringgit ("RM122bil", "RM50mil"), the Southern Cone "U$S" and a rupee qualified by its state before "Rs"', () => {
    assert.deepEqual(values('trade of RM122bil and aid of RM50mil'), [
      [122e9, 'MYR', 'exact'],
      [50e6, 'MYR', 'exact'],
    ]);
    assert.deepEqual(values('exports reached almost U$S 3,000 million'), [[3e9, 'USD', 'less_than']]);
    assert.deepEqual(
      values('an investment of Nepalese Rs 14.4 billion and of Pakistani Rs. 2 billion').map(([v, c]) => [v, c]),
      [
        [14.4e9, 'NPR'],
        [2e9, 'PKR'],
      ],
    );
  });
  it('gives the first figure of a range the scale only the second names ("$14-16 billion", "USD 1.5–2 billion")', () => {
    assert.deepEqual(
      values('trade could reach $14-16 billion, and aid USD 1.5–2 billion').map(([v]) => v),
      [14e9, 16e9, 1.5e9, 2e9],
    );
    // Two figures each with its scale, or a year range before a figure, are left as they are.
    assert.deepEqual(
      values('$5 million - $6 billion in 2020-2021 $7 billion').map(([v]) => v),
      [5e6, 6e9, 7e9],
    );
  });
  it('reads a figure stated in two scales, the larger part first, as one ("1 billion 800 million US dollars"), and "US $" as the US dollar', () => {
    assert.deepEqual(values('turnover reached about 1 billion 800 million US dollars'), [[1.8e9, 'USD', 'about']]);
    assert.deepEqual(values('to be raised to US $ 5 billion'), [[5e9, 'USD', 'exact']]);
    // Two figures a comma parts are two figures; a smaller scale before a larger one is no part of it.
    // (The first, a trade figure with no currency of its own, takes the one of the figure after it.)
    assert.deepEqual(values('exports of 2 billion, imports of 300 million dollars'), [
      [2e9, 'USD', 'exact'],
      [3e8, 'USD', 'exact'],
    ]);
    assert.deepEqual(values('some 300 million 2 billion dollars'), [[2e9, 'USD', 'exact']]);
    // … also with the symbol before the larger part: one figure, not "$1 billion" and "$1.786 billion".
    assert.deepEqual(values('a total amount of about $1 billion 786 million'), [[1.786e9, 'USD', 'about']]);
    assert.deepEqual(values('$2 billion, 300 million of it in loans'), [
      [2e9, 'USD', 'exact'],
      [3e8, 'USD', 'exact'],
    ]);
  });
  it('reads the rand\'s "R" glued to a figure with a scale, a symbol glued to a small word ("and$1.3bn") and a stray dot ("US$. 340 million")', () => {
    const read = (text: string) => findMoney(text).map((m) => [m.text, m.value, m.currency]);
    assert.deepEqual(read('Trade reached R5.8 billion in 2022.'), [['R5.8 billion', 5.8e9, 'ZAR']]);
    assert.deepEqual(read('Form R5 and R 5 billion are no figures of the rand.'), []);
    assert.deepEqual(read('Exports were $662 million and$1.338bn were imports.'), [
      ['$662 million', 662e6, 'USD'],
      ['$1.338bn', 1.338e9, 'USD'],
    ]);
    assert.deepEqual(read('Exports were US$. 340.10 million in 2022.'), [['US$. 340.10 million', 340.1e6, 'USD']]);
    assert.deepEqual(read('HK$5 billion and A$3 billion were noted.'), [
      ['HK$5 billion', 5e9, 'HKD'],
      ['A$3 billion', 3e9, 'AUD'],
    ]);
  });
  it('reads symbols, codes and words with scales', () => {
    assert.deepEqual(values('trade reached $1.4 billion'), [[1.4e9, 'USD', 'exact']]);
    assert.deepEqual(values('1 billion US dollars and US$ 250 mln'), [
      [1e9, 'USD', 'exact'],
      [2.5e8, 'USD', 'exact'],
    ]);
    assert.deepEqual(values('raise it to $2bln'), [[2e9, 'USD', 'exact']]);
    assert.deepEqual(values('a total of 140 million US dollars'), [[1.4e8, 'USD', 'exact']]);
    assert.deepEqual(values('worth $48,312 million'), [[48312e6, 'USD', 'exact']]);
  });
  it('reads each figure of a list', () => {
    assert.deepEqual(
      values('the $70 million, $80 million and even $100 million worth').map((v) => v[0]),
      [7e7, 8e7, 1e8],
    );
  });
  it('reads qualifiers before the figure', () => {
    assert.deepEqual(
      values('amounted to more than 1 billion US dollars').map((v) => v[2]),
      ['more_than'],
    );
    assert.deepEqual(
      values('having exceeded $500 million').map((v) => v[2]),
      ['more_than'],
    );
    assert.deepEqual(
      values('about 300 million dollars').map((v) => v[2]),
      ['about'],
    );
    assert.deepEqual(
      values('nearly $90 million').map((v) => v[2]),
      ['less_than'],
    );
  });
  it("reads a currency in brackets after the figure, and no figure inside another's brackets", () => {
    assert.deepEqual(values('trade stood at 1.75 bln (euros)'), [[1.75e9, 'EUR', 'exact']]);
    assert.equal(findMoney('trade stood at 1.75 bln (euros) last year')[0]!.text, '1.75 bln (euros)');
    assert.deepEqual(values('a grant of 5 million (euros are paid yearly)'), [], 'an opened bracket that does not close on the currency is no currency');
  });
  it('keeps other currencies as stated', () => {
    assert.deepEqual(values('investment of €2.6 billion'), [[2.6e9, 'EUR', 'exact']]);
  });
  it('ignores numbers that are not money', () => {
    assert.deepEqual(values('150 trolleybuses and 500 students in 2018'), []);
  });
});

describe('other dollars', () => {
  it('does not read A$ as US dollars: one figure in its own currency, with the US$ beside it as its dollar value', () => {
    const [m, ...rest] = findMoney('trade reached A$26.9 billion (US$17.4 billion)');
    assert.deepEqual([m?.value, m?.currency, m?.usd, rest.length], [26.9e9, 'AUD', 17.4e9, 0]);
  });
  it('reads a figure restated in brackets in another currency as one figure, in the currency stated first', () => {
    const dollars = findMoney('a target of USD 15 billion (KES 1.9 trillion) by 2030');
    assert.deepEqual(
      dollars.map((m) => [m.value, m.currency]),
      [[15e9, 'USD']],
    );
    const forints = findMoney('Budapest granted 30 billion forints (EUR 80 million) to firms');
    assert.deepEqual(
      forints.map((m) => [m.value, m.currency]),
      [[30e9, 'HUF']],
    );
    const restated = findMoney('four projects worth 100.3 billion yen, or roughly US$912 million, and a fund of $75 billion — more than Rs 5 lakh crore');
    assert.deepEqual(
      restated.map((m) => [m.value, m.currency, m.usd]),
      [
        [100.3e9, 'JPY', 912e6],
        [75e9, 'USD', null],
      ],
      'restated after ", or roughly" and after a dash',
    );
    // Two figures in one currency are two figures, and a bracket far from the figure is its own.
    assert.equal(findMoney('exports of $3 billion ($1 billion more than in 2022)').length, 2);
  });
  it('reads "(approx. $2.1 billion)" as the dollar value of the figure before it, and a restatement in an unnamed currency as no figure', () => {
    const [m, ...rest] = findMoney('trade reached QAR 7.8 billion (approx. $2.1 billion) in 2023');
    assert.deepEqual([m?.value, m?.currency, m?.usd, rest.length], [7.8e9, 'QAR', 2.1e9, 0]);
    assert.deepEqual(
      findMoney('trade reached $27 billion, equivalent to about one trillion pesos').map((x) => [x.value, x.currency]),
      [[27e9, 'USD']],
    );
  });
});
