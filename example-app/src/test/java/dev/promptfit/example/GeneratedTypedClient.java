package dev.promptfit.example;

import dev.promptfit.CallOptions;
import dev.promptfit.Result;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.math.BigDecimal;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every typed return type over every family of supported types, compiled by the real processor in
 * this module's test build (schemas, descriptors, metadata), then run against FakeLlmServer.
 */
@Model("gpt-e2e")
interface GeneratedTypedClient {

  /** How far an order has come. */
  enum Status {
    OPEN,
    SHIPPED,
    CANCELLED
  }

  /** How an order was paid. */
  sealed interface Payment permits Card, Cash {}

  /**
   * @param last4 the card number's last four digits
   */
  record Card(String last4) implements Payment {}

  record Cash(BigDecimal tendered) implements Payment {}

  /** One line of an order. */
  record Line(String item, int quantity, BigDecimal price) {}

  /** An order as a shop prints it. */
  record Order(
      UUID id,
      String customer,
      List<Line> lines,
      Set<String> tags,
      OffsetDateTime placed,
      Instant updated,
      LocalDate due,
      LocalTime pickup,
      LocalDateTime local,
      Status status,
      Payment payment,
      Optional<String> note,
      @Nullable String coupon,
      URI link,
      long[] weights,
      boolean gift,
      double rating) {}

  @Prompt("Read the order: {text}")
  Order order(String text, CallOptions options);

  @Prompt("Read the order: {text}")
  Result<Order> orderResult(String text, CallOptions options);

  @Prompt("Read the order: {text}")
  CompletableFuture<Order> orderLater(String text, CallOptions options);

  @Prompt("Read the order: {text}")
  CompletableFuture<Result<Order>> orderResultLater(String text, CallOptions options);

  @Prompt("The lines of: {text}")
  Stream<Line> lines(String text, CallOptions options);

  @Prompt("The lines of: {text}")
  Flow.Publisher<Line> linesPublished(String text, CallOptions options);

  @Prompt("The payments in: {text}")
  Stream<Payment> payments(String text, CallOptions options);

  @Prompt("The orders in: {text}")
  List<Order> orders(String text, CallOptions options);

  @Prompt("The lines of: {text}")
  Line[] lineArray(String text, CallOptions options);

  @Prompt("The status of: {text}")
  Status status(String text, CallOptions options);

  @Prompt("The status of: {text}, if it says")
  @Nullable Status maybeStatus(String text, CallOptions options);

  @Prompt("How was {text} paid?")
  Payment payment(String text, CallOptions options);

  @Prompt("When is {text} due?")
  LocalDate due(String text, CallOptions options);

  @Prompt("The note on {text}, if any")
  Optional<String> note(String text, CallOptions options);

  @Prompt("How many items in {text}?")
  int count(String text, CallOptions options);

  @Prompt("Which statuses occur in {text}?")
  Set<Status> statuses(String text, CallOptions options);
}
