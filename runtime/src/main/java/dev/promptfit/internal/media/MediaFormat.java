package dev.promptfit.internal.media;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The file formats the services accept as input (FEATURES.md §4): PNG, JPEG, WEBP and
 * non-animated GIF images; PDF documents. Each is known by its media type, its file name
 * extensions and its first bytes, so a file is checked for what it is, not only for what it is
 * called.
 */
public enum MediaFormat {
  PNG("image/png", true, "png"),
  JPEG("image/jpeg", true, "jpg", "jpeg"),
  WEBP("image/webp", true, "webp"),
  GIF("image/gif", true, "gif"),
  PDF("application/pdf", false, "pdf");

  private final String mediaType;
  private final boolean image;
  private final String[] extensions;

  MediaFormat(String mediaType, boolean image, String... extensions) {
    this.mediaType = mediaType;
    this.image = image;
    this.extensions = extensions;
  }

  /** The media type as the wire writes it, e.g. {@code image/png}. */
  public String mediaType() {
    return mediaType;
  }

  public boolean isImage() {
    return image;
  }

  /** The format a media type names ({@code image/jpg} and parameters tolerated), or null. */
  public static @Nullable MediaFormat ofMediaType(String mediaType) {
    String bare = mediaType.strip().toLowerCase(Locale.ROOT);
    int semicolon = bare.indexOf(';');
    if (semicolon >= 0) {
      bare = bare.substring(0, semicolon).strip();
    }
    if (bare.equals("image/jpg")) {
      return JPEG;
    }
    for (MediaFormat format : values()) {
      if (format.mediaType.equals(bare)) {
        return format;
      }
    }
    return null;
  }

  /** The format a file name's extension names, or null. */
  public static @Nullable MediaFormat ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (MediaFormat format : values()) {
      for (String known : format.extensions) {
        if (known.equals(extension)) {
          return format;
        }
      }
    }
    return null;
  }

  /** The format the first bytes show, or null when they are none of these. */
  public static @Nullable MediaFormat sniff(byte[] bytes) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && bytes[5] == 'a') {
      return GIF;
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return WEBP;
    }
    if (startsWith(bytes, 0, '%', 'P', 'D', 'F', '-')) {
      return PDF;
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** The image formats, as messages list them. */
  public static String imageFormats() {
    return "PNG, JPEG, WEBP or non-animated GIF";
  }
}
