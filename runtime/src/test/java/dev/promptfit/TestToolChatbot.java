package dev.promptfit;

/**
 * {@link TestChatbot}'s methods, each also offering the tools of {@link TestTools}; {@link
 * Promptfit_TestToolChatbot} is written by hand in the generated form.
 */
public interface TestToolChatbot extends TestChatbot {}
