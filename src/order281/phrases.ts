/**
 * Phrase matching in one pass. A text is read once, letter by letter, through a trie of every stem the
 * phrases use: each word comes out with the stems it starts with (folded: case, Latin look-alikes and
 * Kyrgyz letters typed as Russian ones read alike). Phrases are then matched over those words, starting
 * only where a word opens one, so the cost follows the words that matter, not the size of the lexicon.
 *
 * A phrase is a few words in order — «отказ в выдаче», «документтерди кабыл алуу» — each slot a set of
 * stems, with optional words between them, never across a clause break (`;`, `.`, `,`, a line break).
 * Why phrases: a single stem cannot tell «граждан» (citizens) from «гражданских служащих» (civil servants),
 * or «дайындоо» of a post from «дайындоо» of a benefit.
 */

/**
 * One word of a phrase: a stem, or alternatives. A stem matches a word starting with it («выдач» reads
 * «выдаче», «выдачи»); `=` at the end asks for the whole word («в=»); `!` at the start excludes words
 * starting with it («!гражданск» keeps «граждан» from reading «гражданских»). Stems are written in plain
 * Cyrillic lower case; Kyrgyz letters are folded on load. An alternative that another one already reads
 * («конкурс|конкурсун») only lengthens a list, and the lexicons' test refuses it.
 */
export type WordSpec = string | readonly string[];

export interface Phrase<T> {
  words: readonly WordSpec[];
  /** How many words may stand between two words of the phrase (0: adjacent). */
  gap?: number;
  /** The evidence takes in the word after the phrase when it is its object («отказ в выдаче» + «лицензии»). */
  object?: boolean;
  tag: T;
}

export interface PhraseHit<T> {
  /** Index of the phrase in the list the matcher was built from. */
  phrase: number;
  tag: T;
  /** Offsets in the text of the first letter of the phrase and one past its last (with its object). */
  start: number;
  end: number;
  /** Which clause of the text the phrase stands in (clauses are numbered from 0 at each break). */
  clause: number;
  /** Which sentence (`.`, `;`, `!`, `?`, a line break end one), numbered from 0 likewise. */
  sentence: number;
}

const ALPHABET = 32; // а..я; folded Kyrgyz letters and ё land inside it.
const NO_LETTER = -1;
const NOT_A_WORD = -2;
const SKIP = -3;

/** Latin letters typed for the Cyrillic letters they look like (a keyboard layout switched mid-word). */
const LATIN_LOOKALIKE: Record<string, string> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };

/**
 * A character's letter index in the trie's alphabet, or what else it is. Precomputed for the Basic Latin,
 * Latin-1 and Cyrillic blocks, the characters registers are written in.
 */
const CLASS = new Int8Array(0x500).fill(NOT_A_WORD);
(() => {
  for (let c = 0x30; c <= 0x39; c++) CLASS[c] = NO_LETTER;
  for (let c = 0xdf; c < 0x250; c++) CLASS[c] = NO_LETTER;
  for (let c = 0x400; c < 0x500; c++) CLASS[c] = NO_LETTER;
  for (let c = 0x300; c < 0x370; c++) CLASS[c] = SKIP; // combining accents stay inside their word
  CLASS[0xad] = SKIP; // soft hyphen
  for (let i = 0; i < 26; i++) {
    const lower = String.fromCharCode(0x61 + i);
    const twin = LATIN_LOOKALIKE[lower];
    const index = twin === undefined ? NO_LETTER : twin.charCodeAt(0) - 0x430;
    CLASS[0x61 + i] = index;
    CLASS[0x41 + i] = index;
  }
  for (let i = 0; i < ALPHABET; i++) {
    CLASS[0x430 + i] = i;
    CLASS[0x410 + i] = i;
  }
  const fold = (from: number[], to: string) => { for (const c of from) CLASS[c] = to.charCodeAt(0) - 0x430; };
  fold([0x451, 0x401], 'е');
  // Kyrgyz letters, and what is typed in their place where a keyboard lacks them (normalize.ts): the fita
  // ѳ, the Altai ӧ, ӱ, ҥ, Latin ö, ü.
  fold([0x4e9, 0x4e8, 0x473, 0x472, 0x4e7, 0x4e6, 0xf6, 0xd6], 'о');
  fold([0x4af, 0x4ae, 0x4f1, 0x4f0, 0xfc, 0xdc], 'у');
  fold([0x4a3, 0x4a2, 0x4a5, 0x4a4], 'н');
})();

/** Characters that end a clause: a phrase never runs across them. */
const CLAUSE_BREAK = new Uint8Array(0x2100);
// Brackets do not: «цены (максимальной) закупки» is one phrase with an aside.
for (const c of ',;.:!?\n\r\t•·…') CLAUSE_BREAK[c.charCodeAt(0)] = 1;
/** Clause breaks that also end a sentence. */
const SENTENCE_END = 2;
for (const c of ';.!?\n\r') CLAUSE_BREAK[c.charCodeAt(0)] = SENTENCE_END;

function classOf(code: number): number {
  return code < 0x500 ? CLASS[code] : NOT_A_WORD;
}

/** A stem's letters as alphabet indices. */
function lettersOf(stem: string): number[] {
  return [...stem].map((ch) => {
    const index = classOf(ch.charCodeAt(0));
    if (index < 0) throw new Error(`A stem is written in Cyrillic letters only: «${stem}»`);
    return index;
  });
}

// Right after a Kyrgyz stem these undo it: the privative suffix (-сыз, -сиз, -суз, -сүз: «уруксатсыз»,
// "unauthorised") and the negative verb («текшербестен», "without checking"; «кечиктирбей»). Folded.
const [PRIVATIVE_VOWEL_Y, PRIVATIVE_VOWEL_I, PRIVATIVE_VOWEL_U] = lettersOf('ыиу');
const Z = lettersOf('з')[0];
const [VOWEL_A, VOWEL_E, VOWEL_O] = lettersOf('аео');
const B = lettersOf('б')[0];
const P = lettersOf('п')[0];
const S = lettersOf('с')[0];
const J = lettersOf('й')[0];
const G = lettersOf('г')[0];
const N = lettersOf('н')[0];
const SH = lettersOf('ш')[0];

const negativeVerbVowel = (letter: number) => letter === VOWEL_A || letter === VOWEL_E || letter === VOWEL_O;

function undoneAt(letters: Int8Array, at: number, length: number): boolean {
  if (at + 3 > length) return false;
  const first = letters[at];
  const second = letters[at + 1];
  if (first === S) return letters[at + 2] === Z && (second === PRIVATIVE_VOWEL_Y || second === PRIVATIVE_VOWEL_I || second === PRIVATIVE_VOWEL_U);
  if ((first !== B && first !== P) || !negativeVerbVowel(second)) return false;
  const next = letters[at + 2];
  if (next === S || next === J || next === SH) return true;
  return next === G && at + 4 < length && negativeVerbVowel(letters[at + 3]) && letters[at + 4] === N;
}

interface StemEntry {
  exact: boolean;
  /** The trie node the stem ends at. */
  node: number;
  /** Slots this stem satisfies (positive) or vetoes (negative), as slot ids. */
  slots: number[];
  vetoes: number[];
}

interface CompiledPhrase<T> {
  slots: number[];
  gap: number;
  object: boolean;
  tag: T;
}

const WORD_SERIAL_LIMIT = 0x40000000;

/** Words of one text, kept in reused arrays: matching allocates nothing per word. */
class WordTable {
  start = new Int32Array(64);
  end = new Int32Array(64);
  clause = new Int32Array(64);
  sentence = new Int32Array(64);
  /** Slot ids each word satisfies, `slotFrom[i]` to `slotFrom[i + 1]` in `slotIds`. */
  slotFrom = new Int32Array(65);
  slotIds = new Int32Array(256);
  count = 0;
  /**
   * For each slot, the serial number of the last word given it: a word passing several stems of one slot
   * is given it once without searching its slots so far (a word can hold dozens). Serials run on across
   * texts, so nothing is cleared between them; within a text they run on from `textBase`, so the serial
   * also says where in the text a slot was last seen.
   */
  private lastWordOfSlot = new Int32Array(0);
  private wordSerial = 0;
  private textBase = 0;

  /** Makes room for slot ids below `slots`. */
  setSlots(slots: number): void {
    this.lastWordOfSlot = new Int32Array(slots);
    this.wordSerial = 0;
  }

  /** Empties the table, with room for `words` words: no word is then checked for room as it is added. */
  reset(words: number): void {
    if (words + 1 >= this.start.length) {
      const size = Math.max(words + 2, this.start.length * 2);
      const grow = (a: Int32Array) => { const b = new Int32Array(size); b.set(a); return b; };
      this.start = grow(this.start); this.end = grow(this.end); this.clause = grow(this.clause); this.sentence = grow(this.sentence); this.slotFrom = grow(this.slotFrom);
    }
    this.count = 0;
    this.slotFrom[0] = 0;
    // Stryker disable next-line all: wrapping the serials round only keeps them inside an Int32Array.
    if (this.wordSerial + words + 1 >= WORD_SERIAL_LIMIT) { this.lastWordOfSlot.fill(0); this.wordSerial = 0; }
    this.textBase = this.wordSerial;
  }

  add(start: number, end: number, clause: number, sentence: number): void {
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.clause[this.count] = clause;
    this.sentence[this.count] = sentence;
    this.count += 1;
    this.slotFrom[this.count] = this.slotFrom[this.count - 1];
    this.wordSerial += 1;
  }

  /** Gives the last word added one more satisfied slot. */
  addSlot(slot: number): void {
    if (this.lastWordOfSlot[slot] === this.wordSerial) return;
    this.lastWordOfSlot[slot] = this.wordSerial;
    const at = this.slotFrom[this.count];
    if (at >= this.slotIds.length) { const b = new Int32Array(this.slotIds.length * 2); b.set(this.slotIds); this.slotIds = b; }
    this.slotIds[at] = slot;
    this.slotFrom[this.count] = at + 1;
  }

  /** Whether a word after `word` in this text satisfies the slot. */
  occursAfter(slot: number, word: number): boolean {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a looser test only reads on, which costs time, never a hit.
    return this.lastWordOfSlot[slot] > this.textBase + word + 1;
  }

  has(word: number, slot: number): boolean {
    for (let k = this.slotFrom[word]; k < this.slotFrom[word + 1]; k++) if (this.slotIds[k] === slot) return true;
    return false;
  }
}

/**
 * The hits of one text as columns (what PhraseHit holds, the tag as the phrase's index), kept from text
 * to text: a check reads tens of thousands of texts and needs no object per hit.
 */
export class HitList {
  phrase = new Int32Array(32);
  start = new Int32Array(32);
  end = new Int32Array(32);
  clause = new Int32Array(32);
  sentence = new Int32Array(32);
  count = 0;

  add(phrase: number, start: number, end: number, clause: number, sentence: number): void {
    if (this.count === this.phrase.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.phrase = grow(this.phrase); this.start = grow(this.start); this.end = grow(this.end); this.clause = grow(this.clause); this.sentence = grow(this.sentence);
    }
    const at = this.count++;
    this.phrase[at] = phrase;
    this.start[at] = start;
    this.end[at] = end;
    this.clause[at] = clause;
    this.sentence[at] = sentence;
  }
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  return true;
}

/** Lists laid end to end for the hot loops: list `i` is `items[from[i]]` up to `items[from[i + 1]]`. */
function laidEndToEnd(lists: readonly (readonly number[])[]): { from: Int32Array<ArrayBuffer>; items: Int32Array<ArrayBuffer> } {
  const from = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => { from[i + 1] = from[i] + list.length; });
  return { from, items: Int32Array.from(lists.flat()) };
}

/** Short words that are never a phrase's object. */
const NOT_AN_OBJECT = new Set(['и', 'или', 'в', 'во', 'на', 'по', 'с', 'со', 'к', 'от', 'до', 'для', 'за', 'при', 'из', 'о', 'об', 'а', 'не', 'же', 'жана', 'менен', 'үчүн', 'боюнча', 'жөнүндө']);

export class PhraseMatcher<T> {
  /** The trie: `next[node * ALPHABET + letter]`, 0 for none (node 0 is the root, never a target). */
  private next = new Int32Array(ALPHABET * 64);
  private nodes = 1;
  /** Stems ending at each trie node, as indices into `stems`; `terminal` marks those nodes for the hot loop. */
  private readonly ends: Array<number[] | undefined> = [];
  private terminal = new Uint8Array(64);
  /** Nodes where a stem ends that keeps words out of a slot. */
  private vetoing = new Uint8Array(64);
  private readonly stems: StemEntry[] = [];
  private readonly stemIds = new Map<string, number>();
  private readonly phrases: CompiledPhrase<T>[] = [];
  /** The phrases each slot opens, `openers[openerFrom[slot]]` to `openers[openerFrom[slot + 1]]`, in the order they were given. */
  private openerFrom = new Int32Array(1);
  private openers = new Int32Array(0);
  /** Each phrase's slots after its first, `phraseSlots[phraseSlotFrom[p]]` on, its gap and whether it takes its object, flat for the hot loop. */
  private phraseSlotFrom = new Int32Array(0);
  private phraseSlots = new Int32Array(0);
  private phraseGap = new Int32Array(0);
  private phraseObject = new Uint8Array(0);
  private slotCount = 0;
  private readonly slotOfWord = new Map<string, number>();
  private readonly table = new WordTable();
  private letters = new Int8Array(64);

  constructor(phrases: readonly Phrase<T>[]) {
    for (const phrase of phrases) {
      if (phrase.words.length === 0) throw new Error('A phrase needs a word');
      const slots = phrase.words.map((spec) => this.addSlot(spec));
      this.phrases.push({ slots, gap: phrase.gap ?? 0, object: phrase.object ?? false, tag: phrase.tag });
    }
    this.compileNodes();
    this.compilePhrases();
    this.table.setSlots(this.slotCount);
  }

  /**
   * What a word passing each trie node gives, flattened for the hot loop: the slots of the stems ending
   * there as `slot * 2 + exact`, in the order the stems were written (hits come out in that order), and
   * the slots they veto likewise.
   */
  private nodeSlotFrom = new Int32Array(1);
  private nodeSlots = new Int32Array(0);
  private nodeVetoFrom = new Int32Array(1);
  private nodeVetoes = new Int32Array(0);

  private compileNodes(): void {
    const entries = (kind: 'slots' | 'vetoes') => Array.from({ length: this.nodes }, (_, node) => (this.ends[node] ?? []).flatMap((id) => {
      const stem = this.stems[id];
      return stem[kind].map((slot) => slot * 2 + (stem.exact ? 1 : 0));
    }));
    ({ from: this.nodeSlotFrom, items: this.nodeSlots } = laidEndToEnd(entries('slots')));
    ({ from: this.nodeVetoFrom, items: this.nodeVetoes } = laidEndToEnd(entries('vetoes')));
  }

  private compilePhrases(): void {
    const opened: number[][] = Array.from({ length: this.slotCount }, () => []);
    this.phrases.forEach(({ slots }, index) => opened[slots[0]].push(index));
    ({ from: this.openerFrom, items: this.openers } = laidEndToEnd(opened));
    ({ from: this.phraseSlotFrom, items: this.phraseSlots } = laidEndToEnd(this.phrases.map(({ slots }) => slots.slice(1))));
    this.phraseGap = Int32Array.from(this.phrases, ({ gap }) => gap);
    this.phraseObject = Uint8Array.from(this.phrases, ({ object }) => (object ? 1 : 0));
  }

  /**
   * The slot for a word of a phrase. Phrases that write a word alike share its slot («прием|приём» in «личн
   * прием|приём» and «прием|приём корреспонденц|почт»): a word of a text is given each slot once, however
   * many phrases use it.
   */
  private addSlot(spec: WordSpec): number {
    const alternatives = typeof spec === 'string' ? [spec] : spec;
    if (!alternatives.some((stem) => !stem.startsWith('!'))) throw new Error(`A word of a phrase needs a stem: ${alternatives.join(' ')}`);
    // Stryker disable next-line MethodExpression: alternatives in another order only share less, which costs time, never a hit.
    const key = [...alternatives].sort().join('|');
    const known = this.slotOfWord.get(key);
    // Stryker disable next-line ConditionalExpression: a slot not shared costs time, never a hit.
    if (known !== undefined) return known;
    const slot = this.slotCount++;
    this.slotOfWord.set(key, slot);
    for (const written of alternatives) {
      const negative = written.startsWith('!');
      const exact = written.endsWith('=');
      const stem = written.slice(negative ? 1 : 0, exact ? -1 : undefined);
      const entry = this.stemEntry(stem, exact);
      (negative ? entry.vetoes : entry.slots).push(slot);
      if (negative) this.vetoing[entry.node] = 1;
    }
    return slot;
  }

  private stemEntry(stem: string, exact: boolean): StemEntry {
    const key = `${stem}${exact ? '=' : ''}`;
    const known = this.stemIds.get(key);
    if (known !== undefined) return this.stems[known];
    const letters = lettersOf(stem);
    if (letters.length === 0) throw new Error('An empty stem');
    let node = 0;
    for (const letter of letters) {
      const at = node * ALPHABET + letter;
      if (this.next[at] === 0) {
        if ((this.nodes + 1) * ALPHABET > this.next.length) { const b = new Int32Array(this.next.length * 2); b.set(this.next); this.next = b; }
        this.next[at] = this.nodes++;
      }
      node = this.next[at];
    }
    const id = this.stems.length;
    const entry: StemEntry = { exact, node, slots: [], vetoes: [] };
    this.stems.push(entry);
    this.stemIds.set(key, id);
    (this.ends[node] ??= []).push(id);
    if (node >= this.terminal.length) {
      const grow = (flags: Uint8Array) => { const grown = new Uint8Array(this.nodes * 2); grown.set(flags); return grown; };
      this.terminal = grow(this.terminal);
      this.vetoing = grow(this.vetoing);
    }
    this.terminal[node] = 1;
    return entry;
  }

  /** Every phrase found in the text, in order of where it starts; a phrase found twice is given twice. */
  findAll(text: string): PhraseHit<T>[] {
    const found = this.findInto(text, this.found);
    const hits: PhraseHit<T>[] = [];
    for (let h = 0; h < found.count; h++) {
      hits.push({ phrase: found.phrase[h], tag: this.tagOf(found.phrase[h]), start: found.start[h], end: found.end[h], clause: found.clause[h], sentence: found.sentence[h] });
    }
    return hits;
  }

  private readonly found = new HitList();

  /** The tag of the phrase at `index` in the list the matcher was built from. */
  tagOf(index: number): T {
    return this.phrases[index].tag;
  }

  /** findAll's hits written into `hits` (emptied first), as findAll orders them: no object per hit. */
  findInto(text: string, hits: HitList): HitList {
    const words = this.table;
    this.readWords(text);
    hits.count = 0;
    const { openerFrom, openers, phraseObject } = this;
    const { slotFrom, slotIds } = words;
    for (let i = 0; i < words.count; i++) {
      for (let k = slotFrom[i]; k < slotFrom[i + 1]; k++) {
        const slot = slotIds[k];
        for (let o = openerFrom[slot]; o < openerFrom[slot + 1]; o++) {
          const index = openers[o];
          const last = this.matchFrom(index, i);
          if (last < 0) continue;
          const end = phraseObject[index] === 1 ? this.objectEnd(text, last) : words.end[last];
          hits.add(index, words.start[i], end, words.clause[i], words.sentence[i]);
        }
      }
    }
    return hits;
  }

  /** The last word of the phrase when it starts at `first`, or -1. */
  private matchFrom(index: number, first: number): number {
    const words = this.table;
    const { phraseSlots } = this;
    const gap = this.phraseGap[index];
    const clause = words.clause[first];
    let at = first;
    for (let s = this.phraseSlotFrom[index]; s < this.phraseSlotFrom[index + 1]; s++) {
      // Most phrases a word opens lack a later word anywhere in the text: that is known without reading on.
      if (!words.occursAfter(phraseSlots[s], at)) return -1;
      let found = -1;
      for (let j = at + 1; j <= at + 1 + gap && j < words.count && words.clause[j] === clause; j++) {
        if (words.has(j, phraseSlots[s])) { found = j; break; }
      }
      if (found < 0) return -1;
      at = found;
    }
    return at;
  }

  /**
   * Where the evidence ends when the word after the phrase is its object: that word, and a noun after a
   * preposition — only across spaces, so an aside in brackets is not taken in.
   */
  private objectEnd(text: string, last: number): number {
    const words = this.table;
    let end = words.end[last];
    for (let j = last + 1; j < words.count && j <= last + 2 && onlySpaces(text, words.end[j - 1], words.start[j]); j++) {
      end = words.end[j];
      if (!NOT_AN_OBJECT.has(text.slice(words.start[j], words.end[j]).toLowerCase())) break;
      if (j === last + 2) end = words.end[last];
    }
    return end;
  }

  /** Splits the text into words, walking each through the trie, and notes the slots each word satisfies. */
  private readWords(text: string): void {
    const words = this.table;
    // A text has fewer words, and its words fewer letters, than it has characters: room is made once.
    words.reset(text.length);
    if (text.length >= this.letters.length) this.growWordBuffers(text.length + 1);
    let clause = 0;
    let sentence = 0;
    let start = -1;
    let length = 0;
    let node = 0;
    let matched = 0;
    const next = this.next;
    const terminal = this.terminal;
    const { letters, matchedNode, matchedDepth } = this;
    const end = text.length;
    for (let i = 0; i <= end; i++) {
      const code = i < end ? text.charCodeAt(i) : 0x20;
      const kind = code < 0x500 ? CLASS[code] : NOT_A_WORD;
      if (kind === NOT_A_WORD) {
        if (start >= 0) {
          words.add(start, i, clause, sentence);
          if (matched > 0) this.noteStems(matched, length);
          start = -1;
        }
        const brk = code < CLAUSE_BREAK.length ? CLAUSE_BREAK[code] : 0;
        if (brk !== 0) {
          clause += 1;
          if (brk === SENTENCE_END) sentence += 1;
        }
        continue;
      }
      if (kind === SKIP) continue;
      if (start < 0) { start = i; length = 0; node = 0; matched = 0; }
      letters[length++] = kind;
      if (node >= 0) {
        node = kind >= 0 ? next[node * ALPHABET + kind] : 0;
        if (node === 0) {
          node = -1;
          // No stem starts this way and none ended on the way: the rest of the word is not read, only
          // passed over to where it ends (most words of a text, and most of their letters).
          if (matched === 0) {
            while (i + 1 < end) {
              const ahead = text.charCodeAt(i + 1);
              if ((ahead < 0x500 ? CLASS[ahead] : NOT_A_WORD) === NOT_A_WORD) break;
              i += 1;
            }
          }
        } else if (terminal[node] === 1) {
          matchedNode[matched] = node;
          matchedDepth[matched++] = length;
        }
      }
    }
  }

  /** The trie nodes with stems the current word passed, and at which of its letters. */
  private matchedNode = new Int32Array(64);
  private matchedDepth = new Int32Array(64);
  /** Slots vetoed for the current word, reused from word to word. */
  private vetoed = new Int32Array(16);

  private growWordBuffers(size: number): void {
    this.letters = new Int8Array(size);
    this.matchedNode = new Int32Array(size);
    this.matchedDepth = new Int32Array(size);
  }

  /** Gives the word just read the slots of the `matched` stems it passed whose ending fits. */
  private noteStems(matched: number, length: number): void {
    const words = this.table;
    const { nodeSlotFrom, nodeSlots, nodeVetoFrom, nodeVetoes, matchedNode, matchedDepth, vetoing } = this;
    // Vetoes first: a word excluded from a slot by one stem is not let in by another.
    let vetoes = 0;
    for (let m = 0; m < matched; m++) {
      const node = matchedNode[m];
      if (vetoing[node] !== 1) continue;
      const depth = matchedDepth[m];
      const prefixFits = !undoneAt(this.letters, depth, length);
      for (let k = nodeVetoFrom[node]; k < nodeVetoFrom[node + 1]; k++) {
        const entry = nodeVetoes[k];
        if ((entry & 1) === 1 ? depth !== length : !prefixFits) continue;
        if (vetoes === this.vetoed.length) { const b = new Int32Array(vetoes * 2); b.set(this.vetoed); this.vetoed = b; }
        this.vetoed[vetoes++] = entry >> 1;
      }
    }
    for (let m = 0; m < matched; m++) {
      const node = matchedNode[m];
      const from = nodeSlotFrom[node];
      const to = nodeSlotFrom[node + 1];
      if (from === to) continue;
      const depth = matchedDepth[m];
      const prefixFits = !undoneAt(this.letters, depth, length);
      for (let k = from; k < to; k++) {
        const entry = nodeSlots[k];
        if ((entry & 1) === 1 ? depth !== length : !prefixFits) continue;
        const slot = entry >> 1;
        if (vetoes > 0 && this.isVetoed(slot, vetoes)) continue;
        words.addSlot(slot);
      }
    }
  }

  private isVetoed(slot: number, vetoes: number): boolean {
    for (let v = 0; v < vetoes; v++) if (this.vetoed[v] === slot) return true;
    return false;
  }
}

/**
 * A phrase as the lexicons write it: words apart by spaces, alternatives by `|` («выдач|выдав»), `…`
 * between words where up to three words may stand between them (`……` six, for Kyrgyz clauses whose verb
 * comes last), `+` at the end when the evidence takes in
 * the phrase's object. `«отказ … выдач|предоставлен +»` reads «отказ в выдаче лицензии».
 */
export function phrase<T>(written: string, tag: T): Phrase<T> {
  const tokens = written.trim().split(/\s+/);
  const object = tokens[tokens.length - 1] === '+';
  const words = tokens.filter((t) => t !== '+' && t !== '…' && t !== '……').map((t) => (t.includes('|') ? t.split('|') : t));
  return { words, gap: tokens.includes('……') ? 6 : tokens.includes('…') ? 3 : 0, object, tag };
}
