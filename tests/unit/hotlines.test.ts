import {describe, expect, it} from 'vitest';
import rawHotlines from '@/content/hotlines.json';
import {hotlineLine, hotlines, isReviewStale, parseHotlines, smsHref, staleReviews, telHref} from '@/lib/hotlines';

const valid = structuredClone(rawHotlines.find((h) => h.id === 'human-trafficking')!);

describe('hotline data', () => {
  it('the real file is valid and has the required lines', () => {
    expect(hotlines.map((h) => h.id)).toEqual(expect.arrayContaining(['emergency', 'human-trafficking', 'domestic-violence', 'crisis']));
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
    const bad = {...valid, website: {es: 'http://humantraffickinghotline.org/es', en: 'https://humantraffickinghotline.org/'}};
    expect(() => parseHotlines([bad])).toThrow('content/hotlines.json  0.website.es  an absolute https:// address');
  });

  it('records what was done to check each line, not a "verified" flag', () => {
    for (const h of hotlines) {
      expect(h).not.toHaveProperty('verified');
      expect(h.review.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(h.review.against).toMatch(/^https:\/\//);
      // Nobody has called or texted the lines yet: the site must not claim it.
      expect(h.review.confirmedBy).toEqual([]);
    }
    // The facts the research marks as uncertain say so, in both languages.
    expect(hotlines.find((h) => h.id === 'emergency')!.unconfirmed).toEqual({es: expect.any(String), en: expect.any(String)});
    expect(hotlines.find((h) => h.id === 'domestic-violence')!.unconfirmed).toEqual({es: expect.any(String), en: expect.any(String)});
  });

  it('requires every review field, with a plain message naming it', () => {
    const without = (field: string) => {
      const review: Record<string, unknown> = {...valid.review};
      delete review[field];
      return [{...valid, review}];
    };
    expect(() => parseHotlines(without('date'))).toThrow(
      'content/hotlines.json  0.review.date  The review date is missing: write the day you last checked this line against its official page, like "2026-11-23"'
    );
    expect(() => parseHotlines(without('against'))).toThrow(
      'content/hotlines.json  0.review.against  The official page is missing: write the https:// address of the page you checked this line against'
    );
    expect(() => parseHotlines(without('confirmedBy'))).toThrow(
      'content/hotlines.json  0.review.confirmedBy  The list of live checks is missing: write "confirmedBy": [] if nobody called or texted the line, or ["call"] after calling it'
    );
    const noReview: Record<string, unknown> = {...valid};
    delete noReview.review;
    expect(() => parseHotlines([noReview])).toThrow(
      'content/hotlines.json  0.review  The review is missing: write "review": {"date": "2026-11-23", "against": "https://...", "confirmedBy": []}'
    );
  });

  it('rejects a review that is not what was done', () => {
    const withReview = (review: object) => [{...valid, review: {...valid.review, ...review}}];
    expect(() => parseHotlines(withReview({date: '23/11/2026'}))).toThrow(
      'content/hotlines.json  0.review.date  a date written as YYYY-MM-DD, like 2026-11-23, on a day that exists'
    );
    expect(() => parseHotlines(withReview({against: 'http://humantraffickinghotline.org/'}))).toThrow(
      'content/hotlines.json  0.review.against  an absolute https:// address'
    );
    expect(() => parseHotlines(withReview({confirmedBy: ['email']}))).toThrow(
      'content/hotlines.json  0.review.confirmedBy.0  one of "call", "text" or "chat": only what someone really did to check the line'
    );
    expect(() => parseHotlines([{...valid, verified: true}])).toThrow(/Unrecognized key: "verified"/);
    expect(() => parseHotlines(withReview({confirmedBy: ['call', 'text']}))).not.toThrow();
  });

  it('warns about a review older than 12 months, not a recent one', () => {
    const today = '2027-11-30';
    expect(isReviewStale('2026-11-23', today)).toBe(true);
    expect(isReviewStale('2027-01-15', today)).toBe(false);
    // Exactly 12 months old is still fine; the next day it is stale.
    expect(isReviewStale('2026-11-30', today)).toBe(false);
    expect(isReviewStale('2026-11-29', today)).toBe(true);
    expect(isReviewStale('2026-11-23', new Date('2027-11-23T12:00:00Z'))).toBe(false);

    const old = parseHotlines([{...valid, review: {...valid.review, date: '2025-06-01'}}]);
    const recent = parseHotlines([{...valid, review: {...valid.review, date: '2027-10-01'}}]);
    expect(staleReviews(old, today).map((h) => h.id)).toEqual(['human-trafficking']);
    expect(staleReviews(recent, today)).toEqual([]);
  });

  it('finds the line of a hotline\'s review date in the file', () => {
    const json = JSON.stringify(rawHotlines, null, 2);
    const line = hotlineLine(json, 'domestic-violence')!;
    expect(json.split('\n')[line - 1]).toMatch(/"date": "\d{4}-\d{2}-\d{2}"/);
    expect(line).toBeGreaterThan(hotlineLine(json, 'human-trafficking')!);
    expect(hotlineLine(json, 'no-such-line')).toBeUndefined();
  });

  it('rejects the same id twice', () => {
    expect(() => parseHotlines([valid, valid])).toThrow('content/hotlines.json  1.id  the id "human-trafficking" is used twice');
  });
});
