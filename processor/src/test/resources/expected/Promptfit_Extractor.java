package com.example.typed;

import dev.promptfit.Result;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Extractor} by calling a {@link PromptInvoker}.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class Promptfit_Extractor implements Extractor {
  private static final String INVOICE_SCHEMA =
      "{\"type\":\"object\",\"description\":\"An invoice as printed.\"," +
      "\"properties\":{\"vendor\":{\"type\":\"string\"," +
      "\"description\":\"the seller's legal name, as in the item\"}," +
      "\"date\":{\"type\":\"string\",\"format\":\"date\"," +
      "\"description\":\"when it was issued\"},\"lines\":{\"type\":\"array\"," +
      "\"description\":\"what was sold, in printed order\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"One line of an invoice.\"," +
      "\"properties\":{\"item\":{\"type\":\"string\"}," +
      "\"quantity\":{\"type\":\"integer\"},\"unit_price\":{\"type\":\"number\"}}," +
      "\"required\":[\"item\",\"quantity\",\"unit_price\"]," +
      "\"additionalProperties\":false}},\"notes\":{\"type\":[\"string\"," +
      "\"null\"],\"description\":\"Anything written by hand\"}}," +
      "\"required\":[\"vendor\",\"date\",\"lines\",\"notes\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Invoice> INVOICE =
      PromptMethod.<Invoice>builder("Extractor", "invoice", Invoice.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_invoice", INVOICE_SCHEMA)
          .build();

  private static final String INVOICE_2_SCHEMA =
      "{\"type\":\"object\",\"description\":\"An invoice as printed.\"," +
      "\"properties\":{\"vendor\":{\"type\":\"string\"," +
      "\"description\":\"the seller's legal name, as in the item\"}," +
      "\"date\":{\"type\":\"string\",\"format\":\"date\"," +
      "\"description\":\"when it was issued\"},\"lines\":{\"type\":\"array\"," +
      "\"description\":\"what was sold, in printed order\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"One line of an invoice.\"," +
      "\"properties\":{\"item\":{\"type\":\"string\"}," +
      "\"quantity\":{\"type\":\"integer\"},\"unit_price\":{\"type\":\"number\"}}," +
      "\"required\":[\"item\",\"quantity\",\"unit_price\"]," +
      "\"additionalProperties\":false}},\"notes\":{\"type\":[\"string\"," +
      "\"null\"],\"description\":\"Anything written by hand\"}}," +
      "\"required\":[\"vendor\",\"date\",\"lines\",\"notes\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Invoice> INVOICE_2 =
      PromptMethod.<Invoice>builder("Extractor", "invoice", Invoice.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_invoice_2", INVOICE_2_SCHEMA)
          .build();

  private static final String SENTIMENT_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\"," +
      "\"description\":\"How a review feels.\\nPOSITIVE: The review praises " +
      "the product.\\nNEGATIVE: The review complains\"," +
      "\"enum\":[\"POSITIVE\",\"NEGATIVE\",\"mixed\"]}},\"required\":[\"value\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Sentiment> SENTIMENT =
      PromptMethod.<Sentiment>builder("Extractor", "sentiment", Sentiment.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_sentiment", SENTIMENT_SCHEMA)
          .build();

  private static final String PEOPLE_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"Someone named in the text\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"email\":{\"type\":[\"string\",\"null\"]}," +
      "\"address\":{\"anyOf\":[{\"type\":\"object\"," +
      "\"description\":\"A postal address (Stra\u00dfe, caf\u00e9).\"," +
      "\"properties\":{\"street\":{\"type\":\"string\"}," +
      "\"city\":{\"type\":\"string\"},\"country\":{\"type\":\"string\"}}," +
      "\"required\":[\"street\",\"city\",\"country\"]," +
      "\"additionalProperties\":false},{\"type\":\"null\"}]}}," +
      "\"required\":[\"name\",\"email\",\"address\"]," +
      "\"additionalProperties\":false}}},\"required\":[\"items\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<List<Person>> PEOPLE =
      PromptMethod.<List<Person>>builder("Extractor", "people",
          Types.parameterized(List.class, Person.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_people", PEOPLE_SCHEMA)
          .build();

  private static final String PEOPLE_AS_THEY_COME_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"Someone named in the text\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"email\":{\"type\":[\"string\",\"null\"]}," +
      "\"address\":{\"anyOf\":[{\"type\":\"object\"," +
      "\"description\":\"A postal address (Stra\u00dfe, caf\u00e9).\"," +
      "\"properties\":{\"street\":{\"type\":\"string\"}," +
      "\"city\":{\"type\":\"string\"},\"country\":{\"type\":\"string\"}}," +
      "\"required\":[\"street\",\"city\",\"country\"]," +
      "\"additionalProperties\":false},{\"type\":\"null\"}]}}," +
      "\"required\":[\"name\",\"email\",\"address\"]," +
      "\"additionalProperties\":false}}},\"required\":[\"items\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Stream<Person>> PEOPLE_AS_THEY_COME =
      PromptMethod.<Stream<Person>>builder("Extractor", "peopleAsTheyCome",
          Types.parameterized(Stream.class, Person.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_peopleAsTheyCome", PEOPLE_AS_THEY_COME_SCHEMA)
          .build();

  private static final String LINES_PUBLISHED_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"One line of an invoice.\"," +
      "\"properties\":{\"item\":{\"type\":\"string\"}," +
      "\"quantity\":{\"type\":\"integer\"},\"unit_price\":{\"type\":\"number\"}}," +
      "\"required\":[\"item\",\"quantity\",\"unit_price\"]," +
      "\"additionalProperties\":false}}},\"required\":[\"items\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Flow.Publisher<Line>> LINES_PUBLISHED =
      PromptMethod.<Flow.Publisher<Line>>builder("Extractor", "linesPublished",
          Types.parameterized(Flow.Publisher.class, Line.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_linesPublished", LINES_PUBLISHED_SCHEMA)
          .build();

  private static final String INVOICE_WITH_USAGE_SCHEMA =
      "{\"type\":\"object\",\"description\":\"An invoice as printed.\"," +
      "\"properties\":{\"vendor\":{\"type\":\"string\"," +
      "\"description\":\"the seller's legal name, as in the item\"}," +
      "\"date\":{\"type\":\"string\",\"format\":\"date\"," +
      "\"description\":\"when it was issued\"},\"lines\":{\"type\":\"array\"," +
      "\"description\":\"what was sold, in printed order\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"One line of an invoice.\"," +
      "\"properties\":{\"item\":{\"type\":\"string\"}," +
      "\"quantity\":{\"type\":\"integer\"},\"unit_price\":{\"type\":\"number\"}}," +
      "\"required\":[\"item\",\"quantity\",\"unit_price\"]," +
      "\"additionalProperties\":false}},\"notes\":{\"type\":[\"string\"," +
      "\"null\"],\"description\":\"Anything written by hand\"}}," +
      "\"required\":[\"vendor\",\"date\",\"lines\",\"notes\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Result<Invoice>> INVOICE_WITH_USAGE =
      PromptMethod.<Result<Invoice>>builder("Extractor", "invoiceWithUsage",
          Types.parameterized(Result.class, Invoice.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_invoiceWithUsage", INVOICE_WITH_USAGE_SCHEMA)
          .build();

  private static final String INVOICE_LATER_SCHEMA =
      "{\"type\":\"object\",\"description\":\"An invoice as printed.\"," +
      "\"properties\":{\"vendor\":{\"type\":\"string\"," +
      "\"description\":\"the seller's legal name, as in the item\"}," +
      "\"date\":{\"type\":\"string\",\"format\":\"date\"," +
      "\"description\":\"when it was issued\"},\"lines\":{\"type\":\"array\"," +
      "\"description\":\"what was sold, in printed order\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"One line of an invoice.\"," +
      "\"properties\":{\"item\":{\"type\":\"string\"}," +
      "\"quantity\":{\"type\":\"integer\"},\"unit_price\":{\"type\":\"number\"}}," +
      "\"required\":[\"item\",\"quantity\",\"unit_price\"]," +
      "\"additionalProperties\":false}},\"notes\":{\"type\":[\"string\"," +
      "\"null\"],\"description\":\"Anything written by hand\"}}," +
      "\"required\":[\"vendor\",\"date\",\"lines\",\"notes\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<CompletableFuture<Invoice>> INVOICE_LATER =
      PromptMethod.<CompletableFuture<Invoice>>builder("Extractor", "invoiceLater",
          Types.parameterized(CompletableFuture.class, Invoice.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_invoiceLater", INVOICE_LATER_SCHEMA)
          .build();

  private static final String SENTIMENT_LATER_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\"," +
      "\"description\":\"How a review feels.\\nPOSITIVE: The review praises " +
      "the product.\\nNEGATIVE: The review complains\"," +
      "\"enum\":[\"POSITIVE\",\"NEGATIVE\",\"mixed\"]}},\"required\":[\"value\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<CompletableFuture<Result<Sentiment>>> SENTIMENT_LATER =
      PromptMethod.<CompletableFuture<Result<Sentiment>>>builder("Extractor", "sentimentLater",
          Types.parameterized(CompletableFuture.class,
          Types.parameterized(Result.class, Sentiment.class)))
          .model("gpt-5-mini")
          .outputSchema("Extractor_sentimentLater", SENTIMENT_LATER_SCHEMA)
          .build();

  private static final String CUSTOMER_SCHEMA =
      "{\"type\":\"object\"," +
      "\"description\":\"A customer with two addresses of one type, so the " +
      "type is shared.\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"billing\":{\"type\":\"object\"," +
      "\"description\":\"Where invoices go\\nA postal address (Stra\u00dfe, " +
      "caf\u00e9).\"," +
      "\"properties\":{\"street\":{\"type\":\"string\"}," +
      "\"city\":{\"type\":\"string\"},\"country\":{\"type\":\"string\"}}," +
      "\"required\":[\"street\",\"city\",\"country\"]," +
      "\"additionalProperties\":false}," +
      "\"shipping\":{\"$ref\":\"#/$defs/Address\"}},\"required\":[\"name\"," +
      "\"billing\",\"shipping\"],\"additionalProperties\":false," +
      "\"$defs\":{\"Address\":{\"type\":\"object\"," +
      "\"description\":\"A postal address (Stra\u00dfe, caf\u00e9).\"," +
      "\"properties\":{\"street\":{\"type\":\"string\"}," +
      "\"city\":{\"type\":\"string\"},\"country\":{\"type\":\"string\"}}," +
      "\"required\":[\"street\",\"city\",\"country\"]," +
      "\"additionalProperties\":false}}}";

  private static final PromptMethod<Customer> CUSTOMER =
      PromptMethod.<Customer>builder("Extractor", "customer", Customer.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_customer", CUSTOMER_SCHEMA)
          .build();

  private static final String DRAWING_SCHEMA =
      "{\"type\":\"object\"," +
      "\"description\":\"A drawing, whose shapes and background share one " +
      "sealed interface.\"," +
      "\"properties\":{\"title\":{\"type\":\"string\"}," +
      "\"shapes\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Shape\"}}," +
      "\"background\":{\"$ref\":\"#/$defs/Shape\"}},\"required\":[\"title\"," +
      "\"shapes\",\"background\"],\"additionalProperties\":false," +
      "\"$defs\":{\"Shape\":{\"description\":\"A shape on the page.\"," +
      "\"anyOf\":[{\"type\":\"object\",\"description\":\"A circle.\"," +
      "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"Circle\"}," +
      "\"radius\":{\"type\":\"number\"}},\"required\":[\"type\",\"radius\"]," +
      "\"additionalProperties\":false},{\"type\":\"object\"," +
      "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"square\"}," +
      "\"side\":{\"type\":\"number\"}},\"required\":[\"type\",\"side\"]," +
      "\"additionalProperties\":false},{\"type\":\"object\"," +
      "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"Triangle\"}," +
      "\"corners\":{\"type\":\"array\",\"items\":{\"type\":\"object\"," +
      "\"properties\":{\"x\":{\"type\":\"number\"},\"y\":{\"type\":\"number\"}}," +
      "\"required\":[\"x\",\"y\"],\"additionalProperties\":false}}}," +
      "\"required\":[\"type\",\"corners\"],\"additionalProperties\":false}]}}}";

  private static final PromptMethod<Drawing> DRAWING =
      PromptMethod.<Drawing>builder("Extractor", "drawing", Drawing.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_drawing", DRAWING_SCHEMA)
          .build();

  private static final String SHAPE_SCHEMA =
      "{\"type\":\"object\"," +
      "\"properties\":{\"value\":{\"description\":\"A shape on the page.\"," +
      "\"anyOf\":[{\"type\":\"object\",\"description\":\"A circle.\"," +
      "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"Circle\"}," +
      "\"radius\":{\"type\":\"number\"}},\"required\":[\"type\",\"radius\"]," +
      "\"additionalProperties\":false},{\"type\":\"object\"," +
      "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"square\"}," +
      "\"side\":{\"type\":\"number\"}},\"required\":[\"type\",\"side\"]," +
      "\"additionalProperties\":false},{\"type\":\"object\"," +
      "\"properties\":{\"type\":{\"type\":\"string\",\"const\":\"Triangle\"}," +
      "\"corners\":{\"type\":\"array\",\"items\":{\"type\":\"object\"," +
      "\"properties\":{\"x\":{\"type\":\"number\"},\"y\":{\"type\":\"number\"}}," +
      "\"required\":[\"x\",\"y\"],\"additionalProperties\":false}}}," +
      "\"required\":[\"type\",\"corners\"],\"additionalProperties\":false}]}}," +
      "\"required\":[\"value\"],\"additionalProperties\":false}";

  private static final PromptMethod<Shape> SHAPE =
      PromptMethod.<Shape>builder("Extractor", "shape", Shape.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_shape", SHAPE_SCHEMA)
          .build();

  private static final String OUTLINE_SCHEMA =
      "{\"type\":\"object\",\"description\":\"A node of an outline.\"," +
      "\"properties\":{\"label\":{\"type\":\"string\"," +
      "\"description\":\"its heading\"},\"children\":{\"type\":\"array\"," +
      "\"description\":\"the nodes below it\",\"items\":{\"$ref\":\"#\"}}}," +
      "\"required\":[\"label\",\"children\"],\"additionalProperties\":false}";

  private static final PromptMethod<TreeNode> OUTLINE =
      PromptMethod.<TreeNode>builder("Extractor", "outline", TreeNode.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_outline", OUTLINE_SCHEMA)
          .build();

  private static final String ORGANISATION_SCHEMA =
      "{\"type\":\"object\"," +
      "\"description\":\"An organisation, whose departments nest.\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"top\":{\"$ref\":\"#/$defs/Organisation_Department\"}}," +
      "\"required\":[\"name\",\"top\"],\"additionalProperties\":false," +
      "\"$defs\":{\"Organisation_Department\":{\"type\":\"object\"," +
      "\"description\":\"One department.\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"},\"teams\":{\"type\":\"array\"," +
      "\"items\":{\"$ref\":\"#/$defs/Organisation_Department\"}}," +
      "\"parent\":{\"anyOf\":[{\"$ref\":\"#/$defs/Organisation_Department\"}," +
      "{\"type\":\"null\"}]}},\"required\":[\"name\",\"teams\",\"parent\"]," +
      "\"additionalProperties\":false}}}";

  private static final PromptMethod<Organisation> ORGANISATION =
      PromptMethod.<Organisation>builder("Extractor", "organisation", Organisation.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_organisation", ORGANISATION_SCHEMA)
          .build();

  private static final String PAGE_SCHEMA =
      "{\"type\":\"object\"," +
      "\"description\":\"One page of results; a generic record, described " +
      "for the type it is used with.\"," +
      "\"properties\":{\"items\":{\"type\":\"array\",\"items\":{\"type\":\"object\"," +
      "\"description\":\"Someone named in the text\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"email\":{\"type\":[\"string\",\"null\"]}," +
      "\"address\":{\"anyOf\":[{\"type\":\"object\"," +
      "\"description\":\"A postal address (Stra\u00dfe, caf\u00e9).\"," +
      "\"properties\":{\"street\":{\"type\":\"string\"}," +
      "\"city\":{\"type\":\"string\"},\"country\":{\"type\":\"string\"}}," +
      "\"required\":[\"street\",\"city\",\"country\"]," +
      "\"additionalProperties\":false},{\"type\":\"null\"}]}}," +
      "\"required\":[\"name\",\"email\",\"address\"]," +
      "\"additionalProperties\":false}},\"total\":{\"type\":\"integer\"}}," +
      "\"required\":[\"items\",\"total\"],\"additionalProperties\":false}";

  private static final PromptMethod<Page<Person>> PAGE =
      PromptMethod.<Page<Person>>builder("Extractor", "page",
          Types.parameterized(Page.class, Person.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_page", PAGE_SCHEMA)
          .build();

  private static final String FIND_PERSON_SCHEMA =
      "{\"type\":\"object\"," +
      "\"properties\":{\"value\":{\"anyOf\":[{\"type\":\"object\"," +
      "\"description\":\"Someone named in the text\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"email\":{\"type\":[\"string\",\"null\"]}," +
      "\"address\":{\"anyOf\":[{\"type\":\"object\"," +
      "\"description\":\"A postal address (Stra\u00dfe, caf\u00e9).\"," +
      "\"properties\":{\"street\":{\"type\":\"string\"}," +
      "\"city\":{\"type\":\"string\"},\"country\":{\"type\":\"string\"}}," +
      "\"required\":[\"street\",\"city\",\"country\"]," +
      "\"additionalProperties\":false},{\"type\":\"null\"}]}}," +
      "\"required\":[\"name\",\"email\",\"address\"]," +
      "\"additionalProperties\":false},{\"type\":\"null\"}]}}," +
      "\"required\":[\"value\"],\"additionalProperties\":false}";

  private static final PromptMethod<Optional<Person>> FIND_PERSON =
      PromptMethod.<Optional<Person>>builder("Extractor", "findPerson",
          Types.parameterized(Optional.class, Person.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_findPerson", FIND_PERSON_SCHEMA)
          .build();

  private static final String MAYBE_LINES_SCHEMA =
      "{\"type\":\"object\"," +
      "\"properties\":{\"value\":{\"anyOf\":[{\"type\":\"array\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"One line of an invoice.\"," +
      "\"properties\":{\"item\":{\"type\":\"string\"}," +
      "\"quantity\":{\"type\":\"integer\"},\"unit_price\":{\"type\":\"number\"}}," +
      "\"required\":[\"item\",\"quantity\",\"unit_price\"]," +
      "\"additionalProperties\":false}},{\"type\":\"null\"}]}}," +
      "\"required\":[\"value\"],\"additionalProperties\":false}";

  private static final PromptMethod<Optional<List<Line>>> MAYBE_LINES =
      PromptMethod.<Optional<List<Line>>>builder("Extractor", "maybeLines",
          Types.parameterized(Optional.class, Types.parameterized(List.class, Line.class)))
          .model("gpt-5-mini")
          .outputSchema("Extractor_maybeLines", MAYBE_LINES_SCHEMA)
          .build();

  private static final String COUNT_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"integer\"}}," +
      "\"required\":[\"value\"],\"additionalProperties\":false}";

  private static final PromptMethod<Integer> COUNT =
      PromptMethod.<Integer>builder("Extractor", "count", int.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_count", COUNT_SCHEMA)
          .build();

  private static final String IS_SPAM_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"boolean\"}}," +
      "\"required\":[\"value\"],\"additionalProperties\":false}";

  private static final PromptMethod<Boolean> IS_SPAM =
      PromptMethod.<Boolean>builder("Extractor", "isSpam", boolean.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_isSpam", IS_SPAM_SCHEMA)
          .build();

  private static final String SENTIMENTS_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"string\"," +
      "\"description\":\"How a review feels.\\nPOSITIVE: The review praises " +
      "the product.\\nNEGATIVE: The review complains\"," +
      "\"enum\":[\"POSITIVE\",\"NEGATIVE\",\"mixed\"]}}},\"required\":[\"items\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Set<Sentiment>> SENTIMENTS =
      PromptMethod.<Set<Sentiment>>builder("Extractor", "sentiments",
          Types.parameterized(Set.class, Sentiment.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_sentiments", SENTIMENTS_SCHEMA)
          .build();

  private static final String SCORES_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}}," +
      "\"required\":[\"items\"],\"additionalProperties\":false}";

  private static final PromptMethod<int[][]> SCORES =
      PromptMethod.<int[][]>builder("Extractor", "scores", int[][].class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_scores", SCORES_SCHEMA)
          .build();

  private static final String GROUPS_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}," +
      "\"required\":[\"items\"],\"additionalProperties\":false}";

  private static final PromptMethod<List<String>[]> GROUPS =
      PromptMethod.<List<String>[]>builder("Extractor", "groups",
          Types.arrayOf(Types.parameterized(List.class, String.class)))
          .model("gpt-5-mini")
          .outputSchema("Extractor_groups", GROUPS_SCHEMA)
          .build();

  private static final String PEOPLE_ARRAY_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"object\"," +
      "\"description\":\"Someone named in the text\"," +
      "\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"email\":{\"type\":[\"string\",\"null\"]}," +
      "\"address\":{\"anyOf\":[{\"type\":\"object\"," +
      "\"description\":\"A postal address (Stra\u00dfe, caf\u00e9).\"," +
      "\"properties\":{\"street\":{\"type\":\"string\"}," +
      "\"city\":{\"type\":\"string\"},\"country\":{\"type\":\"string\"}}," +
      "\"required\":[\"street\",\"city\",\"country\"]," +
      "\"additionalProperties\":false},{\"type\":\"null\"}]}}," +
      "\"required\":[\"name\",\"email\",\"address\"]," +
      "\"additionalProperties\":false}}},\"required\":[\"items\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<Person[]> PEOPLE_ARRAY =
      PromptMethod.<Person[]>builder("Extractor", "peopleArray", Person[].class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_peopleArray", PEOPLE_ARRAY_SCHEMA)
          .build();

  private static final String TAGS_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"string\"}}},\"required\":[\"items\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<List<String>> TAGS =
      PromptMethod.<List<String>>builder("Extractor", "tags",
          Types.parameterized(List.class, String.class))
          .model("gpt-5-mini")
          .outputSchema("Extractor_tags", TAGS_SCHEMA)
          .build();

  private static final String EVERYTHING_SCHEMA =
      "{\"type\":\"object\"," +
      "\"description\":\"Every scalar a component can have, and each way " +
      "to make one nullable.\"," +
      "\"properties\":{\"text\":{\"type\":\"string\"}," +
      "\"flag\":{\"type\":\"boolean\"},\"boxedFlag\":{\"type\":\"boolean\"}," +
      "\"number\":{\"type\":\"integer\"},\"boxedNumber\":{\"type\":\"integer\"}," +
      "\"big\":{\"type\":\"integer\"},\"boxedBig\":{\"type\":\"integer\"}," +
      "\"small\":{\"type\":\"integer\"},\"boxedSmall\":{\"type\":\"integer\"}," +
      "\"tiny\":{\"type\":\"integer\"},\"boxedTiny\":{\"type\":\"integer\"}," +
      "\"huge\":{\"type\":\"integer\"},\"real\":{\"type\":\"number\"}," +
      "\"boxedReal\":{\"type\":\"number\"},\"single\":{\"type\":\"number\"}," +
      "\"boxedSingle\":{\"type\":\"number\"},\"money\":{\"type\":\"number\"}," +
      "\"day\":{\"type\":\"string\",\"format\":\"date\"},\"time\":{\"type\":\"string\"," +
      "\"description\":\"ISO-8601 local time without offset, e.g. " +
      "09:30:00\"}," +
      "\"start\":{\"type\":\"string\"," +
      "\"description\":\"When it starts\\nISO-8601 local date and time " +
      "without offset, e.g. 2025-03-14T09:30:00\"}," +
      "\"stamp\":{\"type\":\"string\",\"format\":\"date-time\"}," +
      "\"instant\":{\"type\":\"string\",\"format\":\"date-time\"}," +
      "\"weekday\":{\"type\":\"string\",\"enum\":[\"MONDAY\",\"TUESDAY\"," +
      "\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"]}," +
      "\"id\":{\"type\":\"string\",\"format\":\"uuid\"},\"link\":{\"type\":\"string\"," +
      "\"description\":\"URI (RFC 3986), e.g. https://example.com/a%20b\"}," +
      "\"list\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}," +
      "\"set\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}," +
      "\"array\":{\"type\":\"array\",\"items\":{\"type\":\"number\"}}," +
      "\"grid\":{\"type\":\"array\",\"items\":{\"type\":\"array\"," +
      "\"items\":{\"type\":\"string\"}}},\"optional\":{\"type\":[\"string\"," +
      "\"null\"]},\"optionalInt\":{\"type\":[\"integer\",\"null\"]}," +
      "\"optionalLong\":{\"type\":[\"integer\",\"null\"]}," +
      "\"optionalDouble\":{\"type\":[\"number\",\"null\"]}," +
      "\"nullable\":{\"type\":[\"string\",\"null\"]}," +
      "\"nullableItems\":{\"type\":\"array\",\"items\":{\"type\":[\"string\"," +
      "\"null\"]}},\"nullableList\":{\"anyOf\":[{\"type\":\"array\"," +
      "\"items\":{\"type\":\"string\"}},{\"type\":\"null\"}]}," +
      "\"optionalList\":{\"anyOf\":[{\"type\":\"array\"," +
      "\"items\":{\"type\":\"integer\"}},{\"type\":\"null\"}]}," +
      "\"nullableEnum\":{\"anyOf\":[{\"type\":\"string\"," +
      "\"description\":\"How a review feels.\\nPOSITIVE: The review praises " +
      "the product.\\nNEGATIVE: The review complains\"," +
      "\"enum\":[\"POSITIVE\",\"NEGATIVE\",\"mixed\"]},{\"type\":\"null\"}]}}," +
      "\"required\":[\"text\",\"flag\",\"boxedFlag\",\"number\",\"boxedNumber\"," +
      "\"big\",\"boxedBig\",\"small\",\"boxedSmall\",\"tiny\",\"boxedTiny\",\"huge\"," +
      "\"real\",\"boxedReal\",\"single\",\"boxedSingle\",\"money\",\"day\",\"time\"," +
      "\"start\",\"stamp\",\"instant\",\"weekday\",\"id\",\"link\",\"list\",\"set\"," +
      "\"array\",\"grid\",\"optional\",\"optionalInt\",\"optionalLong\"," +
      "\"optionalDouble\",\"nullable\",\"nullableItems\",\"nullableList\"," +
      "\"optionalList\",\"nullableEnum\"],\"additionalProperties\":false}";

  private static final PromptMethod<Everything> EVERYTHING =
      PromptMethod.<Everything>builder("Extractor", "everything", Everything.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_everything", EVERYTHING_SCHEMA)
          .build();

  private static final String DATE_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\"," +
      "\"format\":\"date\"}},\"required\":[\"value\"]," +
      "\"additionalProperties\":false}";

  private static final PromptMethod<LocalDate> DATE =
      PromptMethod.<LocalDate>builder("Extractor", "date", LocalDate.class)
          .model("gpt-5-mini")
          .outputSchema("Extractor_date", DATE_SCHEMA)
          .build();

  private static final PromptMethod<String> SUMMARY =
      PromptMethod.<String>builder("Extractor", "summary", String.class)
          .model("gpt-5-mini")
          .build();

  private final PromptInvoker invoker;

  public Promptfit_Extractor(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public Invoice invoice(String text) {
    return invoker.invoke(INVOICE, PromptInput.builder()
        .text("Extract the invoice from: " + text)
        .build());
  }

  @Override
  public Invoice invoice(String text, String vendor) {
    return invoker.invoke(INVOICE_2, PromptInput.builder()
        .text("Extract the invoice of " + vendor + " from: " + text)
        .build());
  }

  @Override
  public Sentiment sentiment(String review) {
    return invoker.invoke(SENTIMENT, PromptInput.builder()
        .text("Sentiment of: " + review)
        .build());
  }

  @Override
  public List<Person> people(String text) {
    return invoker.invoke(PEOPLE, PromptInput.builder()
        .text("The people named in: " + text)
        .build());
  }

  @Override
  public Stream<Person> peopleAsTheyCome(String text) {
    return invoker.invoke(PEOPLE_AS_THEY_COME, PromptInput.builder()
        .text("The people named in: " + text)
        .build());
  }

  @Override
  public Flow.Publisher<Line> linesPublished(String text) {
    return invoker.invoke(LINES_PUBLISHED, PromptInput.builder()
        .text("The lines of: " + text)
        .build());
  }

  @Override
  public Result<Invoice> invoiceWithUsage(String text) {
    return invoker.invoke(INVOICE_WITH_USAGE, PromptInput.builder()
        .text("Extract the invoice from: " + text)
        .build());
  }

  @Override
  public CompletableFuture<Invoice> invoiceLater(String text) {
    return invoker.invoke(INVOICE_LATER, PromptInput.builder()
        .text("Extract the invoice from: " + text)
        .build());
  }

  @Override
  public CompletableFuture<Result<Sentiment>> sentimentLater(String review) {
    return invoker.invoke(SENTIMENT_LATER, PromptInput.builder()
        .text("Sentiment of: " + review)
        .build());
  }

  @Override
  public Customer customer(String text) {
    return invoker.invoke(CUSTOMER, PromptInput.builder()
        .text("The customer in: " + text)
        .build());
  }

  @Override
  public Drawing drawing(String text) {
    return invoker.invoke(DRAWING, PromptInput.builder()
        .text("The drawing in: " + text)
        .build());
  }

  @Override
  public Shape shape(String text) {
    return invoker.invoke(SHAPE, PromptInput.builder()
        .text("The main shape in: " + text)
        .build());
  }

  @Override
  public TreeNode outline(String text) {
    return invoker.invoke(OUTLINE, PromptInput.builder()
        .text("The outline of: " + text)
        .build());
  }

  @Override
  public Organisation organisation(String text) {
    return invoker.invoke(ORGANISATION, PromptInput.builder()
        .text("The organisation in: " + text)
        .build());
  }

  @Override
  public Page<Person> page(String text) {
    return invoker.invoke(PAGE, PromptInput.builder()
        .text("A page of the people in: " + text)
        .build());
  }

  @Override
  public Optional<Person> findPerson(String text) {
    return invoker.invoke(FIND_PERSON, PromptInput.builder()
        .text("The person in " + text + ", if any")
        .build());
  }

  @Override
  public Optional<List<Line>> maybeLines(String text) {
    return invoker.invoke(MAYBE_LINES, PromptInput.builder()
        .text("The lines of " + text + ", if it is an invoice")
        .build());
  }

  @Override
  public int count(String text) {
    return invoker.invoke(COUNT, PromptInput.builder()
        .text("How many people are in: " + text)
        .build());
  }

  @Override
  public boolean isSpam(String text) {
    return invoker.invoke(IS_SPAM, PromptInput.builder()
        .text("Is this spam? " + text)
        .build());
  }

  @Override
  public Set<Sentiment> sentiments(String text) {
    return invoker.invoke(SENTIMENTS, PromptInput.builder()
        .text("The sentiments in: " + text)
        .build());
  }

  @Override
  public int[][] scores(String text) {
    return invoker.invoke(SCORES, PromptInput.builder()
        .text("The scores in: " + text)
        .build());
  }

  @Override
  public List<String>[] groups(String text) {
    return invoker.invoke(GROUPS, PromptInput.builder()
        .text("Groups of words in: " + text)
        .build());
  }

  @Override
  public Person[] peopleArray(String text) {
    return invoker.invoke(PEOPLE_ARRAY, PromptInput.builder()
        .text("The people named in: " + text)
        .build());
  }

  @Override
  public List<String> tags(String text) {
    return invoker.invoke(TAGS, PromptInput.builder()
        .text("The tags of: " + text)
        .build());
  }

  @Override
  public Everything everything(String text) {
    return invoker.invoke(EVERYTHING, PromptInput.builder()
        .text("Everything in: " + text)
        .build());
  }

  @Override
  public LocalDate date(String text) {
    return invoker.invoke(DATE, PromptInput.builder()
        .text("The date of: " + text)
        .build());
  }

  @Override
  public String summary(String text) {
    return invoker.invoke(SUMMARY, PromptInput.builder()
        .text("Summarise: " + text)
        .build());
  }
}
