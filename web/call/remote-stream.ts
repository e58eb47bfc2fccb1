/**
 * The stream a call's <video> shows, kept while the peer only adds tracks: the agent's or the
 * customer's picture must not go blank (a new `srcObject` restarts the element) when, say, the
 * audio track arrives after the video. Any track gone or replaced gives a new stream.
 */
export function keptRemoteStream(prev: MediaStream | null, next: MediaStream): MediaStream {
  const incoming = next.getTracks()
  if (!prev || prev.getTracks().some((t) => !incoming.includes(t))) return new MediaStream(incoming)
  for (const track of incoming) if (!prev.getTracks().includes(track)) prev.addTrack(track)
  return prev
}
