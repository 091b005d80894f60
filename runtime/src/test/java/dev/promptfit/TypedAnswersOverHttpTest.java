package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.TypedAssistant.Circle;
import dev.promptfit.TypedAssistant.Figure;
import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.TypedAssistant.Mood;
import dev.promptfit.TypedAssistant.Person;
import dev.promptfit.TypedAssistant.Square;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import dev.promptfit.testing.RecordedLlmRequest;
import dev.promptfit.testing.RecordedResponseFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typed answers end to end against {@link FakeLlmServer}, which streams JSON cut across string
 * delimiters as the real services do: records, enums, sealed interfaces, java.time, lists, arrays,
 * {@code Optional} and nullable answers through every typed return type on both endpoints, and the
 * response format each request carried.
 */
class TypedAnswersOverHttpTest {
  static final String MEETING_JSON =
      "{\"title\":\"Plan \\\"Q3\\\" {draft} }{\",\"day\":\"2026-03-04\","
          + "\"start\":\"2026-03-04T09:30:00+01:00\",\"created\":\"2026-03-01T12:00:00Z\","
          + "\"people\":[{\"name\":\"Ada\",\"age\":36,\"email\":null},"
          + "{\"name\":\"Grace\",\"age\":45,\"email\":\"grace@example.com\"}],"
          + "\"notes\":null,\"mood\":\"HAPPY\",\"figure\":{\"type\":\"Square\",\"side\":2.5}}";

  static final Meeting MEETING =
      new Meeting(
          "Plan \"Q3\" {draft} }{",
          LocalDate.of(2026, 3, 4),
          OffsetDateTime.parse("2026-03-04T09:30:00+01:00"),
          Instant.parse("2026-03-01T12:00:00Z"),
          List.of(new Person("Ada", 36, null), new Person("Grace", 45, "grace@example.com")),
          Optional.empty(),
          Mood.HAPPY,
          new Square(2.5));

  static final String PEOPLE_JSON =
      "{\"items\":[{\"name\":\"A \\\"}{\\\" B\",\"age\":1,\"email\":null},"
          + "{\"name\":\"]}, {\",\"age\":22,\"email\":\"x@y\"},"
          + "{\"name\":\"Zoë 🎉\",\"age\":333,\"email\":null}]}";

  static final List<Person> PEOPLE =
      List.of(
          new Person("A \"}{\" B", 1, null),
          new Person("]}, {", 22, "x@y"),
          new Person("Zoë 🎉", 333, null));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build();
  private final TypedAssistant assistant = promptfit.create(TypedAssistant.class);

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  static Stream<Arguments> oneValueShapes() {
    return Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
        .flatMap(
            api -> Stream.of(TypedShape.OneValue.values()).map(shape -> Arguments.of(api, shape)));
  }

  static Stream<Arguments> elementShapes() {
    return Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
        .flatMap(
            api -> Stream.of(TypedShape.Elements.values()).map(shape -> Arguments.of(api, shape)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("oneValueShapes")
  void aRecordRoundTripsThroughEveryOneValueShape(Api api, TypedShape.OneValue shape)
      throws Exception {
    server.enqueue(FakeResponse.jsonBuilder(MEETING_JSON).usage(11, 7).build());

    Result<Meeting> result = shape.run(assistant, "notes", on(api));

    assertEquals(MEETING, result.value());
    if (shape.hasReply()) {
      assertEquals(MEETING_JSON, result.reply().text());
      assertEquals(7, result.reply().usage().outputTokens());
      assertEquals("stop", result.reply().finishReason());
    }
    RecordedLlmRequest request = server.takeRequest();
    assertEquals(api, request.api());
    assertFalse(request.stream(), "a one-value answer is not streamed");
    assertSchemaFormat(
        request, "TypedAssistant_" + method(shape), Promptfit_TypedAssistant.MEETING);
    assertEquals("From: notes", request.input());
    assertEquals(1, server.requestCount());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("elementShapes")
  void elementsRoundTripThroughStreamAndPublisher(Api api, TypedShape.Elements shape)
      throws Exception {
    server.enqueueJson(PEOPLE_JSON);

    assertEquals(PEOPLE, shape.run(assistant, "q", on(api)));

    RecordedLlmRequest request = server.takeRequest();
    assertTrue(request.stream(), "elements are streamed");
    assertSchemaFormat(
        request,
        shape == TypedShape.Elements.STREAM
            ? "TypedAssistant_people"
            : "TypedAssistant_peoplePublished",
        Promptfit_TypedAssistant.PEOPLE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void sealedElementsStreamByTheirTypeName(Api api) {
    server.enqueueJson(
        "{\"items\":[{\"type\":\"Circle\",\"radius\":1},{\"type\":\"Square\",\"side\":0.5}]}");
    try (Stream<Figure> figures = assistant.figures("q", on(api))) {
      assertEquals(List.of(new Circle(1), new Square(0.5)), figures.toList());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void everyWrappedValue(Api api) throws Exception {
    CallOptions o = on(api);
    server.enqueueJson(PEOPLE_JSON);
    assertEquals(PEOPLE, assistant.peopleList("q", o));
    server.enqueueJson(PEOPLE_JSON);
    assertArrayEquals(PEOPLE.toArray(new Person[0]), assistant.peopleArray("q", o));
    server.enqueueJson("{\"value\":\"SAD\"}");
    assertEquals(Mood.SAD, assistant.mood("q", o));
    server.enqueueJson("{\"value\":null}");
    assertNull(assistant.maybeMood("q", o));
    server.enqueueJson("{\"value\":\"HAPPY\"}");
    assertEquals(Mood.HAPPY, assistant.maybeMood("q", o));
    server.enqueueJson("{\"value\":{\"type\":\"Circle\",\"radius\":3}}");
    assertEquals(new Circle(3), assistant.figure("q", o));
    server.enqueueJson("{\"value\":\"2026-02-28\"}");
    assertEquals(LocalDate.of(2026, 2, 28), assistant.day("q", o));
    server.enqueueJson("{\"value\":null}");
    assertEquals(Optional.empty(), assistant.nickname("q", o));
    server.enqueueJson("{\"value\":\"Bob\"}");
    assertEquals(Optional.of("Bob"), assistant.nickname("q", o));
    server.enqueueJson("{\"value\":-42}");
    assertEquals(-42, assistant.count("q", o));

    assertSchemaFormat(
        server.takeRequest(), "TypedAssistant_peopleList", Promptfit_TypedAssistant.PEOPLE);
    assertSchemaFormat(
        server.takeRequest(), "TypedAssistant_peopleArray", Promptfit_TypedAssistant.PEOPLE);
    assertSchemaFormat(
        server.takeRequest(),
        "TypedAssistant_mood",
        Promptfit_TypedAssistant.wrap("value", Promptfit_TypedAssistant.MOOD));
    assertEquals(10, server.requestCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void textMethodsSendNoFormat(Api api) {
    TestAssistant text = promptfit.create(TestAssistant.class);
    server.enqueueText("{\"not\": \"parsed\"}");
    assertEquals("{\"not\": \"parsed\"}", text.text("q", on(api)));
    assertNull(server.takeRequest().responseFormat());
  }

  private static String method(TypedShape.OneValue shape) {
    return switch (shape) {
      case VALUE -> "meeting";
      case RESULT -> "meetingResult";
      case FUTURE -> "meetingLater";
      case FUTURE_RESULT -> "meetingResultLater";
    };
  }

  /** The request asked for {@code json_schema}, strict, with this name and exactly this schema. */
  static void assertSchemaFormat(RecordedLlmRequest request, String name, String schema)
      throws Exception {
    RecordedResponseFormat format = request.responseFormat();
    assertEquals("json_schema", format.type(), request.body());
    assertEquals(name, format.name());
    assertEquals(Boolean.TRUE, format.strict());
    assertEquals(JSON.readTree(schema), JSON.readTree(format.schema()));
  }
}
