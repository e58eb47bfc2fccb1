/** A field's problems, in words, linked to the control by `id` (aria-describedby). */
export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors?.length) return null
  return (
    <p className="field-error" id={id}>
      {errors.join('; ')}
    </p>
  )
}
