/**
 * A unit as an officer types it: its code or its name, in any case and spacing. Records store
 * the unit's name, as the documents write it; add, edit and import resolve through here so the
 * same text means the same unit in all three (list --unit reads the same way, and more loosely).
 */
import type { Config, Unit } from './config.js';

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The unit whose code or current name the text is, case and spacing aside. */
export function unitByText(config: Config, text: string): Unit | undefined {
  const t = norm(text);
  if (!t) return undefined;
  return config.unit.find((u) => u.kode.toLowerCase() === t) ?? config.unit.find((u) => norm(u.nama) === t);
}

/** The name to store for a unit given as text: the unit's name when known, else the text as typed (the checks warn of it). */
export function unitName(config: Config, text: string): string {
  return unitByText(config, text)?.nama ?? text.trim();
}
