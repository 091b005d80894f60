package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.TypedAssistant.Person;
import dev.promptfit.annotation.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Element k of a typed stream reaches the caller while the server still holds element k+1: after
 * the delta that closes element k the server waits until the caller has it, and only then writes
 * on. A client that needed any later text to hand element k over would leave the server waiting,
 * and the element would come after the server gave up and wrote on, which the caller checks. Shown
 * by order, not by timing.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TypedElementOrderTest {
  private static final int ELEMENTS = 4;

  @RegisterExtension final ServedClient served = ServedClient.serverOnly();

  /**
   * The deltas: each element cut inside strings, the last delta of element k ending at its brace.
   */
  private static List<String> deltas() {
    List<String> deltas = new ArrayList<>();
    deltas.add("{\"ite");
    deltas.add("ms\":[");
    for (int k = 0; k < ELEMENTS; k++) {
      deltas.add((k == 0 ? "" : ",") + "{\"name\":\"P" + k + " \\\"}{");
      deltas.add("\\\" ]\",\"age\":" + (k + 20));
      deltas.add(",\"email\":null}");
    }
    deltas.add("]}");
    return deltas;
  }

  /** Events of a whole stream, split at their blank lines; event 1 + i carries delta i. */
  private static List<String> events(Api api) {
    String[] deltas = deltas().toArray(new String[0]);
    String sse = api == Api.RESPONSES ? Bodies.responsesStream(deltas) : Bodies.chatStream(deltas);
    List<String> events = new ArrayList<>();
    for (String event : sse.split("\n\n")) {
      events.add(event + "\n\n");
    }
    return events;
  }

  static Stream<Object[]> cases() {
    return Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
        .flatMap(api -> Stream.of(new Object[] {api, "Stream"}, new Object[] {api, "Publisher"}));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void elementKArrivesWhileTheServerHoldsElementKPlusOne(Api api, String shape) throws Exception {
    List<CountDownLatch> delivered = new ArrayList<>();
    List<AtomicBoolean> wroteOn = new ArrayList<>();
    List<String> events = events(api);
    ScriptedBody body = new ScriptedBody();
    int k = 0;
    for (int i = 0; i < events.size(); i++) {
      body.write(events.get(i));
      // Event 1 + i carries delta i; delta 2 + 3k + 2 closes element k.
      if (k < ELEMENTS && i == 1 + 2 + 3 * k + 2) {
        CountDownLatch latch = new CountDownLatch(1);
        AtomicBoolean flag = new AtomicBoolean();
        delivered.add(latch);
        wroteOn.add(flag);
        body.run(() -> awaitQuietly(latch)).run(() -> flag.set(true));
        k++;
      }
    }
    assertEquals(ELEMENTS, delivered.size());
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .addHeader("Content-Type", "text/event-stream")
                .body(body)
                .build());
    served.client(b -> b);
    TypedAssistant assistant = served.promptfit().create(TypedAssistant.class);

    List<Person> received = new CopyOnWriteArrayList<>();
    List<String> problems = new CopyOnWriteArrayList<>();
    Consumer<Person> check =
        person -> {
          int index = received.size();
          if (wroteOn.get(index).get()) {
            problems.add("element " + index + " came only after the server wrote on past it");
          }
          received.add(person);
          delivered.get(index).countDown();
        };
    CallOptions o = CallOptions.builder().api(api).build();
    if (shape.equals("Stream")) {
      try (Stream<Person> people = assistant.people("q", o)) {
        people.forEach(check);
      }
    } else {
      List<Person> all =
          TypedShape.collect(new CheckingPublisher(assistant.peoplePublished("q", o), check));
      assertEquals(ELEMENTS, all.size());
    }

    assertEquals(List.of(), problems);
    assertEquals(ELEMENTS, received.size());
    for (int i = 0; i < ELEMENTS; i++) {
      assertEquals(new Person("P" + i + " \"}{\" ]", 20 + i, null), received.get(i));
      assertTrue(wroteOn.get(i).get());
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      // Generous: on a busy machine the caller gets the element in milliseconds; a client that
      // holds it back is caught by the flag whatever this bound is.
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A publisher whose subscriber first runs {@code check} on each element. */
  private record CheckingPublisher(Flow.Publisher<Person> delegate, Consumer<Person> check)
      implements Flow.Publisher<Person> {
    @Override
    public void subscribe(Flow.Subscriber<? super Person> subscriber) {
      delegate.subscribe(
          new Flow.Subscriber<Person>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
              subscriber.onSubscribe(s);
            }

            @Override
            public void onNext(Person item) {
              check.accept(item);
              subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable t) {
              subscriber.onError(t);
            }

            @Override
            public void onComplete() {
              subscriber.onComplete();
            }
          });
    }
  }
}
