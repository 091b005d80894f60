package dev.promptfit.testing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RequestParser} read from a body beyond the prompt: conversation items, tools,
 * response format and the Responses state fields. Data only; {@link RecordedLlmRequest} exposes it.
 */
record RequestDetails(
    List<RecordedItem> items,
    List<RecordedTool> tools,
    @Nullable RecordedResponseFormat responseFormat,
    @Nullable String previousResponseId,
    boolean background,
    @Nullable Boolean store,
    List<String> include) {

  static final RequestDetails NONE =
      new RequestDetails(List.of(), List.of(), null, null, false, null, List.of());

  RequestDetails {
    items = List.copyOf(items);
    tools = List.copyOf(tools);
    include = List.copyOf(include);
  }
}
