package dev.promptfit.internal.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The user types the output tests bind answers to. */
final class Answers {
  private Answers() {}

  record Invoice(String vendor, LocalDate date, List<Line> lines, Optional<String> notes) {}

  record Line(String item, int quantity, BigDecimal unitPrice) {}

  enum Sentiment {
    POSITIVE,
    NEGATIVE,
    NEUTRAL
  }

  record Person(String name, int age) {}

  sealed interface Shape permits Circle, Rect {}

  record Circle(double radius) implements Shape {}

  @JsonTypeName("rectangle")
  record Rect(double width, double height) implements Shape {}

  record Drawing(String title, List<Shape> shapes) {}

  record Scalars(
      String string,
      boolean flag,
      Boolean boxedFlag,
      int count,
      Integer boxedCount,
      long big,
      Long boxedBig,
      float ratio,
      Float boxedRatio,
      double share,
      Double boxedShare,
      BigInteger huge,
      BigDecimal price) {}

  record Times(
      LocalDate date,
      LocalTime time,
      LocalDateTime local,
      OffsetDateTime offset,
      Instant instant,
      UUID id,
      URI link) {}

  record Containers(
      List<String> list,
      Set<Integer> set,
      int[] ints,
      String[] strings,
      List<List<Integer>> matrix,
      Optional<Integer> maybe,
      List<Optional<String>> gaps) {}

  record Node(String name, List<Node> children) {}

  record Renamed(
      @JsonProperty("unit_price") BigDecimal unitPrice, @JsonProperty("Odd Name") int odd) {}

  record Nicknamed(@Nullable String nickname, String name) {}

  record Positive(int n) {
    Positive {
      if (n <= 0) {
        throw new IllegalArgumentException("n must be positive, was " + n);
      }
    }
  }

  record Empty() {}
}
