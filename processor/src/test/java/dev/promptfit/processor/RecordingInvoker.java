package dev.promptfit.processor;

import dev.promptfit.CallOptions;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PromptInvoker} that records each call and answers {@code "ok"} to String methods, zero
 * or false to {@code int} and {@code boolean} methods, null to the others.
 */
final class RecordingInvoker implements PromptInvoker {

  /**
   * One call as the generated code made it; {@code options} is null where the call passed none
   * (no {@code CallOptions} parameter, or a null argument).
   */
  record Call(PromptMethod<?> method, String instructions, String input, CallOptions options) {}

  final List<Call> calls = new ArrayList<>();

  @Override
  @SuppressWarnings("unchecked")
  public <T> T invoke(PromptMethod<T> method, PromptInput input) {
    CallOptions options = input.options() == CallOptions.none() ? null : input.options();
    calls.add(new Call(method, input.instructions(), input.text(), options));
    if (method.returnType() == String.class) {
      return (T) "ok";
    }
    // A method returning a primitive unboxes the answer, so it must not be null.
    if (method.returnType() == int.class) {
      return (T) Integer.valueOf(0);
    }
    return method.returnType() == boolean.class ? (T) Boolean.FALSE : null;
  }

  Call last() {
    return calls.get(calls.size() - 1);
  }
}
