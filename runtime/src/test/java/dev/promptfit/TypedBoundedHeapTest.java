package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.TypedAssistant.Person;
import dev.promptfit.annotation.Api;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * More than 50 MiB of typed elements streamed through the whole client into {@code Stream<Person>}
 * and {@code Flow.Publisher<Person>} in a 64 MiB heap: each element is bound as its JSON closes and
 * handed on, and neither the answer's text nor the elements are gathered. On Responses the server
 * also repeats the whole text four times, as OpenAI does, each repeat one line of the full size.
 * The server writes the body element by element, never holding it.
 *
 * <p>Tagged {@code bounded-heap}: runs only in its own surefire execution, with {@code -Xmx64m}
 * (runtime/pom.xml), and refuses to run in a larger heap, where it would prove nothing.
 */
@Tag("bounded-heap")
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TypedBoundedHeapTest {
  private static final int NAME_CHARS = 900;
  private static final int ELEMENTS = 56_000;

  @RegisterExtension final ServedClient served = new ServedClient(b -> b);

  @BeforeAll
  static void heapIsSmall() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(
        max <= 80L * 1024 * 1024,
        "run in the bounded-heap surefire execution (-Xmx64m); max heap is " + max);
    assertTrue(textChars() > 50L * 1024 * 1024, "at least 50 MiB of elements");
  }

  private TypedAssistant assistant() {
    return served.promptfit().create(TypedAssistant.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void streamOfRecords(Api api, TestReporter reporter) {
    enqueue(api);
    Check check = new Check();
    try (Stream<Person> people = assistant().people("q", CallOptions.builder().api(api).build())) {
      people.forEach(check::add);
    }
    check.assertAll();
    report(reporter, api + " Stream<Person>", check);
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void publisherOfRecords(Api api, TestReporter reporter) throws Exception {
    enqueue(api);
    Check check = new Check();
    CompletableFuture<Void> done = new CompletableFuture<>();
    assistant()
        .peoplePublished("q", CallOptions.builder().api(api).build())
        .subscribe(
            new Flow.Subscriber<Person>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(Person item) {
                check.add(item);
              }

              @Override
              public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    done.get(150, TimeUnit.SECONDS);
    check.assertAll();
    report(reporter, api + " Flow.Publisher<Person>", check);
  }

  private void enqueue(Api api) {
    MockResponseBody body = api == Api.RESPONSES ? new ResponsesBody() : new ChatBody();
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .addHeader("Content-Type", "text/event-stream")
                .body(body)
                .build());
  }

  private static void report(TestReporter reporter, String what, Check check) {
    reporter.publishEntry(
        "heap",
        String.format(
            "%s: %d elements, %d MiB of JSON in a %d MiB heap; at most %.1f MiB live mid-stream",
            what,
            ELEMENTS,
            textChars() >> 20,
            Runtime.getRuntime().maxMemory() >> 20,
            check.maxLive / 1048576.0));
  }

  /** The name of element {@code i}: letters, a quote, two multi-byte characters, varied by i. */
  static String name(int i) {
    StringBuilder name = new StringBuilder(NAME_CHARS);
    for (int c = 0; c < NAME_CHARS; c++) {
      int k = (i * 31 + c) % 89;
      name.append(
          k == 0 ? 'é' : k == 1 ? '中' : k == 2 ? '"' : k == 3 ? '}' : (char) ('a' + k % 26));
    }
    return name.toString();
  }

  /** Element {@code i} as the model writes it, in two deltas cut inside the name. */
  static String[] deltas(int i) {
    String json =
        (i == 0 ? "{\"items\":[" : ",")
            + "{\"name\":\""
            + name(i).replace("\"", "\\\"")
            + "\",\"age\":"
            + i
            + ",\"email\":null}"
            + (i == ELEMENTS - 1 ? "]}" : "");
    int cut = json.length() / 2;
    return new String[] {json.substring(0, cut), json.substring(cut)};
  }

  static long textChars() {
    long chars = 0;
    for (int i = 0; i < ELEMENTS; i++) {
      for (String delta : deltas(i)) {
        chars += delta.length();
      }
    }
    return chars;
  }

  /** A delta as a JSON string's content, for an SSE event. */
  static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Checks each element as it arrives, in order, without keeping it. */
  static final class Check {
    long maxLive;
    private int count;

    void add(Person person) {
      assertEquals(count, person.age(), "elements in order");
      assertEquals(name(count), person.name());
      if (++count % 8192 == 0) {
        maxLive = Math.max(maxLive, BoundedHeapTest.liveHeap());
      }
    }

    void assertAll() {
      assertEquals(ELEMENTS, count, "elements");
    }
  }

  private abstract static class GeneratedBody implements MockResponseBody {
    @Override
    public long getContentLength() {
      return -1;
    }

    static void writeText(BufferedSink sink) throws IOException {
      for (int i = 0; i < ELEMENTS; i++) {
        for (String delta : deltas(i)) {
          sink.writeUtf8(escaped(delta));
        }
      }
    }
  }

  /** Responses, as OpenAI sends it: every repeat of the text included. */
  private static final class ResponsesBody extends GeneratedBody {
    private static final String ITEM = "msg_0976c6df58902d6a0068c9ef3537f48196a252a62ce5661cef";

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      int seq = 0;
      String response =
          "{\"id\":\"resp_1\",\"object\":\"response\",\"model\":\"gpt-test\",\"status\":";
      event(sink, "response.created")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"response\":" + response)
          .writeUtf8("\"in_progress\",\"output\":[]}}\n\n");
      for (int i = 0; i < ELEMENTS; i++) {
        for (String delta : deltas(i)) {
          event(sink, "response.output_text.delta")
              .writeUtf8(",\"sequence_number\":" + seq++ + ",\"item_id\":\"" + ITEM)
              .writeUtf8("\",\"output_index\":0,\"content_index\":0,\"delta\":\"")
              .writeUtf8(escaped(delta))
              .writeUtf8("\",\"logprobs\":[]}\n\n");
        }
      }
      event(sink, "response.output_text.done")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"item_id\":\"" + ITEM)
          .writeUtf8("\",\"output_index\":0,\"content_index\":0,\"text\":\"");
      writeText(sink);
      sink.writeUtf8("\",\"logprobs\":[]}\n\n");
      event(sink, "response.content_part.done")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"item_id\":\"" + ITEM)
          .writeUtf8("\",\"output_index\":0,\"content_index\":0,\"part\":");
      part(sink);
      sink.writeUtf8("}\n\n");
      event(sink, "response.output_item.done")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item\":");
      item(sink);
      sink.writeUtf8("}\n\n");
      event(sink, "response.completed")
          .writeUtf8(",\"sequence_number\":" + seq + ",\"response\":" + response)
          .writeUtf8("\"completed\",\"output\":[");
      item(sink);
      sink.writeUtf8("],\"usage\":{\"input_tokens\":5,\"output_tokens\":" + ELEMENTS)
          .writeUtf8(",\"total_tokens\":" + (ELEMENTS + 5) + "}}}\n\n");
    }

    private static BufferedSink event(BufferedSink sink, String type) throws IOException {
      return sink.writeUtf8("event: " + type + "\ndata: {\"type\":\"" + type + "\"");
    }

    private static void item(BufferedSink sink) throws IOException {
      sink.writeUtf8("{\"id\":\"" + ITEM + "\",\"type\":\"message\",\"status\":\"completed\",")
          .writeUtf8("\"content\":[");
      part(sink);
      sink.writeUtf8("],\"role\":\"assistant\"}");
    }

    private static void part(BufferedSink sink) throws IOException {
      sink.writeUtf8("{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":\"");
      writeText(sink);
      sink.writeUtf8("\"}");
    }
  }

  /** Chat Completions chunks, a finish reason, a usage chunk and [DONE]. */
  private static final class ChatBody extends GeneratedBody {
    private static final String HEAD =
        "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1782955817,"
            + "\"model\":\"gpt-test\",\"choices\":[";

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.writeUtf8(HEAD)
          .writeUtf8("{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},")
          .writeUtf8("\"finish_reason\":null}]}\n\n");
      for (int i = 0; i < ELEMENTS; i++) {
        for (String delta : deltas(i)) {
          sink.writeUtf8(HEAD)
              .writeUtf8("{\"index\":0,\"delta\":{\"content\":\"")
              .writeUtf8(escaped(delta))
              .writeUtf8("\"},\"finish_reason\":null}]}\n\n");
        }
      }
      sink.writeUtf8(HEAD).writeUtf8("{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
      sink.writeUtf8(HEAD)
          .writeUtf8("],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":" + ELEMENTS)
          .writeUtf8(",\"total_tokens\":" + (ELEMENTS + 5) + "}}\n\ndata: [DONE]\n\n");
    }
  }
}
