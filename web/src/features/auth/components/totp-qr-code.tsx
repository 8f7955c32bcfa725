import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './auth-form.module.css';

/**
 * The otpauth address as a QR code for the authenticator app to scan: an SVG drawn by `qrcode`
 * (loaded only here, not with every sign-in), dark on light whatever the theme, as scanners need.
 * Nothing is shown if drawing fails: the key as text stays beside it.
 */
export function TotpQrCode({ otpauthUrl }: { otpauthUrl: string }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string | null>(null);
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
      width={192}
      height={192}
      data-testid="mfa-qr-code"
    />
  );
}
