// Text from documents may hold escape sequences or control characters: shown escaped, never executed.
// CONTROL is shared with the HTML view, which shows the same characters escaped.
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeForTerminal(s: string): string {
  return s.replace(/\t/g, ' ').replace(/\n/g, ' ').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
