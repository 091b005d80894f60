package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.CallOptions;
import dev.promptfit.OutputParseException;
import dev.promptfit.Promptfit;
import dev.promptfit.RefusalException;
import dev.promptfit.Result;
import dev.promptfit.annotation.Api;
import dev.promptfit.example.GeneratedTypedClient.Card;
import dev.promptfit.example.GeneratedTypedClient.Cash;
import dev.promptfit.example.GeneratedTypedClient.Line;
import dev.promptfit.example.GeneratedTypedClient.Order;
import dev.promptfit.example.GeneratedTypedClient.Payment;
import dev.promptfit.example.GeneratedTypedClient.Status;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.RecordedLlmRequest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The processor's schemas and descriptors with the runtime's typed answers, against FakeLlmServer
 * on both endpoints: records, enums, sealed interfaces, java.time, UUID, URI, lists, sets, arrays,
 * {@code Optional} and {@code @Nullable} through every typed return type.
 */
class GeneratedTypedClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String ORDER_JSON =
      "{\"id\":\"3f0c8a62-2b43-4d4e-9d55-6f1f3b1c2a10\",\"customer\":\"Ada {\\\"A\\\"} }{\","
          + "\"lines\":[{\"item\":\"bolt\",\"quantity\":3,\"price\":0.10},"
          + "{\"item\":\"nut\",\"quantity\":12,\"price\":1.5}],"
          + "\"tags\":[\"b\",\"a\"],\"placed\":\"2026-03-04T09:30:00+01:00\","
          + "\"updated\":\"2026-03-04T10:00:00Z\",\"due\":\"2026-03-20\",\"pickup\":\"17:45\","
          + "\"local\":\"2026-03-20T17:45:00\",\"status\":\"SHIPPED\","
          + "\"payment\":{\"type\":\"Card\",\"last4\":\"4242\"},\"note\":null,\"coupon\":\"SPRING\","
          + "\"link\":\"https://shop.example/o/1\",\"weights\":[1,20000000000],\"gift\":false,"
          + "\"rating\":4.5}";

  static final Order ORDER =
      new Order(
          UUID.fromString("3f0c8a62-2b43-4d4e-9d55-6f1f3b1c2a10"),
          "Ada {\"A\"} }{",
          List.of(
              new Line("bolt", 3, new BigDecimal("0.10")),
              new Line("nut", 12, new BigDecimal("1.5"))),
          Set.of("a", "b"),
          OffsetDateTime.parse("2026-03-04T09:30:00+01:00"),
          Instant.parse("2026-03-04T10:00:00Z"),
          LocalDate.of(2026, 3, 20),
          LocalTime.of(17, 45),
          LocalDateTime.of(2026, 3, 20, 17, 45),
          Status.SHIPPED,
          new Card("4242"),
          Optional.empty(),
          "SPRING",
          URI.create("https://shop.example/o/1"),
          new long[] {1, 20_000_000_000L},
          false,
          4.5);

  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build();
  private final GeneratedTypedClient client = promptfit.create(GeneratedTypedClient.class);

  @AfterEach
  void stop() {
    promptfit.close();
    server.close();
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  /** Records hold an array, so they are compared field by field around it. */
  private static void assertOrder(Order actual) {
    assertArrayEquals(ORDER.weights(), actual.weights());
    assertEquals(
        ORDER,
        new Order(
            actual.id(),
            actual.customer(),
            actual.lines(),
            actual.tags(),
            actual.placed(),
            actual.updated(),
            actual.due(),
            actual.pickup(),
            actual.local(),
            actual.status(),
            actual.payment(),
            actual.note(),
            actual.coupon(),
            actual.link(),
            ORDER.weights(),
            actual.gift(),
            actual.rating()));
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aRecordThroughEveryOneValueShape(Api api) throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueueJson(ORDER_JSON);
    }
    assertOrder(client.order("o", on(api)));
    Result<Order> result = client.orderResult("o", on(api));
    assertOrder(result.value());
    assertEquals(ORDER_JSON, result.reply().text());
    assertOrder(client.orderLater("o", on(api)).get(20, TimeUnit.SECONDS));
    Result<Order> later = client.orderResultLater("o", on(api)).get(20, TimeUnit.SECONDS);
    assertOrder(later.value());
    assertTrue(later.reply().usage().isReported());

    for (String method : List.of("order", "orderResult", "orderLater", "orderResultLater")) {
      RecordedLlmRequest request = server.takeRequest();
      assertEquals(api, request.api());
      assertEquals("json_schema", request.responseFormat().type());
      assertEquals("GeneratedTypedClient_" + method, request.responseFormat().name());
      assertEquals(Boolean.TRUE, request.responseFormat().strict());
      JsonNode schema = JSON.readTree(request.responseFormat().schema());
      assertEquals("object", schema.path("type").asText());
      assertEquals(17, schema.path("properties").size(), "one property per component");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void elementsThroughStreamAndPublisher(Api api) throws Exception {
    String lines =
        "{\"items\":[{\"item\":\"bolt\",\"quantity\":3,\"price\":0.10},"
            + "{\"item\":\"}{\",\"quantity\":12,\"price\":1.5}]}";
    List<Line> expected =
        List.of(
            new Line("bolt", 3, new BigDecimal("0.10")), new Line("}{", 12, new BigDecimal("1.5")));
    server.enqueueJson(lines);
    try (Stream<Line> stream = client.lines("o", on(api))) {
      assertEquals(expected, stream.toList());
    }
    server.enqueueJson(lines);
    assertEquals(expected, collect(client.linesPublished("o", on(api))));
    server.enqueueJson(
        "{\"items\":[{\"type\":\"Cash\",\"tendered\":20},{\"type\":\"Card\",\"last4\":\"0001\"}]}");
    try (Stream<Payment> payments = client.payments("o", on(api))) {
      assertEquals(List.of(new Cash(new BigDecimal("20")), new Card("0001")), payments.toList());
    }
    RecordedLlmRequest request = server.takeRequest();
    assertTrue(request.stream());
    assertEquals(
        "array",
        JSON.readTree(request.responseFormat().schema())
            .path("properties")
            .path("items")
            .path("type")
            .asText());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void wrappedValues(Api api) {
    CallOptions o = on(api);
    server.enqueueJson("{\"items\":[" + ORDER_JSON + "]}");
    List<Order> orders = client.orders("o", o);
    assertEquals(1, orders.size());
    assertOrder(orders.get(0));
    server.enqueueJson("{\"items\":[{\"item\":\"bolt\",\"quantity\":3,\"price\":2}]}");
    assertArrayEquals(
        new Line[] {new Line("bolt", 3, new BigDecimal("2"))}, client.lineArray("o", o));
    server.enqueueJson("{\"value\":\"OPEN\"}");
    assertEquals(Status.OPEN, client.status("o", o));
    server.enqueueJson("{\"value\":null}");
    assertNull(client.maybeStatus("o", o));
    server.enqueueJson("{\"value\":\"CANCELLED\"}");
    assertEquals(Status.CANCELLED, client.maybeStatus("o", o));
    server.enqueueJson("{\"value\":{\"type\":\"Cash\",\"tendered\":5.25}}");
    assertEquals(new Cash(new BigDecimal("5.25")), client.payment("o", o));
    server.enqueueJson("{\"value\":\"2026-12-24\"}");
    assertEquals(LocalDate.of(2026, 12, 24), client.due("o", o));
    server.enqueueJson("{\"value\":null}");
    assertEquals(Optional.empty(), client.note("o", o));
    server.enqueueJson("{\"value\":\"Leave at the door\"}");
    assertEquals(Optional.of("Leave at the door"), client.note("o", o));
    server.enqueueJson("{\"value\":15}");
    assertEquals(15, client.count("o", o));
    server.enqueueJson("{\"items\":[\"OPEN\",\"SHIPPED\"]}");
    assertEquals(Set.of(Status.OPEN, Status.SHIPPED), client.statuses("o", o));
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aNullForANonNullableAnswerAndARefusalAreNamedFailures(Api api) {
    server.enqueueJson("{\"value\":null}");
    OutputParseException e =
        assertThrows(OutputParseException.class, () -> client.status("o", on(api)));
    assertTrue(e.getMessage().startsWith("GeneratedTypedClient.status: "), e.getMessage());
    server.enqueueRefusal("I cannot read orders.");
    RefusalException refusal =
        assertThrows(RefusalException.class, () -> client.order("o", on(api)));
    assertEquals("I cannot read orders.", refusal.refusal());
  }

  /** The schema the example's Extractor.meeting sends is the golden one, byte for byte as JSON. */
  @Test
  void theExamplesMeetingSchemaOnTheWireIsTheGoldenOne() throws Exception {
    server.enqueueJson("{\"title\":\"t\",\"date\":\"2026-01-02\",\"attendees\":[],\"room\":null}");
    Meeting meeting = promptfit.create(Extractor.class).meeting("x", CallOptions.none());
    assertEquals(new Meeting("t", LocalDate.of(2026, 1, 2), List.of(), Optional.empty()), meeting);
    JsonNode golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/Extractor_meeting.schema.json")) {
      golden = JSON.readTree(in);
    }
    RecordedLlmRequest request = server.takeRequest();
    assertEquals(golden, JSON.readTree(request.responseFormat().schema()));
    assertEquals("Extractor_meeting", request.responseFormat().name());
    assertFalse(request.input().contains("json"), "json_schema needs no schema in the input");
  }

  private static <E> List<E> collect(Flow.Publisher<E> publisher) throws Exception {
    List<E> items = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    CountDownLatch subscribed = new CountDownLatch(1);
    publisher.subscribe(
        new Flow.Subscriber<E>() {
          @Override
          public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
            subscribed.countDown();
          }

          @Override
          public void onNext(E item) {
            synchronized (items) {
              items.add(item);
            }
          }

          @Override
          public void onError(Throwable t) {
            done.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            done.complete(null);
          }
        });
    done.get(20, TimeUnit.SECONDS);
    synchronized (items) {
      return List.copyOf(items);
    }
  }
}
