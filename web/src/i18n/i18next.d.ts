import 'i18next';
import type en from '../locales/en.json';

// English is the reference: a key missing from en.json is a type error in `t()`.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
