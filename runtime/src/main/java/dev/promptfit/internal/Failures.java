package dev.promptfit.internal;

import dev.promptfit.ApiException;
import dev.promptfit.AuthenticationException;
import dev.promptfit.BadRequestException;
import dev.promptfit.ConversationMessage;
import dev.promptfit.ConversationStoreException;
import dev.promptfit.NotFoundException;
import dev.promptfit.PermissionDeniedException;
import dev.promptfit.PromptfitException;
import dev.promptfit.PromptfitTimeoutException;
import dev.promptfit.RateLimitException;
import dev.promptfit.Reply;
import dev.promptfit.ServerException;
import dev.promptfit.StreamException;
import dev.promptfit.internal.http.Redactor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The one failure path of one prompt method, after Retrofit's {@code Utils.methodError}:
 * every exception a caller can see is made here, so its message begins with {@code Iface.method: }
 * and everything in it that came from elsewhere (server messages, codes, request ids, the messages
 * of causes) has passed the key's redaction exactly once, before any excerpt is cut.
 *
 * <p>Layers below (HTTP, SSE, decoders, adapters, typed output) word the detail of what went wrong;
 * they never build a user-facing exception themselves.
 */
public final class Failures {
  private final String method;
  private final Redactor redactor;

  /**
   * @param method the method as messages name it, e.g. {@code Assistant.translate}
   * @param redactor removes the API key
   */
  public Failures(String method, Redactor redactor) {
    this.method = method;
    this.redactor = redactor;
  }

  /** The method as messages name it, e.g. {@code Assistant.translate}. */
  public String method() {
    return method;
  }

  /** {@code text} without the API key; for a detail that is cut to an excerpt afterwards. */
  public String redact(String text) {
    return redactor.redact(text);
  }

  /**
   * {@code text} without the API key, where {@code text} is the start of something longer that was
   * cut off before it could be redacted (a body read up to a limit): a start of the key left at
   * the cut is masked too.
   */
  public String redactCut(String text) {
    return redactor.redactCut(text);
  }

  /** {@code Iface.method: detail}, the detail redacted. */
  public String message(String detail) {
    return method + ": " + redactor.redact(detail);
  }

  private @Nullable String clean(@Nullable String text) {
    return text == null ? null : redactor.redact(text);
  }

  /**
   * An HTTP failure, of the {@link ApiException} subclass its status calls for; {@code detail}
   * ends with the status and where.
   */
  public ApiException api(
      int status,
      String detail,
      @Nullable String code,
      @Nullable String type,
      @Nullable String requestId,
      @Nullable Duration retryAfter) {
    String text = message(detail);
    String c = clean(code);
    String t = clean(type);
    String id = clean(requestId);
    return switch (status) {
      case 400 -> new BadRequestException(status, text, c, t, id);
      case 401 -> new AuthenticationException(status, text, c, t, id);
      case 403 -> new PermissionDeniedException(status, text, c, t, id);
      case 404 -> new NotFoundException(status, text, c, t, id);
      case 429 -> new RateLimitException(status, text, c, t, id, retryAfter);
      default ->
          status >= 500
              ? new ServerException(status, text, c, t, id)
              : new ApiException(status, text, c, t, id);
    };
  }

  /** A stream that failed after it started; {@code partialText} is what was delivered. */
  public StreamException stream(
      String detail,
      @Nullable String code,
      String partialText,
      @Nullable String requestId,
      @Nullable Throwable cause) {
    return new StreamException(
        message(detail), clean(code), clean(partialText), clean(requestId), cause(cause));
  }

  /** A time limit that passed; {@code partialText} is what was delivered before it. */
  public PromptfitTimeoutException timeout(
      String detail, String partialText, @Nullable Throwable cause) {
    return new PromptfitTimeoutException(message(detail), clean(partialText), cause(cause));
  }

  /** Any other failure of the call. */
  public PromptfitException failure(String detail, @Nullable Throwable cause) {
    return new PromptfitException(message(detail), cause(cause));
  }

  /** A call the method's arguments or options make impossible, refused before any request. */
  public IllegalArgumentException misuse(String detail) {
    return new IllegalArgumentException(message(detail));
  }

  /**
   * The call succeeded but its conversation's store could not append the turn; the answer and
   * the turn travel with the exception.
   */
  public ConversationStoreException conversationStore(
      String detail, Reply reply, List<ConversationMessage> turn, Throwable cause) {
    return new ConversationStoreException(message(detail), reply, turn, cause(cause));
  }

  /** The caller cancelled the call (closed the stream, cancelled the future or subscription). */
  public CancellationException cancelled() {
    return new CancellationException(method + ": cancelled");
  }

  /**
   * The calling thread was interrupted, which cancels the call. {@code cause} is the interrupt as
   * a library reported it, if one did. The caller keeps the thread's interrupt flag set.
   */
  public CancellationException interrupted(@Nullable Throwable cause) {
    CancellationException e =
        new CancellationException(
            method + ": interrupted; the call was cancelled (the thread's interrupt flag is set)");
    Throwable clean = cause(cause);
    if (clean != null) {
      e.initCause(clean);
    }
    return e;
  }

  /** The client was closed, so an asynchronous call could not start. */
  public IllegalStateException clientClosed(Throwable cause) {
    return new IllegalStateException(method + ": the Promptfit client is closed", cause);
  }

  /**
   * {@code cause}, or a stand-in for it when a message anywhere in its chain holds the key: a
   * library's exception (a protocol error quoting a header, say) can carry it, and a cause's
   * message is printed with every stack trace.
   */
  public @Nullable Throwable cause(@Nullable Throwable cause) {
    return cause == null || !redactor.appearsIn(cause) ? cause : RedactedCause.of(cause, redactor);
  }
}
