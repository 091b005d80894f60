package dev.promptfit.internal.media;

/**
 * Not API. Counts the frames of a GIF by walking its blocks (header, screen descriptor, colour
 * tables, extensions, image descriptors), since the services accept only still GIFs and an
 * animated one would fail only at the server, after the upload.
 */
final class GifFrames {
  private GifFrames() {}

  /** The number of images in {@code gif}, up to 2; -1 when the blocks do not parse. */
  static int count(byte[] gif) {
    if (gif.length < 13) {
      return -1;
    }
    int pos = 13;
    int flags = gif[10] & 0xFF;
    if ((flags & 0x80) != 0) {
      pos += 3 * (1 << ((flags & 0x07) + 1));
    }
    int frames = 0;
    while (pos < gif.length) {
      int block = gif[pos] & 0xFF;
      if (block == 0x3B) {
        return frames;
      }
      if (block == 0x21) {
        pos = skipSubBlocks(gif, pos + 2);
      } else if (block == 0x2C) {
        frames++;
        if (frames > 1) {
          return frames;
        }
        if (pos + 10 > gif.length) {
          return -1;
        }
        int local = gif[pos + 9] & 0xFF;
        pos += 10;
        if ((local & 0x80) != 0) {
          pos += 3 * (1 << ((local & 0x07) + 1));
        }
        pos = skipSubBlocks(gif, pos + 1);
      } else {
        return -1;
      }
      if (pos < 0) {
        return -1;
      }
    }
    // No trailer: a truncated file; what was seen still counts.
    return frames;
  }

  /** The position after the data sub-blocks starting at {@code pos}, or -1 past the end. */
  private static int skipSubBlocks(byte[] gif, int pos) {
    while (pos < gif.length) {
      int size = gif[pos] & 0xFF;
      pos += 1 + size;
      if (size == 0) {
        return pos;
      }
    }
    return -1;
  }
}
