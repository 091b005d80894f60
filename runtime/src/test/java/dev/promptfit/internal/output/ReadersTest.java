package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.promptfit.internal.Types;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Types the processor rejects are rejected here too, naming the path to them, so that a generated
 * class and the runtime that disagree fail when the method is set up, not on an answer.
 */
class ReadersTest {
  private static final String USE =
      " cannot be read from JSON; use a record, an enum, a sealed interface of records, a String, a"
          + " number, a boolean, a date/time, a UUID, a URI, or a List, Set, array or Optional of"
          + " those";

  record WithObject(String name, Object any) {}

  record WithMap(Map<String, Integer> counts) {}

  @SuppressWarnings("rawtypes")
  record WithRawList(List items) {}

  record WithWildcard(List<? extends Number> numbers) {}

  record Generic<T>(T value) {}

  record WithChar(char letter) {}

  record Growing<T>(T value, Growing<List<T>> inner) {}

  record Outer(List<Inner> inners) {}

  record Inner(Optional<Optional<String>> twice) {}

  static final class NotARecord {}

  sealed interface Mixed permits MixedRecord, MixedClass {}

  record MixedRecord(int a) implements Mixed {}

  static final class MixedClass implements Mixed {}

  sealed interface Clash permits First, Second {}

  @JsonTypeName("same")
  record First(int a) implements Clash {}

  @JsonTypeName("same")
  record Second(int b) implements Clash {}

  record SameName(@JsonProperty("x") int a, @JsonProperty("x") int b) {}

  static Stream<Arguments> unsupported() {
    return Stream.of(
        Arguments.of(
            WithObject.class, "Extractor.m: ReadersTest.WithObject.any: type Object" + USE),
        Arguments.of(
            WithMap.class,
            "Extractor.m: ReadersTest.WithMap.counts: type Map<String, Integer>" + USE),
        Arguments.of(
            WithRawList.class, "Extractor.m: ReadersTest.WithRawList.items: type List" + USE),
        Arguments.of(
            WithWildcard.class,
            "Extractor.m: ReadersTest.WithWildcard.numbers[]: type ? extends Number" + USE),
        Arguments.of(
            Generic.class, "Extractor.m: ReadersTest.Generic: type ReadersTest.Generic" + USE),
        Arguments.of(
            Types.parameterized(Growing.class, String.class),
            "Extractor.m: ReadersTest.Growing<String>.inner: record"
                + " ReadersTest.Growing<List<String>> contains itself with other type arguments"),
        Arguments.of(WithChar.class, "Extractor.m: ReadersTest.WithChar.letter: type char" + USE),
        Arguments.of(
            Outer.class,
            "Extractor.m: ReadersTest.Outer.inners[].twice: type Optional<Optional<String>>" + USE),
        Arguments.of(
            NotARecord.class,
            "Extractor.m: ReadersTest.NotARecord: type ReadersTest.NotARecord" + USE),
        Arguments.of(
            Types.parameterized(List.class, Mixed.class),
            "Extractor.m: List<ReadersTest.Mixed>[]: sealed interface ReadersTest.Mixed permits"
                + " ReadersTest.MixedClass, which is neither a record nor a sealed interface"),
        Arguments.of(
            Clash.class,
            "Extractor.m: ReadersTest.Clash: sealed interface ReadersTest.Clash: ReadersTest.First"
                + " and ReadersTest.Second are both named \"same\"; give one a @JsonTypeName"),
        Arguments.of(
            SameName.class,
            "Extractor.m: ReadersTest.SameName: record ReadersTest.SameName has two components"
                + " named \"x\" in JSON"));
  }

  @ParameterizedTest
  @MethodSource("unsupported")
  void unsupportedTypesAreNamedByTheirPath(Type type, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TypedOutput.of("Extractor.m", type));
    assertEquals(message, e.getMessage());
  }
}
