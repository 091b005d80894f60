package dev.promptfit;

import dev.promptfit.internal.media.MediaChecks;
import dev.promptfit.internal.media.MediaFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document (a PDF) attached to the user message of a prompt method. A parameter of this type (or
 * a {@code List<Document>}) needs no placeholder: the document follows the prompt's text.
 *
 * <pre><code>
 * &#64;Prompt("Summarise the attached contract.")
 * String summarise(Document contract);
 *
 * assistant.summarise(Document.of(Path.of("contract.pdf")));
 * </code></pre>
 *
 * <p>The services accept PDFs (at most 32 MB per request); the model reads their text and an image
 * of each page. {@link #of(Path)} and {@link #of(byte[], String)} check the bytes when called, so a
 * file the services would refuse fails there, before any request. {@link #toString()} never prints
 * the bytes.
 */
public final class Document {
  private final byte[] bytes;
  private final String filename;

  private Document(byte[] bytes, String filename) {
    this.bytes = bytes;
    this.filename = filename;
  }

  /**
   * The PDF in the file at {@code path}, read now; its file name is sent with it.
   *
   * @throws java.io.UncheckedIOException naming the path, when it cannot be read
   * @throws IllegalArgumentException when it is not a PDF
   */
  public static Document of(Path path) {
    Objects.requireNonNull(path, "path");
    String name = String.valueOf(path.getFileName());
    byte[] bytes = MediaChecks.read(path, "document");
    MediaChecks.document(bytes, MediaFormat.ofFileName(name), "document " + path);
    return new Document(bytes, name);
  }

  /** A PDF of {@code bytes}, sent with {@code filename}. The array is copied. */
  public static Document of(byte[] bytes, String filename) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(filename, "filename");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("a document needs a file name, e.g. \"report.pdf\"");
    }
    byte[] copy = bytes.clone();
    MediaChecks.document(copy, MediaFormat.ofFileName(filename), "document " + filename);
    return new Document(copy, filename);
  }

  /** The file name sent with the document. */
  public String filename() {
    return filename;
  }

  /** {@code application/pdf}. */
  public String mediaType() {
    return MediaFormat.PDF.mediaType();
  }

  /** The bytes as a request carries them: a {@code data:application/pdf;base64,...} URL. */
  public String dataUrl() {
    return MediaChecks.dataUrl(MediaFormat.PDF, bytes);
  }

  /** The size in bytes. */
  public int size() {
    return bytes.length;
  }

  @Override
  public String toString() {
    return "Document{" + filename + ", application/pdf, " + bytes.length + " bytes}";
  }
}
