/** A text field's value from a form's data: '' when it is missing or holds a file. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
