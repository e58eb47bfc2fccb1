import { type ReactNode, useEffect, useId, useState } from 'react'

type Props = {
  /** The button's text while closed and while open. */
  show: string
  hide: string
  /** Opens it by itself when this becomes true (the agent wrote, say). */
  openWhen?: boolean
  children: ReactNode
}

/**
 * Something over the AR view kept behind one button until the customer wants it, so the camera
 * picture stays in sight on a small phone: a disclosure (`aria-expanded`), its content rendered
 * only while open.
 */
export function Collapsed({ show, hide, openWhen = false, children }: Props) {
  const [open, setOpen] = useState(false)
  const id = useId()
  useEffect(() => {
    if (openWhen) setOpen(true)
  }, [openWhen])
  return (
    <>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? hide : show}
      </button>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </>
  )
}
