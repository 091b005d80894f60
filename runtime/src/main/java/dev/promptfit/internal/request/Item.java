package dev.promptfit.internal.request;

/**
 * Not API. One element of a request's conversation: a Responses input item, or a Chat message.
 * New kinds are new permitted records, written by each endpoint.
 */
public sealed interface Item permits Message, ModelOutput, ToolOutput {}
