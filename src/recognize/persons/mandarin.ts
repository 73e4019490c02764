// The Hangul syllables of Mandarin as Korean writes it (외래어 표기법, 중국어 표기): each initial consonant
// with each final's vowels, as in 허리펑, 딩쉐샹, 왕원타오, 판궁성. Built at module load from the two tables
// below, generously (a few syllables Mandarin lacks come along); a syllable outside the set (민석's 석,
// 희찬's 희) shows a name is no Mandarin one.

/** Initial consonants of Mandarin in Hangul (ㅂㅍㅁㄷㅌㄴㄹㄱㅋㅎㅈㅊㅅㅉㅆ and none), as jamo indices. */
const INITIALS = [7, 17, 6, 3, 16, 2, 5, 0, 15, 18, 12, 14, 9, 13, 10, 11];

/**
 * Finals, as the syllables they are written with after ㅇ (a 아, ai 아이, ian 옌, un 운, ui 우이, üan 위안 …): the initial
 * takes the place of ㅇ in the first one; 으 only after the sibilants (즈, 츠, 스, 쓰, 쯔).
 */
const FINALS = ['아', '오', '어', '아이', '에이', '아오', '어우', '안', '언', '앙', '엉', '얼', '이', '야', '예', '야오', '유', '옌', '인', '양', '잉', '융', '우', '와', '워', '와이', '웨이', '완', '원', '운', '우이', '왕', '웅', '위', '웨', '위안', '윈'];
const SIBILANTS = new Set([12, 13, 14, 9, 10]);

/** After ㅈ ㅉ ㅊ Korean spelling drops the glide (jia 자, jie 제, jiu 주, jian 젠): ㅑ→ㅏ ㅕ→ㅓ ㅖ→ㅔ ㅛ→ㅗ ㅠ→ㅜ. */
const UNGLIDED = new Map([[2, 0], [6, 4], [7, 5], [12, 8], [17, 13]]);

function syllable(initial: number, medial: number, final: number): string {
  return String.fromCharCode(0xac00 + initial * 588 + medial * 28 + final);
}

/** Finals of the front vowels i and ü, after b p m d t n l and j q x only (not 기, 히, 시 of shi: 스). */
const FRONT = new Set(['이', '야', '예', '야오', '유', '옌', '인', '양', '잉', '융', '위', '웨', '위안', '윈']);
const BEFORE_FRONT = new Set([7, 17, 6, 3, 16, 2, 5, 12, 14, 9, 11]);
/** o (오) only after b p m f: 보, 포, 모 (not 고, 도). */
const BEFORE_O = new Set([7, 17, 6, 11]);

function build(): Set<string> {
  const out = new Set<string>();
  for (const initial of INITIALS) {
    const finals = SIBILANTS.has(initial) ? [...FINALS, '으'] : FINALS;
    for (const f of finals) {
      if ((FRONT.has(f) && !BEFORE_FRONT.has(initial)) || (f === '오' && !BEFORE_O.has(initial))) continue;
      const code = f.charCodeAt(0) - 0xac00;
      const medial = Math.floor((code % 588) / 28);
      const final = code % 28;
      out.add(syllable(initial, medial, final));
      if (initial >= 12 && initial <= 14 && UNGLIDED.has(medial)) out.add(syllable(initial, UNGLIDED.get(medial)!, final));
      for (const rest of f.slice(1)) out.add(rest); // 아이's 이, 아오's 오, 위안's 안
    }
  }
  return out;
}

export const MANDARIN_SYLLABLES: ReadonlySet<string> = build();
