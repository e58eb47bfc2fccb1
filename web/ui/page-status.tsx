/** A wait, said in words as well as shown: screen readers hear the label once. */
export function PageStatus({ label }: { label: string }) {
  return (
    <div className="status" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  )
}
