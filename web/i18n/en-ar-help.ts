/** Live help inside an AR session: the headset panel's help lines and buttons (merged into `en`). */
export const enArHelp = {
  'arHelp.asking': 'Help: asking for a support agent…',
  'arHelp.waiting': 'Help: you are number {position} in the queue, about {minutes} min.',
  'arHelp.waitingNoAgent':
    'Help: you are number {position} in the queue. No agent is available right now: leave a callback request and we will call you.',
  'arHelp.connected': 'Help: talking to {agent}. {call}',
  'arHelp.connectedNoName': 'Help: talking to a support agent. {call}',
  'arHelp.pointer': 'Dots the agent puts in your view appear in your room.',
  'arHelp.callback': 'Leave a callback',
  'arHelp.cancel': 'Cancel help',
  'arHelp.ended': 'Help: {message}',
} as const
