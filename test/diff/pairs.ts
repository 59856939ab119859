/**
 * Pairs for measuring when two texts are "the same row, reworded": texts from the corpus and the Order's
 * samples, each edited a little the way people edit a register from one year to the next (a word dropped,
 * a word added, endings changed, two words swapped), and pairs of different texts of the same kind and
 * language, which must not match.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';

interface Entry { lang: string; kind: string; text: string; powers?: string; risk?: string }

const DIR = path.join(__dirname, '..', 'corpus', 'sources');

/** Texts of five words or more from the corpus, by language: risk descriptions, powers and functions. */
export function corpusTexts(): { lang: string; text: string }[] {
  const texts: { lang: string; text: string }[] = [];
  for (const file of readdirSync(DIR).sort()) {
    const { entries } = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { entries: Entry[] };
    for (const e of entries) {
      for (const text of [e.risk, e.powers, e.text]) {
        if (text && text.split(/\s+/).length >= 5) texts.push({ lang: e.lang, text: text.trim() });
      }
    }
  }
  return [...new Map(texts.map((t) => [t.text, t])).values()];
}

/** A small deterministic generator, so the measured pairs are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ENDINGS: Record<string, string[]> = { ky: ['ы', 'лар', 'дын', 'га'], ru: ['ы', 'ой', 'ами', 'ого'] };
const ADDED: Record<string, string[]> = { ky: ['тиешелүү', 'мамлекеттик'], ru: ['соответствующих', 'государственных'] };

/** Edits a year's revision makes: one of drop a word, add a word, change two endings, swap two words; sometimes two. */
export function editedLittle(text: string, lang: string, seed: number): string {
  const next = random(seed);
  let words = text.split(/\s+/);
  const edits = 1 + Math.floor(next() * 2);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * words.length);
    const op = Math.floor(next() * 4);
    const endings = ENDINGS[lang] ?? ENDINGS.ru;
    if (op === 0 && words.length > 5) words = [...words.slice(0, at), ...words.slice(at + 1)];
    else if (op === 1) words = [...words.slice(0, at), (ADDED[lang] ?? ADDED.ru)[Math.floor(next() * 2)], ...words.slice(at)];
    else if (op === 2) {
      for (let k = 0; k < 2; k++) {
        const i = Math.floor(next() * words.length);
        if (words[i].length > 6) words[i] = words[i].slice(0, -1) + endings[Math.floor(next() * endings.length)];
      }
    } else {
      const j = Math.min(words.length - 1, at + 1);
      [words[at], words[j]] = [words[j], words[at]];
    }
  }
  return words.join(' ');
}

export function editedPairs(): [string, string][] {
  return corpusTexts().map(({ text, lang }, i) => [text, editedLittle(text, lang, i + 1)]);
}

/** Different texts of the same language: each text against the next few of the corpus (same documents, same topics). */
export function differentPairs(): [string, string][] {
  const texts = corpusTexts();
  const pairs: [string, string][] = [];
  texts.forEach((a, i) => {
    for (let k = 1; k <= 3 && i + k < texts.length; k++) if (texts[i + k].lang === a.lang) pairs.push([a.text, texts[i + k].text]);
  });
  return pairs;
}
