package dev.promptfit.internal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads and checks the bytes of an image or a document when the user makes one, so that
 * a file the services would refuse fails there and then, before any request, with a message that
 * names the file and what is wrong with it.
 */
public final class MediaChecks {
  /**
   * The most characters the Responses API takes for an image's {@code image_url} (spec {@code
   * InputImageContentParamAutoParam}); the bytes of an image sent as a data URL must fit in it.
   */
  public static final int MAX_IMAGE_URL_CHARS = 20_971_520;

  /** The most bytes a PDF may have in one request ([PDF]: 32 MB). */
  public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

  private MediaChecks() {}

  /** The bytes of {@code path}, or an {@link UncheckedIOException} naming it. */
  public static byte[] read(Path path, String what) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(
          what + " " + path + " cannot be read: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
          e);
    }
  }

  /**
   * The format of image {@code bytes}. {@code declared} is the format the caller or the file name
   * said, or null; {@code source} names the image in messages.
   */
  public static MediaFormat image(byte[] bytes, @Nullable MediaFormat declared, String source) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException(source + " is empty");
    }
    MediaFormat actual = MediaFormat.sniff(bytes);
    if (actual == null || !actual.isImage()) {
      throw new IllegalArgumentException(
          source + " is not a " + MediaFormat.imageFormats() + " image"
              + (actual == null ? " (its first bytes are none of those formats')" : " but a " + actual)
              + "; those are the image formats the services accept");
    }
    if (declared != null && declared != actual) {
      throw new IllegalArgumentException(
          source + " is said to be " + declared.mediaType() + " but its bytes are "
              + actual.mediaType());
    }
    if (actual == MediaFormat.GIF && GifFrames.count(bytes) > 1) {
      throw new IllegalArgumentException(
          source + " is an animated GIF; the services accept only still GIFs (send one frame,"
              + " or a PNG)");
    }
    long urlChars = dataUrlLength(actual, bytes.length);
    if (urlChars > MAX_IMAGE_URL_CHARS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s has %,d bytes: as a data URL that is %,d characters, over the %,d the API"
                  + " accepts for one image; make it smaller or send it by URL",
              source, bytes.length, urlChars, MAX_IMAGE_URL_CHARS));
    }
    return actual;
  }

  /** Checks the bytes of a PDF document; {@code source} names it in messages. */
  public static MediaFormat document(byte[] bytes, @Nullable MediaFormat declared, String source) {
    if (declared != null && declared != MediaFormat.PDF) {
      throw new IllegalArgumentException(
          source + " is " + declared.mediaType() + "; documents must be PDF (send images as"
              + " Image)");
    }
    if (bytes.length == 0) {
      throw new IllegalArgumentException(source + " is empty");
    }
    if (MediaFormat.sniff(bytes) != MediaFormat.PDF) {
      throw new IllegalArgumentException(
          source + " is not a PDF (it does not start with %PDF-); documents must be PDF");
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s has %,d bytes, over the %,d (32 MB) the services accept for PDFs in one request",
              source, bytes.length, MAX_DOCUMENT_BYTES));
    }
    return MediaFormat.PDF;
  }

  /** {@code data:<type>;base64,<bytes>}. */
  public static String dataUrl(MediaFormat format, byte[] bytes) {
    return "data:" + format.mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  private static long dataUrlLength(MediaFormat format, int bytes) {
    return ("data:" + format.mediaType() + ";base64,").length() + 4L * ((bytes + 2) / 3);
  }

  /** The scheme, host and path of a URL, never its query or user info, for messages. */
  public static String describeUrl(String url) {
    okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(url);
    if (parsed == null) {
      return "(not an http(s) URL)";
    }
    return parsed.scheme() + "://" + parsed.host()
        + (parsed.port() == okhttp3.HttpUrl.defaultPort(parsed.scheme()) ? "" : ":" + parsed.port())
        + parsed.encodedPath();
  }
}
