package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads a typed answer's JSON from its text in one pass, fed in pieces that may be cut
 * anywhere. A whole answer is one piece.
 *
 * <p>A {@link JsonLexer} turns the pieces into tokens as they complete. The tokens of the value, or
 * of one list element, gather on a {@link TokenTape}; when the value's last token arrives it is
 * bound ({@link Binding}) and, for an element, handed to the sink at once, before any later text is
 * read. So the work is linear in the text, and memory is the largest element plus what a failure
 * may quote ({@link AnswerText}), whatever the number of elements. The tape, cursor and path are
 * the parser's own, used again for every element, so an element costs little beyond itself.
 *
 * <p>Around the JSON: leading whitespace is skipped; when tolerant, anything before the first
 * <code>&#123;</code>. After the root object's end only whitespace may follow; when tolerant,
 * anything but the start of a second object. Offsets in messages count chars from the answer's
 * start, 0 first. Every message depends on the text alone, never on how it was cut into pieces.
 *
 * <p>After a failure, or after {@link #finish}, the parser is spent: calling it again is a bug.
 */
final class AnswerParser implements JsonLexer.Tokens {
  private static final int EXCERPT_CHARS = OutputFailures.EXCERPT_CHARS;

  private enum Phase {
    PREFIX,
    JSON,
    SUFFIX,
    /** Text that must not be there was found; the failure waits for the text it quotes. */
    FAILING,
    DONE
  }

  private enum State {
    ROOT,
    FIELDS,
    SKIP_START,
    SKIPPING,
    VALUE_START,
    VALUE,
    ITEMS_START,
    ELEMENTS,
    ELEMENT
  }

  private final TypedOutput output;
  private final OutputMode mode;
  private final OutputFailures failures;
  private final AnswerText text;
  private final @Nullable Consumer<Object> sink;
  private final String wrapperName;
  private final @Nullable List<Object> gathered;
  private final TokenTape tape = new TokenTape();
  private final TapeCursor cursor = new TapeCursor(tape);
  private final ValuePath path;
  private final Binding binding;

  private Phase phase = Phase.PREFIX;
  private @Nullable JsonLexer lexer;
  private State state = State.ROOT;
  private int depth;
  private boolean wrapperSeen;
  private int elements;
  private @Nullable Object value;
  private String failure = "";
  private long failureAt;

  /**
   * A parser of one answer. With a {@code sink}, a list's elements go to it one by one; without,
   * the value is returned by {@link #finish}.
   */
  AnswerParser(
      TypedOutput output,
      OutputMode mode,
      OutputFailures failures,
      AnswerText text,
      @Nullable Consumer<Object> sink) {
    this.output = output;
    this.mode = mode;
    this.failures = failures;
    this.text = text;
    this.sink = sink;
    this.wrapperName = output.wrapper() == TypedOutput.Wrapper.VALUE ? "value" : "items";
    this.gathered =
        sink == null && output.wrapper() == TypedOutput.Wrapper.ITEMS ? new ArrayList<>() : null;
    this.path = new ValuePath(output.root());
    this.binding = new Binding(mode, path, failures::redact);
  }

  /** Reads the next piece of the answer; elements complete in it reach the sink before return. */
  void feed(String piece) {
    checkOpen();
    long offset = text.length();
    text.append(piece);
    try {
      int i = 0;
      if (phase == Phase.PREFIX) {
        i = startOfJson(piece, offset);
        if (i >= 0) {
          lexer = new JsonLexer(this, offset + i);
          phase = Phase.JSON;
        }
      }
      if (phase == Phase.JSON) {
        i = lexer.feed(piece, i);
      }
      if (phase == Phase.SUFFIX && i >= 0) {
        checkSuffix(piece, i, offset);
      }
      failIfQuotable();
    } catch (JsonLexer.SyntaxError e) {
      phase = Phase.DONE;
      throw failures.parse(
          "invalid JSON at char "
              + e.offset()
              + ", after "
              + failures.before(text, e.offset(), EXCERPT_CHARS)
              + ": "
              + failures.redact(e.getMessage()),
          text);
    } catch (RuntimeException e) {
      phase = Phase.DONE;
      throw e;
    }
  }

  /**
   * Ends the answer: the value of a whole answer, or null when elements went to the sink.
   *
   * @param finishReason the reply's, which words the failure if the JSON is incomplete
   */
  @Nullable Object finish(@Nullable String finishReason) {
    checkOpen();
    phase =
        switch (phase) {
          case FAILING -> throw failed(failures.parse(quotedFailure(), text));
          case PREFIX ->
              throw failed(
                  failures.parse(
                      failures.noJson(text, mode, output.expected(), finishReason), text));
          case JSON ->
              throw failed(
                  failures.parse(failures.incomplete(text, openPath(), finishReason), text));
          default -> Phase.DONE;
        };
    return value;
  }

  /** Elements handed to the sink so far. */
  int elements() {
    return elements;
  }

  private RuntimeException failed(RuntimeException e) {
    phase = Phase.DONE;
    return e;
  }

  private void checkOpen() {
    if (phase == Phase.DONE) {
      throw new IllegalStateException(
          output.displayName() + ": the answer's parser already finished or failed");
    }
  }

  /**
   * The index of the root object's <code>&#123;</code> in {@code piece}, or -1 if it is not there
   * yet.
   */
  private int startOfJson(String piece, long offset) {
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (c == '{') {
        return i;
      }
      if (mode == OutputMode.STRICT && !isWhitespace(c)) {
        long at = offset + i;
        failAt(at, "expected " + output.expected() + " at char " + at + ", found ");
        return -1;
      }
    }
    return -1;
  }

  @Override
  public void token(JsonToken token) {
    switch (state) {
      case ROOT -> {
        if (output.wrapper() == TypedOutput.Wrapper.NONE) {
          startValue(token);
          state = State.VALUE;
        } else {
          state = State.FIELDS;
        }
      }
      case FIELDS -> onRootField(token);
      case SKIP_START -> {
        depth = token.isStructStart() ? 1 : 0;
        state = depth == 0 ? State.FIELDS : State.SKIPPING;
      }
      case SKIPPING -> {
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        state = depth == 0 ? State.FIELDS : State.SKIPPING;
      }
      case VALUE_START -> {
        startValue(token);
        if (depth == 0) {
          endValue();
        } else {
          state = State.VALUE;
        }
      }
      case VALUE -> {
        copy(token);
        if (depth == 0) {
          endValue();
        }
      }
      case ITEMS_START -> {
        if (token == JsonToken.VALUE_NULL && output.nullable() && sink == null) {
          value = null;
          state = State.FIELDS;
          return;
        }
        if (token != JsonToken.START_ARRAY) {
          throw failures.parse(
              "\"items\" must be an array of " + output.root() + ", found " + describe(token),
              text);
        }
        state = State.ELEMENTS;
      }
      case ELEMENTS -> {
        if (token == JsonToken.END_ARRAY) {
          if (gathered != null) {
            value = ((CollectionReader) output.reader()).collect(gathered);
          }
          state = State.FIELDS;
        } else {
          startValue(token);
          if (depth == 0) {
            endElement();
          } else {
            state = State.ELEMENT;
          }
        }
      }
      case ELEMENT -> {
        copy(token);
        if (depth == 0) {
          endElement();
          state = State.ELEMENTS;
        }
      }
    }
  }

  /** A property name or the end of a wrapper object. */
  private void onRootField(JsonToken token) {
    if (token == JsonToken.END_OBJECT) {
      if (!wrapperSeen) {
        throw failures.parse(
            "the answer's JSON object has no \""
                + wrapperName
                + "\"; expected "
                + output.expected(),
            text);
      }
      phase = Phase.SUFFIX;
      return;
    }
    String name = lexer.text();
    if (name.equals(wrapperName)) {
      if (wrapperSeen) {
        throw failures.parse(
            "\"" + wrapperName + "\" appears twice in the answer's JSON object", text);
      }
      wrapperSeen = true;
      state = output.wrapper() == TypedOutput.Wrapper.ITEMS ? State.ITEMS_START : State.VALUE_START;
    } else if (mode == OutputMode.STRICT) {
      throw failures.parse(
          "unexpected property "
              + JsonText.quote(failures.redact(name), EXCERPT_CHARS)
              + " in the answer's JSON object; expected "
              + output.expected(),
          text);
    } else {
      state = State.SKIP_START;
    }
  }

  private void startValue(JsonToken token) {
    tape.clear();
    depth = 0;
    copy(token);
  }

  private void copy(JsonToken token) {
    tape.add(token, lexer);
    depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
  }

  /** The root record, or the wrapped value, is complete. */
  private void endValue() {
    path.clear();
    value = bind(output.reader());
    if (output.wrapper() == TypedOutput.Wrapper.NONE) {
      phase = Phase.SUFFIX;
    } else {
      state = State.FIELDS;
    }
  }

  /** A list element is complete: bind it and hand it over now. */
  private void endElement() {
    path.clear();
    path.push(elements);
    Object element = bind(((CollectionReader) output.reader()).element());
    elements++;
    if (gathered != null) {
      gathered.add(element);
    } else {
      sink.accept(element);
    }
  }

  private @Nullable Object bind(ValueReader reader) {
    cursor.rewind();
    try {
      return binding.read(reader, cursor);
    } catch (BindFailure e) {
      throw failures.parse(e.getMessage(), text);
    }
  }

  private void checkSuffix(String piece, int from, long offset) {
    for (int i = from; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (mode == OutputMode.STRICT ? !isWhitespace(c) : c == '{') {
        long at = offset + i;
        failAt(
            at,
            mode == OutputMode.STRICT
                ? "unexpected text after the JSON object at char " + at + ": "
                : "a second JSON object starts at char " + at + "; expected one: ");
        return;
      }
    }
  }

  /**
   * Text at {@code at} must not be there. The failure quotes what follows it, so it waits until
   * that has arrived, or the answer ended: then its message does not depend on how the text was cut
   * into pieces.
   */
  private void failAt(long at, String message) {
    phase = Phase.FAILING;
    failure = message;
    failureAt = at;
  }

  private void failIfQuotable() {
    if (phase == Phase.FAILING && text.length() > failureAt + EXCERPT_CHARS) {
      throw failures.parse(quotedFailure(), text);
    }
  }

  private String quotedFailure() {
    return failure + failures.from(text, failureAt, EXCERPT_CHARS);
  }

  /**
   * Where in the value the answer stopped, in path terms ({@link ValuePath}): each open object
   * gives the property it was reading, each open array its element's index. A wrapper's own level
   * is not part of the value.
   */
  private String openPath() {
    ValuePath path = new ValuePath(output.root());
    int first = 1;
    if (output.wrapper() != TypedOutput.Wrapper.NONE) {
      if (lexer.depth() < 2 || !wrapperName.equals(lexer.nameAt(1))) {
        return path.toString();
      }
      first = 2;
    }
    for (int level = first; level <= lexer.depth(); level++) {
      if (lexer.isArray(level)) {
        path.push(Math.max(lexer.indexAt(level), 0));
      } else if (lexer.nameAt(level) != null) {
        path.push(lexer.nameAt(level));
      }
    }
    return path.toString();
  }

  /** A token of the wrong kind, for a message. */
  private String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case VALUE_STRING -> JsonText.quote(failures.redact(lexer.text()), EXCERPT_CHARS);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonText.cut(lexer.text(), EXCERPT_CHARS);
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      default -> "null";
    };
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }
}
