import type { Page } from 'playwright-core';
import type { PressRelease } from '../../../utils/schema/record';
import type { LogEntry } from '../../../utils/schema/entry';

// Talking to the built extension's background from one of its own pages, as the log page does.

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> } };

export async function message<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.data as T;
}

export function record(overrides: Partial<PressRelease>): PressRelease {
  return {
    isPressRelease: true,
    confidence: 0.9,
    signals: ['Test release'],
    url: 'https://newsroom.example.com/releases/harbor-lane-rotterdam',
    canonicalUrl: null,
    language: 'en',
    headline: 'Harbor Lane Robotics opens autonomous freight test site in Rotterdam',
    issuer: 'Harbor Lane Robotics',
    releaseDate: '2026-03-03',
    datelinePlace: 'Rotterdam, Netherlands',
    embargo: null,
    summary: 'Harbor Lane Robotics today opened a test site for autonomous freight vehicles in the port of Rotterdam.',
    contacts: [
      { name: 'Mira de Vries', role: 'Press officer', organization: 'Harbor Lane Robotics', emails: ['press@harborlane.example'], phones: ['+31101234567'] },
    ],
    ...overrides,
  };
}

export async function save(page: Page, rec: PressRelease, extra: Record<string, unknown> = {}): Promise<LogEntry> {
  const { entry } = await message<{ entry: LogEntry }>(page, 'log:save', { fields: { record: rec, ...extra } });
  return entry;
}

export async function getEntry(page: Page, id: string): Promise<LogEntry> {
  const { entry } = await message<{ entry: LogEntry | null }>(page, 'log:get', { id });
  if (!entry) throw new Error(`No entry ${id}`);
  return entry;
}
