package dev.promptfit.internal.request;

import java.util.Objects;

/**
 * Not API. A document in a user message: Responses {@code input_file}, Chat {@code file}.
 *
 * @param filename the file name sent with it
 * @param dataUrl the bytes, as a {@code data:application/pdf;base64,...} URL
 */
public record FilePart(String filename, String dataUrl) implements Part {
  public FilePart {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(dataUrl, "dataUrl");
  }

  @Override
  public String toString() {
    return "FilePart{" + filename + ", dataUrl.length=" + dataUrl.length() + "}";
  }
}
