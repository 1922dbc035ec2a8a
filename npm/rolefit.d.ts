// TypeScript declarations for RoleFit's loader, embed.js.
//
// Importing embed.js mounts a widget on every `[data-rolefit]` placeholder already on the page;
// `mount` creates one on an element of your choice, for pages and single-page apps that build
// their own markup.

/** The languages RoleFit speaks. */
export type Language = 'it' | 'es' | 'en';

/** `auto` follows the device's light or dark preference. */
export type Theme = 'light' | 'dark' | 'auto';

/** `kiosk` is for a shared touch screen: it resets itself between candidates. */
export type Mode = 'embedded' | 'kiosk';

/** `quick` asks the most telling questions first and stops once the answers are clear. */
export type Length = 'full' | 'quick';

/**
 * A role's id in the quiz content (2 to 6 roles): in the built-in quiz `community-manager`,
 * `social-media-manager` or `social-media-strategist`; a host's bank (`bank`) has its own.
 */
export type RoleId = string;

/** How clearly the result leans towards its first role. */
export type Lean = 'clear' | 'blend' | 'flat';

/** `rolefit:ready`, `rolefit:start` and `rolefit:reset`: which quiz, in which language. */
export interface QuizDetail {
  /** The version of the quiz's content. */
  version: string;
  lang: Language;
}

/** One role of the result, ranked. */
export interface RoleScore {
  role: RoleId;
  /** The role's name in the result's language, as the quiz content gives it. */
  name: string;
  /** 0 to 100; every role's add up to 100. */
  percent: number;
}

/** One dimension of the result (skills and preferences the quiz measures). */
export interface DimensionScore {
  id: string;
  /** 0 to 100. */
  score: number;
}

/** A candidate's answer to one question: a rating (1 to 5), a choice, or several picks. */
export type Answer = number | string | string[];

/** `rolefit:complete`: the result. */
export interface CompleteDetail extends QuizDetail {
  /** `quick`: a quick run that stopped early; `full`: every question was answered. */
  length: Length;
  lean: Lean;
  /** Every role once, the best fit first. */
  ranking: RoleScore[];
  dimensions: DimensionScore[];
  /** By question id; only when the host asked for it (`includeAnswers`). */
  answers?: Record<string, Answer>;
}

/** `rolefit:shared`: a result opened from a share link (never with the answers). */
export type SharedDetail = Omit<CompleteDetail, 'answers'>;

/** `rolefit:next`: the candidate followed the next step the page set for their top role. */
export interface NextDetail {
  lang: Language;
  /** The role id (from the quiz content), whose next step was followed. */
  role: string;
  /** The address followed, in full. */
  url: string;
}

/** The next step after the result for one role: an address and its label. */
export interface NextStep {
  /** An `https:` or `http:` address, or one on the page's own site; anything else is dropped with a warning. */
  url: string;
  /** The link's text, in any language or one per language; a default if left out. */
  label?: string | Partial<Record<Language, string>>;
}

/** `rolefit:error`: why the widget cannot show its quiz. */
export interface ErrorDetail {
  /** `content`: the quiz (or the host's bank) was refused; `download`: it could not be fetched. */
  kind: 'content' | 'download';
  /** Each problem, in English, with its location. */
  problems: string[];
}

/** Every setting is optional; a value the widget does not accept, or an unknown option, rejects `mount`. */
export interface Options {
  /** Default: the first of the browser's languages that RoleFit speaks, otherwise English. */
  lang?: Language;
  /** Default `auto`. */
  theme?: Theme;
  /** The colour of buttons, bars and highlights: `#rgb` or `#rrggbb`. */
  accent?: string;
  /** Default `embedded`. */
  mode?: Mode;
  /** Default `full`, or `quick` in kiosk mode. */
  length?: Length;
  /** The URL of a custom question bank on the page's own origin. */
  bank?: string;
  /** Adds the candidate's answers to `rolefit:complete`. Default false. */
  includeAnswers?: boolean;
  /** Kiosk mode: seconds without a touch before the widget asks whether anyone is there. */
  idleSeconds?: number;
  /** Kiosk mode: seconds that question stays before the widget resets. */
  warningSeconds?: number;
  /** Kiosk mode: seconds the result stays before the widget resets. */
  resultSeconds?: number;
  /**
   * Kiosk mode: the http(s) address of the stand-alone page (`index.html`) that a result's
   * QR code opens; by default the one beside `embed.js`.
   */
  takeHome?: string;
  /**
   * The URL of the folder holding the widget's other files (rolefit.js, rolefit_bg.wasm,
   * rolefit.css, the language editions, keep*). Default: embed.js's own folder. Give it when
   * a bundler has moved embed.js away from them.
   */
  base?: string;
  /** The next step shown under the result, per role id of the quiz content (not on a kiosk). */
  next?: Record<string, NextStep>;
  onReady?: (detail: QuizDetail) => void;
  onStart?: (detail: QuizDetail) => void;
  onComplete?: (detail: CompleteDetail) => void;
  onError?: (detail: ErrorDetail) => void;
  onShared?: (detail: SharedDetail) => void;
  onNext?: (detail: NextDetail) => void;
}

/** A mounted widget. */
export interface Handle {
  /**
   * Shows the widget in another language, keeping the candidate's place and answers; throws a
   * TypeError for a language RoleFit does not speak. Called before the widget is ready, the
   * last language asked for is the one it shows once ready.
   */
  setLanguage(lang: Language): void;
  /** Removes the widget and everything it started; the element is left empty. */
  unmount(): void;
}

/**
 * Mounts a widget in `element`. Rejects with a TypeError naming the option and what it expects
 * when an option is not valid, and with an Error when the element already holds a widget.
 */
export function mount(element: HTMLElement, options?: Options): Promise<Handle>;

/** The widget's events, which bubble from its element. */
export interface RoleFitEventMap {
  'rolefit:ready': CustomEvent<QuizDetail>;
  'rolefit:start': CustomEvent<QuizDetail>;
  /** Kiosk mode only: back to the attract screen for the next candidate, in the kiosk's language. */
  'rolefit:reset': CustomEvent<QuizDetail>;
  'rolefit:complete': CustomEvent<CompleteDetail>;
  'rolefit:error': CustomEvent<ErrorDetail>;
  'rolefit:shared': CustomEvent<SharedDetail>;
  'rolefit:next': CustomEvent<NextDetail>;
}

// The events bubble from the element (and out of a shadow root) up to the document.
declare global {
  interface HTMLElementEventMap extends RoleFitEventMap {}
  interface DocumentEventMap extends RoleFitEventMap {}
}
