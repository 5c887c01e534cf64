import { input, select } from '@inquirer/prompts';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface TextOptions {
  default?: string;
  /** Returns true, or the message to show under the prompt. */
  validate?: (value: string) => true | string;
  /** Shown beside the typed value, e.g. the date "friday" resolves to. */
  hint?: (value: string) => string;
}

/** The two kinds of question the debrief asks; a fake of this drives the flow in tests. */
export interface Ask {
  text(message: string, options?: TextOptions): Promise<string>;
  choose<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T>;
}

export function inquirerAsk(dim: (s: string) => string): Ask {
  return {
    async text(message, options = {}) {
      const value = await input({
        message,
        ...(options.default !== undefined ? { default: options.default } : {}),
        ...(options.validate ? { validate: options.validate } : {}),
        // Shows what a typed date means ("friday  → Fri 13 Mar 2026"), while typing and after.
        transformer: (v) => {
          const hint = options.hint?.(v) ?? '';
          return hint === '' ? v : `${v}  ${dim(hint)}`;
        },
      });
      return value.trim();
    },
    async choose<T>(message: string, choices: readonly Choice<T>[], defaultValue?: T) {
      return select<T>({
        message,
        choices: choices.map((c) => ({
          value: c.value,
          name: c.name,
          ...(c.description ? { description: c.description } : {}),
        })),
        ...(defaultValue !== undefined ? { default: defaultValue } : {}),
        loop: false,
      });
    },
  };
}
