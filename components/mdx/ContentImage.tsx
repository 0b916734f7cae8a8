import {servedImage} from '@/lib/content/images';

/**
 * An image of the text, ![Description](images/name.jpg): the published copy, with its width and
 * height so the text does not jump while it loads, loaded only when the reader scrolls near it.
 * globals.css (.content-image) keeps it within a phone's screen.
 */
export function ContentImage({src, alt, title}: {src?: string; alt?: string; title?: string}) {
  const image = src ? servedImage(src) : null;
  // The content check reports a missing or unreadable image, and a page with a problem is not built.
  if (!image) return null;
  return (
    // A plain <img>: the site is a static export, with no image server for next/image to call.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className="content-image"
      src={image.src}
      alt={alt ?? ''}
      title={title}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
    />
  );
}
