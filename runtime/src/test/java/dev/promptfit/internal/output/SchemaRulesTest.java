package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.promptfit.OutputParseException;
import dev.promptfit.internal.Types;
import dev.promptfit.internal.output.Answers.Person;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rules of the processor's schemas ({@code SchemaGenerator}) that shape what an answer holds,
 * read back the same way: small integers, the primitive optionals, enum constants renamed with
 * {@code @JsonProperty}, sealed interfaces within sealed interfaces, {@code @JsonIgnore}d
 * components, generic records, {@code Nullable} type annotations inside a type, and answers a
 * method declares {@code @Nullable}.
 */
class SchemaRulesTest {

  record Small(short s, Short boxedS, byte b, Byte boxedB) {}

  record Counts(OptionalInt count, OptionalLong total, OptionalDouble mean) {}

  enum Level {
    @JsonProperty("low")
    LOW,
    @JsonProperty("high")
    HIGH,
    MEDIUM
  }

  sealed interface Animal permits Bird, Mammal {}

  record Bird(String name) implements Animal {}

  sealed interface Mammal extends Animal permits Cat, Dog {}

  record Cat(int lives) implements Mammal {}

  @JsonTypeName("hound")
  record Dog(String breed) implements Mammal {}

  record WithIgnored(
      String name,
      @JsonIgnore int cache,
      @JsonIgnore Object anything,
      @JsonIgnore Optional<String> maybe) {}

  record Page<T>(List<T> items, int number) {}

  record Tree<T>(T value, List<Tree<T>> children) {}

  record Gaps(List<@Nullable String> words, @Nullable String[] names, String @Nullable [] tags) {}

  private static @Nullable Object read(Type type, String json) {
    return TypedOutput.of("Rules.m", type).read(json, null, OutputMode.STRICT, s -> s);
  }

  private static String failure(Type type, String json) {
    return assertThrows(OutputParseException.class, () -> read(type, json)).getMessage();
  }

  @Test
  void shortsAndBytes() {
    assertEquals(
        new Small((short) -32768, (short) 32767, (byte) -128, (byte) 127),
        read(Small.class, "{\"s\":-32768,\"boxedS\":32767,\"b\":-128,\"boxedB\":127}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Small.s: 40000 is not a short (out of range)",
        failure(Small.class, "{\"s\":40000,\"boxedS\":1,\"b\":1,\"boxedB\":1}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Small.boxedB: 128 is not a Byte (out of range)",
        failure(Small.class, "{\"s\":1,\"boxedS\":1,\"b\":1,\"boxedB\":128}"));
  }

  @Test
  void primitiveOptionals() {
    assertEquals(
        new Counts(OptionalInt.of(3), OptionalLong.of(4_000_000_000L), OptionalDouble.of(1.5)),
        read(Counts.class, "{\"count\":3,\"total\":4000000000,\"mean\":1.5}"));
    assertEquals(
        new Counts(OptionalInt.empty(), OptionalLong.empty(), OptionalDouble.empty()),
        read(Counts.class, "{\"count\":null,\"mean\":null}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Counts.count: 1.5 is not an int",
        failure(Counts.class, "{\"count\":1.5,\"total\":1,\"mean\":1}"));
  }

  @Test
  void enumConstantsRenamedByJsonProperty() {
    Type levels = Types.parameterized(List.class, Level.class);
    assertEquals(
        List.of(Level.LOW, Level.HIGH, Level.MEDIUM),
        read(levels, "{\"items\":[\"low\",\"high\",\"MEDIUM\"]}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Level[0]: \"LOW\" is not one of low, high, MEDIUM",
        failure(levels, "{\"items\":[\"LOW\"]}"));
  }

  @Test
  void sealedInterfacesWithinSealedInterfaces() {
    Type animals = Types.parameterized(List.class, Animal.class);
    assertEquals(
        List.of(new Bird("Tweety"), new Cat(9), new Dog("beagle")),
        read(
            animals,
            "{\"items\":[{\"type\":\"Bird\",\"name\":\"Tweety\"},{\"type\":\"Cat\",\"lives\":9},"
                + "{\"type\":\"hound\",\"breed\":\"beagle\"}]}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Animal[1](Cat).lives: \"nine\" is not an int",
        failure(
            animals,
            "{\"items\":[{\"type\":\"Bird\",\"name\":\"x\"},{\"type\":\"Cat\",\"lives\":\"nine\"}]}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Animal[0].type: \"Mammal\" is not one of Bird, Cat, hound",
        failure(animals, "{\"items\":[{\"type\":\"Mammal\"}]}"));
  }

  @Test
  void ignoredComponentsAreNotReadAndGetTheirDefault() {
    WithIgnored expected = new WithIgnored("a", 0, null, Optional.empty());
    assertEquals(expected, read(WithIgnored.class, "{\"name\":\"a\"}"));
    assertEquals(
        expected, read(WithIgnored.class, "{\"name\":\"a\",\"cache\":5,\"anything\":[1]}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.WithIgnored.other: unknown property; SchemaRulesTest.WithIgnored"
            + " has name",
        failure(WithIgnored.class, "{\"name\":\"a\",\"other\":1}"));
  }

  @Test
  void genericRecordsWithTheirTypeArguments() {
    Type page = Types.parameterized(Page.class, Person.class);
    assertEquals(
        new Page<>(List.of(new Person("Ada", 36)), 2),
        read(page, "{\"items\":[{\"name\":\"Ada\",\"age\":36}],\"number\":2}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Page<Answers.Person>.items[0].age: \"old\" is not an int",
        failure(page, "{\"items\":[{\"name\":\"Ada\",\"age\":\"old\"}],\"number\":2}"));
    Type tree = Types.parameterized(Tree.class, String.class);
    assertEquals(
        new Tree<>("a", List.of(new Tree<>("b", List.of()))),
        read(tree, "{\"value\":\"a\",\"children\":[{\"value\":\"b\",\"children\":[]}]}"));
  }

  @Test
  void nullableTypeAnnotationsInsideATypeAllowNull() {
    Gaps gaps =
        (Gaps) read(Gaps.class, "{\"words\":[\"a\",null],\"names\":[null,\"b\"],\"tags\":null}");
    assertEquals(Arrays.asList("a", null), gaps.words());
    assertArrayEquals(new String[] {null, "b"}, gaps.names());
    assertNull(gaps.tags());
    assertEquals(
        "Rules.m: SchemaRulesTest.Gaps.tags[0]: null is not a String",
        failure(Gaps.class, "{\"words\":[],\"names\":[],\"tags\":[null]}"));
    assertEquals(
        "Rules.m: SchemaRulesTest.Gaps.names: null is not a String[]",
        failure(Gaps.class, "{\"words\":[],\"names\":null,\"tags\":[]}"));
  }

  @Test
  void answersDeclaredNullable() {
    TypedOutput level = TypedOutput.of("Rules.level", Level.class, true);
    assertNull(level.read("{\"value\":null}", null, OutputMode.STRICT, s -> s));
    assertEquals(Level.LOW, level.read("{\"value\":\"low\"}", null, OutputMode.STRICT, s -> s));
    TypedOutput people =
        TypedOutput.of("Rules.people", Types.parameterized(List.class, Person.class), true);
    assertNull(people.read("{\"items\":null}", null, OutputMode.STRICT, s -> s));
    assertEquals(
        "Rules.level: null is not a SchemaRulesTest.Level",
        assertThrows(
                OutputParseException.class,
                () ->
                    TypedOutput.of("Rules.level", Level.class)
                        .read("{\"value\":null}", null, OutputMode.STRICT, s -> s))
            .getMessage());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TypedOutput.of("Rules.person", Person.class, true));
    assertEquals(
        "Rules.person: a record answer cannot be null, since its object is the answer itself; use"
            + " Optional<Answers.Person>",
        e.getMessage());
  }
}
