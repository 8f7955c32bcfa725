import { useCallback, useState, type FormEvent } from 'react';

/**
 * A form sent to the server: `busy` while a request runs (its button waits), `error` for the whole
 * form. `onSubmit(handle)` reads the form's fields for `handle`; `send(request)` marks the form
 * busy until the request fails (it stays busy on success: the page moves on).
 */
export function useFormSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = useCallback(async <T>(request: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await request();
    } catch (failure) {
      setBusy(false);
      throw failure;
    }
  }, []);
  const onSubmit = (handle: (form: FormData) => Promise<void>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    void handle(new FormData(event.currentTarget));
  };
  return { busy, error, setError, send, onSubmit };
}
