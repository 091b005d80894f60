package dev.promptfit;

import dev.promptfit.internal.media.MediaChecks;
import dev.promptfit.internal.media.MediaFormat;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * An image attached to the user message of a prompt method. A parameter of this type (or a {@code
 * List<Image>}) needs no placeholder: the image follows the prompt's text.
 *
 * <pre><code>
 * &#64;Prompt("What is in this picture?")
 * String describe(Image picture);
 *
 * assistant.describe(Image.of(Path.of("cat.png")));
 * assistant.describe(Image.url("https://example.com/cat.jpg").detail(Image.Detail.LOW));
 * </code></pre>
 *
 * <p>The services accept PNG, JPEG, WEBP and non-animated GIF images. {@link #of(Path)} and {@link
 * #of(byte[], String)} check the bytes when called (the format, whether a GIF is animated, the
 * size an image may have as a data URL), so an image the services would refuse fails there, before
 * any request. {@link #toString()} never prints the bytes, nor a URL's query.
 */
public final class Image {

  /** How closely the model looks at the image; more detail costs more input tokens. */
  public enum Detail {
    LOW,
    HIGH,
    AUTO;

    /** The value on the wire. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final @Nullable String url;
  private final byte @Nullable [] bytes;
  private final @Nullable MediaFormat format;
  private final Detail detail;

  private Image(@Nullable String url, byte @Nullable [] bytes, @Nullable MediaFormat format, Detail detail) {
    this.url = url;
    this.bytes = bytes;
    this.format = format;
    this.detail = detail;
  }

  /**
   * An image the service fetches from an {@code http(s)} URL, or a {@code data:} URL whose bytes
   * are checked like {@link #of(byte[], String)}'s.
   */
  public static Image url(String url) {
    Objects.requireNonNull(url, "url");
    String trimmed = url.strip();
    if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
      return ofDataUrl(trimmed);
    }
    HttpUrl parsed = HttpUrl.parse(trimmed);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "Image.url needs an http(s) or data: URL; got one starting "
              + quoteStart(trimmed));
    }
    return new Image(parsed.toString(), null, null, Detail.AUTO);
  }

  /**
   * The image in the file at {@code path}, read now. Its format comes from the file name and must
   * match its bytes.
   *
   * @throws java.io.UncheckedIOException naming the path, when it cannot be read
   * @throws IllegalArgumentException when it is not an image the services accept
   */
  public static Image of(Path path) {
    Objects.requireNonNull(path, "path");
    String name = String.valueOf(path.getFileName());
    MediaFormat declared = MediaFormat.ofFileName(name);
    if (declared == null || !declared.isImage()) {
      throw new IllegalArgumentException(
          "image " + path + ": the name does not end in .png, .jpg, .jpeg, .webp or .gif; the"
              + " services accept " + MediaFormat.imageFormats() + " images");
    }
    byte[] bytes = MediaChecks.read(path, "image");
    MediaFormat format = MediaChecks.image(bytes, declared, "image " + path);
    return new Image(null, bytes, format, Detail.AUTO);
  }

  /**
   * An image of {@code bytes} in {@code mediaType} ({@code image/png}, {@code image/jpeg}, {@code
   * image/webp} or {@code image/gif}). The array is copied.
   */
  public static Image of(byte[] bytes, String mediaType) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(mediaType, "mediaType");
    MediaFormat declared = MediaFormat.ofMediaType(mediaType);
    if (declared == null || !declared.isImage()) {
      throw new IllegalArgumentException(
          "image media type " + quoteStart(mediaType) + " is not image/png, image/jpeg,"
              + " image/webp or image/gif, the formats the services accept");
    }
    byte[] copy = bytes.clone();
    return new Image(null, copy, MediaChecks.image(copy, declared, "image"), Detail.AUTO);
  }

  private static Image ofDataUrl(String dataUrl) {
    int comma = dataUrl.indexOf(',');
    String header = comma < 0 ? "" : dataUrl.substring(5, comma).toLowerCase(Locale.ROOT);
    if (comma < 0 || !header.endsWith(";base64")) {
      throw new IllegalArgumentException(
          "Image.url: a data: URL must be data:<media type>;base64,<data>");
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(dataUrl.substring(comma + 1).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Image.url: the data: URL's base64 does not decode", e);
    }
    return of(decoded, header.substring(0, header.length() - ";base64".length()));
  }

  /** This image, looked at with {@code detail}. */
  public Image detail(Detail detail) {
    return new Image(url, bytes, format, Objects.requireNonNull(detail, "detail"));
  }

  /** How closely the model looks at it; {@link Detail#AUTO} unless set. */
  public Detail detail() {
    return detail;
  }

  /** The media type, e.g. {@code image/png}; empty for an image the service fetches by URL. */
  public String mediaType() {
    return format == null ? "" : format.mediaType();
  }

  /**
   * The URL a request carries: the {@code http(s)} URL as given, or a {@code data:} URL holding
   * the bytes in base64.
   */
  public String url() {
    return url != null ? url : MediaChecks.dataUrl(format, bytes);
  }

  /** Whether the service fetches the image itself (an {@code http(s)} URL). */
  public boolean isRemote() {
    return url != null;
  }

  @Override
  public String toString() {
    return url != null
        ? "Image{" + MediaChecks.describeUrl(url) + ", detail=" + detail.wireName() + "}"
        : "Image{" + format.mediaType() + ", " + bytes.length + " bytes, detail=" + detail.wireName() + "}";
  }

  private static String quoteStart(String text) {
    String start = text.length() > 20 ? text.substring(0, 20) + "..." : text;
    return "\"" + start.replaceAll("[^\\x20-\\x7e]", "?") + "\"";
  }
}
