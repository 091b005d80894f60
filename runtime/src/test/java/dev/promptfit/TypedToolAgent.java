package dev.promptfit;

import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.TypedAssistant.Person;
import java.util.stream.Stream;

/** Typed answers of methods that offer {@link TestTools}; see {@link Promptfit_TypedToolAgent}. */
public interface TypedToolAgent {
  Result<Meeting> meeting(String q, CallOptions o);

  Stream<Person> people(String q, CallOptions o);
}
