package dev.promptfit;

import dev.promptfit.internal.Failures;
import dev.promptfit.internal.http.Redactor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.stream.EventReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every recorded stream in {@code ../shared/fixtures}, served over a real socket in random chunks,
 * gives through the whole client exactly what the decoder gives on the raw bytes: the same events,
 * or the same failure after the same deltas. The decoder's own tests pin those outcomes down.
 */
class FixturesOverHttpTest {
  @RegisterExtension final ServedClient served = new ServedClient(b -> b.maxRetries(0));

  static Path fixtures() {
    String shared = System.getProperty("promptfit.shared.dir", "../../shared");
    return Path.of(shared, "fixtures");
  }

  @Test
  void everyFixtureGivesTheSameOutcomeOverHttp() throws IOException {
    Path root = fixtures();
    assumeTrue(
        Files.isDirectory(root),
        "shared fixtures not found at " + root.toAbsolutePath() + "; skipping the recorded streams");
    List<Path> files = new ArrayList<>();
    for (String dir : new String[] {"chat", "responses", "responses-payloads"}) {
      try (Stream<Path> list = Files.list(root.resolve(dir))) {
        list.sorted().forEach(files::add);
      }
    }
    assertEquals(42, files.size(), "fixture count changed: " + files);
    Random random = new Random(20261122);
    for (Path file : files) {
      Api api = file.getParent().getFileName().toString().equals("chat")
          ? Api.CHAT_COMPLETIONS
          : Api.RESPONSES;
      byte[] bytes = body(file);
      String expected = outcomeOf(decoded(bytes, api));
      Buffer buffer = new Buffer().write(bytes);
      served.server().enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "text/event-stream; charset=utf-8")
              .chunkedBody(buffer, 1 + random.nextInt(300))
              .build());
      String actual;
      try (ReplyStream stream = served.assistant().replyStream("q", CallOptions.builder().api(api).build())) {
        actual = outcomeOf(stream::iterator);
      }
      assertEquals(expected, actual, file.getFileName().toString());
    }
  }

  private static byte[] body(Path file) throws IOException {
    if (!file.toString().endsWith(".jsonl")) {
      return Files.readAllBytes(file);
    }
    StringBuilder framed = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      framed.append("data: ").append(line).append("\n\n");
    }
    return framed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The decoder alone, its failures named as the method the HTTP call goes through. */
  private static Iterable<StreamEvent> decoded(byte[] bytes, Api api) {
    Failures failures = new Failures("TestAssistant.replyStream", Redactor.NONE);
    return () -> {
      EventReader reader =
          api == Api.RESPONSES
              ? EventReader.responses(new Buffer().write(bytes), null, true, failures)
              : EventReader.chat(new Buffer().write(bytes), null, true, failures);
      return new java.util.Iterator<>() {
        StreamEvent next;

        @Override
        public boolean hasNext() {
          try {
            if (next == null) {
              next = reader.next();
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          return next != null;
        }

        @Override
        public StreamEvent next() {
          hasNext();
          StreamEvent e = next;
          next = null;
          return e;
        }
      };
    };
  }

  /** The events and how the stream ended, as comparable text. */
  private static String outcomeOf(Iterable<StreamEvent> events) {
    StringBuilder out = new StringBuilder();
    try {
      for (StreamEvent event : events) {
        out.append(event).append('\n');
      }
      out.append("END");
    } catch (StreamException e) {
      out.append("StreamException code=").append(e.errorCode().orElse("-"))
          .append(" partial=").append(e.partialText()).append(" message=")
          .append(e.getMessage());
    }
    return out.toString();
  }
}
