import './step-media.css'
import { mediaFileUrl, renditionName, srcSet } from '../../server/domain/media-files'
import type { MediaRegion, StepImage } from '../../server/domain/step-media'

type Picture = Pick<StepImage, 'id' | 'url' | 'widths' | 'formats' | 'width' | 'height'> & {
  alt: string
  region?: MediaRegion | undefined
}

type Props = {
  image: Picture
  /** How wide the picture is laid out, for the browser's choice among the widths (`sizes`). */
  sizes: string
  className?: string
  loading?: 'lazy' | 'eager'
}

/**
 * An uploaded step photo: `<picture>` with AVIF and WebP sources and a JPEG `<img>`, each with every
 * width the server kept, so a phone loads the smallest file that is sharp at its size and density.
 * A marked region is drawn over it as an outline in the accent colour.
 */
export function StepPicture({ image, sizes, className, loading = 'lazy' }: Props) {
  const r = image.region
  return (
    <span className={`step-picture ${className ?? ''}`}>
      <picture>
        {image.formats.includes('avif') && (
          <source type="image/avif" srcSet={srcSet(image, 'avif')} sizes={sizes} />
        )}
        {image.formats.includes('webp') && (
          <source type="image/webp" srcSet={srcSet(image, 'webp')} sizes={sizes} />
        )}
        <img
          src={
            image.formats.includes('jpeg')
              ? mediaFileUrl(image.id, renditionName(image.widths[0] ?? image.width, 'jpeg'))
              : image.url
          }
          srcSet={image.formats.includes('jpeg') ? srcSet(image, 'jpeg') : undefined}
          sizes={sizes}
          alt={image.alt}
          width={image.width}
          height={image.height}
          loading={loading}
          decoding="async"
        />
      </picture>
      {r && (
        <span
          className="step-picture-region"
          data-testid="media-region"
          style={{
            left: `${r.x * 100}%`,
            top: `${r.y * 100}%`,
            width: `${r.w * 100}%`,
            height: `${r.h * 100}%`,
          }}
        />
      )}
    </span>
  )
}
