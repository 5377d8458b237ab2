// Fills `{name}` placeholders in a catalogue message; an unknown placeholder stays visible.
export type MessageParams = Readonly<Record<string, string | number>>;

export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
