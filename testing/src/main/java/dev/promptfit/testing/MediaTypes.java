package dev.promptfit.testing;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The media types of attachments, from data URLs and file names. Not API. */
final class MediaTypes {
  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "webp", "image/webp",
          "gif", "image/gif",
          "pdf", "application/pdf");

  private MediaTypes() {}

  static @Nullable String of(@Nullable String source) {
    if (source == null) {
      return null;
    }
    if (source.startsWith("data:")) {
      int end = source.indexOf(';');
      if (end < 0) {
        end = source.indexOf(',');
      }
      return end > "data:".length() ? source.substring("data:".length(), end) : null;
    }
    String path = source.replaceFirst("[?#].*$", "");
    int dot = path.lastIndexOf('.');
    return dot < 0 || path.indexOf('/', dot) >= 0
        ? null
        : BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  static String describe(@Nullable String source, @Nullable String mediaType) {
    if (source == null) {
      return "no data";
    }
    if (source.startsWith("data:")) {
      return mediaType + ", " + source.length() + " characters";
    }
    return source.length() > 200 ? source.length() + " characters" : source;
  }
}
