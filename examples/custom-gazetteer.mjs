// Add your own entries to the gazetteer: they are found like the built-in ones, and win over them.
import { extract } from 'khabar';

const gazetteer = [
  { id: 'org:jisr-press', type: 'ORG', subtype: 'media', name: { ar: 'جسر بريس', en: 'Jisr Press' }, aliases: ['موقع جسر'] },
  { id: 'person:oulad-mellouk', type: 'PERSON', name: { ar: 'عبد الواحد أولاد ملود', en: 'Abdelouahed Oulad Mellouk' }, aliases: ['أولاد ملود'] },
];

const text = 'ونقل موقع جسر عن عبد الواحد أولاد ملود أن التعاون الأمني بين المغرب وقطر متواصل.';
for (const entity of extract(text, { gazetteer }).entities) {
  console.log(`${entity.text}  →  ${entity.type} ${entity.id} (${entity.form})`);
}
