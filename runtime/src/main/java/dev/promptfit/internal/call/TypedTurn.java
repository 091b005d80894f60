package dev.promptfit.internal.call;

import dev.promptfit.ApiException;
import dev.promptfit.OutputParseException;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.StreamException;
import dev.promptfit.StructuredOutput;
import dev.promptfit.Usage;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.output.ElementParser;
import dev.promptfit.internal.output.OutputMode;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.OutputFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The typed answer of one {@link Turn} (API.md section 7): the turn shows it every event
 * and every failure of its requests, and asks it before it completes.
 *
 * <ul>
 *   <li><b>Fallback.</b> Under {@link StructuredOutput#AUTO}, a request whose response format the
 *       server refused ({@link FormatRejection}) is sent again in the next mode; the mode that
 *       brought an answer is remembered for the model ({@link OutputModes}).
 *   <li><b>Reading.</b> A one-value answer is read from the final response's text; a list's
 *       elements are parsed from the text deltas as they pass, each ready for the element decoder
 *       during the delta that closed it. A refusal throws {@code RefusalException}; a response cut
 *       by the output token limit ({@code length}, Responses {@code max_output_tokens}) throws an
 *       {@code OutputParseException} that says so.
 *   <li><b>Repairs.</b> Outside strict mode, a one-value answer that did not parse is asked again
 *       as the next request of the turn, up to {@code outputRepairs} times: the model's answer and
 *       the parser's message. Its usage counts in the final reply's. Elements already delivered
 *       cannot be taken back, so streams are not repaired.
 *   <li><b>Tools.</b> Only the final response is the answer: a response that calls tools resets the
 *       parse, and a parse failure in a response that may yet call tools waits for its end.
 * </ul>
 *
 * <p>One thread at a time, the turn's reader, calls it.
 */
public final class TypedTurn {
  /** The most of a refusal kept: a refusal is a sentence, but a server may stream without end. */
  private static final int MAX_REFUSAL = 64 * 1024;

  private final TypedMethod method;
  private final OutputModes modes;
  private final Failures failures;
  private final String model;
  private final boolean tools;
  private StructuredOutput mode;
  private boolean learnOnAnswer;
  private boolean answered;
  private int repairs;
  private Usage spent = Usage.NONE;
  private final StringBuilder refusal = new StringBuilder();
  private @Nullable ElementParser parser;
  private final ArrayDeque<Object> ready = new ArrayDeque<>(4);
  private @Nullable RuntimeException held;
  private @Nullable OutputParseException deferred;
  private @Nullable Object value;
  private String answerText = "";
  private final List<Item> repairItems = new ArrayList<>(2);

  TypedTurn(TypedMethod method, OutputModes modes, Failures failures, LlmRequest first) {
    this.method = method;
    this.modes = modes;
    this.failures = failures;
    this.model = first.model();
    this.tools = !first.tools().isEmpty();
    OutputFormat format = first.outputFormat();
    this.mode =
        format == null
            ? StructuredOutput.INSTRUCTIONS
            : format.isSchema() ? StructuredOutput.JSON_SCHEMA : StructuredOutput.JSON_OBJECT;
  }

  /** The value a one-value answer was read as; set once the turn completed. */
  public @Nullable Object value() {
    return value;
  }

  /** Moves the elements parsed so far to {@code out}, in order. */
  @SuppressWarnings("unchecked") // The parser reads elements of the method's type E.
  public <E> void drainTo(Queue<? super E> out) {
    for (Object element; (element = ready.poll()) != null; ) {
      out.add((E) element);
    }
  }

  /** The mode of the request in flight. */
  StructuredOutput mode() {
    return mode;
  }

  /** Before the turn reads on: a failure held back until the elements before it were taken. */
  void beforeRead() {
    RuntimeException failure = held;
    if (failure != null) {
      held = null;
      throw failure;
    }
  }

  /**
   * A request of the turn failed with {@code failure}: the request to send instead (the next mode
   * of the fallback chain), or null to fail with it. A response stopped by the output token limit
   * fails here as the typed answer it cut short.
   */
  @Nullable LlmRequest afterFailure(RuntimeException failure, LlmRequest request) {
    if (failure instanceof ApiException api
        && !answered
        && modes.fallsBack()
        && FormatRejection.rejectsFormat(api)) {
      StructuredOutput next = OutputModes.after(mode);
      if (next != null) {
        LlmRequest again = SchemaPrompt.fallBack(request, method, next);
        mode = next;
        learnOnAnswer = true;
        newResponse();
        return again;
      }
    }
    if (failure instanceof StreamException stream
        && stream.errorCode().filter("max_output_tokens"::equals).isPresent()) {
      throw truncated(stream);
    }
    return null;
  }

  /** Sees an event of the response in flight before the consumer does. */
  void observe(StreamEvent event) {
    if (!answered) {
      answered = true;
      if (learnOnAnswer) {
        learnOnAnswer = false;
        modes.learned(model, mode);
      }
    }
    if (event instanceof StreamEvent.TextDelta delta) {
      if (method.shape().elements()) {
        feed(delta.text());
      }
    } else if (event instanceof StreamEvent.RefusalDelta delta) {
      if (refusal.length() < MAX_REFUSAL) {
        refusal.append(delta.text(), 0, Math.min(delta.text().length(), MAX_REFUSAL));
      }
    }
  }

  /** The response called tools: what it said is not the answer. */
  void toolRound() {
    newResponse();
  }

  /**
   * The final response completed with {@code reply}: reads the answer, or returns the repair
   * request to send next.
   *
   * @throws dev.promptfit.RefusalException if the model refused
   * @throws OutputParseException if the answer does not parse and may not be repaired
   */
  @Nullable LlmRequest afterAnswer(Reply reply, LlmRequest request) {
    if (refusal.length() > 0) {
      throw method.output().refusal(refusal.toString(), failures::redact);
    }
    if (method.shape().elements()) {
      if (deferred != null) {
        throw deferred;
      }
      parser().finish(reply.finishReason());
      return null;
    }
    try {
      value =
          method.output().read(reply.text(), reply.finishReason(), outputMode(), failures::redact);
      answerText = reply.text();
      return null;
    } catch (OutputParseException e) {
      if (mode == StructuredOutput.JSON_SCHEMA
          || repairs >= modes.repairs()
          || cutByTokenLimit(reply.finishReason())) {
        throw e;
      }
      repairs++;
      spent = Spending.plus(spent, reply.usage());
      newResponse();
      return SchemaPrompt.repair(request, reply.text(), problem(e), repairItems);
    }
  }

  /**
   * The turn's {@code Completed}: usage counts the answers that were repaired; a one-value answer's
   * text is the JSON it was read from, not the text of every tool round.
   */
  StreamEvent.Completed completed(StreamEvent.Completed event) {
    Reply reply = event.reply();
    if (repairs > 0) {
      reply = reply.toBuilder().usage(Spending.plus(spent, reply.usage())).build();
    }
    if (!method.shape().elements() && !reply.text().equals(answerText)) {
      reply = reply.toBuilder().text(answerText).build();
    }
    return reply == event.reply() ? event : new StreamEvent.Completed(reply);
  }

  /**
   * {@code request} without what repairs added to it: a conversation stores the question and the
   * answer that was used, not the answers that were asked again.
   */
  LlmRequest withoutRepairs(LlmRequest request) {
    if (repairItems.isEmpty()) {
      return request;
    }
    List<Item> kept = new ArrayList<>(request.items().size());
    for (Item item : request.items()) {
      if (repairItems.stream().noneMatch(added -> added == item)) {
        kept.add(item);
      }
    }
    return request.toBuilder().replaceItems(kept).build();
  }

  private void feed(String text) {
    if (deferred != null || held != null) {
      return;
    }
    try {
      parser().feed(text);
    } catch (OutputParseException e) {
      if (tools) {
        deferred = e;
      } else if (ready.isEmpty()) {
        throw e;
      } else {
        // Elements that closed before the failure in this delta are delivered first.
        held = e;
      }
    }
  }

  private RuntimeException truncated(StreamException cut) {
    if (method.shape().elements()) {
      if (deferred != null) {
        return deferred;
      }
      parser().finish("max_output_tokens");
    } else if (!cut.partialText().isEmpty()) {
      method.output().read(cut.partialText(), "max_output_tokens", outputMode(), failures::redact);
    } else {
      // A body that is not streamed and incomplete keeps no text: say what is known.
      return new OutputParseException(
          failures.message(
              "the answer was cut off by the output token limit (incomplete_details.reason"
                  + " max_output_tokens) before its JSON was complete; raise @MaxOutputTokens or"
                  + " the call's maxOutputTokens"),
          "",
          failures.cause(cut));
    }
    // What arrived parsed after all: the stream's own failure says what happened.
    return cut;
  }

  private ElementParser parser() {
    ElementParser p = parser;
    if (p == null) {
      p = method.output().elements(outputMode(), failures::redact, ready::add);
      parser = p;
    }
    return p;
  }

  private OutputMode outputMode() {
    return mode == StructuredOutput.JSON_SCHEMA ? OutputMode.STRICT : OutputMode.TOLERANT;
  }

  private void newResponse() {
    answered = false;
    parser = null;
    ready.clear();
    refusal.setLength(0);
    deferred = null;
  }

  /** The parser's message without the method's name, as the model reads it. */
  private String problem(OutputParseException e) {
    String message = String.valueOf(e.getMessage());
    String prefix = failures.method() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static boolean cutByTokenLimit(@Nullable String finishReason) {
    return "length".equals(finishReason) || "max_output_tokens".equals(finishReason);
  }

  @Override
  public String toString() {
    return "TypedTurn{" + method + ", " + mode + (repairs > 0 ? ", repairs=" + repairs : "") + "}";
  }
}
