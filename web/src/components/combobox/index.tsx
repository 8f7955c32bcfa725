import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale.ts';
import { classNames } from '../../lib/class-names.ts';
import { matchOptions, type NamedOption } from '../../lib/match-country.ts';
import { FormField } from '../form-field/index.tsx';
import styles from './combobox.module.css';

const subscribeToNothing = () => () => {};
const isClient = () => true;
const isServer = () => false;

interface Props<Option extends NamedOption> {
  label: ReactNode;
  options: readonly Option[];
  /** a choice (Enter, or a click on an option); null when the text was cleared and Enter pressed */
  onSelect: (option: Option | null) => void;
  /** the text shown at first (the current choice's name, for a filter) */
  initialText?: string;
  /** empty the field after a choice (adding to a list), rather than showing the chosen name */
  clearOnSelect?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  name?: string;
  disabled?: boolean;
  /** how many matches the list shows at most */
  limit?: number;
  className?: string;
  testId?: string;
}

/**
 * A text field that suggests options as one types (the ARIA 1.2 combobox pattern with a listbox
 * popup, https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): names in the interface language,
 * accents and case ignored. ArrowDown/ArrowUp move through the suggestions (focus stays in the
 * field, aria-activedescendant names the active one), Enter chooses, Escape closes the list or,
 * closed, empties the field. The server sends a plain text field; the combobox roles are added
 * once the page has hydrated, when the field can keep their promise.
 */
export function Combobox<Option extends NamedOption>({
  label,
  options,
  onSelect,
  initialText = '',
  clearOnSelect = false,
  placeholder,
  hint,
  name,
  disabled,
  limit = 12,
  className,
  testId,
}: Props<Option>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const listId = useId();
  // false on the server and while hydrating, true from the first render after (no mismatch)
  const isHydrated = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  const [text, setText] = useState(initialText);
  const [shownInitial, setShownInitial] = useState(initialText);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLUListElement>(null);
  if (initialText !== shownInitial) {
    // a new choice from outside (the address changed): show its name
    setShownInitial(initialText);
    setText(initialText);
  }

  const matches = useMemo(() => matchOptions(options, text, locale, limit), [options, text, locale, limit]);
  const optionId = (index: number) => `${listId}-option-${index}`;
  const isShown = isOpen && text.trim() !== '';

  useEffect(() => {
    if (active >= 0) list.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView({ block: 'nearest' });
    // optionId depends on listId only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const choose = (option: Option) => {
    setText(clearOnSelect ? '' : option.label);
    setOpen(false);
    setActive(-1);
    onSelect(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (matches.length === 0) return;
        setOpen(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current < 0 && step < 0 ? matches.length - 1 : (current + step + matches.length) % matches.length));
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const option = matches[active] ?? (isShown && matches.length === 1 ? matches[0] : undefined);
        if (option) choose(option);
        else if (text.trim() === '') onSelect(null);
        return;
      }
      case 'Escape':
        if (isShown) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          event.preventDefault();
          setText('');
        }
        return;
    }
  };

  return (
    <FormField label={label} hint={hint} className={classNames(styles.field, className)}>
      {(control) =>
        isHydrated ? (
          <>
            <input
              {...control}
              type="text"
              name={name}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={isShown}
              aria-controls={listId}
              aria-activedescendant={isShown && active >= 0 ? optionId(active) : undefined}
              autoComplete="off"
              spellCheck={false}
              placeholder={placeholder}
              disabled={disabled}
              value={text}
              data-testid={testId}
              data-ready="true"
              onChange={(event) => {
                setText(event.target.value);
                setOpen(true);
                setActive(-1);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
            />
            <ul id={listId} role="listbox" ref={list} className={styles.listbox} hidden={!isShown} aria-label={typeof label === 'string' ? label : undefined}>
              {matches.map((option, index) => (
                <li
                  key={option.value}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={styles.option}
                  // keep focus in the field: a click must not blur it (and close the list) first
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  <bdi>{option.label}</bdi>
                </li>
              ))}
            </ul>
            <p className="visually-hidden" role="status">
              {isShown ? (matches.length ? t('ui.combobox.matches', { count: matches.length }) : t('ui.combobox.noMatch')) : ''}
            </p>
            {isShown && matches.length === 0 && <p className={styles.empty}>{t('ui.combobox.noMatch')}</p>}
          </>
        ) : (
          <input {...control} type="text" name={name} placeholder={placeholder} disabled={disabled} defaultValue={initialText} data-testid={testId} />
        )
      }
    </FormField>
  );
}
