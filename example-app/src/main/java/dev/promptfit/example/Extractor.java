package dev.promptfit.example;

import dev.promptfit.CallOptions;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.stream.Stream;

/**
 * The example's typed answers: the processor writes each method's JSON schema from its return type,
 * and the runtime reads the model's JSON into it.
 */
@Model("gpt-5-mini")
@Instructions("Extract exactly what the text says; invent nothing.")
public interface Extractor {

  /** One record, read when the answer is complete. */
  @Prompt("Extract the meeting from this invitation: {text}")
  Meeting meeting(String text, CallOptions options);

  /** A list streamed element by element: each task as soon as its JSON closes. */
  @Prompt("List every task in these notes: {notes}")
  Stream<Task> tasks(String notes, CallOptions options);
}
