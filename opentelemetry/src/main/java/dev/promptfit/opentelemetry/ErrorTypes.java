package dev.promptfit.opentelemetry;

import dev.promptfit.ApiException;
import dev.promptfit.PromptfitException;
import dev.promptfit.PromptfitTimeoutException;
import dev.promptfit.StreamException;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What a failure records: a low-cardinality {@code error.type}, and whether its message
 * may go into telemetry when content is not captured.
 *
 * <table>
 *   <caption>error.type</caption>
 *   <tr><th>failure</th><th>error.type</th></tr>
 *   <tr><td>cancelled (future, subscription, stream closed early)</td><td>{@code cancelled}</td></tr>
 *   <tr><td>{@link PromptfitTimeoutException}</td><td>{@code timeout}</td></tr>
 *   <tr><td>{@link ApiException}</td><td>the HTTP status, e.g. {@code 429}</td></tr>
 *   <tr><td>{@link StreamException}</td><td>the service's error code, else the class name</td></tr>
 *   <tr><td>anything else</td><td>the exception's class name</td></tr>
 * </table>
 */
final class ErrorTypes {
  static final String CANCELLED = "cancelled";
  static final String TIMEOUT = "timeout";

  private ErrorTypes() {}

  static String of(Throwable failure) {
    if (failure instanceof CancellationException) {
      return CANCELLED;
    }
    if (failure instanceof PromptfitTimeoutException) {
      return TIMEOUT;
    }
    if (failure instanceof ApiException api) {
      return Integer.toString(api.statusCode());
    }
    if (failure instanceof StreamException stream && stream.errorCode().isPresent()) {
      return stream.errorCode().get();
    }
    return failure.getClass().getName();
  }

  /**
   * The message, if it can hold no prompt or answer text: Promptfit's own transport, HTTP and
   * stream failures word only what the service or the connection said. Others (a typed answer's
   * parse failure quotes the answer; a tool's exception may say anything) are content.
   */
  static @Nullable String contentFreeMessage(Throwable failure) {
    boolean ours =
        failure instanceof ApiException
            || failure instanceof StreamException
            || failure instanceof PromptfitTimeoutException
            || failure instanceof CancellationException
            || failure.getClass() == PromptfitException.class;
    return ours ? failure.getMessage() : null;
  }
}
