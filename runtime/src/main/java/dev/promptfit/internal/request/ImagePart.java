package dev.promptfit.internal.request;

import java.util.Objects;

/**
 * Not API. An image in a user message: Responses {@code input_image}, Chat {@code image_url}.
 *
 * @param url an {@code http(s)} URL the service fetches, or a {@code data:} URL holding the bytes
 * @param detail {@code low}, {@code high} or {@code auto}
 */
public record ImagePart(String url, String detail) implements Part {
  public ImagePart {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    // A data URL is the image's bytes: never printed.
    return "ImagePart{url.length=" + url.length() + ", detail=" + detail + "}";
  }
}
