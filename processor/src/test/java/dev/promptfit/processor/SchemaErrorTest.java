package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per type a typed answer cannot have (API.md section 7): each is an error on the method
 * that names the path to the type and what to use instead, with the exact message, the line, the
 * number of errors, and nothing written for the interface.
 */
class SchemaErrorTest {
  private static final String DESCRIBABLE =
      "use a record, an enum, a String, a number, a boolean, a date/time or a List of those";

  @Test
  void objectDeepInsideNamesThePathAsApiMdShowsIt() {
    assertError(
        "ObjectInRecord",
        "Extractor.invoice: Invoice.lines[].unitPrice: type Object cannot be described by a JSON"
            + " schema; " + DESCRIBABLE,
        "Invoice invoice(");
  }

  @Test
  void map() {
    assertError(
        "MapInRecord",
        "Extractor.invoice: Invoice.totals: type Map<String, Integer> cannot be described by a"
            + " JSON schema, since strict mode allows no free-form objects; use a record with a"
            + " component per key, or a List of key-value records",
        "Invoice invoice(");
  }

  @Test
  void classThatIsNotARecord() {
    assertError(
        "ClassInRecord",
        "Extractor.invoice: Invoice.total: type Money cannot be described by a JSON schema, since"
            + " it is a class and not a record; make it a record, or " + DESCRIBABLE,
        "Invoice invoice(");
  }

  @Test
  void interfaceThatIsNotSealed() {
    assertError(
        "InterfaceInRecord",
        "Extractor.drawing: Drawing.shape: type Shape cannot be described by a JSON schema, since"
            + " it is an interface that is not sealed; make it a sealed interface whose permitted"
            + " subtypes are records, or " + DESCRIBABLE,
        "Drawing drawing(");
  }

  @Test
  void collectionOtherThanListAndSet() {
    assertError(
        "CollectionInRecord",
        "Extractor.invoice: Invoice.lines: type ArrayList<Line> cannot be described by a JSON"
            + " schema; use List<Line>, Set<Line> or Line[]",
        "Invoice invoice(");
  }

  @Test
  void rawType() {
    assertError(
        "RawInRecord",
        "Extractor.invoice: Invoice.lines: raw type List cannot be described by a JSON schema;"
            + " give its type arguments, as in List<String>",
        "Invoice invoice(");
  }

  @Test
  void wildcard() {
    assertError(
        "WildcardInRecord",
        "Extractor.invoice: Invoice.lines: wildcard ? extends Line cannot be described by a JSON"
            + " schema; write the type itself, Line",
        "Invoice invoice(");
  }

  @Test
  void typeVariableOfAPermittedRecord() {
    assertError(
        "TypeVariableInRecord",
        "Extractor.holder: Holder(Box).content: type variable T cannot be described by a JSON"
            + " schema; use a concrete type",
        "Holder holder(");
  }

  @Test
  void charIsNoString() {
    assertError(
        "CharInRecord",
        "Extractor.person: Person.initial: type char cannot be described by a JSON schema; use a"
            + " String",
        "Person person(");
  }

  @Test
  void bytesAreBinary() {
    assertError(
        "BytesInRecord",
        "Extractor.photo: Photo.pixels: type byte[] is binary data, which a JSON answer does not"
            + " carry; use a String (for Base64 text) or a List<Integer>",
        "Photo photo(");
  }

  @Test
  void dateTimeTypeOutsideTheFive() {
    assertError(
        "ZonedDateTimeInRecord",
        "Extractor.meeting: Meeting.start: type ZonedDateTime cannot be described by a JSON"
            + " schema; use LocalDate, LocalTime, LocalDateTime, OffsetDateTime or Instant",
        "Meeting meeting(");
  }

  @Test
  void urlIsNotUri() {
    assertError(
        "UrlInRecord",
        "Extractor.link: Link.target: type URL cannot be described by a JSON schema; use URI",
        "Link link(");
  }

  @Test
  void optionalOfOptional() {
    assertError(
        "OptionalOfOptional",
        "Extractor.person: Person.nickname: type Optional<Optional<String>> cannot be described"
            + " by a JSON schema, since an empty outer and an empty inner Optional are both null"
            + " in JSON; use one Optional",
        "Person person(");
  }

  @Test
  void enumWithoutConstants() {
    assertError(
        "EmptyEnum",
        "Extractor.sentiment: Sentiment: enum Sentiment has no constants, so no answer fits it;"
            + " add constants",
        "Sentiment sentiment(");
  }

  @Test
  void sealedInterfacePermittingAClass() {
    assertError(
        "SealedWithClass",
        "Extractor.drawing: Drawing.shape: sealed interface Shape permits Square, which is not a"
            + " record; make every permitted subtype a record or a sealed interface of records",
        "Drawing drawing(");
  }

  @Test
  void genericSealedInterface() {
    assertError(
        "GenericSealed",
        "Extractor.holder: Holder<String>: sealed interface Holder has type parameters, which its"
            + " JSON schema cannot follow into its permitted records; remove them",
        "Holder<String> holder(");
  }

  @Test
  void twoComponentsWithOneJsonName() {
    assertError(
        "DuplicateProperty",
        "Extractor.line: Line.price: record Line has two properties named \"price\" (components"
            + " unitPrice and price); give each its own @JsonProperty name",
        "Line line(");
  }

  @Test
  void componentNamedLikeTheDiscriminator() {
    assertError(
        "DiscriminatorClash",
        "Extractor.vehicle: Vehicle(Car).type: record Car, permitted by sealed interface Vehicle,"
            + " has a property named \"type\", which is the discriminator that tells its records"
            + " apart; rename it with @JsonProperty",
        "Vehicle vehicle(");
  }

  @Test
  void twoRecordsWithOneDiscriminator() {
    assertError(
        "DuplicateDiscriminator",
        "Extractor.vehicle: Vehicle: sealed interface Vehicle has two records with the"
            + " discriminator \"wheels\" (Car and Bike); give each its own @JsonTypeName",
        "Vehicle vehicle(");
  }

  @Test
  void jsonValueChangesAnEnumsValues() {
    assertError(
        "JsonValueEnum",
        "Extractor.size: Size: @JsonValue on enum Size changes its JSON form in a way the JSON"
            + " schema does not follow; remove it (@JsonProperty renames components and enum"
            + " constants)",
        "Size size(");
  }

  @Test
  void unwrappedComponentIsReportedOnceOnTheComponent() {
    assertError(
        "UnwrappedComponent",
        "Extractor.person: Person.address: @JsonUnwrapped on component address changes its JSON"
            + " form in a way the JSON schema does not follow; remove it (@JsonProperty renames"
            + " components and enum constants)",
        "Person person(");
  }

  @Test
  void recordThatContainsItselfWithNoWayOut() {
    assertError(
        "EndlessRecord",
        "Extractor.chain: Chain.first.next: record Link contains itself here through components"
            + " that are all required and not null, so no finite answer fits; make one of them"
            + " Optional or @Nullable, or a List",
        "Chain chain(");
  }

  @Test
  void genericRecordThatGrowsWithEachLevel() {
    assertError(
        "UnboundedGeneric",
        "Extractor.box: Box<String>.inner: record Box contains itself here as Box<List<String>>,"
            + " with other type arguments, so each level is a new type and its JSON schema never"
            + " ends; use the same type arguments at every level",
        "Box<String> box(");
  }

  @Test
  void nullableRecordAnswerMustSayItWithOptional() {
    assertError(
        "NullableRecordAnswer",
        "Extractor.person: Person: the answer is a record marked @Nullable, which the return type"
            + " does not show at run time; return Optional<Person> for an answer that may be"
            + " absent",
        "Person person(");
  }

  @Test
  void returnTypesThatAreNoAnswerListEverySupportedOne() {
    JavaFileObject source = Compilations.resource("bad/typed/UnsupportedTypedReturns.java");
    Compilations.Outcome outcome = Compilations.compileRecording(source);
    Compilation c = outcome.compilation();
    assertThat(c).hadErrorCount(7);
    String[][] cases = {
      {"totals", "java.util.Map<java.lang.String,java.lang.Integer>", "Map<String, Integer> totals("},
      {"anything", "java.lang.Object", "Object anything("},
      {"nothing", "void", "void nothing("},
      {"text", "dev.promptfit.Result<java.lang.String>", "Result<String> text("},
      {"replies", "java.util.stream.Stream<dev.promptfit.Reply>", "Stream<Reply> replies("},
      {
        "laterStream",
        "java.util.concurrent.CompletableFuture<java.util.stream.Stream<java.lang.String>>",
        "CompletableFuture<Stream<String>> laterStream("
      },
      {"initial", "char", "char initial("},
    };
    for (String[] each : cases) {
      assertThat(c)
          .hadErrorContaining(
              "Extractor." + each[0] + ": return type " + each[1] + " is not supported; use one"
                  + " of " + ValidationErrorTest.SUPPORTED)
          .inFile(source)
          .onLineContaining(each[2]);
    }
    assertThat(outcome.generated()).isEmpty();
  }

  /**
   * Compiles {@code bad/typed/<file>.java} and checks it failed with {@code message} on that line,
   * its only error, and that nothing was written.
   */
  private static void assertError(String file, String message, String line) {
    JavaFileObject source = Compilations.resource("bad/typed/" + file + ".java");
    Compilations.Outcome outcome = Compilations.compileRecording(source);
    Compilation c = outcome.compilation();
    assertThat(c).failed();
    assertThat(messages(c)).containsExactly(message);
    assertThat(c).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(outcome.generated()).isEmpty();
    assertThat(outcome.resources()).isEmpty();
  }

  private static List<String> messages(Compilation c) {
    return c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }
}
