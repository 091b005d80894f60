package dev.promptfit.internal.call;

import dev.promptfit.ApiException;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.endpoint.Endpoint;
import dev.promptfit.internal.http.Interrupts;
import dev.promptfit.internal.http.RetryingCall;
import dev.promptfit.internal.http.Timeouts;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.stream.EventReader;
import dev.promptfit.internal.stream.ParsedReply;
import dev.promptfit.internal.stream.PartialText;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;

/**
 * Not API. The events of one request, pulled one at a time on the caller's thread. The HTTP call
 * starts at the first {@link #next()}; the connection is released as soon as the terminal event is
 * read (servers that keep the socket open after {@code [DONE]} cannot hold it) or when the exchange
 * is closed or cancelled.
 *
 * <p>A body is read as an event stream or as JSON according to its content type, whatever was
 * asked for: some servers ignore {@code "stream"}, and both forms yield the same events. The
 * endpoint decodes either form.
 *
 * <p><b>Background responses.</b> With a {@link BackgroundResponse}, a JSON answer still queued or
 * running is polled to its end, a stream that drops is resumed after its last event, and
 * cancelling or abandoning the exchange cancels the response on the server.
 *
 * <p><b>Text.</b> Without {@code keepText} (return types that only pass deltas on) the text is not
 * gathered, so a stream of any length holds bounded memory, the reply in {@code Completed} has
 * empty text, and a failure's partial text is the text's tail (see {@link PartialText}).
 *
 * <p><b>Threads.</b> One thread at a time reads ({@link #next()}); {@link #close()} and {@link
 * #cancel()} may come from any other. The reading thread owns the body: a close while it reads only
 * cancels the call, and the reader releases the connection as it ends with the cancellation, so the
 * body is never closed under a read. A reader blocked on the network whose thread is interrupted
 * is noticed by the {@link InterruptWatch}, which cancels the call.
 */
final class Exchange implements Closeable {
  /** How far a body without a usable content type is searched for its first non-blank byte. */
  private static final long SNIFF_LIMIT = 64 * 1024;

  private final RetryingCall call;
  private final Endpoint endpoint;
  private final Failures failures;
  private final boolean keepText;
  private final boolean tools;
  private ModelOutput output = ModelOutput.NONE;
  private final @Nullable BackgroundResponse background;
  private @Nullable Response<ResponseBody> response;
  private @Nullable EventReader reader;
  private final ArrayDeque<StreamEvent> whole = new ArrayDeque<>(2);
  private @Nullable String requestId;
  private boolean started;
  private boolean released;

  /** The terminal event was read, or reading failed: no more events. */
  private volatile boolean finished;

  /** {@link #close()} was called. Guarded by this. */
  private boolean closed;

  /** The thread inside {@link #next()}, if any. Written under this. */
  private volatile @Nullable Thread reading;

  /**
   * {@code tools}: the request offers tools, so the response's output is kept for the next;
   * {@code background}: how a background response is followed, or null for a plain request.
   */
  Exchange(
      RetryingCall call,
      Endpoint endpoint,
      Failures failures,
      boolean keepText,
      boolean tools,
      @Nullable BackgroundResponse background) {
    this.call = call;
    this.endpoint = endpoint;
    this.failures = failures;
    this.keepText = keepText;
    this.tools = tools;
    this.background = background;
  }

  /**
   * What the next request of a tool loop sends back of this response; set once {@link #next()}
   * returned {@link StreamEvent.Completed}.
   */
  ModelOutput output() {
    return reader != null ? reader.output() : output;
  }

  /**
   * The next event, or null after {@link StreamEvent.Completed}. After {@link #close()} cut the
   * exchange short, the method's cancellation.
   */
  @Nullable StreamEvent next() {
    Thread self = Thread.currentThread();
    synchronized (this) {
      if (finished) {
        return null;
      }
      if (closed) {
        throw failures.cancelled();
      }
      reading = self;
    }
    try {
      if (self.isInterrupted()) {
        call.interrupt();
        throw call.interruption(null);
      }
      if (!started) {
        started = true;
        InterruptWatch.INSTANCE.watch(this);
        open();
      }
      while (true) {
        try {
          StreamEvent event = reader != null ? reader.next() : whole.poll();
          if (event == null || event instanceof StreamEvent.Completed) {
            finished = true;
            release();
          }
          return event;
        } catch (IOException e) {
          if (!resume(e)) {
            throw e;
          }
        }
      }
    } catch (IOException e) {
      finished = true;
      release();
      abandon();
      throw streamFailure(e);
    } catch (RuntimeException | Error e) {
      finished = true;
      release();
      abandon();
      throw e;
    } finally {
      boolean closedMeanwhile;
      synchronized (this) {
        reading = null;
        closedMeanwhile = closed;
      }
      if (closedMeanwhile) {
        release();
      }
    }
  }

  /** Cancels the call from any thread. */
  void cancel() {
    call.cancel();
    if (background != null) {
      background.cancel();
    }
  }

  /**
   * Cancels the call if still running and releases the connection, from any thread. If another
   * thread is reading, it is left to release the connection as its read ends with the cancellation.
   */
  @Override
  public void close() {
    boolean releaseNow;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      Thread reader = reading;
      releaseNow = reader == null || reader == Thread.currentThread();
    }
    if (!finished) {
      cancel();
    }
    if (releaseNow) {
      release();
    }
  }

  /**
   * A background response this exchange gives up on before its end (a resume that failed, a
   * deadline, a cancellation) would run on, and be billed, on the server: cancel it there too.
   */
  private void abandon() {
    if (background != null) {
      background.cancel();
    }
  }

  /** For the {@link InterruptWatch}: cancels the call if the thread reading it was interrupted. */
  void cancelIfReaderInterrupted() {
    Thread reader = reading;
    if (reader != null && reader.isInterrupted()) {
      call.interrupt();
    }
  }

  /**
   * Continues a background response's stream that dropped with {@code e} on a resumed one; false
   * when it cannot be (not a background stream, cancelled, out of resumes).
   */
  private boolean resume(IOException e) {
    EventReader events = reader;
    if (background == null || events == null || call.isCanceled() || call.deadlinePassed()) {
      return false;
    }
    Response<ResponseBody> resumed = background.resume(events.cursor(), events.partialText(), e);
    if (resumed == null) {
      return false;
    }
    if (response != null) {
      response.body().close();
    }
    response = resumed;
    String resumedId = resumed.headers().get("x-request-id");
    requestId = resumedId != null ? resumedId : requestId;
    events.resume(resumed.body().source());
    return true;
  }

  private void open() throws IOException {
    Response<ResponseBody> opened = call.execute();
    this.response = opened;
    this.requestId = opened.headers().get("x-request-id");
    ResponseBody body = opened.body();
    BufferedSource source = body.source();
    if (isEventStream(body.contentType(), source)) {
      reader = endpoint.events(source, requestId, keepText, tools, failures);
      if (background != null) {
        reader.resumable();
        background.follow(reader.cursor());
      }
      return;
    }
    InputStream json = jsonBytes(body.contentType(), source);
    if (background != null) {
      json = new ByteArrayInputStream(background.follow(json.readAllBytes(), call));
    }
    ParsedReply parsed = endpoint.reply(json, requestId, tools, failures);
    Reply reply = parsed.reply();
    output = parsed.output();
    if (!reply.text().isEmpty()) {
      // A refusal is one refusal delta, as a stream would have sent it in pieces.
      whole.add(
          parsed.refused()
              ? new StreamEvent.RefusalDelta(reply.text())
              : new StreamEvent.TextDelta(reply.text()));
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
      String subtype = type.subtype().toLowerCase(Locale.ROOT);
      if (subtype.equals("event-stream")) {
        return true;
      }
      if (subtype.equals("json") || subtype.endsWith("+json")) {
        return false;
      }
    }
    // No usable content type: some proxies send none. Decide by the first non-blank byte, within
    // bounds: an endless run of white space is not held.
    for (long i = 0; i < SNIFF_LIMIT && source.request(i + 1); i++) {
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
    // Redacted before the excerpt is cut, and a key cut at the end of what was read is masked too,
    // so no prefix of an echoed key survives either cut.
    source.request(1024);
    long n = Math.min(1024, source.getBuffer().size());
    String start =
        failures.redactCut(source.getBuffer().snapshot((int) n).string(StandardCharsets.UTF_8));
    start = start.replaceAll("\\s+", " ").strip();
    start = start.length() <= 300 ? start : start.substring(0, 300);
    return failures.api(
        200,
        "expected an event stream or JSON, got "
            + (type == null ? "no content type" : type.type() + "/" + type.subtype())
            + " (HTTP 200"
            + (requestId == null ? "" : ", request " + requestId)
            + "): "
            + start,
        null,
        null,
        requestId,
        null);
  }

  private RuntimeException streamFailure(IOException e) {
    if (call.isInterrupted() || Interrupts.caused(e)) {
      call.interrupt();
      return call.interruption(e);
    }
    if (call.isCanceled()) {
      return failures.cancelled();
    }
    PartialText partial = reader == null ? PartialText.NONE : reader.partialText();
    String received =
        " after "
            + partial.length()
            + " chars of text"
            + partial.note()
            + (background == null || reader == null ? "" : background.resumesNote());
    if (call.deadlinePassed()) {
      return call.deadlineFailure(" mid-stream" + received, partial.text(), e);
    }
    if (e instanceof SocketTimeoutException) {
      // The read that timed out closed the socket, so the connection is not reused.
      return failures.timeout(
          "no data from the server for "
              + Timeouts.format(call.idleTimeout())
              + " (the idle timeout)"
              + received
              + "; raise Promptfit.builder().timeout(...) for long reasoning pauses",
          partial.text(),
          e);
    }
    return failures.stream(
        "the stream was cut off" + received + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(),
        null,
        partial.text(),
        requestId,
        e);
  }

  /** Releases the connection; only the thread that owns the body calls it. Idempotent. */
  private void release() {
    if (released) {
      return;
    }
    released = true;
    InterruptWatch.INSTANCE.unwatch(this);
    if (reader != null) {
      reader.close();
    }
    if (response != null) {
      response.body().close();
    }
  }
}
