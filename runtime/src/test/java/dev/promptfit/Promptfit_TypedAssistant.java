package dev.promptfit;

import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Written by hand in the shape the processor generates; see {@link TypedAssistant}. */
public final class Promptfit_TypedAssistant implements TypedAssistant {
  static final String PERSON =
      "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
          + "\"age\":{\"type\":\"integer\"},\"email\":{\"type\":[\"string\",\"null\"]}},"
          + "\"required\":[\"name\",\"age\",\"email\"],\"additionalProperties\":false}";
  static final String MOOD = "{\"type\":\"string\",\"enum\":[\"HAPPY\",\"SAD\"]}";
  static final String FIGURE =
      "{\"anyOf\":[{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\","
          + "\"enum\":[\"Circle\"]},\"radius\":{\"type\":\"number\"}},"
          + "\"required\":[\"type\",\"radius\"],\"additionalProperties\":false},"
          + "{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\","
          + "\"enum\":[\"Square\"]},\"side\":{\"type\":\"number\"}},"
          + "\"required\":[\"type\",\"side\"],\"additionalProperties\":false}]}";
  static final String MEETING =
      "{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"},"
          + "\"day\":{\"type\":\"string\",\"format\":\"date\"},"
          + "\"start\":{\"type\":\"string\",\"format\":\"date-time\"},"
          + "\"created\":{\"type\":\"string\",\"format\":\"date-time\"},"
          + "\"people\":{\"type\":\"array\",\"items\":"
          + PERSON
          + "},"
          + "\"notes\":{\"type\":[\"string\",\"null\"]},"
          + "\"mood\":"
          + MOOD
          + ",\"figure\":"
          + FIGURE
          + "},"
          + "\"required\":[\"title\",\"day\",\"start\",\"created\",\"people\",\"notes\",\"mood\","
          + "\"figure\"],\"additionalProperties\":false}";
  static final String PEOPLE = wrap("items", "{\"type\":\"array\",\"items\":" + PERSON + "}");
  static final String FIGURES = wrap("items", "{\"type\":\"array\",\"items\":" + FIGURE + "}");

  private static final PromptMethod<Meeting> MEETING_METHOD =
      typed("meeting", Meeting.class, MEETING);
  private static final PromptMethod<Result<Meeting>> MEETING_RESULT =
      typed("meetingResult", Types.parameterized(Result.class, Meeting.class), MEETING);
  private static final PromptMethod<CompletableFuture<Meeting>> MEETING_LATER =
      typed("meetingLater", Types.parameterized(CompletableFuture.class, Meeting.class), MEETING);
  private static final PromptMethod<CompletableFuture<Result<Meeting>>> MEETING_RESULT_LATER =
      typed(
          "meetingResultLater",
          Types.parameterized(
              CompletableFuture.class, Types.parameterized(Result.class, Meeting.class)),
          MEETING);
  private static final PromptMethod<Stream<Person>> PEOPLE_METHOD =
      typed("people", Types.parameterized(Stream.class, Person.class), PEOPLE);
  private static final PromptMethod<Flow.Publisher<Person>> PEOPLE_PUBLISHED =
      typed("peoplePublished", Types.parameterized(Flow.Publisher.class, Person.class), PEOPLE);
  private static final PromptMethod<Stream<Figure>> FIGURES_METHOD =
      typed("figures", Types.parameterized(Stream.class, Figure.class), FIGURES);
  private static final PromptMethod<List<Person>> PEOPLE_LIST =
      typed("peopleList", Types.parameterized(List.class, Person.class), PEOPLE);
  private static final PromptMethod<Person[]> PEOPLE_ARRAY =
      typed("peopleArray", Person[].class, PEOPLE);
  private static final PromptMethod<Mood> MOOD_METHOD =
      typed("mood", Mood.class, wrap("value", MOOD));
  private static final PromptMethod<Mood> MAYBE_MOOD =
      typed(
          "maybeMood",
          Mood.class,
          wrap("value", "{\"type\":[\"string\",\"null\"],\"enum\":[\"HAPPY\",\"SAD\",null]}"));
  private static final PromptMethod<Figure> FIGURE_METHOD =
      typed("figure", Figure.class, wrap("value", FIGURE));
  private static final PromptMethod<LocalDate> DAY =
      typed("day", LocalDate.class, wrap("value", "{\"type\":\"string\",\"format\":\"date\"}"));
  private static final PromptMethod<Optional<String>> NICKNAME =
      typed(
          "nickname",
          Types.parameterized(Optional.class, String.class),
          wrap("value", "{\"type\":[\"string\",\"null\"]}"));
  private static final PromptMethod<Integer> COUNT =
      typed("count", int.class, wrap("value", "{\"type\":\"integer\"}"));

  private final PromptInvoker invoker;

  public Promptfit_TypedAssistant(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  static String wrap(String name, String schema) {
    return "{\"type\":\"object\",\"properties\":{\""
        + name
        + "\":"
        + schema
        + "},\"required\":[\""
        + name
        + "\"],\"additionalProperties\":false}";
  }

  private static <T> PromptMethod<T> typed(
      String method, java.lang.reflect.Type returnType, String schema) {
    return PromptMethod.<T>builder("TypedAssistant", method, returnType)
        .model("gpt-test")
        .outputSchema("TypedAssistant_" + method, schema)
        .build();
  }

  private static PromptInput input(String q, CallOptions o) {
    return PromptInput.builder().instructions("Extract.").text("From: " + q).options(o).build();
  }

  @Override
  public Meeting meeting(String q, CallOptions o) {
    return invoker.invoke(MEETING_METHOD, input(q, o));
  }

  @Override
  public Result<Meeting> meetingResult(String q, CallOptions o) {
    return invoker.invoke(MEETING_RESULT, input(q, o));
  }

  @Override
  public CompletableFuture<Meeting> meetingLater(String q, CallOptions o) {
    return invoker.invoke(MEETING_LATER, input(q, o));
  }

  @Override
  public CompletableFuture<Result<Meeting>> meetingResultLater(String q, CallOptions o) {
    return invoker.invoke(MEETING_RESULT_LATER, input(q, o));
  }

  @Override
  public Stream<Person> people(String q, CallOptions o) {
    return invoker.invoke(PEOPLE_METHOD, input(q, o));
  }

  @Override
  public Flow.Publisher<Person> peoplePublished(String q, CallOptions o) {
    return invoker.invoke(PEOPLE_PUBLISHED, input(q, o));
  }

  @Override
  public Stream<Figure> figures(String q, CallOptions o) {
    return invoker.invoke(FIGURES_METHOD, input(q, o));
  }

  @Override
  public List<Person> peopleList(String q, CallOptions o) {
    return invoker.invoke(PEOPLE_LIST, input(q, o));
  }

  @Override
  public Person[] peopleArray(String q, CallOptions o) {
    return invoker.invoke(PEOPLE_ARRAY, input(q, o));
  }

  @Override
  public Mood mood(String q, CallOptions o) {
    return invoker.invoke(MOOD_METHOD, input(q, o));
  }

  @Override
  public Mood maybeMood(String q, CallOptions o) {
    return invoker.invoke(MAYBE_MOOD, input(q, o));
  }

  @Override
  public Figure figure(String q, CallOptions o) {
    return invoker.invoke(FIGURE_METHOD, input(q, o));
  }

  @Override
  public LocalDate day(String q, CallOptions o) {
    return invoker.invoke(DAY, input(q, o));
  }

  @Override
  public Optional<String> nickname(String q, CallOptions o) {
    return invoker.invoke(NICKNAME, input(q, o));
  }

  @Override
  public int count(String q, CallOptions o) {
    return invoker.invoke(COUNT, input(q, o));
  }
}
