// Reported speech without quotation marks: `노동신문은 김 위원장이 … 접견했다고 5일 보도했다`. A sentence
// with a subject that names a speaker, a clause ending in 다고/라고/냐고/자고, and a speech verb right after
// it (cues/speech-verbs.txt). The quoted clause runs from after the subject (and any time words) to the
// end of the clause without its 고. Scorers ignore these; they must still be right, so the pattern is narrow.
import { sentenceAt } from '../segment/sentence-at.js';
import type { Quote, Segmented } from '../types.js';
import { verbText } from './cues/verbs.js';
import { loadList } from './lexicon.js';
import type { DocContext } from './speakers/context.js';
import { isNonSubject, subjectWord } from './speakers/phrase.js';
import { resolvePhrase, type Resolved } from './speakers/resolve.js';
import { phraseAt } from './speakers/subject.js';

const SPEECH = loadList('cues/speech-verbs.txt');
/** A cheap test on the whole sentence first: a 다고 word followed by a speech verb somewhere. */
const MAYBE = new RegExp(`[다라냐자]고\\s(?:\\S+\\s){0,2}(?:${SPEECH.join('|')})`);
const CLAUSE_END = /(?:[다라냐자])고$/;
/** Words that set the time or scene before the reported clause: 이날, 5일, 지난달. */
const SETTING = /^(?:\d+[일월년]|지난달|지난해|올해|최근|앞서|또|특히|이어|이날|오늘|어제)$/;
/** How far into a sentence the pattern is looked for. */
const REACH = 600;

export interface IndirectQuote {
  quote: Quote;
  speaker: Resolved;
}

const isSpeech = (word: string) => SPEECH.some((s) => word.startsWith(s));

export function indirectQuote(seg: Segmented, ctx: DocContext, start: number, end: number): IndirectQuote | null {
  const reach = Math.min(end, start + REACH);
  if (!MAYBE.test(ctx.text.slice(start, reach))) return null;
  const words = ctx.wordsIn(start, reach);
  // The speech verb, and the 다고 word at most two words before it (접견했다고 5일 보도했다).
  let v = -1;
  for (let i = words.length - 1; i > 0 && v < 0; i--) if (isSpeech(words[i].text)) v = i;
  if (v < 0) return null;
  let c = -1;
  for (let j = v - 1; j >= Math.max(0, v - 2) && c < 0; j--) if (CLAUSE_END.test(words[j].text)) c = j;
  if (c <= 0) return null;
  // The speaker: the first topic of the sentence, before the clause.
  for (let s = 0; s < c; s++) {
    const np = subjectWord(words[s]);
    if (!np || np.particle === '이' || np.particle === '가' || np.particle === '도') continue;
    const speaker = resolvePhrase(phraseAt(ctx, words, s, np), ctx, false);
    if (!speaker) return null;
    let from = s + 1;
    while (from < c && (SETTING.test(words[from].text) || isNonSubject(words[from].text))) from++;
    const qStart = words[from].start;
    // Without 고; without 라고 too after a closing single mark (‘작은 정원’이라고 답했다).
    const qEnd = words[c].end - (/['’]이?라고$/.test(words[c].text) ? words[c].text.length - Math.max(words[c].text.lastIndexOf('’'), words[c].text.lastIndexOf("'")) - 1 : 1);
    if (qEnd <= qStart) return null;
    const text = ctx.text.slice(qStart, qEnd);
    const quote: Quote = {
      kind: 'indirect',
      start: qStart,
      end: qEnd,
      text,
      sentence: seg.sentences.length > 0 ? sentenceAt(seg.sentences, qStart) : 0,
      speaker: { entity: speaker.entity, name: speaker.name, mention: speaker.mention },
      verb: verbText(words[v].text),
      rule: speaker.how === 'name' ? 'subject-before' : speaker.how,
    };
    return { quote, speaker };
  }
  return null;
}
