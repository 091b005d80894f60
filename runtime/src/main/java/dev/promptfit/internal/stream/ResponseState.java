package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The id and status of a Responses {@code Response} body, read without its output: what a
 * background response's poll loop looks at before the final body is parsed into a reply.
 *
 * @param id {@code id}, empty if absent
 * @param status {@code status}, empty if absent
 */
public record ResponseState(String id, String status) {
  private static final Set<String> UNFINISHED = Set.of("queued", "in_progress");

  /** The state in {@code body}, or null when it is not a JSON object (the reply parser says why). */
  public static @Nullable ResponseState of(byte[] body) {
    try (JsonParser parser = EventJson.parser(body, body.length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ResponseSummary summary = ResponseReader.read(parser, false, false);
      return new ResponseState(summary.id(), summary.status());
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      // A byte array cannot fail to be read.
      return null;
    }
  }

  /** Whether the response is still {@code queued} or {@code in_progress}. */
  public boolean unfinished() {
    return UNFINISHED.contains(status);
  }
}
