package com.example.typed;

import dev.promptfit.Result;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Every typed return shape, and each family of types an answer can have. */
@Model("gpt-5-mini")
public interface Extractor {
  @Prompt("Extract the invoice from: {text}")
  Invoice invoice(String text);

  @Prompt("Extract the invoice of {vendor} from: {text}")
  Invoice invoice(String text, String vendor);

  @Prompt("Sentiment of: {review}")
  Sentiment sentiment(String review);

  @Prompt("The people named in: {text}")
  List<Person> people(String text);

  @Prompt("The people named in: {text}")
  Stream<Person> peopleAsTheyCome(String text);

  @Prompt("The lines of: {text}")
  Flow.Publisher<Line> linesPublished(String text);

  @Prompt("Extract the invoice from: {text}")
  Result<Invoice> invoiceWithUsage(String text);

  @Prompt("Extract the invoice from: {text}")
  CompletableFuture<Invoice> invoiceLater(String text);

  @Prompt("Sentiment of: {review}")
  CompletableFuture<Result<Sentiment>> sentimentLater(String review);

  @Prompt("The customer in: {text}")
  Customer customer(String text);

  @Prompt("The drawing in: {text}")
  Drawing drawing(String text);

  @Prompt("The main shape in: {text}")
  Shape shape(String text);

  @Prompt("The outline of: {text}")
  TreeNode outline(String text);

  @Prompt("The organisation in: {text}")
  Organisation organisation(String text);

  @Prompt("A page of the people in: {text}")
  Page<Person> page(String text);

  @Prompt("The person in {text}, if any")
  Optional<Person> findPerson(String text);

  @Prompt("The lines of {text}, if it is an invoice")
  Optional<List<Line>> maybeLines(String text);

  @Prompt("How many people are in: {text}")
  int count(String text);

  @Prompt("Is this spam? {text}")
  boolean isSpam(String text);

  @Prompt("The sentiments in: {text}")
  Set<Sentiment> sentiments(String text);

  @Prompt("The scores in: {text}")
  int[][] scores(String text);

  @Prompt("Groups of words in: {text}")
  List<String>[] groups(String text);

  @Prompt("The people named in: {text}")
  Person[] peopleArray(String text);

  @Prompt("The tags of: {text}")
  List<String> tags(String text);

  @Prompt("Everything in: {text}")
  Everything everything(String text);

  @Prompt("The date of: {text}")
  LocalDate date(String text);

  @Prompt("Summarise: {text}")
  String summary(String text);
}
