package dev.promptfit;

import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.TypedAssistant.Person;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.util.stream.Stream;

/** Written by hand in the shape the processor generates; see {@link TypedToolAgent}. */
public final class Promptfit_TypedToolAgent implements TypedToolAgent {
  private static final PromptMethod<Result<Meeting>> MEETING =
      PromptMethod.<Result<Meeting>>builder(
              "TypedToolAgent", "meeting", Types.parameterized(Result.class, Meeting.class))
          .model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE)
          .outputSchema("TypedToolAgent_meeting", Promptfit_TypedAssistant.MEETING)
          .build();
  private static final PromptMethod<Stream<Person>> PEOPLE =
      PromptMethod.<Stream<Person>>builder(
              "TypedToolAgent", "people", Types.parameterized(Stream.class, Person.class))
          .model("gpt-test")
          .tools(PromptfitTools_TestTools.INSTANCE)
          .outputSchema("TypedToolAgent_people", Promptfit_TypedAssistant.PEOPLE)
          .build();

  private final PromptInvoker invoker;

  public Promptfit_TypedToolAgent(PromptInvoker invoker) {
    invoker.requireTools("TypedToolAgent", TestTools.class);
    this.invoker = invoker;
  }

  @Override
  public Result<Meeting> meeting(String q, CallOptions o) {
    return invoker.invoke(MEETING, PromptInput.builder().text(q).options(o).build());
  }

  @Override
  public Stream<Person> people(String q, CallOptions o) {
    return invoker.invoke(PEOPLE, PromptInput.builder().text(q).options(o).build());
  }
}
