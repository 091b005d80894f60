package dev.promptfit.testing;

import org.jspecify.annotations.Nullable;

/**
 * One content part of a {@link RecordedItem.Message}: text, an image, a file, or another part.
 *
 * <pre><code>
 * RecordedPart.Image image = (RecordedPart.Image) server.takeRequest().attachments().get(0);
 * assertEquals("image/png", image.mediaType());
 * assertEquals("low", image.detail());
 * </code></pre>
 */
public sealed interface RecordedPart {

  /**
   * The media type of an attachment, or null: from a {@code data:} URL, else from a file name
   * or URL path's extension (PNG, JPEG, WEBP, GIF, PDF).
   *
   * <pre><code>assertEquals("application/pdf", request.attachments().get(1).mediaType());</code></pre>
   */
  @Nullable String mediaType();

  /**
   * A text part: Responses {@code input_text}/{@code output_text}, Chat {@code text}, or a
   * plain string content.
   *
   * <pre><code>assertEquals(new RecordedPart.Text("input_text", "Hi"), message.content().get(0));</code></pre>
   *
   * @param type the part's {@code type}, or null for a plain string content
   * @param text the text
   */
  record Text(@Nullable String type, String text) implements RecordedPart {
    /**
     * Always null: text is no attachment.
     *
     * <pre><code>assertNull(text.mediaType());</code></pre>
     */
    @Override
    public @Nullable String mediaType() {
      return null;
    }
  }

  /**
   * An image: Responses {@code input_image} ({@code image_url}, {@code detail}, {@code
   * file_id}), Chat {@code image_url} ({@code {url, detail}}).
   *
   * <pre><code>assertTrue(image.url().startsWith("data:image/png;base64,"));</code></pre>
   *
   * @param url the http(s) or {@code data:} URL, or null (an uploaded {@code file_id} instead)
   * @param detail {@code low}, {@code high}, {@code auto}, ..., or null when not sent
   * @param fileId the uploaded file's id, or null
   */
  record Image(@Nullable String url, @Nullable String detail, @Nullable String fileId)
      implements RecordedPart {
    /**
     * The image's media type from its URL, or null.
     *
     * <pre><code>assertEquals("image/png", image.mediaType());</code></pre>
     */
    @Override
    public @Nullable String mediaType() {
      return MediaTypes.of(url);
    }

    /**
     * Names the image without its bytes, which can be megabytes of base64.
     *
     * <pre><code>System.out.println(image); // Image[image/png, 2048 characters, detail=low]</code></pre>
     */
    @Override
    public String toString() {
      return "Image[" + MediaTypes.describe(url, mediaType()) + ", detail=" + detail
          + (fileId == null ? "" : ", fileId=" + fileId) + "]";
    }
  }

  /**
   * A file: Responses {@code input_file} ({@code filename} with {@code file_data}, {@code
   * file_url} or {@code file_id}), Chat {@code file} ({@code {filename, file_data}} or {@code
   * file_id}).
   *
   * <pre><code>assertEquals("invoice.pdf", file.filename());</code></pre>
   *
   * @param filename the file name, or null
   * @param fileData the content as a {@code data:} URL (or bare base64, as some clients send),
   *     or null
   * @param fileUrl the file's URL (Responses only), or null
   * @param fileId the uploaded file's id, or null
   */
  record File(
      @Nullable String filename,
      @Nullable String fileData,
      @Nullable String fileUrl,
      @Nullable String fileId)
      implements RecordedPart {
    /**
     * The file's media type from its data URL, else its file name or URL, or null.
     *
     * <pre><code>assertEquals("application/pdf", file.mediaType());</code></pre>
     */
    @Override
    public @Nullable String mediaType() {
      String type = MediaTypes.of(fileData);
      if (type == null) {
        type = MediaTypes.of(filename);
      }
      return type != null ? type : MediaTypes.of(fileUrl);
    }

    /**
     * Names the file without its bytes.
     *
     * <pre><code>System.out.println(file); // File[invoice.pdf, application/pdf, 10240 characters]</code></pre>
     */
    @Override
    public String toString() {
      return "File[" + filename + ", " + MediaTypes.describe(fileData, mediaType())
          + (fileUrl == null ? "" : ", fileUrl=" + fileUrl)
          + (fileId == null ? "" : ", fileId=" + fileId) + "]";
    }
  }

  /**
   * Any other part (audio, a replayed {@code refusal}, ...).
   *
   * <pre><code>assertEquals("input_audio", other.type());</code></pre>
   *
   * @param type its {@code type}, or null
   * @param json the part as compact JSON
   */
  record Other(@Nullable String type, String json) implements RecordedPart {
    /**
     * Always null.
     *
     * <pre><code>assertNull(other.mediaType());</code></pre>
     */
    @Override
    public @Nullable String mediaType() {
      return null;
    }
  }
}
