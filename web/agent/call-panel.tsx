import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import type { CallData } from '../../server/domain/call-view'
import { type Procedure, ProcedureSchema } from '../../server/domain/procedure'
import { getEscalationDetail } from '../api/agent'
import type { RealtimeSocket } from '../api/realtime-socket'
import { applyMark, type Mark } from '../call/marks'
import { MarksOverlay } from '../call/marks-overlay'
import type { MessageKey } from '../i18n/en'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useAsync } from '../ui/use-async'
import { ChatPanel } from './chat-panel'
import { CloseForm } from './close-form'
import { CustomerPhotos } from './customer-photos'
import { asContext } from './escalation-context'
import { frameShown } from './frame-shown'
import { RemoteVideo } from './remote-video'
import { SnapshotCanvas } from './snapshot/snapshot-canvas'
import { SnapshotHistory } from './snapshot/snapshot-history'
import { SnapshotToolbar } from './snapshot/snapshot-toolbar'
import { useSnapshotEditor } from './snapshot/use-snapshot-editor'
import { StepList } from './step-list'
import { TimelineList } from './timeline-list'
import { useAgentCall } from './use-agent-call'
import { useDecodedFrames } from './use-decoded-frames'

type Props = { socket: RealtimeSocket; escalationId: string; onDone: () => void }

// three.js comes with the model view only, never with the queue.
const AgentModelView = lazy(() =>
  import('./agent-model-view').then((m) => ({ default: m.AgentModelView })),
)

/** An accepted escalation: the customer's video, their procedure and timeline, chat, closing. */
export function CallPanel({ socket, escalationId, onDone }: Props) {
  const load = useCallback(() => getEscalationDetail(escalationId), [escalationId])
  const detail = useAsync(load)
  if (detail.status === 'loading') return <PageStatus label={t('agent.loadingCall')} />
  if (detail.status === 'error')
    return <ErrorAlert message={detail.error.message} onRetry={detail.retry} />
  return (
    <CallView socket={socket} escalationId={escalationId} detail={detail.data} onDone={onDone} />
  )
}

type ViewProps = Props & { detail: Awaited<ReturnType<typeof getEscalationDetail>> }

/**
 * True once the customer's video shows its first frame, or a few seconds on without one (an
 * audio-only call). The 3D view waits for it: its first render (three.js, the model, shader
 * compiles) holds the main thread for a while, and the call's signaling and the video's start run
 * on that thread too.
 */
function useAfterVideo(videoUp: boolean) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    if (videoUp) {
      setReady(true)
      return
    }
    const timer = setTimeout(() => setReady(true), 3000)
    return () => clearTimeout(timer)
  }, [videoUp])
  return ready
}

/** The escalation's published procedure version, or null when it is missing or does not parse. */
function parseProcedure(raw: unknown): Procedure | null {
  if (raw === null || raw === undefined) return null
  const parsed = ProcedureSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  console.warn(`procedure not understood: ${parsed.error.issues[0]?.message ?? ''}`)
  return null
}

function CallView({ socket, escalationId, detail, onDone }: ViewProps) {
  const ice = detail.iceServers
  const call = useAgentCall(socket, escalationId, ice)
  const [marks, setMarks] = useState<Exclude<Mark, { kind: 'clear' }>[]>([])
  const frames = useDecodedFrames(call.call)
  const [videoUp, setVideoUp] = useState(false)
  const showModel = useAfterVideo(videoUp)
  const context = asContext(detail.escalation.context)
  const [inspected, setInspected] = useState(context.stepId)
  // Parsed with the procedure format's own schema: it crossed the network.
  const procedure = useMemo(() => parseProcedure(detail.procedure), [detail.procedure])
  // On the customer's AR view a point becomes a marker in their room, drawn into the video
  // itself where the spot is, however they move: a dot fixed on the picture would mislead.
  const inArView = call.view === 'ar_view' || call.view === 'ar_scene'
  const snapshot = useSnapshotEditor(escalationId, { arView: inArView })
  // Straight to the customer on the call's data channel; through the server while it is not open.
  const mark = (m: Mark) => {
    setMarks((all) => applyMark(all, m))
    const message: CallData = { type: 'mark', mark: m }
    if (!call.call.current?.sendData(JSON.stringify(message)))
      socket.send({ type: 'annotation', escalationId, mark: m })
  }
  return (
    <div className="agent-call">
      <section className="stack" aria-labelledby="call-title">
        <h2 id="call-title">
          {context.productName} · {context.procedureTitle}
        </h2>
        <p role="status" data-testid="call-state">
          {t(`agent.callState.${call.state}` as MessageKey)}
        </p>
        {call.customerNotice && <p className="alert">{t(call.customerNotice as MessageKey)}</p>}
        {call.view && (
          <p className="call-view" data-testid="video-source" data-view={call.view}>
            {t(`agent.view.${call.view}`)}
          </p>
        )}
        <p className="muted" data-testid="frames" data-frames={frames}>
          {t('agent.framesDecoded', { frames })}
        </p>
        <RemoteVideo
          stream={call.remote}
          onMark={mark}
          frameShown={(video) => frameShown(video, call.frames)}
          coded={inArView}
          onFirstFrame={() => setVideoUp(true)}
          videoRef={snapshot.videoRef}
        >
          <MarksOverlay marks={inArView ? marks.filter((m) => m.kind === 'stroke') : marks} />
          <SnapshotCanvas editor={snapshot} />
        </RemoteVideo>
        <SnapshotToolbar editor={snapshot} />
        <div className="row">
          <button type="button" className="button" onClick={() => mark({ kind: 'clear' })}>
            {t('agent.clearMarks')}
          </button>
          <button
            type="button"
            className="button"
            onClick={call.toggleMute}
            aria-pressed={call.muted}
          >
            {t(call.muted ? 'agent.unmute' : 'agent.mute')}
          </button>
          <button
            type="button"
            className="button"
            onClick={call.toggleCamera}
            aria-pressed={call.cameraOn}
          >
            {t(call.cameraOn ? 'agent.cameraOff' : 'agent.cameraOn')}
          </button>
        </div>
        <ChatPanel lines={call.chat} onSend={call.sendChat} />
      </section>
      <div className="stack">
        {showModel && procedure && detail.productId && (
          <Suspense fallback={<PageStatus label={t('agent.modelLoading')} />}>
            <AgentModelView
              productId={detail.productId}
              procedure={procedure}
              stepId={inspected}
              videoPlaying={videoUp}
            />
          </Suspense>
        )}
        {procedure && (
          <StepList
            procedure={procedure}
            stuckStepId={context.stepId}
            inspectedStepId={inspected}
            onInspect={setInspected}
            onSend={(stepId) => socket.send({ type: 'goto_step', escalationId, stepId })}
          />
        )}
        <TimelineList timeline={detail.timeline} />
        <CustomerPhotos escalationId={escalationId} procedure={procedure} socket={socket} />
        <SnapshotHistory escalationId={escalationId} history={snapshot.history} />
        <CloseForm escalationId={escalationId} onClosed={onDone} />
      </div>
    </div>
  )
}
