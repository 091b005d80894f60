package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Responses API's event sequence and bodies (PROTOCOL.md §1): {@code response.created} ({@code
 * queued} and followed by {@code response.queued} for a background response), {@code
 * response.in_progress}, the output items in order — reasoning, message, function calls — and
 * the terminal event for the answer's status. Each event is an {@code event:} line and a {@code
 * data:} line whose {@code type} repeats the name, {@code sequence_number} counting from 0; there
 * is no {@code [DONE]}.
 */
final class ResponsesRenderer implements ReplyRenderer {
  private final ReplyPlan plan;
  private final ResponsesObjects objects;

  ResponsesRenderer(ReplyPlan plan) {
    this.plan = plan;
    this.objects = new ResponsesObjects(plan);
  }

  /**
   * The whole stream. A response that ends completed, incomplete or failed gets its terminal
   * event; one scripted to stay queued, in progress or cancelled ends after {@code
   * response.in_progress}, without output or terminal event (there is no {@code
   * response.cancelled} event).
   */
  @Override
  public List<WireEvent> stream(boolean background) {
    List<WireEvent> events = new ArrayList<>();
    events.add(responseEvent("response.created", background ? "queued" : "in_progress", WireEvent.Kind.OTHER));
    if (background) {
      events.add(responseEvent("response.queued", "queued", WireEvent.Kind.OTHER));
    }
    events.add(responseEvent("response.in_progress", "in_progress", WireEvent.Kind.OTHER));
    String terminal = terminalEvent(plan.status());
    if (terminal == null) {
      return events;
    }
    int outputIndex = 0;
    if (plan.reasoning() != null) {
      events.addAll(ResponsesItemEvents.reasoning(objects, plan, outputIndex++));
    }
    if (plan.message() != null) {
      events.addAll(ResponsesItemEvents.message(objects, plan, outputIndex++));
    }
    for (ReplyPlan.Call call : plan.calls()) {
      events.addAll(ResponsesFunctionCallEvents.events(call, outputIndex++));
    }
    ObjectNode end = ResponsesItemEvents.event(terminal);
    end.set("response", objects.body(plan.status()));
    events.add(WireEvent.responses(end, WireEvent.Kind.END));
    return events;
  }

  @Override
  public String completeBody() {
    return body(plan.status());
  }

  /** The Response in {@code status}, as {@code GET /responses/{id}} shows it. */
  String body(String status) {
    return Json.write(objects.body(status));
  }

  /**
   * An {@code error} event, then {@code response.failed} with {@code response.error}. The error
   * event is flat ({@code code}, {@code message}, {@code param} beside {@code type}), as the spec
   * and the SDKs have it, or nested under {@code "error"}, as api.openai.com was recorded sending
   * it (PROTOCOL.md §1.3).
   */
  @Override
  public List<WireEvent> streamError(
      String type, @Nullable String code, String message, boolean nested) {
    ObjectNode error = ResponsesItemEvents.event("error");
    if (nested) {
      ObjectNode inner = error.putObject("error");
      inner.put("type", type);
      inner.put("code", code);
      inner.put("message", message);
      inner.putNull("param");
    } else {
      error.put("code", code != null ? code : type);
      error.put("message", message);
      error.putNull("param");
    }
    ObjectNode failed = ResponsesItemEvents.event("response.failed");
    ObjectNode response = objects.response("failed", "default");
    ObjectNode responseError = response.putObject("error");
    responseError.put("code", code != null ? code : type);
    responseError.put("message", message);
    failed.set("response", response);
    return List.of(
        WireEvent.responses(error, WireEvent.Kind.END),
        WireEvent.responses(failed, WireEvent.Kind.OTHER));
  }

  private WireEvent responseEvent(String type, String status, WireEvent.Kind kind) {
    ObjectNode event = ResponsesItemEvents.event(type);
    event.set("response", objects.response(status, "auto"));
    return WireEvent.responses(event, kind);
  }

  private static @Nullable String terminalEvent(String status) {
    switch (status) {
      case "completed":
        return "response.completed";
      case "incomplete":
        return "response.incomplete";
      case "failed":
        return "response.failed";
      default:
        return null;
    }
  }
}
