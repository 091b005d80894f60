package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Parameter;
import dev.promptfit.processor.model.ReturnKind;
import dev.promptfit.processor.model.TypedShape;
import dev.promptfit.processor.parse.TemplateError;
import dev.promptfit.processor.schema.Limit;
import dev.promptfit.processor.schema.LimitExceeded;
import dev.promptfit.processor.schema.SchemaProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * Every diagnostic text the processor emits, in one place so that their tone stays consistent and
 * tests can be read against them. Each starts with what it is about ({@code Assistant.translate:}
 * or {@code Assistant:}), says what is wrong, then how to fix it.
 */
public final class Messages {
  /** The {@code @ReasoningEffort} values the services document. */
  public static final List<String> KNOWN_EFFORTS =
      List.of("none", "minimal", "low", "medium", "high", "xhigh");

  /** The {@code @SuppressWarnings} key that silences Promptfit's warnings. */
  public static final String SUPPRESSION_KEY = "promptfit";

  /** What most types that no JSON schema describes are told to use instead. */
  private static final String DESCRIBABLE =
      "use a record, an enum, a String, a number, a boolean, a date/time or a List of those";

  private Messages() {}

  static String unknownPlaceholder(
      String method, String placeholder, String where, List<String> parameters,
      Optional<String> suggestion) {
    String list = parameters.isEmpty() ? "none" : String.join(", ", parameters);
    return String.format(
        "%s: placeholder {%s} in %s matches no parameter (parameters: %s)%s",
        method, placeholder, where, list,
        suggestion.map(s -> "; did you mean {" + s + "}?").orElse(""));
  }

  static String callOptionsPlaceholder(String method, String placeholder, String where) {
    return String.format(
        "%s: placeholder {%s} in %s names the CallOptions parameter, which is never a placeholder",
        method, placeholder, where);
  }

  static String unusedParameter(String method, Parameter parameter) {
    String alias = parameter.alias().map(a -> " (@Var(\"" + a.value() + "\"))").orElse("");
    return String.format(
        "%s: parameter %s%s is used by no template; put {%s} in @Prompt or @Instructions, or"
            + " remove the parameter",
        method, parameter.name(), alias, parameter.placeholder());
  }

  static String templateSyntax(String owner, String where, TemplateError error) {
    String problem =
        switch (error.problem()) {
          case UNCLOSED_BRACE -> String.format(
              "unbalanced '{' at index %d in %s; close the placeholder, or write {{ for a literal"
                  + " brace",
              error.index(), where);
          case UNOPENED_BRACE -> String.format(
              "unbalanced '}' at index %d in %s; write }} for a literal brace",
              error.index(), where);
          case EMPTY_PLACEHOLDER -> String.format(
              "empty placeholder {} at index %d in %s; write {{}} for literal braces",
              error.index(), where);
          case WHITESPACE_IN_PLACEHOLDER -> String.format(
              "placeholder %s at index %d in %s contains whitespace, and names are not trimmed;"
                  + " write {{ and }} for literal braces",
              error.text(), error.index(), where);
          case INVALID_NAME -> String.format(
              "placeholder %s at index %d in %s is not a Java identifier; write {{ and }} for"
                  + " literal braces",
              error.text(), error.index(), where);
        };
    return owner + ": " + problem;
  }

  static String missingPrompt(String method) {
    return method
        + ": abstract method has no @Prompt; every abstract method of a Promptfit interface needs"
        + " one (or make it a default method)";
  }

  static String inheritedWithoutPrompt(String type, String signature, String declaring) {
    return String.format(
        "%s: abstract method %s inherited from %s has no @Prompt; redeclare it in %s with a"
            + " @Prompt, or override it with a default method",
        type, signature, declaring, type);
  }

  static String missingModel(String method, String interfaceName) {
    return String.format(
        "%s: no @Model on the method or on interface %s; add @Model(\"model-id\") to either",
        method, interfaceName);
  }

  static String blankModel(String owner) {
    return owner + ": @Model value is blank; name a model, e.g. @Model(\"gpt-5-mini\")";
  }

  static String unsupportedReturnType(String method, TypeMirror type) {
    return String.format(
        "%s: return type %s is not supported; use one of %s, or a typed answer: %s, where T and"
            + " E are records, enums, sealed interfaces of records, numbers, booleans, date/time"
            + " types, UUID, URI, or List, Set, arrays and Optional of those or of String",
        method, type, String.join(", ", ReturnKind.displays()),
        String.join(", ", TypedShape.displays()));
  }

  /** One type of a typed answer (or a tool's parameter) that no strict JSON schema describes. */
  static String schemaProblem(String owner, SchemaProblem problem) {
    String text =
        switch (problem.kind()) {
          case OBJECT -> String.format(
              "type %s cannot be described by a JSON schema; %s", problem.name(0), DESCRIBABLE);
          case MAP -> String.format(
              "type %s cannot be described by a JSON schema, since strict mode allows no"
                  + " free-form objects; use a record with a component per key, or a List of"
                  + " key-value records",
              problem.name(0));
          case CLASS -> String.format(
              "type %s cannot be described by a JSON schema, since it is a class and not a"
                  + " record; make it a record, or %s",
              problem.name(0), DESCRIBABLE);
          case INTERFACE -> String.format(
              "type %s cannot be described by a JSON schema, since it is an interface that is"
                  + " not sealed; make it a sealed interface whose permitted subtypes are"
                  + " records, or %s",
              problem.name(0), DESCRIBABLE);
          case COLLECTION -> String.format(
              "type %s cannot be described by a JSON schema; use List<%2$s>, Set<%2$s> or %2$s[]",
              problem.name(0), problem.name(1));
          case RAW -> String.format(
              "raw type %s cannot be described by a JSON schema; give its type arguments, as in"
                  + " List<String>",
              problem.name(0));
          case WILDCARD -> String.format(
              "wildcard %s cannot be described by a JSON schema; write the type itself, %s",
              problem.name(0), problem.name(1));
          case TYPE_VARIABLE -> String.format(
              "type variable %s cannot be described by a JSON schema; use a concrete type",
              problem.name(0));
          case CHAR -> String.format(
              "type %s cannot be described by a JSON schema; use a String", problem.name(0));
          case BINARY -> String.format(
              "type %s is binary data, which a JSON answer does not carry; use a String (for"
                  + " Base64 text) or a List<Integer>",
              problem.name(0));
          case DATE_TIME -> String.format(
              "type %s cannot be described by a JSON schema; use LocalDate, LocalTime,"
                  + " LocalDateTime, OffsetDateTime or Instant",
              problem.name(0));
          case URL -> String.format(
              "type %s cannot be described by a JSON schema; use URI", problem.name(0));
          case NESTED_OPTIONAL -> String.format(
              "type %s cannot be described by a JSON schema, since an empty outer and an empty"
                  + " inner Optional are both null in JSON; use one Optional",
              problem.name(0));
          case EMPTY_ENUM -> String.format(
              "enum %s has no constants, so no answer fits it; add constants", problem.name(0));
          case SEALED_SUBTYPE -> String.format(
              "sealed interface %s permits %s, which is not a record; make every permitted"
                  + " subtype a record or a sealed interface of records",
              problem.name(0), problem.name(1));
          case GENERIC_SEALED -> String.format(
              "sealed interface %s has type parameters, which its JSON schema cannot follow into"
                  + " its permitted records; remove them",
              problem.name(0));
          case DUPLICATE_PROPERTY -> String.format(
              "record %s has two properties named \"%s\" (components %s and %s); give each its"
                  + " own @JsonProperty name",
              problem.name(0), problem.name(1), problem.name(2), problem.name(3));
          case DISCRIMINATOR_CLASH -> String.format(
              "record %s, permitted by sealed interface %s, has a property named \"%s\", which"
                  + " is the discriminator that tells its records apart; rename it with"
                  + " @JsonProperty",
              problem.name(0), problem.name(1), problem.name(2));
          case DUPLICATE_DISCRIMINATOR -> String.format(
              "sealed interface %s has two records with the discriminator \"%s\" (%s and %s);"
                  + " give each its own @JsonTypeName",
              problem.name(0), problem.name(1), problem.name(2), problem.name(3));
          case JACKSON_SHAPE -> String.format(
              "@%s on %s changes its JSON form in a way the JSON schema does not follow; remove"
                  + " it (@JsonProperty renames components and enum constants)",
              problem.name(0), problem.name(1));
          case ENDLESS -> String.format(
              "record %s contains itself here through components that are all required and not"
                  + " null, so no finite answer fits; make one of them Optional or @Nullable, or"
                  + " a List",
              problem.name(0));
          case UNBOUNDED -> String.format(
              "record %s contains itself here as %s, with other type arguments, so each level"
                  + " is a new type and its JSON schema never ends; use the same type arguments"
                  + " at every level",
              problem.name(0), problem.name(1));
          case LARGE_ENUM -> {
            long values = Long.parseLong(problem.name(1));
            long characters = Long.parseLong(problem.name(2));
            long limit = Long.parseLong(problem.name(3));
            yield String.format(
                Locale.ROOT,
                "enum %s has %,d values of %,d characters in all, %,d more than OpenAI's"
                    + " strict-mode limit of %,d characters for one enum of more than %d values;"
                    + " shorten the values, or split the enum",
                problem.name(0), values, characters, characters - limit, limit,
                Limit.LARGE_ENUM_VALUES);
          }
          case NULLABLE_RECORD -> String.format(
              "the answer is a record marked @Nullable, which the return type does not show at"
                  + " run time; return Optional<%s> for an answer that may be absent",
              problem.name(0));
          case UNRESOLVED -> String.format("type %s could not be resolved", problem.name(0));
        };
    return owner + ": " + problem.path() + ": " + text;
  }

  /** A schema over one of OpenAI's limits; {@code what} names it ("the answer's JSON schema"). */
  static String limitExceeded(String owner, String what, LimitExceeded exceeded) {
    Limit limit = exceeded.limit();
    String has =
        switch (limit) {
          case PROPERTIES -> String.format(Locale.ROOT, "has %,d object properties", exceeded.actual());
          case NESTING -> String.format(
              Locale.ROOT, "nests objects %d levels deep (at %s)", exceeded.actual(),
              exceeded.where());
          case CHARACTERS -> String.format(
              Locale.ROOT,
              "has %,d characters of property names, definition names, enum values and const"
                  + " values",
              exceeded.actual());
          case ENUM_VALUES -> String.format(Locale.ROOT, "has %,d enum values", exceeded.actual());
        };
    String fix =
        switch (limit) {
          case PROPERTIES -> "answer with fewer or smaller records";
          case NESTING -> "flatten the records";
          case CHARACTERS -> "use shorter names, or fewer records and enums";
          case ENUM_VALUES -> "use fewer or smaller enums";
        };
    return String.format(
        Locale.ROOT,
        "%s: %s %s, %,d more than OpenAI's strict-mode limit of %,d; %s",
        owner, what, has, exceeded.overshoot(), limit.maximum(), fix);
  }

  static String outOfRange(String owner, String annotation, double value, String range) {
    return String.format(
        "%s: @%s(%s) is out of range; use a value from %s", owner, annotation, value, range);
  }

  static String maxOutputTokensTooSmall(String owner, int value) {
    return String.format("%s: @MaxOutputTokens(%d) must be at least 1", owner, value);
  }

  static String unknownReasoningEffort(String owner, String value, Optional<String> suggestion) {
    return String.format(
        "%s: @ReasoningEffort(\"%s\") is not a known value (%s)%s; it is sent as written."
            + " Silence this with @SuppressWarnings(\"%s\")",
        owner, value, String.join(", ", KNOWN_EFFORTS),
        suggestion.map(s -> "; did you mean \"" + s + "\"?").orElse(""), SUPPRESSION_KEY);
  }

  static String duplicatePlaceholder(String method, String first, String second, String name) {
    return String.format(
        "%s: parameters %s and %s both answer to {%s}; give each its own @Var",
        method, first, second, name);
  }

  static String aliasShadowsParameter(String method, String parameter, String alias) {
    return String.format(
        "%s: @Var(\"%s\") on parameter %s is the name of another parameter; choose another"
            + " alias",
        method, alias, parameter);
  }

  static String invalidAlias(String method, String parameter, String alias) {
    return String.format(
        "%s: @Var(\"%s\") on parameter %s is not a valid placeholder name; use a Java identifier",
        method, alias, parameter);
  }

  static String aliasOnCallOptions(String method, String parameter) {
    return String.format(
        "%s: @Var on parameter %s has no effect: a CallOptions parameter is never a placeholder",
        method, parameter);
  }

  static String tooManyCallOptions(String method, String first, String second) {
    return String.format(
        "%s: parameters %s and %s are both CallOptions; a method takes at most one",
        method, first, second);
  }

  static String aliasOnSpecial(String method, String parameter, String type) {
    return String.format(
        "%s: @Var on parameter %s has no effect: a %s parameter is never a placeholder",
        method, parameter, type);
  }

  static String tooManyConversations(String method, String first, String second) {
    return String.format(
        "%s: parameters %s and %s are both Conversation; a call continues one conversation, so a"
            + " method takes at most one",
        method, first, second);
  }

  /** A template names a Conversation, Image or Document parameter. */
  static String specialPlaceholder(String method, String placeholder, String where, String type) {
    String role =
        type.equals("Conversation")
            ? "its earlier turns are sent before the message"
            : "it is attached after the message's text";
    return String.format(
        "%s: parameter %s is a %s, which is never a placeholder: %s; remove {%s} from %s",
        method, placeholder, type, role, placeholder, where);
  }

  /** An image, document or conversation in a form the runtime does not take. */
  static String unsupportedSpecialForm(String method, String parameter, TypeMirror type) {
    return String.format(
        "%s: parameter %s is a %s; attachments are passed as Image, Document, List<Image> or"
            + " List<Document>, a conversation as Conversation",
        method, parameter, type);
  }

  /** {@code @Background} on a method whose endpoint is Chat Completions. */
  static String backgroundOnChat(String method, boolean onInterface) {
    return String.format(
        "%s: @Background%s needs the Responses API, and the method's @Model says"
            + " api = Api.CHAT_COMPLETIONS; background responses exist only on the Responses API,"
            + " so use api = Api.RESPONSES or remove @Background",
        method, onInterface ? " (on the interface)" : "");
  }

  /** A Promptfit annotation on a class, enum, record or annotation type. */
  static String typeNotInterface(String type, String annotation, ElementKind kind) {
    return String.format(
        "%s: %s is only allowed on interfaces and their methods, and %s is %s",
        type, annotation, type, kindPhrase(kind));
  }

  /** A Promptfit annotation on a method of a class, enum, record or annotation type. */
  static String methodOutsideInterface(
      String method, String annotation, String type, ElementKind kind) {
    return String.format(
        "%s: %s is only allowed on methods of an interface, and %s is %s",
        method, annotation, type, kindPhrase(kind));
  }

  /** {@code @Var} on a parameter of a method or constructor of a class, enum or record. */
  static String parameterOutsideInterface(
      String method, String annotation, String parameter, String type, ElementKind kind) {
    return String.format(
        "%s: %s on parameter %s is only allowed on parameters of interface methods, and %s is %s",
        method, annotation, parameter, type, kindPhrase(kind));
  }

  /** An option annotation on a default, static or private interface method without a prompt. */
  static String noEffectOnMethod(String method, String annotation, MethodModel.Kind kind) {
    return String.format(
        "%s: %s on %s method has no effect; Promptfit reads it only on abstract methods with"
            + " @Prompt",
        method, annotation, kind.phrase());
  }

  /** {@code @Var} on a parameter of a default, static or private interface method. */
  static String noEffectOnParameter(
      String method, String annotation, String parameter, MethodModel.Kind kind) {
    return String.format(
        "%s: %s on parameter %s of %s method has no effect; Promptfit reads it only on abstract"
            + " methods with @Prompt",
        method, annotation, parameter, kind.phrase());
  }

  private static String kindPhrase(ElementKind kind) {
    String noun = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  static String promptOnNonAbstract(String method, MethodModel.Kind kind) {
    return String.format(
        "%s: @Prompt on %s method; Promptfit implements only abstract methods, so remove either"
            + " @Prompt or the method body",
        method, kind.phrase());
  }

  static String genericMethod(String method) {
    return method + ": a @Prompt method cannot be generic; remove its type parameters";
  }

  static String genericInterface(String type, List<String> typeParameters) {
    return String.format(
        "%s: a Promptfit interface cannot be generic (type parameters: %s)",
        type, String.join(", ", typeParameters));
  }

  static String inaccessibleInterface(String type, String generated) {
    return String.format(
        "%s: a Promptfit interface cannot be private or nested in a private type, since the"
            + " generated %s must implement it",
        type, generated);
  }

  static String sealedInterface(String type, String generated) {
    return String.format(
        "%s: a Promptfit interface cannot be sealed, since the generated %s is not one of its"
            + " permitted subtypes",
        type, generated);
  }

  static String inheritedTwice(String type, String signature, String first, String second) {
    return String.format(
        "%s: %s is inherited from both %s and %s; redeclare it in %s with its own @Prompt",
        type, signature, first, second, type);
  }

  static String nothingToImplement(String type) {
    return type
        + ": has Promptfit annotations but no abstract method to implement; add an abstract"
        + " method with @Prompt, or remove the annotations";
  }

  static String parameterNamesMissing(
      String type, String signature, String declaring, List<String> names) {
    return String.format(
        "%s: %s, inherited from %s, has no parameter names in the class file javac read (it sees"
            + " %s), so its placeholders match nothing; compile %s with -parameters"
            + " (maven-compiler-plugin: <parameters>true</parameters>), or name each parameter"
            + " with @Var",
        type, signature, declaring, String.join(", ", names), declaring);
  }

  static String samplingWithReasoning(String owner, String sampling, String effort) {
    return String.format(
        "%s: %s together with @ReasoningEffort(\"%s\"); reasoning models reject temperature and"
            + " top_p unless the effort is \"none\", so calls may fail with 400 Bad Request.%s",
        owner, sampling, effort, silence());
  }

  static String blankInstructions(String owner) {
    return owner
        + ": @Instructions is blank, so empty instructions are sent (on Chat Completions an empty"
        + " system message); write instructions, or remove the annotation."
        + silence();
  }

  static String typeSettingsUnused(String type, String annotations, String declaring) {
    return String.format(
        "%s: %s applies only to the @Prompt methods an interface declares, and %s declares none;"
            + " inherited methods keep the settings of the interface that declares them (%s).%s",
        type, annotations, type, declaring, silence());
  }

  static String arrayPlaceholder(String method, Parameter parameter, TypeMirror type) {
    return String.format(
        "%s: parameter %s is an array (%s), so {%s} inserts the array's identity, such as"
            + " [Ljava.lang.String;@1b6d3586, not its elements; take a String or a List instead.%s",
        method, parameter.name(), type, parameter.placeholder(), silence());
  }

  /** The sentence every warning ends with. */
  private static String silence() {
    return " Silence this with @SuppressWarnings(\"" + SUPPRESSION_KEY + "\")";
  }

  /** The processor itself failed; the stack trace is what a bug report needs. */
  public static String crash(String subject, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return String.format(
        "%s: the Promptfit processor failed (%s); please report this bug with this stack"
            + " trace:%n%s",
        subject, failure, trace);
  }

  /** The generated file could not be written. */
  public static String writeFailed(String type, String generated, Exception failure) {
    return String.format("%s: could not write %s: %s", type, generated, failure);
  }
}
