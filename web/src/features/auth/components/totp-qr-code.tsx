import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './auth-form.module.css';

const MIN_SIZE = 180;

/**
 * The otpauth address as a QR code for the authenticator app to scan: an SVG drawn by `qrcode`
 * (loaded only here, not with every sign-in), dark on light whatever the theme, as scanners need.
 * Nothing is shown if drawing fails: the key as text stays beside it.
 */
export function TotpQrCode({ otpauthUrl }: { otpauthUrl: string }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string | null>(null);
  // a whole number of pixels per module (with the quiet zone), so that no module is blurred at 1×
  const modules = Number(/viewBox="0 0 (\d+)/.exec(svg ?? '')?.[1] ?? 0);
  const size = modules ? modules * Math.max(4, Math.round(MIN_SIZE / modules)) : MIN_SIZE;
  useEffect(() => {
    let isCurrent = true;
    import('qrcode')
      .then((qrcode) => qrcode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((markup) => isCurrent && setSvg(markup))
      .catch(() => isCurrent && setSvg(null));
    return () => {
      isCurrent = false;
    };
  }, [otpauthUrl]);
  if (!svg) return null;
  return (
    <img
      className={styles.qrCode}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t('auth.setup.qrCode')}
      width={size}
      height={size}
      data-testid="mfa-qr-code"
    />
  );
}
