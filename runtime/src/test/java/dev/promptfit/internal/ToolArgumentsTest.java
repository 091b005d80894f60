package dev.promptfit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Binding tool arguments exactly, and the messages the model reads when they do not fit. */
class ToolArgumentsTest {
  /** A record parameter. */
  public record Stop(String city, int nights, Optional<String> note) {}

  /** A sealed interface, as API.md section 7 describes one: told apart by {@code "type"}. */
  public sealed interface Shape permits Circle, Polygon {}

  public record Circle(double radius) implements Shape {}

  public sealed interface Polygon extends Shape permits Square {}

  @com.fasterxml.jackson.annotation.JsonTypeName("sq")
  public record Square(double side) implements Polygon {}

  enum Mode {
    WALK,
    DRIVE
  }

  @Test
  void bindsEveryKindOfParameter() throws Exception {
    ToolArguments args =
        ToolArguments.parse(
            "{\"city\":\"Rome\",\"days\":3,\"big\":1.50,\"on\":\"2026-05-01\","
                + "\"at\":\"2026-05-01T10:00:00+02:00\",\"mode\":\"WALK\",\"ok\":true,"
                + "\"stops\":[{\"city\":\"Pisa\",\"nights\":1,\"note\":null}],\"maybe\":null,\"extra\":1}");
    assertEquals("Rome", args.get("city", String.class));
    assertEquals(3, (int) args.get("days", int.class));
    assertEquals(new BigDecimal("1.50"), args.get("big", BigDecimal.class));
    assertEquals(LocalDate.of(2026, 5, 1), args.get("on", LocalDate.class));
    assertEquals(OffsetDateTime.parse("2026-05-01T10:00:00+02:00"), args.get("at", OffsetDateTime.class));
    assertEquals(Mode.WALK, args.get("mode", Mode.class));
    assertEquals(true, args.get("ok", boolean.class));
    assertEquals(
        List.of(new Stop("Pisa", 1, Optional.empty())),
        args.get("stops", Types.parameterized(List.class, Stop.class)));
    assertEquals(Optional.empty(), args.get("maybe", Types.parameterized(Optional.class, String.class)));
    assertEquals(Optional.of("Rome"), args.get("city", Types.parameterized(Optional.class, String.class)));
    assertNull(args.getNullable("maybe", String.class));
    assertNull(args.getNullable("absent", String.class));
  }

  @Test
  void sealedInterfacesAreToldApartByTheirType() throws Exception {
    ToolArguments args =
        ToolArguments.parse(
            "{\"shapes\":[{\"type\":\"Circle\",\"radius\":1.5},{\"type\":\"sq\",\"side\":2}]}");
    assertEquals(
        List.of(new Circle(1.5), new Square(2)),
        args.get("shapes", Types.parameterized(List.class, Shape.class)));
    assertEquals(
        "shapes[1]: \"type\" is \"Square\", not one of \"Circle\", \"sq\"",
        fail(
            "{\"shapes\":[{\"type\":\"Circle\",\"radius\":1},{\"type\":\"Square\",\"side\":2}]}",
            "shapes",
            Types.parameterized(List.class, Shape.class)));
    assertEquals(
        "shape: \"type\" is missing, not one of \"Circle\", \"sq\"",
        fail("{\"shape\":{\"radius\":1}}", "shape", Shape.class));
  }

  @Test
  void primitiveOptionalsReadNullAndMissingAsEmpty() throws Exception {
    ToolArguments args = ToolArguments.parse("{\"a\":3,\"b\":null,\"c\":2.5}");
    assertEquals(java.util.OptionalInt.of(3), args.get("a", java.util.OptionalInt.class));
    assertEquals(java.util.OptionalInt.empty(), args.get("b", java.util.OptionalInt.class));
    assertEquals(java.util.OptionalLong.empty(), args.get("missing", java.util.OptionalLong.class));
    assertEquals(java.util.OptionalDouble.of(2.5), args.get("c", java.util.OptionalDouble.class));
    assertEquals("c: expected OptionalInt, got 2.5", fail("{\"c\":2.5}", "c", java.util.OptionalInt.class));
    assertEquals("3", ToolResults.json(java.util.OptionalInt.of(3)));
    assertEquals("null", ToolResults.json(java.util.OptionalLong.empty()));
  }

  @Test
  void blankArgumentsAreAnEmptyObject() throws Exception {
    assertNull(ToolArguments.parse("").getNullable("x", String.class));
    assertNull(ToolArguments.parse("  ").getNullable("x", String.class));
  }

  @Test
  void whatDoesNotFitIsNamedWithItsPath() {
    assertEquals("days: expected int, got \"three\"", fail("{\"days\":\"three\"}", "days", int.class));
    assertEquals("days: expected int, got 2.5", fail("{\"days\":2.5}", "days", int.class));
    assertEquals("days: expected int, got null", fail("{\"days\":null}", "days", int.class));
    assertEquals("days: expected int, got nothing", fail("{}", "days", int.class));
    assertEquals("city: expected String, got 7", fail("{\"city\":7}", "city", String.class));
    assertEquals("city: expected String, got null", fail("{\"city\":null}", "city", String.class));
    assertEquals(
        "stops[1].nights: expected int, got \"two\"",
        fail(
            "{\"stops\":[{\"city\":\"a\",\"nights\":1,\"note\":null},{\"city\":\"b\",\"nights\":\"two\",\"note\":null}]}",
            "stops",
            Types.parameterized(List.class, Stop.class)));
    assertEquals(
        "on: expected LocalDate, got \"May 1st\"", fail("{\"on\":\"May 1st\"}", "on", LocalDate.class));
    String mode = fail("{\"mode\":\"FLY\"}", "mode", Mode.class);
    assertTrue(mode.startsWith("mode: expected ToolArgumentsTest.Mode, got \"FLY\""), mode);
  }

  @Test
  void argumentsThatAreNotAJsonObjectAreNamed() {
    ToolArgumentsException notJson =
        assertThrows(ToolArgumentsException.class, () -> ToolArguments.parse("{\"city\":"));
    assertTrue(notJson.getMessage().startsWith("the arguments are not JSON ("), notJson.getMessage());
    assertEquals(
        "the arguments must be a JSON object, got \"Rome\"",
        assertThrows(ToolArgumentsException.class, () -> ToolArguments.parse("\"Rome\"")).getMessage());
    assertTrue(
        assertThrows(ToolArgumentsException.class, () -> ToolArguments.parse("{} {}"))
            .getMessage()
            .startsWith("the arguments are not JSON ("));
  }

  @Test
  void resultsAreTextOrJson() {
    assertEquals("as is", ToolResults.text("as is"));
    assertEquals("null", ToolResults.text(null));
    assertEquals("{\"city\":\"Pisa\",\"nights\":1,\"note\":\"sea\"}", ToolResults.json(new Stop("Pisa", 1, Optional.of("sea"))));
    assertEquals("{\"city\":\"Pisa\",\"nights\":1,\"note\":null}", ToolResults.json(new Stop("Pisa", 1, Optional.empty())));
    assertEquals("\"2026-05-01\"", ToolResults.json(LocalDate.of(2026, 5, 1)));
    assertEquals("6.5", ToolResults.json(6.5));
    assertEquals("null", ToolResults.json(null));
    assertEquals("ok", ToolResults.OK);
  }

  @Test
  void aResultThatCannotBeWrittenIsTheToolsFailure() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ToolResults.json(new Object()));
    assertTrue(e.getMessage().startsWith("could not write the result (java.lang.Object) as JSON"), e.getMessage());
  }

  @Test
  void definitionsNeedAValidName() {
    assertEquals(
        "tool name \"get weather\" must be 1 to 64 letters, digits, _ or -",
        assertThrows(IllegalArgumentException.class, () -> new ToolDefinition("get weather", "", "{}"))
            .getMessage());
    for (String bad : new String[] {"", "[]", "{\"type\":", "{} {}", "{}x"}) {
      assertEquals(
          "the parameters of tool f are not one JSON object: " + bad,
          assertThrows(IllegalArgumentException.class, () -> new ToolDefinition("f", "", bad))
              .getMessage());
    }
  }

  private static String fail(String json, String name, java.lang.reflect.Type type) {
    return assertThrows(ToolArgumentsException.class, () -> ToolArguments.parse(json).get(name, type))
        .getMessage();
  }
}
