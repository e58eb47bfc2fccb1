/** The offline guide and the installable app (web/pwa/, web/customer/guide/sync-status.tsx). */
export const enOffline = {
  'guide.offline':
    'You’re offline — your progress is saved and will be sent when you’re back online.',
  'guide.sending': 'Back online — sending your saved progress…',
  'guide.synced': 'Back online — your progress is synced. Nothing was lost.',
  'guide.savedOffline': 'Saved on this device: this guide keeps working without a signal.',
  'outcome.queued': 'Your answer is saved on this device and will be sent when you’re back online.',
  'pwa.updateReady': 'A new version of Fixpoint is ready.',
  'pwa.reload': 'Reload',
} as const
