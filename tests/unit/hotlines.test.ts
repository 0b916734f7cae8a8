import {describe, expect, it} from 'vitest';
import rawHotlines from '@/content/hotlines.json';
import {hotlines, parseHotlines, smsHref, telHref} from '@/lib/hotlines';

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

  it('requires a note saying what is uncertain when a line is not verified', () => {
    expect(() => parseHotlines([{...valid, verified: false}])).toThrow(/unverifiedNote .*needs an "unverifiedNote"/);
    expect(() =>
      parseHotlines([{...valid, verified: false, unverifiedNote: {es: 'Confirma el horario.', en: 'Confirm the hours.'}}])
    ).not.toThrow();
  });

  it('rejects the same id twice', () => {
    expect(() => parseHotlines([valid, valid])).toThrow('content/hotlines.json  1.id  the id "human-trafficking" is used twice');
  });
});
