import type { ButtonHTMLAttributes } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './button.module.css';

export type ButtonVariant = 'secondary' | 'primary' | 'danger' | 'link';
export type ButtonSize = 'normal' | 'small';

interface Look {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/**
 * The class of a button, for an element that is not a <button> but looks like one (a router
 * <Link>, a download <a>). Secondary is the default; a form has at most one primary.
 */
export function buttonClass({ variant = 'secondary', size = 'normal', className }: Look = {}): string {
  return classNames(styles.button, styles[variant], size === 'small' && styles.small, className) ?? '';
}

type Props = Look & ButtonHTMLAttributes<HTMLButtonElement>;

/** A button; `type` defaults to "button", so a button in a form submits only when it says so. */
export function Button({ variant, size, className, type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}
