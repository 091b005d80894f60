package dev.promptfit.internal.stream;

import dev.promptfit.internal.TestFailures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.StreamException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/** Everything a stream yielded: its events and the failure it ended with, if any. */
record Outcome(List<StreamEvent> events, @Nullable Failure failure) {

  /** The comparable parts of a {@link StreamException}. */
  record Failure(String message, @Nullable String code, String partialText) {}

  static final BiFunction<BufferedSource, @Nullable String, EventReader> RESPONSES =
      (source, requestId) -> EventReader.responses(source, requestId, true, TestFailures.FAILURES);
  static final BiFunction<BufferedSource, @Nullable String, EventReader> CHAT =
      (source, requestId) -> EventReader.chat(source, requestId, true, TestFailures.FAILURES);

  /** Reads the whole stream; checks the reader's own contract on the way. */
  static Outcome of(EventReader reader) {
    List<StreamEvent> events = new ArrayList<>();
    try (reader) {
      StreamEvent event;
      while ((event = reader.next()) != null) {
        events.add(event);
      }
      assertNull(reader.next(), "the stream stays over");
      assertInstanceOf(StreamEvent.Completed.class, events.get(events.size() - 1));
      assertEquals(1, events.stream().filter(e -> e instanceof StreamEvent.Completed).count());
      return new Outcome(events, null);
    } catch (StreamException e) {
      assertEquals(e.partialText(), reader.partialText().text());
      assertNull(nextQuietly(reader), "after a failure the stream is over");
      return new Outcome(
          events,
          new Failure(TestFailures.detail(e), e.errorCode().orElse(null), e.partialText()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Outcome responses(String sse) {
    return of(EventReader.responses(new Buffer().writeUtf8(sse), "req_1", true, TestFailures.FAILURES));
  }

  static Outcome chat(String sse) {
    return of(EventReader.chat(new Buffer().writeUtf8(sse), "req_1", true, TestFailures.FAILURES));
  }

  private static @Nullable StreamEvent nextQuietly(EventReader reader) {
    try {
      return reader.next();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Reply reply() {
    assertNull(failure, () -> "stream failed: " + failure);
    return ((StreamEvent.Completed) events.get(events.size() - 1)).reply();
  }

  Failure failed() {
    assertNotNull(failure, () -> "stream completed: " + events);
    return failure;
  }

  /** The text of the deltas of one kind, joined. */
  String joined(Class<? extends StreamEvent> kind) {
    return events.stream()
        .filter(kind::isInstance)
        .map(Outcome::textOf)
        .collect(Collectors.joining());
  }

  private static String textOf(StreamEvent event) {
    if (event instanceof StreamEvent.TextDelta d) {
      return d.text();
    }
    if (event instanceof StreamEvent.ReasoningDelta d) {
      return d.text();
    }
    if (event instanceof StreamEvent.RefusalDelta d) {
      return d.text();
    }
    return "";
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
