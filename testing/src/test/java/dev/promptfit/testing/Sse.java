package dev.promptfit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of the SSE the fake server writes: LF line ends, {@code event:} and {@code
 * data:} fields, one {@code data:} line per event. Strict on purpose, so a framing slip fails.
 */
final class Sse {
  /** One event: its {@code event:} name (null if none) and data. */
  record Event(@Nullable String name, String data) {
    JsonNode json() {
      return Http.json(data);
    }
  }

  private final BufferedReader reader;

  Sse(InputStream body) {
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  static List<Event> parse(String body) {
    if (body.contains("\r")) {
      throw new AssertionError("the fake server writes LF only");
    }
    if (!body.isEmpty() && !body.endsWith("\n\n")) {
      throw new AssertionError("a stream must end with a blank line: " + body);
    }
    Sse sse = new Sse(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    List<Event> events = new ArrayList<>();
    for (Event event = sse.next(); event != null; event = sse.next()) {
      events.add(event);
    }
    return events;
  }

  /** The next event, or null at the end of the body. */
  @Nullable Event next() {
    try {
      String name = null;
      String data = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          if (data == null) {
            throw new AssertionError("an empty event");
          }
          return new Event(name, data);
        }
        if (line.startsWith("event: ") && name == null && data == null) {
          name = line.substring("event: ".length());
        } else if (line.startsWith("data: ") && data == null) {
          data = line.substring("data: ".length());
        } else {
          throw new AssertionError("unexpected line: " + line);
        }
      }
      if (name != null || data != null) {
        throw new AssertionError("the body ended inside an event");
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
