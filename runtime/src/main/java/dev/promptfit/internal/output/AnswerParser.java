package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.promptfit.OutputParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads a typed answer's JSON from its text in one pass, fed in pieces that may be cut
 * anywhere: inside a string, an escape, a number or a surrogate pair. A whole answer is one piece.
 *
 * <p>The pieces go, as UTF-8, to Jackson's non-blocking parser, which keeps what an unfinished
 * token needs and returns each token as soon as it is complete (a number, {@code true}, {@code
 * false} and {@code null} only at the char after them, which shows they ended). A high surrogate
 * that ends a piece waits for its low half in the next. Tokens of the value, or of one list
 * element, gather in a {@link TokenBuffer}; when the value's last token arrives it is bound and,
 * for an element, handed to the sink at once, before any later text is read. So the work is linear
 * in the text, and memory is the largest element plus what a failure may quote ({@link
 * AnswerText}), whatever the number of elements.
 *
 * <p>Around the JSON: leading whitespace is skipped; when tolerant, anything before the first
 * {@code {}}. After the root object's end only whitespace may follow; when tolerant, anything but
 * the start of a second object. Offsets in messages count chars from the answer's start, 0 first.
 *
 * <p>After a failure, or after {@link #finish}, the parser is spent: calling it again is a bug.
 */
final class AnswerParser {
  /** Deeper nesting than any schema allows; hostile input fails instead of exhausting the stack. */
  static final int MAX_DEPTH = 1000;

  /**
   * Property names are neither interned nor canonicalized: the model chooses them, and a hostile or
   * broken answer with many distinct names must not fill the JVM's string table or the factory's
   * symbol table (which fails with a non-Jackson exception past its limit).
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private static final int EXCERPT_CHARS = 40;

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

  private Phase phase = Phase.PREFIX;
  private @Nullable JsonParser json;
  private @Nullable ByteArrayFeeder feeder;
  private byte[] bytes = new byte[256];
  private long bytesFed;
  private char heldHigh;

  private State state = State.ROOT;
  private int depth;
  private @Nullable TokenBuffer buffer;
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
        if (i < 0) {
          failIfQuotable();
          return;
        }
        JsonParser parser = newParser();
        json = parser;
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        phase = Phase.JSON;
      }
      if (phase == Phase.JSON) {
        i = feedJson(piece, i, offset);
        if (i < 0) {
          return;
        }
      }
      if (phase == Phase.SUFFIX) {
        checkSuffix(piece, i, offset);
      }
      failIfQuotable();
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
    try {
      if (phase == Phase.JSON && heldHigh != 0) {
        char held = heldHigh;
        heldHigh = 0;
        feedChars(held, "", 0, 0, text.length());
      }
      if (phase == Phase.FAILING) {
        throw failures.parse(failure + failures.from(text, failureAt, EXCERPT_CHARS), text);
      }
      if (phase == Phase.PREFIX) {
        throw failures.parse(noJson(finishReason), text);
      }
      if (phase == Phase.JSON) {
        throw failures.parse(incomplete(finishReason), text);
      }
      phase = Phase.DONE;
      return value;
    } catch (RuntimeException e) {
      phase = Phase.DONE;
      throw e;
    }
  }

  /** Elements handed to the sink so far. */
  int elements() {
    return elements;
  }

  private void checkOpen() {
    if (phase == Phase.DONE) {
      throw new IllegalStateException(
          output.displayName() + ": the answer's parser already finished or failed");
    }
  }

  private static JsonParser newParser() {
    try {
      return FACTORY.createNonBlockingByteArrayParser();
    } catch (IOException e) {
      throw new IllegalStateException("Jackson's non-blocking parser is unavailable", e);
    }
  }

  /** The index of the root object's {@code {}} in {@code piece}, or -1 if it is not there yet. */
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

  /**
   * Gives {@code piece} from {@code from} to Jackson and handles its tokens. Returns the index
   * after the root object's end if it ended in this piece, else -1.
   */
  private int feedJson(String piece, int from, long offset) {
    int to = piece.length();
    if (from == to) {
      return -1;
    }
    char held = heldHigh;
    heldHigh = 0;
    if (Character.isHighSurrogate(piece.charAt(to - 1))) {
      heldHigh = piece.charAt(to - 1);
      to--;
    }
    long end = feedChars(held, piece, from, to, offset);
    return end < 0 ? -1 : (int) (end - offset);
  }

  /**
   * Gives Jackson a held high surrogate, if any, and {@code piece[from, to)}. Returns the char
   * offset after the root object's end if it ended here, else -1.
   */
  private long feedChars(char held, String piece, int from, int to, long offset) {
    int length = encode(held, piece, from, to);
    if (length == 0) {
      return -1;
    }
    bytesFed += length;
    JsonParser parser = json;
    try {
      feeder.feedInput(bytes, 0, length);
      for (JsonToken token = parser.nextToken();
          token != JsonToken.NOT_AVAILABLE && token != null;
          token = parser.nextToken()) {
        onToken(parser, token);
        if (phase == Phase.SUFFIX) {
          return charOffset(parser.currentLocation().getByteOffset());
        }
      }
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory parser failed", e);
    }
    return -1;
  }

  private void onToken(JsonParser parser, JsonToken token) throws IOException {
    switch (state) {
      case ROOT:
        if (output.wrapper() == TypedOutput.Wrapper.NONE) {
          startValue(parser, token);
          state = State.VALUE;
        } else {
          state = State.FIELDS;
        }
        break;
      case FIELDS:
        onRootField(parser, token);
        break;
      case SKIP_START:
        depth = token.isStructStart() ? 1 : 0;
        state = depth == 0 ? State.FIELDS : State.SKIPPING;
        break;
      case SKIPPING:
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        state = depth == 0 ? State.FIELDS : State.SKIPPING;
        break;
      case VALUE_START:
        startValue(parser, token);
        if (depth == 0) {
          endValue();
        } else {
          state = State.VALUE;
        }
        break;
      case VALUE:
        copy(parser, token);
        if (depth == 0) {
          endValue();
        }
        break;
      case ITEMS_START:
        if (token != JsonToken.START_ARRAY) {
          throw shapeError(
              "\"items\" must be an array of " + output.root() + ", found " + describe(parser));
        }
        state = State.ELEMENTS;
        break;
      case ELEMENTS:
        if (token == JsonToken.END_ARRAY) {
          if (gathered != null) {
            value = ((CollectionReader) output.reader()).collect(gathered);
          }
          state = State.FIELDS;
        } else {
          startValue(parser, token);
          if (depth == 0) {
            endElement();
          } else {
            state = State.ELEMENT;
          }
        }
        break;
      case ELEMENT:
        copy(parser, token);
        if (depth == 0) {
          endElement();
          state = State.ELEMENTS;
        }
        break;
    }
  }

  /** A property name or the end of a wrapper object. */
  private void onRootField(JsonParser parser, JsonToken token) throws IOException {
    if (token == JsonToken.END_OBJECT) {
      if (!wrapperSeen) {
        throw shapeError(
            "the answer's JSON object has no \"" + wrapperName + "\"; expected " + output.expected());
      }
      phase = Phase.SUFFIX;
      return;
    }
    String name = parser.currentName();
    if (name.equals(wrapperName)) {
      if (wrapperSeen) {
        throw shapeError("\"" + wrapperName + "\" appears twice in the answer's JSON object");
      }
      wrapperSeen = true;
      state = output.wrapper() == TypedOutput.Wrapper.ITEMS ? State.ITEMS_START : State.VALUE_START;
    } else if (mode == OutputMode.STRICT) {
      throw shapeError(
          "unexpected property "
              + JsonText.quote(name, EXCERPT_CHARS)
              + " in the answer's JSON object; expected "
              + output.expected());
    } else {
      state = State.SKIP_START;
    }
  }

  private void startValue(JsonParser parser, JsonToken token) throws IOException {
    buffer = new TokenBuffer((ObjectCodec) null, false);
    depth = 0;
    copy(parser, token);
  }

  private void copy(JsonParser parser, JsonToken token) throws IOException {
    buffer.copyCurrentEvent(parser);
    depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
  }

  /** The root record, or the wrapped value, is complete. */
  private void endValue() {
    value = bind(output.reader(), new ValuePath(output.root()));
    if (output.wrapper() == TypedOutput.Wrapper.NONE) {
      phase = Phase.SUFFIX;
    } else {
      state = State.FIELDS;
    }
  }

  /** A list element is complete: bind it and hand it over now. */
  private void endElement() {
    ValuePath path = new ValuePath(output.root());
    path.push(elements);
    Object element = bind(((CollectionReader) output.reader()).element(), path);
    elements++;
    if (gathered != null) {
      gathered.add(element);
    } else {
      sink.accept(element);
    }
  }

  private Object bind(ValueReader reader, ValuePath path) {
    JsonParser tokens = buffer.asParser();
    buffer = null;
    try {
      tokens.nextToken();
      return new Binding(mode, path).read(reader, tokens);
    } catch (BindFailure e) {
      throw failures.parse(e.getMessage(), text);
    } catch (IOException e) {
      // Only a limit can fail here: the tokens were checked as they arrived.
      throw failures.parse(
          path
              + ": "
              + (e instanceof StreamConstraintsException limit
                  ? limitExceeded(limit)
                  : "the value cannot be read"),
          text);
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
   * that has arrived, or the answer ended: then its message does not depend on how the text was
   * cut into deltas.
   */
  private void failAt(long at, String message) {
    phase = Phase.FAILING;
    failure = message;
    failureAt = at;
  }

  private void failIfQuotable() {
    if (phase == Phase.FAILING && text.length() > failureAt + EXCERPT_CHARS) {
      throw failures.parse(failure + failures.from(text, failureAt, EXCERPT_CHARS), text);
    }
  }

  private OutputParseException syntaxError(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException limit) {
      return failures.parse(limitExceeded(limit), text);
    }
    long at =
        e.getLocation() != null && e.getLocation().getByteOffset() >= 0
            ? charOffset(e.getLocation().getByteOffset())
            : text.length();
    return failures.parse(
        "invalid JSON at char "
            + at
            + ", after "
            + failures.before(text, at, EXCERPT_CHARS)
            + ": "
            + failures.redact(SyntaxErrors.describe(String.valueOf(e.getOriginalMessage()))),
        text);
  }

  /**
   * Which limit, without Jackson's figures or position: they depend on where its buffers stood,
   * so on how the text was cut into deltas.
   */
  private static String limitExceeded(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    StreamReadConstraints limits = FACTORY.streamReadConstraints();
    if (message.startsWith("Document nesting depth")) {
      return "the JSON nests deeper than " + limits.getMaxNestingDepth() + " levels";
    }
    if (message.startsWith("Number value length")) {
      return "a number in the JSON is longer than " + limits.getMaxNumberLength() + " chars";
    }
    if (message.startsWith("String value length")) {
      return "a string in the JSON is longer than " + limits.getMaxStringLength() + " chars";
    }
    if (message.startsWith("Name length")) {
      return "a property name in the JSON is longer than " + limits.getMaxNameLength() + " chars";
    }
    return "the JSON exceeds a limit of the parser";
  }

  private OutputParseException shapeError(String detail) {
    return failures.parse(detail, text);
  }

  private String noJson(@Nullable String finishReason) {
    String what =
        text.length() == 0
            ? "the answer is empty"
            : mode == OutputMode.STRICT
                ? "the answer holds only whitespace"
                : "the answer holds no JSON object";
    String found =
        text.length() == 0 || mode == OutputMode.STRICT
            ? ""
            : ": " + failures.before(text, text.length(), EXCERPT_CHARS);
    return what + stopNote(finishReason) + "; expected " + output.expected() + found;
  }

  private String incomplete(@Nullable String finishReason) {
    String how =
        isTokenLimit(finishReason)
            ? "the answer was cut off by the output token limit (finish reason "
                + finishReason
                + ") before its JSON was complete"
            : "the answer ended before its JSON was complete" + stopNote(finishReason);
    return how
        + ", in "
        + openPath()
        + " after "
        + text.length()
        + " chars; it ends with "
        + failures.before(text, text.length(), EXCERPT_CHARS);
  }

  private static String stopNote(@Nullable String finishReason) {
    if (isTokenLimit(finishReason)) {
      return " (cut off by the output token limit: finish reason " + finishReason + ")";
    }
    if (finishReason == null || finishReason.isEmpty() || finishReason.equals("stop")) {
      return "";
    }
    return " (finish reason " + finishReason + ")";
  }

  private static boolean isTokenLimit(@Nullable String finishReason) {
    return "length".equals(finishReason) || "max_output_tokens".equals(finishReason);
  }

  /** Where in the value the parser stands, for an answer that stopped there. */
  private String openPath() {
    List<Object> segments = new ArrayList<>();
    for (JsonStreamContext context = json.getParsingContext();
        context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        segments.add(0, Math.max(context.getCurrentIndex(), 0));
      } else if (context.getCurrentName() != null) {
        segments.add(0, context.getCurrentName());
      }
    }
    if (output.wrapper() != TypedOutput.Wrapper.NONE
        && !segments.isEmpty()
        && wrapperName.equals(segments.get(0))) {
      segments.remove(0);
    }
    ValuePath path = new ValuePath(output.root());
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        path.push(index);
      } else {
        path.push((String) segment);
      }
    }
    return path.toString();
  }

  /** A token of the wrong kind, for a message. */
  private static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return "an object";
    }
    return token.isScalarValue() ? JsonText.value(parser) : "a " + token;
  }

  /**
   * UTF-8 of a held high surrogate, if any, and {@code piece[from, to)} into {@link #bytes}. An
   * unpaired surrogate becomes {@code ?}, as {@link String#getBytes} makes it.
   */
  private int encode(char held, String piece, int from, int to) {
    int needed = (to - from + 1) * 3 + 1;
    if (bytes.length < needed) {
      bytes = new byte[Math.max(needed, bytes.length * 2)];
    }
    byte[] out = bytes;
    int n = 0;
    int i = from;
    if (held != 0) {
      if (i < to && Character.isLowSurrogate(piece.charAt(i))) {
        n = putCodePoint(out, n, Character.toCodePoint(held, piece.charAt(i)));
        i++;
      } else {
        out[n++] = '?';
      }
    }
    for (; i < to; i++) {
      char c = piece.charAt(i);
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xC0 | c >> 6);
        out[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < to
            && Character.isLowSurrogate(piece.charAt(i + 1))) {
          n = putCodePoint(out, n, Character.toCodePoint(c, piece.charAt(++i)));
        } else {
          out[n++] = '?';
        }
      } else {
        out[n++] = (byte) (0xE0 | c >> 12);
        out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return n;
  }

  private static int putCodePoint(byte[] out, int n, int codePoint) {
    out[n++] = (byte) (0xF0 | codePoint >> 18);
    out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
    out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
    out[n++] = (byte) (0x80 | codePoint & 0x3F);
    return n;
  }

  /**
   * The char offset of Jackson's byte offset {@code at}, counted back from the end of what it was
   * given. Jackson reports offsets near where it stopped, well inside the text a streamed answer
   * keeps; one further back is reported as the first char kept.
   */
  private long charOffset(long at) {
    long bytes = bytesFed;
    long chars = text.length() - (heldHigh != 0 ? 1 : 0);
    long first = text.start();
    while (bytes > at && chars > first) {
      char c = text.charAt(chars - 1);
      int width = 1;
      int size;
      if (c < 0x80) {
        size = 1;
      } else if (c < 0x800) {
        size = 2;
      } else if (Character.isLowSurrogate(c)
          && chars - 2 >= first
          && Character.isHighSurrogate(text.charAt(chars - 2))) {
        size = 4;
        width = 2;
      } else {
        size = Character.isSurrogate(c) ? 1 : 3;
      }
      bytes -= size;
      chars -= width;
    }
    return chars;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }
}
