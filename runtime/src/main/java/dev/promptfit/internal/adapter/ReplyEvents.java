package dev.promptfit.internal.adapter;

import dev.promptfit.ApiException;
import dev.promptfit.PromptfitTimeoutException;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.StreamException;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.http.CallSpec;
import dev.promptfit.internal.http.RetryingCall;
import dev.promptfit.internal.http.Timeouts;
import dev.promptfit.internal.stream.EventReader;
import dev.promptfit.internal.stream.PartialText;
import dev.promptfit.internal.stream.ReplyParser;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;

/**
 * Not API. The events of one call, pulled one at a time on the caller's thread: the shared core of
 * every return type. The HTTP call starts at the first {@link #next()}; the connection is released
 * as soon as the terminal event is read (servers that keep the socket open after {@code [DONE]}
 * cannot hold it) or when the events are closed or cancelled.
 *
 * <p>A body is read as an event stream or as JSON according to its content type, whatever was
 * asked for: some servers ignore {@code "stream"}, and both forms yield the same events.
 *
 * <p><b>Text.</b> By default the events are for a caller that only passes deltas on ({@code
 * Stream<String>}, {@code Flow.Publisher<String>}): the text is not gathered, so a stream of any
 * length holds bounded memory, the reply in {@code Completed} has empty text, and a failure's
 * partial text is the text's tail (see {@link PartialText}). A caller that exposes the {@link
 * Reply} asks for the whole text with {@link #keepingText()} before the first event; {@link
 * #drain()} does so itself.
 */
final class ReplyEvents implements Closeable {
  private final RetryingCall call;
  private final CallSpec spec;
  private @Nullable Response<ResponseBody> response;
  private @Nullable EventReader reader;
  private final ArrayDeque<StreamEvent> whole = new ArrayDeque<>(2);
  private @Nullable String requestId;
  private boolean started;
  private boolean finished;
  private boolean keepText;

  ReplyEvents(RetryingCall call) {
    this.call = call;
    this.spec = call.spec();
  }

  /**
   * Makes the reply in {@code Completed} carry the whole text, and failures all of the partial
   * text. Must come before the first event.
   */
  ReplyEvents keepingText() {
    if (started) {
      throw new IllegalStateException(spec.method() + ": keepingText() after the call started");
    }
    keepText = true;
    return this;
  }

  /** The next event, or null after {@link StreamEvent.Completed}. */
  @Nullable StreamEvent next() {
    if (finished) {
      return null;
    }
    try {
      if (!started) {
        started = true;
        open();
      }
      StreamEvent event = reader != null ? reader.next() : whole.poll();
      if (event == null || event instanceof StreamEvent.Completed) {
        finished = true;
        release();
      }
      return event;
    } catch (IOException e) {
      release();
      throw streamFailure(e);
    } catch (StreamException e) {
      release();
      throw redacted(e);
    } catch (ApiException e) {
      release();
      throw redacted(e);
    } catch (RuntimeException | Error e) {
      release();
      throw e;
    }
  }

  /** Reads to the end and returns the final reply, with the whole text. */
  Reply drain() {
    if (!started) {
      keepText = true;
    } else if (!keepText) {
      throw new IllegalStateException(
          spec.method() + ": drain() after next() needs keepingText() before the first event");
    }
    for (StreamEvent event; (event = next()) != null; ) {
      if (event instanceof StreamEvent.Completed completed) {
        return completed.reply();
      }
    }
    throw new IllegalStateException(spec.method() + ": the stream was already consumed");
  }

  /** Cancels the call from any thread. */
  void cancel() {
    call.cancel();
  }

  boolean isCanceled() {
    return call.isCanceled();
  }

  /** Cancels the call if still running and releases the connection. */
  @Override
  public void close() {
    if (!finished) {
      call.cancel();
    }
    finished = true;
    release();
  }

  private void open() throws IOException {
    Response<ResponseBody> opened = call.execute();
    this.response = opened;
    this.requestId = opened.headers().get("x-request-id");
    ResponseBody body = opened.body();
    BufferedSource source = body.source();
    if (isEventStream(body.contentType(), source)) {
      reader =
          spec.api() == Api.RESPONSES
              ? EventReader.responses(source, requestId, keepText)
              : EventReader.chat(source, requestId, keepText);
      return;
    }
    InputStream json = jsonBytes(body.contentType(), source);
    Reply reply =
        spec.api() == Api.RESPONSES
            ? ReplyParser.responses(json, requestId)
            : ReplyParser.chat(json, requestId);
    if (!reply.text().isEmpty()) {
      whole.add(new StreamEvent.TextDelta(reply.text()));
    }
    whole.add(new StreamEvent.Completed(reply));
  }

  /**
   * The JSON body as UTF-8 bytes. JSON is UTF-8 (RFC 8259) and is read so by default, but a server
   * that declares another charset ({@code application/json; charset=ISO-8859-1}) is taken at its
   * word. An event stream's charset is ignored: SSE is always UTF-8.
   */
  private static InputStream jsonBytes(@Nullable MediaType type, BufferedSource source)
      throws IOException {
    Charset charset = type == null ? null : type.charset(null);
    if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
      return source.inputStream();
    }
    return new ByteArrayInputStream(source.readString(charset).getBytes(StandardCharsets.UTF_8));
  }

  private boolean isEventStream(@Nullable MediaType type, BufferedSource source)
      throws IOException {
    if (type != null) {
      String subtype = type.subtype().toLowerCase(java.util.Locale.ROOT);
      if (subtype.equals("event-stream")) {
        return true;
      }
      if (subtype.equals("json") || subtype.endsWith("+json")) {
        return false;
      }
    }
    // No usable content type: some proxies send none. Decide by the first non-blank byte.
    for (long i = 0; source.request(i + 1); i++) {
      byte b = source.getBuffer().getByte(i);
      if (b == '{') {
        return false;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        if (type == null || b == ':' || b == 'd' || b == 'e' || b == 'i' || b == 'r') {
          return true;
        }
        break;
      }
    }
    throw unexpectedContentType(type, source);
  }

  private ApiException unexpectedContentType(@Nullable MediaType type, BufferedSource source)
      throws IOException {
    source.request(300);
    long n = Math.min(300, source.getBuffer().size());
    String start = source.getBuffer().snapshot((int) n).string(StandardCharsets.UTF_8);
    return new ApiException(
        200,
        spec.method()
            + ": expected an event stream or JSON, got "
            + (type == null ? "no content type" : type.type() + "/" + type.subtype())
            + " (HTTP 200"
            + (requestId == null ? "" : ", request " + requestId)
            + "): "
            + start.replaceAll("\\s+", " ").strip(),
        null,
        null,
        requestId);
  }

  private RuntimeException streamFailure(IOException e) {
    if (call.isCanceled()) {
      return new CancellationException(spec.method() + " was cancelled");
    }
    PartialText partial = reader == null ? PartialText.NONE : reader.partialText();
    String received = " after " + partial.length() + " chars of text" + partial.note();
    if (call.deadlinePassed()) {
      return call.deadlineFailure(" mid-stream" + received, partial.text(), e);
    }
    if (e instanceof SocketTimeoutException) {
      // The read that timed out closed the socket, so the connection is not reused.
      return new PromptfitTimeoutException(
          spec.method()
              + ": no data from the server for "
              + Timeouts.format(call.idleTimeout())
              + " (the idle timeout)"
              + received
              + "; raise Promptfit.builder().idleTimeout(...) for long reasoning pauses",
          partial.text(),
          e);
    }
    return new StreamException(
        spec.method()
            + ": the stream was cut off"
            + received
            + ": "
            + call.redact(e.getClass().getSimpleName() + ": " + e.getMessage()),
        null,
        partial.text(),
        requestId,
        e);
  }

  /**
   * A 200 body's error named like every other failure ({@code Iface.method: ...}), with the key
   * removed should a server have echoed it.
   */
  private ApiException redacted(ApiException e) {
    if (e.getClass() != ApiException.class) {
      return e; // error statuses were built by ApiErrors, which already names and redacts
    }
    String message = String.valueOf(e.getMessage());
    String prefix = spec.method() + ": ";
    String clean = call.redact(message.startsWith(prefix) ? message : prefix + message);
    if (clean.equals(message)) {
      return e;
    }
    return new ApiException(
        e.statusCode(),
        clean,
        e.errorCode().map(call::redact).orElse(null),
        e.errorType().map(call::redact).orElse(null),
        e.requestId().orElse(null));
  }

  /** A decoder's failure with the key removed, should a server have echoed it in an event. */
  private StreamException redacted(StreamException e) {
    String message = String.valueOf(e.getMessage());
    String clean = call.redact(message);
    String code = e.errorCode().orElse(null);
    String cleanCode = code == null ? null : call.redact(code);
    if (clean.equals(message) && java.util.Objects.equals(code, cleanCode)) {
      return e;
    }
    return new StreamException(clean, cleanCode, e.partialText(), e.requestId().orElse(null), null);
  }

  private void release() {
    if (reader != null) {
      reader.close();
    }
    if (response != null) {
      response.body().close();
    }
    call.finish();
  }
}
