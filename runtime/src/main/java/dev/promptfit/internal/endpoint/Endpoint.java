package dev.promptfit.internal.endpoint;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.stream.EventReader;
import dev.promptfit.internal.stream.ParsedReply;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.RequestBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One of the two APIs a call can use, and everything that differs between them: the path,
 * the request body, the stream decoder and the reply parser.
 *
 * <pre><code>
 * Endpoint endpoint = Endpoint.of(Api.CHAT_COMPLETIONS);
 * Call&lt;ResponseBody&gt; call = service.post(endpoint.path(), endpoint.body(request), headers);
 * </code></pre>
 */
public sealed interface Endpoint permits ResponsesEndpoint, ChatEndpoint {

  /** The endpoint of a resolved {@code api}; {@link Api#DEFAULT} must have been resolved first. */
  static Endpoint of(Api api) {
    return switch (api) {
      case RESPONSES -> ResponsesEndpoint.INSTANCE;
      case CHAT_COMPLETIONS -> ChatEndpoint.INSTANCE;
      case DEFAULT -> throw new IllegalArgumentException("Api.DEFAULT must be resolved first");
    };
  }

  /** The API this endpoint speaks. */
  Api api();

  /** The path relative to the base URL, without a leading slash so a path prefix is kept. */
  String path();

  /** The JSON body of {@code request}. */
  RequestBody body(LlmRequest request);

  /**
   * A reader of this endpoint's event stream; it owns {@code source}. With {@code tools} (the
   * request offers tools) it also gathers the response's output for the next request.
   */
  EventReader events(
      BufferedSource source,
      @Nullable String requestId,
      boolean keepText,
      boolean tools,
      Failures failures);

  /**
   * The reply a non-streamed JSON body holds; with {@code tools}, also the response's output for
   * the next request.
   */
  ParsedReply reply(
      InputStream body, @Nullable String requestId, boolean tools, Failures failures)
      throws IOException;

  /**
   * What to add to a 404's message, or null. {@code chosenByClient} says whether the endpoint came
   * from the client's default rather than from the method or its {@code CallOptions}: only then can
   * a different default help.
   */
  @Nullable String notFoundHint(boolean chosenByClient);
}
