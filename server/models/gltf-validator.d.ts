/** The parts of Khronos `gltf-validator` (compiled from Dart, untyped) that we call. */
declare module 'gltf-validator' {
  export type ValidationOptions = {
    uri?: string
    format?: 'glb' | 'gltf'
    externalResourceFunction?: (uri: string) => Promise<Uint8Array>
    writeTimestamp?: boolean
    maxIssues?: number
    ignoredIssues?: string[]
    severityOverrides?: Record<string, number>
  }

  export type ValidationMessage = {
    code: string
    message: string
    /** 0 error, 1 warning, 2 info, 3 hint. */
    severity: number
    pointer?: string
    offset?: number
  }

  export type ValidationReport = {
    uri?: string
    mimeType?: string
    validatorVersion: string
    issues: {
      numErrors: number
      numWarnings: number
      numInfos: number
      numHints: number
      messages: ValidationMessage[]
      truncated: boolean
    }
    info?: Record<string, unknown>
  }

  export function validateBytes(
    data: Uint8Array,
    options?: ValidationOptions,
  ): Promise<ValidationReport>
  export function version(): string
}
