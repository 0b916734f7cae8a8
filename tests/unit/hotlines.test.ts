import {describe, expect, it} from 'vitest';
import rawHotlines from '@/content/hotlines.json';
import {hotlineReviews, hotlines, parseHotlines, smsHref, staleHotlineFacts, telHref} from '@/lib/hotlines';
import {isReviewStale} from '@/lib/facts';

const valid = structuredClone(rawHotlines.find((h) => h.id === 'human-trafficking')!);

describe('hotline data', () => {
  it('the real file is valid and has the required lines', () => {
    expect(hotlines.map((h) => h.id)).toEqual(
      expect.arrayContaining(['emergency', 'human-trafficking', 'domestic-violence', 'crisis'])
    );
    const nhth = hotlines.find((h) => h.id === 'human-trafficking')!;
    expect(telHref(nhth.call.number)).toBe('tel:+18883737888');
    expect(smsHref(nhth.text!.number)).toBe('sms:233733');
    expect(nhth.tty?.number).toBe('711');
    const dv = hotlines.find((h) => h.id === 'domestic-violence')!;
    expect(smsHref(dv.text!.number, 'START')).toBe('sms:88788?&body=START');
    expect(dv.tty?.display).toBe('1-800-787-3224');
  });

  it('rejects a bad number with a clear message', () => {
    const bad = {...valid, call: {number: '1-888-373-7888', display: '1-888-373-7888'}};
    expect(() => parseHotlines([bad])).toThrow(
      'content/hotlines.json  0.call.number  a phone number in E.164 form (like +18883737888) or a short code of 3 to 6 digits (like 911)'
    );
  });

  it('rejects a missing translation', () => {
    const bad = {...valid, name: {en: 'National Human Trafficking Hotline'}};
    expect(() => parseHotlines([bad])).toThrow('content/hotlines.json  0.name.es  The name in Spanish (es) is missing');
  });

  it('rejects a web address that is not https', () => {
    const bad = {
      ...valid,
      website: {es: 'http://humantraffickinghotline.org/es', en: 'https://humantraffickinghotline.org/'}
    };
    expect(() => parseHotlines([bad])).toThrow('content/hotlines.json  0.website.es  an absolute https:// address');
  });

  it('records how each fact of each line was checked, with a method that says what was done', () => {
    for (const h of hotlines) {
      expect(h).not.toHaveProperty('verified');
      for (const {review} of hotlineReviews([h])) {
        expect(review.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(review.source).toMatch(/^https:\/\//);
        // Nobody has called or texted the lines: the record must not claim it.
        expect(review.method).toBe('stored-copy');
        expect(review.sourceTitle.es).toMatch(/copia guardada/);
        expect(review.sourceTitle.en).toMatch(/saved copy/);
      }
    }
    // The trafficking line's operator is the one HHS chose in 2025, and what is not known says so.
    const nhth = hotlines.find((h) => h.id === 'human-trafficking')!;
    expect(nhth.operator).toMatchObject({name: 'Compass Connections', since: '2025-09-22'});
    expect(nhth.sharing.unconfirmed).toEqual({es: expect.any(String), en: expect.any(String)});
    expect(hotlines.find((h) => h.id === 'emergency')!.languages.unconfirmed).toEqual({
      es: expect.any(String),
      en: expect.any(String)
    });
  });

  it('refuses a fact without a method or a source, in plain words naming it', () => {
    const without = (field: string) => {
      const review: Record<string, unknown> = {...valid.sharing.review};
      delete review[field];
      return [{...valid, sharing: {...valid.sharing, review}}];
    };
    expect(() => parseHotlines(without('method'))).toThrow(
      'content/hotlines.json  0.sharing.review.method  how this fact was checked is missing: write "method" with one of "call", "text", "chat", "live-page", "stored-copy" (only what was really done)'
    );
    expect(() => parseHotlines(without('source'))).toThrow(
      'content/hotlines.json  0.sharing.review.source  the page this fact was checked against is missing: write "source" with its https:// address'
    );
    expect(() => parseHotlines(without('date'))).toThrow(
      'content/hotlines.json  0.sharing.review.date  the day this fact was last checked is missing'
    );
    const noReview: Record<string, unknown> = {...valid.hours};
    delete noReview.review;
    expect(() => parseHotlines([{...valid, hours: noReview}])).toThrow(
      'content/hotlines.json  0.hours.review  the review is missing'
    );
  });

  it('refuses a method that is not what was done, and names the line of the file', () => {
    const withReview = (review: object) => [
      {...valid, operator: {...valid.operator, review: {...valid.operator!.review, ...review}}}
    ];
    expect(() => parseHotlines(withReview({method: 'official page'}))).toThrow(
      'content/hotlines.json  0.operator.review.method  one of "call", "text", "chat", "live-page", "stored-copy": only what was really done'
    );
    expect(() => parseHotlines(withReview({date: '23/11/2026'}))).toThrow(
      '0.operator.review.date  a date written as YYYY-MM-DD'
    );
    expect(() => parseHotlines(withReview({source: 'http://humantraffickinghotline.org/'}))).toThrow(
      '0.operator.review.source  an absolute https:// address'
    );
    expect(() => parseHotlines([{...valid, verified: true}])).toThrow(/Unrecognized key: "verified"/);
    expect(() => parseHotlines(withReview({method: 'call'}))).not.toThrow();
    // With the file's text, the message names the line of the value.
    const json = JSON.stringify(withReview({method: 'official page'}), null, 2);
    const line = json.split('\n').findIndex((l) => l.includes('"official page"')) + 1;
    expect(() => parseHotlines(JSON.parse(json), 'content/hotlines.json', json)).toThrow(
      `content/hotlines.json:${line}  0.operator.review.method`
    );
  });

  it('warns about an operator or a policy after 6 months, and about hours after 12', () => {
    const dated = (date: string) => {
      const h = structuredClone(valid);
      for (const fact of ['numbers', 'operator', 'sharing', 'hours', 'languages', 'cost'] as const)
        h[fact]!.review = {...h[fact]!.review, date};
      return parseHotlines([h]);
    };
    const due = (date: string, today: string) => staleHotlineFacts(dated(date), today).map((r) => r.fact);
    expect(due('2026-12-04', '2027-06-04')).toEqual([]);
    // The day after 6 months: the operator and what the line may share are due; numbers and hours are not.
    expect(due('2026-12-04', '2027-06-05')).toEqual(['operator', 'sharing']);
    expect(due('2026-12-04', '2027-12-05')).toEqual(['numbers', 'operator', 'sharing', 'hours', 'languages', 'cost']);
    expect(isReviewStale('2026-11-30', '2027-11-30', 12)).toBe(false);
    expect(isReviewStale('2026-11-29', '2027-11-30', 12)).toBe(true);
  });

  it('rejects the same id twice', () => {
    expect(() => parseHotlines([valid, valid])).toThrow(
      'content/hotlines.json  1.id  the id "human-trafficking" is used twice'
    );
  });
});
