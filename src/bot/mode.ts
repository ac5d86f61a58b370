/**
 * How the bot takes its updates, as people read it in /healthz and the log: Telegram pushes them to
 * the service (TELEGRAM_WEBHOOK_URL set) or the bot asks for them (long polling).
 */
export function botModeWord(webhook: boolean): string {
  return webhook ? 'Webhook 推送' : '长轮询';
}
