/** The customer's help and call strings (merged into `en`). */
export const enHelp = {
  'help.ask': 'Ask for help',
  'help.nudge.dwell': 'This step is taking a while. A support agent can look with you.',
  'help.nudge.back_and_forth': 'Going back and forth here? A support agent can help.',
  'help.notNow': 'Not now',
  'help.asking': 'Asking for a support agent…',
  'help.waiting': 'You are number {position} in the queue. About {minutes} min.',
  'help.keepGoing': 'You can keep following the steps while you wait.',
  'help.cancel': 'Cancel help request',
  'help.cancelled': 'Your help request was cancelled.',
  'help.active': 'Connected to {agent}. They can see your camera and point at things.',
  'help.activeNoName':
    'Connected to a support agent. They can see your camera and point at things.',
  'help.overlay.with': 'With {agent}',
  'help.overlay.withNoName': 'With a support agent',
  'help.chatShow': 'Chat ({count})',
  'help.chatHide': 'Hide the chat',
  'help.overlay.arView': 'The agent sees your AR view and can point at things in it.',
  'help.call.idle': 'Starting the call…',
  'help.call.connecting': 'Connecting the call…',
  'help.call.connected': 'Call connected',
  'help.call.reconnecting': 'Connection lost, reconnecting…',
  'help.call.failed': 'The call failed. Keep chatting with the agent below.',
  'help.call.closed': 'Call ended',
  'help.audioOnly.network':
    'Your connection is weak: video is paused, the agent can still hear you.',
  'help.audioOnly.ar':
    'Your AR view is not reaching the agent yet: they hear you, and can still point at things in your view.',
  'help.audioOnly.camera':
    'Your camera could not start, so the agent hears you but cannot see. Tell them what you see, or use chat.',
  'help.view.ar_view': 'The agent sees your AR view: your camera picture with the guide on it.',
  'help.view.ar_scene':
    'The agent sees the guide’s 3D view but not your camera picture: this browser does not share it during AR.',
  'help.view.headset_camera':
    'The agent sees your headset’s camera, which is not exactly your AR view: their dots may land a little off.',
  'help.camera.NotAllowedError':
    'Camera and microphone are blocked. Allow them in the browser settings, or use chat.',
  'help.camera.other': 'Your camera or microphone could not start. Use chat to talk to the agent.',
  'help.closed.resolved': 'The agent marked this as solved. Glad it works again.',
  'help.closed.unresolved':
    'The agent closed the call without a fix. You can ask again at any time.',
  'help.closed.dispatch_technician':
    'A technician will come to you. The agent has all the details.',
  'help.dismiss': 'OK',
  'help.chatTitle': 'Chat with the agent',
  'help.chatLabel': 'Message to the agent',
  'help.chatSend': 'Send',
  'help.chatYou': 'You',
  'help.chatAgent': 'Agent',
  'help.localPreview': 'What the agent sees',
} as const
