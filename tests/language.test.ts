import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { detectLanguage } from '../src/language/index.js';
import { seedArticles } from './helpers/fixtures.js';

describe('detectLanguage', () => {
  it.each([
    ['وشارك في هذا اللقاء ممثلو الوفود الأمنية التي تمت دعوتها من قبل البلد المستضيف', 'arb', 'arabic'],
    ['Morocco will deploy thousands of police officers to secure the World Cup in Qatar this winter.', 'eng', 'latin'],
    ['La police marocaine arrive à Paris pour sécuriser les Jeux olympiques de cet été.', 'fra', 'latin'],
    ['این یک متن کوتاه به زبان فارسی است که برای آزمایش نوشته شده است و کلمات زیادی دارد', 'pes', 'arabic'],
    ['وقال المتحدث باسم الشرطة The security plan is ready for the tournament', 'eng', 'mixed'],
  ])('%s → %s (%s)', (text, code, script) => {
    expect(detectLanguage(text)).toEqual({ code, script });
  });

  it.each([
    ['', 'other'],
    ['   2022 ', 'other'],
    ['قطر', 'arabic'],
    ['OK', 'latin'],
  ])('says "und" when there is too little to tell: %j', (text, script) => {
    expect(detectLanguage(text)).toEqual({ code: 'und', script });
  });

  it('reads every seed article as Arabic', () => {
    for (const article of seedArticles()) expect(detectLanguage(article.text), article.name).toEqual({ code: 'arb', script: 'arabic' });
  });

  it('looks at a bounded sample of a long text, from its start, middle and end', () => {
    const arabic = 'وشارك في هذا اللقاء ممثلو الوفود الأمنية التي تمت دعوتها. '.repeat(20_000);
    expect(detectLanguage(arabic).code).toBe('arb');
    const english = 'The delegation met the organisers of the tournament in Doha. '.repeat(20_000);
    expect(detectLanguage(english).code).toBe('eng');
  });
});

describe("extract()'s language: the language of most of the sentences' letters", () => {
  it.each([
    ['قال حموشي: "Qatar will host about 1.5 million fans." ثم غادر.', 'eng', 'mixed'],
    ['وصل الوفد إلى الدوحة صباح اليوم. Le Maroc a envoyé une délégation de policiers. وقال رئيس الوفد إن التعاون مستمر منذ سنوات طويلة.', 'arb', 'mixed'],
    ['Le ministre a annoncé hier le déploiement de 6 000 policiers.', 'fra', 'latin'],
    ['17/11/2022', 'und', 'other'],
  ])('%s → %s', (text, code, script) => {
    expect(extract(text).language).toEqual({ code, script });
  });
});
