package dev.promptfit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every typed return type (API.md section 7), each taking CallOptions so one test can pick the
 * endpoint. {@link Promptfit_TypedAssistant} is written by hand in the generated form, with the
 * schemas the processor would write; the example app's tests run the processor itself.
 */
public interface TypedAssistant {
  record Person(String name, int age, @Nullable String email) {}

  enum Mood {
    HAPPY,
    SAD
  }

  sealed interface Figure permits Circle, Square {}

  record Circle(double radius) implements Figure {}

  record Square(double side) implements Figure {}

  record Meeting(
      String title,
      LocalDate day,
      OffsetDateTime start,
      Instant created,
      List<Person> people,
      Optional<String> notes,
      Mood mood,
      Figure figure) {}

  Meeting meeting(String q, CallOptions o);

  Result<Meeting> meetingResult(String q, CallOptions o);

  CompletableFuture<Meeting> meetingLater(String q, CallOptions o);

  CompletableFuture<Result<Meeting>> meetingResultLater(String q, CallOptions o);

  Stream<Person> people(String q, CallOptions o);

  Flow.Publisher<Person> peoplePublished(String q, CallOptions o);

  Stream<Figure> figures(String q, CallOptions o);

  List<Person> peopleList(String q, CallOptions o);

  Person[] peopleArray(String q, CallOptions o);

  Mood mood(String q, CallOptions o);

  @Nullable Mood maybeMood(String q, CallOptions o);

  Figure figure(String q, CallOptions o);

  LocalDate day(String q, CallOptions o);

  Optional<String> nickname(String q, CallOptions o);

  int count(String q, CallOptions o);
}
