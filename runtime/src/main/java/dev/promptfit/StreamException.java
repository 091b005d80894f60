package dev.promptfit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stream that failed after it started: an {@code error}, {@code response.failed} or {@code
 * response.incomplete} event, a body cut short, or a stream that ended without its terminal event.
 * Deltas that arrived before the failure were delivered first; {@link #partialText()} repeats them.
 *
 * <p><b>How much text.</b> Return types that hand out the text whole ({@code String}, {@code Reply},
 * {@code ReplyStream}, the {@code CompletableFuture}s) gather it anyway, so {@code partialText()} is
 * all of it. {@code Stream<String>} and {@code Flow.Publisher<String>} gather none, so that a
 * stream of any length needs bounded memory: their {@code partialText()} is the last 4096 chars
 * delivered (never starting inside a surrogate pair), and when that is less than all of it the
 * message says so: {@code (partialText() holds the last 4096 of N chars)}, N counting every char
 * delivered. {@link PromptfitTimeoutException#partialText()} follows the same rule.
 *
 * <pre><code>
 * try (Stream&lt;String&gt; deltas = assistant.ask(question)) {
 *   deltas.forEach(System.out::print);
 * } catch (StreamException e) {
 *   System.err.println("\n[cut off: " + e.errorCode().orElse("network") + "]");
 * }
 * </code></pre>
 */
public class StreamException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String errorCode;
  private final String partialText;
  private final @Nullable String requestId;

  /** A stream failure; {@code errorCode} is the server's code where it sent one. */
  public StreamException(
      String message,
      @Nullable String errorCode,
      String partialText,
      @Nullable String requestId,
      @Nullable Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.partialText = partialText;
    this.requestId = requestId;
  }

  /**
   * The server's error code ({@code server_error}, {@code max_output_tokens}, {@code
   * content_filter}, ...), absent when the network failed.
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The text received before the failure; empty if none. For {@code Stream<String>} and {@code
   * Flow.Publisher<String>}, at most its last 4096 chars (see above).
   */
  public String partialText() {
    return partialText;
  }

  /** The {@code x-request-id} response header, if the server sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
